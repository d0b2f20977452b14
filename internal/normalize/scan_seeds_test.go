package normalize

import (
	"encoding/json"
	"os"
	"testing"
)

// scanSeeds are texts that the differential fuzz tests start from: short cases written for the edges
// of the scans, the descriptions of the package's own Greenhouse testdata and, when the shared captures
// are at hand, the descriptions of two real boards.
func scanSeeds(tb testing.TB, short ...string) []string {
	tb.Helper()
	seeds := append([]string(nil), short...)
	b, err := os.ReadFile("testdata/greenhouse-jobs-content.json")
	if err != nil {
		tb.Fatal(err)
	}
	var g ghJobs
	if err := json.Unmarshal(b, &g); err != nil {
		tb.Fatal(err)
	}
	for _, j := range g.Jobs {
		_, txt := HTML(j.Content)
		seeds = append(seeds, txt)
	}
	if os.Getenv("COPILOT_SHARED_FIXTURES") == "" {
		return seeds
	}
	for _, rel := range []string{"greenhouse/github-2018-jobs-content.json", "greenhouse/brete-gitlab-jobs-content-full.json"} {
		for _, d := range greenhouseDrafts(tb, rel, "") {
			_, txt := HTML(d.DescriptionHTML)
			seeds = append(seeds, txt)
		}
	}
	return seeds
}
