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

// The columns of the description and of the salary, each kept or replaced together.
var (
	descriptionCols = []string{"description_html", "description_text", "simhash"}
	salaryCols      = []string{"salary_min", "salary_max", "salary_currency", "salary_period", "salary_annual_min",
		"salary_annual_max", "salary_source", "salary_raw"}
)

// fieldGroups are the fields a listing may leave unknown, each a group of columns kept or replaced whole.
// A rewrite from a listing that does not state one keeps the stored value when the group is keepAlways
// (a description: boards whose lists omit it, or a capped detail fetch, must not erase it) or when the
// posting has another open link (whose listing may still state it); a new link sets it when the stored
// value is unknown (lacks, an SQL condition that reads no description text) and the listing states one.
var fieldGroups = []fieldGroup{
	{descriptionCols, "octet_length(p.description_text) = 0", true, func(it IngestItem) bool { return it.Posting.DescriptionText != "" }},
	{[]string{"department"}, "p.department = ''", false, func(it IngestItem) bool { return it.Posting.Department != "" }},
	{[]string{"employment_type"}, "p.employment_type = ''", false, func(it IngestItem) bool { return it.Posting.EmploymentType != "" }},
	{salaryCols, "p.salary_min IS NULL AND p.salary_max IS NULL", false, func(it IngestItem) bool { return it.Posting.Salary.Known() }},
}

// fieldGroup is one field a listing may leave unknown: its columns, the SQL condition under which a stored
// posting lacks it, whether a rewrite always keeps it, and whether a listing states it.
type fieldGroup struct {
	cols       []string
	lacks      string
	keepAlways bool
	offers     func(it IngestItem) bool
}

// descriptionField is the bit of the description's group (the first).
const descriptionField uint8 = 1

// allFields is the set of every field group, one bit each.
var allFields = uint8(1)<<len(fieldGroups) - 1

// lacksCols reads, as one boolean column per field group, which fields a stored posting leaves unknown.
var lacksCols = func() string {
	var b strings.Builder
	for _, g := range fieldGroups {
		b.WriteString(", " + g.lacks)
	}
	return b.String()
}()

// fieldBits is the set of field groups for which f holds, one bit per group.
func fieldBits(f func(i int) bool) uint8 {
	var bits uint8
	for i := range fieldGroups {
		if f(i) {
			bits |= 1 << i
		}
	}
	return bits
}

// offered is the set of field groups a listing states.
func offered(it IngestItem) uint8 {
	return fieldBits(func(i int) bool { return fieldGroups[i].offers(it) })
}

// keptByRewrite is the set of field groups whose stored values a rewrite from u keeps.
func keptByRewrite(u postingUpdate) uint8 {
	return fieldBits(func(i int) bool {
		g := fieldGroups[i]
		return !g.offers(u.item) && (g.keepAlways || u.others)
	})
}

// lacksAfterRewrite is what a posting leaves unknown after a rewrite from u, given what it lacked before.
func lacksAfterRewrite(before uint8, u postingUpdate) uint8 {
	kept := keptByRewrite(u)
	return kept&before | allFields&^kept&^offered(u.item)
}

// updatePostingSQL rewrites a posting from a changed link's listing, with the merged places; a column of a
// field group is kept when its argument before the value is true (see rewriteArgs).
var updatePostingSQL = func() string {
	var b strings.Builder
	b.WriteString("UPDATE postings SET ")
	for i, col := range contentCols {
		if i > 0 {
			b.WriteString(", ")
		}
		if groupOf(col) >= 0 {
			b.WriteString(col + " = CASE WHEN CAST(? AS BOOLEAN) THEN " + col + " ELSE ? END")
		} else {
			b.WriteString(col + " = ?")
		}
	}
	b.WriteString(", listed_at = COALESCE(?, listed_at), last_seen_at = ?, closed_at = NULL, modified_at = ? WHERE id = ?")
	return b.String()
}()

// groupOf is the index of the field group a content column belongs to, or -1.
func groupOf(col string) int {
	return slices.IndexFunc(fieldGroups, func(g fieldGroup) bool { return slices.Contains(g.cols, col) })
}

// contentGroups is groupOf of each content column.
var contentGroups = func() []int {
	g := make([]int, len(contentCols))
	for i, col := range contentCols {
		g[i] = groupOf(col)
	}
	return g
}()

// rewriteArgs are updatePostingSQL's content arguments: appendPostingArgs's, each of a field group after
// whether the rewrite keeps the stored value.
func rewriteArgs(u postingUpdate, w whereJSON) []any {
	a := appendPostingArgs(make([]any, 0, len(contentCols)), u.item, w)
	kept := keptByRewrite(u)
	out := make([]any, 0, len(a)+16)
	for i, v := range a {
		if g := contentGroups[i]; g >= 0 {
			out = append(out, kept&(1<<g) != 0)
		}
		out = append(out, v)
	}
	return out
}

// linkPostingSQL merges a new link into a known posting: the merged places and the fields the posting does
// not know yet from the link's listing. It always sets modified_at: a new source of the posting is a change
// the match index shows.
var linkPostingSQL = func() string {
	var set strings.Builder
	set.WriteString("UPDATE postings AS p SET locations = ?, work_mode = ?, remote_regions = ?")
	for _, g := range fieldGroups {
		for _, col := range g.cols {
			set.WriteString(", " + col + " = CASE WHEN " + g.lacks + " AND CAST(? AS BOOLEAN) THEN ? ELSE p." + col + " END")
		}
	}
	return set.String() + ", modified_at = ? WHERE p.id = ?"
}()

// linkArgs are linkPostingSQL's arguments before modified_at's value and the id.
func linkArgs(it IngestItem, w whereJSON) []any {
	a := appendPostingArgs(make([]any, 0, len(contentCols)), it, w)
	out := append(make([]any, 0, 48), w.locations, w.workMode, w.regions)
	for _, g := range fieldGroups {
		offers := g.offers(it)
		for _, col := range g.cols {
			out = append(out, offers, a[slices.Index(contentCols, col)])
		}
	}
	return out
}
