package api

import (
	"math"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/career-copilot/copilot/internal/match"
	"github.com/career-copilot/copilot/internal/validate"
)

// listRoute names the query parameters one listing route takes and the sort orders it offers.
type listRoute struct {
	takes map[string]bool
	sorts []string
	other string // where a parameter this route does not take belongs, for the field message
}

func newListRoute(sorts []string, other string, names ...string) listRoute {
	r := listRoute{takes: map[string]bool{}, sorts: sorts, other: other}
	for _, n := range names {
		r.takes[n] = true
	}
	return r
}

// filterParams are the search filters GET /search, GET /jobs?q= and GET /jobs/matches share.
var filterParams = []string{"q", "work_mode", "country", "city", "min_salary", "salary_currency", "salary_period", "seniority",
	"employment_type", "company", "source", "posted_within", "status", "state", "sort", "cursor", "limit", "facets"}

// The listing routes. Every parameter any of them takes is read by the same rule on each (queryReader).
var (
	searchRoute  = newListRoute([]string{"relevance", "score", "date"}, "", filterParams...)
	matchesRoute = newListRoute([]string{"score"}, "", filterParams...)
	gapRoute     = newListRoute(nil, "", "top", "q", "work_mode", "country", "city", "min_salary", "salary_currency", "salary_period",
		"seniority", "employment_type", "company", "source", "posted_within", "status")
	jobsRoute = newListRoute(nil, "is a search filter: add q, or use /api/v1/search",
		"q", "source", "company", "status", "posted_within", "saved", "dismissed", "cursor", "limit")
)

// knownParams is every parameter a listing route takes; a known one sent to a route that does not take it is refused.
var knownParams = map[string]bool{"saved": true, "dismissed": true, "top": true}

func init() {
	for _, n := range filterParams {
		knownParams[n] = true
	}
}

// queryReader reads a listing route's query parameters, one field error per bad parameter.
type queryReader struct {
	v     url.Values
	route listRoute
	fe    validate.Errors
}

func newQueryReader(r *http.Request, route listRoute) *queryReader {
	return &queryReader{v: r.URL.Query(), route: route}
}

// get is a parameter's first value, trimmed; "" for one the route does not take (err refuses it).
func (qr *queryReader) get(name string) string {
	if !qr.route.takes[name] {
		return ""
	}
	return strings.TrimSpace(qr.v.Get(name))
}

// list reads a parameter given several times or as a comma list.
func (qr *queryReader) list(name string) []string {
	if !qr.route.takes[name] {
		return nil
	}
	var out []string
	for _, v := range qr.v[name] {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// oneOf reads a parameter that must be one of allowed (or absent, giving "").
func (qr *queryReader) oneOf(name string, allowed ...string) string {
	v := qr.get(name)
	if v != "" && !contains(allowed, v) {
		qr.fe.Add(name, "must be "+orList(allowed))
	}
	return v
}

// listOf reads a list parameter whose every value must be one of allowed.
func (qr *queryReader) listOf(name string, allowed ...string) []string {
	vs := qr.list(name)
	for _, v := range vs {
		if !contains(allowed, v) {
			qr.fe.Add(name, "must be "+orList(allowed))
			break
		}
	}
	return vs
}

// boolean reads true or false.
func (qr *queryReader) boolean(name string) bool { return qr.oneOf(name, "true", "false") == "true" }

// intIn reads a whole number from lo to hi; def when absent or bad.
func (qr *queryReader) intIn(name string, lo, hi, def int, msg string) int {
	v := qr.get(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		qr.fe.Add(name, msg)
		return def
	}
	return n
}

// amount reads a finite number, zero or more.
func (qr *queryReader) amount(name string) float64 {
	v := qr.get(name)
	if v == "" {
		return 0
	}
	n, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsNaN(n) || math.IsInf(n, 0) || n < 0 {
		qr.fe.Add(name, "must be a number, 0 or more")
		return 0
	}
	return n
}

// currency reads an ISO 4217 code the fixed exchange table converts (an unknown one would filter nothing).
func (qr *queryReader) currency(name string) string {
	c := strings.ToUpper(qr.get(name))
	if _, ok := match.ToUSD(1, c); c != "" && !ok {
		qr.fe.Add(name, "must be an ISO 4217 code the server knows, such as USD, EUR, GBP")
	}
	return c
}

// sortOrder reads sort against the orders the route offers.
func (qr *queryReader) sortOrder() string { return qr.oneOf("sort", qr.route.sorts...) }

// err refuses known parameters the route does not take, then returns every field error.
func (qr *queryReader) err() error {
	var extra []string
	for name := range qr.v {
		if knownParams[name] && !qr.route.takes[name] {
			extra = append(extra, name)
		}
	}
	sort.Strings(extra)
	for _, name := range extra {
		msg := qr.route.other
		if msg == "" {
			msg = "is not a parameter of this route"
		}
		qr.fe.Add(name, msg)
	}
	return qr.fe.Err()
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// orList is "a, b or c".
func orList(vs []string) string {
	if len(vs) == 1 {
		return vs[0]
	}
	return strings.Join(vs[:len(vs)-1], ", ") + " or " + vs[len(vs)-1]
}
