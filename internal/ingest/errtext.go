package ingest

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"syscall"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/posting"
)

// publicError says in one line, without internal detail (package names, resolver addresses, query
// strings), why a run failed. Runs are visible to every user of the instance; the full chain goes to the log.
func publicError(err error) string {
	var se *fetch.StatusError
	var ru *fetch.RobotsUnreachableError
	var dns *net.DNSError
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var xsyn *xml.SyntaxError
	var shape *posting.ShapeError
	switch {
	case errors.As(err, &ru):
		return fmt.Sprintf("robots.txt could not be read (%s), so the page is not fetched", robotsCause(ru))
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
	case errors.As(err, &syn):
		return jsonCause(syn)
	case errors.As(err, &typ):
		return "the answer was not a listing this kind of board sends (malformed JSON)"
	case errors.As(err, &xsyn):
		if xsyn.Msg == "unexpected EOF" {
			return fmt.Sprintf("the answer ends at line %d before the feed is complete (cut short)", xsyn.Line)
		}
		return fmt.Sprintf("the answer is not well-formed XML (line %d: %s)", xsyn.Line, xsyn.Msg)
	case errors.As(err, &shape):
		return "the answer is not what this kind of board sends: " + shape.Msg
	}
	var op *net.OpError
	if errors.As(err, &op) {
		if why := connCause(err); why != "" {
			return "could not connect to the board (" + why + ")"
		}
		return "could not connect to the board"
	}
	return "the answer could not be read as a listing of this kind of board"
}

// publicItemErrors says each item error's cause, when it keeps one, as publicError says a run's.
func publicItemErrors(errs []posting.ItemError) []posting.ItemError {
	for i := range errs {
		if errs[i].Cause != nil {
			errs[i].Err += ": " + publicError(errs[i].Cause)
			errs[i].Cause = nil
		}
	}
	return errs
}

// jsonCause says why an answer did not decode: it was empty, it stops part-way, or it is not JSON.
func jsonCause(syn *json.SyntaxError) string {
	switch {
	case !strings.Contains(syn.Error(), "unexpected end"):
		return "the answer was not a listing this kind of board sends (malformed JSON)"
	case syn.Offset == 0:
		return "the answer was empty"
	}
	return fmt.Sprintf("the answer ends at byte %d before the listing is complete (cut short)", syn.Offset)
}

// robotsCause is the short reason robots.txt could not be read.
func robotsCause(ru *fetch.RobotsUnreachableError) string {
	var dns *net.DNSError
	switch {
	case ru.Status != 0:
		return fmt.Sprintf("HTTP %d", ru.Status)
	case errors.Is(ru.Err, fetch.ErrPrivateAddress):
		return "refused: it resolves to a private address"
	case errors.As(ru.Err, &dns):
		return fmt.Sprintf("the host %s does not resolve", dns.Name)
	case errors.Is(ru.Err, context.DeadlineExceeded), errors.Is(ru.Err, os.ErrDeadlineExceeded), isTimeout(ru.Err):
		return "no answer in time"
	case errors.Is(ru.Err, context.Canceled):
		return "the run was stopped"
	}
	if why := connCause(ru.Err); why != "" {
		return why
	}
	return "the connection failed"
}

// connCause names the common socket errors, or says "".
func connCause(err error) string {
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		return "connection refused"
	case errors.Is(err, syscall.ECONNRESET):
		return "connection reset"
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return "the host is unreachable"
	}
	return ""
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
