package normalize

import (
	"slices"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
)

// The GitLab capture's third job states its pay only in a pay-transparency block of the escaped HTML.
func TestFindSalaryGitLabPayTransparency(t *testing.T) {
	gl := greenhouseDrafts(t, "greenhouse/brete-gitlab-jobs-content-full.json", "GitLab")
	_, txt := HTML(gl[2].DescriptionHTML)
	s, ok := FindSalary(txt)
	if !ok || s.Min != 139200 || s.Max != 235200 || s.Currency != "USD" || s.Period != "" || s.Raw != "$139,200—$235,200 USD" {
		t.Errorf("FindSalary = %+v, %v; want 139200–235200 USD as stated, period unknown", s, ok)
	}
	for i := 0; i < 2; i++ { // the other two jobs state no range
		_, txt := HTML(gl[i].DescriptionHTML)
		if s, ok := FindSalary(txt); ok {
			t.Errorf("job %d: found %+v in a description without a pay range", i, s)
		}
	}
	p := Draft(gl[2], time.Date(2026, 8, 12, 0, 0, 0, 0, time.UTC))
	if p.Salary.Source != "description" || p.Salary.Min != 139200 || p.WorkMode != "remote" || !slices.Equal(p.RemoteRegions, []string{"US"}) {
		t.Errorf("Draft: salary %+v, mode %q %v", p.Salary, p.WorkMode, p.RemoteRegions)
	}
}

type ashbyComp struct {
	Jobs []struct {
		Title        string `json:"title"`
		Compensation *struct {
			TierSummary       *string `json:"compensationTierSummary"`
			Scrapeable        *string `json:"scrapeableCompensationSalarySummary"`
			SummaryComponents []struct {
				CompensationType string   `json:"compensationType"`
				Interval         string   `json:"interval"`
				CurrencyCode     *string  `json:"currencyCode"`
				MinValue         *float64 `json:"minValue"`
				MaxValue         *float64 `json:"maxValue"`
			} `json:"summaryComponents"`
		} `json:"compensation"`
	} `json:"jobs"`
}

// Every Ashby compensation summary string must parse to the numbers Ashby gives in its structured salary component.
func TestAshbyCompensationStrings(t *testing.T) {
	checked := 0
	for _, f := range []string{"ashby/candidatezero-wealthcom-jobboard.json", "ashby/careerkit-highlightta-jobboard-trimmed.json"} {
		var b ashbyComp
		readJSON(t, f, &b)
		for _, j := range b.Jobs {
			if j.Compensation == nil || j.Compensation.TierSummary == nil {
				continue
			}
			var want posting.Salary
			for _, c := range j.Compensation.SummaryComponents {
				if c.CompensationType == "Salary" {
					want = FromCompensation(posting.Compensation{Min: c.MinValue, Max: c.MaxValue, Currency: *c.CurrencyCode, Period: c.Interval})
				}
			}
			for _, text := range []*string{j.Compensation.TierSummary, j.Compensation.Scrapeable} {
				if text == nil {
					continue
				}
				got, ok := ParseSalary(*text)
				if !ok || got.Min != want.Min || got.Max != want.Max || got.Currency != want.Currency {
					t.Errorf("%s: ParseSalary(%q) = %+v, want %v–%v %s", j.Title, *text, got, want.Min, want.Max, want.Currency)
				}
				if got.Period != "" && got.Period != want.Period {
					t.Errorf("%s: %q period %q, structured says %q", j.Title, *text, got.Period, want.Period)
				}
				checked++
			}
		}
	}
	// Summaries: $130K-$180K (twice, with the unlisted draft), $30-$38 per hour, $210K-$490K, CA$102.8K–CA$137K, plus scrapeable ones.
	if checked != 9 {
		t.Errorf("checked %d summaries, want 9", checked)
	}
	hourly, _ := ParseSalary("$30 - $38 per hour • Offers Equity")
	if hourly.Period != posting.PeriodHour || hourly.AnnualMin != 62400 || hourly.AnnualMax != 79040 {
		t.Errorf("hourly summary %+v", hourly)
	}
}

