package apidocs

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/cookiejar"
	"strings"
	"testing"
	"time"
)

// stream opens the notification stream and checks its content type and first event, as the spec describes them.
func (c *contract) stream() {
	c.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, "GET", c.srv.URL+"/api/v1/notifications/stream", nil)
	req.Header.Set("Authorization", "Bearer "+c.token)
	res, err := c.srv.Client().Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer res.Body.Close()
	op := c.operation("GET", "/notifications/stream")
	c.seen["GET /notifications/stream"] = true
	if r := op.Responses.Get("200"); res.StatusCode != 200 || r.Content.Get(res.Header.Get("Content-Type")) == nil {
		c.t.Fatalf("stream: %d %q", res.StatusCode, res.Header.Get("Content-Type"))
	}
	buf := make([]byte, 0, 256)
	for !strings.Contains(string(buf), "\n\nevent: unread\ndata: ") || !strings.HasSuffix(string(buf), "\n\n") {
		b := make([]byte, 64)
		n, err := res.Body.Read(b)
		if err != nil {
			c.t.Fatalf("stream: %v after %q", err, buf)
		}
		buf = append(buf, b[:n]...)
	}
	_, data, _ := strings.Cut(string(buf), "event: unread\ndata: ")
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(data)), &v); err != nil {
		c.t.Fatalf("stream: unread data %q: %v", data, err)
	}
	for _, e := range conform(c.doc, v, &Schema{Ref: "#/components/schemas/Count"}, "stream.unread") {
		c.t.Error(e)
	}
}

// public reports whether an operation may be called without credentials (an empty security requirement).
func public(op *Operation) bool {
	for _, r := range op.Auth {
		if len(r) == 0 {
			return true
		}
	}
	return false
}

// TestSecurityMatchesTheRouter calls every operation anonymously: exactly the ones the spec says need
// credentials answer 401.
func TestSecurityMatchesTheRouter(t *testing.T) {
	c := newContract(t)
	n := 0
	for _, op := range c.doc.Operations() {
		path := pathParam.ReplaceAllString(op.Path, "anon")
		req, _ := http.NewRequestWithContext(context.Background(), op.Method, c.srv.URL+"/api/v1"+path, nil)
		res, err := c.srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if got := res.StatusCode == http.StatusUnauthorized; got == public(op) {
			t.Errorf("%s %s anonymously: status %d, but the spec says public=%v", op.Method, op.Path, res.StatusCode, public(op))
		}
		if !public(op) && op.Responses.Get("401") == nil {
			t.Errorf("%s %s needs credentials but documents no 401", op.Method, op.Path)
		}
		n++
	}
	if n != len(c.doc.Operations()) || n < 100 {
		t.Fatalf("called %d operations", n)
	}
}

// TestCookieFlowMatchesTheSpec is the browser's way in: the CSRF cookie, a cookie-mode registration,
// and an unsafe request refused without the X-CSRF-Token header, each answer checked against the spec.
func TestCookieFlowMatchesTheSpec(t *testing.T) {
	c := newContract(t)
	jar, _ := cookiejar.New(nil)
	c.srv.Client().Jar = jar
	tok := str(c.call("GET", "/auth/csrf", "", nil, 200), "csrf_token")
	c.header = http.Header{"X-Csrf-Token": {tok}}
	auth := c.call("POST", "/auth/register?mode=cookie", "", map[string]string{"email": "cleo@example.com", "password": "correct horse 9"}, 201)
	if _, ok := auth["access_token"]; ok {
		t.Error("a cookie-mode registration answered tokens")
	}
	c.call("PATCH", "/preferences", "", map[string]any{"theme": "light"}, 200)
	c.header = nil
	p := c.call("PATCH", "/preferences", "", map[string]any{"theme": "dark"}, 403)
	if str(p, "title") != "CSRF token missing or invalid" {
		t.Errorf("403 title %q", str(p, "title"))
	}
	c.call("GET", "/auth/me", "", nil, 200)
}
