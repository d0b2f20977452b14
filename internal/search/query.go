package search

import (
	"strings"

	"github.com/career-copilot/copilot/internal/search/analyze"
)

// parsed is a search string split into what documents must, and must not, contain.
type parsed struct {
	// groups are the required words and phrases, each as its analysed terms; every group must match.
	groups [][]string
	// phrases are the groups written in quotes (matched as all their terms, and contiguously in titles for a bonus).
	phrases [][]string
	// not are excluded words and phrases: a document containing all terms of one is dropped.
	not [][]string
	// unsearchable is set when the text had words but none that can be searched (only stop words,
	// punctuation or over-long tokens): such a query matches nothing rather than everything.
	unsearchable bool
}

// maxGroups bounds a query; terms past it are ignored.
const maxGroups = 32

// parseQuery reads words, "quoted phrases" and -exclusions (-word, -"a phrase").
// A run of plain words is analysed as one text, as a document is, so a two-word form the
// analyser joins ("site reliability" → sre) is one term in the query too.
func parseQuery(q string) parsed {
	var p parsed
	text := q
	var run []string // plain words not yet analysed
	flush := func() {
		if len(run) == 0 {
			return
		}
		for _, t := range analyze.Terms(strings.Join(run, " ")) {
			if len(p.groups) < maxGroups {
				p.groups = append(p.groups, []string{t})
			}
		}
		run = run[:0]
	}
	for len(q) > 0 {
		q = strings.TrimLeft(q, " \t\r\n")
		if q == "" {
			break
		}
		neg := false
		if q[0] == '-' && len(q) > 1 && q[1] != ' ' {
			neg, q = true, q[1:]
		}
		var raw string
		quoted := false
		if q[0] == '"' {
			end := strings.IndexByte(q[1:], '"')
			if end < 0 {
				raw, q = q[1:], ""
			} else {
				raw, q = q[1:1+end], q[end+2:]
			}
			quoted = true
		} else {
			end := strings.IndexAny(q, " \t\r\n")
			if end < 0 {
				end = len(q)
			}
			raw, q = q[:end], q[end:]
		}
		if !neg && !quoted {
			run = append(run, raw)
			continue
		}
		flush()
		terms := analyze.Terms(raw)
		if len(terms) == 0 {
			continue
		}
		switch {
		case neg:
			p.not = append(p.not, terms)
		case quoted:
			if len(p.groups) < maxGroups {
				p.groups = append(p.groups, terms)
				p.phrases = append(p.phrases, terms)
			}
		}
	}
	flush()
	p.unsearchable = strings.TrimSpace(text) != "" && len(p.groups) == 0 && len(p.not) == 0
	return p
}

func (p parsed) empty() bool { return len(p.groups) == 0 }
