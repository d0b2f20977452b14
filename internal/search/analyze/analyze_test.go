package analyze

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/career-copilot/copilot/internal/testutil"
)

func TestTerms(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Senior Front-End Engineer", []string{"senior", "frontend", "engin"}},
		{"Full Stack Developers and C++ / C# / Node.js", []string{"fullstack", "develop", "c++", "c#", "node.js"}},
		{"Machine Learning, running", []string{"ml", "run"}},
		// A joined form is the term of its one-word form.
		{"DevOps, Dev Ops, dev-ops", []string{"devop", "devop", "devop"}},
		{"SRE / Site Reliability; Frontend, Front End", []string{"sre", "sre", "frontend", "frontend"}},
		{"Ends with dot. Next", []string{"end", "dot", "next"}},
		{"Ingénieur Logiciel", []string{"ingenieur", "logiciel"}},
		{"São Paulo, Zürich für Łódź, Straße", []string{"sao", "paulo", "zurich", "fur", "lodz", "strass"}},
		{"Москва", []string{"москва"}},
	}
	for _, c := range cases {
		if got := Terms(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Terms(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// refEach is the analyser written plainly (each word as a string, a two-word map,
// the shared stem cache): Analyzer must give exactly its terms.
func refEach(text string, fn func(string)) {
	pairs := map[[2]string]string{}
	for first, m := range joins {
		for second, j := range m {
			pairs[[2]string{first, second}] = j
		}
	}
	emit := func(w string) {
		if !Stop[w] {
			fn(Stem(w))
		}
	}
	prev := ""
	Words(text, func(w string) {
		if prev != "" {
			if j, ok := pairs[[2]string{prev, w}]; ok {
				prev = ""
				fn(j)
				return
			}
			emit(prev)
		}
		prev = w
	})
	if prev != "" {
		emit(prev)
	}
}

// TestAnalyzerMatchesReference runs both over every real posting capture and a few joins.
func TestAnalyzerMatchesReference(t *testing.T) {
	dir := testutil.SharedFixtures(t)
	var texts []string
	for _, pat := range []string{"greenhouse/*.json", "lever/*.json", "ashby/*.json", "matching/*.json", "matching/*.txt"} {
		files, _ := filepath.Glob(filepath.Join(dir, pat))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	if len(texts) < 10 {
		t.Fatalf("only %d fixture files", len(texts))
	}
	texts = append(texts, "front end front front-end back back end machine", "Site Reliability site", "full")
	a := NewAnalyzer()
	for i, text := range texts {
		var want, got, pooled []string
		refEach(text, func(s string) { want = append(want, s) })
		a.Each(text, func(s string) { got = append(got, s) })
		Each(text, func(s string) { pooled = append(pooled, s) })
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(pooled, want) {
			t.Fatalf("text %d: %d terms, %d pooled, want %d", i, len(got), len(pooled), len(want))
		}
	}
}
