package match

import (
	"math"
)

// Component indexes one part of the score.
type Component int

// The score components, in the order explanations list them.
const (
	Skills Component = iota
	Title
	Seniority
	Location
	Salary
	Recency
	Text
	NumComponents
)

// Weights are each component's points out of 100.
var Weights = [NumComponents]float64{Skills: 35, Title: 25, Seniority: 10, Location: 10, Salary: 8, Recency: 5, Text: 7}

// componentNames name the components in explanations and the API.
var componentNames = [NumComponents]string{"skills", "title", "seniority", "location", "salary", "recency", "text"}

// String names the component.
func (c Component) String() string { return componentNames[c] }

// Neutral is the fraction a component gets when the posting or profile does not say.
const Neutral = 0.5

// Result is one posting's score and its components as fractions of their weights.
type Result struct {
	Score float64                // 0–100
	Parts [NumComponents]float64 // each 0–1
}

// Points returns the score rounded to a whole number, as shown.
func (r Result) Points() int { return int(math.Round(r.Score)) }

// Score rates a posting for a candidate. text is the posting's text relevance to
// the candidate in [0, 1] (the search index computes it); now is in Unix seconds.
// It does not look at dealbreakers: callers exclude those first.
func Score(c *Candidate, f *Features, text float64, now int64) Result {
	var r Result
	r.Parts[Skills] = c.skillFit(f)
	r.Parts[Title] = c.titleFit(f.Title, f.TitleWeight)
	r.Parts[Seniority] = c.seniorityFit(f.Seniority)
	r.Parts[Location] = c.locationFit(f)
	r.Parts[Salary] = c.salaryFit(f)
	r.Parts[Recency] = recencyFit(f.PostedUnix, now)
	r.Parts[Text] = text
	for i, p := range r.Parts {
		r.Score += p * Weights[i]
	}
	return r
}

func skillBits(ids []SkillID) uint64 {
	var b uint64
	for _, id := range ids {
		b |= 1 << (uint(id) & 63)
	}
	return b
}

func termBits(ids []TermID) uint64 {
	var b uint64
	for _, id := range ids {
		b |= 1 << ((id >> 1) & 63)
	}
	return b
}

// Bound is an upper bound of Score read from the posting's signatures without its
// lists: ranking skips postings whose bound cannot reach the current top.
func Bound(c *Candidate, f *Features, text float64, now int64) float64 {
	b := Weights[Seniority]*c.seniorityFit(f.Seniority) + Weights[Location]*c.locationFit(f) + Weights[Salary]*c.salaryFit(f) +
		Weights[Recency]*recencyFit(f.PostedUnix, now) + Weights[Text]*text
	switch {
	case c.skillCount == 0:
		b += Weights[Skills] * Neutral
	case len(f.Required)+len(f.Nice)+len(f.Other) == 0:
		b += Weights[Skills] * 0.3
	case f.SkillBits&c.skillBits != 0:
		// Some skill may match (signatures can collide): the most it can give. No shared bit: none matches.
		b += Weights[Skills]
	}
	switch {
	case len(c.titles) == 0:
		b += Weights[Title] * Neutral
	case f.TitleBits&c.titleBits != 0:
		b += Weights[Title]
	}
	return b
}

// skillWeight is how much a candidate has a skill: shown in experience 1,
// listed only 0.8, related to one they have 0.4.
func (c *Candidate) skillWeight(id SkillID) float64 {
	switch {
	case c.evidenced.has(id):
		return 1
	case c.listed.has(id):
		return 0.8
	case c.related.has(id):
		return 0.4
	}
	return 0
}

// MinSkillsAsked is the least number of asked skills coverage divides by: a posting
// that names one or two skills says too little to be fully covered by them.
const MinSkillsAsked = 5

// askedWeight counts the skills a posting asks for: required ones 1, nice-to-have 0.5, mentioned 0.25.
func askedWeight(f *Features) float64 {
	return float64(len(f.Required)) + 0.5*float64(len(f.Nice)) + 0.25*float64(len(f.Other))
}

