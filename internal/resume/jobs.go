package resume

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	headerSplitRx = regexp.MustCompile(`\t|\s+[|•·—–@]\s+|\s+-\s+|\s+at\s+`)
	sentenceRx    = regexp.MustCompile(`([.!?])\s+(\p{Lu})`)
	leftoverRx    = regexp.MustCompile(`^[\s,|•·—–\-:;()\[\]]+|[\s,|•·—–\-:;()\[\]]+$`)
	corpSuffixRx  = regexp.MustCompile(`(?i)^(inc|llc|ltd|gmbh|corp|co|plc|s\.a|ag|bv|pty)\.?$`)
)

// anchor is a line in a section that carries an entry's dates.
type anchor struct {
	line int
	r    dateRange
}

// findAnchors returns the non-bullet lines of [start,end) holding a date range or a lone date at an edge.
func findAnchors(lines []string, start, end int) []anchor {
	var out []anchor
	for i := start; i < end; i++ {
		l := lines[i]
		if l == "" || isBullet(l) {
			continue
		}
		r, ok := findRange(l)
		if !ok {
			continue
		}
		if r.start == r.end && !r.current && !atEdge(l, r.loc) {
			continue
		}
		out = append(out, anchor{i, r})
	}
	return out
}

// atEdge reports whether a span sits at a line's start or end, or next to a tab.
func atEdge(l string, loc [2]int) bool {
	before := strings.TrimRight(l[:loc[0]], " ([")
	after := strings.TrimLeft(l[loc[1]:], " )].,")
	return before == "" || after == "" || strings.HasSuffix(before, "\t") || strings.HasPrefix(after, "\t")
}

// headerLine is a short, non-bullet line that can name a title or company.
func headerLine(l string) bool {
	if l == "" || isBullet(l) || strings.HasSuffix(l, ".") {
		return false
	}
	return len(strings.Fields(l)) <= 12
}

// parseJobs reads the entries of an experience section.
func parseJobs(lines []string, start, end int) []Job {
	anchors := findAnchors(lines, start, end)
	type bounds struct{ head, body int }
	bs := make([]bounds, len(anchors))
	prev := start - 1
	for i, a := range anchors {
		h := a.line
		for k := 0; k < 2 && h-1 > prev && headerLine(lines[h-1]); k++ {
			h--
		}
		bs[i] = bounds{head: h, body: a.line + 1}
		prev = a.line
	}
	var jobs []Job
	for i, a := range anchors {
		next := end
		if i+1 < len(anchors) {
			next = bs[i+1].head
		}
		var pieces []string
		for j := bs[i].head; j < a.line; j++ {
			pieces = append(pieces, lines[j])
		}
		rest := cleanLeftover(lines[a.line][:a.r.loc[0]] + "\t" + lines[a.line][a.r.loc[1]:])
		if rest != "" {
			pieces = append(pieces, rest)
		}
		body := bs[i].body
		// Dates first, title and company on the following lines.
		if len(pieces) == 0 {
			for k := 0; k < 2 && body < next && headerLine(lines[body]); k++ {
				pieces = append(pieces, lines[body])
				body++
			}
		}
		job := Job{LineStart: bs[i].head, Start: a.r.start.String(), Current: a.r.current}
		if !a.r.current {
			job.End = a.r.end.String()
		}
		job.Title, job.Company, job.Location = splitHeader(pieces)
		job.Bullets = collectBullets(lines[body:next])
		jobs = append(jobs, job)
	}
	return jobs
}

func cleanLeftover(s string) string {
	parts := strings.Split(s, "\t")
	var keep []string
	for _, p := range parts {
		if p = leftoverRx.ReplaceAllString(strings.TrimSpace(p), ""); p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, "\t")
}

// splitHeader assigns header pieces to title, company and location.
func splitHeader(lines []string) (title, company, location string) {
	var pieces []string
	for _, l := range lines {
		parts := headerSplitRx.Split(l, -1)
		if len(parts) == 1 {
			parts = commaPieces(l)
		}
		for _, p := range parts {
			if p = trimPiece(p); p != "" {
				pieces = append(pieces, p)
			}
		}
	}
	var rest []string
	for _, p := range pieces {
		switch {
		case title == "" && hasTitleWord(p):
			title = p
		case location == "" && (locationOf(p) != "" && !corpSuffixRx.MatchString(lastComma(p)) || isPlace(p)) && company != "":
			location = p
		case company == "":
			company = p
		default:
			rest = append(rest, p)
		}
	}
	if location == "" && len(rest) > 0 {
		location = strings.Join(rest, ", ")
	} else if len(rest) > 0 {
		location += ", " + strings.Join(rest, ", ")
	}
	if title == "" && company != "" && location == "" && len(pieces) == 1 {
		title, company = "", pieces[0]
	}
	return title, company, location
}

// commaPieces splits "Title, Company, Inc., City, ST" into title, company and one location piece.
func commaPieces(l string) []string {
	raw := strings.Split(l, ",")
	var parts []string
	for _, p := range raw {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if n := len(parts); n > 0 && corpSuffixRx.MatchString(p) {
			parts[n-1] += ", " + p
			continue
		}
		parts = append(parts, p)
	}
	if len(parts) <= 2 {
		return parts
	}
	// The first piece with a title word, the next as company, everything after is the place.
	if hasTitleWord(parts[0]) || hasTitleWord(parts[1]) {
		return []string{parts[0], parts[1], strings.Join(parts[2:], ", ")}
	}
	return parts
}

// isPlace spots a work-mode word or a short "City, ST" piece.
func isPlace(p string) bool {
	switch strings.ToLower(p) {
	case "remote", "hybrid", "on-site", "onsite":
		return true
	}
	return false
}

// collectBullets turns an entry's body into bullets: bullet lines absorb their
// wrapped continuations; prose paragraphs split into sentences.
func collectBullets(body []string) []string {
	var out []string
	var prose []string
	flushProse := func() {
		if len(prose) == 0 {
			return
		}
		para := strings.Join(prose, " ")
		para = sentenceRx.ReplaceAllString(para, "$1\n$2")
		for _, s := range strings.Split(para, "\n") {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
		prose = nil
	}
	inBullet := false
	for _, l := range body {
		l = strings.ReplaceAll(l, "\t", " ")
		switch {
		case l == "":
			flushProse()
			inBullet = false
		case isBullet(l):
			flushProse()
			out = append(out, strings.TrimSpace(l[len("• "):]))
			inBullet = true
		case inBullet && continues(out[len(out)-1], l):
			out[len(out)-1] += " " + l
		default:
			inBullet = false
			prose = append(prose, l)
		}
	}
	flushProse()
	return out
}

// continues reports whether a line is the wrapped tail of the previous bullet.
func continues(prev, l string) bool {
	r := []rune(l)
	if len(r) > 0 && (unicode.IsLower(r[0]) || unicode.IsDigit(r[0]) || r[0] == '(') {
		return true
	}
	return !strings.HasSuffix(prev, ".") && len(strings.Fields(l)) <= 4
}

func lastComma(p string) string {
	i := strings.LastIndex(p, ",")
	return strings.TrimSpace(p[i+1:])
}

// trimPiece strips separators around a header piece, keeping a closing
// parenthesis that belongs to it ("Software Engineer (Front-End)").
func trimPiece(p string) string {
	p = leftoverRx.ReplaceAllString(strings.TrimSpace(p), "")
	if open := strings.Count(p, "(") - strings.Count(p, ")"); open > 0 {
		p += strings.Repeat(")", open)
	}
	return p
}
