package file

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
)

// Kinds Detect returns besides the board kinds ("greenhouse", "remotive", ...).
const (
	KindCSV  = "csv"  // our CSV format, read by ParseCSV
	KindJSON = "json" // our JSON format, read by ParseJSON
)

// Detect says which parser a file needs, from its content first and its name
// second: a board kind (greenhouse, lever, ashby, smartrecruiters, recruitee,
// workable, workday, teamtailor, breezy, comeet, personio, successfactors,
// remoteok, remotive, arbeitnow, jobicy, himalayas, themuse, workingnomads, hn),
// "jsonresume" for a JSON Resume job, "rss" for RSS/Atom, "jsonld" for HTML or
// text with JSON-LD scripts, KindCSV or KindJSON; "" when unknown (Explain says why).
func Detect(name string, body []byte) string {
	b, _ := trimBody(body)
	if len(b) == 0 {
		return ""
	}
	ext := strings.ToLower(filepath.Ext(name))
	switch b[0] {
	case '[', '{':
		var v any
		if json.Unmarshal(b, &v) == nil {
			return detectJSON(v)
		}
		if ext != ".csv" && ext != ".tsv" {
			return "" // broken JSON: no other format starts this way
		}
	case '<':
		return detectMarkup(b)
	}
	switch ext {
	case ".csv", ".tsv":
		return KindCSV
	case ".html", ".htm":
		return "jsonld"
	case ".rss", ".atom", ".xml":
		return "rss"
	}
	if ldScript.Match(b) && bytes.Contains(b, []byte(`"@type"`)) {
		return "jsonld" // text holding JSON-LD scripts, such as saved examples
	}
	first, rest, _ := bytes.Cut(b, []byte("\n"))
	if l := bytes.TrimRight(first, "\r"); len(l) == 5 && bytes.EqualFold(l[:4], []byte("sep=")) {
		first, _, _ = bytes.Cut(rest, []byte("\n")) // Excel's delimiter line comes before the header
	}
	if bytes.Contains(bytes.ToLower(first), []byte("title")) && bytes.ContainsAny(first, ",;\t") {
		return KindCSV
	}
	return ""
}

// ldScript is the start of a JSON-LD script element.
var ldScript = regexp.MustCompile(`(?i)<script[^>]*application/ld\+json`)

func detectMarkup(b []byte) string {
	head := strings.ToLower(string(b[:min(len(b), 2048)]))
	switch {
	case strings.Contains(head, "<rss") || strings.Contains(head, "<rdf:rdf") || strings.Contains(head, "<feed"):
		return "rss"
	case strings.Contains(head, "<workzag-jobs"):
		return "personio"
	case strings.Contains(head, "<job-listing"):
		return "successfactors"
	}
	if bytes.Contains(bytes.ToLower(b), []byte("application/ld+json")) {
		return "jsonld"
	}
	return ""
}

func detectJSON(v any) string {
	switch t := v.(type) {
	case []any:
		return detectArray(t)
	case map[string]any:
		return detectObject(t)
	}
	return ""
}

// detectArray tells apart the boards that answer with a bare array.
func detectArray(a []any) string {
	for _, e := range a {
		m, ok := e.(map[string]any)
		if !ok {
			continue
		}
		switch {
		case has(m, "legal") && !has(m, "id"):
			continue // RemoteOK's leading notice: look at the next element
		case has(m, "position", "epoch") || has(m, "position", "slug", "apply_url"):
			return "remoteok"
		case has(m, "hostedUrl") || has(m, "categories", "text", "createdAt"):
			return "lever"
		case has(m, "title", "postings") && (isArrayOf(m["postings"], "hostedUrl") || isArrayOf(m["postings"], "categories", "text")):
			return "lever" // an answer grouped by team
		case has(m, "friendly_id") || has(m, "published_date", "type", "location") && has(m, "company"):
			return "breezy"
		case has(m, "url_comeet_hosted_page") || has(m, "position_uid"):
			return "comeet"
		case has(m, "category_name", "pub_date"):
			return "workingnomads"
		case has(m, "title"):
			return KindJSON
		}
		return ""
	}
	return ""
}

// detectObject tells apart the boards that answer with an object, and bundles of such answers.
func detectObject(m map[string]any) string {
	if k := directObject(m); k != "" {
		return k
	}
	return bundleKind(m)
}

