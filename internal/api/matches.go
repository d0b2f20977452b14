package api

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/go-chi/chi/v5"

	"github.com/career-copilot/copilot/internal/match"
	"github.com/career-copilot/copilot/internal/search"
)

// matchesRoutes mounts ranked matches, one posting's explanation, similar postings, search and the skill gap.
func (a *API) matchesRoutes(r chi.Router) {
	if a.d.Matching == nil {
		return
	}
	r.Method(http.MethodGet, "/jobs/matches", a.rank.wrap(a.listMatches))
	r.Method(http.MethodGet, "/jobs/{id}/match", handler(a.explainMatch))
	r.Method(http.MethodGet, "/jobs/{id}/similar", a.rank.wrap(a.similarJobs))
	r.Method(http.MethodGet, "/search", a.rank.wrap(a.searchJobs))
	r.Method(http.MethodGet, "/skills/gap", a.rank.wrap(a.skillGap))
}

type matchJSON struct {
	Job         jobJSON           `json:"job"`
	Score       int               `json:"score"`
	Relevance   float64           `json:"relevance,omitempty"`
	Explanation match.Explanation `json:"explanation"`
}

type pageJSON struct {
	Matches    []matchJSON                    `json:"matches"`
	Total      int                            `json:"total"`
	NextCursor string                         `json:"next_cursor"`
	Facets     map[string][]search.FacetCount `json:"facets,omitempty"`
}

// hitsJSON loads each hit's posting and explains it; a posting deleted since the index saw it is skipped.
func (a *API) hitsJSON(r *http.Request, res search.Results) (pageJSON, error) {
	out := pageJSON{Matches: make([]matchJSON, 0, len(res.Hits)), Total: res.Total, NextCursor: res.NextCursor, Facets: res.Facets}
	relevance := make(map[string]float64, len(res.Hits))
	for _, h := range res.Hits {
		relevance[h.ID] = h.Relevance
	}
	hits, err := a.d.Matching.ExplainHits(r.Context(), UserID(r), res.Hits)
	if err != nil {
		return out, err
	}
	for _, h := range hits {
		out.Matches = append(out.Matches, matchJSON{Job: toJobJSON(h.Posting, false), Score: h.Explanation.Score, Relevance: relevance[h.Posting.ID], Explanation: h.Explanation})
	}
	return out, nil
}

// listMatches is GET /jobs/matches: the user's postings ranked by match score, with the search filters.
func (a *API) listMatches(w http.ResponseWriter, r *http.Request) error {
	prof, err := a.d.Matching.Profile(r.Context(), UserID(r))
	if err != nil {
		return err
	}
	qr := newQueryReader(r, matchesRoute)
	q, state := searchQuery(qr, prof.SalaryFloor)
	if err := qr.err(); err != nil {
		return err
	}
	q.Sort = search.SortScore
	res, _, err := a.d.Matching.Matches(r.Context(), UserID(r), state, q)
	if err != nil {
		return searchErr(err)
	}
	page, err := a.hitsJSON(r, res)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, page)
}

// searchJobs is GET /search: full text with filters, facets and sorting (the /jobs?q= search).
func (a *API) searchJobs(w http.ResponseWriter, r *http.Request) error {
	prof, err := a.d.Matching.Profile(r.Context(), UserID(r))
	if err != nil {
		return err
	}
	qr := newQueryReader(r, searchRoute)
	q, state := searchQuery(qr, prof.SalaryFloor)
	if err := qr.err(); err != nil {
		return err
	}
	res, err := a.d.Matching.Search(r.Context(), UserID(r), state, q)
	if err != nil {
		return searchErr(err)
	}
	page, err := a.hitsJSON(r, res)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, page)
}

func searchErr(err error) error {
	switch {
	case errors.Is(err, search.ErrCursor):
		return problem(http.StatusBadRequest, "Invalid cursor", "Start again without a cursor.")
	case errors.Is(err, search.ErrSort):
		return problem(http.StatusBadRequest, "Invalid sort", "")
	}
	return err
}

// explainMatch is GET /jobs/{id}/match: the posting, its plain text and why it scores what it does.
func (a *API) explainMatch(w http.ResponseWriter, r *http.Request) error {
	ex, p, err := a.d.Matching.Explain(r.Context(), UserID(r), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"job": toJobJSON(p, false), "description_text": p.DescriptionText, "explanation": ex})
}

// similarJobs is GET /jobs/{id}/similar?limit=N (default 10).
func (a *API) similarJobs(w http.ResponseWriter, r *http.Request) error {
	limit := 10
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 50 {
			return problem(http.StatusUnprocessableEntity, "Validation failed", "limit must be from 1 to 50")
		}
		limit = n
	}
	hits, err := a.d.Matching.Similar(r.Context(), chi.URLParam(r, "id"), limit)
	if err != nil {
		return err
	}
	out := make([]map[string]any, 0, len(hits))
	for _, h := range hits {
		p, err := a.d.Matching.Posting(r.Context(), h.ID, UserID(r))
		if err != nil {
			continue
		}
		out = append(out, map[string]any{"job": toJobJSON(p, false), "relevance": h.Relevance})
	}
	return writeJSON(w, http.StatusOK, map[string]any{"jobs": out})
}

// skillGap is GET /skills/gap?top=N (default 50) with the search filters.
func (a *API) skillGap(w http.ResponseWriter, r *http.Request) error {
	prof, err := a.d.Matching.Profile(r.Context(), UserID(r))
	if err != nil {
		return err
	}
	qr := newQueryReader(r, gapRoute)
	q, _ := searchQuery(qr, prof.SalaryFloor)
	top := qr.intIn("top", 1, 500, 50, "must be from 1 to 500")
	if err := qr.err(); err != nil {
		return err
	}
	gap, err := a.d.Matching.SkillGap(r.Context(), UserID(r), q, top)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"skills": gap, "top": top})
}
