package scaletest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"testing"
	"time"
)

var httpClient = &http.Client{Timeout: time.Minute}

// call sends one API request with an optional bearer token and JSON body and returns status and body.
func call(t *testing.T, method, url, token string, body any) (int, []byte) {
	t.Helper()
	status, b, err := send(method, url, token, body)
	if err != nil {
		t.Fatal(err)
	}
	return status, b
}

// send is call without the test, safe to use from other goroutines.
func send(method, url, token string, body any) (int, []byte, error) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return 0, nil, err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, url, rd)
	if err != nil {
		return 0, nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := httpClient.Do(req)
	if err != nil {
		return 0, nil, fmt.Errorf("%s %s: %w", method, url, err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		return 0, nil, fmt.Errorf("%s %s: read body: %w", method, url, err)
	}
	return res.StatusCode, b, nil
}

// mustCall is call that fails the test unless the status is want, decoding the body into out when given.
func mustCall(t *testing.T, method, url, token string, body any, want int, out any) {
	t.Helper()
	got, b := call(t, method, url, token, body)
	if got != want {
		t.Fatalf("%s %s: status %d, want %d: %s", method, url, got, want, b)
	}
	if out != nil {
		if err := json.Unmarshal(b, out); err != nil {
			t.Fatalf("%s %s: decode: %v: %s", method, url, err, b)
		}
	}
}

// register creates an account on the server and returns its id and access token.
func register(t *testing.T, base, email string) (id, token string) {
	t.Helper()
	var res struct {
		User struct {
			ID string `json:"id"`
		} `json:"user"`
		AccessToken string `json:"access_token"`
	}
	mustCall(t, http.MethodPost, base+"/api/v1/auth/register", "", map[string]string{"email": email, "password": "correct-horse-7-battery"},
		http.StatusCreated, &res)
	if res.User.ID == "" || res.AccessToken == "" {
		t.Fatalf("register %s: no user id or token", email)
	}
	return res.User.ID, res.AccessToken
}
