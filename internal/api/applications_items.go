package api

import (
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/career-copilot/copilot/internal/application"
)

func (a *API) listNotes(w http.ResponseWriter, r *http.Request) error {
	n, err := a.d.Applications.Notes(r.Context(), UserID(r), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"notes": n})
}

type noteBody struct {
	Body string `json:"body"`
}

func (a *API) createNote(w http.ResponseWriter, r *http.Request) error {
	var b noteBody
	if err := decode(r, &b); err != nil {
		return err
	}
	n, err := a.d.Applications.AddNote(r.Context(), UserID(r), chi.URLParam(r, "id"), b.Body)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, n)
}

func (a *API) patchNote(w http.ResponseWriter, r *http.Request) error {
	var b noteBody
	if err := decode(r, &b); err != nil {
		return err
	}
	n, err := a.d.Applications.EditNote(r.Context(), UserID(r), chi.URLParam(r, "id"), chi.URLParam(r, "nid"), b.Body)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, n)
}

func (a *API) deleteNote(w http.ResponseWriter, r *http.Request) error {
	return noContent(w, a.d.Applications.DeleteNote(r.Context(), UserID(r), chi.URLParam(r, "id"), chi.URLParam(r, "nid")))
}

func noContent(w http.ResponseWriter, err error) error {
	if err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (a *API) listContacts(w http.ResponseWriter, r *http.Request) error {
	c, err := a.d.Applications.Contacts(r.Context(), UserID(r), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"contacts": c})
}

func (a *API) createContact(w http.ResponseWriter, r *http.Request) error {
	var in application.ContactInput
	if err := decode(r, &in); err != nil {
		return err
	}
	c, err := a.d.Applications.AddContact(r.Context(), UserID(r), chi.URLParam(r, "id"), in)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, c)
}

func (a *API) patchContact(w http.ResponseWriter, r *http.Request) error {
	body, err := readJSON(r)
	if err != nil {
		return err
	}
	c, err := a.d.Applications.EditContact(r.Context(), UserID(r), chi.URLParam(r, "id"), chi.URLParam(r, "cid"), func(in *application.ContactInput) error {
		return decodeBytes(body, in)
	})
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, c)
}

func (a *API) deleteContact(w http.ResponseWriter, r *http.Request) error {
	return noContent(w, a.d.Applications.DeleteContact(r.Context(), UserID(r), chi.URLParam(r, "id"), chi.URLParam(r, "cid")))
}

func (a *API) listInterviews(w http.ResponseWriter, r *http.Request) error {
	list, err := a.d.Applications.Interviews(r.Context(), UserID(r), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	out := make([]application.InterviewView, len(list))
	for i, iv := range list {
		out[i] = application.View(iv)
	}
	return writeJSON(w, http.StatusOK, map[string]any{"interviews": out})
}

func (a *API) createInterview(w http.ResponseWriter, r *http.Request) error {
	var in application.InterviewInput
	if err := decode(r, &in); err != nil {
		return err
	}
	iv, err := a.d.Applications.AddInterview(r.Context(), UserID(r), chi.URLParam(r, "id"), in)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, application.View(iv))
}

func (a *API) getInterview(w http.ResponseWriter, r *http.Request) error {
	iv, err := a.d.Applications.Interview(r.Context(), UserID(r), chi.URLParam(r, "id"), chi.URLParam(r, "iid"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, application.View(iv))
}

func (a *API) patchInterview(w http.ResponseWriter, r *http.Request) error {
	body, err := readJSON(r)
	if err != nil {
		return err
	}
	iv, err := a.d.Applications.EditInterview(r.Context(), UserID(r), chi.URLParam(r, "id"), chi.URLParam(r, "iid"), func(in *application.InterviewInput) error {
		return decodeBytes(body, in)
	})
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, application.View(iv))
}

func (a *API) deleteInterview(w http.ResponseWriter, r *http.Request) error {
	return noContent(w, a.d.Applications.DeleteInterview(r.Context(), UserID(r), chi.URLParam(r, "id"), chi.URLParam(r, "iid")))
}

func (a *API) interviewICS(w http.ResponseWriter, r *http.Request) error {
	b, err := a.d.Applications.InterviewICS(r.Context(), UserID(r), chi.URLParam(r, "id"), chi.URLParam(r, "iid"))
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/calendar; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="interview.ics"`)
	_, err = w.Write(b)
	return err
}

func (a *API) listReminders(w http.ResponseWriter, r *http.Request) error {
	list, err := a.d.Applications.Reminders(r.Context(), UserID(r), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"reminders": list})
}

func (a *API) createReminder(w http.ResponseWriter, r *http.Request) error {
	var in application.ReminderInput
	if err := decode(r, &in); err != nil {
		return err
	}
	rem, err := a.d.Applications.AddReminder(r.Context(), UserID(r), chi.URLParam(r, "id"), in)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, rem)
}

func (a *API) patchReminder(w http.ResponseWriter, r *http.Request) error {
	body, err := readJSON(r)
	if err != nil {
		return err
	}
	rem, err := a.d.Applications.EditReminder(r.Context(), UserID(r), chi.URLParam(r, "id"), chi.URLParam(r, "rid"), func(in *application.ReminderInput) error {
		return decodeBytes(body, in)
	})
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, rem)
}

func (a *API) deleteReminder(w http.ResponseWriter, r *http.Request) error {
	return noContent(w, a.d.Applications.DeleteReminder(r.Context(), UserID(r), chi.URLParam(r, "id"), chi.URLParam(r, "rid")))
}