// directObject tells apart the boards that answer with an object.
func directObject(m map[string]any) string {
	if jobs, ok := m["jobs"].([]any); ok {
		first := firstObject(jobs)
		switch {
		case has(first, "candidate_required_location"):
			return "remotive"
		case has(first, "jobTitle") || has(first, "jobGeo"):
			return "jobicy"
		case has(first, "applicationLink") || has(first, "companySlug", "guid"):
			return "himalayas"
		case has(first, "refs") && has(first, "publication_date"):
			return "themuse"
		case has(first, "absolute_url") || has(first, "internal_job_id"):
			return "greenhouse"
		case has(first, "jobUrl") || has(first, "applyUrl") || has(first, "isListed"):
			return "ashby"
		case has(first, "shortcode"):
			return "workable"
		case has(first, "content", "title") && has(first, "updated_at"):
			return "greenhouse"
		case first == nil && has(m, "apiVersion"):
			return "ashby"
		case first == nil:
			return ""
		}
		if has(first, "title") {
			return KindJSON
		}
		return ""
	}
	switch {
	case has(m, "$schema", "properties"):
		return "" // a JSON Schema document describes postings but holds none
	case has(m, "title") && (has(m, "responsibilities") || has(m, "qualifications")):
		return "jsonresume"
	case isObjectWith(m["jobAd"], "sections"):
		return "smartrecruiters" // one posting's detail
	case isArrayOf(m["data"], "type", "attributes"):
		return "teamtailor" // a JSON:API page of the Teamtailor API
	case has(m, "hostedUrl") || has(m, "categories", "text", "createdAt"):
		return "lever" // one posting
	case has(m, "shortcode", "title") || isArrayOf(m["results"], "shortcode"):
		return "workable" // one job, or a page of the apply site's search
	case isObjectWith(m["offer"], "title"):
		return "recruitee" // one offer
	case has(m, "data") && has(m, "links") || isArrayOf(m["data"], "slug", "company_name"):
		return "arbeitnow"
	case isArrayOf(m["results"], "refs") || has(m, "results", "page_count"):
		return "themuse"
	case has(m, "hits") && (has(m, "story_id") || isArrayOf(m["hits"], "comment_text")):
		return "hn"
	case has(m, "children") && (m["type"] == "story" || has(m, "story_id")):
		return "hn"
	case has(m, "content", "totalFound"):
		return "smartrecruiters"
	case has(m, "offers"):
		return "recruitee"
	case has(m, "jobPostings"):
		return "workday"
	case has(m, "items") && strings.Contains(str(m["version"]), "jsonfeed"):
		return "teamtailor"
	case has(m, "offices") || has(m, "departments"):
		return "greenhouse"
	case has(m, "absolute_url"):
		return "greenhouse"
	case has(m, "title"):
		return KindJSON
	}
	return ""
}

// bundleKind names the board of an object that only bundles several answers of one board under
// names of its own ({"list": {...}, "with_content": {...}}); keys starting with "_" are notes.
func bundleKind(m map[string]any) string {
	kind := ""
	for k, v := range m {
		if strings.HasPrefix(k, "_") {
			continue
		}
		member, ok := v.(map[string]any)
		if !ok {
			return ""
		}
		switch got := detectObject(member); {
		case got == "" || got == KindJSON || kind != "" && got != kind:
			return ""
		default:
			kind = got
		}
	}
	return kind
}

func isObjectWith(v any, keys ...string) bool {
	m, ok := v.(map[string]any)
	return ok && has(m, keys...)
}

// trimBody drops a UTF-8 byte-order mark and surrounding space, and says how many leading bytes went.
// bom is the UTF-8 byte-order mark some editors write at the start of a file.
var bom = []byte("\xef\xbb\xbf")

func trimBody(body []byte) ([]byte, int) {
	b := bytes.TrimLeftFunc(bytes.TrimPrefix(body, bom), unicode.IsSpace)
	return bytes.TrimRightFunc(b, unicode.IsSpace), len(body) - len(b)
}

func has(m map[string]any, keys ...string) bool {
	if m == nil {
		return false
	}
	for _, k := range keys {
		if _, ok := m[k]; !ok {
			return false
		}
	}
	return true
}

func firstObject(a []any) map[string]any {
	for _, e := range a {
		if m, ok := e.(map[string]any); ok {
			return m
		}
	}
	return nil
}

func isArrayOf(v any, keys ...string) bool {
	a, ok := v.([]any)
	return ok && has(firstObject(a), keys...)
}

func str(v any) string {
	s, _ := v.(string)
	return s
}
