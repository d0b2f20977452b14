package api

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"runtime"
)

// gate lets at most a few ranking requests (matches, search, the jobs list, similar postings, the
// skill gap, the dashboard) work at once and queues the rest: each holds megabytes of scratch space
// and posting text while it works, and on a CPU-bound path more at once than there are cores only
// adds memory. A request gives its slot back before its answer is sent, so a client that reads
// slowly, or not at all, holds no slot.
type gate chan struct{}

// newGate returns a gate of n slots, GOMAXPROCS when n is 0 or less.
func newGate(n int) gate {
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	return make(gate, n)
}

// statusClientClosed answers a request whose client left while it waited: nobody reads it, and it
// is no failure of the server's (nginx's code for it).
const statusClientClosed = 499

// errGateTimeout answers a request whose deadline passed while it waited for a slot.
var errGateTimeout = problem(http.StatusServiceUnavailable, "Server busy", "The request's time ran out while it waited its turn; try again.")

// wrap runs h once a slot is free, with its answer held in memory until the slot is given back.
func (g gate) wrap(h handler) handler {
	return func(w http.ResponseWriter, r *http.Request) error {
		select {
		case g <- struct{}{}:
		case <-r.Context().Done():
			if errors.Is(r.Context().Err(), context.Canceled) {
				w.WriteHeader(statusClientClosed)
				return nil
			}
			return errGateTimeout
		}
		held := &heldAnswer{header: w.Header()}
		err := func() error {
			defer func() { <-g }()
			return h(held, r)
		}()
		if held.status == 0 {
			return err // nothing written: the one renderer writes the error
		}
		w.WriteHeader(held.status)
		_, _ = w.Write(held.body.Bytes()) // a client that left mid-answer is no error of ours
		return nil
	}
}

// heldAnswer is a response kept in memory: its headers are the real writer's, set before anything
// is sent.
type heldAnswer struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (a *heldAnswer) Header() http.Header { return a.header }

func (a *heldAnswer) WriteHeader(code int) {
	if a.status == 0 {
		a.status = code
	}
}

func (a *heldAnswer) Write(p []byte) (int, error) {
	a.WriteHeader(http.StatusOK)
	return a.body.Write(p)
}
