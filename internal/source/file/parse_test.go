package file

import (
	"strings"
	"testing"

	_ "github.com/career-copilot/copilot/internal/source/hn"
	_ "github.com/career-copilot/copilot/internal/source/remotive"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

func TestParseDispatch(t *testing.T) {
	kind, res, err := Parse("export.json", sourcetest.Read(t, "../remotive/testdata/remote-jobs.json"))
	if err != nil || kind != "remotive" || len(res.Drafts) != 2 || len(res.Errors) != 1 || res.Drafts[0].ExternalID != "3000101" {
		t.Fatalf("remotive file: %q %v %d drafts %d errors", kind, err, len(res.Drafts), len(res.Errors))
	}
	kind, res, err = Parse("thread.json", sourcetest.Read(t, "../hn/testdata/item.json"))
	if err != nil || kind != "hn" || len(res.Drafts) != 2 {
		t.Fatalf("hn file: %q %v %d", kind, err, len(res.Drafts))
	}
	kind, res, err = Parse("mine.csv", sourcetest.Read(t, "testdata/postings.csv"))
	if err != nil || kind != KindCSV || len(res.Drafts) != 4 {
		t.Fatalf("csv file: %q %v %d", kind, err, len(res.Drafts))
	}
	_, _, err = Parse("offers.json", []byte(`{"offers":[{"id":1}]}`))
	if err == nil || !strings.Contains(err.Error(), "no recruitee adapter is registered") {
		t.Errorf("unregistered kind: err = %v", err)
	}
	if _, _, err := Parse("x.bin", []byte{0x01, 0x02}); err == nil {
		t.Error("unknown kind: want error")
	}
}
