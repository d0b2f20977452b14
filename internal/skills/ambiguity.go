package skills

// The ambiguity rule. Some skill names are also plain words: "Go", "R", "C", "Spring",
// "Rust", "React", "Swift", "Ruby", "Excel", "Make", "Chef", "Puppet", "Less", "Dart",
// "Julia", "Hive"... The generator marks such forms ambiguous (a single word that is
// ordinary English in the O*NET and ESCO descriptions or in our list, or a single letter).
// An ambiguous form counts only when all of these hold:
//
//  1. it is written with the taxonomy's capitalization ("Go", not "go");
//  2. it is not glued by a hyphen to a neighbouring word ("rust-proof", "C-level"),
//     nor to "&" on either side ("R&D"), nor followed by "$" ("M$"), nor, for a single
//     letter, by a dot and a word ("B.Sc");
//  3. the next word does not make it a verb or a phrase ("Go to", "React to", "Make sure");
//  4. and it has a technical context: a disambiguating neighbour ("Go programming",
//     "R language", "React developer", "experience with Swift"), or another technical
//     skill within six words in the same sentence ("in R and Python", "C, C++ and Go"),
//     or a label such as "Languages:" or "Tech stack:" earlier on the same line.
//
// At the start of a sentence, where capitals say nothing, only a neighbour, a label,
// or a list (a comma or slash right after it, with a technical skill nearby) counts.
// Multi-word forms ("Spring Boot", "React Native", "Google Cloud Platform") are never ambiguous.

// nextWords after an ambiguous form make it a technical name.
var nextWords = set("programming", "language", "languages", "lang", "developer", "developers",
	"development", "engineer", "engineers", "engineering", "code", "codebase", "coding", "programmer",
	"programmers", "framework", "frameworks", "library", "libraries", "sdk", "api", "apis", "scripts",
	"scripting", "stack", "backend", "services", "microservices", "modules", "packages", "compiler",
	"runtime", "apps", "applications", "application", "components", "spreadsheets", "macros", "formulas",
	"pivot", "vlookup", "workbooks", "cookbooks", "manifests", "recipes", "queries", "jobs", "clusters",
	"cluster", "tables", "templates", "skills", "knowledge", "experience", "expertise", "proficiency",
	"users", "user", "certification", "certified", "expert", "experts")

// prevWords shortly before an ambiguous form make it a technical name.
var prevWords = set("proficient", "proficiency", "experience", "experienced", "knowledge", "skilled",
	"skills", "expertise", "familiarity", "familiar", "fluent", "fluency", "using", "written", "programming",
	"coding", "languages", "language", "advanced", "intermediate", "expert", "developing", "develop")

// verbWords after an ambiguous form read as the everyday word.
var verbWords = set("to", "the", "a", "an", "for", "into", "out", "up", "on", "over", "ahead", "back",
	"beyond", "through", "sure", "it", "your", "our", "their", "this", "that", "we", "you", "in", "at",
	"of", "is", "are", "was", "will", "can", "from", "by", "as", "be")

// labelWords before a colon announce a list of technical skills.
var labelWords = set("languages", "language", "skills", "technologies", "technology", "tech", "stack",
	"tools", "tooling", "frameworks", "platforms", "databases", "environment", "software", "libraries",
	"programming", "technical", "proficiencies", "competencies", "toolkit", "requirements", "qualifications")

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

const contextWindow = 6 // words either side that may vouch for an ambiguous form

// resolveAmbiguous decides which ambiguous candidates to keep, in place.
func resolveAmbiguous(t *Taxonomy, text string, toks []token, cands []candidate) {
	pending := false
	for i := range cands {
		if cands[i].ambiguous {
			pending = true
		}
	}
	if !pending {
		return
	}
	// Word index of every token, to measure distances in words.
	wordIdx := make([]int32, len(toks))
	w := int32(0)
	for i, tk := range toks {
		wordIdx[i] = w
		if tk.word {
			w++
		}
	}
	weak := make([]bool, len(cands)) // passes rules 1-3 but needs a neighbour skill
	for i := range cands {
		c := &cands[i]
		if !c.ambiguous {
			continue
		}
		if !shapeOK(toks, c) {
			continue
		}
		initial := sentenceInitial(text, toks, c.first)
		if neighbour(toks, c) || labelled(text, toks, c.first) {
			c.accepted = true
			continue
		}
		if initial && !listAfter(toks, c.end) {
			continue
		}
		weak[i] = true
	}
	// Accept weak candidates near an accepted technical mention, until nothing changes,
	// so a list of several ambiguous names vouches for itself once one is anchored.
	for changed := true; changed; {
		changed = false
		for i := range cands {
			if !weak[i] || cands[i].accepted {
				continue
			}
			for j := range cands {
				o := &cands[j]
				if j == i || !o.accepted || nonTechCats[t.skills[o.skill].Category] {
					continue
				}
				if near(toks, wordIdx, cands[i], *o) {
					cands[i].accepted, changed = true, true
					break
				}
			}
		}
	}
}

