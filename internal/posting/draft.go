// Package posting defines the job posting as adapters produce it and as the product stores it.
package posting

import "time"

// Draft is one posting as a source adapter read it, before normalization.
//
// Adapters fill what the board gives and leave the rest empty; raw values are kept
// as the board wrote them so that normalization can parse them and the UI can show them.
type Draft struct {
	ExternalID      string            // the board's own id for the posting
	Title           string            // as given, entities decoded once
	Company         string            // employer name as given
	DescriptionHTML string            // description as HTML (may still be entity-escaped; normalize decodes once)
	DescriptionText string            // plain-text description when the board gives one and no HTML
	Locations       []string          // every location string the board lists, unsplit
	WorkplaceType   string            // the board's remote/hybrid/onsite value, raw ("Remote", "hybrid", "ON_SITE")
	Remote          *bool             // an explicit remote flag, when the board has one
	EmploymentType  string            // raw ("Full Time", "FULL_TIME", "Contract")
	Department      string            // department or team
	Compensation    []Compensation    // structured pay the board gives
	SalaryText      string            // free-text salary when the board has a salary field as text
	PostedRaw       string            // posted/published date exactly as given (epoch ms, RFC 3339, date, "3 days ago")
	UpdatedRaw      string            // updated date exactly as given
	ApplyURL        string            // where to apply
	URL             string            // the posting's public page
	Tags            []string          // board tags or skills
	Extra           map[string]string // other fields worth keeping (seniority, experience, categories)
}

// Compensation is a structured pay range as a board gives it.
type Compensation struct {
	Min      *float64 // lower bound, nil when not given
	Max      *float64 // upper bound, nil when not given
	Currency string   // ISO 4217 code or symbol as given
	Period   string   // raw interval ("per-year-salary", "YEAR", "hour")
	Raw      string   // a summary text the board gives ("$130K - $180K"), if any
}

// Fetched is the result of one adapter run over one source.
type Fetched struct {
	Drafts   []Draft
	Errors   []ItemError // items that could not be read; the rest of the batch is kept
	Complete bool        // true when the listing was read whole, so absent postings may be closed
	Fetched  time.Time
}

// ItemError records one item of a listing that could not be parsed.
type ItemError struct {
	Index int
	ID    string
	Err   string
	Cause error `json:"-"` // what went wrong underneath, said to users as a run's error is (not stored)
}

// ShapeError says a board's answer is not what its kind of board sends; its message is written for the
// user (runs show it), so it names what the answer lacks and nothing internal.
type ShapeError struct{ Kind, Msg string }

func (e *ShapeError) Error() string { return e.Kind + ": " + e.Msg }

// Shape returns the ShapeError of a kind of board.
func Shape(kind, msg string) error { return &ShapeError{Kind: kind, Msg: msg} }
