package apidocs

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/career-copilot/copilot/internal/analytics"
	"github.com/career-copilot/copilot/internal/api"
	"github.com/career-copilot/copilot/internal/application"
	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/flags"
	"github.com/career-copilot/copilot/internal/index"
	"github.com/career-copilot/copilot/internal/ingest"
	"github.com/career-copilot/copilot/internal/notify"
	"github.com/career-copilot/copilot/internal/notify/inapp"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/ratelimit"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
	"github.com/career-copilot/copilot/internal/user"
)

const testSecret = "apidocs-test-secret-apidocs-test-secret-0"

// contract runs requests against the real API on a fresh SQLite database and checks every answer
// against the operation the spec documents for it: the status, the content type and the body's schema.
type contract struct {
	t      *testing.T
	doc    *Document
	srv    *httptest.Server
	token  string
	header http.Header     // sent with every request
	seen   map[string]bool // "METHOD /template" exercised
	ing    *ingest.Service
	match  *index.Service
	checks int
}

func newContract(t *testing.T) *contract {
	t.Helper()
	doc, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	st := storetest.Open(t, store.SQLite)
	users := user.New(st, user.Config{Secret: []byte(testSecret), AccessTTL: 15 * time.Minute, RefreshTTL: time.Hour, SessionTTL: time.Hour,
		Registration: "open", LoginMaxAttempts: 5, LoginWindow: time.Minute}, ratelimit.NewMemory(nil))
	profiles := profile.NewService(st)
	c := &contract{t: t, doc: doc, seen: map[string]bool{}}
	c.ing = ingest.New(st, fetch.New(fetch.Options{MinHostDelay: -1, MaxRetries: -1}), ingest.Options{})
	c.match = index.New(st, profiles)
	alerts := notify.New(st, profiles, notify.NewResumeMatcher(c.match), []notify.Channel{inapp.New(st, nil)},
		notify.Options{BaseURL: "http://copilot.test", Tokens: notify.NewTokens([]byte(testSecret))})
	a := api.New(api.Deps{Users: users, Profiles: profiles, Applications: application.NewService(st, profiles), Flags: flags.New(flags.DB{St: st}, flags.Options{}),
		Ingest: c.ing, Matching: c.match, Alerting: api.AlertingDeps{Alerts: alerts, Analytics: analytics.New(st, profiles, notify.NewResumeMatcher(c.match).Scores),
			Hub: inapp.NewHub(), Notifications: st}})
	r := chi.NewRouter()
	r.Route("/api/v1", a.Routes)
	c.srv = httptest.NewServer(r)
	t.Cleanup(c.srv.Close)
	return c
}

// operation finds the documented operation a concrete path answers to; a literal segment beats a parameter.
func (c *contract) operation(method, path string) *Operation {
	var best *Operation
	bestParams := 99
	for _, op := range c.doc.Operations() {
		if op.Method != method {
			continue
		}
		if n := strings.Count(op.Path, "{"); regexp.MustCompile(templateRegexp(op.Path)).MatchString(path) && n < bestParams {
			best, bestParams = op, n
		}
	}
	return best
}

// templateRegexp turns /jobs/{id}/match into ^/jobs/[^/]+/match$.
func templateRegexp(tpl string) string {
	parts := pathParam.Split(tpl, -1)
	for i, p := range parts {
		parts[i] = regexp.QuoteMeta(p)
	}
	return "^" + strings.Join(parts, `[^/]+`) + "$"
}

