package jobicy

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
)

// amount is a salary bound given as a number or as text ("62,000"); null, "" and text that is no
// number leave it unset.
type amount struct{ v *float64 }

// UnmarshalJSON reads a number, numeric text or null.
func (a *amount) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		s = strings.NewReplacer(",", "", " ", "", "\u00a0", "").Replace(s)
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			a.v = &f
		}
		return nil
	}
	var f *float64
	if err := json.Unmarshal(b, &f); err != nil {
		return err
	}
	a.v = f
	return nil
}

// list is an array of strings that the API may also send as one string.
type list []string

// UnmarshalJSON reads a string, an array of strings or null.
func (l *list) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		if s != "" {
			*l = list{s}
		}
		return nil
	}
	return json.Unmarshal(b, (*[]string)(l))
}