type leverPosting struct {
	Text        string `json:"text"`
	SalaryRange *struct {
		Min      *float64 `json:"min"`
		Max      *float64 `json:"max"`
		Currency string   `json:"currency"`
		Interval string   `json:"interval"`
	} `json:"salaryRange"`
	CreatedAt  int64 `json:"createdAt"`
	Categories struct {
		Commitment string `json:"commitment"`
		Location   string `json:"location"`
	} `json:"categories"`
	WorkplaceType string `json:"workplaceType"`
}

func TestLeverSalaryRanges(t *testing.T) {
	var ps []leverPosting
	readJSON(t, "lever/candidatezero-outreach-postings.json", &ps)
	want := map[string][2]float64{
		"Account Executive, Commercial":         {140000, 160000},
		"AI GTM Architect (Revenue Operations)": {145000, 185000},
		"Applied Scientist, Sync":               {130000, 160000},
	}
	seen := 0
	for _, p := range ps {
		if p.SalaryRange == nil {
			if _, listed := want[p.Text]; listed {
				t.Errorf("%s: salaryRange missing", p.Text)
			}
			continue
		}
		seen++
		s := FromCompensation(posting.Compensation{Min: p.SalaryRange.Min, Max: p.SalaryRange.Max, Currency: p.SalaryRange.Currency, Period: p.SalaryRange.Interval})
		w := want[p.Text]
		if s.Min != w[0] || s.Max != w[1] || s.Currency != "USD" || s.Period != "year" || s.AnnualMin != w[0] || s.Source != "structured" {
			t.Errorf("%s: %+v, want %v", p.Text, s, w)
		}
	}
	if seen != 3 {
		t.Errorf("%d salary ranges, want 3", seen)
	}
}

// Greenhouse's free-text locations of 2018: trailing spaces and "Remote- Asia Pacific" without a space.
func TestGitHubLocations(t *testing.T) {
	ds := greenhouseDrafts(t, "greenhouse/github-2018-jobs-content.json", "GitHub")
	now := time.Date(2018, 12, 3, 0, 0, 0, 0, time.UTC)
	want := map[string]struct {
		loc     posting.Location
		mode    string
		regions []string
	}{
		"1429585": {posting.Location{Country: "US", Remote: true, Raw: "Remote - US"}, "remote", []string{"US"}},            // 'Remote - US '
		"1205739": {posting.Location{Remote: true, Raw: "Remote- Asia Pacific"}, "remote", []string{"APAC"}},                // 'Remote- Asia Pacific '
		"1394106": {posting.Location{Remote: true, Raw: "Remote - Europe"}, "remote", []string{"EUROPE"}},                   // 'Remote - Europe'
		"1456404": {posting.Location{Remote: true, Raw: "Remote - Global"}, "remote", []string{"WORLDWIDE"}},                // 'Remote - Global'
		"1427022": {posting.Location{Country: "US", Remote: true, Raw: "United States - Remote"}, "remote", []string{"US"}}, // 'United States - Remote'
		"1254550": {posting.Location{City: "San Francisco", Region: "US-CA", Country: "US", Raw: "HQ - San Francisco"}, "", nil},
		"1426848": {posting.Location{City: "San Francisco", Region: "US-CA", Country: "US", Raw: "San Francisco - HQ"}, "", nil},
		"712339":  {posting.Location{City: "Tokyo", Region: "JP-13", Country: "JP", Raw: "Tokyo - Japan"}, "", nil},
		"1396552": {posting.Location{City: "Sydney", Region: "AU-NSW", Country: "AU", Raw: "Sydney - Australia"}, "", nil},
		"1417781": {posting.Location{City: "Amsterdam", Region: "NL-NH", Country: "NL", Remote: true, Raw: "Remote - Amsterdam"}, "remote", []string{"NL"}},
		"1390710": {posting.Location{City: "Washington D.C.", Region: "US-DC", Country: "US", Raw: "Washington D.C."}, "", nil},
		"1321195": {posting.Location{City: "New York City", Region: "US-NY", Country: "US", Raw: "New York City"}, "", nil},
	}
	found := 0
	for _, d := range ds {
		w, ok := want[d.ExternalID]
		if !ok {
			continue
		}
		found++
		p := Draft(d, now)
		if len(p.Locations) != 1 || p.Locations[0] != w.loc || p.WorkMode != w.mode || !slices.Equal(p.RemoteRegions, w.regions) {
			t.Errorf("%s %q: %+v %q %v; want %+v %q %v", d.ExternalID, d.Locations[0], p.Locations, p.WorkMode, p.RemoteRegions, w.loc, w.mode, w.regions)
		}
	}
	if found != len(want) {
		t.Errorf("found %d of %d jobs", found, len(want))
	}
}

