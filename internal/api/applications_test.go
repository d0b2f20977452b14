package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/api"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// raw sends a body with its own content type (CSV, multipart) through the client's cookies and CSRF token.
func (c *client) raw(method, path, contentType string, body []byte) resp {
	c.h.t.Helper()
	req, _ := http.NewRequestWithContext(context.Background(), method, c.h.srv.URL+path, bytes.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if c.jar != nil {
		req.Header.Set(api.CSRFHeader, c.csrf())
	}
	res, err := (&http.Client{Jar: c.jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}).Do(req)
	if err != nil {
		c.h.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return resp{status: res.StatusCode, header: res.Header, body: b}
}

func multipartBody(t *testing.T, fields map[string]string, file string, content []byte) (string, []byte) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range fields {
		_ = mw.WriteField(k, v)
	}
	fw, _ := mw.CreateFormFile("file", file)
	_, _ = fw.Write(content)
	_ = mw.Close()
	return mw.FormDataContentType(), buf.Bytes()
}

func list(t *testing.T, r resp, key string) []map[string]any {
	t.Helper()
	var m map[string]json.RawMessage
	var out []map[string]any
	if err := json.Unmarshal(r.body, &m); err != nil || json.Unmarshal(m[key], &out) != nil {
		t.Fatalf("not a list under %q: %s", key, r.body)
	}
	return out
}

func TestApplicationLifecycle(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
		h.apps.SetClock(func() time.Time { return now })
		b := h.registerBrowser("tracker@example.com")
		created := b.expect("POST", "/api/v1/applications", map[string]any{"company": " Acme, Inc. ", "title": "Backend Engineer",
			"url": "https://boards.example.com/acme/1", "location": "Berlin", "tags": []string{"go", "Go", "remote"}, "priority": 2}, 201).json(t)
		id := created["id"].(string)
		if created["company"] != "Acme, Inc." || created["stage"] != "saved" || len(created["tags"].([]any)) != 2 || created["applied_at"] != nil {
			t.Fatalf("created %v", created)
		}
		// Track from a posting id alone needs the postings lookup, which is not wired here: a field error, not a 500.
		fe := fieldErrors(t, b.expect("POST", "/api/v1/applications", map[string]any{"posting_id": "p-1"}, 422))
		if fe["posting_id"] == "" {
			t.Fatalf("track without lookup: %v", fe)
		}
		fe = fieldErrors(t, b.expect("POST", "/api/v1/applications", map[string]any{"company": "", "title": "x", "url": "javascript:alert(1)", "stage": "hired", "excitement": 9}, 422))
		if len(fe) != 4 || fe["company"] == "" || fe["url"] == "" || fe["stage"] == "" || fe["excitement"] == "" {
			t.Fatalf("validation %v", fe)
		}
		second := b.expect("POST", "/api/v1/applications", map[string]any{"company": "ACME", "title": "SRE", "stage": "applied"}, 201).json(t)

		// The board moves it: applied, then interviewing at the top of the column.
		now = now.Add(time.Hour)
		moved := b.expect("POST", "/api/v1/applications/"+id+"/stage", map[string]any{"stage": "applied", "origin": "board", "position": 1}, 200).json(t)
		if moved["stage"] != "applied" || moved["applied_at"] == nil || moved["position"] != 1.0 {
			t.Fatalf("moved %v", moved)
		}
		now = now.Add(24 * time.Hour)
		moved = b.expect("POST", "/api/v1/applications/"+id+"/stage", map[string]any{"stage": "interviewing", "origin": "board", "position": 0}, 200).json(t)
		if moved["first_response_at"] == nil || moved["stage_dates"].(map[string]any)["interviewing"] == nil {
			t.Fatalf("interviewing %v", moved)
		}
		// A PATCH that changes the stage is a move too, recorded with origin api.
		b.expect("PATCH", "/api/v1/applications/"+id, map[string]any{"stage": "offer", "offered_salary": "90000 EUR"}, 200)
		b.expect("POST", "/api/v1/applications/bulk/stage", map[string]any{"ids": []string{id, second["id"].(string)}, "stage": "rejected"}, 200)
		b.expect("POST", "/api/v1/applications/"+id+"/notes", map[string]any{"body": "**Great** team <script>x</script>"}, 201)

		ev := list(t, b.expect("GET", "/api/v1/applications/"+id+"/events", nil, 200), "events")
		var got []string
		for _, e := range ev {
			got = append(got, fmt.Sprintf("%s:%s>%s@%s", e["kind"], e["from_stage"], e["to_stage"], e["origin"]))
		}
		want := "[stage_changed:>saved@api stage_changed:saved>applied@board stage_changed:applied>interviewing@board " +
			"stage_changed:interviewing>offer@api stage_changed:offer>rejected@bulk note_added:>@page]"
		if fmt.Sprint(got) != want {
			t.Fatalf("timeline\n got %v\nwant %s", got, want)
		}
		app := b.expect("GET", "/api/v1/applications/"+id, nil, 200).json(t)
		if app["stage"] != "rejected" || app["offered_salary"] != "90000 EUR" || len(app["stage_dates"].(map[string]any)) != 5 {
			t.Fatalf("after moves %v", app)
		}

		// Filters and sorting.
		ids := func(q string) string {
			var out []string
			for _, a := range list(t, b.expect("GET", "/api/v1/applications"+q, nil, 200), "applications") {
				out = append(out, a["title"].(string))
			}
			return strings.Join(out, ",")
		}
		b.expect("POST", "/api/v1/applications", map[string]any{"company": "Globex", "title": "Data Engineer", "stage": "saved", "tags": []string{"data"}}, 201)
		if got := ids("?sort=title"); got != "Backend Engineer,Data Engineer,SRE" {
			t.Fatalf("sorted %s", got)
		}
		if got := ids("?stage=rejected&sort=-title"); got != "SRE,Backend Engineer" {
			t.Fatalf("stage filter %s", got)
		}
		if got := ids("?company=acme%20corp&sort=title"); got != "Backend Engineer,SRE" {
			t.Fatalf("company filter (same key for Acme, Inc., ACME and Acme Corp): %s", got)
		}
		if got := ids("?tag=remote"); got != "Backend Engineer" {
			t.Fatalf("tag filter %s", got)
		}
		if got := ids("?q=GREAT"); got != "Backend Engineer" {
			t.Fatalf("text in notes %s", got)
		}
		fe = fieldErrors(t, b.expect("GET", "/api/v1/applications?stage=nope&sort=salary&applied_after=yesterday", nil, 422))
		if len(fe) != 3 {
			t.Fatalf("bad filters %v", fe)
		}
		b.expect("DELETE", "/api/v1/applications/"+second["id"].(string), nil, 204)
		b.expect("GET", "/api/v1/applications/"+second["id"].(string), nil, 404)
	})
}

