package boardutil

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
)

type item struct {
	ID    json.RawMessage `json:"id"`
	Title string          `json:"title"`
	Note  string          `json:"note"`
}

func TestDecodeItems(t *testing.T) {
	var raws []json.RawMessage
	if err := json.Unmarshal([]byte(`[
		{"note": "legal"},
		{"id": 7, "title": "Go Dev"},
		{"id": "x9", "title": 5},
		{"id": "x10", "title": "  "},
		{"id": "x11", "title": "Ops"}
	]`), &raws); err != nil {
		t.Fatal(err)
	}
	conv := func(it item) (posting.Draft, string, error) {
		id := RawString(it.ID)
		if id == "" && it.Note != "" {
			return posting.Draft{}, "", ErrSkip
		}
		if it.Title == "  " {
			return posting.Draft{}, id, errors.New("demo: job needs a title")
		}
		return posting.Draft{ExternalID: id, Title: it.Title}, id, nil
	}
	drafts, errs := DecodeItems(raws, "demo", "id", conv)
	want := []posting.Draft{{ExternalID: "7", Title: "Go Dev"}, {ExternalID: "x11", Title: "Ops"}}
	if !reflect.DeepEqual(drafts, want) {
		t.Errorf("drafts = %+v", drafts)
	}
	if len(errs) != 2 {
		t.Fatalf("errs = %+v", errs)
	}
	if e := errs[0]; e.Index != 2 || e.ID != "x9" || e.Err != "demo: decode job: json: cannot unmarshal number into Go struct field item.title of type string" {
		t.Errorf("errs[0] = %+v", e)
	}
	if e := errs[1]; e.Index != 3 || e.ID != "x10" || e.Err != "demo: job needs a title" {
		t.Errorf("errs[1] = %+v", e)
	}
	if d, e := DecodeItems[item](nil, "demo", "id", conv); d != nil || e != nil {
		t.Errorf("no items = %v %v", d, e)
	}
}

func TestConvertItems(t *testing.T) {
	conv := func(it item) (posting.Draft, string, error) {
		switch it.Title {
		case "":
			return posting.Draft{}, "", ErrSkip
		case "bad":
			return posting.Draft{}, it.Note, errors.New("demo: bad job")
		}
		return posting.Draft{Title: it.Title}, it.Note, nil
	}
	drafts, errs := ConvertItems([]item{{Title: "Go Dev"}, {}, {Title: "bad", Note: "n2"}, {Title: "Ops"}}, conv)
	if want := []posting.Draft{{Title: "Go Dev"}, {Title: "Ops"}}; !reflect.DeepEqual(drafts, want) {
		t.Errorf("drafts = %+v", drafts)
	}
	if want := []posting.ItemError{{Index: 2, ID: "n2", Err: "demo: bad job"}}; !reflect.DeepEqual(errs, want) {
		t.Errorf("errs = %+v", errs)
	}
}
