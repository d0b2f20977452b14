package boardutil

import (
	"bytes"
	"encoding/json"
	"math"
	"strconv"
	"strings"
)

// Amount is a number that a board sends as a JSON number or as text ("70000", "62,000"); null, "",
// booleans, objects and text that is no number leave V nil.
type Amount struct{ V *float64 }

// UnmarshalJSON reads a number, numeric text or anything else as unset.
func (a *Amount) UnmarshalJSON(b []byte) error {
	a.V = nil
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return nil
	}
	switch c := b[0]; {
	case c == '"':
		s, ok := StringValue(b)
		if !ok && json.Unmarshal(b, &s) != nil {
			return nil
		}
		if v, ok := ParseAmount(s); ok {
			a.V = &v
		}
	case c == '-' || c >= '0' && c <= '9':
		if v, err := strconv.ParseFloat(string(b), 64); err == nil && !math.IsInf(v, 0) {
			a.V = &v
		}
	}
	return nil
}

// Positive returns the amount when it is above zero, else nil (boards write 0 for "not given").
func (a Amount) Positive() *float64 {
	if a.V == nil || !(*a.V > 0) {
		return nil
	}
	return a.V
}

// ParseAmount reads a plain decimal number from text, with thousands grouped by ",", " " or a
// no-break space ("1,250,000.50", "95 000"); a comma that does not group three digits ("1,5"),
// a currency sign, NaN and infinities are no amount.
func ParseAmount(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" || !amountText(s) {
		return 0, false
	}
	if strings.ContainsAny(s, ", \u00a0") {
		var buf [32]byte
		n := 0
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c == ',' || c == ' ':
				if !groupAt(s, i+1) {
					return 0, false
				}
				continue
			case c == 0xc2 && i+1 < len(s) && s[i+1] == 0xa0:
				if !groupAt(s, i+2) {
					return 0, false
				}
				i++
				continue
			}
			if n == len(buf) {
				return 0, false
			}
			buf[n] = c
			n++
		}
		s = string(buf[:n])
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

// amountText reports whether s holds only the bytes a grouped decimal number may have.
func amountText(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9', c == '.', c == ',', c == ' ', c == '-', c == '+', c == 'e', c == 'E', c == 0xc2, c == 0xa0:
		default:
			return false
		}
	}
	return true
}

// groupAt reports whether a thousands group (three digits, then the end, a separator or the
// decimal point) starts at s[i], with a digit before the separator.
func groupAt(s string, i int) bool {
	sep := i - 1
	if s[sep] == 0xa0 {
		sep--
	}
	if sep == 0 || s[sep-1] < '0' || s[sep-1] > '9' || i+3 > len(s) {
		return false
	}
	for _, c := range []byte(s[i : i+3]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return i+3 == len(s) || s[i+3] == ',' || s[i+3] == ' ' || s[i+3] == '.' || s[i+3] == 0xc2
}

// StringList is a list of names that a board sends as an array of strings, as one string, as
// objects with a "name" (or an array of them), or as null; blank names are dropped.
type StringList []string

// UnmarshalJSON reads any of the shapes StringList names; other values are no names.
func (l *StringList) UnmarshalJSON(b []byte) error {
	*l = nil
	b = bytes.TrimSpace(b)
	if len(b) == 0 {
		return nil
	}
	switch b[0] {
	case '"':
		if s := strings.TrimSpace(RawString(b)); s != "" {
			*l = StringList{s}
		}
	case '{':
		if s := nameOf(b); s != "" {
			*l = StringList{s}
		}
	case '[':
		var ss []string
		if json.Unmarshal(b, &ss) != nil {
			// Not all strings: read each element by its own shape.
			var raws []json.RawMessage
			if err := json.Unmarshal(b, &raws); err != nil {
				return err
			}
			ss = make([]string, 0, len(raws))
			for _, r := range raws {
				r = bytes.TrimSpace(r)
				if len(r) > 0 && r[0] == '{' {
					ss = append(ss, nameOf(r))
				} else {
					ss = append(ss, RawString(r))
				}
			}
		}
		out := ss[:0]
		for _, s := range ss {
			if s = strings.TrimSpace(s); s != "" {
				out = append(out, s)
			}
		}
		if len(out) > 0 {
			*l = StringList(out)
		}
	}
	return nil
}

// nameOf returns the trimmed text of an object's "name" field, or "".
func nameOf(obj []byte) string {
	var o struct {
		Name json.RawMessage `json:"name"`
	}
	if json.Unmarshal(obj, &o) != nil {
		return ""
	}
	return strings.TrimSpace(RawString(o.Name))
}
