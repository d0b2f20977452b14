// Package analytics computes read-only aggregates of a user's applications and of the ingested postings.
// It holds no SQL: it is given rows read by the store and returns numbers the API sends as they are.
package analytics

import (
	"math"
	"sort"
	"time"

	"github.com/career-copilot/copilot/internal/store"
)

// FunnelStages are the stages of the funnel, in order; an application that reached a later stage
// counts as having reached every earlier one (moving "saved" straight to "interviewing" skips nothing).
var FunnelStages = []string{"saved", "applied", "screening", "interviewing", "offer", "accepted"}

// responseStages are stages that mean the company answered.
var responseStages = map[string]bool{"screening": true, "interviewing": true, "offer": true, "accepted": true, "rejected": true}

// FunnelStep is how many applications reached a stage and the share of the previous step that did.
type FunnelStep struct {
	Stage      string  `json:"stage"`
	Count      int     `json:"count"`
	Conversion float64 `json:"conversion"` // Count / previous Count, 0..1 (1 for the first step)
}

// WeekCount is a count for the week starting on Week (a Monday, in the user's zone).
type WeekCount struct {
	Week  string `json:"week"`
	Count int    `json:"count"`
}

// StageTime is how long completed stays in a stage lasted, in days.
type StageTime struct {
	Stage      string  `json:"stage"`
	MedianDays float64 `json:"median_days"`
	MeanDays   float64 `json:"mean_days"`
	Samples    int     `json:"samples"`
}

// Outcome counts what happened to the applications of one group (a source or a match-score band).
type Outcome struct {
	Key          string  `json:"key"`
	Applied      int     `json:"applied"`
	Responded    int     `json:"responded"`
	Interviews   int     `json:"interviews"`
	Offers       int     `json:"offers"`
	ResponseRate float64 `json:"response_rate"`
}

// HeatCell is the number of timeline events on a weekday (0 = Monday) at an hour, in the user's zone.
type HeatCell struct {
	Weekday int `json:"weekday"`
	Hour    int `json:"hour"`
	Count   int `json:"count"`
}

// Pipeline is the analytics of a user's applications.
type Pipeline struct {
	Total                int          `json:"total"`
	Funnel               []FunnelStep `json:"funnel"`
	Applied              int          `json:"applied"`
	Responded            int          `json:"responded"`
	ResponseRate         float64      `json:"response_rate"`
	MedianDaysToResponse *float64     `json:"median_days_to_response"`
	PerWeek              []WeekCount  `json:"per_week"`
	TimeInStage          []StageTime  `json:"time_in_stage"`
	BySource             []Outcome    `json:"by_source"`
	ByScoreBand          []Outcome    `json:"by_score_band"`
	Heatmap              []HeatCell   `json:"heatmap"`
}

// Weeks is how many weeks PerWeek covers, ending with the current one.
const Weeks = 12

// ScoreBands are the match-score bands, lowest first; an application without a scored posting is "unscored".
var ScoreBands = []struct {
	Key      string
	From, To int
}{{"0-49", 0, 49}, {"50-64", 50, 64}, {"65-79", 65, 79}, {"80-100", 80, 100}}

// reached is the furthest funnel step an application reached, -1 for none.
func reached(a store.AppFact) int {
	best := -1
	see := func(stage string) {
		for i, s := range FunnelStages {
			if s == stage && i > best {
				best = i
			}
		}
	}
	see(a.Stage)
	for s := range a.StageDates {
		see(s)
	}
	if a.AppliedAt != nil && best < 1 {
		best = 1
	}
	return best
}

// responded tells whether the company answered: a first response was recorded or a response stage was reached.
func responded(a store.AppFact) bool {
	if a.FirstResponseAt != nil || responseStages[a.Stage] {
		return true
	}
	for s := range a.StageDates {
		if responseStages[s] {
			return true
		}
	}
	return false
}

// ComputePipeline aggregates applications and their events. sources maps posting ids to source kinds and
// scores posting ids to match scores (either may be nil); loc is the user's zone and now the clock.
func ComputePipeline(apps []store.AppFact, events []store.EventFact, sources map[string]string, scores map[string]int, loc *time.Location, now time.Time) Pipeline {
	p := Pipeline{Total: len(apps), Funnel: make([]FunnelStep, len(FunnelStages)), PerWeek: perWeek(apps, loc, now),
		TimeInStage: timeInStage(events), Heatmap: heatmap(events, loc)}
	var waits []float64
	for _, a := range apps {
		r := reached(a)
		for i := 0; i <= r; i++ {
			p.Funnel[i].Count++
		}
		if r >= 1 {
			p.Applied++
			if responded(a) {
				p.Responded++
			}
			if a.AppliedAt != nil && a.FirstResponseAt != nil && !a.FirstResponseAt.Before(*a.AppliedAt) {
				waits = append(waits, a.FirstResponseAt.Sub(*a.AppliedAt).Hours()/24)
			}
		}
	}
	for i := range p.Funnel {
		p.Funnel[i].Stage = FunnelStages[i]
		switch {
		case i == 0:
			p.Funnel[i].Conversion = ratio(p.Funnel[i].Count, p.Funnel[i].Count)
		default:
			p.Funnel[i].Conversion = ratio(p.Funnel[i].Count, p.Funnel[i-1].Count)
		}
	}
	p.ResponseRate = ratio(p.Responded, p.Applied)
	if len(waits) > 0 {
		m := round1(Percentile(waits, 50))
		p.MedianDaysToResponse = &m
	}
	p.BySource = outcomes(apps, func(a store.AppFact) string { return sourceOf(a, sources) }, nil)
	bandOrder := []string{}
	for _, b := range ScoreBands {
		bandOrder = append(bandOrder, b.Key)
	}
	p.ByScoreBand = outcomes(apps, func(a store.AppFact) string { return bandOf(a, scores) }, append(bandOrder, "unscored"))
	return p
}

