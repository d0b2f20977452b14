package ashby

import (
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

// TestParseBonusAndCommissionAreNotSalary keeps a tier's commission and bonus ranges out of the pay: only
// its salary component is the posting's pay, the others are kept by their summaries.
func TestParseBonusAndCommissionAreNotSalary(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/bonus.json"))
	if err != nil || len(errs) != 0 || len(drafts) != 1 {
		t.Fatalf("Parse = %d drafts, %v, %v", len(drafts), errs, err)
	}
	d := drafts[0]
	if len(d.Compensation) != 1 {
		t.Fatalf("compensation = %+v, want the salary only", d.Compensation)
	}
	checkComp(t, d.Compensation[0], 90000, 110000, "USD", "1 YEAR")
	want := "$40K – $60K Commission (Commission); $5K Bonus (Bonus); 0.1% – 0.2% (EquityPercentage)"
	if d.Extra["compensation_other"] != want {
		t.Errorf("compensation_other = %q, want %q", d.Extra["compensation_other"], want)
	}
	if d.WorkplaceType != "OnSite" || d.Extra["address"] != "New York, New York, United States" || d.Department != "Sales" || d.Extra["team"] != "Mid-Market" {
		t.Errorf("draft = %+v", d)
	}
}
