// Package hn reads a Hacker News "Who is hiring?" thread, as the Algolia HN API
// serves it, into posting drafts: one per top-level comment.
package hn

import (
	"encoding/json"
	"fmt"
	"html"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// item is a node of the Algolia items tree (/api/v1/items/{id}).
type item struct {
	ID        json.RawMessage    `json:"id"`
	Type      string             `json:"type"`
	Author    *string            `json:"author"`
	Title     string             `json:"title"`
	Text      *string            `json:"text"`
	Dead      bool               `json:"dead"` // the HN API's marks, kept by some copies of the tree
	Deleted   bool               `json:"deleted"`
	CreatedAt string             `json:"created_at"`
	ParentID  json.RawMessage    `json:"parent_id"`
	StoryID   json.RawMessage    `json:"story_id"`
	Children  *[]json.RawMessage `json:"children"`
}

// search is the Algolia search answer (/api/v1/search_by_date?tags=comment,story_N),
// possibly reduced to these fields by whoever saved it.
type search struct {
	StoryID json.RawMessage `json:"story_id"`
	Hits    *[]struct {
		ObjectID    string          `json:"objectID"`
		Author      *string         `json:"author"`
		CommentText *string         `json:"comment_text"`
		CreatedAt   string          `json:"created_at"`
		ParentID    json.RawMessage `json:"parent_id"`
		StoryID     json.RawMessage `json:"story_id"`
	} `json:"hits"`
}

// Parse reads an Algolia items tree of a story, or an Algolia search answer of
// its comments. Only top-level comments are postings; deleted and empty ones
// are skipped. A child that does not decode is an ItemError.
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	var probe map[string]json.RawMessage
	if err := json.Unmarshal(body, &probe); err != nil {
		return nil, nil, fmt.Errorf("hn: decode body: %w", err)
	}
	if _, ok := probe["hits"]; ok {
		return parseSearch(body)
	}
	if _, ok := probe["children"]; ok {
		return parseTree(body)
	}
	return nil, nil, posting.Shape("hn", "body is neither an items tree nor a search answer")
}

func parseTree(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	var story item
	if err := json.Unmarshal(body, &story); err != nil {
		return nil, nil, fmt.Errorf("hn: decode story: %w", err)
	}
	var drafts []posting.Draft
	var errs []posting.ItemError
	for i, raw := range *story.Children {
		var c item
		if err := json.Unmarshal(raw, &c); err != nil {
			errs = append(errs, posting.ItemError{Index: i, Err: "hn: decode comment: " + err.Error()})
			continue
		}
		if c.Type != "" && c.Type != "comment" || c.Dead || c.Deleted {
			continue
		}
		if d, ok := fromComment(boardutil.RawString(c.ID), c.Author, c.Text, c.CreatedAt); ok {
			drafts = append(drafts, d)
		}
	}
	return drafts, errs, nil
}

func parseSearch(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	var s search
	if err := json.Unmarshal(body, &s); err != nil {
		return nil, nil, fmt.Errorf("hn: decode search answer: %w", err)
	}
	if s.Hits == nil {
		return nil, nil, posting.Shape("hn", "search answer has no hits")
	}
	var drafts []posting.Draft
	for _, h := range *s.Hits {
		story := boardutil.RawString(h.StoryID)
		if story == "" {
			story = boardutil.RawString(s.StoryID)
		}
		if parent := boardutil.RawString(h.ParentID); parent != "" && story != "" && parent != story {
			continue // a reply, not a posting
		}
		if d, ok := fromComment(h.ObjectID, h.Author, h.CommentText, h.CreatedAt); ok {
			drafts = append(drafts, d)
		}
	}
	return drafts, nil, nil
}

func fromComment(id string, author, text *string, created string) (posting.Draft, bool) {
	if id == "" || author == nil || text == nil || strings.TrimSpace(*text) == "" {
		return posting.Draft{}, false // deleted or empty
	}
	lines := leadLines(*text, 2)
	if lines[0] == "" || removedMark(lines[0]) {
		return posting.Draft{}, false // blank markup, or a comment HN took down
	}
	h := parseHeader(lines[0])
	if (h.title == "" || h.guessed) && len(lines) > 1 {
		h.addRoleLine(lines[1]) // "Company" alone, or "Company | Place", with the roles below
	}
	d := posting.Draft{
		ExternalID:      id,
		Title:           h.title,
		Company:         h.company,
		DescriptionHTML: *text,
		WorkplaceType:   h.workplace,
		Remote:          h.remote,
		EmploymentType:  h.employment,
		SalaryText:      h.salary,
		PostedRaw:       created,
		URL:             "https://news.ycombinator.com/item?id=" + id,
		Extra:           map[string]string{"author": *author},
	}
	if h.location != "" {
		d.Locations = []string{h.location}
	}
	if h.extra != "" {
		d.Extra["header_extra"] = h.extra
	}
	if h.visa != "" {
		d.Extra["visa"] = h.visa
	}
	return d, true
}

// removedMark reports whether a comment's first line is the mark HN leaves in place of a
// comment it took down: "[dead]", "[flagged]" or "[deleted]".
func removedMark(line string) bool {
	for _, m := range []string{"[dead]", "[flagged]", "[deleted]"} {
		if len(line) >= len(m) && strings.EqualFold(line[:len(m)], m) {
			return true
		}
	}
	return false
}

// leadLines returns the comment's first n non-empty lines, each ending at a paragraph or line
// break, with tags removed and entities decoded; there is always at least one, maybe empty.
func leadLines(s string, n int) []string {
	var out []string
	for len(out) < n && s != "" {
		cut, next := len(s), len(s)
		for _, sep := range []string{"<p>", "<p ", "\n", "<br", "</p>"} {
			if i := strings.Index(s, sep); i >= 0 && i < cut {
				cut, next = i, i+len(sep)
				if sep != "\n" && sep != "<p>" && sep != "</p>" {
					if j := strings.IndexByte(s[i:], '>'); j >= 0 {
						next = i + j + 1
					}
				}
			}
		}
		if line := strings.TrimSpace(html.UnescapeString(stripTags(s[:cut]))); line != "" {
			out = append(out, line)
		}
		s = s[next:]
	}
	if len(out) == 0 {
		out = append(out, "")
	}
	return out
}

func stripTags(s string) string {
	var b strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '<':
			in = true
		case r == '>' && in:
			in = false
		case !in:
			b.WriteRune(r)
		}
	}
	return b.String()
}
