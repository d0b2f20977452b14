package atsutil

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/source"
)

func TestFlexScalars(t *testing.T) {
	var v struct {
		A, B, C, D FlexString
		E, F, G, H FlexFloat
	}
	err := json.Unmarshal([]byte(`{"A": "x", "B": 4679941006, "C": null, "D": true,
		"E": "60000", "F": 18.5, "G": null, "H": "n/a"}`), &v)
	if err != nil {
		t.Fatal(err)
	}
	if v.A != "x" || v.B != "4679941006" || v.C != "" || v.D != "true" {
		t.Errorf("strings = %q %q %q %q", v.A, v.B, v.C, v.D)
	}
	if *v.E.Value != 60000 || *v.F.Value != 18.5 || v.G.Value != nil || v.H.Value != nil || v.H.Text != "n/a" {
		t.Errorf("floats = %+v %+v %+v %+v", v.E, v.F, v.G, v.H)
	}
	if err := json.Unmarshal([]byte(`{"A": {"x": 1}}`), &v); err == nil {
		t.Error("object into FlexString: want error")
	}
}

func TestHelpers(t *testing.T) {
	if got := AppendUnique([]string{"Berlin"}, " berlin ", "", "Wien", "Wien"); !reflect.DeepEqual(got, []string{"Berlin", "Wien"}) {
		t.Errorf("AppendUnique = %q", got)
	}
	// strings.ToLower lowers the Kelvin sign to k and İ to i, so these are duplicates too; ẞ lowers to ß, not ss.
	if got := AppendUnique([]string{"NEW YORK", "\u212Aiel", "Berlin"}, "New York", "kiel", "Berl\u0130n", "\u0130stanbul", "istanbul", "STRA\u1E9EE", "strasse"); !reflect.DeepEqual(got, []string{"NEW YORK", "\u212Aiel", "Berlin", "\u0130stanbul", "STRA\u1E9EE", "strasse"}) {
		t.Errorf("AppendUnique with folding letters = %q", got)
	}
	if got := JoinNonEmpty(", ", "Warsaw", " ", "Poland"); got != "Warsaw, Poland" {
		t.Errorf("JoinNonEmpty = %q", got)
	}
	if got := Base(source.Params{"base_url": "http://127.0.0.1:9/"}, "https://x"); got != "http://127.0.0.1:9" {
		t.Errorf("Base = %q", got)
	}
	if _, err := Required(source.Params{"board": "  "}, "board"); err == nil {
		t.Error("blank param: want error")
	}
}

func TestRawID(t *testing.T) {
	for in, want := range map[string]string{
		`{"id": 4679941006, "title": 5}`: "4679941006",
		`{"id": "abc-1"}`:                "abc-1",
		`{"ID": "upper"}`:                "upper",
		`{"id": {"x": 1}}`:               "",
		`{"title": "no id"}`:             "",
		`not json`:                       "",
	} {
		if got := RawID(json.RawMessage(in)); got != want {
			t.Errorf("RawID(%s) = %q, want %q", in, got, want)
		}
	}
}

// TestFlexFloatText reads grouped amounts as boardutil.ParseAmount does: a comma that groups no
// thousands, NaN and infinities are no amount, and the text is kept.
func TestFlexFloatText(t *testing.T) {
	for in, want := range map[string]float64{`"1,250,000"`: 1250000, `"95 000"`: 95000, `" 42.5 "`: 42.5} {
		var f FlexFloat
		if err := json.Unmarshal([]byte(in), &f); err != nil || f.Value == nil || *f.Value != want {
			t.Errorf("%s: %+v %v, want %v", in, f, err, want)
		}
	}
	for _, in := range []string{`"1,5"`, `"NaN"`, `"Infinity"`, `"1e999"`} {
		var f FlexFloat
		if err := json.Unmarshal([]byte(in), &f); err != nil || f.Value != nil || f.Text == "" {
			t.Errorf("%s: %+v %v, want no amount and the text", in, f, err)
		}
	}
}
