package sourcetest

import (
	"context"
	"errors"
	"net/http"
	"testing"

	"github.com/career-copilot/copilot/internal/fetch"
)

func TestGetterPostsToServer(t *testing.T) {
	srv := NewServer(t, map[string]Route{"/static": {Body: []byte("static")}})
	srv.HandleFunc("/search", func(r Received) Route {
		if r.Method != http.MethodPost {
			return Route{Status: http.StatusMethodNotAllowed}
		}
		return Route{ContentType: "application/json", Body: append([]byte("echo "), r.Body...)}
	})
	g := Getter{}
	resp, err := g.Get(context.Background(), fetch.Request{URL: srv.URL + "/search?x=1", Method: "post", Body: []byte(`{"offset":20}`), ContentType: "application/json"})
	if err != nil || string(resp.Body) != `echo {"offset":20}` || resp.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("POST = %v %v", resp, err)
	}
	if _, err := g.Get(context.Background(), fetch.Request{URL: srv.URL + "/search"}); !errors.Is(err, fetch.ErrStatus) {
		t.Errorf("GET of a POST-only route: err = %v, want ErrStatus", err)
	}
	if resp, err := g.Get(context.Background(), fetch.Request{URL: srv.URL + "/static"}); err != nil || string(resp.Body) != "static" {
		t.Errorf("GET /static = %v %v", resp, err)
	}
	got := srv.Received()
	if len(got) != 3 || got[0].Method != "POST" || got[0].URI != "/search?x=1" || got[0].ContentType != "application/json" || string(got[0].Body) != `{"offset":20}` {
		t.Fatalf("received %+v", got)
	}
	if got[1].Method != "GET" || len(got[1].Body) != 0 || got[2].URI != "/static" {
		t.Errorf("received %+v", got[1:])
	}
	for _, req := range []fetch.Request{{URL: srv.URL, Method: "PUT"}, {URL: srv.URL, Body: []byte("x")}} {
		if _, err := g.Get(context.Background(), req); !errors.Is(err, fetch.ErrMethod) {
			t.Errorf("%q with body %q: err = %v, want ErrMethod", req.Method, req.Body, err)
		}
	}
	if n := len(srv.Requests()); n != 3 {
		t.Errorf("server saw %d requests, want 3", n)
	}
}
