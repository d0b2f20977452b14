package main

import (
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"strings"
)

// bareServer is the reference: a plain net/http handler in this process answering a JSON body of the
// given size to every request, so the ratio to it shows what the application costs over the bare stack.
type bareServer struct {
	srv *http.Server
	URL string
}

// startBare listens on a loopback port and answers every request with size bytes of JSON.
func startBare(size int) (*bareServer, error) {
	body := bareBody(size)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("loadgen: bare listen: %w", err)
	}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	})}
	go func() { _ = srv.Serve(ln) }()
	return &bareServer{srv: srv, URL: "http://" + ln.Addr().String()}, nil
}

// Close stops the bare server.
func (b *bareServer) Close() { _ = b.srv.Close() }

// bareBody is a valid JSON object of exactly size bytes (at least the 12 of its frame), encoded once
// the way the API encodes: one json.Marshal, so the handler only writes bytes.
func bareBody(size int) []byte {
	const frame = len(`{"data":""}`) + 1 // and the newline json.Encoder writes
	pad := max(size-frame, 0)
	b, _ := json.Marshal(map[string]string{"data": strings.Repeat("x", pad)})
	return append(b, '\n')
}
