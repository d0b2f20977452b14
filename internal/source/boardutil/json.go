// Package boardutil holds the small pieces the public job-board and feed
// adapters share: lenient JSON text, the base_url override and one checked GET.
package boardutil

import (
	"bytes"
	"encoding/json"
)

// RawString renders a JSON string or number as text; anything else is "".
func RawString(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	// A number is its own text, as json.Number keeps it: read it without a string decode that fails.
	r := Reader{data: raw}
	if r.number(); !r.failed && r.pos == len(raw) {
		return string(raw)
	}
	if s, ok := StringValue(raw); ok {
		return s
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

// StringValue returns the text of raw when it is one JSON string that the Reader reads exactly as
// json.Unmarshal into a string would; ok is false for anything else, left to encoding/json.
func StringValue(raw []byte) (s string, ok bool) {
	r := Reader{data: raw}
	if r.peek() != '"' {
		return "", false
	}
	s, _ = r.str(true)
	return s, r.End()
}

// Peek returns the text of one field of a JSON object that did not decode as a
// whole, for naming the item in an error report; "" when it is not there.
func Peek(raw json.RawMessage, key string) string {
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) != nil {
		return ""
	}
	return RawString(m[key])
}
