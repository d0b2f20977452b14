package match

import (
	"math/bits"
	"sort"
	"sync"

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
