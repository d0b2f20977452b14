package match

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
)

// Explanation says why a posting scored what it did.
type Explanation struct {
	Score      int             `json:"score"`
	Excluded   string          `json:"excluded,omitempty"` // the dealbreaker that excludes the posting
	Components []ComponentLine `json:"components"`
	Matched    []MatchedSkill  `json:"matched_skills"`
	Missing    []MissingSkill  `json:"missing_skills"`
}

// ComponentLine is one component's points and a sentence about it.
type ComponentLine struct {
	Name   string  `json:"name"`
	Points float64 `json:"points"`
	Max    float64 `json:"max"`
	Line   string  `json:"line"`
}

// MatchedSkill is a skill the posting asks for that the candidate has, with where each side shows it.
type MatchedSkill struct {
	Skill string `json:"skill"`
	Kind  string `json:"kind"` // required, nice to have, mentioned
	// Start and End are byte offsets of the mention in the posting's DescriptionText (both 0 for a tag).
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Evidence Evidence `json:"evidence"`
	Related  bool     `json:"related,omitempty"` // the candidate has a related skill, not this one
}

// MissingSkill is a skill the posting asks for that the candidate lacks.
type MissingSkill struct {
	Skill string `json:"skill"`
	Kind  string `json:"kind"`
}

// Explain scores a posting and says why, one line per component, with the
// matched skills (each with its resume line) and the missing ones.
func Explain(c *Candidate, p *posting.Posting, f *Features, text float64, now time.Time) Explanation {
	mentions, _ := PostingSkills(p)
	return ExplainMentions(c, p, f, mentions, text, now)
}

// ExplainMentions is Explain given the posting's PostingSkills mentions, which callers may keep per posting.
func ExplainMentions(c *Candidate, p *posting.Posting, f *Features, mentions []PostingMention, text float64, now time.Time) Explanation {
	r := Score(c, f, text, now.Unix())
	have := countHave(c, f.Required) + countHave(c, f.Nice) + countHave(c, f.Other)
	all := len(f.Required) + len(f.Nice) + len(f.Other)
	e := Explanation{Score: r.Points(), Matched: make([]MatchedSkill, 0, have), Missing: make([]MissingSkill, 0, all-have),
		Components: make([]ComponentLine, 0, NumComponents)}
	if d := Dealbreaker(c, p); d != "" {
		e.Excluded = d
	}
	add := func(ids []SkillID, kind Kind) {
		for _, id := range ids {
			name := SkillName(id)
			if c.skillWeight(id) == 0 {
				e.Missing = append(e.Missing, MissingSkill{Skill: name, Kind: kind.String()})
				continue
			}
			m := mentionOf(mentions, name)
			ms := MatchedSkill{Skill: name, Kind: kind.String(), Start: m.Start, End: m.End}
			if ev, ok := c.evidence[id]; ok {
				ms.Evidence = ev
			} else {
				ms.Related, ms.Evidence = true, c.relatedEvidence(id)
			}
			e.Matched = append(e.Matched, ms)
		}
	}
	add(f.Required, KindRequired)
	add(f.Nice, KindNice)
	add(f.Other, KindOther)
	for i := Component(0); i < NumComponents; i++ {
		e.Components = append(e.Components, ComponentLine{
			Name: i.String(), Points: round1(r.Parts[i] * Weights[i]), Max: Weights[i], Line: c.line(i, p, f, r.Parts[i], now),
		})
	}
	return e
}

// mentionOf is the mention of the skill named name, or none; a posting names each skill once, and a
// scan of its few mentions costs less than a map.
func mentionOf(mentions []PostingMention, name string) PostingMention {
	for _, m := range mentions {
		if m.Skill == name {
			return m
		}
	}
	return PostingMention{}
}

// relatedEvidence finds the candidate's skill that a missing one is related to.
func (c *Candidate) relatedEvidence(id SkillID) Evidence {
	tax := defaultIndex().tax
	name := SkillName(id)
	var best *Evidence
	for _, ev := range c.sorted {
		if tax.Related(ev.Skill, name) {
			ev := ev
			best = &ev
			break
		}
	}
	if best == nil {
		return Evidence{Skill: name, LineIndex: -1}
	}
	return *best
}

func round1(x float64) float64 { return float64(int(x*10+0.5)) / 10 }

