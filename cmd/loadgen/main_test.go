package main

import (
	"io"
	"strings"
	"testing"
	"time"
)

func TestParseRefusesWhatIsNotBoundedOrLocal(t *testing.T) {
	for _, tc := range []struct {
		args string
		err  string // "" when the arguments are accepted
	}{
		{"--target http://127.0.0.1:8000 --clients 100,500", ""},
		{"--bare --clients 1000 --duration 5m", ""},
		{"--copilot bin/copilot --dbs sqlite,postgres --postgres postgres://postgres@127.0.0.1:5432/postgres", ""},
		{"--target http://10.1.2.3:8000", "not a loopback address"},
		{"--copilot bin/copilot --postgres postgres://db.example.com:5432/x", "loopback"},
		{"--copilot bin/copilot --redis redis://192.168.0.9:6379/0", "not a loopback address"},
		{"--target http://127.0.0.1:8000 --clients 5001", "--clients"},
		{"--target http://127.0.0.1:8000 --clients 0", "--clients"},
		{"--target http://127.0.0.1:8000 --duration 6m", "--duration"},
		{"--target http://127.0.0.1:8000 --routes search,admin", "unknown route"},
		{"--target http://127.0.0.1:8000 --bare", "exactly one"},
		{"--clients 10", "exactly one"},
		{"--copilot bin/copilot --dbs mysql", "unknown database"},
	} {
		_, err := parse(strings.Fields(tc.args), io.Discard)
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("parse(%q) = %v, want accepted", tc.args, err)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("parse(%q) = %v, want an error about %q", tc.args, err, tc.err)
		}
	}
}

func TestParseDefaults(t *testing.T) {
	o, err := parse([]string{"--target", "http://localhost:8000"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if len(o.clients) != 3 || o.clients[0] != 100 || o.clients[1] != 500 || o.clients[2] != 1000 {
		t.Errorf("clients = %v, want [100 500 1000]", o.clients)
	}
	if o.duration != 20*time.Second || len(o.routes) != 4 || o.routes[0].Name != "search" || o.routes[3].Name != "dashboard" {
		t.Errorf("duration %v, routes %v", o.duration, o.routes)
	}
}
