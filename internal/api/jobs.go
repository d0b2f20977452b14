package api

import (
	"net/http"
	"strings"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/career-copilot/copilot/internal/normalize"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/store"
)

// jobsRoutes mounts the postings (shared by all users) and each user's saved/dismissed marks.
func (a *API) jobsRoutes(r chi.Router) {
	if a.d.Ingest == nil {
		return
	}
	r.Method(http.MethodGet, "/jobs", a.rank.wrap(a.listJobs))
	r.Method(http.MethodGet, "/jobs/{id}", handler(a.getJob))
	r.Method(http.MethodPut, "/jobs/{id}/save", handler(a.markJob(true, true)))
	r.Method(http.MethodDelete, "/jobs/{id}/save", handler(a.markJob(true, false)))
	r.Method(http.MethodPut, "/jobs/{id}/dismiss", handler(a.markJob(false, true)))
	r.Method(http.MethodDelete, "/jobs/{id}/dismiss", handler(a.markJob(false, false)))
}

type jobLinkJSON struct {
	SourceID    string     `json:"source_id"`
	SourceName  string     `json:"source_name"`
	SourceKind  string     `json:"source_kind"`
	ExternalID  string     `json:"external_id"`
	URL         string     `json:"url"`
	ApplyURL    string     `json:"apply_url"`
	FirstSeenAt time.Time  `json:"first_seen_at"`
	LastSeenAt  time.Time  `json:"last_seen_at"`
	ClosedAt    *time.Time `json:"closed_at"`
}

type jobJSON struct {
	ID              string             `json:"id"`
	Title           string             `json:"title"`
	Company         string             `json:"company"`
	DescriptionHTML string             `json:"description_html,omitempty"` // sanitized by normalize; only on the posting page
	Locations       []posting.Location `json:"locations"`
	WorkMode        string             `json:"work_mode"`
	RemoteRegions   []string           `json:"remote_regions"`
	EmploymentType  string             `json:"employment_type"`
	Seniority       string             `json:"seniority"`
	Department      string             `json:"department"`
	Salary          posting.Salary     `json:"salary"` // parsed, with the raw text in salary.raw
	PostedAt        *time.Time         `json:"posted_at"`
	PostedRaw       string             `json:"posted_raw"`
	UpdatedAt       *time.Time         `json:"updated_at"`
	UpdatedRaw      string             `json:"updated_raw"`
	URL             string             `json:"url"`
	ApplyURL        string             `json:"apply_url"`
	Tags            []string           `json:"tags"`
	FirstSeenAt     time.Time          `json:"first_seen_at"`
	LastSeenAt      time.Time          `json:"last_seen_at"`
	Closed          bool               `json:"closed"`
	ClosedAt        *time.Time         `json:"closed_at"`
	SavedAt         *time.Time         `json:"saved_at"`
	DismissedAt     *time.Time         `json:"dismissed_at"`
	Sources         []jobLinkJSON      `json:"sources,omitempty"`
}

func toJobJSON(p store.StoredPosting, full bool) jobJSON {
	j := jobJSON{ID: p.ID, Title: p.Title, Company: p.Company, Locations: p.Locations, WorkMode: p.WorkMode, RemoteRegions: p.RemoteRegions,
		EmploymentType: p.EmploymentType, Seniority: p.Seniority, Department: p.Department, Salary: p.Salary, PostedAt: timePtr(p.PostedAt),
		PostedRaw: p.PostedRaw, UpdatedAt: timePtr(p.UpdatedAt), UpdatedRaw: p.UpdatedRaw, URL: p.URL, ApplyURL: p.ApplyURL, Tags: p.Tags,
		FirstSeenAt: p.FirstSeenAt, LastSeenAt: p.LastSeenAt, Closed: !p.ClosedAt.IsZero(), ClosedAt: timePtr(p.ClosedAt),
		SavedAt: timePtr(p.SavedAt), DismissedAt: timePtr(p.DismissedAt)}
	if j.Locations == nil {
		j.Locations = []posting.Location{}
	}
	if j.Tags == nil {
		j.Tags = []string{}
	}
	if full {
		j.DescriptionHTML = p.DescriptionHTML
		j.Sources = make([]jobLinkJSON, 0, len(p.Links))
		for _, l := range p.Links {
			j.Sources = append(j.Sources, jobLinkJSON{SourceID: l.SourceID, SourceName: l.SourceName, SourceKind: l.SourceKind, ExternalID: l.ExternalID,
				URL: l.URL, ApplyURL: l.ApplyURL, FirstSeenAt: l.FirstSeenAt, LastSeenAt: l.LastSeenAt, ClosedAt: timePtr(l.ClosedAt)})
		}
	}
	return j
}

// jobFilter reads the list query: source, company, status (open|closed|all, default open), posted_within (days),
// saved=true, dismissed (exclude|only|include), cursor, limit; the search filters need q (or GET /search).
func jobFilter(r *http.Request) (store.PostingFilter, error) {
	qr := newQueryReader(r, jobsRoute)
	f := store.PostingFilter{UserID: UserID(r), SourceID: qr.get("source"), Cursor: qr.get("cursor"), Status: "open"}
	if c := qr.get("company"); c != "" {
		f.CompanyKey = normalize.CompanyKey(c)
	}
	switch qr.oneOf("status", "open", "closed", "all") {
	case "closed":
		f.Status = "closed"
	case "all":
		f.Status = ""
	}
	if days := qr.intIn("posted_within", 1, 3650, 0, "must be a number of days from 1 to 3650"); days > 0 {
		f.PostedSince = time.Now().Add(-time.Duration(days) * 24 * time.Hour)
	}
	f.Saved = qr.boolean("saved")
	f.Dismissed = qr.oneOf("dismissed", "exclude", "only", "include")
	f.Limit = qr.intIn("limit", 1, 200, 0, "must be from 1 to 200")
	return f, qr.err()
}

func (a *API) listJobs(w http.ResponseWriter, r *http.Request) error {
	// A text query makes the list a search: BM25 ranking, filters and facets, the same answer as GET /search.
	if strings.TrimSpace(r.URL.Query().Get("q")) != "" {
		return a.searchJobs(w, r)
	}
	f, err := jobFilter(r)
	if err != nil {
		return err
	}
	list, next, err := a.d.Ingest.Jobs(r.Context(), f)
	if err != nil {
		return err
	}
	out := make([]jobJSON, 0, len(list))
	for _, p := range list {
		out = append(out, toJobJSON(p, false))
	}
	return writeJSON(w, http.StatusOK, map[string]any{"jobs": out, "next_cursor": next})
}

func (a *API) getJob(w http.ResponseWriter, r *http.Request) error {
	p, err := a.d.Ingest.Job(r.Context(), chi.URLParam(r, "id"), UserID(r))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, toJobJSON(p, true))
}

// markJob sets or clears the user's saved (saved=true) or dismissed mark and answers the posting.
func (a *API) markJob(saved, on bool) handler {
	return func(w http.ResponseWriter, r *http.Request) error {
		id := chi.URLParam(r, "id")
		if err := a.d.Ingest.MarkJob(r.Context(), UserID(r), id, saved, on); err != nil {
			return err
		}
		return a.getJob(w, r)
	}
}