// skillFit blends coverage (how much of what is asked the candidate has, out of at
// least MinSkillsAsked) with depth (how many asked skills match, saturating at six),
// so a posting naming one skill does not beat one naming twelve of which ten match.
func (c *Candidate) skillFit(f *Features) float64 {
	if c.skillCount == 0 {
		return Neutral
	}
	want := askedWeight(f)
	if want == 0 {
		return 0.3
	}
	// Integer sums in tenths (weights 10/8/4) keep the hot loop to one byte load per skill.
	var req, nice, other int
	w := c.weights
	for _, id := range f.Required {
		req += int(w[id])
	}
	for _, id := range f.Nice {
		nice += int(w[id])
	}
	for _, id := range f.Other {
		other += int(w[id])
	}
	have := (float64(req) + 0.5*float64(nice) + 0.25*float64(other)) / 10
	return 0.75*have/math.Max(want, MinSkillsAsked) + 0.25*math.Min(1, have/6)
}

// titleFit is the best similarity to a desired title; titles further down the
// list (older jobs) count a little less.
func (c *Candidate) titleFit(t []TermID, tw float64) float64 {
	best := 0.0
	for i, d := range c.titles {
		s := titleSimilarity(d, c.titleW[i], t, tw) * math.Max(0.7, 1-0.1*float64(i))
		if s > best {
			best = s
		}
	}
	if len(c.titles) == 0 {
		return Neutral
	}
	return best
}

func (c *Candidate) seniorityFit(level int8) float64 {
	if level < 0 || c.level < 0 {
		return Neutral
	}
	switch d := math.Abs(float64(level - c.level)); {
	case d == 0:
		return 1
	case d == 1:
		return 0.6
	case d == 2:
		return 0.2
	}
	return 0
}

func (c *Candidate) locationFit(f *Features) float64 {
	inCountry := len(f.Countries) == 0 || len(c.countries) == 0 || overlaps(f.Countries, c.countries)
	switch f.WorkMode {
	case "remote":
		fit := 1.0
		if c.remote == "onsite" {
			fit = 0.6
		}
		if !c.regionOK(f.RemoteRegions) {
			fit *= 0.3
		}
		return fit
	case "hybrid", "onsite":
		fit := 1.0
		switch {
		case c.remote == "remote" && f.WorkMode == "onsite":
			fit = 0.2
		case c.remote == "remote":
			fit = 0.5
		case c.remote == "hybrid" && f.WorkMode == "onsite":
			fit = 0.7
		}
		if !inCountry {
			if c.Profile.WillingToRelocate {
				fit *= 0.6
			} else {
				fit *= 0.1
			}
		}
		return fit
	}
	if !inCountry {
		return 0.3
	}
	return Neutral
}

// regionOK says whether a remote posting's hiring regions include where the candidate may work.
func (c *Candidate) regionOK(regions []string) bool {
	if len(regions) == 0 || len(c.countries) == 0 {
		return true
	}
	for _, r := range regions {
		if len(r) != 2 {
			return true // a broad region (EMEA, WORLDWIDE): assume open rather than guess membership
		}
		if contains(c.countries, r) {
			return true
		}
	}
	return false
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		if contains(b, x) {
			return true
		}
	}
	return false
}

// salaryFit is 1 when the whole range clears the floor, 0.85 when its top does,
// falling to 0 when the top is 30% under; unknown pay or no floor is neutral.
func (c *Candidate) salaryFit(f *Features) float64 {
	if c.floorUSD == 0 || f.AnnualMaxUSD == 0 {
		return Neutral
	}
	switch {
	case f.AnnualMinUSD >= c.floorUSD:
		return 1
	case f.AnnualMaxUSD >= c.floorUSD:
		return 0.85
	}
	ratio := f.AnnualMaxUSD / c.floorUSD
	return math.Max(0, (ratio-0.7)/0.3*0.5)
}

// recencyFit is 1 for a week, falling to 0 at 90 days; unknown dates are neutral.
func recencyFit(posted, now int64) float64 {
	if posted == 0 {
		return Neutral
	}
	days := float64(now-posted) / 86400
	switch {
	case days <= 7:
		return 1
	case days >= 90:
		return 0
	}
	return 1 - (days-7)/83
}
