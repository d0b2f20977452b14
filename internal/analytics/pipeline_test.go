package analytics

import (
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/store"
)

var mon = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC) // a Monday

func ptr(t time.Time) *time.Time { return &t }

func app(id, stage string, applied, response *time.Time, via string, stages ...string) store.AppFact {
	sd := map[string]time.Time{}
	for _, s := range stages {
		sd[s] = mon
	}
	return store.AppFact{ID: id, PostingID: "p-" + id, Stage: stage, StageDates: sd, FoundVia: via, AppliedAt: applied, FirstResponseAt: response, CreatedAt: mon}
}

func TestPercentile(t *testing.T) {
	v := []float64{4, 1, 3, 2}
	for _, c := range []struct{ p, want float64 }{{0, 1}, {25, 1.75}, {50, 2.5}, {75, 3.25}, {100, 4}} {
		if got := Percentile(v, c.p); got != c.want {
			t.Errorf("p%v = %v, want %v", c.p, got, c.want)
		}
	}
	if v[0] != 4 {
		t.Fatal("Percentile sorted its input")
	}
}

func TestPipelineFunnelAndResponses(t *testing.T) {
	now := mon.AddDate(0, 0, 30)
	apps := []store.AppFact{
		app("a", "saved", nil, nil, "", "saved"),
		app("b", "applied", ptr(mon), nil, "referral", "saved", "applied"),
		// straight to interviewing: counts for applied and screening too
		app("c", "interviewing", ptr(mon), ptr(mon.Add(48*time.Hour)), "", "interviewing"),
		app("d", "rejected", ptr(mon), ptr(mon.Add(96*time.Hour)), "", "applied", "screening", "rejected"),
		app("e", "offer", ptr(mon.AddDate(0, 0, 7)), ptr(mon.AddDate(0, 0, 8)), "referral", "applied", "screening", "interviewing", "offer"),
	}
	p := ComputePipeline(apps, nil, map[string]string{"p-c": "greenhouse", "p-d": "greenhouse"}, map[string]int{"p-c": 82, "p-d": 40, "p-e": 90}, time.UTC, now)
	want := []int{5, 4, 3, 2, 1, 0}
	for i, w := range want {
		if p.Funnel[i].Count != w {
			t.Fatalf("funnel %s = %d, want %d (%+v)", p.Funnel[i].Stage, p.Funnel[i].Count, w, p.Funnel)
		}
	}
	if p.Funnel[1].Conversion != 0.8 || p.Funnel[2].Conversion != 0.75 || p.Funnel[3].Conversion != 0.6667 || p.Funnel[5].Conversion != 0 {
		t.Fatalf("conversions %+v", p.Funnel)
	}
	// b has not heard back; c, d, e have: 3 of 4.
	if p.Applied != 4 || p.Responded != 3 || p.ResponseRate != 0.75 {
		t.Fatalf("responses %d/%d %v", p.Responded, p.Applied, p.ResponseRate)
	}
	// waits 2, 4 and 1 days: median 2.
	if p.MedianDaysToResponse == nil || *p.MedianDaysToResponse != 2 {
		t.Fatalf("median %v", p.MedianDaysToResponse)
	}
	src := map[string]Outcome{}
	for _, o := range p.BySource {
		src[o.Key] = o
	}
	if r := src["referral"]; r.Applied != 2 || r.Responded != 1 || r.Interviews != 1 || r.Offers != 1 || r.ResponseRate != 0.5 {
		t.Fatalf("referral %+v", r)
	}
	if g := src["greenhouse"]; g.Applied != 2 || g.Responded != 2 || g.Interviews != 1 {
		t.Fatalf("greenhouse %+v", g)
	}
	bands := map[string]Outcome{}
	for _, o := range p.ByScoreBand {
		bands[o.Key] = o
	}
	if len(p.ByScoreBand) != 5 || bands["80-100"].Applied != 2 || bands["0-49"].Applied != 1 || bands["unscored"].Applied != 1 || bands["50-64"].Applied != 0 {
		t.Fatalf("bands %+v", p.ByScoreBand)
	}
	// the current week and the 11 before it; three applied on mon, one a week later: 30 days on, mon is 4-5 weeks back.
	if len(p.PerWeek) != Weeks || p.PerWeek[Weeks-1].Week != "2026-03-30" {
		t.Fatalf("weeks %+v", p.PerWeek)
	}
	counts := map[string]int{}
	for _, w := range p.PerWeek {
		counts[w.Week] = w.Count
	}
	if counts["2026-03-02"] != 3 || counts["2026-03-09"] != 1 {
		t.Fatalf("per week %+v", p.PerWeek)
	}
}

func TestTimeInStageAndHeatmap(t *testing.T) {
	ev := func(app string, seq int, to string, at time.Time) store.EventFact {
		return store.EventFact{ApplicationID: app, Seq: seq, Kind: "stage_changed", ToStage: to, OccurredAt: at}
	}
	events := []store.EventFact{
		ev("a", 1, "saved", mon), ev("a", 2, "applied", mon.Add(24*time.Hour)), ev("a", 3, "screening", mon.Add(96*time.Hour)),
		{ApplicationID: "a", Seq: 4, Kind: "note_added", OccurredAt: mon.Add(97 * time.Hour)},
		ev("b", 1, "saved", mon), ev("b", 2, "applied", mon.Add(72*time.Hour)),
	}
	p := ComputePipeline(nil, events, nil, nil, time.UTC, mon)
	// saved stays: 1 and 3 days; applied: 3 days (a's screening is still open).
	if len(p.TimeInStage) != 2 || p.TimeInStage[0] != (StageTime{Stage: "saved", MedianDays: 2, MeanDays: 2, Samples: 2}) ||
		p.TimeInStage[1] != (StageTime{Stage: "applied", MedianDays: 3, MeanDays: 3, Samples: 1}) {
		t.Fatalf("time in stage %+v", p.TimeInStage)
	}
	// Monday 09:00 UTC holds the two "saved" events; in Berlin (UTC+1 in March) they are at 10:00.
	berlin, _ := time.LoadLocation("Europe/Berlin")
	h := ComputePipeline(nil, events, nil, nil, berlin, mon).Heatmap
	if h[0] != (HeatCell{Weekday: 0, Hour: 10, Count: 2}) {
		t.Fatalf("heatmap %+v", h)
	}
	total := 0
	for _, c := range h {
		total += c.Count
	}
	if total != len(events) {
		t.Fatalf("heatmap holds %d events, want %d", total, len(events))
	}
}
