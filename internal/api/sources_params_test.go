package api_test

import (
	"testing"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// A board's identifying params are checked against the characters the board allows, at create and at
// update, and a URL is refused for its real reason.
func TestSourceParamsValidated(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		alice, _ := h.registerAPI("alice@example.com")
		slug := "may hold only letters, digits and - _ ., starting with a letter or digit"
		for _, c := range []struct {
			body  map[string]any
			field string
			want  string
		}{
			{map[string]any{"kind": "greenhouse", "params": map[string]string{"board": "../../etc"}}, "params.board", slug},
			{map[string]any{"kind": "greenhouse", "params": map[string]string{"board": "git lab"}}, "params.board", slug},
			{map[string]any{"kind": "greenhouse", "params": map[string]string{}}, "params.board", "is required"},
			{map[string]any{"kind": "lever", "params": map[string]string{"company": "acme?x=1"}}, "params.company", slug},
			{map[string]any{"kind": "recruitee", "params": map[string]string{"company": "acme.evil/"}}, "params.company", "may hold only letters, digits and -, starting with a letter or digit"},
			{map[string]any{"kind": "workday", "params": map[string]string{"tenant": "nvidia", "site": "a#b", "wd": "wd5"}}, "params.site", slug},
			// A careers-site kind needs its company, or a base_url that stands in for it.
			{map[string]any{"kind": "recruitee", "params": map[string]string{}}, "params.company", "is required unless base_url is given"},
			{map[string]any{"kind": "teamtailor", "params": map[string]string{}}, "params.company", "is required unless base_url or api_key is given"},
			{map[string]any{"kind": "rss", "params": map[string]string{"url": "http://user:pass@example.org/feed.rss"}}, "params.url", "credentials in the URL are not supported"},
			{map[string]any{"url": "http://user:pass@example.org/feed.rss"}, "url", "credentials in the URL are not supported"},
			{map[string]any{"kind": "rss", "params": map[string]string{"url": "http://10.1.2.3/feed.rss"}}, "params.url", "is refused: it resolves to a loopback, private, link-local or metadata address"},
		} {
			fe := fieldErrors(t, alice.expect("POST", "/api/v1/sources", c.body, 422))
			if fe[c.field] != c.want || len(fe) != 1 {
				t.Errorf("%v: errors %v, want %s: %q", c.body, fe, c.field, c.want)
			}
		}
		alice.expect("POST", "/api/v1/sources", map[string]any{"kind": "recruitee", "params": map[string]string{"base_url": "https://93.184.216.34"}, "enabled": false}, 201) // a public address: its name is not looked up
		src := alice.expect("POST", "/api/v1/sources", map[string]any{"kind": "greenhouse", "params": map[string]string{"board": "wealth-com"}, "enabled": false}, 201).json(t)
		fe := fieldErrors(t, alice.expect("PATCH", "/api/v1/sources/"+src["id"].(string), map[string]any{"params": map[string]string{"board": "../x"}}, 422))
		if fe["params.board"] != slug {
			t.Errorf("patch errors %v", fe)
		}
	})
}
