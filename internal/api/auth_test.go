package api_test

import (
	"encoding/base64"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/golang-jwt/jwt/v5"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
	"github.com/career-copilot/copilot/internal/user"
)

func TestRegisterAndLogin(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		b := h.registerBrowser("Ada@Example.com")
		me := b.expect("GET", "/api/v1/auth/me", nil, 200).json(t)
		if me["email"] != "ada@example.com" || me["role"] != "admin" {
			t.Fatalf("first user: %v", me)
		}
		second, _ := h.registerAPI("bob@example.com")
		if m := second.expect("GET", "/api/v1/auth/me", nil, 200).json(t); m["role"] != "user" {
			t.Fatalf("second user must be a plain user: %v", m)
		}

		// Duplicate email, in any case, is a 409 naming the field.
		r := h.apiClient().expect("POST", "/api/v1/auth/register", map[string]string{"email": "ADA@example.com", "password": "another pass 1"}, 409)
		if fieldErrors(t, r)["email"] == "" {
			t.Fatalf("duplicate email must name the field: %s", r.body)
		}
		// Weak password and bad email: one entry per field.
		r = h.apiClient().expect("POST", "/api/v1/auth/register", map[string]string{"email": "not-an-email", "password": "short"}, 422)
		fe := fieldErrors(t, r)
		if fe["email"] != "must be a valid email address" || fe["password"] != "must be at least 10 characters" {
			t.Fatalf("field errors %v", fe)
		}
		// Wrong password and unknown account give the same answer.
		for _, body := range []map[string]string{{"email": "ada@example.com", "password": "wrong password 1"}, {"email": "nobody@example.com", "password": "wrong password 1"}} {
			r := h.apiClient().expect("POST", "/api/v1/auth/login", body, 401)
			if !strings.Contains(string(r.body), "Invalid email or password") {
				t.Fatalf("login failure body %s", r.body)
			}
		}
		r = h.apiClient().expect("POST", "/api/v1/auth/login", map[string]string{"email": "ada@example.com", "password": "correct horse 9"}, 200)
		if tok, _ := r.json(t)["access_token"].(string); tok == "" {
			t.Fatalf("token login: %s", r.body)
		}
	})
}

func TestLoginRateLimit(t *testing.T) {
	h := newHarness(t, store.SQLite)
	h.registerAPI("rl@example.com")
	bad := map[string]string{"email": "rl@example.com", "password": "wrong password 1"}
	for i := 0; i < 5; i++ {
		h.apiClient().expect("POST", "/api/v1/auth/login", bad, 401)
	}
	r := h.apiClient().expect("POST", "/api/v1/auth/login", map[string]string{"email": "rl@example.com", "password": "correct horse 9"}, 429)
	if ra := r.header.Get("Retry-After"); ra == "" || ra == "0" {
		t.Fatalf("Retry-After %q", ra)
	}
	// Another account from the same IP is still allowed until the per-IP budget (3×) is spent.
	h.registerAPI("other@example.com")
	h.apiClient().expect("POST", "/api/v1/auth/login", map[string]string{"email": "other@example.com", "password": "correct horse 9"}, 200)
}

func TestTokens(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		c, _ := h.registerAPI("tok@example.com")
		c.expect("GET", "/api/v1/auth/me", nil, 200)
		good := c.bearer
		claims := jwt.MapClaims{}
		if _, _, err := jwt.NewParser().ParseUnverified(good, claims); err != nil {
			t.Fatal(err)
		}
		sign := func(m jwt.MapClaims, key string) string {
			s, err := jwt.NewWithClaims(jwt.SigningMethodHS256, m).SignedString([]byte(key))
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
		copyClaims := func(edit func(jwt.MapClaims)) jwt.MapClaims {
			m := jwt.MapClaims{}
			for k, v := range claims {
				m[k] = v
			}
			edit(m)
			return m
		}
		expired := sign(copyClaims(func(m jwt.MapClaims) { m["exp"] = time.Now().Add(-time.Minute).Unix() }), secret)
		noExp := sign(copyClaims(func(m jwt.MapClaims) { delete(m, "exp") }), secret)
		wrongKey := sign(claims, "another-secret-another-secret-another-1")
		none, _ := jwt.NewWithClaims(jwt.SigningMethodNone, claims).SignedString(jwt.UnsafeAllowNoneSignatureType)
		parts := strings.Split(good, ".")
		payload, _ := base64.RawURLEncoding.DecodeString(parts[1])
		tamperedPayload := strings.Replace(string(payload), `"role":"admin"`, `"role":"user"`, 1)
		if tamperedPayload == string(payload) {
			tamperedPayload = strings.Replace(string(payload), `"tv":1`, `"tv":2`, 1)
		}
		tampered := parts[0] + "." + base64.RawURLEncoding.EncodeToString([]byte(tamperedPayload)) + "." + parts[2]
		for name, tok := range map[string]string{"expired": expired, "no exp": noExp, "wrong key": wrongKey, "alg none": none, "tampered": tampered, "garbage": "abc.def.ghi"} {
			bad := &client{h: h, bearer: tok}
			r := bad.expect("GET", "/api/v1/auth/me", nil, 401)
			if !strings.Contains(string(r.body), "Invalid or expired token") {
				t.Errorf("%s: body %s", name, r.body)
			}
		}
	})
}

