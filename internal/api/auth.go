package api

import (
	"net/http"
	"time"

	"github.com/career-copilot/copilot/internal/user"
)

type credentials struct {
	Email      string `json:"email"`
	Password   string `json:"password"`
	FullName   string `json:"full_name"`
	InviteCode string `json:"invite_code"`
}

type authResponse struct {
	User user.Account `json:"user"`
	*user.Tokens
}

func (a *API) csrfToken(w http.ResponseWriter, r *http.Request) error {
	tok := ""
	if c, err := r.Cookie(CSRFCookie); err == nil && len(c.Value) >= 32 {
		tok = c.Value
	} else {
		tok = newCSRFToken()
	}
	http.SetCookie(w, &http.Cookie{Name: CSRFCookie, Value: tok, Path: "/", SameSite: http.SameSiteLaxMode, Secure: a.d.CookieSecure, MaxAge: 365 * 24 * 3600})
	return writeJSON(w, http.StatusOK, map[string]string{"csrf_token": tok})
}

// finish answers a successful login or registration: a session cookie for browsers (mode=cookie), tokens otherwise.
func (a *API) finish(w http.ResponseWriter, r *http.Request, acct user.Account, status int) error {
	if r.URL.Query().Get("mode") == "cookie" {
		tok, exp, err := a.d.Users.StartSession(r.Context(), acct)
		if err != nil {
			return err
		}
		http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: tok, Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: a.d.CookieSecure, Expires: exp})
		return writeJSON(w, status, authResponse{User: acct})
	}
	t, err := a.d.Users.IssueTokens(r.Context(), acct)
	if err != nil {
		return err
	}
	return writeJSON(w, status, authResponse{User: acct, Tokens: &t})
}

func (a *API) register(w http.ResponseWriter, r *http.Request) error {
	var c credentials
	if err := decode(r, &c); err != nil {
		return err
	}
	acct, err := a.d.Users.Register(r.Context(), user.Registration{Email: c.Email, Password: c.Password, InviteCode: c.InviteCode})
	if err != nil {
		return err
	}
	if c.FullName != "" {
		p, err := a.d.Profiles.Profile(r.Context(), acct.ID)
		if err == nil {
			p.FullName = c.FullName
			_, _ = a.d.Profiles.SaveProfile(r.Context(), acct.ID, p)
		}
	}
	return a.finish(w, r, acct, http.StatusCreated)
}

func (a *API) login(w http.ResponseWriter, r *http.Request) error {
	var c credentials
	if err := decode(r, &c); err != nil {
		return err
	}
	acct, err := a.d.Users.Login(r.Context(), c.Email, c.Password, a.clientIP(r))
	if err != nil {
		return err
	}
	return a.finish(w, r, acct, http.StatusOK)
}

func (a *API) refresh(w http.ResponseWriter, r *http.Request) error {
	var body struct {
		RefreshToken string `json:"refresh_token"`
	}
	if err := decode(r, &body); err != nil {
		return err
	}
	t, err := a.d.Users.Refresh(r.Context(), body.RefreshToken)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, t)
}

func (a *API) logout(w http.ResponseWriter, r *http.Request) error {
	if p, ok := principalOf(r); ok && p.SessionID != "" {
		if err := a.d.Users.EndSession(r.Context(), p.SessionID); err != nil {
			return err
		}
	}
	http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: "", Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode, Secure: a.d.CookieSecure, MaxAge: -1, Expires: time.Unix(0, 0)})
	if r.ContentLength > 0 {
		var body struct {
			RefreshToken string `json:"refresh_token"`
		}
		if err := decode(r, &body); err != nil {
			return err
		}
		if body.RefreshToken != "" {
			if err := a.d.Users.RevokeRefresh(r.Context(), body.RefreshToken); err != nil {
				return err
			}
		}
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (a *API) me(w http.ResponseWriter, r *http.Request) error {
	p, _ := principalOf(r)
	return writeJSON(w, http.StatusOK, p.Account)
}

func (a *API) changePassword(w http.ResponseWriter, r *http.Request) error {
	var body struct {
		Current string `json:"current_password"`
		New     string `json:"new_password"`
	}
	if err := decode(r, &body); err != nil {
		return err
	}
	p, _ := principalOf(r)
	if err := a.d.Users.ChangePassword(r.Context(), p.Account.ID, p.SessionID, body.Current, body.New); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (a *API) createInvite(w http.ResponseWriter, r *http.Request) error {
	p, _ := principalOf(r)
	code, exp, err := a.d.Users.CreateInvite(r.Context(), p.Account.ID)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, map[string]any{"code": code, "expires_at": exp.UTC()})
}
