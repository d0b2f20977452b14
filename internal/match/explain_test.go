package match

import (
	"reflect"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/profile"
)

// TestSkillsLineCountsEachKind: the skills line counts every kind the posting asks for, and its
// counts are those of the matched and missing lists shown beside it.
func TestSkillsLineCountsEachKind(t *testing.T) {
	pr := profile.DefaultProfile()
	pr.Skills = []string{"Python", "PostgreSQL", "Kafka"}
	c := NewCandidate(pr, nil)
	for _, tc := range []struct {
		name, text, want string
		// have and of count, by kind, the matched skills and all the asked ones.
		have, of map[string]int
	}{{
		name: "required and nice to have",
		text: "Requirements\n- Python\n- PostgreSQL\n- TypeScript\n- Redis\n- Scala\nNice to have\n- Kafka\n- Golang",
		want: "You have 2 of 5 required skills and 1 of 2 nice-to-have.",
		have: map[string]int{"required": 2, "nice to have": 1},
		of:   map[string]int{"required": 5, "nice to have": 2},
	}, {
		name: "required, nice to have and mentioned",
		text: sectioned, // Docker in the role, Python and PostgreSQL required, Kafka nice to have, Kubernetes under benefits
		want: "You have 2 of 2 required skills, 1 of 1 nice-to-have and 0 of 1 mentioned." +
			few("2.75, counting nice-to-have as half and mentions as a quarter"),
		have: map[string]int{"required": 2, "nice to have": 1},
		of:   map[string]int{"required": 2, "nice to have": 1, "mentioned": 1},
	}, {
		name: "only required",
		text: "Requirements\n- Python\n- TypeScript",
		want: "You have 1 of 2 required skills." + few("2"),
		have: map[string]int{"required": 1},
		of:   map[string]int{"required": 2},
	}, {
		name: "nice to have and mentioned, none required",
		text: "The role\nOur product runs on Docker.\nNice to have\n- Kafka\n- Golang",
		want: "It names no required skills; you have 1 of 2 nice-to-have and 0 of 1 mentioned." +
			few("1.25, counting nice-to-have as half and mentions as a quarter"),
		have: map[string]int{"nice to have": 1},
		of:   map[string]int{"nice to have": 2, "mentioned": 1},
	}, {
		name: "none",
		text: "Nothing technical here.",
		want: "The posting names no skills we recognise.",
		have: map[string]int{},
		of:   map[string]int{},
	}} {
		t.Run(tc.name, func(t *testing.T) {
			p := posting.Posting{Title: "Backend Engineer", DescriptionText: tc.text}
			f := NewFeatures(&p)
			e := Explain(c, &p, &f, 0, time.Now())
			if got := e.Components[Skills].Line; got != tc.want {
				t.Errorf("line = %q\nwant   %q", got, tc.want)
			}
			have, of := map[string]int{}, map[string]int{}
			for _, m := range e.Matched {
				have[m.Kind]++
				of[m.Kind]++
			}
			for _, m := range e.Missing {
				of[m.Kind]++
			}
			if !reflect.DeepEqual(have, tc.have) || !reflect.DeepEqual(of, tc.of) {
				t.Errorf("lists have %v of %v, want %v of %v", have, of, tc.have, tc.of)
			}
		})
	}
}

// few is the MinSkillsAsked sentence for a posting whose asked skills weigh asked.
func few(asked string) string {
	return " It names few skills (" + asked + "), so coverage is out of 5."
}

// TestSeniorityLineArticle: the seniority line says "an" before a level that starts with a vowel sound.
func TestSeniorityLineArticle(t *testing.T) {
	pr := profile.DefaultProfile()
	pr.Seniority = "senior"
	c := NewCandidate(pr, nil)
	for level, article := range map[string]string{"executive": "An", "intern": "An", "senior": "A", "mid": "A", "lead": "A"} {
		p := posting.Posting{Title: "Engineer", Seniority: level}
		f := NewFeatures(&p)
		e := Explain(c, &p, &f, 0, time.Now())
		if got := e.Components[Seniority].Line; len(got) < len(article)+len(level)+1 || got[:len(article)+1+len(level)] != article+" "+level {
			t.Errorf("level %q: line %q, want it to begin %q", level, got, article+" "+level)
		}
	}
}
