package file

import (
	"bytes"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

// TestParseCSVDelimiters reads CSV as spreadsheet programs write it in Europe (semicolons, with or
// without Excel's "sep=;" line, a byte-order mark, CRLF, Windows-1252 cells) and tab-separated files.
func TestParseCSVDelimiters(t *testing.T) {
	res, err := ParseCSV(bytes.NewReader(sourcetest.Read(t, "testdata/excel-semicolon.csv")))
	if err == nil {
		t.Fatalf("a header without a title column (TITEL) must fail, got %+v", res)
	}
	res, err = ParseCSV(bytes.NewReader(sourcetest.Read(t, "testdata/semicolon-nosep.csv")))
	if err != nil || len(res.Drafts) != 1 || len(res.Errors) != 0 {
		t.Fatalf("semicolons: %v %+v", err, res)
	}
	if d := res.Drafts[0]; d.Title != "Platform Engineer" || d.Company != "Fjord" || strings.Join(d.Locations, "|") != "Oslo, Norway" {
		t.Errorf("semicolon draft = %q %q %q", d.Title, d.Company, d.Locations)
	}
	body := bytes.Replace(sourcetest.Read(t, "testdata/excel-semicolon.csv"), []byte("TITEL"), []byte("Title"), 1)
	res, err = ParseCSV(bytes.NewReader(body))
	if err != nil || len(res.Drafts) != 1 || len(res.Errors) != 0 {
		t.Fatalf("sep=; line: %v %+v", err, res)
	}
	if d := res.Drafts[0]; d.Title != "Entwickler" || d.Company != "Nordlicht; GmbH" || strings.Join(d.Locations, "|") != "München" || d.SalaryText != "60.000 - 75.000" || d.PostedRaw != "15.09.2026" {
		t.Errorf("excel draft = %q %q %q %q %q", d.Title, d.Company, d.Locations, d.SalaryText, d.PostedRaw)
	}
	if got := Detect("export.txt", body); got != KindCSV {
		t.Errorf("Detect(sep=; file) = %q, want csv", got)
	}
	if got := Detect("export.txt", sourcetest.Read(t, "testdata/semicolon-nosep.csv")); got != KindCSV {
		t.Errorf("Detect(semicolon file) = %q, want csv", got)
	}
	res, err = ParseCSV(bytes.NewReader(sourcetest.Read(t, "testdata/tabs.tsv")))
	if err != nil || len(res.Drafts) != 1 {
		t.Fatalf("tabs: %v %+v", err, res)
	}
	if d := res.Drafts[0]; d.Title != "Support Lead" || d.Company != "Kettle, Co" || strings.Join(d.Locations, "|") != "Berlin|Remote" {
		t.Errorf("tab draft = %q %q %q", d.Title, d.Company, d.Locations)
	}
	// An empty cell between tabs stays a cell: the row keeps its columns.
	res, err = ParseCSV(strings.NewReader("Title\tCompany\tLocation\tSalary\nEngineer\t\tBerlin\t €60k\n"))
	if err != nil || len(res.Drafts) != 1 || len(res.Errors) != 0 {
		t.Fatalf("tabs with an empty cell: %v %+v", err, res)
	}
	if d := res.Drafts[0]; d.Title != "Engineer" || d.Company != "" || strings.Join(d.Locations, "|") != "Berlin" || d.SalaryText != "€60k" {
		t.Errorf("tab draft with an empty cell = %q %q %q %q", d.Title, d.Company, d.Locations, d.SalaryText)
	}
}

// TestParseCSVErrorsNameTheLine: a row that cannot be read says which line of the file it is, so that a
// user can find it in a spreadsheet of thousands.
func TestParseCSVErrorsNameTheLine(t *testing.T) {
	res, err := ParseCSV(strings.NewReader("Title,Company,Location,Salary\nEngineer,Acme,Berlin,60k\nShort,row\n,Acme,Berlin,60k\n"))
	if err != nil || len(res.Drafts) != 1 || len(res.Errors) != 2 {
		t.Fatalf("ParseCSV = %v %+v", err, res)
	}
	if got, want := res.Errors[0].Err, "file: line 3: row has 2 fields, header has 4"; got != want {
		t.Errorf("short row error = %q, want %q", got, want)
	}
	if got := res.Errors[1].Err; !strings.HasPrefix(got, "file: line 4: ") || !strings.Contains(got, "title") {
		t.Errorf("empty title error = %q, want it to start with the line, file: line 4:, and name the title", got)
	}
	// Excel's "sep=;" line is a line of the file too.
	res, err = ParseCSV(strings.NewReader("sep=;\ntitle;company\nA;B\nC;D;E\n"))
	if err != nil || len(res.Errors) != 1 || res.Errors[0].Err != "file: line 4: row has 3 fields, header has 2" || res.Errors[0].Index != 4 {
		t.Errorf("after a sep= line: %v %+v", err, res.Errors)
	}
}
