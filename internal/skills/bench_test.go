package skills

import (
	"os"
	"testing"
)

func BenchmarkExtract5KB(b *testing.B) {
	data, err := os.ReadFile("testdata/job-description.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	tx := Default()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		tx.Extract(text)
	}
}

func TestExtractJobDescription(t *testing.T) {
	data, err := os.ReadFile("testdata/job-description.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, m := range Default().Extract(string(data)) {
		got[m.Skill] = true
	}
	for _, want := range []string{"Go", "Python", "Kubernetes", "Google Cloud Platform", "PostgreSQL", "Redis",
		"Apache Kafka", "Terraform", "GitHub Actions", "CI/CD", "gRPC", "Grafana", "Prometheus", "SQL", "MySQL",
		"Docker", "Amazon Web Services", "Microsoft Azure", "TypeScript", "React", "Swift", "Kotlin", "Apache Spark",
		"dbt", "BigQuery", "Machine learning", "Java", "C#", "Rust", "C++", "Spring Boot", ".NET", "Node.js", "Agile"} {
		if !got[want] {
			t.Errorf("job description: %s not found", want)
		}
	}
}
