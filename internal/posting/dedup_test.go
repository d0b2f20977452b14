package posting_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/normalize"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/testutil"
)

func TestSimHash(t *testing.T) {
	a := posting.SimHash("Build reliable tools for our team, and ship them weekly.")
	if b := posting.SimHash("build RELIABLE tools -- for our team and ship them weekly"); a != b {
		t.Errorf("case and punctuation changed the hash: %016x vs %016x", a, b)
	}
	if posting.SimHash("") != 0 || posting.SimHash(" ,.; ") != 0 {
		t.Error("text without words must hash to 0")
	}
	// Under three words there is no 3-gram: the words themselves are hashed, as a bag.
	if posting.SimHash("Go") == 0 || posting.SimHash("Go Rust") != posting.SimHash("Rust Go") {
		t.Error("short texts must hash as a non-empty bag of words")
	}
	if a == posting.SimHash("Build reliable tools for our team, and ship them monthly.") {
		t.Error("a changed word must change some bit")
	}
}

func TestHamming(t *testing.T) {
	tests := []struct {
		a, b uint64
		want int
	}{{0, 0, 0}, {0, 1, 1}, {0xFF, 0x0F, 4}, {^uint64(0), 0, 64}, {0xA5A5, 0x5A5A, 16}}
	for _, tt := range tests {
		if got := posting.Hamming(tt.a, tt.b); got != tt.want {
			t.Errorf("Hamming(%x, %x) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestTitleKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Senior Software Engineer - Ecosystem   ", "senior software engineer - ecosystem"}, // GitHub 2018, trailing spaces
		{"  Accounts  Support\tSpecialist ", "accounts support specialist"},
		{"Sr. Engineer (Remote)", "sr. engineer (remote)"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := posting.TitleKey(tt.in); got != tt.want {
			t.Errorf("TitleKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSameJob(t *testing.T) {
	base := posting.Posting{CompanyKey: "acme", TitleKey: "backend engineer", SimHash: 0xF0F0,
		Locations: []posting.Location{{City: "Berlin", Country: "DE"}}}
	with := func(f func(*posting.Posting)) posting.Posting {
		p := base
		f(&p)
		return p
	}
	remote := func(regions ...string) func(*posting.Posting) {
		return func(p *posting.Posting) {
			p.Locations, p.WorkMode, p.RemoteRegions = []posting.Location{{Remote: true}}, posting.WorkModeRemote, regions
		}
	}
	tests := []struct {
		name string
		a, b posting.Posting
		want bool
	}{
		{"identical", base, base, true},
		{"other company", base, with(func(p *posting.Posting) { p.CompanyKey = "globex" }), false},
		{"no company", with(func(p *posting.Posting) { p.CompanyKey = "" }), with(func(p *posting.Posting) { p.CompanyKey = "" }), false},
		{"other title", base, with(func(p *posting.Posting) { p.TitleKey = "senior backend engineer" }), false},
		{"other city", base, with(func(p *posting.Posting) { p.Locations = []posting.Location{{City: "Munich", Country: "DE"}} }), false},
		{"city case", base, with(func(p *posting.Posting) { p.Locations = []posting.Location{{City: "BERLIN"}} }), true},
		{"no place", base, with(func(p *posting.Posting) { p.Locations = nil }), true},
		{"3 bits apart", base, with(func(p *posting.Posting) { p.SimHash = 0xF0F7 }), true},
		{"4 bits apart", base, with(func(p *posting.Posting) { p.SimHash = 0xF0FF }), false},
		{"one without text", base, with(func(p *posting.Posting) { p.SimHash = 0 }), true},
		{"both remote US", with(remote("US")), with(remote("US")), true},
		{"remote US vs EUROPE", with(remote("US")), with(remote("EUROPE")), false},
		{"remote US vs worldwide", with(remote("US")), with(remote("WORLDWIDE")), true},
		{"remote vs Berlin office", with(remote("DE")), base, false},
	}
	for _, tt := range tests {
		if got := posting.SameJob(tt.a, tt.b); got != tt.want {
			t.Errorf("%s: SameJob = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// ashbyBoard is the part of an Ashby job-board response these tests read.
type ashbyBoard struct {
	Jobs []struct {
		ID, Title, Location, WorkplaceType, DescriptionHTML, EmploymentType, PublishedAt, JobURL, ApplyURL string
		IsRemote                                                                                           *bool
	} `json:"jobs"`
}

func notionDrafts(t *testing.T) []posting.Draft { return notionDraftsB(t) }

func notionDraftsB(t testing.TB) []posting.Draft {
	b, err := os.ReadFile(testutil.SharedFile(t, "ashby/brete-notion-jobboard-full.json"))
	if err != nil {
		t.Fatal(err)
	}
	var board ashbyBoard
	if err := json.Unmarshal(b, &board); err != nil {
		t.Fatal(err)
	}
	var out []posting.Draft
	for _, j := range board.Jobs {
		out = append(out, posting.Draft{ExternalID: j.ID, Title: j.Title, Company: "Notion Labs, Inc.", DescriptionHTML: j.DescriptionHTML,
			Locations: []string{j.Location}, WorkplaceType: j.WorkplaceType, Remote: j.IsRemote, EmploymentType: j.EmploymentType,
			PostedRaw: j.PublishedAt, URL: j.JobURL, ApplyURL: j.ApplyURL})
	}
	return out
}

// The two Notion 'Business Development Representative' postings share a role name, a company and most of
// their boilerplate, but one hires in New York and one in San Francisco: two jobs, not one.
func TestSameJobNotionBDRs(t *testing.T) {
	now := time.Date(2026, 8, 12, 0, 0, 0, 0, time.UTC)
	ds := notionDrafts(t)
	ny, sf := normalize.Draft(ds[0], now), normalize.Draft(ds[1], now)
	if !strings.HasPrefix(ny.Title, "Business Development Representative") || !strings.HasPrefix(sf.Title, "Business Development Representative") {
		t.Fatalf("fixture order changed: %q, %q", ny.Title, sf.Title)
	}
	if ny.CompanyKey != "notionlabs" || ny.CompanyKey != sf.CompanyKey {
		t.Errorf("company keys %q %q, want notionlabs", ny.CompanyKey, sf.CompanyKey)
	}
	if ny.Locations[0].City != "New York" || ny.Locations[0].Region != "US-NY" || sf.Locations[0].City != "San Francisco" || sf.Locations[0].Region != "US-CA" {
		t.Errorf("locations %+v / %+v", ny.Locations, sf.Locations)
	}
	if ny.WorkMode != posting.WorkModeHybrid || sf.WorkMode != posting.WorkModeHybrid {
		t.Errorf("work modes %q %q, want hybrid (workplaceType Hybrid beats isRemote=true)", ny.WorkMode, sf.WorkMode)
	}
	if posting.SameJob(ny, sf) {
		t.Error("New York and San Francisco BDR postings must not be the same job")
	}
	// Even under one title the two stay apart: the cities differ and the texts were rewritten.
	sf.TitleKey = ny.TitleKey
	if posting.SameJob(ny, sf) {
		t.Error("same title, different cities: still not the same job")
	}
	if d := posting.Hamming(ny.SimHash, sf.SimHash); d <= posting.NearDuplicateDistance {
		t.Errorf("the two descriptions differ in whole sections, yet SimHash distance is %d", d)
	}
	// A re-crawl that changed only markup and spacing is the same job.
	recrawl := ds[0]
	recrawl.DescriptionHTML = "<div>" + strings.ReplaceAll(recrawl.DescriptionHTML, "</p>", "&nbsp;</p>\n\n") +
		`<img src="https://px.ads.linkedin.com/collect?pid=1" width="1" height="1"></div>`
	recrawl.URL += "?utm_source=linkedin"
	again := normalize.Draft(recrawl, now)
	if d := posting.Hamming(ny.SimHash, again.SimHash); d != 0 || !posting.SameJob(ny, again) || again.URL != ny.URL {
		t.Errorf("markup-only re-crawl: distance %d, SameJob %v, url %q", d, posting.SameJob(ny, again), again.URL)
	}
}

// One changed word moves a 64-bit SimHash of a 1,100-word ad by a few bits: measured on the Notion text,
// most single-word edits stay within NearDuplicateDistance and none goes far, while the two different
// BDR ads are much further apart.
func TestSimHashSingleWordEdits(t *testing.T) {
	now := time.Date(2026, 8, 12, 0, 0, 0, 0, time.UTC)
	base := normalize.Draft(notionDrafts(t)[0], now)
	words := strings.Fields(base.DescriptionText)
	within, total, worst := 0, 0, 0
	for i := 0; i < len(words); i += 7 {
		edited := strings.Replace(base.DescriptionText, " "+words[i]+" ", " "+words[i]+"x ", 1)
		d := posting.Hamming(base.SimHash, posting.SimHash(edited))
		total++
		if d <= posting.NearDuplicateDistance {
			within++
		}
		worst = max(worst, d)
	}
	if total < 150 || within*10 < total*7 || worst > 8 {
		t.Errorf("single-word edits: %d of %d within %d bits, worst %d; want ≥ 70%% within and worst ≤ 8",
			within, total, posting.NearDuplicateDistance, worst)
	}
}
