package match

import (
	"math/bits"
	"sort"
	"strings"
	"sync"
	"unicode"

	"github.com/career-copilot/copilot/internal/normalize"
	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/resume"
	"github.com/career-copilot/copilot/internal/skills"
)

// SkillID is a skill's index in the taxonomy, a compact key for sets.
type SkillID = int32

type skillIndex struct {
	tax  *skills.Taxonomy
	ids  map[string]SkillID
	cats []string
}

var defaultIndex = sync.OnceValue(func() *skillIndex { return newSkillIndex(skills.Default()) })

func newSkillIndex(t *skills.Taxonomy) *skillIndex {
	all := t.Skills()
	ix := &skillIndex{tax: t, ids: make(map[string]SkillID, len(all)), cats: make([]string, len(all))}
	for i, s := range all {
		ix.ids[s.Name] = SkillID(i)
		ix.cats[i] = s.Category
	}
	return ix
}

// SkillName returns the canonical name of a skill id.
func SkillName(id SkillID) string { return defaultIndex().tax.Skills()[id].Name }

// skillOf resolves a canonical name or alias to its id.
func skillOf(name string) (SkillID, bool) {
	ix := defaultIndex()
	if id, ok := ix.ids[name]; ok {
		return id, true
	}
	s, ok := ix.tax.Lookup(name)
	if !ok {
		return 0, false
	}
	id, ok := ix.ids[s.Name]
	return id, ok
}

// counted says whether a skill counts toward coverage: soft skills, traits and
// spoken languages are too vague to rank postings by.
func counted(id SkillID) bool {
	switch defaultIndex().cats[id] {
	case "soft-skill", "trait", "spoken-language", "domain":
		return false
	}
	return true
}

// bitset is a fixed set of skill ids.
type bitset []uint64

func newBitset() bitset { return make(bitset, (defaultIndex().tax.Len()+63)/64) }

func (b bitset) set(id SkillID)      { b[id>>6] |= 1 << (uint(id) & 63) }
func (b bitset) has(id SkillID) bool { return b[id>>6]&(1<<(uint(id)&63)) != 0 }

func (b bitset) count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

// sortedIDs returns the ids of a set, ascending, without duplicates.
func sortedIDs(m map[SkillID]bool) []SkillID {
	out := make([]SkillID, 0, len(m))
	for id := range m {
		out = append(out, id)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// CanonicalSkill returns the taxonomy's name for a skill or alias, or the input when unknown.
func CanonicalSkill(name string) string {
	if id, ok := skillOf(name); ok {
		return SkillName(id)
	}
	return name
}

// CountedSkill says whether a skill counts toward matching (soft skills, traits and languages do not).
func CountedSkill(name string) bool {
	id, ok := skillOf(name)
	return ok && counted(id)
}

// postingMentions are the skills of a posting's description less those that name its own
// employer: "Notion" in a Notion posting, or "AI" in "Notion AI", is the company or its
// product, not a skill the posting asks for.
func postingMentions(p *posting.Posting) []skills.Mention {
	all := defaultIndex().tax.Extract(p.DescriptionText)
	company := companyKeys(p)
	if len(company) == 0 {
		return all
	}
	out := all[:0]
	for _, m := range all {
		if !namesCompany(p.DescriptionText, m, company) {
			out = append(out, m)
		}
	}
	return out
}

// companyKeys are the keys a posting's employer goes by: its name, and without a web suffix ("Honeycomb.io").
func companyKeys(p *posting.Posting) []string {
	name := strings.TrimSpace(p.Company)
	if name == "" {
		return nil
	}
	keys := []string{normalize.CompanyKey(name)}
	if i := strings.LastIndexByte(name, '.'); i > 0 && i >= len(name)-4 {
		keys = append(keys, normalize.CompanyKey(name[:i]))
	}
	return keys
}

// namesCompany reports whether a mention is the employer (by its text or its skill's name),
// or an acronym right after the employer's name, part of a product's name ("Notion AI").
func namesCompany(text string, m skills.Mention, company []string) bool {
	for _, k := range company {
		if k == normalize.CompanyKey(m.Text) || k == normalize.CompanyKey(m.Skill) {
			return true
		}
	}
	if strings.ToUpper(m.Text) != m.Text || strings.ToLower(m.Text) == m.Text || !strings.HasSuffix(text[:m.Start], " ") {
		return false
	}
	before := strings.TrimSuffix(text[:m.Start], " ")
	word := before[strings.LastIndexFunc(before, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '"' })+1:]
	for _, k := range company {
		if word != "" && k == normalize.CompanyKey(word) {
			return true
		}
	}
	return false
}

// ownNames are a candidate's name words, employers and contact details: on a resume they
// say who and where, not what ("JOHN DOE" is not the DOE software; "Software Developer,
// Facebook" does not list Facebook; "LinkedIn: linkedin.com/in/jd" is a link). The skills
// section still lists a skill by name.
type ownNames struct {
	keys    map[string]bool
	contact []string // e-mail, phone and links: a line holding one is a contact line
}

func newOwnNames(doc *resume.Document) ownNames {
	o := ownNames{keys: map[string]bool{}}
	for _, w := range strings.Fields(doc.Contact.Name) {
		if k := normalize.CompanyKey(w); len(k) > 1 {
			o.keys[k] = true
		}
	}
	for _, j := range doc.Experience {
		if k := normalize.CompanyKey(j.Company); k != "" {
			o.keys[k] = true
		}
	}
	for _, s := range append([]string{doc.Contact.Email, doc.Contact.Phone}, doc.Contact.Links...) {
		if s = strings.TrimSpace(s); len(s) > 4 {
			o.contact = append(o.contact, s)
		}
	}
	return o
}

// mentions are the skills of a resume line less the candidate's own names; a contact line has none.
func (o ownNames) mentions(line string) []skills.Mention {
	for _, s := range o.contact {
		if strings.Contains(line, s) {
			return nil
		}
	}
	all := defaultIndex().tax.Extract(line)
	out := all[:0]
	for _, m := range all {
		if !o.keys[normalize.CompanyKey(m.Text)] && !o.keys[normalize.CompanyKey(m.Skill)] {
			out = append(out, m)
		}
	}
	return out
}
