package boardutil

import (
	"encoding/json"
	"reflect"
	"testing"
)

func TestAmount(t *testing.T) {
	for in, want := range map[string]float64{
		`70000`:           70000,
		`"70000"`:         70000,
		` "62,000" `:      62000,
		`"1,250,000.50"`:  1250000.5,
		`"95 000"`:        95000,
		"\"95\u00a0000\"": 95000,
		`"  42.5 "`:       42.5,
		`-3`:              -3,
	} {
		var a Amount
		if err := json.Unmarshal([]byte(in), &a); err != nil || a.V == nil || *a.V != want {
			t.Errorf("%s: %v %v, want %v", in, a.V, err, want)
		}
	}
	for _, in := range []string{`null`, `""`, `"  "`, `"n/a"`, `"NaN"`, `"Inf"`, `"1e999"`, `"1,5"`, `"12,34,567"`, `",100"`, `"100,"`, `"$100"`, `true`, `{"a":1}`, `[1]`} {
		var a Amount
		if err := json.Unmarshal([]byte(in), &a); err != nil || a.V != nil {
			t.Errorf("%s: %v %v, want unset", in, a.V, err)
		}
	}
	var zero Amount
	if err := json.Unmarshal([]byte(`"0"`), &zero); err != nil || zero.V == nil || zero.Positive() != nil {
		t.Errorf("0: %v %v positive %v", zero.V, err, zero.Positive())
	}
	if p := (Amount{V: new(float64)}).Positive(); p != nil {
		t.Errorf("Positive(0) = %v", *p)
	}
	v := 5.0
	if p := (Amount{V: &v}).Positive(); p == nil || *p != 5 {
		t.Errorf("Positive(5) = %v", p)
	}
}

func TestStringList(t *testing.T) {
	for in, want := range map[string][]string{
		`"Germany"`:                 {"Germany"},
		`" Germany "`:               {"Germany"},
		`["Germany","Netherlands"]`: {"Germany", "Netherlands"},
		`["Senior", "", " "]`:       {"Senior"},
		`[{"name":"Germany"},{"name":"France","code":"FR"}]`: {"Germany", "France"},
		`{"name":"Remote"}`: {"Remote"},
		`["Berlin", {"name":"Paris"}, 7, null, {"code":"X"}]`: {"Berlin", "Paris", "7"},
		`["Caf\u00e9"]`: {"Café"},
	} {
		var l StringList
		if err := json.Unmarshal([]byte(in), &l); err != nil || !reflect.DeepEqual([]string(l), want) {
			t.Errorf("%s: %q %v, want %q", in, l, err, want)
		}
	}
	for _, in := range []string{`null`, `""`, `"  "`, `[]`, `{}`, `true`, `[""]`} {
		var l StringList
		if err := json.Unmarshal([]byte(in), &l); err != nil || len(l) != 0 {
			t.Errorf("%s: %q %v, want none", in, l, err)
		}
	}
}