func sourceOf(a store.AppFact, sources map[string]string) string {
	if a.FoundVia != "" {
		return a.FoundVia
	}
	if k := sources[a.PostingID]; k != "" {
		return k
	}
	return "manual"
}

func bandOf(a store.AppFact, scores map[string]int) string {
	s, ok := scores[a.PostingID]
	if !ok || a.PostingID == "" {
		return "unscored"
	}
	for _, b := range ScoreBands {
		if s >= b.From && s <= b.To {
			return b.Key
		}
	}
	return "unscored"
}

// outcomes groups applied applications by key; order fixes the groups (all listed, even empty), nil sorts by volume.
func outcomes(apps []store.AppFact, key func(store.AppFact) string, order []string) []Outcome {
	m := map[string]*Outcome{}
	for _, k := range order {
		m[k] = &Outcome{Key: k}
	}
	for _, a := range apps {
		r := reached(a)
		if r < 1 {
			continue
		}
		k := key(a)
		o := m[k]
		if o == nil {
			o = &Outcome{Key: k}
			m[k] = o
		}
		o.Applied++
		if responded(a) {
			o.Responded++
		}
		if r >= 3 {
			o.Interviews++
		}
		if r >= 4 {
			o.Offers++
		}
	}
	out := make([]Outcome, 0, len(m))
	for _, o := range m {
		o.ResponseRate = ratio(o.Responded, o.Applied)
		out = append(out, *o)
	}
	if order != nil {
		idx := map[string]int{}
		for i, k := range order {
			idx[k] = i
		}
		sort.Slice(out, func(i, j int) bool { return idx[out[i].Key] < idx[out[j].Key] })
		return out
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Applied != out[j].Applied {
			return out[i].Applied > out[j].Applied
		}
		return out[i].Key < out[j].Key
	})
	return out
}

// WeekStart is the Monday 00:00 of t's week in loc.
func WeekStart(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	d := (int(t.Weekday()) + 6) % 7
	y, m, day := t.Date()
	return time.Date(y, m, day-d, 0, 0, 0, 0, loc)
}

func perWeek(apps []store.AppFact, loc *time.Location, now time.Time) []WeekCount {
	cur := WeekStart(now, loc)
	out := make([]WeekCount, Weeks)
	idx := map[string]int{}
	for i := 0; i < Weeks; i++ {
		w := cur.AddDate(0, 0, -7*(Weeks-1-i)).Format("2006-01-02")
		out[i] = WeekCount{Week: w}
		idx[w] = i
	}
	for _, a := range apps {
		if a.AppliedAt == nil {
			continue
		}
		if i, ok := idx[WeekStart(*a.AppliedAt, loc).Format("2006-01-02")]; ok {
			out[i].Count++
		}
	}
	return out
}

// timeInStage measures completed stays: from the event that entered a stage to the next stage change.
func timeInStage(events []store.EventFact) []StageTime {
	stays := map[string][]float64{}
	var prev *store.EventFact
	for i := range events {
		e := &events[i]
		if e.Kind != "stage_changed" {
			continue
		}
		if prev != nil && prev.ApplicationID == e.ApplicationID && prev.ToStage != "" {
			stays[prev.ToStage] = append(stays[prev.ToStage], e.OccurredAt.Sub(prev.OccurredAt).Hours()/24)
		}
		prev = e
	}
	out := []StageTime{}
	for _, s := range []string{"saved", "applied", "screening", "interviewing", "offer", "accepted", "rejected", "withdrawn", "ghosted"} {
		v := stays[s]
		if len(v) == 0 {
			continue
		}
		sum := 0.0
		for _, x := range v {
			sum += x
		}
		out = append(out, StageTime{Stage: s, MedianDays: round1(Percentile(v, 50)), MeanDays: round1(sum / float64(len(v))), Samples: len(v)})
	}
	return out
}

func heatmap(events []store.EventFact, loc *time.Location) []HeatCell {
	var grid [7][24]int
	for _, e := range events {
		t := e.OccurredAt.In(loc)
		grid[(int(t.Weekday())+6)%7][t.Hour()]++
	}
	out := []HeatCell{}
	for d := 0; d < 7; d++ {
		for h := 0; h < 24; h++ {
			if grid[d][h] > 0 {
				out = append(out, HeatCell{Weekday: d, Hour: h, Count: grid[d][h]})
			}
		}
	}
	return out
}

// Percentile is the p-th percentile (0..100) of v by linear interpolation between closest ranks; v is not modified.
func Percentile(v []float64, p float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64(nil), v...)
	sort.Float64s(s)
	pos := p / 100 * float64(len(s)-1)
	lo := int(math.Floor(pos))
	hi := int(math.Ceil(pos))
	return s[lo] + (s[hi]-s[lo])*(pos-float64(lo))
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return math.Round(float64(a)/float64(b)*1e4) / 1e4
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }
