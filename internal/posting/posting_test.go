package posting_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
)

func TestPostingJSON(t *testing.T) {
	p := posting.Posting{ExternalID: "712339", Title: "Account Manager", TitleKey: "account manager", CompanyKey: "github",
		Locations: []posting.Location{{City: "Tokyo", Country: "JP", Raw: "Tokyo - Japan"}}, WorkMode: posting.WorkModeRemote,
		RemoteRegions: []string{"APAC"}, Salary: posting.Salary{Min: 30, Max: 38, Currency: "USD", Period: posting.PeriodHour, AnnualMin: 62400},
		UpdatedAt: time.Date(2018, 11, 16, 0, 37, 17, 0, time.UTC), DateFlagged: true, SimHash: 42}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"external_id", "title", "title_key", "company_key", "description_html", "description_text",
		"locations", "work_mode", "remote_regions", "salary", "posted_at", "updated_at", "date_flagged", "simhash"} {
		if _, ok := m[k]; !ok {
			t.Errorf("key %q missing from %s", k, b)
		}
	}
	sal := m["salary"].(map[string]any)
	if sal["period"] != "hour" || sal["annual_min"] != 62400.0 || sal["currency"] != "USD" {
		t.Errorf("salary %v", sal)
	}
	if _, ok := sal["annual_max"]; ok {
		t.Error("an unknown bound must be omitted, not written as 0")
	}
	loc := m["locations"].([]any)[0].(map[string]any)
	if loc["city"] != "Tokyo" || loc["country"] != "JP" || loc["raw"] != "Tokyo - Japan" {
		t.Errorf("location %v", loc)
	}
	var back posting.Posting
	if err := json.Unmarshal(b, &back); err != nil || back.Salary != p.Salary || !back.UpdatedAt.Equal(p.UpdatedAt) || back.SimHash != 42 {
		t.Errorf("round trip: %+v, %v", back, err)
	}
	if !p.Salary.Known() || (posting.Salary{}).Known() {
		t.Error("Known")
	}
}
