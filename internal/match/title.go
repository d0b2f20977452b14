package match

import (
	"sync"

	"github.com/career-copilot/copilot/internal/search/analyze"
)

// titleDrop are title words that say nothing about the role itself: levels
// (seniority is its own component), counts and filler.
var titleDrop = map[string]bool{
	"senior": true, "sr": true, "junior": true, "jr": true, "lead": true, "principal": true, "staff": true,
	"mid": true, "level": true, "entri": true, "ii": true, "iii": true, "iv": true, "year": true, "experi": true,
	"remot": true, "hybrid": true, "onsit": true, "m": true, "f": true, "d": true, "w": true, "x": true,
	"time": true, "full": true, "part": true, "contract": true, "intern": true, "new": true, "grad": true,
}

// titleSame folds role words that mean the same job.
var titleSame = map[string]string{
	"develop": "engin", "programm": "engin", "dev": "engin", "swe": "engin", "sde": "engin",
}

// generic role heads weigh less: "engineer" alone says little about which engineer.
var generic = map[string]bool{"engin": true, "softwar": true, "manag": true, "specialist": true, "analyst": true,
	"associ": true, "consult": true, "web": true, "applic": true}

// TitleTerms returns the terms of a job title that name the role, stemmed and de-duplicated.
// "Developer" folds into "engineer", but "development" names a field ("Business
// Development Representative"), so its stem folds only beside a developer word.
func TitleTerms(title string) []string {
	person := false
	analyze.Words(title, func(w string) { person = person || w == "developer" || w == "developers" })
	var out []string
	analyze.Each(title, func(t string) {
		if titleDrop[t] || isNumber(t) {
			return
		}
		if s, ok := titleSame[t]; ok && (t != "develop" || person) {
			t = s
		}
		if !contains(out, t) {
			out = append(out, t)
		}
	})
	return out
}

func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0
}

func termWeight(t string) float64 {
	if generic[t] {
		return 0.5
	}
	return 1
}

// TermID is an interned title term; its low bit is set for generic (half-weight) terms.
type TermID = uint32

// vocab interns title terms so scoring compares integers, not strings.
var vocab = struct {
	sync.RWMutex
	ids   map[string]TermID
	names []string
}{ids: map[string]TermID{}}

func internTerm(t string) TermID {
	vocab.RLock()
	id, ok := vocab.ids[t]
	vocab.RUnlock()
	if ok {
		return id
	}
	vocab.Lock()
	defer vocab.Unlock()
	if id, ok := vocab.ids[t]; ok {
		return id
	}
	id = TermID(len(vocab.names)) << 1
	if generic[t] {
		id |= 1
	}
	vocab.names = append(vocab.names, t)
	vocab.ids[t] = id
	return id
}

// TermName returns the text of an interned title term.
func TermName(id TermID) string {
	vocab.RLock()
	defer vocab.RUnlock()
	return vocab.names[id>>1]
}

func internTerms(ts []string) []TermID {
	out := make([]TermID, len(ts))
	for i, t := range ts {
		out[i] = internTerm(t)
	}
	return out
}

func idWeight(id TermID) float64 {
	if id&1 != 0 {
		return 0.5
	}
	return 1
}

func weightOf(ids []TermID) float64 {
	w := 0.0
	for _, id := range ids {
		w += idWeight(id)
	}
	return w
}

// titleSimilarity is a weighted Dice coefficient of two term sets (wa and wb their weights): 1 for the same role words.
func titleSimilarity(a []TermID, wa float64, b []TermID, wb float64) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	both := 0.0
	for _, t := range b {
		for _, u := range a {
			if t == u {
				both += idWeight(t)
				break
			}
		}
	}
	if both == 0 {
		return 0
	}
	return 2 * both / (wa + wb)
}

// termsOf is the analysed terms of a text (the index's terms).
func termsOf(s string) []string { return analyze.Terms(s) }