func TestApplicationsOtherUserIs404Everywhere(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		owner := h.registerBrowser("owner@example.com")
		intruder := h.registerBrowser("intruder@example.com")
		id := owner.expect("POST", "/api/v1/applications", map[string]any{"company": "Acme", "title": "Dev"}, 201).json(t)["id"].(string)
		base := "/api/v1/applications/" + id
		nid := owner.expect("POST", base+"/notes", map[string]any{"body": "n"}, 201).json(t)["id"].(string)
		cid := owner.expect("POST", base+"/contacts", map[string]any{"name": "Priya"}, 201).json(t)["id"].(string)
		iid := owner.expect("POST", base+"/interviews", map[string]any{"starts_at": "2026-05-01T10:00:00Z"}, 201).json(t)["id"].(string)
		rid := owner.expect("POST", base+"/reminders", map[string]any{"title": "Call", "due_at": "2026-05-02T10:00:00Z"}, 201).json(t)["id"].(string)
		did := owner.expect("POST", base+"/documents", map[string]any{"kind": "resume", "name": "cv", "url": "https://docs.example.com/cv"}, 201).json(t)["id"].(string)
		routes := []struct {
			method, path string
			body         any
		}{
			{"GET", base, nil}, {"PATCH", base, map[string]any{"title": "x"}}, {"DELETE", base, nil},
			{"POST", base + "/stage", map[string]any{"stage": "applied"}}, {"GET", base + "/events", nil},
			{"GET", base + "/notes", nil}, {"POST", base + "/notes", map[string]any{"body": "x"}},
			{"PATCH", base + "/notes/" + nid, map[string]any{"body": "x"}}, {"DELETE", base + "/notes/" + nid, nil},
			{"GET", base + "/contacts", nil}, {"POST", base + "/contacts", map[string]any{"name": "x"}},
			{"PATCH", base + "/contacts/" + cid, map[string]any{"name": "x"}}, {"DELETE", base + "/contacts/" + cid, nil},
			{"GET", base + "/interviews", nil}, {"POST", base + "/interviews", map[string]any{"starts_at": "2026-05-01T10:00:00Z"}},
			{"GET", base + "/interviews/" + iid, nil}, {"PATCH", base + "/interviews/" + iid, map[string]any{"notes": "x"}},
			{"DELETE", base + "/interviews/" + iid, nil}, {"GET", base + "/interviews/" + iid + "/ics", nil},
			{"GET", base + "/reminders", nil}, {"POST", base + "/reminders", map[string]any{"title": "x", "due_at": "2026-05-01T10:00:00Z"}},
			{"PATCH", base + "/reminders/" + rid, map[string]any{"done": true}}, {"DELETE", base + "/reminders/" + rid, nil},
			{"GET", base + "/documents", nil}, {"POST", base + "/documents", map[string]any{"name": "x", "url": "https://x.example.com"}},
			{"GET", base + "/documents/" + did + "/content", nil}, {"DELETE", base + "/documents/" + did, nil},
			{"POST", "/api/v1/applications/bulk/stage", map[string]any{"ids": []string{id}, "stage": "offer"}},
		}
		for _, rt := range routes {
			if r := intruder.do(rt.method, rt.path, rt.body); r.status != 404 {
				t.Errorf("%s %s as another user: %d %s", rt.method, rt.path, r.status, r.body)
			}
		}
		if n := len(list(t, intruder.expect("GET", "/api/v1/applications", nil, 200), "applications")); n != 0 {
			t.Fatalf("intruder lists %d applications", n)
		}
		// Nothing changed for the owner: one stage event, one note event, the rest intact.
		ev := list(t, owner.expect("GET", base+"/events", nil, 200), "events")
		if len(ev) != 6 || owner.expect("GET", base, nil, 200).json(t)["title"] != "Dev" {
			t.Fatalf("owner's timeline after the intrusion: %d events", len(ev))
		}
		h.apiClient().expect("GET", "/api/v1/applications", nil, 401)
	})
}
