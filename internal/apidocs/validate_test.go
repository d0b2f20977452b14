package apidocs

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
)

// conform checks a decoded JSON value against a schema of the spec and returns what does not fit.
// Objects are strict: a field the schema does not list is reported unless additionalProperties allows it,
// so a Go struct that gains a field without the spec following fails.
func conform(d *Document, v any, s *Schema, at string) []string { return check(d, v, s, at, nil) }

// check is conform where the fields in siblings are also allowed (the other parts of an allOf).
func check(d *Document, v any, s *Schema, at string, siblings map[string]bool) []string {
	if s == nil {
		return nil
	}
	if s.Ref != "" {
		t := d.Components.Schemas.Get(refName(s.Ref))
		if t == nil {
			return []string{at + ": unresolved " + s.Ref}
		}
		return check(d, v, t, at, siblings)
	}
	var errs []string
	if len(s.AllOf) > 0 {
		all := map[string]bool{}
		for _, part := range s.AllOf {
			if part.Ref != "" {
				part = d.Components.Schemas.Get(refName(part.Ref))
			}
			for _, p := range part.Properties {
				all[p.Name] = true
			}
		}
		for _, part := range s.AllOf {
			errs = append(errs, check(d, v, part, at, all)...)
		}
	}
	if alts := append(append([]*Schema{}, s.OneOf...), s.AnyOf...); len(alts) > 0 {
		ok := false
		for _, alt := range alts {
			if len(conform(d, v, alt, at)) == 0 {
				ok = true
				break
			}
		}
		if !ok {
			errs = append(errs, fmt.Sprintf("%s: %v fits none of the alternatives", at, short(v)))
		}
	}
	if len(s.Enum) > 0 && v != nil && !inEnum(s.Enum, v) {
		errs = append(errs, fmt.Sprintf("%s: %v is not one of %v", at, short(v), s.Enum))
	}
	if s.Const != nil && fmt.Sprint(s.Const) != fmt.Sprint(v) {
		errs = append(errs, fmt.Sprintf("%s: %v is not %v", at, short(v), s.Const))
	}
	if len(s.Type) > 0 && !hasType(s.Type, v) {
		return append(errs, fmt.Sprintf("%s: %v is not %s", at, short(v), strings.Join(s.Type, "|")))
	}
	switch x := v.(type) {
	case []any:
		for i, item := range x {
			errs = append(errs, conform(d, item, s.Items, fmt.Sprintf("%s[%d]", at, i))...)
		}
	case map[string]any:
		if len(s.Properties) == 0 && s.AdditionalProperties == nil {
			break // a free-form object, or one whose alternatives or parts were checked above
		}
		for _, r := range s.Required {
			if _, ok := x[r]; !ok {
				errs = append(errs, at+": required field "+r+" is missing")
			}
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if p := s.Properties.Get(k); p != nil {
				errs = append(errs, conform(d, x[k], p, at+"."+k)...)
			} else if s.AdditionalProperties != nil && s.AdditionalProperties.Schema != nil {
				errs = append(errs, conform(d, x[k], s.AdditionalProperties.Schema, at+"."+k)...)
			} else if (s.AdditionalProperties == nil || !s.AdditionalProperties.Allowed) && !siblings[k] {
				errs = append(errs, at+": field "+k+" is not in the spec")
			}
		}
	case string:
		if s.Pattern != "" && !regexp.MustCompile(s.Pattern).MatchString(x) {
			errs = append(errs, fmt.Sprintf("%s: %q does not match %s", at, x, s.Pattern))
		}
	}
	return errs
}

func hasType(types Types, v any) bool {
	for _, t := range types {
		switch x := v.(type) {
		case nil:
			if t == "null" {
				return true
			}
		case bool:
			if t == "boolean" {
				return true
			}
		case string:
			if t == "string" {
				return true
			}
		case float64:
			if t == "number" || (t == "integer" && x == math.Trunc(x)) {
				return true
			}
		case []any:
			if t == "array" {
				return true
			}
		case map[string]any:
			if t == "object" {
				return true
			}
		}
	}
	return false
}

func inEnum(enum []any, v any) bool {
	for _, e := range enum {
		if fmt.Sprint(e) == fmt.Sprint(v) {
			return true
		}
	}
	return false
}

func short(v any) string {
	s := fmt.Sprintf("%#v", v)
	if len(s) > 80 {
		s = s[:80] + "…"
	}
	return s
}