func TestDraftGitHub(t *testing.T) {
	ds := greenhouseDrafts(t, "greenhouse/github-2018-jobs-content.json", "GitHub, Inc.")
	now := time.Date(2018, 12, 3, 0, 0, 0, 0, time.UTC)
	var p posting.Posting
	for _, d := range ds {
		if d.ExternalID == "1309193" { // 'Senior Software Engineer - Ecosystem   ', HQ - San Francisco
			p = Draft(d, now)
		}
	}
	if p.Title != "Senior Software Engineer - Ecosystem" || p.TitleKey != "senior software engineer - ecosystem" {
		t.Errorf("title %q key %q", p.Title, p.TitleKey)
	}
	if p.CompanyKey != "github" || p.Seniority != "senior" || p.ExternalID != "1309193" {
		t.Errorf("company key %q seniority %q id %q", p.CompanyKey, p.Seniority, p.ExternalID)
	}
	if want := time.Date(2018, 11, 16, 0, 37, 17, 0, time.UTC); !p.UpdatedAt.Equal(want) || p.UpdatedAt.Location() != time.UTC || p.DateFlagged {
		t.Errorf("updated %v flagged %v, want %v", p.UpdatedAt, p.DateFlagged, want)
	}
	if !p.PostedAt.IsZero() {
		t.Errorf("posted %v, want zero (the capture has no posted date)", p.PostedAt)
	}
	if p.URL != "https://boards.greenhouse.io/github/jobs/1309193" || p.ApplyURL != p.URL {
		t.Errorf("url %q apply %q", p.URL, p.ApplyURL)
	}
	if p.SimHash != posting.SimHash(p.DescriptionText) || p.SimHash == 0 {
		t.Error("SimHash is not the hash of the text")
	}
	if p.Salary.Known() {
		t.Errorf("salary %+v from a 2018 ad that states none", p.Salary)
	}
	// The ad is at GitHub's HQ; a future date from a broken clock is clamped and flagged.
	d := ds[0]
	d.PostedRaw = "2019-06-01T00:00:00Z"
	if q := Draft(d, now); !q.DateFlagged || !q.PostedAt.Equal(now) {
		t.Errorf("future date: posted %v flagged %v", q.PostedAt, q.DateFlagged)
	}
}

