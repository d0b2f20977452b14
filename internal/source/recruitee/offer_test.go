package recruitee

import (
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

// TestParseSingleOffer reads /api/offers/{slug} ({"offer": {...}}), whose title and description come
// only in its translations, the primary language first; a location without a city is named by its name.
func TestParseSingleOffer(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/offer.json"))
	if err != nil || len(errs) != 0 || len(drafts) != 1 {
		t.Fatalf("Parse = %d drafts, %v, %v", len(drafts), errs, err)
	}
	d := drafts[0]
	if d.ExternalID != "3200001" || d.Title != "Werkstudent Data (m/w/d)" || d.DescriptionHTML != "<p>Daten pflegen.</p><ul><li>SQL</li></ul>" {
		t.Errorf("id/title/description = %q %q %q", d.ExternalID, d.Title, d.DescriptionHTML)
	}
	if want := []string{"Hamburg Office", "Köln, Nordrhein-Westfalen, Germany"}; !reflect.DeepEqual(d.Locations, want) {
		t.Errorf("locations = %q, want %q", d.Locations, want)
	}
	if d.WorkplaceType != "on_site" || d.EmploymentType != "parttime_fixed_term" || d.URL != "https://tulip.recruitee.com/o/werkstudent-data" {
		t.Errorf("draft = %+v", d)
	}
	if c := d.Compensation; len(c) != 1 || *c[0].Min != 18 || *c[0].Max != 21 || c[0].Period != "hour" {
		t.Errorf("salary = %+v", c)
	}
}