// shapeOK applies rules 2 and 3.
func shapeOK(toks []token, c *candidate) bool {
	first, last := toks[c.first], toks[c.end-1]
	if first.hyphenL || last.hyphenR {
		return false
	}
	if c.first > 0 && first.glued && toks[c.first-1].lower == "&" {
		return false // the second half of "R&D", "C&E"
	}
	if c.end < len(toks) {
		nx := toks[c.end]
		if nx.glued && (nx.lower == "&" || nx.lower == "$" || nx.lower == "'" && c.end+1 < len(toks) && toks[c.end+1].lower != "s") {
			return false
		}
		if len(last.lower) == 1 && nx.glued && nx.lower == "." && c.end+1 < len(toks) && toks[c.end+1].glued && toks[c.end+1].word {
			return false // a letter of an abbreviation: "B.Sc", "M.S"
		}
		if nx.word && verbWords[nx.lower] {
			return false
		}
	}
	return true
}

// neighbour reports a disambiguating word right after, or up to three words before, the form.
func neighbour(toks []token, c *candidate) bool {
	for j := c.end; j < len(toks) && j <= c.end+1; j++ {
		if toks[j].word {
			if nextWords[toks[j].lower] {
				return true
			}
			break
		}
	}
	seen := 0
	for j := c.first - 1; j >= 0 && seen < 3; j-- {
		tk := toks[j]
		if !tk.word {
			if tk.lower == "." || tk.lower == "\n" || tk.lower == ";" {
				return false
			}
			continue
		}
		if prevWords[tk.lower] {
			return true
		}
		seen++
	}
	return false
}

// labelled reports a "Languages:"-style label earlier on the same line.
func labelled(text string, toks []token, first int) bool {
	colon := -1
	for j := first - 1; j >= 0; j-- {
		if lineBreakBetween(text, toks[j].end, toks[j+1].start) {
			break
		}
		if toks[j].lower == ":" {
			colon = j
			break
		}
	}
	if colon < 0 {
		return false
	}
	for j := colon - 1; j >= 0 && j >= colon-4; j-- {
		if lineBreakBetween(text, toks[j].end, toks[j+1].start) {
			break
		}
		if toks[j].word && labelWords[toks[j].lower] {
			return true
		}
	}
	return false
}

func lineBreakBetween(text string, from, to int) bool {
	for k := from; k < to; k++ {
		if text[k] == '\n' {
			return true
		}
	}
	return false
}

// sentenceInitial reports whether token i starts a sentence, line item or the text.
func sentenceInitial(text string, toks []token, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if lineBreakBetween(text, toks[j].end, toks[i].start) {
			return true
		}
		switch toks[j].lower {
		case ".", "!", "?", "•", "*", "·", "–", "—", "-", ":", ";", "(", "\"", "“":
			return true
		}
		return !toks[j].word && toks[j].lower != "," && toks[j].lower != "/" && toks[j].lower != "&"
	}
	return true
}

// listAfter reports a list delimiter right after the form ("Go, Rust and C").
func listAfter(toks []token, end int) bool {
	if end >= len(toks) {
		return false
	}
	switch toks[end].lower {
	case ",", "/", "|", "&", "and", "or":
		return true
	}
	return false
}

// near reports whether two candidates are within the context window and no sentence end lies between.
func near(toks []token, wordIdx []int32, a, b candidate) bool {
	lo, hi := a, b
	if b.first < a.first {
		lo, hi = b, a
	}
	if wordIdx[hi.first]-wordIdx[lo.end-1] > contextWindow {
		return false
	}
	for j := lo.end; j < hi.first; j++ {
		switch toks[j].lower {
		case ".", "!", "?":
			if j+1 < len(toks) && !toks[j+1].glued {
				return false
			}
		}
	}
	return true
}
