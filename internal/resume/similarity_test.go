package resume

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/career-copilot/copilot/internal/testutil"
)

// wordDice is the Dice coefficient of two texts' word multisets (lowercase letters and digits).
func wordDice(a, b string) float64 {
	count := func(s string) map[string]int {
		m := map[string]int{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			m[w]++
		}
		return m
	}
	ca, cb := count(a), count(b)
	na, nb, common := 0, 0, 0
	for w, n := range ca {
		na += n
		common += min(n, cb[w])
	}
	for _, n := range cb {
		nb += n
	}
	if na+nb == 0 {
		return 0
	}
	return 2 * float64(common) / float64(na+nb)
}

func TestDOCXMatchesItsText(t *testing.T) {
	// PROVENANCE says each DOCX has the same content as the text file beside it.
	// Measured: resumematchapi 1.000; jobfinder 0.969 (its DOCX adds a table row
	// "Primary languages | Java, Kotlin, Python" the text lacks).
	cases := []struct {
		docx, text string
		min        float64
	}{
		{"resumes/resumematchapi-sample_resume.docx", "resumes/resumematchapi-sample_resume_text.txt", 0.99},
		{"resumes/jobfinder-jordandoe-resume.docx", "resumes/jobfinder-jordandoe-resume.txt", 0.95},
		{"resumes/resumematchapi-sample_resume.pdf", "resumes/resumematchapi-sample_resume_text.txt", 0.99},
		{"resumes/jobfinder-jordandoe-resume.pdf", "resumes/jobfinder-jordandoe-resume.txt", 0.99},
	}
	for _, c := range cases {
		got := extractShared(t, c.docx)
		want := extractShared(t, c.text)
		sim := wordDice(got.Text, want.Text)
		t.Logf("%s vs %s: %.3f", filepath.Base(c.docx), filepath.Base(c.text), sim)
		if sim < c.min {
			t.Errorf("%s: similarity %.3f < %.2f", c.docx, sim, c.min)
		}
	}
}

func TestJSONResumeSchemaTests(t *testing.T) {
	dir := filepath.Join(testutil.SharedFixtures(t), "resumes", "jsonresume-schema-tests")
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) != 15 {
		t.Fatalf("want 15 schema test files, got %d (%v)", len(files), err)
	}
	outcomes := map[string]int{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		// A whole file is a map of named test vectors, not a resume.
		if _, err := Extract(t.Context(), b, filepath.Base(f)); !errors.Is(err, ErrUnsupported) {
			t.Errorf("%s as a whole: err = %v, want ErrUnsupported", filepath.Base(f), err)
		}
		var vectors map[string]json.RawMessage
		if err := json.Unmarshal(b, &vectors); err != nil {
			t.Fatal(err)
		}
		names := make([]string, 0, len(vectors))
		for k := range vectors {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, name := range names {
			doc, err := Extract(t.Context(), vectors[name], "fragment.json")
			switch {
			case err == nil:
				outcomes["ok"]++
				// Only a long summary gives a fragment enough text; it must land in Summary.
				var frag struct {
					Basics struct{ Summary string }
					Work   []struct{ Summary string }
				}
				json.Unmarshal(vectors[name], &frag)
				want := frag.Basics.Summary
				if len(frag.Work) > 0 {
					want = frag.Work[0].Summary
					if len(doc.Experience) != 1 || len(doc.Experience[0].Bullets) != 1 || doc.Experience[0].Bullets[0] != want {
						t.Errorf("%s/%s: work summary not mapped: %+v", filepath.Base(f), name, doc.Experience)
					}
				} else if doc.Summary != want {
					t.Errorf("%s/%s: summary %q, want %q", filepath.Base(f), name, doc.Summary, want)
				}
				if name != "summaryValid" {
					t.Errorf("%s/%s: unexpected resume", filepath.Base(f), name)
				}
				continue
			case errors.Is(err, ErrEmpty):
				outcomes["empty"]++
			case errors.Is(err, ErrUnsupported):
				outcomes["unsupported"]++
			default:
				t.Errorf("%s/%s: unexpected error %v", filepath.Base(f), name, err)
			}
			// Fragments holding a basics or work section are JSON Resumes, only too small to use.
			if (filepath.Base(f) == "basics.json" || filepath.Base(f) == "work.json") && strings.HasSuffix(name, "Valid") &&
				!errors.Is(err, ErrEmpty) && !errors.Is(err, ErrUnsupported) {
				t.Errorf("%s/%s: err = %v, want ErrEmpty", filepath.Base(f), name, err)
			}
		}
	}
	t.Logf("fragment outcomes: %v", outcomes)
	// Measured: 2 readable (the two summaryValid vectors), 62 too small, 154 without basics/work.
	if outcomes["ok"] != 2 || outcomes["empty"] != 62 || outcomes["unsupported"] != 154 {
		t.Errorf("fragment outcomes %v", outcomes)
	}
}
