package validate

import (
	"reflect"
	"strings"
)

// StripNUL removes NUL characters from every string reachable from ptr (fields, slices, maps, pointers).
// PostgreSQL text and jsonb cannot hold U+0000, and SQLite would store it silently, so text is cleaned
// before it reaches either, and both databases then hold the same value.
func StripNUL(ptr any) {
	v := reflect.ValueOf(ptr)
	if v.Kind() == reflect.Pointer && !v.IsNil() {
		stripValue(v.Elem())
	}
}

func stripValue(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if v.CanSet() && strings.IndexByte(v.String(), 0) >= 0 {
			v.SetString(strings.ReplaceAll(v.String(), "\x00", ""))
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
			if k.Kind() == reflect.String && strings.IndexByte(k.String(), 0) >= 0 {
				nk = reflect.ValueOf(strings.ReplaceAll(k.String(), "\x00", "")).Convert(k.Type())
				v.SetMapIndex(k, reflect.Value{})
			}
			v.SetMapIndex(nk, val)
		}
	}
}
