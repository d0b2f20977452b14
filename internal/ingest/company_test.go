package ingest

import (
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
)

func TestCompanyFromURL(t *testing.T) {
	cases := []struct {
		d    posting.Draft
		want string
	}{
		{posting.Draft{URL: "https://jobs.lever.co/outreach/5a1b2c3d-0000-4000-8000-000000000000"}, "Outreach"},
		{posting.Draft{URL: "https://boards.greenhouse.io/github/jobs/712339"}, "Github"},
		{posting.Draft{ApplyURL: "https://jobs.ashbyhq.com/wealth-com/abc/application"}, "Wealth Com"},
		{posting.Draft{ApplyURL: "https://jobs.ashbyhq.com/wealth.com/abc/application"}, "Wealth.com"},
		{posting.Draft{URL: "https://example.com/careers/123"}, ""}, // a company's own site names no board
		{posting.Draft{}, ""},
	}
	for _, c := range cases {
		if got := companyFromURL(c.d, map[string]string{}); got != c.want {
			t.Errorf("companyFromURL(%+v) = %q, want %q", c.d, got, c.want)
		}
	}
}

// TestCompanyAsThePostingWritesIt: a board slug names the employer as its own postings write it, when
// they do ("OpenAI", "Wealth.com", "GitHub"); a slug written only in lower case (a link) is no spelling.
func TestCompanyAsThePostingWritesIt(t *testing.T) {
	cases := []struct {
		d    posting.Draft
		want string
	}{
		{posting.Draft{URL: "https://jobs.ashbyhq.com/openai/1", DescriptionHTML: "<p>OpenAI is an AI research and deployment company.</p>"}, "OpenAI"},
		{posting.Draft{URL: "https://jobs.ashbyhq.com/wealth.com/1", DescriptionText: "About Wealth.com: we build estate planning."}, "Wealth.com"},
		{posting.Draft{URL: "https://boards.greenhouse.io/github/jobs/1", Title: "Engineer at GitHub"}, "GitHub"},
		{posting.Draft{URL: "https://jobs.lever.co/acme-labs/1", DescriptionText: "Join ACME Labs! acme-labs.com"}, "ACME Labs"},
		{posting.Draft{URL: "https://jobs.lever.co/acme-labs/1", DescriptionText: "ACME LABS IS HIRING. Acme Labs builds robots."}, "Acme Labs"},
		{posting.Draft{URL: "https://jobs.ashbyhq.com/openai/1", DescriptionHTML: `<a href="https://jobs.ashbyhq.com/openai">apply</a>`}, "Openai"},
		{posting.Draft{URL: "https://jobs.ashbyhq.com/wealth.com/1"}, "Wealth.com"},
		{posting.Draft{URL: "https://jobs.lever.co/outreach/1", DescriptionText: "Outreachers of the world"}, "Outreach"},
		// The slug's letters as the posting spaces and dots them ("idealistconsulting" is "Idealist Consulting").
		{posting.Draft{URL: "https://jobs.lever.co/idealistconsulting/1", DescriptionText: "Idealist Consulting is a Salesforce partner."}, "Idealist Consulting"},
		{posting.Draft{URL: "https://jobs.ashbyhq.com/wealthcom/1", DescriptionText: "At Wealth.com, we build estate planning."}, "Wealth.com"},
		{posting.Draft{URL: "https://jobs.lever.co/idealistconsulting/1", DescriptionText: "Idealists consult."}, "Idealistconsulting"},
		// A heading in capitals is no spelling of the name, unless it is all the posting gives for a short one.
		{posting.Draft{URL: "https://jobs.lever.co/stripe/1", DescriptionText: "WHY STRIPE? Stripe builds payments."}, "Stripe"},
		{posting.Draft{URL: "https://jobs.lever.co/stripe/1", DescriptionText: "WHY STRIPE?"}, "Stripe"},
		{posting.Draft{URL: "https://jobs.lever.co/ibm/1", DescriptionText: "Join IBM."}, "IBM"},
	}
	for _, c := range cases {
		if got := companyFromURL(c.d, map[string]string{}); got != c.want {
			t.Errorf("companyFromURL(%q, %q) = %q, want %q", c.d.URL, c.d.DescriptionHTML+c.d.DescriptionText+c.d.Title, got, c.want)
		}
	}
}

func TestPrepareKeepsGivenCompany(t *testing.T) {
	items, errs := Prepare([]posting.Draft{
		{ExternalID: "1", Title: "Engineer", Company: "Outreach, Inc.", URL: "https://jobs.lever.co/outreach/1"},
		{ExternalID: "2", Title: "Engineer", URL: "https://jobs.lever.co/outreach/2"},
	}, time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC))
	if len(errs) != 0 || len(items) != 2 {
		t.Fatalf("items %d errs %v", len(items), errs)
	}
	if items[0].Posting.Company != "Outreach, Inc." || items[1].Posting.Company != "Outreach" {
		t.Fatalf("companies %q, %q", items[0].Posting.Company, items[1].Posting.Company)
	}
	if items[0].Posting.CompanyKey != items[1].Posting.CompanyKey {
		t.Fatalf("company keys differ: %q vs %q", items[0].Posting.CompanyKey, items[1].Posting.CompanyKey)
	}
}

func TestPrepareStripsNUL(t *testing.T) {
	items, errs := Prepare([]posting.Draft{{ExternalID: "n\x001", Title: "Data\x00 Engineer", Company: "Acme\x00", Locations: []string{"Ber\x00lin"}}}, time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC))
	if len(errs) != 0 || len(items) != 1 {
		t.Fatalf("items %d errs %v", len(items), errs)
	}
	p := items[0].Posting
	if items[0].ExternalID != "n1" || p.Title != "Data Engineer" || p.Company != "Acme" || p.Locations[0].Raw != "Berlin" {
		t.Fatalf("NUL kept: id %q %+v", items[0].ExternalID, p)
	}
}
