package store_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

var (
	remoteUS = posting.Location{Country: "US", Remote: true, Raw: "Remote - US"}
	sf       = posting.Location{City: "San Francisco", Region: "US-CA", Country: "US", Raw: "HQ - San Francisco"}
	berlin   = posting.Location{City: "Berlin", Country: "DE", Raw: "Berlin, Germany"}
	munich   = posting.Location{City: "Munich", Country: "DE", Raw: "Munich, Germany"}
	hamburg  = posting.Location{City: "Hamburg", Country: "DE", Raw: "Hamburg"}
)

// placed is an Acme "Designer" listing at the given places, with the given work mode and remote regions.
func placed(ext, hash, mode string, regions []string, locs ...posting.Location) store.IngestItem {
	it := upsertItem(ext, "Designer", "", hash)
	it.Posting.Locations, it.Posting.WorkMode, it.Posting.RemoteRegions = locs, mode, regions
	return it
}

// upsertOne stores one batch and fails the test on an error.
func upsertOne(t *testing.T, s *store.Store, src string, at time.Time, items ...store.IngestItem) store.IngestCounts {
	t.Helper()
	c, err := s.UpsertPostings(context.Background(), src, items, at)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// onlyPosting loads the one posting the store holds.
func onlyPosting(t *testing.T, s *store.Store) store.StoredPosting {
	t.Helper()
	ps, _, err := s.ListPostings(context.Background(), store.PostingFilter{})
	if err != nil || len(ps) != 1 {
		t.Fatalf("postings %d, %v", len(ps), err)
	}
	p, err := s.Posting(context.Background(), ps[0].ID, "")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func wantWhere(t *testing.T, p store.StoredPosting, mode string, regions []string, locs ...posting.Location) {
	t.Helper()
	if !slices.Equal(p.Locations, locs) || p.WorkMode != mode || !slices.Equal(p.RemoteRegions, regions) {
		t.Fatalf("posting at %+v, %q, %v; want %+v, %q, %v", p.Locations, p.WorkMode, p.RemoteRegions, locs, mode, regions)
	}
}

// A link that names no place and one at "Remote - US" are one job: the posting stays at Remote - US, remote,
// whichever link is written last, whether they come in one batch or in several.
func TestMergedPostingKeepsTheRemoteLinkWhateverIsWrittenLast(t *testing.T) {
	us := []string{"US"}
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		t.Run("placeless link updated last", func(t *testing.T) {
			s, t0, a, b := twoSources(t, d)
			upsertOne(t, s, a, t0, placed("1", "h1", posting.WorkModeRemote, us, remoteUS))
			if c := upsertOne(t, s, b, t0.Add(time.Hour), placed("x", "hx", "", nil)); c.Linked != 1 {
				t.Fatalf("link %+v", c)
			}
			p := onlyPosting(t, s)
			// The placeless link adds no place, but it is a new source of the posting, which the match index
			// shows (its source filter reads the kinds of every source): the posting is modified.
			if !p.ModifiedAt.Equal(t0.Add(time.Hour)) {
				t.Fatalf("modified at %v, want %v", p.ModifiedAt, t0.Add(time.Hour))
			}
			if c := upsertOne(t, s, b, t0.Add(2*time.Hour), placed("x", "hx2", "", nil)); c.Updated != 1 {
				t.Fatalf("update %+v", c)
			}
			wantWhere(t, onlyPosting(t, s), posting.WorkModeRemote, us, remoteUS)
		})
		t.Run("remote link linked last", func(t *testing.T) {
			s, t0, a, b := twoSources(t, d)
			upsertOne(t, s, b, t0, placed("x", "hx", "", nil))
			t1 := t0.Add(time.Hour)
			if c := upsertOne(t, s, a, t1, placed("1", "h1", posting.WorkModeRemote, us, remoteUS)); c.Linked != 1 {
				t.Fatalf("link %+v", c)
			}
			p := onlyPosting(t, s)
			wantWhere(t, p, posting.WorkModeRemote, us, remoteUS)
			// The match index reads modified_at: the posting's new place must be a change it sees.
			if !p.ModifiedAt.Equal(t1) {
				t.Fatalf("modified at %v, want %v", p.ModifiedAt, t1)
			}
		})
		for _, order := range [][]string{{"1", "x"}, {"x", "1"}} {
			t.Run("one batch "+order[0]+" first", func(t *testing.T) {
				s, t0, a, _ := twoSources(t, d)
				items := map[string]store.IngestItem{"1": placed("1", "h1", posting.WorkModeRemote, us, remoteUS), "x": placed("x", "hx", "", nil)}
				if c := upsertOne(t, s, a, t0, items[order[0]], items[order[1]]); c.Created != 1 || c.Linked != 1 {
					t.Fatalf("batch %+v", c)
				}
				wantWhere(t, onlyPosting(t, s), posting.WorkModeRemote, us, remoteUS)
				// Both links change in one batch, the placeless one last: still Remote - US.
				c := upsertOne(t, s, a, t0.Add(time.Hour), placed("1", "h1b", posting.WorkModeRemote, us, remoteUS), placed("x", "hxb", "", nil))
				if c.Updated != 2 {
					t.Fatalf("updates %+v", c)
				}
				wantWhere(t, onlyPosting(t, s), posting.WorkModeRemote, us, remoteUS)
			})
		}
	})
}

