package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/application"
	"github.com/career-copilot/copilot/internal/index"
	"github.com/career-copilot/copilot/internal/ingest"
	"github.com/career-copilot/copilot/internal/resume"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/user"
	"github.com/career-copilot/copilot/internal/validate"
)

// Problem is an RFC 9457 problem details body.
type Problem struct {
	Type     string                `json:"type"`
	Title    string                `json:"title"`
	Status   int                   `json:"status"`
	Detail   string                `json:"detail,omitempty"`
	Instance string                `json:"instance,omitempty"`
	Errors   []validate.FieldError `json:"errors,omitempty"`
}

// httpError is an error that already knows its response.
type httpError struct {
	p          Problem
	retryAfter time.Duration
}

func (e *httpError) Error() string { return e.p.Title }

func problem(status int, title, detail string) error {
	return &httpError{p: Problem{Type: "about:blank", Title: title, Status: status, Detail: detail}}
}

// The details of a validation problem: a write's, and a read's (GET, HEAD).
const (
	validationDetail     = "One or more fields are invalid; nothing was saved."
	readValidationDetail = "One or more query parameters are invalid."
)

// Common problems.
var (
	errUnauthorized = problem(http.StatusUnauthorized, "Authentication required", "Log in, or send a valid bearer access token.")
	errNotFound     = problem(http.StatusNotFound, "Not found", "")
	errForbidden    = problem(http.StatusForbidden, "Forbidden", "")
)

// toProblem maps domain errors to responses. Internal errors become a bare 500: their text never reaches the client.
func toProblem(err error) (Problem, time.Duration) {
	var he *httpError
	var fe validate.Errors
	var mf validate.Malformed
	var rl *user.RateLimited
	switch {
	case errors.As(err, &he):
		return he.p, he.retryAfter
	case errors.As(err, &mf):
		return Problem{Type: "about:blank", Title: "Malformed request", Status: http.StatusBadRequest, Errors: mf.Errors}, 0
	case errors.As(err, &fe):
		return Problem{Type: "about:blank", Title: "Validation failed", Status: http.StatusUnprocessableEntity, Detail: validationDetail, Errors: fe}, 0
	case errors.As(err, &rl):
		return Problem{Type: "about:blank", Title: "Too many requests", Status: http.StatusTooManyRequests, Detail: "Too many login attempts. Try again later."}, rl.RetryAfter
	case errors.Is(err, user.ErrBadCredentials):
		return Problem{Type: "about:blank", Title: "Invalid email or password", Status: http.StatusUnauthorized}, 0
	case errors.Is(err, user.ErrInvalidToken):
		return Problem{Type: "about:blank", Title: "Invalid or expired token", Status: http.StatusUnauthorized}, 0
	case errors.Is(err, user.ErrEmailTaken):
		return Problem{Type: "about:blank", Title: "Email already registered", Status: http.StatusConflict, Errors: []validate.FieldError{{Field: "email", Message: "is already registered"}}}, 0
	case errors.Is(err, user.ErrRegistrationClosed):
		return Problem{Type: "about:blank", Title: "Registration is closed", Status: http.StatusForbidden, Detail: "Ask the administrator to create your account."}, 0
	case errors.Is(err, ingest.ErrForbidden):
		return Problem{Type: "about:blank", Title: "Forbidden", Status: http.StatusForbidden, Detail: "Only the source's creator or an admin may change it."}, 0
	case errors.Is(err, ingest.ErrDuplicate):
		return Problem{Type: "about:blank", Title: "Source already exists", Status: http.StatusConflict, Detail: "This board is already a source."}, 0
	case errors.Is(err, ingest.ErrNotFetchable):
		return Problem{Type: "about:blank", Title: "File-import sources cannot be run or edited", Status: http.StatusConflict}, 0
	case errors.Is(err, ingest.ErrNoQueue):
		return Problem{Type: "about:blank", Title: "No worker to run the source", Status: http.StatusServiceUnavailable}, 0
	case errors.Is(err, store.ErrBadCursor):
		return Problem{Type: "about:blank", Title: "Malformed request", Status: http.StatusBadRequest, Errors: []validate.FieldError{{Field: "cursor", Message: "is not a cursor this server issued"}}}, 0
	case errors.Is(err, user.ErrInviteRequired):
		return Problem{Type: "about:blank", Title: "Invite required", Status: http.StatusForbidden, Errors: []validate.FieldError{{Field: "invite_code", Message: "is missing, used or expired"}}}, 0
	case errors.Is(err, application.ErrTooLarge):
		return Problem{Type: "about:blank", Title: "Document too large", Status: http.StatusRequestEntityTooLarge, Detail: "A document is at most 10 MB."}, 0
	case errors.Is(err, application.ErrNoCalendar):
		return Problem{Type: "about:blank", Title: "Not found", Status: http.StatusNotFound}, 0
	case errors.Is(err, resume.ErrEmpty), errors.Is(err, resume.ErrUnsupported), errors.Is(err, resume.ErrDamaged), errors.Is(err, resume.ErrEmptyFile):
		return Problem{Type: "about:blank", Title: "Unreadable resume", Status: http.StatusUnprocessableEntity, Detail: resumeDetail(err)}, 0
	case errors.Is(err, resume.ErrExpands):
		return Problem{Type: "about:blank", Title: "Resume cannot be unpacked safely", Status: http.StatusUnprocessableEntity,
			Detail: "Unpacked, this document would be far larger than its file (too many parts, or parts that expand too far). Save it again from your editor, or upload a PDF."}, 0
	case errors.Is(err, resume.ErrTooLarge):
		return Problem{Type: "about:blank", Title: "Resume too large", Status: http.StatusRequestEntityTooLarge, Detail: "A resume is at most 10 MB."}, 0
	case errors.Is(err, index.ErrNoPosting):
		return Problem{Type: "about:blank", Title: "Not found", Status: http.StatusNotFound}, 0
	case isNotFound(err):
		return Problem{Type: "about:blank", Title: "Not found", Status: http.StatusNotFound}, 0
	}
	return Problem{Type: "about:blank", Title: "Internal server error", Status: http.StatusInternalServerError, Detail: "Something went wrong on our side; it has been logged."}, 0
}

