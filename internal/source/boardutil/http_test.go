package boardutil

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

func TestBaseURL(t *testing.T) {
	for in, want := range map[string]string{"": "https://def.example", "http://127.0.0.1:9/": "http://127.0.0.1:9", "https://x.example//": "https://x.example"} {
		got, err := BaseURL(source.Params{"base_url": in}, "https://def.example", "demo")
		if err != nil || got != want {
			t.Errorf("BaseURL(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"ftp://x", "/relative", "mailto:a@b.example", "::"} {
		_, err := BaseURL(source.Params{"base_url": in}, "https://def.example", "demo")
		want := `demo: base_url "` + in + `" is not an absolute http(s) URL`
		if err == nil || err.Error() != want {
			t.Errorf("BaseURL(%q) err = %v, want %s", in, err, want)
		}
	}
}

func TestIntParam(t *testing.T) {
	p := source.Params{"a": "7", "b": "0", "c": "-3", "d": "x"}
	for key, want := range map[string]int{"a": 7, "b": 5, "c": 5, "d": 5, "missing": 5} {
		if got := IntParam(p, key, 5); got != want {
			t.Errorf("IntParam(%q) = %d, want %d", key, got, want)
		}
	}
}

// statusGetter answers every request with a fixed status and no error.
type statusGetter int

func (s statusGetter) Get(_ context.Context, req fetch.Request) (*fetch.Response, error) {
	return &fetch.Response{Status: int(s), Body: []byte("b"), URL: req.URL}, nil
}

func TestGet(t *testing.T) {
	srv := sourcetest.NewServer(t, map[string]sourcetest.Route{"/ok": {Body: []byte(`[1]`)}})
	ctx := context.Background()
	body, err := GetJSON(ctx, sourcetest.Getter{}, srv.URL+"/ok", "demo: get ok")
	if err != nil || string(body) != `[1]` {
		t.Fatalf("GetJSON = %q, %v", body, err)
	}
	if _, err := GetJSON(ctx, sourcetest.Getter{}, srv.URL+"/missing", "demo: get missing"); !errors.Is(err, fetch.ErrStatus) {
		t.Errorf("404: err %v", err)
	}
	if b, err := GetJSON(ctx, statusGetter(0), "u", "demo"); err != nil || string(b) != "b" {
		t.Errorf("status 0: %q %v", b, err)
	}
	_, err = GetJSON(ctx, statusGetter(http.StatusNotModified), "u", "demo: get u")
	if !errors.Is(err, fetch.ErrStatus) || err.Error() != "demo: get u: status 304: "+fetch.ErrStatus.Error() {
		t.Errorf("304: err %v", err)
	}
}

// requestGetter records the one request it is asked for and answers 200.
type requestGetter struct{ req *fetch.Request }

func (r requestGetter) Get(_ context.Context, req fetch.Request) (*fetch.Response, error) {
	*r.req = req
	return &fetch.Response{Status: http.StatusOK, Body: []byte("page"), URL: req.URL}, nil
}

func TestGetUserURL(t *testing.T) {
	ctx := context.Background()
	var req fetch.Request
	resp, raw, err := GetUserURL(ctx, requestGetter{&req}, source.Params{"url": "https://jobs.example/feed?x=1"}, "demo", "text/html")
	if err != nil || raw != "https://jobs.example/feed?x=1" || string(resp.Body) != "page" {
		t.Fatalf("GetUserURL = %v %q %v", resp, raw, err)
	}
	if req.URL != raw || req.Header.Get("Accept") != "text/html" || !req.CheckRobots || !req.UserURL {
		t.Errorf("request = %+v", req)
	}
	for in, want := range map[string]string{
		"":                   "demo: param url is required",
		"file:///etc/passwd": `demo: url "file:///etc/passwd" is not an absolute http(s) URL`,
		"https://":           `demo: url "https://" is not an absolute http(s) URL`,
	} {
		if _, _, err := GetUserURL(ctx, requestGetter{&req}, source.Params{"url": in}, "demo", "*/*"); err == nil || err.Error() != want {
			t.Errorf("url %q: err %v, want %s", in, err, want)
		}
	}
	srv := sourcetest.NewServer(t, nil)
	if _, _, err := GetUserURL(ctx, sourcetest.Getter{}, source.Params{"url": srv.URL + "/gone"}, "demo", "*/*"); !errors.Is(err, fetch.ErrStatus) || !strings.HasPrefix(err.Error(), "demo: get "+srv.URL+"/gone: ") {
		t.Errorf("404: err %v", err)
	}
}
