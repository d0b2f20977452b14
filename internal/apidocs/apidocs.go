// Package apidocs serves the API contract: the OpenAPI 3.1 document of every /api/v1 route, as YAML
// and JSON, and a reference page rendered from it by our own template.
package apidocs

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/go-chi/chi/v5"
	"gopkg.in/yaml.v3"
)

// specYAML is the hand-written contract; the spec is edited first and the code follows it.
//
//go:embed openapi.yaml
var specYAML []byte

// SpecYAML returns the embedded OpenAPI document as written.
func SpecYAML() []byte { return bytes.Clone(specYAML) }

// Docs is the parsed spec with its JSON form and reference page, built once at startup.
type Docs struct {
	doc  *Document
	json []byte
	page []byte
}

// New parses the embedded spec and renders the JSON document and the /docs page.
func New() (*Docs, error) {
	doc, err := Load()
	if err != nil {
		return nil, err
	}
	js, err := specJSON(specYAML)
	if err != nil {
		return nil, err
	}
	page, err := renderPage(doc)
	if err != nil {
		return nil, err
	}
	return &Docs{doc: doc, json: js, page: page}, nil
}

// Routes mounts GET /api/openapi.yaml, GET /api/openapi.json and GET /docs.
func (d *Docs) Routes(r chi.Router) {
	r.Get("/api/openapi.yaml", d.serve("application/yaml", specYAML))
	r.Get("/api/openapi.json", d.serve("application/json", d.json))
	r.Get("/docs", d.serve("text/html; charset=utf-8", d.page))
}

func (d *Docs) serve(contentType string, body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Header().Set("Cache-Control", "no-cache")
		_, _ = w.Write(body)
	}
}

// specJSON converts the YAML document to JSON (aliases resolved, every mapping key a string).
func specJSON(src []byte) ([]byte, error) {
	var tree any
	if err := yaml.Unmarshal(src, &tree); err != nil {
		return nil, fmt.Errorf("apidocs: parse spec: %w", err)
	}
	b, err := json.MarshalIndent(stringKeys(tree), "", "  ")
	if err != nil {
		return nil, fmt.Errorf("apidocs: encode spec as JSON: %w", err)
	}
	return b, nil
}

// stringKeys turns YAML's map[any]any (non-string keys) into map[string]any so JSON can encode it.
func stringKeys(v any) any {
	switch t := v.(type) {
	case map[string]any:
		for k, x := range t {
			t[k] = stringKeys(x)
		}
		return t
	case map[any]any:
		m := make(map[string]any, len(t))
		for k, x := range t {
			m[fmt.Sprint(k)] = stringKeys(x)
		}
		return m
	case []any:
		for i, x := range t {
			t[i] = stringKeys(x)
		}
		return t
	}
	return v
}
