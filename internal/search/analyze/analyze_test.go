package analyze

import (
	"reflect"
	"testing"
)

func TestTerms(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Senior Front-End Engineer", []string{"senior", "frontend", "engin"}},
		{"Full Stack Developers and C++ / C# / Node.js", []string{"fullstack", "develop", "c++", "c#", "node.js"}},
		{"Machine Learning, running", []string{"ml", "run"}},
		{"Ends with dot. Next", []string{"end", "dot", "next"}},
		{"Ingénieur Logiciel", []string{"ingénieur", "logiciel"}},
	}
	for _, c := range cases {
		if got := Terms(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Terms(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
