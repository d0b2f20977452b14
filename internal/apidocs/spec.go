package apidocs

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// Document is the part of an OpenAPI 3.1 document the reference page and the tests read.
type Document struct {
	OpenAPI string `yaml:"openapi"`
	Info    struct {
		Title       string `yaml:"title"`
		Version     string `yaml:"version"`
		Summary     string `yaml:"summary"`
		Description string `yaml:"description"`
	} `yaml:"info"`
	Servers    []struct{ URL string } `yaml:"servers"`
	Security   []Requirement          `yaml:"security"`
	Tags       []Tag                  `yaml:"tags"`
	Paths      Ordered[PathItem]      `yaml:"paths"`
	Components Components             `yaml:"components"`
}

// Requirement is one alternative of a security requirement: scheme names that must all be present.
type Requirement map[string][]string

// Tag groups operations.
type Tag struct {
	Name        string `yaml:"name"`
	Description string `yaml:"description"`
}

// Components are the reusable parts that $ref points at.
type Components struct {
	SecuritySchemes Ordered[SecurityScheme] `yaml:"securitySchemes"`
	Headers         Ordered[Header]         `yaml:"headers"`
	Parameters      Ordered[Parameter]      `yaml:"parameters"`
	Responses       Ordered[Response]       `yaml:"responses"`
	Schemas         Ordered[Schema]         `yaml:"schemas"`
}

// SecurityScheme is a way to authenticate.
type SecurityScheme struct {
	Type         string `yaml:"type"`
	In           string `yaml:"in"`
	Name         string `yaml:"name"`
	Scheme       string `yaml:"scheme"`
	BearerFormat string `yaml:"bearerFormat"`
	Description  string `yaml:"description"`
}

// PathItem is one path template with its operations.
type PathItem struct {
	Parameters []*Parameter `yaml:"parameters"`
	Get        *Operation   `yaml:"get"`
	Put        *Operation   `yaml:"put"`
	Post       *Operation   `yaml:"post"`
	Patch      *Operation   `yaml:"patch"`
	Delete     *Operation   `yaml:"delete"`
}

// Operation is one method on one path.
type Operation struct {
	Tags        []string          `yaml:"tags"`
	OperationID string            `yaml:"operationId"`
	Summary     string            `yaml:"summary"`
	Description string            `yaml:"description"`
	Security    *[]Requirement    `yaml:"security"` // nil: the document's default
	Parameters  []*Parameter      `yaml:"parameters"`
	RequestBody *RequestBody      `yaml:"requestBody"`
	Responses   Ordered[Response] `yaml:"responses"`
	Method      string            `yaml:"-"`
	Path        string            `yaml:"-"`
	Params      []*Parameter      `yaml:"-"` // path-level and operation parameters, $refs resolved
	Auth        []Requirement     `yaml:"-"` // the security that applies
}

// Parameter is a path, query, header or cookie parameter.
type Parameter struct {
	Ref         string  `yaml:"$ref"`
	Name        string  `yaml:"name"`
	In          string  `yaml:"in"`
	Required    bool    `yaml:"required"`
	Description string  `yaml:"description"`
	Schema      *Schema `yaml:"schema"`
}

// RequestBody is what an operation accepts.
type RequestBody struct {
	Required    bool               `yaml:"required"`
	Description string             `yaml:"description"`
	Content     Ordered[MediaType] `yaml:"content"`
}

// MediaType is the schema of one content type.
type MediaType struct {
	Schema *Schema `yaml:"schema"`
}

// Response is one status code's answer.
type Response struct {
	Ref         string             `yaml:"$ref"`
	Description string             `yaml:"description"`
	Headers     Ordered[Header]    `yaml:"headers"`
	Content     Ordered[MediaType] `yaml:"content"`
}

// Header is a response header.
type Header struct {
	Ref         string  `yaml:"$ref"`
	Description string  `yaml:"description"`
	Schema      *Schema `yaml:"schema"`
}

// Named is one entry of an ordered mapping.
type Named[T any] struct {
	Name  string
	Value *T
}

// Ordered is a YAML mapping decoded in the order it is written, so the page follows the file.
type Ordered[T any] []Named[T]

// UnmarshalYAML decodes a mapping node pair by pair.
func (o *Ordered[T]) UnmarshalYAML(n *yaml.Node) error {
	n = deref(n)
	if n.Kind != yaml.MappingNode {
		return fmt.Errorf("line %d: want a mapping", n.Line)
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		v := new(T)
		if err := deref(n.Content[i+1]).Decode(v); err != nil {
			return err
		}
		*o = append(*o, Named[T]{Name: n.Content[i].Value, Value: v})
	}
	return nil
}

// Get returns the entry called name, or nil.
func (o Ordered[T]) Get(name string) *T {
	for _, e := range o {
		if e.Name == name {
			return e.Value
		}
	}
	return nil
}

func deref(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

// Load parses the embedded spec and links every operation to its path, method, parameters and security.
func Load() (*Document, error) { return parse(specYAML) }

func parse(src []byte) (*Document, error) {
	var d Document
	if err := yaml.Unmarshal(src, &d); err != nil {
		return nil, fmt.Errorf("apidocs: parse spec: %w", err)
	}
	for _, p := range d.Paths {
		for _, op := range p.Value.operations() {
			op.Path = p.Name
			op.Auth = d.Security
			if op.Security != nil {
				op.Auth = *op.Security
			}
			for _, prm := range append(append([]*Parameter{}, p.Value.Parameters...), op.Parameters...) {
				op.Params = append(op.Params, d.parameter(prm))
			}
		}
	}
	return &d, nil
}

// operations lists the item's operations in a fixed order, each with its method set.
func (p *PathItem) operations() []*Operation {
	var out []*Operation
	for _, m := range []struct {
		name string
		op   *Operation
	}{{"GET", p.Get}, {"POST", p.Post}, {"PUT", p.Put}, {"PATCH", p.Patch}, {"DELETE", p.Delete}} {
		if m.op != nil {
			m.op.Method = m.name
			out = append(out, m.op)
		}
	}
	return out
}

// Operations lists every operation in file order.
func (d *Document) Operations() []*Operation {
	var out []*Operation
	for _, p := range d.Paths {
		out = append(out, p.Value.operations()...)
	}
	return out
}

// parameter follows a parameter's $ref (to itself when the reference is broken; the tests catch that).
func (d *Document) parameter(p *Parameter) *Parameter {
	if name, ok := strings.CutPrefix(p.Ref, "#/components/parameters/"); ok {
		if q := d.Components.Parameters.Get(name); q != nil {
			return q
		}
	}
	return p
}

// response follows a response's $ref.
func (d *Document) response(r *Response) *Response {
	if name, ok := strings.CutPrefix(r.Ref, "#/components/responses/"); ok {
		if q := d.Components.Responses.Get(name); q != nil {
			return q
		}
	}
	return r
}

// header follows a header's $ref.
func (d *Document) header(h *Header) *Header {
	if name, ok := strings.CutPrefix(h.Ref, "#/components/headers/"); ok {
		if q := d.Components.Headers.Get(name); q != nil {
			return q
		}
	}
	return h
}
