package match

import (
	"sort"
	"strings"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/skills"
)

// Features are what scoring needs of one posting, computed once when it is indexed.
type Features struct {
	Required []SkillID // sorted; every counted skill when the posting has no requirement sections
	Nice     []SkillID // sorted; under nice-to-have headings
	Other    []SkillID // sorted; mentioned elsewhere when the posting has requirement sections
	// Distinguished is true when the description separates required from nice-to-have skills.
	Distinguished bool
	Title         []TermID // interned title terms (see TitleTerms, TermName)
	TitleWeight   float64  // the summed weight of Title
	Seniority     int8     // level rank (see levelRank), -1 when unknown
	WorkMode      string
	Countries     []string // sorted alpha-2 codes of the posting's locations
	RemoteRegions []string
	AnnualMinUSD  float64 // 0 when unknown
	AnnualMaxUSD  float64 // 0 when unknown
	PostedUnix    int64   // 0 when unknown
	// SkillBits and TitleBits are 64-bit signatures of the skill ids and title terms (bit id mod 64),
	// so ranking can bound a posting's score before reading its lists.
	SkillBits, TitleBits uint64
}

// PostingMention is one skill found in a posting's description and the section it is in.
type PostingMention struct {
	skills.Mention
	Kind Kind
}

// PostingSkills finds the skills of a posting's description with the section each sits in;
// each skill appears once, at its strongest mention. Board tags count as required.
func PostingSkills(p *posting.Posting) (mentions []PostingMention, tags []SkillID) {
	text := p.DescriptionText
	spans := Sections(text)
	best := map[string]int{}
	for _, m := range postingMentions(p) {
		k := kindAt(spans, m.Start)
		if k == kindIgnore {
			continue
		}
		if i, ok := best[m.Skill]; ok {
			if k < mentions[i].Kind {
				mentions[i] = PostingMention{Mention: m, Kind: k}
			}
			continue
		}
		best[m.Skill] = len(mentions)
		mentions = append(mentions, PostingMention{Mention: m, Kind: k})
	}
	seen := map[SkillID]bool{}
	for _, t := range p.Tags {
		if id, ok := skillOf(t); ok && !seen[id] {
			seen[id] = true
			tags = append(tags, id)
		}
	}
	sort.Slice(tags, func(i, j int) bool { return tags[i] < tags[j] })
	return mentions, tags
}

// NewFeatures prepares a posting for scoring.
func NewFeatures(p *posting.Posting) Features {
	f := Features{
		Title:      internTerms(TitleTerms(p.Title)),
		Seniority:  levelRank(p.Seniority),
		WorkMode:   p.WorkMode,
		PostedUnix: unixOrZero(p),
	}
	mentions, tags := PostingSkills(p)
	for _, m := range mentions {
		if m.Kind == KindRequired || m.Kind == KindNice {
			f.Distinguished = true
			break
		}
	}
	req, nice, other := map[SkillID]bool{}, map[SkillID]bool{}, map[SkillID]bool{}
	for _, id := range tags {
		req[id] = true
	}
	for _, m := range mentions {
		id, ok := defaultIndex().ids[m.Skill]
		if !ok || !counted(id) {
			continue
		}
		switch {
		case !f.Distinguished || m.Kind == KindRequired:
			req[id] = true
		case m.Kind == KindNice:
			nice[id] = true
		default:
			other[id] = true
		}
	}
	for id := range req {
		delete(nice, id)
		delete(other, id)
	}
	for id := range nice {
		delete(other, id)
	}
	f.Required, f.Nice, f.Other = sortedIDs(req), sortedIDs(nice), sortedIDs(other)
	f.TitleWeight = weightOf(f.Title)
	f.SkillBits = skillBits(f.Required) | skillBits(f.Nice) | skillBits(f.Other)
	f.TitleBits = termBits(f.Title)
	f.Countries = postingCountries(p)
	f.RemoteRegions = append([]string(nil), p.RemoteRegions...)
	f.AnnualMinUSD, f.AnnualMaxUSD = annualUSD(p.Salary)
	return f
}

func unixOrZero(p *posting.Posting) int64 {
	if p.PostedAt.IsZero() {
		return 0
	}
	return p.PostedAt.Unix()
}

func postingCountries(p *posting.Posting) []string {
	var out []string
	for _, l := range p.Locations {
		if l.Country != "" && !contains(out, l.Country) {
			out = append(out, l.Country)
		}
	}
	sort.Strings(out)
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// levelRanks orders seniority levels for distance; staff and lead sit side by side,
// principal beside people managers.
var levelRanks = map[string]int8{
	"intern": 0, "junior": 1, "mid": 2, "senior": 3, "lead": 4, "staff": 4,
	"principal": 5, "manager": 5, "director": 6, "executive": 7,
}

func levelRank(s string) int8 {
	if r, ok := levelRanks[strings.ToLower(s)]; ok {
		return r
	}
	return -1
}
