package lever

import (
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

// TestParseSalaryDescriptionHTML reads a salary description given only as HTML as the salary text,
// as its plain text; a plain version, when given, is the text.
func TestParseSalaryDescriptionHTML(t *testing.T) {
	body := sourcetest.Read(t, "testdata/salaryhtml.json")
	if _, ok := readPostings(body); !ok {
		t.Error("the fast reader left the body to encoding/json")
	}
	drafts, errs, err := Parse(body)
	if err != nil || len(errs) != 0 || len(drafts) != 2 {
		t.Fatalf("Parse = %d drafts, %v, %v", len(drafts), errs, err)
	}
	if got, want := drafts[0].SalaryText, "Pay range: $120,000 – $150,000 a year, plus commission."; got != want {
		t.Errorf("salary text = %q, want %q", got, want)
	}
	if got, want := drafts[1].SalaryText, "$130,000 - $160,000 per year"; got != want {
		t.Errorf("salary text = %q, want %q", got, want)
	}
}
