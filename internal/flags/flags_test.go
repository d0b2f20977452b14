package flags

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/validate"
)

func TestBucketIsFNV1aOfNameColonUser(t *testing.T) {
	// Values computed independently: FNV-1a 32 of the bytes, then mod 100.
	cases := []struct {
		name, user string
		want       int
	}{
		{"advanced_matching", "user-1", 58},  // 1421353458
		{"advanced_analytics", "user-1", 99}, // 409207299
		{"advanced_matching", "", 83},        // 1600856483
	}
	for _, c := range cases {
		if got := Bucket(c.name, c.user); got != c.want {
			t.Errorf("Bucket(%q, %q) = %d, want %d", c.name, c.user, got, c.want)
		}
	}
}

func users(n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("user-%d", i)
	}
	return out
}

func TestRolloutIsStableAndGrows(t *testing.T) {
	all := users(2000)
	prev := map[string]bool{}
	for _, pct := range []int{0, 1, 10, 25, 50, 90, 100} {
		f := Flag{Enabled: true, RolloutPercentage: pct}
		on := map[string]bool{}
		for _, u := range all {
			if f.on("advanced_matching", u) {
				on[u] = true
			}
		}
		for u := range prev {
			if !on[u] {
				t.Fatalf("%s was in at a lower percentage but is out at %d%%", u, pct)
			}
		}
		// The share is close to the percentage (2000 users: within 3 points).
		share := float64(len(on)) * 100 / float64(len(all))
		if share < float64(pct)-3 || share > float64(pct)+3 {
			t.Fatalf("%d%%: %.1f%% of users are in", pct, share)
		}
		prev = on
	}
	if len(prev) != len(all) {
		t.Fatalf("100%% reached %d of %d", len(prev), len(all))
	}
	// Disabled beats the percentage; without a user only 100% is on.
	if (Flag{Enabled: false, RolloutPercentage: 100}).on("x", "user-1") {
		t.Fatal("disabled flag is on")
	}
	if (Flag{Enabled: true, RolloutPercentage: 99}).on("x", "") || !(Flag{Enabled: true, RolloutPercentage: 100}).on("x", "") {
		t.Fatal("anonymous evaluation")
	}
}

func TestFlagsPickDifferentUsers(t *testing.T) {
	a, b := Flag{Enabled: true, RolloutPercentage: 50}, Flag{Enabled: true, RolloutPercentage: 50}
	both, onlyOne := 0, 0
	for _, u := range users(2000) {
		x, y := a.on(AdvancedMatching, u), b.on(AdvancedAnalytics, u)
		if x && y {
			both++
		}
		if x != y {
			onlyOne++
		}
	}
	// Independent halves overlap on about a quarter of the users; the same hash would overlap on half.
	if both < 400 || both > 600 || onlyOne < 800 {
		t.Fatalf("both=%d only one=%d", both, onlyOne)
	}
}

func TestParse(t *testing.T) {
	s, err := Parse([]byte(`{"advanced_matching": {"enabled": true, "rollout_percentage": 30}, "new_inbox": {"enabled": false, "rollout_percentage": 0}}`))
	if err != nil || len(s) != 2 || s[AdvancedMatching] != (Flag{true, 30}) || s["new_inbox"] != (Flag{}) {
		t.Fatalf("%v %v", s, err)
	}
	bad := map[string]string{
		`[]`: "cannot unmarshal array",
		`{"advanced_matching": {"enabled": true, "rollout_percentage": 130}}`: "advanced_matching.rollout_percentage: must be from 0 to 100",
		`{"advanced_matching": {"enabled": "yes"}}`:                           "cannot unmarshal string",
		`{"advanced_matching": {"enabled": true, "percent": 5}}`:              `unknown field "percent"`,
		`{"Bad-Name": {"enabled": true}}`:                                     "Bad-Name: must be lower-case",
		`{"a": {"enabled": true}} {}`:                                         "trailing data",
		`null`:                                                                "want a JSON object",
		`{"advanced_matching": {"enabled": true,`:                             "unexpected EOF",
	}
	for in, want := range bad {
		_, err := Parse([]byte(in))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Parse(%s) = %v, want an error containing %q", in, err, want)
		}
	}
	err = Set{"a": {RolloutPercentage: -1}, "b": {RolloutPercentage: 101}}.Validate()
	var fe validate.Errors
	if !errors.As(err, &fe) || len(fe) != 2 || fe[0].Field != "a.rollout_percentage" || fe[1].Field != "b.rollout_percentage" {
		t.Fatalf("validate: %v", err)
	}
}

func TestDefaultsCoverProductFlags(t *testing.T) {
	d := Defaults()
	if d[AdvancedMatching] != (Flag{true, 100}) || d[AdvancedAnalytics] != (Flag{false, 0}) || len(d) != 2 {
		t.Fatalf("defaults %v", d)
	}
}
