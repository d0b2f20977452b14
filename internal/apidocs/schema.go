package apidocs

import (
	"fmt"
	"html"
	"html/template"
	"strings"

	"gopkg.in/yaml.v3"
)

// Schema is the part of a JSON Schema (2020-12, as OpenAPI 3.1 uses it) the reference page shows.
type Schema struct {
	Ref                  string          `yaml:"$ref"`
	Type                 Types           `yaml:"type"`
	Format               string          `yaml:"format"`
	Description          string          `yaml:"description"`
	Enum                 []any           `yaml:"enum"`
	Const                any             `yaml:"const"`
	Default              any             `yaml:"default"`
	Examples             []any           `yaml:"examples"`
	Items                *Schema         `yaml:"items"`
	Properties           Ordered[Schema] `yaml:"properties"`
	Required             []string        `yaml:"required"`
	AdditionalProperties *Additional     `yaml:"additionalProperties"`
	OneOf                []*Schema       `yaml:"oneOf"`
	AnyOf                []*Schema       `yaml:"anyOf"`
	AllOf                []*Schema       `yaml:"allOf"`
	Minimum              *float64        `yaml:"minimum"`
	Maximum              *float64        `yaml:"maximum"`
	ExclusiveMinimum     *float64        `yaml:"exclusiveMinimum"`
	MinLength            *int            `yaml:"minLength"`
	MaxLength            *int            `yaml:"maxLength"`
	MinItems             *int            `yaml:"minItems"`
	MaxItems             *int            `yaml:"maxItems"`
	Pattern              string          `yaml:"pattern"`
	ContentMediaType     string          `yaml:"contentMediaType"`
}

// Types is a schema's type: one name or a list of names ([string, "null"]).
type Types []string

// UnmarshalYAML accepts both forms.
func (t *Types) UnmarshalYAML(n *yaml.Node) error {
	n = deref(n)
	if n.Kind == yaml.ScalarNode {
		*t = Types{n.Value}
		return nil
	}
	var list []string
	if err := n.Decode(&list); err != nil {
		return err
	}
	*t = list
	return nil
}

// Additional is additionalProperties: true, false or a schema.
type Additional struct {
	Allowed bool
	Schema  *Schema
}

// UnmarshalYAML accepts a boolean or a schema.
func (a *Additional) UnmarshalYAML(n *yaml.Node) error {
	n = deref(n)
	if n.Kind == yaml.ScalarNode {
		return n.Decode(&a.Allowed)
	}
	a.Allowed, a.Schema = true, new(Schema)
	return n.Decode(a.Schema)
}

// refName is the component name a schema $ref points at.
func refName(ref string) string { return strings.TrimPrefix(ref, "#/components/schemas/") }

// typeExpr writes a schema as a short type expression, with links to named schemas.
func typeExpr(s *Schema) template.HTML {
	if s == nil {
		return "any"
	}
	return template.HTML(typeText(s))
}

func typeText(s *Schema) string {
	switch {
	case s.Ref != "":
		n := html.EscapeString(refName(s.Ref))
		return `<a href="#schema-` + n + `">` + n + `</a>`
	case len(s.OneOf) > 0:
		return join(s.OneOf, " | ")
	case len(s.AnyOf) > 0:
		return join(s.AnyOf, " | ")
	case len(s.AllOf) > 0:
		return join(s.AllOf, " &amp; ")
	case s.Const != nil:
		return html.EscapeString(fmt.Sprintf("%q", fmt.Sprint(s.Const)))
	}
	var parts []string
	types := s.Type
	if len(types) == 0 {
		types = Types{"any"}
	}
	for _, t := range types {
		switch {
		case t == "array":
			inner := typeText(orEmpty(s.Items))
			if s.Items != nil && (len(s.Items.OneOf) > 0 || len(s.Items.AnyOf) > 0) {
				inner = "(" + inner + ")"
			}
			parts = append(parts, inner+"[]")
		case t == "object" && s.AdditionalProperties != nil && s.AdditionalProperties.Schema != nil && len(s.Properties) == 0:
			parts = append(parts, "map&lt;string, "+typeText(s.AdditionalProperties.Schema)+"&gt;")
		case t != "null" && len(s.Enum) > 0:
			vals := make([]string, len(s.Enum))
			for i, v := range s.Enum {
				vals[i] = html.EscapeString(fmt.Sprintf("%q", fmt.Sprint(v)))
			}
			parts = append(parts, strings.Join(vals, " | "))
		case s.Format != "" && t != "null":
			parts = append(parts, html.EscapeString(t+"("+s.Format+")"))
		default:
			parts = append(parts, html.EscapeString(t))
		}
	}
	return strings.Join(parts, " | ")
}

func join(list []*Schema, sep string) string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = typeText(s)
	}
	return strings.Join(out, sep)
}

func orEmpty(s *Schema) *Schema {
	if s == nil {
		return &Schema{}
	}
	return s
}

// constraints is the schema's limits and defaults in words.
func constraints(s *Schema) string {
	if s == nil {
		return ""
	}
	var c []string
	num := func(label string, v *float64) {
		if v != nil {
			c = append(c, fmt.Sprintf("%s %g", label, *v))
		}
	}
	count := func(label string, v *int) {
		if v != nil {
			c = append(c, fmt.Sprintf("%s %d", label, *v))
		}
	}
	num("min", s.Minimum)
	num("max", s.Maximum)
	num("above", s.ExclusiveMinimum)
	count("min length", s.MinLength)
	count("max length", s.MaxLength)
	count("min items", s.MinItems)
	count("max items", s.MaxItems)
	if s.Pattern != "" {
		c = append(c, "pattern "+s.Pattern)
	}
	if s.Default != nil {
		c = append(c, fmt.Sprintf("default %v", s.Default))
	}
	if len(s.Examples) > 0 {
		c = append(c, fmt.Sprintf("e.g. %v", s.Examples[0]))
	}
	if s.ContentMediaType != "" {
		c = append(c, "file ("+s.ContentMediaType+")")
	}
	return strings.Join(c, "; ")
}

// Row is one property line of a schema table; nested inline objects get dotted names.
type Row struct {
	Name        string
	Type        template.HTML
	Required    bool
	Description string
	Constraints string
}

// rows lists the properties of an inline object schema (following arrays and allOf), nested up to depth 4.
func rows(s *Schema, prefix string, depth int) []Row {
	if s == nil || depth > 4 {
		return nil
	}
	if s.Items != nil && len(s.Properties) == 0 {
		return rows(s.Items, prefix+"[]", depth)
	}
	var out []Row
	for _, part := range s.AllOf {
		if part.Ref == "" {
			out = append(out, rows(part, prefix, depth)...)
		}
	}
	if prefix != "" && len(s.Properties) > 0 {
		prefix += "."
	}
	for _, p := range s.Properties {
		out = append(out, Row{Name: prefix + p.Name, Type: typeExpr(p.Value), Required: contains(s.Required, p.Name),
			Description: p.Value.Description, Constraints: constraints(p.Value)})
		if p.Value.Ref == "" {
			out = append(out, rows(p.Value, prefix+p.Name, depth+1)...)
		}
	}
	return out
}

func contains(list []string, v string) bool {
	for _, s := range list {
		if s == v {
			return true
		}
	}
	return false
}
