package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"

	"github.com/career-copilot/copilot/internal/fetch"
)

// publicError says in one line, without internal detail (package names, resolver addresses, query
// strings), why a run failed. Runs are visible to every user of the instance; the full chain goes to the log.
func publicError(err error) string {
	var se *fetch.StatusError
	var dns *net.DNSError
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("the board answered HTTP %d", se.Status)
	case errors.Is(err, fetch.ErrPrivateAddress):
		return "the address is on a private network (allowed only with COPILOT_ALLOW_PRIVATE_FETCH=true)"
	case errors.Is(err, fetch.ErrBadURL):
		return "the URL is not an absolute http or https URL"
	case errors.Is(err, fetch.ErrTooLarge):
		return "the answer was larger than the size limit"
	case errors.Is(err, fetch.ErrRobots):
		return "robots.txt does not allow fetching this page"
	case errors.As(err, &dns):
		return fmt.Sprintf("could not find the host %s", dns.Name)
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded):
		return "the board did not answer in time"
	case errors.Is(err, context.Canceled):
		return "the run was stopped (the server was shutting down)"
	case errors.As(err, &syn), errors.As(err, &typ):
		return "the answer was not a listing this kind of board sends (malformed JSON)"
	}
	var op *net.OpError
	if errors.As(err, &op) {
		return "could not connect to the board"
	}
	return "the answer could not be read as a listing of this kind of board"
}
