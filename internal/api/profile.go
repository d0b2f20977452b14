package api

import (
	"net/http"

	"github.com/career-copilot/copilot/internal/profile"
)

func (a *API) getProfile(w http.ResponseWriter, r *http.Request) error {
	p, err := a.d.Profiles.Profile(r.Context(), UserID(r))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, p)
}

// putProfile replaces the whole profile: fields left out take their defaults.
func (a *API) putProfile(w http.ResponseWriter, r *http.Request) error {
	p := profile.DefaultProfile()
	return a.saveProfile(w, r, &p)
}

// patchProfile changes only the fields given.
func (a *API) patchProfile(w http.ResponseWriter, r *http.Request) error {
	p, err := a.d.Profiles.Profile(r.Context(), UserID(r))
	if err != nil {
		return err
	}
	return a.saveProfile(w, r, &p)
}

func (a *API) saveProfile(w http.ResponseWriter, r *http.Request, p *profile.Profile) error {
	if err := decode(r, p); err != nil {
		return err
	}
	saved, err := a.d.Profiles.SaveProfile(r.Context(), UserID(r), *p)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, saved)
}

func (a *API) getPreferences(w http.ResponseWriter, r *http.Request) error {
	p, err := a.d.Profiles.Preferences(r.Context(), UserID(r))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, p)
}

func (a *API) putPreferences(w http.ResponseWriter, r *http.Request) error {
	p := profile.DefaultPreferences()
	return a.savePreferences(w, r, &p)
}

func (a *API) patchPreferences(w http.ResponseWriter, r *http.Request) error {
	p, err := a.d.Profiles.Preferences(r.Context(), UserID(r))
	if err != nil {
		return err
	}
	return a.savePreferences(w, r, &p)
}

func (a *API) savePreferences(w http.ResponseWriter, r *http.Request, p *profile.Preferences) error {
	if err := decode(r, p); err != nil {
		return err
	}
	saved, err := a.d.Profiles.SavePreferences(r.Context(), UserID(r), *p)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, saved)
}
