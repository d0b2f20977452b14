package api_test

import (
	"context"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// A source's credential is never shown back, to its creator or anyone else: the API shows a mask, a PATCH
// that sends the mask back keeps the stored key, and a new key replaces it.
func TestSourceSecretsAreMasked(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		alice, _ := h.registerAPI("alice@example.com")
		bob, _ := h.registerAPI("bob@example.com")
		const key = "k-secret-123"
		created := alice.expect("POST", "/api/v1/sources", map[string]any{"kind": "themuse",
			"params": map[string]string{"category": "Data Science", "api_key": key}, "enabled": false}, 201)
		id := created.json(t)["id"].(string)
		for _, r := range []resp{created, alice.expect("GET", "/api/v1/sources/"+id, nil, 200), bob.expect("GET", "/api/v1/sources/"+id, nil, 200),
			bob.expect("GET", "/api/v1/sources", nil, 200)} {
			if body := string(r.body); strings.Contains(body, key) || !strings.Contains(body, `"api_key":"********"`) {
				t.Errorf("the key is shown: %s", body)
			}
		}
		storedKey := func() string {
			src, err := h.st.Source(context.Background(), id)
			if err != nil {
				t.Fatal(err)
			}
			return src.Params["api_key"]
		}
		alice.expect("PATCH", "/api/v1/sources/"+id, map[string]any{"params": map[string]string{"category": "Software", "api_key": "********"}}, 200)
		if got := storedKey(); got != key {
			t.Errorf("after a PATCH sending the mask back the key is %q, want it kept", got)
		}
		alice.expect("PATCH", "/api/v1/sources/"+id, map[string]any{"params": map[string]string{"category": "Software", "api_key": "k-new-456"}}, 200)
		if got := storedKey(); got != "k-new-456" {
			t.Errorf("after a PATCH with a new key the key is %q", got)
		}
	})
}
