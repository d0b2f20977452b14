package main

import "testing"

func TestCheckLoopback(t *testing.T) {
	for _, tc := range []struct {
		url string
		ok  bool
	}{
		{"http://127.0.0.1:8000", true},
		{"http://127.0.0.53:8000/api", true},
		{"http://[::1]:8000", true},
		{"http://localhost:8000", true},
		{"postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable", true},
		{"http://10.0.0.1:8000", false},
		{"http://192.168.1.20", false},
		{"http://0.0.0.0:8000", false},
		{"http://93.184.216.34", false},
		{"http://[2001:db8::1]:80", false},
		{"not a url", false},
		{"http://", false},
	} {
		err := checkLoopback(tc.url)
		if (err == nil) != tc.ok {
			t.Errorf("checkLoopback(%q) = %v, want ok=%v", tc.url, err, tc.ok)
		}
	}
}
