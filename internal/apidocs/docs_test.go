package apidocs

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/go-chi/chi/v5"
)

func serveDocs(t *testing.T) *httptest.Server {
	t.Helper()
	d, err := New()
	if err != nil {
		t.Fatal(err)
	}
	r := chi.NewRouter()
	d.Routes(r)
	srv := httptest.NewServer(r)
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res, string(b)
}

func TestServesSpec(t *testing.T) {
	srv := serveDocs(t)
	res, body := get(t, srv.URL+"/api/openapi.yaml")
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/yaml" || body != string(specYAML) {
		t.Fatalf("GET /api/openapi.yaml: %d %q, body equal %v", res.StatusCode, res.Header.Get("Content-Type"), body == string(specYAML))
	}
	res, body = get(t, srv.URL+"/api/openapi.json")
	var doc struct {
		OpenAPI string         `json:"openapi"`
		Paths   map[string]any `json:"paths"`
	}
	if err := json.Unmarshal([]byte(body), &doc); err != nil || res.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("GET /api/openapi.json: %q, %v", res.Header.Get("Content-Type"), err)
	}
	if doc.OpenAPI != "3.1.0" || doc.Paths["/profile"] == nil {
		t.Fatalf("JSON spec: openapi %q, /profile %v", doc.OpenAPI, doc.Paths["/profile"])
	}
}

func TestDocsPage(t *testing.T) {
	srv := serveDocs(t)
	res, page := get(t, srv.URL+"/docs")
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("GET /docs: %d %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	doc, _ := Load()
	for _, op := range doc.Operations() {
		if !strings.Contains(page, `id="`+op.OperationID+`"`) {
			t.Errorf("the page has no section for %s (%s %s)", op.OperationID, op.Method, op.Path)
		}
	}
	for _, want := range []string{
		`<section class="op" id="schema-Profile">`,
		// a $ref becomes a link, a nullable list reads as such, nested object fields get dotted names
		`<code><a href="#schema-SalaryFloor">SalaryFloor</a> | null</code>`,
		`<td><code>tags</code></td><td><code>string[] | null</code></td>`,
		`<td><code>contact.links</code></td><td><code>string[] | null</code></td>`,
		`<td><code>experience[].title</code></td>`,
		// the Profile constraints and enums are shown
		`max items 200`,
		`&#34;intern&#34; | &#34;junior&#34;`,
		// auth in words, and the 429 headers
		`auth: bearerAuth or cookieAuth &#43; csrfHeader`, // html/template escapes the plus
		`auth: none`,
		`header <code>Retry-After</code>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
	for _, banned := range []string{"<script", "http://", "https://", "<link "} {
		if strings.Contains(page, banned) {
			t.Errorf("the page contains %q; it must be self-contained (CSP default-src 'self')", banned)
		}
	}
}
