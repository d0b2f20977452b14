package api

import (
	"context"
	"crypto/subtle"
	"net"
	"net/http"
	"strings"

	"github.com/career-copilot/copilot/internal/application"
	"github.com/career-copilot/copilot/internal/user"
)

// Cookie names shared with the web UI.
const (
	SessionCookie = "copilot_session"
	CSRFCookie    = "copilot_csrf"
	CSRFHeader    = "X-CSRF-Token"
)

type ctxKey int

const principalKey ctxKey = 1

// principal is who made the request and how.
type principal struct {
	Account   user.Account
	SessionID string // set for cookie sessions
	Bearer    bool
}

func principalOf(r *http.Request) (principal, bool) {
	p, ok := r.Context().Value(principalKey).(principal)
	return p, ok
}

// UserID returns the authenticated user's id, for other packages' handlers and middleware.
func UserID(r *http.Request) string {
	p, _ := principalOf(r)
	return p.Account.ID
}

// authenticate reads a bearer token or the session cookie. A bad bearer token is refused outright;
// a stale cookie simply leaves the request anonymous.
func (a *API) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if h := r.Header.Get("Authorization"); h != "" {
			scheme, tok, _ := strings.Cut(h, " ")
			if !strings.EqualFold(scheme, "Bearer") || tok == "" {
				WriteProblem(w, r, user.ErrInvalidToken)
				return
			}
			acct, err := a.d.Users.AuthenticateAccess(r.Context(), strings.TrimSpace(tok))
			if err != nil {
				WriteProblem(w, r, err)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), principalKey, principal{Account: acct, Bearer: true})))
			return
		}
		if c, err := r.Cookie(SessionCookie); err == nil && c.Value != "" {
			if acct, sid, err := a.d.Users.AuthenticateSession(r.Context(), c.Value); err == nil {
				r = r.WithContext(context.WithValue(r.Context(), principalKey, principal{Account: acct, SessionID: sid}))
			}
		}
		next.ServeHTTP(w, r)
	})
}

func requireUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, ok := principalOf(r); !ok {
			WriteProblem(w, r, errUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func requireAdmin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if p, _ := principalOf(r); !p.Account.IsAdmin() {
			WriteProblem(w, r, errForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// RequireUser is requireUser for routes mounted by other packages.
func RequireUser(next http.Handler) http.Handler { return requireUser(next) }

// RequireAdmin is requireAdmin for routes mounted by other packages.
func RequireAdmin(next http.Handler) http.Handler { return requireAdmin(next) }

// csrf enforces the double-submit token on unsafe methods whenever the browser's ambient
// credentials are in play: a session cookie on the request, or a login asking for one (mode=cookie).
// Bearer-token clients carry no ambient credentials and need no token.
func csrf(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions:
			next.ServeHTTP(w, r)
			return
		}
		if p, ok := principalOf(r); ok && p.Bearer {
			next.ServeHTTP(w, r)
			return
		}
		_, hasSession := r.Cookie(SessionCookie)
		if hasSession == nil || r.URL.Query().Get("mode") == "cookie" {
			c, err := r.Cookie(CSRFCookie)
			h := r.Header.Get(CSRFHeader)
			if err != nil || c.Value == "" || h == "" || subtle.ConstantTimeCompare([]byte(c.Value), []byte(h)) != 1 {
				WriteProblem(w, r, problem(http.StatusForbidden, "CSRF token missing or invalid", "Send the value of the copilot_csrf cookie in the X-CSRF-Token header."))
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

// clientIP is the peer address, or the first X-Forwarded-For hop behind a trusted proxy.
func (a *API) clientIP(r *http.Request) string {
	if a.d.TrustProxy {
		if xff := r.Header.Get("X-Forwarded-For"); xff != "" {
			first, _, _ := strings.Cut(xff, ",")
			if ip := net.ParseIP(strings.TrimSpace(first)); ip != nil {
				return ip.String()
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// forgetOnWrite drops what services keep of a user between requests once any unsafe request of theirs
// has been answered, so the next read of that user on this replica sees the write whatever route made it.
func (a *API) forgetOnWrite(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r)
		switch r.Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions:
			return
		}
		id := UserID(r)
		if id == "" {
			return
		}
		if a.d.Matching != nil {
			a.d.Matching.Forget(id)
		}
		if a.d.Alerting.Analytics != nil && changesScores(r.URL.Path) {
			a.d.Alerting.Analytics.Forget(id) // rebuilding a day's scores costs a fresh index: only when their inputs changed
		}
	})
}

// changesScores reports whether a write to path changes what postings are scored with: the profile
// and the resumes, the two halves of a candidate.
func changesScores(path string) bool {
	return strings.HasPrefix(path, "/api/v1/profile") || strings.HasPrefix(path, "/api/v1/resumes")
}

// pageOrigin marks a request signed in by the browser session, which only the web UI holds, as made
// on a page, so the timeline tells the UI's notes and reminders from a script's.
func pageOrigin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if p, ok := principalOf(r); ok && !p.Bearer {
			r = r.WithContext(application.WithOrigin(r.Context(), application.OriginPage))
		}
		next.ServeHTTP(w, r)
	})
}
