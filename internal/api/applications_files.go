package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/go-chi/chi/v5"

	"github.com/career-copilot/copilot/internal/application"
)

func (a *API) listDocuments(w http.ResponseWriter, r *http.Request) error {
	d, err := a.d.Applications.Documents(r.Context(), UserID(r), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"documents": d})
}

// createDocument takes a link as JSON {kind, name, url}, or an upload as multipart form fields kind, name and file.
func (a *API) createDocument(w http.ResponseWriter, r *http.Request) error {
	var in application.DocumentInput
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt == "multipart/form-data" {
		r.Body = http.MaxBytesReader(w, r.Body, application.MaxDocumentSize+64<<10)
		if err := r.ParseMultipartForm(1 << 20); err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return application.ErrTooLarge
			}
			return problem(http.StatusBadRequest, "Malformed upload", "Send multipart/form-data with a file field.")
		}
		defer r.MultipartForm.RemoveAll()
		f, hdr, err := r.FormFile("file")
		if err != nil {
			return problem(http.StatusBadRequest, "Malformed upload", "The file field is missing.")
		}
		defer f.Close()
		content, err := io.ReadAll(io.LimitReader(f, application.MaxDocumentSize+1))
		if err != nil {
			return err
		}
		in = application.DocumentInput{Kind: r.FormValue("kind"), Name: r.FormValue("name"), Content: content}
		if in.Name == "" {
			in.Name = hdr.Filename
		}
		if in.Content == nil {
			in.Content = []byte{}
		}
	} else if err := decode(r, &in); err != nil {
		return err
	}
	d, err := a.d.Applications.AddDocument(r.Context(), UserID(r), chi.URLParam(r, "id"), in)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, d)
}

func (a *API) documentContent(w http.ResponseWriter, r *http.Request) error {
	d, err := a.d.Applications.Document(r.Context(), UserID(r), chi.URLParam(r, "id"), chi.URLParam(r, "did"))
	if err != nil {
		return err
	}
	if d.Content == nil {
		http.Redirect(w, r, d.URL, http.StatusFound)
		return nil
	}
	w.Header().Set("Content-Type", d.ContentType)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Security-Policy", "sandbox")
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": d.Name}))
	w.Header().Set("Content-Length", strconv.Itoa(len(d.Content)))
	_, err = w.Write(d.Content)
	return err
}

func (a *API) deleteDocument(w http.ResponseWriter, r *http.Request) error {
	return noContent(w, a.d.Applications.DeleteDocument(r.Context(), UserID(r), chi.URLParam(r, "id"), chi.URLParam(r, "did")))
}