// Two links with overlapping but different places: the posting names each place once, in the links'
// order (first seen first), a place's first wording kept; a changed link's places stay in its position.
func TestMergedPostingIsTheUnionOfItsLinksPlaces(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, t0, a, b := twoSources(t, d)
		upsertOne(t, s, a, t0, placed("1", "h1", posting.WorkModeOnsite, nil, berlin, munich))
		munichDE := posting.Location{City: "Munich", Country: "DE", Raw: "München, Deutschland"}
		if c := upsertOne(t, s, b, t0.Add(time.Hour), placed("x", "hx", posting.WorkModeHybrid, nil, munichDE, hamburg)); c.Linked != 1 {
			t.Fatalf("link %+v", c)
		}
		wantWhere(t, onlyPosting(t, s), posting.WorkModeHybrid, nil, berlin, munich, hamburg)
		if c := upsertOne(t, s, a, t0.Add(2*time.Hour), placed("1", "h1b", posting.WorkModeOnsite, nil, munich, berlin)); c.Updated != 1 {
			t.Fatalf("update %+v", c)
		}
		wantWhere(t, onlyPosting(t, s), posting.WorkModeHybrid, nil, munich, berlin, hamburg)
	})
}

// Within one batch, a later item is compared with the posting as merged so far: a listing at Hamburg is the
// job an earlier one at Berlin and Hamburg added to the Berlin posting.
func TestBatchComparesWithTheMergedPlaces(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, t0, a, _ := twoSources(t, d)
		c := upsertOne(t, s, a, t0, placed("1", "h1", "", nil, berlin), placed("2", "h2", "", nil, berlin, hamburg), placed("3", "h3", "", nil, hamburg))
		if c.Created != 1 || c.Linked != 2 {
			t.Fatalf("batch %+v", c)
		}
		wantWhere(t, onlyPosting(t, s), "", nil, berlin, hamburg)
	})
}

// A link its source closed no longer says where the job is: its places leave the posting when it closes
// (a change the match index sees), and a reopened link brings them back.
func TestMergedPostingDropsTheClosedLinksPlaces(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		ctx := context.Background()
		s, t0, a, b := twoSources(t, d)
		upsertOne(t, s, a, t0, placed("1", "h1", "", nil, berlin))
		upsertOne(t, s, b, t0, placed("x", "hx", posting.WorkModeRemote, []string{"DE"}, berlin, hamburg))
		wantWhere(t, onlyPosting(t, s), posting.WorkModeRemote, []string{"DE"}, berlin, hamburg)
		t1 := t0.Add(time.Hour)
		if n, err := s.CloseUnseen(ctx, b, t1, nil, t1); err != nil || n != 1 {
			t.Fatalf("close %d %v", n, err)
		}
		p := onlyPosting(t, s)
		wantWhere(t, p, "", nil, berlin)
		if !p.ClosedAt.IsZero() || !p.ModifiedAt.Equal(t1) {
			t.Fatalf("closed at %v, modified at %v; want open, modified at %v", p.ClosedAt, p.ModifiedAt, t1)
		}
		upsertOne(t, s, a, t1.Add(time.Hour), placed("1", "h1b", "", nil, berlin))
		wantWhere(t, onlyPosting(t, s), "", nil, berlin)
		upsertOne(t, s, b, t1.Add(2*time.Hour), placed("x", "hx", posting.WorkModeRemote, []string{"DE"}, berlin, hamburg))
		wantWhere(t, onlyPosting(t, s), posting.WorkModeRemote, []string{"DE"}, berlin, hamburg)
	})
}

// A posting with one link is where that link says, now: an old place does not stick.
func TestSingleLinkPostingMovesWithItsLink(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, t0, a, _ := twoSources(t, d)
		upsertOne(t, s, a, t0, placed("1", "h1", posting.WorkModeRemote, []string{"DE"}, berlin))
		upsertOne(t, s, a, t0.Add(time.Hour), placed("1", "h2", posting.WorkModeOnsite, nil, munich))
		wantWhere(t, onlyPosting(t, s), posting.WorkModeOnsite, nil, munich)
	})
}

func paid(it store.IngestItem, min, max float64) store.IngestItem {
	it.Posting.Salary = posting.Salary{Min: min, Max: max, Currency: "EUR", Period: posting.PeriodYear, AnnualMin: min, AnnualMax: max,
		Source: "structured", Raw: "EUR"}
	it.Posting.Department, it.Posting.EmploymentType = "Design", "full_time"
	return it
}

