package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"testing"
	"time"
)

func TestBareBodyIsJSONOfTheSize(t *testing.T) {
	for _, size := range []int{12, 100, 4096, 65000} {
		b := bareBody(size)
		if len(b) != size {
			t.Errorf("bareBody(%d) has %d bytes", size, len(b))
		}
		var v map[string]string
		if err := json.Unmarshal(b, &v); err != nil {
			t.Errorf("bareBody(%d) is not JSON: %v", size, err)
		}
	}
}

func TestBareServerAnswersTheBody(t *testing.T) {
	b, err := startBare(2048)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	res, err := http.Get(b.URL + "/api/v1/dashboard")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || len(body) != 2048 || res.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("bare answered %d, %d bytes, %q", res.StatusCode, len(body), res.Header.Get("Content-Type"))
	}
	r := load(context.Background(), newClient(2), b.URL, "", mix, 2, time.Minute, 50, 0)
	if r.Requests != 50 || r.Errors != 0 || r.MeanBytes() != 2048 {
		t.Errorf("load on bare: %d requests, %d errors, mean %d bytes; want 50, 0, 2048", r.Requests, r.Errors, r.MeanBytes())
	}
}
