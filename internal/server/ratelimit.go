package server

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/api"
	"github.com/career-copilot/copilot/internal/ratelimit"
)

// RateLimits are the budgets of the three classes of API route.
type RateLimits struct {
	Auth   ratelimit.Rate // /api/v1/auth/* except GET and HEAD
	Writes ratelimit.Rate // other unsafe methods
	Reads  ratelimit.Rate // other GET and HEAD
}

// Limiter applies RateLimits per user when the request is authenticated and per client IP otherwise.
//
// Every limited response carries the fields of the IETF draft "RateLimit header fields for HTTP"
// (draft-ietf-httpapi-ratelimit-headers-10, the structured-field form):
//
//	RateLimit-Policy: "reads";q=600;w=60
//	RateLimit: "reads";r=599;t=42
//
// where q is the quota, w the window in seconds, r what is left and t the seconds until the window
// resets. A refused request is a 429 problem+json with Retry-After equal to t.
type Limiter struct {
	counter    ratelimit.Counter
	limits     RateLimits
	userID     func(*http.Request) string
	trustProxy bool
	log        *slog.Logger
}

// LimiterOptions tune NewLimiter.
type LimiterOptions struct {
	UserID     func(*http.Request) string // the authenticated user's id or ""; default api.UserID
	TrustProxy bool                       // take the client IP from X-Forwarded-For
	Logger     *slog.Logger
}

// NewLimiter counts in c (memory, Redis or the fallback between them).
func NewLimiter(c ratelimit.Counter, l RateLimits, o LimiterOptions) *Limiter {
	if o.UserID == nil {
		o.UserID = api.UserID
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return &Limiter{counter: c, limits: l, userID: o.UserID, trustProxy: o.TrustProxy, log: o.Logger}
}

// class names the budget a request draws on; "" means the request is not limited.
func class(r *http.Request) string {
	p := r.URL.Path
	if p == "/metrics" || p == "/health" || strings.HasPrefix(p, "/health/") {
		return ""
	}
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		// Reading the session (GET /auth/me on every page load) guesses no password: it is a read.
		return "reads"
	case http.MethodOptions:
		return "" // CORS preflights carry no credentials and do no work
	}
	if strings.HasPrefix(p, "/api/v1/auth/") {
		return "auth"
	}
	return "writes"
}

func (l *Limiter) rate(class string) ratelimit.Rate {
	switch class {
	case "auth":
		return l.limits.Auth
	case "writes":
		return l.limits.Writes
	}
	return l.limits.Reads
}

// key is the counter key of a request: class, then the user or the client network.
func (l *Limiter) key(r *http.Request, class string) string {
	if id := l.userID(r); id != "" {
		return class + ":u:" + id
	}
	return class + ":ip:" + clientNet(r, l.trustProxy)
}

// Middleware counts the request and refuses it with 429 once its class's budget is spent.
// Mount it after authentication so signed-in users are counted per account.
func (l *Limiter) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c := class(r)
		if c == "" {
			next.ServeHTTP(w, r)
			return
		}
		rt := l.rate(c)
		n, reset, err := l.counter.Add(r.Context(), l.key(r, c), rt.Window)
		if err != nil {
			// Fail open: a broken counter must not take the API down with it.
			l.log.WarnContext(r.Context(), "rate limit counter failed", "err", err)
			next.ServeHTTP(w, r)
			return
		}
		remaining := rt.Limit - n
		if remaining < 0 {
			remaining = 0
		}
		secs := ceilSeconds(reset)
		h := w.Header()
		h.Set("RateLimit-Policy", fmt.Sprintf("%q;q=%d;w=%d", c, rt.Limit, int(rt.Window/time.Second)))
		h.Set("RateLimit", fmt.Sprintf("%q;r=%d;t=%d", c, remaining, secs))
		if n > rt.Limit {
			h.Set("Retry-After", strconv.Itoa(secs))
			h.Set("Content-Type", "application/problem+json")
			w.WriteHeader(http.StatusTooManyRequests)
			_ = json.NewEncoder(w).Encode(api.Problem{Type: "about:blank", Title: "Too many requests", Status: http.StatusTooManyRequests,
				Detail: fmt.Sprintf("The limit is %d %s requests per %s. Try again in %d seconds.", rt.Limit, c, rt.Window, secs), Instance: r.URL.Path})
			return
		}
		next.ServeHTTP(w, r)
	})
}

func ceilSeconds(d time.Duration) int {
	if d <= 0 {
		return 0
	}
	return int((d + time.Second - 1) / time.Second)
}

// clientNet is the client's IPv4 address, or its IPv6 /64 (one host usually owns a whole /64,
// so counting single v6 addresses would let one client rotate through billions of keys).
func clientNet(r *http.Request, trustProxy bool) string {
	var ip net.IP
	if trustProxy {
		if xff := r.Header.Get("X-Forwarded-For"); xff != "" {
			first, _, _ := strings.Cut(xff, ",")
			ip = net.ParseIP(strings.TrimSpace(first))
		}
	}
	if ip == nil {
		host, _, err := net.SplitHostPort(r.RemoteAddr)
		if err != nil {
			host = r.RemoteAddr
		}
		ip = net.ParseIP(host)
	}
	if ip == nil {
		return r.RemoteAddr
	}
	if v4 := ip.To4(); v4 != nil {
		return v4.String()
	}
	return ip.Mask(net.CIDRMask(64, 128)).String() + "/64"
}