// call sends one request and checks the answer against the spec; it returns the decoded JSON body (nil for none).
func (c *contract) call(method, path, contentType string, body any, want int) map[string]any {
	c.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case []byte:
		rd = bytes.NewReader(b)
	default:
		js, _ := json.Marshal(b)
		rd = bytes.NewReader(js)
		contentType = "application/json"
	}
	req, _ := http.NewRequestWithContext(context.Background(), method, c.srv.URL+"/api/v1"+path, rd)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if c.token != "" {
		req.Header.Set("Authorization", "Bearer "+c.token)
	}
	for k, v := range c.header {
		req.Header[k] = v
	}
	res, err := c.srv.Client().Do(req)
	if err != nil {
		c.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	if res.StatusCode != want {
		c.t.Fatalf("%s %s: status %d, want %d; body %s", method, path, res.StatusCode, want, raw)
	}
	u, _, _ := strings.Cut(path, "?")
	op := c.operation(method, u)
	if op == nil {
		c.t.Errorf("%s %s: no documented operation", method, u)
		return nil
	}
	c.seen[op.Method+" "+op.Path] = true
	r := op.Responses.Get(res.Status[:3])
	if r == nil {
		c.t.Errorf("%s %s (%s): status %d is not documented", method, u, op.OperationID, res.StatusCode)
		return nil
	}
	r = c.doc.response(r)
	if len(raw) == 0 {
		if len(r.Content) > 0 {
			c.t.Errorf("%s %s: empty body, the spec documents %s", method, u, r.Content[0].Name)
		}
		return nil
	}
	mt, _, _ := mime.ParseMediaType(res.Header.Get("Content-Type"))
	m := r.Content.Get(mt)
	if m == nil {
		m = r.Content.Get("*/*")
	}
	if m == nil {
		c.t.Errorf("%s %s (%s %d): content type %q is not documented", method, u, op.OperationID, res.StatusCode, mt)
		return nil
	}
	if mt != "application/json" && mt != "application/problem+json" {
		return nil
	}
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		c.t.Fatalf("%s %s: body is not JSON: %s", method, u, raw)
	}
	c.checks++
	for _, e := range conform(c.doc, v, m.Schema, op.OperationID+"."+res.Status[:3]) {
		c.t.Error(e)
	}
	obj, _ := v.(map[string]any)
	return obj
}

func str(m map[string]any, k string) string { s, _ := m[k].(string); return s }

