package ingest

import (
	"reflect"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/store"
)

func hashBase() store.IngestItem {
	return store.IngestItem{ExternalID: "1", PostedRaw: "2026-08-01", UpdatedRaw: "2026-08-02", Posting: posting.Posting{
		ExternalID: "1", Title: "Engineer", TitleKey: "engineer", Company: "Acme", CompanyKey: "acme",
		DescriptionHTML: "<p>Go</p>", DescriptionText: "Go", WorkMode: "remote", RemoteRegions: []string{"DE"},
		Locations: []posting.Location{{City: "Berlin", Country: "DE", Raw: "Berlin"}},
		Salary:    posting.Salary{Min: 1, Max: 2, Currency: "EUR", Period: "year", AnnualMin: 1, AnnualMax: 2, Source: "text", Raw: "1-2"},
		PostedAt:  time.Date(2026, 8, 1, 0, 0, 0, 0, time.UTC), Tags: []string{"go"}, SimHash: 42,
	}}
}

// bump changes one leaf value so that it differs from what it was.
func bump(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(v.String() + "x")
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Float64:
		v.SetFloat(v.Float() + 1)
	case reflect.Uint64:
		v.SetUint(v.Uint() + 1)
	}
}

// leaves calls fn with a fresh item and one settable leaf of it, for every leaf of posting.Posting (in
// Salary and in the first Location too), so a field added to the type is a field this test checks.
func leaves(t *testing.T, fn func(name string, it *store.IngestItem, leaf reflect.Value)) {
	var walk func(path []int, typ reflect.Type, name string)
	walk = func(path []int, typ reflect.Type, name string) {
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			p := append(append([]int{}, path...), i)
			it := hashBase()
			v := reflect.ValueOf(&it.Posting).Elem().FieldByIndex(p)
			switch {
			case f.Type == reflect.TypeOf(time.Time{}):
				fn(name+f.Name, &it, v)
			case f.Type.Kind() == reflect.Struct:
				walk(p, f.Type, name+f.Name+".")
			case f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() == reflect.Struct:
				for j := 0; j < f.Type.Elem().NumField(); j++ {
					it := hashBase()
					el := reflect.ValueOf(&it.Posting).Elem().FieldByIndex(p).Index(0)
					fn(name+f.Name+"[0]."+f.Type.Elem().Field(j).Name, &it, el.Field(j))
				}
				it := hashBase()
				fn(name+f.Name+" appended", &it, reflect.ValueOf(&it.Posting).Elem().FieldByIndex(p))
			default:
				fn(name+f.Name, &it, v)
			}
		}
	}
	walk(nil, reflect.TypeOf(posting.Posting{}), "")
}

func TestContentHashCoversEveryField(t *testing.T) {
	base := contentHash(hashBase())
	if again := contentHash(hashBase()); again != base || len(base) != 16 {
		t.Fatalf("hash of equal items %q and %q", base, again)
	}
	n := 0
	leaves(t, func(name string, it *store.IngestItem, leaf reflect.Value) {
		switch {
		case leaf.Type() == reflect.TypeOf(time.Time{}):
			leaf.Set(reflect.ValueOf(leaf.Interface().(time.Time).Add(time.Second)))
		case leaf.Kind() == reflect.Slice && leaf.Type().Elem().Kind() == reflect.String:
			leaf.Set(reflect.Append(leaf, reflect.ValueOf("x")))
		case leaf.Kind() == reflect.Slice:
			leaf.Set(reflect.Append(leaf, leaf.Index(0)))
		default:
			bump(leaf)
		}
		n++
		if contentHash(*it) == base {
			t.Errorf("changing %s leaves the hash as it was", name)
		}
	})
	if n < 30 {
		t.Fatalf("only %d fields walked", n)
	}
	for _, f := range []func(*store.IngestItem){
		func(it *store.IngestItem) { it.PostedRaw += "x" },
		func(it *store.IngestItem) { it.UpdatedRaw += "x" },
		// The same letters split differently between two fields are different content.
		func(it *store.IngestItem) { it.Posting.Title, it.Posting.TitleKey = "Engineere", "ngineer" },
		func(it *store.IngestItem) { it.Posting.PostedAt = time.Time{} },
	} {
		it := hashBase()
		f(&it)
		if contentHash(it) == base {
			t.Errorf("changed item %+v hashes as the base", it)
		}
	}
}
