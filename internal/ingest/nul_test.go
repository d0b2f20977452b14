package ingest

import (
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
)

// fullDraft returns a draft with every string, slice, pointer and map field holding one clean value.
func fullDraft() posting.Draft {
	one, yes := 1.0, true
	return posting.Draft{
		ExternalID: "a", Title: "a", Company: "a", DescriptionHTML: "a", DescriptionText: "a",
		Locations: []string{"a"}, WorkplaceType: "a", Remote: &yes, EmploymentType: "a", Department: "a",
		Compensation: []posting.Compensation{{Min: &one, Max: &one, Currency: "a", Period: "a", Raw: "a"}},
		SalaryText:   "a", PostedRaw: "a", UpdatedRaw: "a", ApplyURL: "a", URL: "a",
		Tags: []string{"a"}, Extra: map[string]string{"a": "a"},
	}
}

// eachString calls visit with a setter for each string reachable from v.
func eachString(v reflect.Value, visit func(set func(string))) {
	switch v.Kind() {
	case reflect.String:
		visit(v.SetString)
	case reflect.Pointer:
		if !v.IsNil() {
			eachString(v.Elem(), visit)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			eachString(v.Field(i), visit)
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			eachString(v.Index(i), visit)
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			val := v.MapIndex(k).String()
			visit(func(s string) {
				v.SetMapIndex(k, reflect.Value{})
				v.SetMapIndex(reflect.ValueOf(s), reflect.ValueOf(val))
			})
			visit(func(s string) { v.SetMapIndex(k, reflect.ValueOf(s)) })
		}
	}
}

// TestHasNULSeesEveryString puts a NUL in each string of a full draft in turn: hasNUL must see every one,
// or StripNUL would be skipped for a draft that needs it.
func TestHasNULSeesEveryString(t *testing.T) {
	if d := fullDraft(); hasNUL(&d) {
		t.Fatal("a draft without NUL reported one")
	}
	n := 0
	eachString(reflect.ValueOf(ptr(fullDraft())).Elem(), func(func(string)) { n++ })
	for i := 0; i < n; i++ {
		d := fullDraft()
		k := 0
		eachString(reflect.ValueOf(&d).Elem(), func(set func(string)) {
			if k == i {
				set("x\x00y")
			}
			k++
		})
		if !hasNUL(&d) {
			t.Errorf("string %d of %d: NUL not seen in %+v", i, n, d)
		}
	}
	if n != 20 { // 13 string fields, a location, a tag, three compensation strings, an Extra key and its value
		t.Errorf("fullDraft has %d strings; a new string field of posting.Draft needs a line in hasNUL and fullDraft", n)
	}
}

func ptr[T any](v T) *T { return &v }
