package webui

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

const (
	cacheImmutable = "public, max-age=31536000, immutable"
	cacheNoCache   = "no-cache"
)

// file is one embedded file kept in memory with its strong ETag.
type file struct {
	name string
	data []byte
	etag string
}

// spa serves a built single-page app from an in-memory copy of its files.
type spa struct {
	files map[string]*file // keyed by slash path without leading "/"
	index *file
}

// newHandler loads every regular file of fsys so requests never touch the FS.
// A missing index.html makes the handler serve the "not built" placeholder.
func newHandler(fsys fs.FS) http.Handler {
	s := &spa{files: map[string]*file{}}
	_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(path.Base(p), ".") {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil
		}
		s.files[p] = newFile(p, data)
		return nil
	})
	s.index = s.files["index.html"]
	if s.index == nil {
		s.index = newFile("index.html", []byte(placeholderHTML))
	}
	return s
}

func newFile(name string, data []byte) *file {
	sum := sha256.Sum256(data)
	return &file{name: name, data: data, etag: `"` + hex.EncodeToString(sum[:16]) + `"`}
}

// ServeHTTP implements http.Handler.
func (s *spa) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := path.Clean("/" + r.URL.Path)
	if isBackendPath(p) {
		// A mistyped API URL must not get the SPA's HTML with a 200.
		http.NotFound(w, r)
		return
	}
	name := strings.TrimPrefix(p, "/")
	if f, ok := s.files[name]; ok && name != "index.html" {
		cache := cacheNoCache
		if strings.HasPrefix(name, "assets/") {
			cache = cacheImmutable
		}
		serve(w, r, f, cache)
		return
	}
	if strings.HasPrefix(name, "assets/") || path.Ext(name) != "" && name != "index.html" {
		http.NotFound(w, r)
		return
	}
	serve(w, r, s.index, cacheNoCache)
}

// isBackendPath reports paths owned by the API server rather than the UI.
func isBackendPath(p string) bool {
	for _, prefix := range []string{"/api", "/health", "/metrics"} {
		if p == prefix || strings.HasPrefix(p, prefix+"/") {
			return true
		}
	}
	return false
}

func serve(w http.ResponseWriter, r *http.Request, f *file, cache string) {
	h := w.Header()
	h.Set("Cache-Control", cache)
	h.Set("ETag", f.etag)
	h.Set("X-Content-Type-Options", "nosniff")
	// ServeContent sets Content-Type from the extension and answers If-None-Match.
	http.ServeContent(w, r, f.name, time.Time{}, bytes.NewReader(f.data))
}
