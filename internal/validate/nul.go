package validate

import (
	"reflect"
	"strings"
	"unicode/utf8"
)

// CleanText removes NUL characters from every string reachable from ptr (fields, slices, maps, pointers)
// and replaces each run of bytes that is not UTF-8 with U+FFFD. PostgreSQL text and jsonb hold neither
// U+0000 nor broken UTF-8, and SQLite would store both silently, so text is cleaned before it reaches
// either, and both databases then hold the same value.
func CleanText(ptr any) {
	v := reflect.ValueOf(ptr)
	if v.Kind() == reflect.Pointer && !v.IsNil() {
		stripValue(v.Elem())
	}
}

func stripValue(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() && !Clean(v.String()) {
			v.SetString(cleaned(v.String()))
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			if v.Kind() == reflect.Interface {
				// Values inside interfaces are not addressable: clean a copy and put it back.
				inner := v.Elem()
				cp := reflect.New(inner.Type()).Elem()
				cp.Set(inner)
				stripValue(cp)
				if v.CanSet() {
					v.Set(cp)
				}
				return
			}
			stripValue(v.Elem())
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				stripValue(v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Uint8 {
			return // bytes are binary content, not text
		}
		for i := 0; i < v.Len(); i++ {
			stripValue(v.Index(i))
		}
	case reflect.Map:
		if v.IsNil() {
			return
		}
		for _, k := range v.MapKeys() {
			val := reflect.New(v.Type().Elem()).Elem()
			val.Set(v.MapIndex(k))
			stripValue(val)
			nk := k
			if k.Kind() == reflect.String && !Clean(k.String()) {
				nk = reflect.ValueOf(cleaned(k.String())).Convert(k.Type())
				v.SetMapIndex(k, reflect.Value{})
			}
			v.SetMapIndex(nk, val)
		}
	}
}

// Clean reports whether s is valid UTF-8 without NUL, as CleanText leaves every string.
func Clean(s string) bool {
	return strings.IndexByte(s, 0) < 0 && utf8.ValidString(s)
}

func cleaned(s string) string {
	return strings.ToValidUTF8(strings.ReplaceAll(s, "\x00", ""), "\uFFFD")
}
