package store_test

import (
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// texted is an item of the Designer job in Berlin whose description hashes to sim, shown at url.
func texted(ext, url string, sim uint64) store.IngestItem {
	it := upsertItem(ext, "Designer", "Berlin", "h-"+ext)
	it.Posting.URL, it.Posting.SimHash = url, sim
	return it
}

// A listing at a page one of a posting's links is at links to it even when its text hashes further apart
// than near-duplicates do (a re-rendered or edited page) and whatever place it names; elsewhere, and too
// far apart, it is a job of its own.
func TestSamePageLinksAtTheLooserDistance(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, t0, a, b := twoSources(t, d)
		const page = "https://acme.test/jobs/1390710"
		base := uint64(0xA5A5A5A5A5A5) // not 0, which means no text to compare
		upsertOne(t, s, a, t0, texted("1", page, base))

		// 7 bits apart, another page: not the same text, so a job of its own (the rule before).
		if c := upsertOne(t, s, b, t0.Add(time.Minute), texted("x", "https://acme.test/jobs/999", base^0x7F00)); c.Created != 1 || c.Linked != 0 {
			t.Fatalf("another page 7 bits apart: %+v", c)
		}
		// 7 bits apart at the same page: the same job.
		if c := upsertOne(t, s, b, t0.Add(2*time.Minute), texted("y", page, base^0x7F)); c.Linked != 1 || c.Created != 0 {
			t.Fatalf("the same page 7 bits apart: %+v", c)
		}
		// The same page, but 13 bits apart: too different a text even for one page (a shared careers URL).
		if c := upsertOne(t, s, b, t0.Add(3*time.Minute), texted("z", page, base^0x1FFF)); c.Created != 1 || c.Linked != 0 {
			t.Fatalf("the same page 13 bits apart: %+v", c)
		}
		// A careers page every job links to is no job's page: 7 bits apart there is another job.
		upsertOne(t, s, a, t0.Add(3*time.Minute), texted("c1", "https://acme.test/careers", 0x5A5A5A5A))
		if c := upsertOne(t, s, b, t0.Add(3*time.Minute), texted("c2", "https://acme.test/careers", 0x5A5A5A5A^0x7F)); c.Created != 1 || c.Linked != 0 {
			t.Fatalf("a shared careers page 7 bits apart: %+v", c)
		}
		// At the same page the places are not compared: another board names the Berlin job's place as
		// Munich (a spreadsheet row, say), and it is still the job at that page.
		elsewhere := texted("m", page, base^0x3)
		elsewhere.Posting.Locations = []posting.Location{{City: "Munich", Country: "DE", Raw: "Munich, Germany"}}
		if c := upsertOne(t, s, b, t0.Add(3*time.Minute), elsewhere); c.Linked != 1 || c.Created != 0 {
			t.Fatalf("the same page at another place: %+v", c)
		}
		// A careers page without a job id may list one role in several cities: two cities there are two jobs.
		opening := texted("o1", "https://acme.test/careers/openings", 0x77)
		munichOpening := texted("o2", "https://acme.test/careers/openings", 0x77)
		munichOpening.Posting.Locations = []posting.Location{{City: "Munich", Country: "DE", Raw: "Munich, Germany"}}
		if c := upsertOne(t, s, a, t0.Add(3*time.Minute), opening, munichOpening); c.Created != 2 || c.Linked != 0 {
			t.Fatalf("one careers page, two cities: %+v", c)
		}
		// Within one batch: the posting the batch creates is matched by its page too.
		c := upsertOne(t, s, a, t0.Add(4*time.Minute), texted("n1", "https://acme.test/jobs/2", 0xF0F0), texted("n2", "https://acme.test/jobs/2", 0xF0F0^0x3F))
		if c.Created != 1 || c.Linked != 1 {
			t.Fatalf("one batch, one page 6 bits apart: %+v", c)
		}
	})
}