func (c *Candidate) line(comp Component, p *posting.Posting, f *Features, part float64, now time.Time) string {
	switch comp {
	case Skills:
		if c.skillCount == 0 {
			return "No skills in your profile or resume yet (neutral)."
		}
		if len(f.Required)+len(f.Nice)+len(f.Other) == 0 {
			return "The posting names no skills we recognise."
		}
		return haveLine(f, countHave(c, f.Required), countHave(c, f.Nice), countHave(c, f.Other)) + fewLine(f)
	case Title:
		if len(c.titles) == 0 {
			return "No desired titles set (neutral)."
		}
		return fmt.Sprintf("%q is %.0f%% similar to your desired titles.", p.Title, part*100)
	case Seniority:
		if f.Seniority < 0 {
			return "The posting does not state a level (neutral)."
		}
		if c.level < 0 {
			return "Your level is not known (neutral)."
		}
		article := "A"
		if p.Seniority != "" && strings.ContainsRune("aeiou", rune(p.Seniority[0])) { // "An executive role", "An intern role"
			article = "An"
		}
		return fmt.Sprintf("%s %s role; %s.", article, p.Seniority, levelWords(f.Seniority, c.level))
	case Location:
		mode := f.WorkMode
		if mode == "" {
			mode = "work mode not stated"
		}
		where := strings.Join(f.Countries, ", ")
		if where == "" {
			where = "no country stated"
		}
		return fmt.Sprintf("%s (%s); you prefer %s.", mode, where, orAny(c.remote))
	case Salary:
		switch {
		case f.AnnualMaxUSD == 0 && p != nil && (p.Salary.Min > 0 || p.Salary.Max > 0):
			return "Salary stated without a pay period, so it is not compared with your floor (neutral)."
		case f.AnnualMaxUSD == 0:
			return "Salary not stated (neutral)."
		case c.floorUSD == 0:
			return fmt.Sprintf("Pays about $%.0fk a year; you set no floor (neutral).", f.AnnualMaxUSD/1000)
		case part >= 0.85:
			return fmt.Sprintf("Pays up to about $%.0fk a year, above your floor of $%.0fk (approximate conversion).", f.AnnualMaxUSD/1000, c.floorUSD/1000)
		}
		return fmt.Sprintf("Pays up to about $%.0fk a year, under your floor of $%.0fk (approximate conversion).", f.AnnualMaxUSD/1000, c.floorUSD/1000)
	case Recency:
		if f.PostedUnix == 0 {
			return "Posting date unknown (neutral)."
		}
		days := int((now.Unix() - f.PostedUnix) / 86400)
		if days <= 0 {
			return "Posted today."
		}
		return fmt.Sprintf("Posted %d days ago.", days)
	}
	return fmt.Sprintf("Text relevance of your profile and resume to the posting: %.0f%%.", part*100)
}

func countHave(c *Candidate, ids []SkillID) int {
	n := 0
	for _, id := range ids {
		if c.skillWeight(id) > 0 {
			n++
		}
	}
	return n
}

func levelWords(posting, you int8) string {
	switch {
	case posting == you:
		return "the same as yours"
	case posting > you:
		return fmt.Sprintf("%d level(s) above yours", posting-you)
	}
	return fmt.Sprintf("%d level(s) below yours", you-posting)
}

func orAny(s string) string {
	if s == "" {
		return "any"
	}
	return s
}

// PostingTerms returns the set of analysed terms of a posting's title, company,
// tags and description, sorted; dealbreakers are tested against it.
func PostingTerms(p *posting.Posting) []string {
	set := map[string]bool{}
	for _, s := range append([]string{p.Title, p.Company, p.DescriptionText}, p.Tags...) {
		for _, t := range termsOf(s) {
			set[t] = true
		}
	}
	out := make([]string, 0, len(set))
	for t := range set {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// Dealbreaker returns the first of the candidate's dealbreakers the posting meets, or "".
// A dealbreaker is met when every one of its terms occurs in the posting.
func Dealbreaker(c *Candidate, p *posting.Posting) string {
	if len(c.dealbreakers) == 0 {
		return ""
	}
	terms := PostingTerms(p)
	for _, d := range c.dealbreakers {
		dt := termsOf(d)
		if len(dt) == 0 {
			continue
		}
		all := true
		for _, t := range dt {
			if i := sort.SearchStrings(terms, t); i == len(terms) || terms[i] != t {
				all = false
				break
			}
		}
		if all {
			return d
		}
	}
	return ""
}

// trimFloat writes a weight without trailing zeros ("2", "2.5", "1.75").
func trimFloat(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }

// haveLine counts the asked skills the candidate has, by each kind the posting asks for, so the
// counts add up to the matched and missing lists beside the line.
func haveLine(f *Features, req, nice, other int) string {
	if !f.Distinguished {
		return fmt.Sprintf("You have %d of the %d %s it names.", req, len(f.Required), plural(len(f.Required), "skill", "skills"))
	}
	counts := make([]string, 0, 3)
	if len(f.Required) > 0 {
		counts = append(counts, fmt.Sprintf("%d of %d required skills", req, len(f.Required)))
	}
	if len(f.Nice) > 0 {
		counts = append(counts, fmt.Sprintf("%d of %d nice-to-have", nice, len(f.Nice)))
	}
	if len(f.Other) > 0 {
		counts = append(counts, fmt.Sprintf("%d of %d mentioned", other, len(f.Other)))
	}
	lead := "You have "
	if len(f.Required) == 0 {
		lead = "It names no required skills; you have "
	}
	return lead + andList(counts) + "."
}

// plural is one when n is 1, else many.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// andList joins phrases as prose: "a", "a and b", "a, b and c".
func andList(s []string) string {
	if len(s) < 2 {
		return strings.Join(s, "")
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

// fewLine states the MinSkillsAsked rule when it applies.
func fewLine(f *Features) string {
	asked := askedWeight(f)
	if asked >= MinSkillsAsked {
		return ""
	}
	how := ""
	if len(f.Nice)+len(f.Other) > 0 {
		how = ", counting nice-to-have as half and mentions as a quarter"
	}
	return fmt.Sprintf(" It names few skills (%s%s), so coverage is out of %d.", trimFloat(asked), how, MinSkillsAsked)
}
