package api

import (
	"net/http"
	"runtime"
)

// gate lets at most a few ranking requests (matches, search, the jobs list, similar postings, the
// skill gap) work at once and queues the rest: each holds megabytes of scratch space and posting
// text while it works, and on a CPU-bound path more at once than there are cores only adds memory.
type gate chan struct{}

// newGate returns a gate of n slots, GOMAXPROCS when n is 0 or less.
func newGate(n int) gate {
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	return make(gate, n)
}

// errGateClosed answers a request whose context ended while it waited for a slot.
var errGateClosed = problem(http.StatusServiceUnavailable, "Server busy", "The request ended while it waited its turn; try again.")

// wrap runs h once a slot is free.
func (g gate) wrap(h handler) handler {
	return func(w http.ResponseWriter, r *http.Request) error {
		select {
		case g <- struct{}{}:
		case <-r.Context().Done():
			return errGateClosed
		}
		defer func() { <-g }()
		return h(w, r)
	}
}
