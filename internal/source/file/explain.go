package file

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)

// ErrUnknownKind is wrapped by Explain when a file is in no format that can be imported.
var ErrUnknownKind = errors.New("not a format that can be imported")

// ErrNotJSON is wrapped by Explain when a file starts like JSON but does not decode.
var ErrNotJSON = errors.New("not valid JSON")

// Explain says, in words for the person who brought the file, why Detect found no kind for it:
// empty, broken JSON (with where it breaks), JSON of a shape no parser reads, or an unknown format.
func Explain(name string, body []byte) error {
	b, lead := trimBody(body)
	if len(b) == 0 {
		return fmt.Errorf("%q is empty: %w", name, ErrUnknownKind)
	}
	if b[0] == '[' || b[0] == '{' {
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			return fmt.Errorf("%q is %w: %s", name, ErrNotJSON, where(body, lead, len(b), err))
		}
		if empty(v) {
			return fmt.Errorf("%q is JSON, but %s holds no postings: %w", name, shape(v), ErrUnknownKind)
		}
		return fmt.Errorf("%q is JSON, but %s is no board answer or posting list that can be read: %w", name, shape(v), ErrUnknownKind)
	}
	return fmt.Errorf("cannot tell what kind of file %q is (board JSON, RSS/Atom, HTML with JSON-LD, XML feed, CSV or JSON): %w", name, ErrUnknownKind)
}

// where tells what a JSON decode error is and at which byte, line and column of the file, whose JSON
// (without surrounding white space) is n bytes long.
func where(body []byte, lead, n int, err error) string {
	var syn *json.SyntaxError
	if !errors.As(err, &syn) {
		return err.Error()
	}
	off := int(syn.Offset) + lead
	// A file cut inside an escape ends in a space encoding/json puts past the end to finish the escape
	// with: the JSON itself never ends in white space, so an invalid space at its end is that one.
	atEnd := strings.Contains(syn.Error(), "invalid character ' '") && int(syn.Offset) >= n
	if atEnd || strings.Contains(syn.Error(), "unexpected end") {
		return fmt.Sprintf("it stops in the middle of a value at byte %d (the file looks cut short)", len(body))
	}
	off = min(max(off, 1), len(body))
	before := body[:off-1]
	line := bytes.Count(before, []byte("\n")) + 1
	col := off - bytes.LastIndexByte(before, '\n') - 1
	return fmt.Sprintf("%s at byte %d (line %d, column %d)", syn.Error(), off, line, col)
}

// shape names a JSON value's outer shape for an error message.
func shape(v any) string {
	switch t := v.(type) {
	case []any:
		if len(t) == 0 {
			return "an empty JSON array"
		}
		return fmt.Sprintf("an array of %d values", len(t))
	case map[string]any:
		if len(t) == 0 {
			return "an empty JSON object"
		}
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if len(keys) > 6 {
			keys = append(keys[:6], "…")
		}
		return "an object with " + strings.Join(keys, ", ")
	}
	return "a value"
}

// empty reports an array or object with nothing in it.
func empty(v any) bool {
	switch t := v.(type) {
	case []any:
		return len(t) == 0
	case map[string]any:
		return len(t) == 0
	}
	return false
}
