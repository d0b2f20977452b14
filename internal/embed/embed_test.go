package embed

import (
	"context"
	"encoding/json"
	"errors"
	"math"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
)

// fakeServer speaks the /v1/embeddings API: each text's vector is [len, count of "a", 1],
// returned in reverse order to check that clients sort by index.
func fakeServer(t *testing.T, key string) (*httptest.Server, *int) {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		if r.URL.Path != "/v1/embeddings" || r.Method != http.MethodPost {
			http.NotFound(w, r)
			return
		}
		if key != "" && r.Header.Get("Authorization") != "Bearer "+key {
			w.WriteHeader(http.StatusUnauthorized)
			w.Write([]byte(`{"error":{"message":"bad key"}}`))
			return
		}
		var req struct {
			Model string   `json:"model"`
			Input []string `json:"input"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil || req.Model != "test-model" {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		type item struct {
			Object    string    `json:"object"`
			Index     int       `json:"index"`
			Embedding []float32 `json:"embedding"`
		}
		var data []item
		for i := len(req.Input) - 1; i >= 0; i-- {
			s := req.Input[i]
			data = append(data, item{"embedding", i, []float32{float32(len(s)), float32(strings.Count(s, "a")), 1}})
		}
		json.NewEncoder(w).Encode(map[string]any{"object": "list", "data": data, "model": req.Model})
	}))
	t.Cleanup(srv.Close)
	return srv, &calls
}

func TestOpenAIEmbed(t *testing.T) {
	srv, calls := fakeServer(t, "sk-test")
	c := NewOpenAI(srv.URL, "test-model", "sk-test")
	c.Batch = 2
	got, err := c.Embed(context.Background(), []string{"a", "banana", "xyz"})
	if err != nil {
		t.Fatal(err)
	}
	want := [][]float32{{1, 1, 1}, {6, 3, 1}, {3, 0, 1}}
	if !reflect.DeepEqual(got, want) || *calls != 2 {
		t.Fatalf("got %v in %d calls, want %v in 2", got, *calls, want)
	}
	bad := NewOpenAI(srv.URL+"/v1", "test-model", "wrong")
	if _, err := bad.Embed(context.Background(), []string{"a"}); !errors.Is(err, ErrProvider) || !strings.Contains(err.Error(), "bad key") {
		t.Fatalf("wrong key: %v", err)
	}
}

func TestVectors(t *testing.T) {
	v := []float32{1.5, -2, 0.25}
	back, err := Decode(Encode(v))
	if err != nil || !reflect.DeepEqual(back, v) {
		t.Fatalf("round trip %v %v", back, err)
	}
	if c := Cosine([]float32{1, 0}, []float32{1, 1}); math.Abs(c-1/math.Sqrt2) > 1e-12 {
		t.Errorf("cosine = %v", c)
	}
	if Cosine([]float32{1}, []float32{1, 2}) != 0 {
		t.Error("lengths differ: 0")
	}
	// a: 1/61 + 1/63; b: 1/62 + 1/61; c: 1/63 + 1/62 → b > a > c.
	if got := RRF(60, []string{"a", "b", "c"}, []string{"b", "c", "a"}); !reflect.DeepEqual(got, []string{"b", "a", "c"}) {
		t.Errorf("RRF = %v", got)
	}
}
