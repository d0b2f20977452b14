package normalize

import (
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
)

// TestSeniorityGermanAndMuse reads German level words and The Muse's level names as they arrive.
//
// "Berufserfahren" and "mit Berufserfahrung" say only that some experience is wanted, not how much: they
// name no level and give none (we never guess). "Berufseinsteiger" (career starter) and "Absolvent" /
// "Absolventin" (graduate) are junior, as "graduate" is. "Junior" and "Senior" start German compound titles.
func TestSeniorityGermanAndMuse(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Softwareentwickler (m/w/d) Berufserfahren", ""},
		{"Java-Entwickler mit Berufserfahrung", ""},
		{"Berufseinsteiger Data Analyst (m/w/d)", SeniorityJunior},
		{"Absolvent Informatik als Softwareentwickler", SeniorityJunior},
		{"Absolventin Wirtschaftsinformatik", SeniorityJunior},
		{"Senior-Entwickler Java (m/w/d)", SenioritySenior},
		{"Seniorentwickler Backend", SenioritySenior},
		{"Juniorberater SAP (m/w/d)", SeniorityJunior},
		{"Senioren-Betreuer", ""}, // a carer of the elderly (Senioren) is no senior level
		{"Entry Level", SeniorityJunior},
		{"Mid Level", SeniorityMid},
		{"Senior Level", SenioritySenior},
		{"management", SeniorityManager},
		{"Internship", SeniorityIntern},
	}
	for _, tt := range tests {
		if got := Seniority(tt.title, ""); got != tt.want {
			t.Errorf("Seniority(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestDraftReadsABoardsLevel: a board's own level, sent as Extra "seniority" or "level" (The Muse), is the
// posting's seniority when its title names none.
func TestDraftReadsABoardsLevel(t *testing.T) {
	now := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	for _, key := range []string{"seniority", "level"} {
		p := Draft(posting.Draft{Title: "Material Planner", Company: "Acme", Extra: map[string]string{key: "Senior Level"}}, now)
		if p.Seniority != SenioritySenior {
			t.Errorf("Extra[%q] = Senior Level: seniority %q, want %q", key, p.Seniority, SenioritySenior)
		}
	}
}

// TestTitleLevelBeatsBoardLevel: a level the title names is the posting's, whatever the board's level
// field says (Personio sends "experienced" for every job of a company, juniors too); the field fills in
// for a title that names none, and the text only after both.
func TestTitleLevelBeatsBoardLevel(t *testing.T) {
	now := time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct{ title, level, text, want string }{
		{"Junior Sales Manager", "experienced", "", SeniorityJunior},
		{"Senior Engineer", "Mid Level", "", SenioritySenior},
		{"Sales Manager", "experienced", "", SenioritySenior},
		{"Material Planner", "", "This is an entry-level position.", SeniorityJunior},
		{"Material Planner", "Senior Level", "This is an entry-level position.", SenioritySenior},
		// "Associate" is a level only in some trades ("Production Associate" is a role): the board's field wins.
		{"Production Associate", "Mid Level", "", SeniorityMid},
		{"Associate, Insurance Product", "Mid Level", "", SeniorityMid},
		{"Associate Product Manager", "", "", SeniorityJunior},
		{"Junior Associate", "Mid Level", "", SeniorityJunior},
	}
	for _, tt := range tests {
		d := posting.Draft{Title: tt.title, Company: "Acme", DescriptionText: tt.text, Extra: map[string]string{}}
		if tt.level != "" {
			d.Extra["seniority"] = tt.level
		}
		if p := Draft(d, now); p.Seniority != tt.want {
			t.Errorf("title %q, level %q: seniority %q, want %q", tt.title, tt.level, p.Seniority, tt.want)
		}
	}
}