func (a *API) exportApplicationsCSV(w http.ResponseWriter, r *http.Request) error {
	var buf bytes.Buffer
	if err := a.d.Applications.ExportCSV(r.Context(), UserID(r), &buf); err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="applications.csv"`)
	_, err := w.Write(buf.Bytes())
	return err
}

// importApplicationsCSV takes text/csv or a multipart "file"; ?dry_run=true only previews. A file with any
// bad row is refused whole (422 with the preview), so nothing is half imported.
func (a *API) importApplicationsCSV(w http.ResponseWriter, r *http.Request) error {
	data, err := csvBody(w, r)
	if err != nil {
		return err
	}
	data = bytes.ReplaceAll(data, []byte{0}, nil) // text cannot hold NUL on PostgreSQL; see validate.CleanText
	svc, uid := a.d.Applications, UserID(r)
	if dry, _ := strconv.ParseBool(r.URL.Query().Get("dry_run")); dry {
		p, err := svc.PreviewCSV(r.Context(), uid, data)
		if err != nil {
			return err
		}
		return writeJSON(w, http.StatusOK, p)
	}
	p, err := svc.ImportCSV(r.Context(), uid, data)
	if errors.Is(err, application.ErrImportRejected) {
		w.Header().Set("Content-Type", "application/problem+json")
		w.WriteHeader(http.StatusUnprocessableEntity)
		return writeBody(w, map[string]any{"type": "about:blank", "title": "Import rejected", "status": http.StatusUnprocessableEntity,
			"detail": strconv.Itoa(len(p.Errors)) + " row error(s); nothing was imported.", "instance": r.URL.Path, "preview": p})
	}
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, p)
}

func csvBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	r.Body = http.MaxBytesReader(w, r.Body, application.MaxImportBytes+64<<10)
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	tooBig := problem(http.StatusRequestEntityTooLarge, "File too large", "A CSV import is at most 5 MB.")
	switch {
	case mt == "multipart/form-data":
		if err := r.ParseMultipartForm(1 << 20); err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return nil, tooBig
			}
			return nil, problem(http.StatusBadRequest, "Malformed upload", "Send multipart/form-data with a file field.")
		}
		defer r.MultipartForm.RemoveAll()
		f, _, err := r.FormFile("file")
		if err != nil {
			return nil, problem(http.StatusBadRequest, "Malformed upload", "The file field is missing.")
		}
		defer f.Close()
		return io.ReadAll(f)
	case mt == "text/csv" || mt == "text/plain" || mt == "application/csv" || strings.HasSuffix(mt, "ms-excel"):
		b, err := io.ReadAll(r.Body)
		if err != nil {
			return nil, tooBig
		}
		return b, nil
	}
	return nil, problem(http.StatusUnsupportedMediaType, "Unsupported media type", "Send text/csv, or multipart/form-data with a file field.")
}

func writeBody(w http.ResponseWriter, v any) error {
	return json.NewEncoder(w).Encode(v)
}

func (a *API) listNotifications(w http.ResponseWriter, r *http.Request) error {
	unread, _ := strconv.ParseBool(r.URL.Query().Get("unread"))
	n, err := a.d.Applications.Notifications(r.Context(), UserID(r), unread)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"notifications": n})
}

func (a *API) unreadNotifications(w http.ResponseWriter, r *http.Request) error {
	n, err := a.d.Applications.UnreadCount(r.Context(), UserID(r))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]int{"count": n})
}

func (a *API) readNotification(w http.ResponseWriter, r *http.Request) error {
	return noContent(w, a.d.Applications.MarkRead(r.Context(), UserID(r), chi.URLParam(r, "id")))
}

func (a *API) calendarStatus(w http.ResponseWriter, r *http.Request) error {
	t, err := a.d.Applications.CalendarTokenCreated(r.Context(), UserID(r))
	if errors.Is(err, application.ErrNoCalendar) {
		return writeJSON(w, http.StatusOK, map[string]any{"enabled": false})
	}
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"enabled": true, "created_at": t})
}

// newCalendarToken makes a new secret feed URL, revoking the old one; the URL is shown only now.
func (a *API) newCalendarToken(w http.ResponseWriter, r *http.Request) error {
	tok, err := a.d.Applications.NewCalendarToken(r.Context(), UserID(r))
	if err != nil {
		return err
	}
	path := "/api/v1/calendar/" + tok + ".ics"
	scheme := "http"
	if r.TLS != nil || (a.d.TrustProxy && r.Header.Get("X-Forwarded-Proto") == "https") {
		scheme = "https"
	}
	return writeJSON(w, http.StatusCreated, map[string]any{"path": path, "url": scheme + "://" + r.Host + path})
}

func (a *API) revokeCalendarToken(w http.ResponseWriter, r *http.Request) error {
	return noContent(w, a.d.Applications.RevokeCalendarToken(r.Context(), UserID(r)))
}

func (a *API) calendarFeed(w http.ResponseWriter, r *http.Request) error {
	b, err := a.d.Applications.FeedByToken(r.Context(), chi.URLParam(r, "token"))
	if err != nil {
		return err
	}
	w.Header().Set("Content-Type", "text/calendar; charset=utf-8")
	w.Header().Set("Cache-Control", "private, max-age=300")
	w.Header().Set("Referrer-Policy", "no-referrer")
	_, err = w.Write(b)
	return err
}
