package file

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
)

// strictParse reads a board answer the way adapters do, with encoding/json, which refuses a byte-order mark.
func strictParse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	var v struct {
		Jobs []struct {
			Title string `json:"title"`
		} `json:"jobs"`
	}
	if err := json.Unmarshal(body, &v); err != nil {
		return nil, nil, err
	}
	var ds []posting.Draft
	for _, j := range v.Jobs {
		ds = append(ds, posting.Draft{Title: j.Title})
	}
	return ds, nil, nil
}

// Files saved by Windows editors start with a UTF-8 byte-order mark; every reader must skip it.
func TestByteOrderMark(t *testing.T) {
	ds, _, err := ParseBody([]byte("\ufeff{\"jobs\": [{\"title\": \"Welder\"}]}"), strictParse)
	if err != nil || len(ds) != 1 || ds[0].Title != "Welder" {
		t.Errorf("board answer with BOM = %+v, %v", ds, err)
	}
	res, err := ParseJSON([]byte("\ufeff[{\"title\": \"Welder\"}]"))
	if err != nil || len(res.Drafts) != 1 {
		t.Errorf("our JSON with BOM = %+v, %v", res, err)
	}
	// A quoted first header cell after the mark is still the title column.
	res, err = ParseCSV(strings.NewReader("\ufeff\"title\",\"company\"\nWelder,Acme\n"))
	if err != nil || len(res.Drafts) != 1 || res.Drafts[0].Title != "Welder" || res.Drafts[0].Company != "Acme" || len(res.Warnings) != 0 {
		t.Errorf("CSV with BOM = %+v, %v", res, err)
	}
}

func TestEmptyObjectExplained(t *testing.T) {
	err := Explain("empty.json", []byte("{}"))
	if err == nil || !errors.Is(err, ErrUnknownKind) || !strings.Contains(err.Error(), `"empty.json" is JSON, but an empty JSON object holds no postings`) {
		t.Errorf("Explain({}) = %v", err)
	}
}

func TestCSVRefusesNegativeSalary(t *testing.T) {
	body := "external_id,title,salary,colour\n" +
		"n1,Welder,-5000,red\n" +
		"n2,Fitter,$-5000,red\n" +
		"n3,Painter,40000 to -5000,red\n" +
		"ok,Rigger,40000 - 50000,blue\n"
	res, err := ParseCSV(strings.NewReader(body))
	if err != nil || len(res.Drafts) != 1 || res.Drafts[0].ExternalID != "ok" {
		t.Fatalf("drafts = %+v, %v", res.Drafts, err)
	}
	if c := res.Drafts[0].Compensation; len(c) != 1 || *c[0].Min != 40000 || *c[0].Max != 50000 {
		t.Errorf("kept row compensation = %+v", c)
	}
	want := []posting.ItemError{
		{Index: 2, ID: "n1", Err: "file: line 2: salary must not be negative"},
		{Index: 3, ID: "n2", Err: "file: line 3: salary must not be negative"},
		{Index: 4, ID: "n3", Err: "file: line 4: salary must not be negative"},
	}
	if len(res.Errors) != len(want) {
		t.Fatalf("errors = %+v", res.Errors)
	}
	for i := range want {
		if res.Errors[i] != want[i] {
			t.Errorf("error %d = %+v, want %+v", i, res.Errors[i], want[i])
		}
	}
	if len(res.Warnings) != 1 || res.Warnings[0] != "unknown columns ignored: colour" {
		t.Errorf("warnings = %q", res.Warnings)
	}
}