// A link that stops stating the salary, department or employment type does not erase what the posting's other
// open links still stand for; a posting with one link has only that link to go by.
func TestUpdateKeepsWhatOtherLinksStillSay(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		t.Run("several links", func(t *testing.T) { keepsWhatOtherLinksSay(t, d) })
		t.Run("one link", func(t *testing.T) { forgetsWhatItsOnlyLinkNoLongerSays(t, d) })
	})
}

func keepsWhatOtherLinksSay(t *testing.T, d store.Dialect) {
	t.Helper()
	s, t0, a, b := twoSources(t, d)
	upsertOne(t, s, a, t0, paid(placed("1", "h1", "", nil, berlin), 50000, 60000))
	upsertOne(t, s, b, t0, placed("x", "hx", "", nil, berlin))
	upsertOne(t, s, a, t0.Add(time.Hour), placed("1", "h1b", "", nil, berlin))
	p := onlyPosting(t, s)
	if p.Salary.Min != 50000 || p.Salary.Max != 60000 || p.Salary.Currency != "EUR" || p.Department != "Design" || p.EmploymentType != "full_time" {
		t.Fatalf("multi-link update: salary %+v, department %q, type %q", p.Salary, p.Department, p.EmploymentType)
	}
	// A stated salary still replaces the stored one.
	upsertOne(t, s, b, t0.Add(2*time.Hour), paid(placed("x", "hx2", "", nil, berlin), 70000, 0))
	if p = onlyPosting(t, s); p.Salary.Min != 70000 || p.Salary.Max != 0 {
		t.Fatalf("a new salary: %+v", p.Salary)
	}
}

func forgetsWhatItsOnlyLinkNoLongerSays(t *testing.T, d store.Dialect) {
	t.Helper()
	s, t0, a, _ := twoSources(t, d)
	upsertOne(t, s, a, t0, paid(placed("1", "h1", "", nil, berlin), 50000, 60000))
	upsertOne(t, s, a, t0.Add(time.Hour), placed("1", "h1b", "", nil, berlin))
	p := onlyPosting(t, s)
	if p.Salary != (posting.Salary{}) || p.Department != "" || p.EmploymentType != "" {
		t.Fatalf("single-link update: salary %+v, department %q, type %q", p.Salary, p.Department, p.EmploymentType)
	}
}

// A new link fills in what the posting did not say, and changes nothing it did say.
func TestLinkedListingFillsTheGaps(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, t0, a, b := twoSources(t, d)
		bare := placed("1", "h1", "", nil, berlin)
		bare.Posting.DescriptionHTML, bare.Posting.DescriptionText = "", ""
		upsertOne(t, s, a, t0, bare)
		t1 := t0.Add(time.Hour)
		upsertOne(t, s, b, t1, paid(placed("x", "hx", "", nil, berlin), 50000, 60000))
		p := onlyPosting(t, s)
		if p.Salary.Min != 50000 || p.Salary.Max != 60000 || p.Department != "Design" || p.EmploymentType != "full_time" ||
			p.DescriptionText != "Designer" || p.DescriptionHTML != "<p>Designer</p>" || !p.ModifiedAt.Equal(t1) {
			t.Fatalf("filled: salary %+v, department %q, type %q, text %q, modified %v", p.Salary, p.Department, p.EmploymentType, p.DescriptionText, p.ModifiedAt)
		}
		other := paid(placed("y", "hy", "", nil, berlin), 90000, 95000)
		other.Posting.Department, other.Posting.DescriptionText = "Brand", "Designer, elsewhere"
		upsertOne(t, s, a, t1.Add(time.Hour), other)
		p = onlyPosting(t, s)
		// Nothing it said is taken, but the new link itself is a change (the posting has a new source).
		if len(p.Links) != 3 || p.Salary.Min != 50000 || p.Department != "Design" || p.DescriptionText != "Designer" || !p.ModifiedAt.Equal(t1.Add(time.Hour)) {
			t.Fatalf("not overwritten: %d links, salary %+v, department %q, text %q, modified %v", len(p.Links), p.Salary, p.Department, p.DescriptionText, p.ModifiedAt)
		}
	})
}

// Within one batch a new link sees what an earlier item of the batch left unknown: a rewrite that erased the
// salary of a posting with one link, then a new link that states one.
func TestLinkedListingFillsWhatTheBatchErased(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		s, t0, a, _ := twoSources(t, d)
		upsertOne(t, s, a, t0, paid(placed("1", "h1", "", nil, berlin), 50000, 60000))
		c := upsertOne(t, s, a, t0.Add(time.Hour), placed("1", "h1b", "", nil, berlin), paid(placed("2", "h2", "", nil, berlin), 70000, 80000))
		if c.Updated != 1 || c.Linked != 1 {
			t.Fatalf("batch %+v", c)
		}
		p := onlyPosting(t, s)
		if p.Salary.Min != 70000 || p.Salary.Max != 80000 || p.Department != "Design" || !p.ModifiedAt.Equal(t0.Add(time.Hour)) {
			t.Fatalf("salary %+v, department %q, modified %v", p.Salary, p.Department, p.ModifiedAt)
		}
	})
}