func TestRefreshRotationAndReuse(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		_, refresh1 := h.registerAPI("rot@example.com")
		r := h.apiClient().expect("POST", "/api/v1/auth/refresh", map[string]string{"refresh_token": refresh1}, 200).json(t)
		refresh2 := r["refresh_token"].(string)
		if refresh2 == refresh1 || r["access_token"] == "" {
			t.Fatalf("rotation must give a new refresh token: %v", r)
		}
		// Reusing the first token revokes the whole family: the second one dies too.
		h.apiClient().expect("POST", "/api/v1/auth/refresh", map[string]string{"refresh_token": refresh1}, 401)
		h.apiClient().expect("POST", "/api/v1/auth/refresh", map[string]string{"refresh_token": refresh2}, 401)
		// A new login starts a new family that works.
		login := h.apiClient().expect("POST", "/api/v1/auth/login", map[string]string{"email": "rot@example.com", "password": "correct horse 9"}, 200).json(t)
		refresh3 := login["refresh_token"].(string)
		h.apiClient().expect("POST", "/api/v1/auth/refresh", map[string]string{"refresh_token": refresh3}, 200)
		// An expired refresh token is refused.
		login = h.apiClient().expect("POST", "/api/v1/auth/login", map[string]string{"email": "rot@example.com", "password": "correct horse 9"}, 200).json(t)
		h.now = h.now.Add(25 * time.Hour)
		h.apiClient().expect("POST", "/api/v1/auth/refresh", map[string]string{"refresh_token": login["refresh_token"].(string)}, 401)
	})
}

func TestConcurrentRefreshOneWinner(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		_, refresh := h.registerAPI("race@example.com")
		var wg sync.WaitGroup
		codes := make(chan int, 6)
		for i := 0; i < 6; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				codes <- h.apiClient().do("POST", "/api/v1/auth/refresh", map[string]string{"refresh_token": refresh}).status
			}()
		}
		wg.Wait()
		close(codes)
		ok := 0
		for c := range codes {
			if c == 200 {
				ok++
			}
		}
		if ok > 1 {
			t.Fatalf("%d concurrent refreshes of one token succeeded; at most one may", ok)
		}
	})
}

func TestCSRF(t *testing.T) {
	h := newHarness(t, store.SQLite)
	b := h.registerBrowser("csrf@example.com")
	b.expect("PATCH", "/api/v1/profile", map[string]any{"full_name": "With Token"}, 200)
	b.noCSRF = true
	r := b.expect("PATCH", "/api/v1/profile", map[string]any{"full_name": "Forged"}, 403)
	if !strings.Contains(string(r.body), "CSRF") {
		t.Fatalf("body %s", r.body)
	}
	b.noCSRF = false
	if got := b.expect("GET", "/api/v1/profile", nil, 200).json(t)["full_name"]; got != "With Token" {
		t.Fatalf("forged request changed the profile: %v", got)
	}
	// Cookie login without the token is refused too (login CSRF).
	fresh := h.browser()
	fresh.noCSRF = true
	fresh.expect("POST", "/api/v1/auth/login?mode=cookie", map[string]string{"email": "csrf@example.com", "password": "correct horse 9"}, 403)
	// Bearer clients need none.
	c, _ := h.registerAPI("bearer@example.com")
	c.expect("PATCH", "/api/v1/profile", map[string]any{"full_name": "Bearer"}, 200)
}

