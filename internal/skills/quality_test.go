package skills

import (
	"encoding/csv"
	"os"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/testutil"
)

// nerSentence is one sentence of the Green et al. skill NER test set, rebuilt as text.
type nerSentence struct {
	text  string
	spans [][2]int // token offsets [start, end) of each word
	skill []bool   // word is inside a gold Skill span
	gold  [][2]int // gold Skill spans as word ranges [first, end)
}

// readNER rebuilds sentences from the CSV (sentence_id, word, pos, tag; BIO tags),
// joining words with single spaces.
func readNER(t *testing.T, path string) []nerSentence {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []nerSentence
	var cur *nerSentence
	var b strings.Builder
	lastID, open := "", -1
	flush := func() {
		if cur == nil {
			return
		}
		if open >= 0 {
			cur.gold = append(cur.gold, [2]int{open, len(cur.skill)})
		}
		cur.text = b.String()
		out = append(out, *cur)
	}
	for _, r := range rows[1:] {
		id, word, tag := r[0], r[1], r[3]
		if id != lastID {
			flush()
			cur, lastID, open = &nerSentence{}, id, -1
			b.Reset()
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		i := len(cur.skill)
		cur.spans = append(cur.spans, [2]int{b.Len(), b.Len() + len(word)})
		b.WriteString(word)
		inSkill := tag == "B-Skill" || tag == "I-Skill"
		cur.skill = append(cur.skill, inSkill)
		if open >= 0 && tag != "I-Skill" {
			cur.gold = append(cur.gold, [2]int{open, i})
			open = -1
		}
		if tag == "B-Skill" || (tag == "I-Skill" && open < 0) {
			open = i
		}
	}
	flush()
	return out
}

// quality holds precision and recall at three granularities.
type quality struct {
	tokP, tokR, exactP, exactR, overlapP, overlapR float64
	mentions, goldSpans                            int
}

func measure(tx *Taxonomy, sents []nerSentence) quality {
	var tokTP, tokPred, tokGold, exact, menOverlap, goldHit, mentions, goldSpans int
	for _, s := range sents {
		pred := make([]bool, len(s.skill))
		ms := tx.Extract(s.text)
		mentions += len(ms)
		goldSpans += len(s.gold)
		hitGold := make([]bool, len(s.gold))
		for _, m := range ms {
			first, end := -1, -1
			for i, sp := range s.spans {
				if sp[0] < m.End && m.Start < sp[1] {
					if first < 0 {
						first = i
					}
					end = i + 1
					pred[i] = true
				}
			}
			overlaps := false
			for g, gs := range s.gold {
				if first < gs[1] && gs[0] < end {
					overlaps, hitGold[g] = true, true
					if gs[0] == first && gs[1] == end {
						exact++
					}
				}
			}
			if overlaps {
				menOverlap++
			}
		}
		for _, h := range hitGold {
			if h {
				goldHit++
			}
		}
		for i := range pred {
			if pred[i] {
				tokPred++
			}
			if s.skill[i] {
				tokGold++
			}
			if pred[i] && s.skill[i] {
				tokTP++
			}
		}
	}
	div := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	return quality{
		tokP: div(tokTP, tokPred), tokR: div(tokTP, tokGold),
		exactP: div(exact, mentions), exactR: div(exact, goldSpans),
		overlapP: div(menOverlap, mentions), overlapR: div(goldHit, goldSpans),
		mentions: mentions, goldSpans: goldSpans,
	}
}

// TestExtractionQuality measures Extract against the gold Skill spans of the Green et al.
// test set. Token level: a word is predicted when a mention covers it. Span level: exact
// (same first and last word) and overlap (a mention touching a gold span).
func TestExtractionQuality(t *testing.T) {
	sents := readNER(t, testutil.SharedFile(t, "matching/acp19tag-skill-ner-testset.csv"))
	if len(sents) != 336 {
		t.Fatalf("sentences = %d, want 336", len(sents))
	}
	q := measure(Default(), sents)
	t.Logf("skill NER test set: %d sentences, %d gold Skill spans, %d mentions", len(sents), q.goldSpans, q.mentions)
	t.Logf("token level:   precision %.3f  recall %.3f", q.tokP, q.tokR)
	t.Logf("span exact:    precision %.3f  recall %.3f", q.exactP, q.exactR)
	t.Logf("span overlap:  precision %.3f  recall %.3f", q.overlapP, q.overlapR)
	floors := []struct {
		name      string
		got, want float64
	}{
		{"token precision", q.tokP, 0.76},
		{"token recall", q.tokR, 0.22},
		{"overlap precision", q.overlapP, 0.74},
		{"overlap recall", q.overlapR, 0.42},
		{"exact precision", q.exactP, 0.39},
		{"exact recall", q.exactR, 0.24},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s = %.3f, below the floor %.2f", f.name, f.got, f.want)
		}
	}
}
