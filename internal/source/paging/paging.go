// Package paging walks the numbered pages of a board listing for the board
// adapters whose APIs page by link, offset or page number.
package paging

import (
	"context"
	"strconv"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
)

// Page is what one step read from one page of a listing.
type Page struct {
	// Drafts and Errors are the page's postings and item errors.
	Drafts []posting.Draft
	Errors []posting.ItemError
	// Last ends the walk with the result Complete: there is no further page.
	Last bool
	// Halt ends the walk here, before this page, with the result incomplete.
	Halt bool
}

// Step reads page n of a listing, counting from 1.
type Step func(ctx context.Context, n int) (Page, error)

// Walk calls step for pages 1 to maxPages until a page is Last or Halt. A
// failure on page 1 is the walk's error; a later failure keeps what was read,
// records the page in Errors (Index -1, ID "page N", the text passed through
// redact when it is not nil) and leaves the result incomplete, as does
// stopping at maxPages.
func Walk(ctx context.Context, maxPages int, step Step, redact func(string) string) (posting.Fetched, error) {
	out := posting.Fetched{}
	for n := 1; n <= maxPages; n++ {
		pg, err := step(ctx, n)
		if err == nil && pg.Halt {
			break
		}
		out.Drafts = append(out.Drafts, pg.Drafts...)
		out.Errors = append(out.Errors, pg.Errors...)
		if err != nil {
			if n == 1 {
				return posting.Fetched{}, err
			}
			msg := err.Error()
			if redact != nil {
				msg = redact(msg)
			}
			out.Errors = append(out.Errors, posting.ItemError{Index: -1, ID: "page " + strconv.Itoa(n), Err: msg})
			break
		}
		if pg.Last {
			out.Complete = true
			break
		}
	}
	out.Fetched = time.Now().UTC()
	return out, nil
}
