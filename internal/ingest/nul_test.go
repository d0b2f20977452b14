package ingest

import (
	"reflect"
	"strings"
	"testing"
	"time"

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

// TestUncleanSeesEveryString puts a NUL, then a byte that is not UTF-8, in each string of a full draft in
// turn: unclean must see every one but the description HTML's, or CleanText would be skipped for a draft
// that needs it.
func TestUncleanSeesEveryString(t *testing.T) {
	if d := fullDraft(); unclean(&d) {
		t.Fatal("a clean draft reported as unclean")
	}
	n := 0
	eachString(reflect.ValueOf(ptr(fullDraft())).Elem(), func(func(string)) { n++ })
	for _, bad := range []string{"x\x00y", "Z\xfcrich"} {
		for i := 0; i < n; i++ {
			d := fullDraft()
			k := 0
			eachString(reflect.ValueOf(&d).Elem(), func(set func(string)) {
				if k == i {
					set(bad)
				}
				k++
			})
			if inHTML := d.DescriptionHTML == bad; unclean(&d) == inHTML {
				t.Errorf("%q in string %d of %d: unclean = %v for %+v", bad, i, n, !inHTML, d)
			}
		}
	}
	if n != 20 { // 13 string fields, a location, a tag, three compensation strings, an Extra key and its value
		t.Errorf("fullDraft has %d strings; a new string field of posting.Draft needs a line in unclean and fullDraft", n)
	}
}

func ptr[T any](v T) *T { return &v }

// nulValue holds NULs in text, in a tag name, in a kept attribute and beside a character reference.
const nulValue = "Go\x00 dev <p\x00>in <b>Ber\x00lin</b></p><img src=\"https://cdn.ex.com/t.png\" alt=\"t\x00m\"> &#0;&am\x00p; $1\x0020,000"

// realDraft returns a draft whose every string field is one that normalization keeps.
func realDraft() posting.Draft {
	d := fullDraft()
	d.Title, d.Company, d.DescriptionHTML = "Go Developer", "Acme", "<p>Build <b>services</b> in Go.</p>"
	d.URL, d.ApplyURL, d.PostedRaw, d.SalaryText = "https://jobs.ex.com/1", "https://jobs.ex.com/1/apply", "2026-08-01", "$120,000 - $150,000"
	return d
}

// nulStrings returns the paths of the strings reachable from v that hold a NUL.
func nulStrings(v reflect.Value, path string) []string {
	switch v.Kind() {
	case reflect.String:
		if strings.IndexByte(v.String(), 0) >= 0 {
			return []string{path}
		}
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			return nulStrings(v.Elem(), path)
		}
	case reflect.Struct:
		var out []string
		for i := 0; i < v.NumField(); i++ {
			out = append(out, nulStrings(v.Field(i), path+"."+v.Type().Field(i).Name)...)
		}
		return out
	case reflect.Slice, reflect.Array:
		var out []string
		for i := 0; i < v.Len(); i++ {
			out = append(out, nulStrings(v.Index(i), path+"[]")...)
		}
		return out
	case reflect.Map:
		var out []string
		for _, k := range v.MapKeys() {
			out = append(out, nulStrings(k, path+"{key}")...)
			out = append(out, nulStrings(v.MapIndex(k), path+"{}")...)
		}
		return out
	}
	return nil
}

// TestPrepareWritesNoNUL puts NULs in each string of a draft in turn, and in all of them at once: no
// string of the item Prepare makes may hold one, as no database text column may.
func TestPrepareWritesNoNUL(t *testing.T) {
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	n := 0
	eachString(reflect.ValueOf(ptr(realDraft())).Elem(), func(func(string)) { n++ })
	for i := -1; i < n; i++ {
		d := realDraft()
		k := 0
		eachString(reflect.ValueOf(&d).Elem(), func(set func(string)) {
			if k == i || i < 0 {
				set(nulValue)
			}
			k++
		})
		items, errs := Prepare([]posting.Draft{d}, now)
		if len(items) != 1 || len(errs) != 0 {
			t.Fatalf("string %d: items %d, errors %v", i, len(items), errs)
		}
		if bad := nulStrings(reflect.ValueOf(items[0]), "item"); len(bad) > 0 {
			t.Errorf("string %d of %d holds a NUL: a NUL is kept in %v", i, n, bad)
		}
	}
}

// TestPrepareDescriptionNUL checks what becomes of NULs in a description HTML, which Prepare leaves to
// the sanitizer: dropped from the text, and an HTML of NULs and spaces alone counts as none.
func TestPrepareDescriptionNUL(t *testing.T) {
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	items, _ := Prepare([]posting.Draft{
		{ExternalID: "1", Title: "Go Developer", DescriptionHTML: "<p>Go\x00 developer</p>"},
		{ExternalID: "2", Title: "Go Developer", DescriptionHTML: "\x00 \x00\n", DescriptionText: "Plain words"},
		{ExternalID: "3", Title: "Go Developer", DescriptionHTML: " \x00", DescriptionText: ""},
	}, now)
	if len(items) != 3 {
		t.Fatalf("%d items", len(items))
	}
	for i, want := range [][2]string{{"<p>Go developer</p>", "Go developer"}, {"<p>Plain words</p>", "Plain words"}, {"", ""}} {
		if p := items[i].Posting; p.DescriptionHTML != want[0] || p.DescriptionText != want[1] {
			t.Errorf("item %d: description %q, %q; want %q, %q", i, p.DescriptionHTML, p.DescriptionText, want[0], want[1])
		}
	}
}

// TestPrepareHTMLWhateverElseIsClean: the description HTML comes out the same whether or not another string
// of the draft needed cleaning, for NULs inside markup too.
func TestPrepareHTMLWhateverElseIsClean(t *testing.T) {
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, time.UTC)
	for _, html := range []string{"<sty\x00le>.x{}</style><p>b</p>", "<script>x</scr\x00ipt><p>b</p>", "<p>a<b\x00r>b &am\x00p; c\xff</p>"} {
		items, _ := Prepare([]posting.Draft{
			{ExternalID: "clean", Title: "Go Developer", DescriptionHTML: html},
			{ExternalID: "dirty", Title: "Go Developer\x00", Company: "Acme\xff", DescriptionHTML: html},
		}, now)
		if len(items) != 2 {
			t.Fatalf("%q: %d items", html, len(items))
		}
		a, b := items[0].Posting, items[1].Posting
		if a.DescriptionHTML != b.DescriptionHTML || a.DescriptionText != b.DescriptionText {
			t.Errorf("%q: clean draft gives %q / %q, a draft with a dirty title %q / %q", html, a.DescriptionHTML, a.DescriptionText, b.DescriptionHTML, b.DescriptionText)
		}
		if b.Title != "Go Developer" || b.Company != "Acme\uFFFD" {
			t.Errorf("dirty strings cleaned to %q, %q", b.Title, b.Company)
		}
	}
}
