package normalize

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/testutil"
)

// ghJobs is the part of a Greenhouse jobs?content=true response the tests read.
type ghJobs struct {
	Jobs []struct {
		ID          int64  `json:"id"`
		Title       string `json:"title"`
		Content     string `json:"content"`
		AbsoluteURL string `json:"absolute_url"`
		UpdatedAt   string `json:"updated_at"`
		Location    struct {
			Name string `json:"name"`
		} `json:"location"`
	} `json:"jobs"`
}

func readJSON(t testing.TB, rel string, v any) {
	t.Helper()
	b, err := os.ReadFile(testutil.SharedFile(t, rel))
	if err != nil {
		t.Fatalf("read %s: %v", rel, err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("decode %s: %v", rel, err)
	}
}

// greenhouseDrafts builds drafts from a Greenhouse capture the way the adapter fills them.
func greenhouseDrafts(t testing.TB, rel, company string) []posting.Draft {
	t.Helper()
	var g ghJobs
	readJSON(t, rel, &g)
	out := make([]posting.Draft, 0, len(g.Jobs))
	for _, j := range g.Jobs {
		out = append(out, posting.Draft{
			ExternalID:      jsonNumber(j.ID),
			Title:           j.Title,
			Company:         company,
			DescriptionHTML: j.Content,
			Locations:       []string{j.Location.Name},
			UpdatedRaw:      j.UpdatedAt,
			URL:             j.AbsoluteURL,
			ApplyURL:        j.AbsoluteURL,
		})
	}
	return out
}

func jsonNumber(n int64) string {
	b, _ := json.Marshal(n)
	return string(b)
}
