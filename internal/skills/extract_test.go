package skills

import (
	"strings"
	"testing"
)

// found lists "Text=Skill" for every mention, checking offsets on the way.
func found(t *testing.T, text string) []string {
	t.Helper()
	var out []string
	for _, m := range Default().Extract(text) {
		if text[m.Start:m.End] != m.Text {
			t.Fatalf("mention %+v: offsets do not give its text", m)
		}
		out = append(out, m.Text+"="+m.Skill)
	}
	return out
}

func TestExtract(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"We run Go services on Kubernetes (k8s) in GCP and AWS.",
			[]string{"Go=Go", "Kubernetes=Kubernetes", "k8s=Kubernetes", "GCP=Google Cloud Platform", "AWS=Amazon Web Services"}},
		{"Experience with C++, C#, .NET, F#, Node.js and CI/CD.",
			[]string{"C++=C++", "C#=C#", ".NET=.NET", "F#=F#", "Node.js=Node.js", "CI/CD=CI/CD"}},
		{"Google Cloud Platform and machine learning.",
			[]string{"Google Cloud Platform=Google Cloud Platform", "machine learning=Machine learning"}},
		{"machine-learning pipelines", []string{"machine-learning=Machine learning"}},
		{"JavaScript, not Java.", []string{"JavaScript=JavaScript", "Java=Java"}},
		{"Spring Boot and React Native apps", []string{"Spring Boot=Spring Boot", "React Native=React Native"}},
		{"Languages: Go, Rust, Swift", []string{"Go=Go", "Rust=Rust", "Swift=Swift"}},
		{"Go programming", []string{"Go programming=Go"}},
		{"Statistics in R and Python", []string{"Statistics=Statistics", "R=R", "Python=Python"}},
		{"the R language", []string{"R language=R"}},
		{"Golang, ReactJS, Postgres", []string{"Golang=Go", "ReactJS=React", "Postgres=PostgreSQL"}},
		{"proficient in Excel", []string{"Excel=Microsoft Excel"}},
		{"Excellent communication skills and a team player",
			[]string{"communication skills=Communication", "team player=Teamwork"}},
		// An all-capitals acronym matches in capitals or lowercase, never capitalised like a word.
		{"SAN storage and DOS; san and dos", []string{"SAN=SAN", "DOS=DOS", "san=SAN", "dos=DOS"}},
		{"Work from San Francisco; Encryption at Rest; DoS attacks", nil},
		// Forms with punctuation stay distinctive in any case.
		{"ASP.Net and .Net", []string{"ASP.Net=ASP.NET", ".Net=.NET"}},
		{"Front end: jQuery, Knockout.js and HTML", []string{"Front end=Front-end development", "jQuery=jQuery", "Knockout=Knockout", "HTML=HTML"}},
		// A plural acronym is its singular: capitals then one "s".
		{"Integrate CRMs and LLMs; track the ETLs", []string{"CRMs=CRM", "LLMs=Large language models", "ETLs=ETL"}},
	}
	for _, tt := range tests {
		got := found(t, tt.text)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Extract(%q)\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}

func TestExtractPlainWords(t *testing.T) {
	for _, text := range []string{
		"We will go to market next quarter.",
		"You react to feedback quickly.",
		"A rust-proof coating for the hull.",
		"we will go",
		"Go to the office on Mondays.",
		"React to customer needs.",
		"Our R&D team reports to C-level executives.",
		"A B.Sc in Computer Science; work with C&E and M$ teams using Python.",
		"Make sure you excel at swift decisions.",
		"Google is a search company.",
		"Visit http://example.com or mail jobs@example.com &amp; apply.",
		"LinkedIn profile: linkedin.com/in/go-rust-doe, github.com/http-sap",
	} {
		for _, m := range Default().Extract(text) {
			if m.Skill == "Go" || m.Skill == "React" || m.Skill == "Rust" || m.Skill == "R" || m.Skill == "C" ||
				m.Skill == "B" || m.Skill == "D" || m.Skill == "E" || m.Skill == "M" ||
				m.Skill == "Make" || m.Skill == "Microsoft Excel" || m.Skill == "Swift" || m.Skill == "HTTP" || m.Skill == "SAP" {
				t.Errorf("Extract(%q) found %q = %s", text, m.Text, m.Skill)
			}
		}
	}
}

func TestExtractOffsetsUnicode(t *testing.T) {
	text := "Développeur Python — Kubernetes, PostgreSQL"
	got := found(t, text)
	want := []string{"Python=Python", "Kubernetes=Kubernetes", "PostgreSQL=PostgreSQL"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %v, want %v", got, want)
	}
}