// WriteProblem renders err as problem+json; server errors are logged with the request id.
func WriteProblem(w http.ResponseWriter, r *http.Request, err error) {
	p, retry := toProblem(err)
	if p.Detail == validationDetail && (r.Method == http.MethodGet || r.Method == http.MethodHead) {
		p.Detail = readValidationDetail // a read changes nothing, so "nothing was saved" would mislead
	}
	if p.Status >= 500 {
		slog.ErrorContext(r.Context(), "request failed", "err", err, "method", r.Method, "path", r.URL.Path)
	}
	p.Instance = r.URL.Path
	if retry > 0 {
		w.Header().Set("Retry-After", strconv.Itoa(int(retry.Seconds()+0.999)))
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(p.Status)
	_ = json.NewEncoder(w).Encode(p)
}

// writeJSON sends v with a status. A value that cannot be encoded is an error before anything is
// sent; a client that leaves while the answer is sent is not one (the status is out, and nothing
// else could be written).
func writeJSON(w http.ResponseWriter, status int, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("api: encode answer: %w", err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
	return nil
}

// resumeDetail is the user-facing reason a resume could not be read (the sentinel's own text, never the file's).
func resumeDetail(err error) string {
	for _, e := range []error{resume.ErrEmptyFile, resume.ErrDamaged, resume.ErrTooShort, resume.ErrEmpty} {
		if errors.Is(err, e) {
			return sentence(e.Error())
		}
	}
	return resume.ErrUnsupported.Error()
}

// sentence capitalises a message and ends it with a full stop.
func sentence(s string) string {
	if s == "" {
		return s
	}
	s = strings.ToUpper(s[:1]) + s[1:]
	if !strings.HasSuffix(s, ".") {
		s += "."
	}
	return s
}
