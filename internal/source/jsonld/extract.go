// Package jsonld reads schema.org JobPosting objects from the JSON-LD scripts of an HTML page into posting drafts.
package jsonld

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// scripts returns the text of every <script type="application/ld+json"> in the page, and the href
// of its first <base>.
func scripts(page []byte) (out []string, base string) {
	z := xhtml.NewTokenizer(bytes.NewReader(page))
	baseSeen := false
	inLD := false
	var buf strings.Builder
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return out, base
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			t := z.Token()
			if t.DataAtom == atom.Script && isLDType(t.Attr) {
				inLD = true
				buf.Reset()
			}
			if t.DataAtom == atom.Base && !baseSeen {
				for _, a := range t.Attr {
					if strings.EqualFold(a.Key, "href") {
						base, baseSeen = a.Val, true
					}
				}
			}
		case xhtml.TextToken:
			if inLD {
				buf.Write(z.Text())
			}
		case xhtml.EndTagToken:
			if inLD {
				if name, _ := z.TagName(); string(name) == "script" {
					out = append(out, buf.String())
					inLD = false
				}
			}
		}
	}
}

func isLDType(attrs []xhtml.Attribute) bool {
	for _, a := range attrs {
		if strings.EqualFold(a.Key, "type") {
			v := strings.ToLower(strings.TrimSpace(a.Val))
			if i := strings.IndexByte(v, ';'); i >= 0 {
				v = strings.TrimSpace(v[:i])
			}
			return v == "application/ld+json"
		}
	}
	return false
}

// decode reads one script's JSON, repairing what pages commonly get wrong:
// CDATA or comment wrappers, HTML-escaped JSON, trailing commas, JavaScript
// comments and raw control characters inside strings. Anything else (single
// quotes, unquoted keys, a cut-off script) is an error naming where the
// original text breaks.
func decode(text string) (any, error) {
	s := strings.TrimSpace(text)
	s = strings.TrimPrefix(s, "//<![CDATA[")
	s = strings.TrimPrefix(s, "<![CDATA[")
	s = strings.TrimSuffix(s, "//]]>")
	s = strings.TrimSuffix(s, "]]>")
	s = strings.TrimPrefix(strings.TrimSpace(s), "<!--")
	s = strings.TrimSuffix(strings.TrimSpace(s), "-->")
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, errors.New("jsonld: empty script")
	}
	var v any
	err := json.Unmarshal([]byte(s), &v)
	if err == nil {
		return v, nil
	}
	if strings.Contains(s, "&quot;") || strings.Contains(s, "&#34;") {
		s = html.UnescapeString(s)
	}
	if err2 := json.Unmarshal([]byte(repair(s)), &v); err2 == nil {
		return v, nil
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return nil, fmt.Errorf("jsonld: decode script at byte %d: %w", se.Offset, err)
	}
	return nil, fmt.Errorf("jsonld: decode script: %w", err)
}

// repair drops commas before a closing bracket and // or /* */ comments, and
// escapes raw control characters inside strings, walking the text once and
// tracking strings. An unclosed /* comment runs to the end of the text, so the
// decode that follows fails.
func repair(s string) string {
	var b strings.Builder
	inStr, esc := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !inStr && c == '/' && i+1 < len(s) && (s[i+1] == '/' || s[i+1] == '*') {
			if s[i+1] == '/' {
				j := strings.IndexByte(s[i:], '\n')
				if j < 0 {
					break
				}
				i += j - 1 // the newline is kept
			} else {
				j := strings.Index(s[i+2:], "*/")
				if j < 0 {
					break
				}
				i += j + 3
			}
			continue
		}
		if inStr {
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
			case c == '\n':
				b.WriteString(`\n`)
				continue
			case c == '\r':
				b.WriteString(`\r`)
				continue
			case c == '\t':
				b.WriteString(`\t`)
				continue
			case c < 0x20:
				continue
			}
			b.WriteByte(c)
			continue
		}
		if c == '"' {
			inStr = true
		}
		if c == ',' {
			j := i + 1
			for j < len(s) && strings.IndexByte(" \t\r\n", s[j]) >= 0 {
				j++
			}
			if j < len(s) && (s[j] == '}' || s[j] == ']') {
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// postings collects every JobPosting object in a decoded JSON-LD value: at the
// top, in arrays, in @graph, or nested under other nodes (ItemList, WebPage).
func postings(v any, out *[]map[string]any) {
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			postings(e, out)
		}
	case map[string]any:
		if isJobPosting(t["@type"]) {
			*out = append(*out, t)
			return
		}
		for _, e := range t {
			postings(e, out)
		}
	}
}

func isJobPosting(t any) bool {
	switch v := t.(type) {
	case string:
		v = v[strings.LastIndexAny(v, "/:#")+1:]
		return v == "JobPosting"
	case []any:
		for _, e := range v {
			if isJobPosting(e) {
				return true
			}
		}
	}
	return false
}
