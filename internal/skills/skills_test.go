package skills

import (
	"testing"
	"time"
)

func TestDefaultSize(t *testing.T) {
	tx := Default()
	tech := 0
	for _, s := range tx.Skills() {
		if !nonTechCats[s.Category] && s.Category != "concept" && s.Category != "methodology" {
			tech++
		}
	}
	if tech < 2000 {
		t.Fatalf("technology skills = %d, want at least 2000", tech)
	}
	t.Logf("%d skills, %d of them technology", tx.Len(), tech)
}

func TestLookup(t *testing.T) {
	tests := []struct {
		in, name, cat string
		alias         string // an alias the skill must list
	}{
		{"k8s", "Kubernetes", "devops", "k8s"},
		{"KUBERNETES", "Kubernetes", "devops", "k8s"},
		{"Postgres", "PostgreSQL", "database", "Postgres"},
		{"psql", "PostgreSQL", "database", "psql"},
		{"golang", "Go", "language", "Golang"},
		{"reactjs", "React", "library", "React.js"},
		{"React.js", "React", "library", "ReactJS"},
		{"node", "Node.js", "framework", "Node"},
		{"js", "JavaScript", "language", "JS"},
		{"TS", "TypeScript", "language", "TS"},
		{"GCP", "Google Cloud Platform", "cloud", "GCP"},
		{"aws", "Amazon Web Services", "cloud", "AWS"},
		{"CI / CD", "CI/CD", "devops", "CICD"},
		{"ml", "Machine learning", "ml", "ML"},
		{"Oracle Java", "Java", "language", "Oracle Java"},            // O*NET vendor form
		{"Atlassian JIRA", "Jira", "devtool", "Atlassian JIRA"},       // O*NET vendor form
		{"Structured query language SQL", "SQL", "language", "T-SQL"}, // O*NET acronym form
		{"Apache Hadoop", "Hadoop", "data", "HDFS"},
		{"csharp", "C#", "language", "C Sharp"},
	}
	for _, tt := range tests {
		s, ok := Default().Lookup(tt.in)
		if !ok {
			t.Errorf("Lookup(%q) found nothing", tt.in)
			continue
		}
		if s.Name != tt.name || s.Category != tt.cat {
			t.Errorf("Lookup(%q) = %q (%s), want %q (%s)", tt.in, s.Name, s.Category, tt.name, tt.cat)
		}
		if !contains(s.Aliases, tt.alias) {
			t.Errorf("Lookup(%q): aliases %v lack %q", tt.in, s.Aliases, tt.alias)
		}
	}
	if _, ok := Default().Lookup("flux capacitor tuning"); ok {
		t.Error("Lookup found an unknown skill")
	}
}

func TestONETHotFlag(t *testing.T) {
	// "Microsoft Excel" is a Hot Technology in O*NET 29.2; a curated-only skill is not.
	if s, _ := Default().Lookup("Excel"); !s.Hot || s.Name != "Microsoft Excel" {
		t.Errorf("Excel = %+v, want hot Microsoft Excel", s)
	}
	if s, _ := Default().Lookup("Test-driven development"); s.Hot {
		t.Errorf("TDD marked hot")
	}
}

func TestRelated(t *testing.T) {
	tx := Default()
	for _, p := range [][2]string{{"Kubernetes", "Docker"}, {"Docker", "k8s"}, {"React", "JavaScript"},
		{"Django", "Python"}, {"python", "django"}, {"Spring Boot", "Java"}} {
		if !tx.Related(p[0], p[1]) {
			t.Errorf("Related(%q, %q) = false", p[0], p[1])
		}
	}
	for _, p := range [][2]string{{"Kubernetes", "Microsoft Excel"}, {"React", "COBOL"}, {"nothing", "Go"}} {
		if tx.Related(p[0], p[1]) {
			t.Errorf("Related(%q, %q) = true", p[0], p[1])
		}
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"  golang ":                     "Go",
		"postgres":                      "PostgreSQL",
		"K8S":                           "Kubernetes",
		"node js":                       "Node.js",
		"ms excel":                      "Microsoft Excel",
		"  Underwater Basket Weaving  ": "Underwater Basket Weaving",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLoadTime(t *testing.T) {
	start := time.Now()
	tx, err := New(taxonomyJSON)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("loaded %d skills in %v", tx.Len(), time.Since(start))
}

func TestNewRejectsBadInput(t *testing.T) {
	if _, err := New([]byte(`{"version":2,"skills":[]}`)); err == nil {
		t.Error("version 2 accepted")
	}
	if _, err := New([]byte(`{`)); err == nil {
		t.Error("broken JSON accepted")
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := New(taxonomyJSON); err != nil {
			b.Fatal(err)
		}
	}
}