// TestResponsesMatchTheSpec walks the product through the API and validates every answer.
func TestResponsesMatchTheSpec(t *testing.T) {
	c := newContract(t)
	auth := c.call("POST", "/auth/register", "", map[string]string{"email": "ada@example.com", "password": "correct horse 9", "full_name": "Ada"}, 201)
	c.token = str(auth, "access_token")
	refresh := str(auth, "refresh_token")
	c.call("POST", "/auth/refresh", "", map[string]string{"refresh_token": refresh}, 200)
	c.call("POST", "/auth/login", "", map[string]string{"email": "ada@example.com", "password": "wrong password"}, 401)
	c.call("GET", "/auth/csrf", "", nil, 200)
	c.call("GET", "/auth/me", "", nil, 200)

	c.call("GET", "/profile", "", nil, 200)
	c.call("PUT", "/profile", "", map[string]any{"full_name": "Ada", "skills": []string{"Go", "PostgreSQL", "Kubernetes"}, "desired_titles": []string{"Backend Engineer"},
		"salary_floor": map[string]any{"amount": 90000, "currency": "EUR", "period": "year"}, "work_countries": []string{"DE"}, "seniority": "senior"}, 200)
	bad := c.call("PATCH", "/profile", "", map[string]any{"years_experience": -1, "seniority": "wizard"}, 422)
	if errs, _ := bad["errors"].([]any); len(errs) != 2 {
		t.Errorf("422 errors = %v, want one per field (2)", bad["errors"])
	}
	c.call("PATCH", "/profile", "", map[string]any{"unknown_field": 1}, 400)
	c.call("GET", "/preferences", "", nil, 200)
	c.call("PATCH", "/preferences", "", map[string]any{"theme": "dark"}, 200)
	c.call("PUT", "/preferences", "", map[string]any{"timezone": "Europe/Berlin"}, 200)

	c.ing.SetQueue(nil)
	if _, err := c.ing.Import(context.Background(), "json", []posting.Draft{
		{ExternalID: "1", Title: "Senior Backend Engineer (Go)", Company: "Acme", Locations: []string{"Berlin, Germany"}, SalaryText: "€80,000 – €100,000 per year",
			DescriptionText: "We use Go, PostgreSQL and Kubernetes.\nRequirements:\n- 5 years of Go\n- Terraform", URL: "https://example.com/jobs/1", PostedRaw: "2026-11-30"},
		{ExternalID: "2", Title: "Frontend Engineer", Company: "Globex", Locations: []string{"Remote"}, WorkplaceType: "remote",
			DescriptionText: "React and TypeScript.\n- GraphQL is a plus", URL: "https://example.com/jobs/2"},
	}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := c.match.Refresh(context.Background()); err != nil {
		t.Fatal(err)
	}
	jobs := c.call("GET", "/jobs?limit=10", "", nil, 200)
	list, _ := jobs["jobs"].([]any)
	if len(list) != 2 {
		t.Fatalf("GET /jobs listed %d postings, want the 2 imported", len(list))
	}
	jobID := str(list[0].(map[string]any), "id")
	if hits, _ := c.call("GET", "/jobs?q=kubernetes&facets=true", "", nil, 200)["matches"].([]any); len(hits) != 1 {
		t.Errorf("GET /jobs?q=kubernetes: %d hits, want the Acme posting", len(hits))
	}
	c.call("GET", "/jobs/"+jobID, "", nil, 200)
	c.call("GET", "/jobs/no-such-posting", "", nil, 404)
	c.call("PUT", "/jobs/"+jobID+"/save", "", nil, 200)
	c.call("DELETE", "/jobs/"+jobID+"/save", "", nil, 200)
	c.call("PUT", "/jobs/"+jobID+"/dismiss", "", nil, 200)
	c.call("DELETE", "/jobs/"+jobID+"/dismiss", "", nil, 200)
	c.call("GET", "/jobs/matches?facets=true", "", nil, 200)
	c.call("GET", "/search?q=go&facets=true", "", nil, 200)
	c.call("GET", "/search?sort=sideways", "", nil, 422)
	c.call("GET", "/jobs/"+jobID+"/match", "", nil, 200)
	c.call("GET", "/jobs/"+jobID+"/similar?limit=5", "", nil, 200)
	c.call("GET", "/skills/gap?top=10", "", nil, 200)
	c.call("GET", "/sources", "", nil, 200)

	resume := c.call("POST", "/resumes?filename=ada.txt", "text/plain", []byte("Ada Lovelace\nada@example.com\n\nExperience\nBackend Engineer, Acme, 2019 - present\n- Built services in Go and PostgreSQL\n\nSkills\nGo, PostgreSQL, Terraform\n"), 201)
	rid := str(resume, "id")
	c.call("GET", "/resumes", "", nil, 200)
	c.call("GET", "/resumes/"+rid, "", nil, 200)
	c.call("PUT", "/resumes/"+rid+"/primary", "", nil, 200)
	c.call("POST", "/resumes/"+rid+"/accept", "", map[string]any{"skills": []string{}}, 200)
	c.call("DELETE", "/resumes/"+rid, "", nil, 204)

	app := c.call("POST", "/applications", "", map[string]any{"posting_id": jobID}, 201)
	c.call("POST", "/applications", "", map[string]any{"posting_id": jobID}, 200)
	id := str(app, "id")
	second := c.call("POST", "/applications", "", map[string]any{"company": "Initech", "title": "Go Developer", "tags": []string{"referral"}}, 201)
	c.call("DELETE", "/applications/"+str(second, "id"), "", nil, 204)
	c.call("GET", "/applications?sort=-created_at", "", nil, 200)
	c.call("GET", "/applications?stage=nope", "", nil, 422)
	c.call("GET", "/applications/"+id, "", nil, 200)
	c.call("PATCH", "/applications/"+id, "", map[string]any{"priority": 2}, 200)
	c.call("POST", "/applications/"+id+"/stage", "", map[string]any{"stage": "applied"}, 200)
	c.call("POST", "/applications/bulk/stage", "", map[string]any{"ids": []string{id}, "stage": "screening"}, 200)
	c.call("GET", "/applications/"+id+"/events", "", nil, 200)
	note := c.call("POST", "/applications/"+id+"/notes", "", map[string]any{"body": "Call **Bo**"}, 201)
	c.call("GET", "/applications/"+id+"/notes", "", nil, 200)
	c.call("PATCH", "/applications/"+id+"/notes/"+str(note, "id"), "", map[string]any{"body": "Called Bo"}, 200)
	c.call("DELETE", "/applications/"+id+"/notes/"+str(note, "id"), "", nil, 204)
	contact := c.call("POST", "/applications/"+id+"/contacts", "", map[string]any{"name": "Bo", "email": "bo@acme.example"}, 201)
	c.call("GET", "/applications/"+id+"/contacts", "", nil, 200)
	c.call("PATCH", "/applications/"+id+"/contacts/"+str(contact, "id"), "", map[string]any{"role": "Recruiter"}, 200)
	iv := c.call("POST", "/applications/"+id+"/interviews", "", map[string]any{"kind": "phone_screen", "starts_at": "2026-12-10T10:00:00Z", "ends_at": "2026-12-10T11:00:00Z", "timezone": "Europe/Berlin"}, 201)
	c.call("GET", "/applications/"+id+"/interviews", "", nil, 200)
	c.call("GET", "/applications/"+id+"/interviews/"+str(iv, "id"), "", nil, 200)
	c.call("PATCH", "/applications/"+id+"/interviews/"+str(iv, "id"), "", map[string]any{"outcome": "passed"}, 200)
	c.call("GET", "/applications/"+id+"/interviews/"+str(iv, "id")+"/ics", "", nil, 200)
	rem := c.call("POST", "/applications/"+id+"/reminders", "", map[string]any{"title": "Follow up", "due_at": "2026-12-12T09:00:00Z"}, 201)
	c.call("GET", "/applications/"+id+"/reminders", "", nil, 200)
	c.call("PATCH", "/applications/"+id+"/reminders/"+str(rem, "id"), "", map[string]any{"done": true}, 200)
	doc := c.call("POST", "/applications/"+id+"/documents", "", map[string]any{"kind": "resume", "name": "CV", "url": "https://example.com/cv.pdf"}, 201)
	c.call("GET", "/applications/"+id+"/documents", "", nil, 200)
	c.call("DELETE", "/applications/"+id+"/documents/"+str(doc, "id"), "", nil, 204)
	up := c.call("POST", "/applications/"+id+"/documents", "multipart/form-data; boundary=XYZ",
		[]byte("--XYZ\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\ncover_letter\r\n--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cl.txt\"\r\nContent-Type: text/plain\r\n\r\nDear Acme\r\n--XYZ--\r\n"), 201)
	c.call("GET", "/applications/"+id+"/documents/"+str(up, "id")+"/content", "", nil, 200)
	c.call("DELETE", "/applications/"+id+"/contacts/"+str(contact, "id"), "", nil, 204)
	c.call("DELETE", "/applications/"+id+"/reminders/"+str(rem, "id"), "", nil, 204)
	c.call("DELETE", "/applications/"+id+"/interviews/"+str(iv, "id"), "", nil, 204)
	c.call("GET", "/applications/export.csv", "", nil, 200)
	c.call("POST", "/applications/import?dry_run=true", "text/csv", []byte("company,title,stage\nHooli,SRE,applied\n"), 200)

	c.call("GET", "/notifications?unread=true", "", nil, 200)
	c.call("GET", "/notifications/unread-count", "", nil, 200)
	c.call("POST", "/notifications/read-all", "", nil, 200)
	c.call("GET", "/calendar", "", nil, 200)
	feed := c.call("POST", "/calendar/token", "", nil, 201)
	c.call("GET", "/calendar", "", nil, 200)
	c.call("GET", strings.TrimPrefix(str(feed, "path"), "/api/v1"), "", nil, 200)
	c.call("DELETE", "/calendar/token", "", nil, 204)
	c.call("POST", "/notifications/no-such-notification/read", "", nil, 404)
	c.call("GET", "/unsubscribe?token=forged", "", nil, 200)
	c.call("POST", "/unsubscribe?token=forged", "", nil, 400)

	sources := c.call("GET", "/sources", "", nil, 200)
	srcs, _ := sources["sources"].([]any)
	if len(srcs) != 1 {
		t.Fatalf("GET /sources: %d sources, want the file-import source", len(srcs))
	}
	sid := str(srcs[0].(map[string]any), "id")
	c.call("GET", "/sources/"+sid, "", nil, 200)
	c.call("GET", "/sources/"+sid+"/runs", "", nil, 200)
	c.call("PATCH", "/sources/"+sid, "", map[string]any{"name": "Renamed"}, 409)
	c.call("POST", "/sources/"+sid+"/run", "", nil, 409)
	c.call("DELETE", "/sources/"+sid, "", nil, 204) // the first account is the admin
	c.call("POST", "/sources", "", map[string]any{"kind": "no-such-board"}, 422)

	alert := c.call("POST", "/alerts", "", map[string]any{"name": "Go jobs", "query": "go", "channels": []string{"inapp"}, "filters": map[string]any{"countries": []string{"DE"}}}, 201)
	aid := str(alert, "id")
	c.call("GET", "/alerts", "", nil, 200)
	c.call("GET", "/alerts/"+aid, "", nil, 200)
	c.call("PUT", "/alerts/"+aid, "", map[string]any{"name": "Go jobs", "channels": []string{"inapp"}, "min_score": 50}, 200)
	c.call("GET", "/alerts/"+aid+"/matches", "", nil, 200)
	c.call("POST", "/alerts/check", "", nil, 202)
	c.call("POST", "/alerts", "", map[string]any{"name": "", "channels": []string{}}, 422)
	ch := c.call("POST", "/notification-channels", "", map[string]any{"kind": "webhook", "name": "hook", "url": "https://hooks.example.com/copilot"}, 201)
	c.call("GET", "/notification-channels", "", nil, 200)
	c.call("POST", "/notification-channels/"+str(ch, "id")+"/test", "", nil, 202)
	c.call("DELETE", "/notification-channels/"+str(ch, "id"), "", nil, 204)
	c.call("GET", "/deliveries", "", nil, 200)
	c.call("GET", "/dashboard", "", nil, 200)
	c.call("GET", "/analytics/pipeline", "", nil, 200)
	c.call("GET", "/analytics/market", "", nil, 200)
	c.call("GET", "/flags", "", nil, 200)
	c.call("GET", "/account/export", "", nil, 200)
	// the first account is the admin
	c.call("GET", "/admin/flags", "", nil, 200)
	c.call("PUT", "/admin/flags", "", map[string]any{"flags": map[string]any{"advanced_analytics": map[string]any{"enabled": true, "rollout_percentage": 50}}}, 200)
	c.call("PUT", "/admin/flags", "", map[string]any{"flags": map[string]any{"Bad Name": map[string]any{"enabled": true}}}, 422)
	c.call("POST", "/admin/invites", "", nil, 201)

	c.stream()

	c.token = ""
	c.call("GET", "/profile", "", nil, 401)
	other := c.call("POST", "/auth/register", "", map[string]string{"email": "bob@example.com", "password": "correct horse 9"}, 201)
	c.token = str(other, "access_token")
	c.call("GET", "/admin/flags", "", nil, 403)
	c.call("GET", "/applications/"+id, "", nil, 404)
	c.call("DELETE", "/alerts/"+aid, "", nil, 404)
	c.call("DELETE", "/account", "", map[string]string{"password": "wrong"}, 422)
	c.call("POST", "/auth/logout", "", map[string]string{"refresh_token": str(other, "refresh_token")}, 204)
	c.call("POST", "/auth/password", "", map[string]string{"current_password": "correct horse 9", "new_password": "correct horse 10"}, 204)
	c.call("GET", "/auth/me", "", nil, 401) // a password change revokes every token

	if c.checks < 80 {
		t.Errorf("validated only %d JSON bodies", c.checks)
	}
	var untested []string
	for _, op := range c.doc.Operations() {
		if !c.seen[op.Method+" "+op.Path] {
			untested = append(untested, op.Method+" "+op.Path)
		}
	}
	t.Logf("%d JSON bodies validated over %d documented operations", c.checks, len(c.seen))
	if len(untested) > 0 {
		t.Logf("not exercised here (add them): %s", strings.Join(untested, ", "))
	}
}
