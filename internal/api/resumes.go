package api

import (
	"errors"
	"io"
	"mime"
	"net/http"

	"github.com/go-chi/chi/v5"

	"github.com/career-copilot/copilot/internal/index"
	"github.com/career-copilot/copilot/internal/resume"
)

// resumesRoutes mounts the user's resumes: upload, list, read, delete, make primary, accept suggestions.
func (a *API) resumesRoutes(r chi.Router) {
	if a.d.Matching == nil {
		return
	}
	r.Method(http.MethodPost, "/resumes", handler(a.uploadResume))
	r.Method(http.MethodGet, "/resumes", handler(a.listResumes))
	r.Method(http.MethodGet, "/resumes/{id}", handler(a.getResume))
	r.Method(http.MethodDelete, "/resumes/{id}", handler(a.deleteResume))
	r.Method(http.MethodPut, "/resumes/{id}/primary", handler(a.primaryResume))
	r.Method(http.MethodPost, "/resumes/{id}/accept", handler(a.acceptResume))
}

// uploadResume takes a multipart "file" field, or the file as the whole body (?filename= names it).
// The type is told by content; the resume text is never logged.
func (a *API) uploadResume(w http.ResponseWriter, r *http.Request) error {
	r.Body = http.MaxBytesReader(w, r.Body, resume.MaxInputSize+64<<10)
	var body []byte
	name := r.URL.Query().Get("filename")
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var err error
	if mt == "multipart/form-data" {
		if err := r.ParseMultipartForm(1 << 20); err != nil {
			var mbe *http.MaxBytesError
			if errors.As(err, &mbe) {
				return resume.ErrTooLarge
			}
			return problem(http.StatusBadRequest, "Malformed upload", "Send multipart/form-data with a file field.")
		}
		defer r.MultipartForm.RemoveAll()
		f, hdr, ferr := r.FormFile("file")
		if ferr != nil {
			return problem(http.StatusBadRequest, "Malformed upload", "The file field is missing.")
		}
		defer f.Close()
		if name == "" {
			name = hdr.Filename
		}
		body, err = io.ReadAll(io.LimitReader(f, resume.MaxInputSize+1))
	} else {
		body, err = io.ReadAll(r.Body)
	}
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return resume.ErrTooLarge
		}
		return problem(http.StatusBadRequest, "Malformed upload", "The body could not be read.")
	}
	if len(body) > resume.MaxInputSize {
		return resume.ErrTooLarge
	}
	res, err := a.d.Matching.UploadResume(r.Context(), UserID(r), name, body)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusCreated, res)
}

func (a *API) listResumes(w http.ResponseWriter, r *http.Request) error {
	list, err := a.d.Matching.Resumes(r.Context(), UserID(r))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, map[string]any{"resumes": list})
}

func (a *API) getResume(w http.ResponseWriter, r *http.Request) error {
	res, err := a.d.Matching.Resume(r.Context(), UserID(r), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, res)
}

func (a *API) deleteResume(w http.ResponseWriter, r *http.Request) error {
	if err := a.d.Matching.DeleteResume(r.Context(), UserID(r), chi.URLParam(r, "id")); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (a *API) primaryResume(w http.ResponseWriter, r *http.Request) error {
	res, err := a.d.Matching.SetPrimary(r.Context(), UserID(r), chi.URLParam(r, "id"))
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, res)
}

// acceptResume applies the resume's suggestions to the profile: {"skills": [...], "titles": [...],
// "years_experience": true}; a missing list takes every suggestion of that kind. It answers the profile.
func (a *API) acceptResume(w http.ResponseWriter, r *http.Request) error {
	var in index.Accept
	if r.ContentLength != 0 {
		if err := decode(r, &in); err != nil {
			return err
		}
	}
	p, err := a.d.Matching.AcceptSuggestions(r.Context(), UserID(r), chi.URLParam(r, "id"), in)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, p)
}
