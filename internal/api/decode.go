package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"reflect"
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/user"
	"github.com/career-copilot/copilot/internal/validate"
)

const maxBody = 1 << 20

// readOnly fields may appear in a body (a client sends back what it read) and are ignored.
var readOnly = map[string]bool{"updated_at": true, "created_at": true, "id": true}

// decode reads a JSON object onto dst (a pointer to a struct), field by field: unknown fields and
// values of the wrong type are reported one entry per field, and dst's other fields keep their values.
func decode(r *http.Request, dst any) error {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		if mt, _, _ := mime.ParseMediaType(ct); mt != "application/json" && !strings.HasSuffix(mt, "+json") {
			return problem(http.StatusUnsupportedMediaType, "Unsupported media type", "Send application/json.")
		}
	}
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, maxBody))
	if err != nil {
		return problem(http.StatusRequestEntityTooLarge, "Request body too large", fmt.Sprintf("The limit is %d bytes.", maxBody))
	}
	return decodeBytes(body, dst)
}

func decodeBytes(body []byte, dst any) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(body, &raw); err != nil || raw == nil {
		return validate.Malformed{Errors: validate.Errors{{Field: "", Message: "the body must be a JSON object"}}}
	}
	v := reflect.ValueOf(dst).Elem()
	fields := jsonFields(v.Type())
	var fe, bad validate.Errors // fe: the body's shape is wrong (400); bad: a value of the right shape is not valid (422)
	for _, name := range sortedKeys(raw) {
		idx, ok := fields[name]
		if !ok {
			if !readOnly[name] {
				fe.Add(name, "unknown field")
			}
			continue
		}
		if readOnly[name] {
			continue
		}
		f := v.Field(idx)
		dec := json.NewDecoder(bytes.NewReader(raw[name]))
		dec.DisallowUnknownFields()
		tmp := reflect.New(f.Type())
		tmp.Elem().Set(f)
		if err := dec.Decode(tmp.Interface()); err != nil {
			var pe *time.ParseError
			if errors.As(err, &pe) {
				bad.Add(name+nestedField(err), typeMessage(err)) // a string that is not a date is a bad value, like a bad email
			} else {
				fe.Add(name+nestedField(err), typeMessage(err))
			}
			continue
		}
		f.Set(tmp.Elem())
	}
	if len(fe) > 0 {
		return validate.Malformed{Errors: append(fe, bad...)}
	}
	if len(bad) > 0 {
		return bad
	}
	validate.CleanText(dst)
	return nil
}

func jsonFields(t reflect.Type) map[string]int {
	m := map[string]int{}
	for i := 0; i < t.NumField(); i++ {
		tag := t.Field(i).Tag.Get("json")
		name, _, _ := strings.Cut(tag, ",")
		if name != "" && name != "-" {
			m[name] = i
		}
	}
	return m
}

func sortedKeys(m map[string]json.RawMessage) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func nestedField(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) && te.Field != "" && strings.Contains(te.Field, ".") {
		_, rest, _ := strings.Cut(te.Field, ".")
		return "." + rest
	}
	if msg := err.Error(); strings.HasPrefix(msg, "json: unknown field ") {
		return "." + strings.Trim(strings.TrimPrefix(msg, "json: unknown field "), `"`)
	}
	return ""
}

func typeMessage(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return "must be " + kindName(te.Type)
	}
	if strings.HasPrefix(err.Error(), "json: unknown field ") {
		return "unknown field"
	}
	var pe *time.ParseError
	if errors.As(err, &pe) {
		return "must be a date and time in RFC 3339 form, such as 2026-12-03T09:00:00Z"
	}
	return "is not valid JSON"
}

func kindName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int64, reflect.Int32:
		return "a whole number"
	case reflect.Float64, reflect.Float32:
		return "a number"
	case reflect.Slice:
		return "a list of " + strings.TrimPrefix(kindName(t.Elem()), "a ") + "s"
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Ptr:
		return kindName(t.Elem()) + " or null"
	}
	return "of type " + t.String()
}

func isNotFound(err error) bool {
	return errors.Is(err, store.ErrNotFound) || errors.Is(err, user.ErrNotFound)
}
