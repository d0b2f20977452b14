package match

import (
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
func TitleTerms(title string) []string {
	var out []string
	analyze.Each(title, func(t string) {
		if titleDrop[t] || isNumber(t) {
			return
		}
		if s, ok := titleSame[t]; ok {
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

// titleSimilarity is a weighted Dice coefficient of two term sets: 1 for the same role words.
func titleSimilarity(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	var wa, wb, both float64
	for _, t := range a {
		wa += termWeight(t)
	}
	for _, t := range b {
		w := termWeight(t)
		wb += w
		if contains(a, t) {
			both += w
		}
	}
	return 2 * both / (wa + wb)
}

// termsOf is the analysed terms of a text (the index's terms).
func termsOf(s string) []string { return analyze.Terms(s) }
