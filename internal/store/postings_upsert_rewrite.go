package store

import (
	"slices"
	"strings"
)

// The two statements that change a known posting: a rewrite from a changed link, and the merge of a new
// link into it. Which stored values survive is decided per column by a boolean argument, so both stay
// one prepared statement each.

// contentCols are the content columns of appendPostingArgs, in its order.
var contentCols = postingInsertCols[1:30]

// The columns that go together: a listing without a description text keeps the stored description and its
// SimHash (boards whose lists omit it, or a capped detail fetch, must not erase it), and a salary is kept
// or replaced whole.
var (
	descriptionCols = []string{"description_html", "description_text", "simhash"}
	salaryCols      = []string{"salary_min", "salary_max", "salary_currency", "salary_period", "salary_annual_min",
		"salary_annual_max", "salary_source", "salary_raw"}
)

// updatePostingSQL rewrites a posting from a changed link's listing, with the merged places; a guarded
// column is kept when its argument before the value is true (see rewriteArgs).
var updatePostingSQL = func() string {
	var b strings.Builder
	b.WriteString("UPDATE postings SET ")
	for i, col := range contentCols {
		if i > 0 {
			b.WriteString(", ")
		}
		if rewriteGuard(col) != nil {
			b.WriteString(col + " = CASE WHEN CAST(? AS BOOLEAN) THEN " + col + " ELSE ? END")
		} else {
			b.WriteString(col + " = ?")
		}
	}
	b.WriteString(", listed_at = COALESCE(?, first_seen_at), last_seen_at = ?, closed_at = NULL, modified_at = ? WHERE id = ?")
	return b.String()
}()

// rewriteGuard returns, for a guarded column, whether a rewrite from it keeps the stored value; nil for
// a column the rewrite always sets. With another open link, what this one leaves unknown (a salary with
// no bound, no department or employment type) may still be true of the job: the stored value stays.
func rewriteGuard(col string) func(u postingUpdate) bool {
	switch {
	case slices.Contains(descriptionCols, col):
		return func(u postingUpdate) bool { return u.item.Posting.DescriptionText == "" }
	case slices.Contains(salaryCols, col):
		return func(u postingUpdate) bool { return u.others && !u.item.Posting.Salary.Known() }
	case col == "department":
		return func(u postingUpdate) bool { return u.others && u.item.Posting.Department == "" }
	case col == "employment_type":
		return func(u postingUpdate) bool { return u.others && u.item.Posting.EmploymentType == "" }
	}
	return nil
}

var rewriteGuards = func() []func(postingUpdate) bool {
	g := make([]func(postingUpdate) bool, len(contentCols))
	for i, col := range contentCols {
		g[i] = rewriteGuard(col)
	}
	return g
}()

// rewriteArgs are updatePostingSQL's content arguments: appendPostingArgs's, each guarded one after its guard.
func rewriteArgs(u postingUpdate, w whereJSON) []any {
	a := appendPostingArgs(make([]any, 0, len(contentCols)), u.item, w)
	out := make([]any, 0, len(a)+16)
	for i, v := range a {
		if g := rewriteGuards[i]; g != nil {
			out = append(out, g(u))
		}
		out = append(out, v)
	}
	return out
}

// fillGroups are what a new link may fill in: each group of columns is set from the link's listing when the
// posting's stored value is unknown (cond) and the listing states one.
var fillGroups = []struct {
	cols   []string
	cond   string
	offers func(it IngestItem) bool
}{
	{descriptionCols, "description_text = ''", func(it IngestItem) bool { return it.Posting.DescriptionText != "" }},
	{[]string{"department"}, "department = ''", func(it IngestItem) bool { return it.Posting.Department != "" }},
	{[]string{"employment_type"}, "employment_type = ''", func(it IngestItem) bool { return it.Posting.EmploymentType != "" }},
	{salaryCols, "salary_min IS NULL AND salary_max IS NULL", func(it IngestItem) bool { return it.Posting.Salary.Known() }},
}

// linkPostingSQL merges a new link into a known posting: the merged places, the fields the posting does
// not know yet from the link's listing, and modified_at only when something changed (the first argument
// says whether the places did; the statement sees whether a fill does).
var linkPostingSQL = func() string {
	var set, changed strings.Builder
	set.WriteString("UPDATE postings SET locations = ?, work_mode = ?, remote_regions = ?")
	changed.WriteString("CAST(? AS BOOLEAN)")
	for _, g := range fillGroups {
		for _, col := range g.cols {
			set.WriteString(", " + col + " = CASE WHEN " + g.cond + " AND CAST(? AS BOOLEAN) THEN ? ELSE " + col + " END")
		}
		changed.WriteString(" OR (" + g.cond + " AND CAST(? AS BOOLEAN))")
	}
	return set.String() + ", modified_at = CASE WHEN " + changed.String() + " THEN ? ELSE modified_at END WHERE id = ?"
}()

// linkArgs are linkPostingSQL's arguments before modified_at's value and the id.
func linkArgs(it IngestItem, w whereJSON, placesChanged bool) []any {
	a := appendPostingArgs(make([]any, 0, len(contentCols)), it, w)
	out := append(make([]any, 0, 48), w.locations, w.workMode, w.regions)
	changed := []any{placesChanged}
	for _, g := range fillGroups {
		offers := g.offers(it)
		for _, col := range g.cols {
			out = append(out, offers, a[slices.Index(contentCols, col)])
		}
		changed = append(changed, offers)
	}
	return append(out, changed...)
}

// offersFill reports whether a new link's listing states something a posting may not know yet.
func offersFill(it IngestItem) bool {
	for _, g := range fillGroups {
		if g.offers(it) {
			return true
		}
	}
	return false
}
