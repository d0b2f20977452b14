package api

import (
	"errors"
	"net/http"
	"time"

	"github.com/go-chi/chi/v5"

	"github.com/career-copilot/copilot/internal/flags"
	"github.com/career-copilot/copilot/internal/validate"
)

// flagsRoutes mounts the current user's evaluated flags and, for admins, the flag settings.
// Without a flags service (a worker) nothing is mounted and the paths answer 404.
func (a *API) flagsRoutes(r chi.Router) {
	if a.d.Flags == nil {
		return
	}
	r.Method(http.MethodGet, "/flags", handler(a.myFlags))
	r.Group(func(r chi.Router) {
		r.Use(requireAdmin)
		r.Method(http.MethodGet, "/admin/flags", handler(a.getFlags))
		r.Method(http.MethodPut, "/admin/flags", handler(a.putFlags))
	})
}

// myFlags is {name: bool} for the signed-in user, so the UI shows what the server will do.
func (a *API) myFlags(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Cache-Control", "no-store")
	return writeJSON(w, http.StatusOK, a.d.Flags.Evaluate(UserID(r)))
}

type flagsBody struct {
	Flags     flags.Set  `json:"flags"`
	Source    string     `json:"source"`               // "file" or "database"
	LoadedAt  *time.Time `json:"loaded_at,omitempty"`  // when the current set was read
	LastError string     `json:"last_error,omitempty"` // why the source's content was refused
	Defaults  flags.Set  `json:"defaults"`
}

func (a *API) flagsStatus() flagsBody {
	st := a.d.Flags.Status()
	b := flagsBody{Flags: st.Flags, Source: st.Source, LastError: st.LastError, Defaults: flags.Defaults()}
	if !st.LoadedAt.IsZero() {
		t := st.LoadedAt.UTC()
		b.LoadedAt = &t
	}
	return b
}

func (a *API) getFlags(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Cache-Control", "no-store")
	return writeJSON(w, http.StatusOK, a.flagsStatus())
}

// putFlags replaces the whole set: a flag the body leaves out returns to its default.
func (a *API) putFlags(w http.ResponseWriter, r *http.Request) error {
	var in struct {
		Flags flags.Set `json:"flags"`
	}
	if err := decode(r, &in); err != nil {
		return err
	}
	if in.Flags == nil {
		return validate.Errors{{Field: "flags", Message: "is required"}}
	}
	if err := a.d.Flags.Replace(r.Context(), in.Flags, UserID(r)); err != nil {
		var fe validate.Errors
		if errors.As(err, &fe) {
			out := make(validate.Errors, len(fe))
			for i, e := range fe {
				out[i] = validate.FieldError{Field: "flags." + e.Field, Message: e.Message}
			}
			return out
		}
		return err
	}
	return writeJSON(w, http.StatusOK, a.flagsStatus())
}

// rateLimit runs Deps.RateLimit when one is configured.
func (a *API) rateLimit(next http.Handler) http.Handler {
	if a.d.RateLimit == nil {
		return next
	}
	return a.d.RateLimit(next)
}
