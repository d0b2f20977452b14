package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/normalize"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/validate"
)

// Prepare normalizes drafts into items ready to store. A draft that cannot be normalized (or repeats an
// external id already in the listing) becomes an item error; the others are kept.
func Prepare(drafts []posting.Draft, now time.Time) ([]store.IngestItem, []posting.ItemError) {
	items := make([]store.IngestItem, 0, len(drafts))
	p := newPreparer(len(drafts), now)
	for i, d := range drafts {
		if it, ok := p.add(i, d); ok {
			items = append(items, it)
		}
	}
	return items, p.errs
}

// preparer normalizes the drafts of one listing one at a time, in listing order.
type preparer struct {
	now   time.Time
	seen  map[string]bool   // external ids kept so far
	names map[string]string // employers named from board slugs, by slug (see companyFromURL)
	errs  []posting.ItemError
}

func newPreparer(n int, now time.Time) *preparer {
	return &preparer{now: now, seen: make(map[string]bool, n), names: map[string]string{}}
}

// add normalizes the draft at index i of the listing; ok is false when it became an item error.
func (p *preparer) add(i int, d posting.Draft) (store.IngestItem, bool) {
	it, err := prepareOne(d, p.now, p.names)
	if err != nil {
		p.errs = append(p.errs, posting.ItemError{Index: i, ID: strings.TrimSpace(d.ExternalID), Err: err.Error()})
		return it, false
	}
	if p.seen[it.ExternalID] {
		p.errs = append(p.errs, posting.ItemError{Index: i, ID: it.ExternalID, Err: fmt.Sprintf("%s is listed twice; the first was kept", named(it.Posting))})
		return it, false
	}
	p.seen[it.ExternalID] = true
	return it, true
}

// named names a posting for a message: “Title” at Company.
func named(p posting.Posting) string {
	if p.Company == "" {
		return "“" + p.Title + "”"
	}
	return "“" + p.Title + "” at " + p.Company
}

func prepareOne(d posting.Draft, now time.Time, names map[string]string) (it store.IngestItem, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("ingest: normalize failed: %v", r)
		}
	}()
	if unclean(&d) {
		// Boards do send NULs and broken UTF-8, and no database text column may hold them. The description
		// HTML is left to the sanitizer, as for a draft with nothing else to clean.
		html := d.DescriptionHTML
		d.DescriptionHTML = ""
		validate.CleanText(&d)
		d.DescriptionHTML = html
	}
	if strings.TrimSpace(d.Company) == "" {
		d.Company = companyFromURL(d, names)
	}
	p := normalize.Draft(d, now)
	if p.Title == "" {
		return it, fmt.Errorf("ingest: posting has no title")
	}
	it = store.IngestItem{ExternalID: externalID(p), Posting: p, PostedRaw: strings.TrimSpace(d.PostedRaw), UpdatedRaw: strings.TrimSpace(d.UpdatedRaw)}
	if p.Salary.Raw == "" {
		// Keep the board's own salary text even when it could not be read as a range.
		it.Posting.Salary.Raw = rawSalary(d)
	}
	it.Hash = contentHash(it)
	return it, nil
}

// externalID is the board's id, or else the canonical URL, or else a key of company, title and places.
func externalID(p posting.Posting) string {
	switch {
	case p.ExternalID != "":
		return p.ExternalID
	case p.URL != "":
		return "url:" + p.URL
	case p.ApplyURL != "":
		return "url:" + p.ApplyURL
	}
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s", p.CompanyKey, p.TitleKey)
	for _, l := range p.Locations {
		fmt.Fprintf(h, "\x00%s", l.Raw)
	}
	return "key:" + hex.EncodeToString(h.Sum(nil)[:12])
}

func rawSalary(d posting.Draft) string {
	if s := strings.TrimSpace(d.SalaryText); s != "" {
		return s
	}
	for _, c := range d.Compensation {
		if s := strings.TrimSpace(c.Raw); s != "" {
			return s
		}
	}
	return ""
}