func TestDraftPlainTextAndStructured(t *testing.T) {
	remote := true
	d := posting.Draft{
		ExternalID: " a60fb104 ", Title: "Account  Executive,\u00a0Commercial", Company: "Outreach",
		DescriptionText: "About Outreach\n \nOutreach, founded in 2014 & growing.\n\u00a0\nThis is a full-time position.",
		Locations:       []string{"United States"}, WorkplaceType: "remote", Remote: &remote, EmploymentType: "Full-Time",
		Compensation: []posting.Compensation{{Min: f(140000), Max: f(160000), Currency: "USD", Period: "per-year-salary"}},
		SalaryText:   "$1 - $2", PostedRaw: "1782753306506",
		URL: "https://jobs.lever.co/outreach/a60fb104?lever-source=LinkedIn", Tags: []string{"Sales", " sales ", "", "Enterprise"},
	}
	p := Draft(d, time.Date(2026, 8, 12, 0, 0, 0, 0, time.UTC))
	if p.ExternalID != "a60fb104" || p.Title != "Account Executive, Commercial" {
		t.Errorf("id %q title %q", p.ExternalID, p.Title)
	}
	if p.DescriptionText != "About Outreach\nOutreach, founded in 2014 & growing.\nThis is a full-time position." {
		t.Errorf("text %q", p.DescriptionText)
	}
	if p.DescriptionHTML != "<p>About Outreach</p><p>Outreach, founded in 2014 &amp; growing.</p><p>This is a full-time position.</p>" {
		t.Errorf("html %q", p.DescriptionHTML)
	}
	if p.Salary.Min != 140000 || p.Salary.Source != "structured" {
		t.Errorf("structured compensation must win over salary text: %+v", p.Salary)
	}
	if p.EmploymentType != "full_time" || p.WorkMode != "remote" || !slices.Equal(p.RemoteRegions, []string{"US"}) {
		t.Errorf("type %q mode %q regions %v", p.EmploymentType, p.WorkMode, p.RemoteRegions)
	}
	if !p.PostedAt.Equal(time.UnixMilli(1782753306506)) || p.URL != "https://jobs.lever.co/outreach/a60fb104" {
		t.Errorf("posted %v url %q", p.PostedAt, p.URL)
	}
	if !slices.Equal(p.Tags, []string{"Sales", "Enterprise"}) {
		t.Errorf("tags %q", p.Tags)
	}
}

// Free-text salary fields of real Breezy and Remotive captures, including Breezy's inconsistent "$150 – $225,000".
func TestFreeTextSalaryCaptures(t *testing.T) {
	var breezy []struct {
		Name   string `json:"name"`
		Salary string `json:"salary"`
	}
	readJSON(t, "other-ats/breezy-jht-matroid-positions.json", &breezy)
	var remotive struct {
		Jobs []struct {
			Salary string `json:"salary"`
		} `json:"jobs"`
	}
	readJSON(t, "job-apis/remotive-brete-full.json", &remotive)
	var texts []string
	for _, p := range breezy {
		texts = append(texts, p.Salary)
	}
	for _, j := range remotive.Jobs {
		texts = append(texts, j.Salary)
	}
	want := map[string]posting.Salary{
		"$170,000 – $300,000 / year": {Min: 170000, Max: 300000, Currency: "USD", Period: "year"},
		"$150,000 – $300,000 / year": {Min: 150000, Max: 300000, Currency: "USD", Period: "year"},
		"$150,000 – $250,000 / year": {Min: 150000, Max: 250000, Currency: "USD", Period: "year"},
		"$150 – $225,000 / year":     {Min: 0, Max: 225000, Currency: "USD", Period: "year"},
		"$35 – $40 / hour":           {Min: 35, Max: 40, Currency: "USD", Period: "hour"},
		"$31,2k- $52k":               {Min: 31200, Max: 52000, Currency: "USD"},
		"OTE $25k - $35k":            {Min: 25000, Max: 35000, Currency: "USD"},
	}
	seen := map[string]bool{}
	for _, text := range texts {
		got, ok := ParseSalary(text)
		w, listed := want[text]
		if !listed {
			if ok {
				t.Errorf("ParseSalary(%q) = %+v, want not found", text, got)
			}
			continue
		}
		seen[text] = true
		if !ok || got.Min != w.Min || got.Max != w.Max || got.Currency != w.Currency || got.Period != w.Period {
			t.Errorf("ParseSalary(%q) = %+v, want %+v", text, got, w)
		}
	}
	if len(seen) != len(want) {
		t.Errorf("saw %d of the %d expected salary texts: %v", len(seen), len(want), seen)
	}
}