func TestLogoutAndPasswordChangeRevoke(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		b := h.registerBrowser("pw@example.com")
		other := h.browser()
		other.expect("POST", "/api/v1/auth/login?mode=cookie", map[string]string{"email": "pw@example.com", "password": "correct horse 9"}, 200)
		api1 := h.apiClient()
		login := api1.expect("POST", "/api/v1/auth/login", map[string]string{"email": "pw@example.com", "password": "correct horse 9"}, 200).json(t)
		api1.bearer = login["access_token"].(string)

		r := b.expect("POST", "/api/v1/auth/password", map[string]string{"current_password": "nope nope 1", "new_password": "brand new pass 2"}, 422)
		if fieldErrors(t, r)["current_password"] == "" {
			t.Fatalf("wrong current password: %s", r.body)
		}
		b.expect("POST", "/api/v1/auth/password", map[string]string{"current_password": "correct horse 9", "new_password": "brand new pass 2"}, 204)
		b.expect("GET", "/api/v1/auth/me", nil, 200)     // the session that changed it stays
		other.expect("GET", "/api/v1/auth/me", nil, 401) // other sessions end
		api1.expect("GET", "/api/v1/auth/me", nil, 401)  // access tokens issued before are dead
		h.apiClient().expect("POST", "/api/v1/auth/refresh", map[string]string{"refresh_token": login["refresh_token"].(string)}, 401)
		h.apiClient().expect("POST", "/api/v1/auth/login", map[string]string{"email": "pw@example.com", "password": "brand new pass 2"}, 200)

		b.expect("POST", "/api/v1/auth/logout", nil, 204)
		b.expect("GET", "/api/v1/auth/me", nil, 401)

		// API logout revokes the refresh token's family.
		c, refresh := h.registerAPI("out@example.com")
		c.expect("POST", "/api/v1/auth/logout", map[string]string{"refresh_token": refresh}, 204)
		h.apiClient().expect("POST", "/api/v1/auth/refresh", map[string]string{"refresh_token": refresh}, 401)
	})
}

func TestRegistrationModes(t *testing.T) {
	closed := newHarness(t, store.SQLite, func(c *user.Config) { c.Registration = "closed" })
	closed.registerAPI("first@example.com") // the first account may always be created
	closed.apiClient().expect("POST", "/api/v1/auth/register", map[string]string{"email": "second@example.com", "password": "correct horse 9"}, 403)

	inv := newHarness(t, store.SQLite, func(c *user.Config) { c.Registration = "invite" })
	admin, _ := inv.registerAPI("admin@example.com")
	inv.apiClient().expect("POST", "/api/v1/auth/register", map[string]string{"email": "x@example.com", "password": "correct horse 9"}, 403)
	code := admin.expect("POST", "/api/v1/admin/invites", nil, 201).json(t)["code"].(string)
	inv.apiClient().expect("POST", "/api/v1/auth/register", map[string]string{"email": "x@example.com", "password": "correct horse 9", "invite_code": code}, 201)
	// An invite works once.
	inv.apiClient().expect("POST", "/api/v1/auth/register", map[string]string{"email": "y@example.com", "password": "correct horse 9", "invite_code": code}, 403)
	// Only admins make invites.
	plain := inv.apiClient()
	plain.bearer = plain.expect("POST", "/api/v1/auth/login", map[string]string{"email": "x@example.com", "password": "correct horse 9"}, 200).json(t)["access_token"].(string)
	plain.expect("POST", "/api/v1/admin/invites", nil, 403)
}

// A bearer client (no session to keep) changes its password on both databases; every session ends.
func TestBearerPasswordChange(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		c, _ := h.registerAPI("bearer-pw@example.com")
		web := h.browser()
		web.expect("POST", "/api/v1/auth/login?mode=cookie", map[string]string{"email": "bearer-pw@example.com", "password": "correct horse 9"}, 200)
		c.expect("POST", "/api/v1/auth/password", map[string]string{"current_password": "correct horse 9", "new_password": "brand new pass 2"}, 204)
		web.expect("GET", "/api/v1/auth/me", nil, 401)
		c.expect("GET", "/api/v1/auth/me", nil, 401) // its own access token was issued before
	})
}
