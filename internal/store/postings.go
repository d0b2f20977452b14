package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
)

// StoredPosting is a canonical posting as stored: the normalized record, its raw dates, its source links
// and when it was first and last seen. Raw salary text and raw location strings live inside Posting.
type StoredPosting struct {
	ID string
	posting.Posting
	PostedRaw   string // the posted date as the first source wrote it
	UpdatedRaw  string // the updated date as the source wrote it
	FirstSeenAt time.Time
	LastSeenAt  time.Time
	ClosedAt    time.Time // zero while open
	ModifiedAt  time.Time
	Links       []PostingLink // filled by Posting, not by ListPostings
	SavedAt     time.Time     // the asking user's state, when a user id was given
	DismissedAt time.Time
}

// PostingLink is one source's view of a canonical posting.
type PostingLink struct {
	SourceID    string
	SourceName  string
	SourceKind  string
	ExternalID  string
	URL         string
	ApplyURL    string
	FirstSeenAt time.Time
	LastSeenAt  time.Time
	ClosedAt    time.Time
}

const postingCols = `p.id, p.title, p.title_key, p.company, p.company_key, p.description_html, p.description_text, p.locations, p.work_mode,
	p.remote_regions, p.employment_type, p.seniority, p.department, p.salary_min, p.salary_max, p.salary_currency, p.salary_period,
	p.salary_annual_min, p.salary_annual_max, p.salary_source, p.salary_raw, p.posted_at, p.posted_raw, p.changed_at, p.changed_raw,
	p.date_flagged, p.url, p.apply_url, p.tags, p.simhash, p.first_seen_at, p.last_seen_at, p.closed_at, p.modified_at`

func scanPosting(row interface{ Scan(...any) error }, extra ...any) (StoredPosting, error) {
	var p StoredPosting
	var locs, regions, tags string
	var smin, smax, amin, amax sql.NullFloat64
	var posted, changed, closed sql.NullTime
	var sim int64
	dest := []any{&p.ID, &p.Title, &p.TitleKey, &p.Company, &p.CompanyKey, &p.DescriptionHTML, &p.DescriptionText, &locs, &p.WorkMode,
		&regions, &p.EmploymentType, &p.Seniority, &p.Department, &smin, &smax, &p.Salary.Currency, &p.Salary.Period,
		&amin, &amax, &p.Salary.Source, &p.Salary.Raw, &posted, &p.PostedRaw, &changed, &p.UpdatedRaw,
		&p.DateFlagged, &p.URL, &p.ApplyURL, &tags, &sim, &p.FirstSeenAt, &p.LastSeenAt, &closed, &p.ModifiedAt}
	if err := row.Scan(append(dest, extra...)...); err != nil {
		return p, err
	}
	for _, j := range []struct {
		s string
		v any
	}{{locs, &p.Locations}, {regions, &p.RemoteRegions}, {tags, &p.Tags}} {
		if err := json.Unmarshal([]byte(j.s), j.v); err != nil {
			return p, fmt.Errorf("decode posting json: %w", err)
		}
	}
	p.Salary.Min, p.Salary.Max, p.Salary.AnnualMin, p.Salary.AnnualMax = smin.Float64, smax.Float64, amin.Float64, amax.Float64
	p.PostedAt, p.UpdatedAt, p.ClosedAt = utcOf(posted), utcOf(changed), utcOf(closed)
	p.FirstSeenAt, p.LastSeenAt, p.ModifiedAt = p.FirstSeenAt.UTC(), p.LastSeenAt.UTC(), p.ModifiedAt.UTC()
	p.SimHash = uint64(sim)
	return p, nil
}

// Posting loads one posting with its source links and, when userID is set, that user's saved/dismissed state.
func (s *Store) Posting(ctx context.Context, id, userID string) (StoredPosting, error) {
	if badID(id) {
		return StoredPosting{}, fmt.Errorf("store: get posting: %w", ErrNotFound)
	}
	var saved, dismissed sql.NullTime
	p, err := scanPosting(s.queryRow(ctx, s.read, `SELECT `+postingCols+`, st.saved_at, st.dismissed_at FROM postings p
		LEFT JOIN posting_user_state st ON st.posting_id = p.id AND st.user_id = ? WHERE p.id = ?`, nullString(userID), id), &saved, &dismissed)
	if err != nil {
		return p, wrap("get posting", err)
	}
	p.SavedAt, p.DismissedAt = utcOf(saved), utcOf(dismissed)
	rows, err := s.query(ctx, s.read, `SELECT l.source_id, s.name, s.kind, l.external_id, l.url, l.apply_url, l.first_seen_at, l.last_seen_at, l.closed_at
		FROM posting_sources l JOIN sources s ON s.id = l.source_id WHERE l.posting_id = ? ORDER BY l.first_seen_at, l.source_id, l.external_id`, id)
	if err != nil {
		return p, wrap("get posting links", err)
	}
	defer rows.Close()
	for rows.Next() {
		var l PostingLink
		var closed sql.NullTime
		if err := rows.Scan(&l.SourceID, &l.SourceName, &l.SourceKind, &l.ExternalID, &l.URL, &l.ApplyURL, &l.FirstSeenAt, &l.LastSeenAt, &closed); err != nil {
			return p, wrap("get posting links", err)
		}
		l.FirstSeenAt, l.LastSeenAt, l.ClosedAt = l.FirstSeenAt.UTC(), l.LastSeenAt.UTC(), utcOf(closed)
		p.Links = append(p.Links, l)
	}
	return p, wrap("get posting links", rows.Err())
}

// appendPostingArgs appends the values of every content column, in postingInsertCols order after id: the
// item's, but the places w (the posting's merged ones).
func appendPostingArgs(args []any, it IngestItem, w whereJSON) []any {
	p := it.Posting
	tags, _ := json.Marshal(nonNil(p.Tags))
	return append(args, p.Title, p.TitleKey, p.Company, p.CompanyKey, p.DescriptionHTML, p.DescriptionText, w.locations, w.workMode,
		w.regions, p.EmploymentType, p.Seniority, p.Department, nullFloat(p.Salary.Min), nullFloat(p.Salary.Max), p.Salary.Currency,
		p.Salary.Period, nullFloat(p.Salary.AnnualMin), nullFloat(p.Salary.AnnualMax), p.Salary.Source, p.Salary.Raw,
		nullTime(p.PostedAt), it.PostedRaw, nullTime(p.UpdatedAt), it.UpdatedRaw, p.DateFlagged, p.URL, p.ApplyURL, string(tags), int64(p.SimHash))
}

func nonNil(v []string) []string {
	if v == nil {
		return []string{}
	}
	return v
}

func nonNilLocations(v []posting.Location) []posting.Location {
	if v == nil {
		return []posting.Location{}
	}
	return v
}

func nullFloat(f float64) any {
	if f == 0 {
		return nil
	}
	return f
}

// listedAt is the date a new posting sorts by: when it was posted, or else the earlier of when the board
// last updated it and when we first saw it (a board's 2018 job seen today is not new; an edit after we
// saw it is no reason to move it up). A rewrite keeps it unless the posting now has a posted date.
func listedAt(p posting.Posting, firstSeen time.Time) time.Time {
	switch {
	case !p.PostedAt.IsZero():
		return p.PostedAt.UTC()
	case !p.UpdatedAt.IsZero() && p.UpdatedAt.Before(firstSeen):
		return p.UpdatedAt.UTC()
	}
	return firstSeen.UTC()
}
