package api

import (
	"net/http"
	"time"
)

// exportAccount returns everything the user owns as one JSON document.
func (a *API) exportAccount(w http.ResponseWriter, r *http.Request) error {
	p, _ := principalOf(r)
	id := p.Account.ID
	prof, err := a.d.Profiles.Profile(r.Context(), id)
	if err != nil {
		return err
	}
	prefs, err := a.d.Profiles.Preferences(r.Context(), id)
	if err != nil {
		return err
	}
	out := map[string]any{
		"exported_at": time.Now().UTC(),
		"format":      "career-copilot-export/1",
		"user":        p.Account,
		"profile":     prof,
		"preferences": prefs,
	}
	for _, e := range a.d.Exporters {
		data, err := e.Data(r, id)
		if err != nil {
			return err
		}
		out[e.Name] = data
	}
	w.Header().Set("Content-Disposition", `attachment; filename="career-copilot-export.json"`)
	return writeJSON(w, http.StatusOK, out)
}

func (a *API) deleteAccount(w http.ResponseWriter, r *http.Request) error {
	var body struct {
		Password string `json:"password"`
	}
	if err := decode(r, &body); err != nil {
		return err
	}
	if err := a.d.Users.Delete(r.Context(), UserID(r), body.Password); err != nil {
		return err
	}
	http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: "", Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode, MaxAge: -1})
	w.WriteHeader(http.StatusNoContent)
	return nil
}
