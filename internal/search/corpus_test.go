package search

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/normalize"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/all"
	"github.com/career-copilot/copilot/internal/testutil"
)

// realPostings reads every real posting capture we can: the 182 Microsoft Careers
// jobs and the Greenhouse, Lever and Ashby board captures.
func realPostings(tb testing.TB) []posting.Posting {
	tb.Helper()
	dir := testutil.SharedFixtures(tb)
	var out []posting.Posting
	var ms []struct{ ID, Title, Description string }
	b, err := os.ReadFile(filepath.Join(dir, "matching", "ms-careers-sample-jobs.json"))
	if err != nil {
		tb.Fatal(err)
	}
	if err := json.Unmarshal(b, &ms); err != nil {
		tb.Fatal(err)
	}
	for _, j := range ms {
		out = append(out, normalize.Draft(posting.Draft{ExternalID: j.ID, Title: j.Title, Company: "Microsoft", DescriptionText: normalize.RepairMojibake(j.Description)}, qualityNow))
	}
	for _, board := range []string{"greenhouse", "lever", "ashby"} {
		files, _ := filepath.Glob(filepath.Join(dir, board, "*.json"))
		sort.Strings(files)
		for _, f := range files {
			body, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			_, res, err := all.ParseFile(filepath.Base(f), body)
			if err != nil {
				continue
			}
			for _, d := range res.Drafts {
				if p := normalize.Draft(d, qualityNow); p.Title != "" && len(p.DescriptionText) > 200 {
					out = append(out, p)
				}
			}
		}
	}
	return out
}

var (
	synthCountries = []string{"US", "DE", "GB", "FR", "CA", "IN", "NL", "ES", "PL", "BR"}
	synthModes     = []string{"remote", "hybrid", "onsite", ""}
	synthPrefixes  = []string{"", "Senior ", "Staff ", "Junior ", "Lead ", ""}
	synthCities    = []string{"Berlin", "London", "Paris", "Toronto", "Bangalore", "Amsterdam", "Madrid", "Warsaw", "São Paulo", "Austin"}
)

// synthCorpus makes n postings from the real ones: each copy gets its own id,
// level prefix, company, place, work mode, date, salary for one in three, and two words of
// its own so the vocabulary grows with n as a real index's does.
func synthCorpus(real []posting.Posting, n int) []Doc {
	docs := make([]Doc, n)
	for i := range docs {
		docs[i] = synthDoc(real, i)
	}
	return docs
}

// synthDoc is posting i of the synthetic corpus.
func synthDoc(real []posting.Posting, i int) Doc {
	p := real[i%len(real)]
	p.ExternalID = fmt.Sprintf("syn-%d", i)
	p.Title = synthPrefixes[(i/len(real))%len(synthPrefixes)] + p.Title
	p.Seniority = normalize.Seniority(p.Title, "")
	c := synthCountries[(i*7)%len(synthCountries)]
	p.Locations = []posting.Location{{City: synthCities[(i*7)%len(synthCities)], Country: c, Raw: synthCities[(i*7)%len(synthCities)]}}
	p.WorkMode = synthModes[(i*3)%len(synthModes)]
	p.PostedAt = qualityNow.Add(-time.Duration((i*7919)%(90*24)) * time.Hour)
	if i%3 == 0 {
		lo := float64(60000 + (i*977)%90000)
		p.Salary = posting.Salary{Min: lo, Max: lo * 1.3, Currency: []string{"USD", "EUR", "GBP"}[i%3], Period: "year"}
	} else {
		p.Salary = posting.Salary{}
	}
	p.DescriptionText += fmt.Sprintf("\nRef code%d team%d", i, i%5000)
	p.Company = fmt.Sprintf("%s %d", p.Company, i%97) // one employer's board per copy, so deduplication keeps them apart
	p.CompanyKey = normalize.CompanyKey(p.Company)
	return Doc{ID: fmt.Sprintf("00000000-0000-4000-8000-%012d", i), Posting: p, Source: fmt.Sprintf("src-%d", i%20)}
}

// TestWriteCorpus writes the synthetic corpus in our JSON import format when
// COPILOT_WRITE_CORPUS names a file (COPILOT_CORPUS_SIZE postings, default 100000),
// for measuring the whole server: `copilot import FILE`, then `copilot serve`.
func TestWriteCorpus(t *testing.T) {
	path := os.Getenv("COPILOT_WRITE_CORPUS")
	if path == "" {
		t.Skip("set COPILOT_WRITE_CORPUS to write the corpus")
	}
	n := 100000
	fmt.Sscan(os.Getenv("COPILOT_CORPUS_SIZE"), &n)
	docs := synthCorpus(realPostings(t), n)
	type row struct {
		ExternalID string `json:"external_id"`
		Title      string `json:"title"`
		Company    string `json:"company"`
		Location   string `json:"location"`
		Remote     string `json:"remote"`
		Salary     string `json:"salary,omitempty"`
		Currency   string `json:"currency,omitempty"`
		Desc       string `json:"description"`
		PostedAt   string `json:"posted_at"`
	}
	rows := make([]row, 0, n)
	for _, d := range docs {
		p := d.Posting
		r := row{ExternalID: p.ExternalID, Title: p.Title, Company: p.Company, Location: p.Locations[0].City + ", " + normalize.CountryName(p.Locations[0].Country),
			Remote: p.WorkMode, Desc: strings.ReplaceAll(p.DescriptionText, "\n", "\n\n"), PostedAt: p.PostedAt.Format(time.RFC3339)}
		if p.Salary.Known() {
			r.Salary, r.Currency = fmt.Sprintf("%.0f-%.0f per year", p.Salary.Min, p.Salary.Max), p.Salary.Currency
		}
		rows = append(rows, r)
	}
	b, _ := json.Marshal(rows)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %d postings (%d MB) to %s", n, len(b)>>20, path)
}
