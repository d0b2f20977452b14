package file

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
)

// ParseJSON reads our JSON format: an array of objects, or one object, whose
// fields are the CSV column names. Values may be strings, numbers or booleans;
// location and tags may also be arrays of strings. Unknown fields are ignored
// and listed in Warnings; an element that is not an object, or has no title,
// is an Errors entry with its array index.
func ParseJSON(body []byte) (Result, error) {
	body = bytes.TrimSpace(bytes.TrimPrefix(body, bom))
	var items []json.RawMessage
	switch {
	case len(body) > 0 && body[0] == '[':
		if err := json.Unmarshal(body, &items); err != nil {
			return Result{}, fmt.Errorf("file: decode JSON array: %w", err)
		}
	case len(body) > 0 && body[0] == '{':
		items = []json.RawMessage{body}
	default:
		return Result{}, errors.New("file: JSON body is neither an array nor an object")
	}
	var res Result
	unknown := map[string]bool{}
	for i, raw := range items {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(raw, &obj); err != nil {
			res.Errors = append(res.Errors, posting.ItemError{Index: i, Err: "file: element is not an object: " + err.Error()})
			continue
		}
		rec := map[string]string{}
		var bad []string
		for k, v := range obj {
			col := columnKey(k)
			if _, both := obj[col]; !known(col) || both && k != col {
				unknown[k] = true // an alias ("id") beside its column's own name is ignored
				continue
			}
			s, ok := text(v, col == "location" || col == "tags")
			if !ok {
				bad = append(bad, k)
				continue
			}
			rec[col] = s
		}
		if len(bad) > 0 {
			sort.Strings(bad)
			res.Errors = append(res.Errors, posting.ItemError{Index: i, ID: rec["external_id"], Err: "file: fields of the wrong type: " + strings.Join(bad, ", ")})
			continue
		}
		d, err := fields(rec)
		if err != nil {
			res.Errors = append(res.Errors, posting.ItemError{Index: i, ID: d.ExternalID, Err: err.Error()})
			continue
		}
		res.Drafts = append(res.Drafts, d)
	}
	if len(unknown) > 0 {
		names := make([]string, 0, len(unknown))
		for k := range unknown {
			names = append(names, k)
		}
		sort.Strings(names)
		res.Warnings = append(res.Warnings, "unknown fields ignored: "+strings.Join(names, ", "))
	}
	return res, nil
}

// text reads a JSON value as the CSV text of its column; lists (allowed for
// location and tags) are joined with ";".
func text(raw json.RawMessage, list bool) (string, bool) {
	var v any
	if json.Unmarshal(raw, &v) != nil {
		return "", false
	}
	switch t := v.(type) {
	case nil:
		return "", true
	case string:
		return t, true
	case float64:
		return strconv.FormatFloat(t, 'f', -1, 64), true
	case bool:
		return strconv.FormatBool(t), true
	case []any:
		if !list {
			return "", false
		}
		var parts []string
		for _, e := range t {
			s, ok := e.(string)
			if !ok {
				return "", false
			}
			parts = append(parts, s)
		}
		return strings.Join(parts, ";"), true
	}
	return "", false
}
