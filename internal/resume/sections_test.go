package resume

import (
	"context"
	"reflect"
	"strings"
	"testing"
)

const sampleText = `MARIA GARCIA
Backend Engineer
Lisbon, Portugal | maria.garcia@example.org | +351 912 345 678
github.com/mgarcia

Profile
Backend engineer building payment systems in Go.

Professional Experience
Senior Engineer | Paylane | Lisbon, Portugal
03/2019 – Present
● Designed the ledger service in Go and PostgreSQL, cutting settlement
time by 40%.
▪ Ran on-call for 12 services.

Software Developer at Nordic Bits
2016-02 - 2019-04
– Wrote a billing API in Python.

Education
University of Porto
MSc in Computer Engineering, 2014 - 2016

Technical Skills
Languages: Go, Python | SQL
Tools • Docker • Kubernetes

Certifications
• CKA – Certified Kubernetes Administrator
`

func TestParseTextResume(t *testing.T) {
	doc, err := Extract(context.Background(), []byte(sampleText), "cv.txt", WithNow(fixedNow))
	if err != nil {
		t.Fatal(err)
	}
	wantContact := Contact{Name: "Maria Garcia", Email: "maria.garcia@example.org", Phone: "+351 912 345 678",
		Location: "Lisbon, Portugal", Links: []string{"github.com/mgarcia"}}
	if !reflect.DeepEqual(doc.Contact, wantContact) {
		t.Errorf("contact %+v\nwant %+v", doc.Contact, wantContact)
	}
	if doc.Summary != "Backend engineer building payment systems in Go." {
		t.Errorf("summary %q", doc.Summary)
	}
	want := []Job{
		{Title: "Senior Engineer", Company: "Paylane", Location: "Lisbon, Portugal", Start: "2019-03", Current: true,
			Bullets:   []string{"Designed the ledger service in Go and PostgreSQL, cutting settlement time by 40%.", "Ran on-call for 12 services."},
			LineStart: 9},
		{Title: "Software Developer", Company: "Nordic Bits", Start: "2016-02", End: "2019-04",
			Bullets: []string{"Wrote a billing API in Python."}, LineStart: 15},
	}
	if !reflect.DeepEqual(doc.Experience, want) {
		t.Errorf("jobs\n%+v\nwant\n%+v", doc.Experience, want)
	}
	if doc.Lines[9] != "Senior Engineer | Paylane | Lisbon, Portugal" {
		t.Errorf("line 9 = %q", doc.Lines[9])
	}
	// 2016-02..2019-04 and 2019-03..now overlap in March-April 2019:
	// Feb 2016 .. Dec 2025 = 119 months once.
	if doc.MonthsExperience != 119 {
		t.Errorf("months %d, want 119", doc.MonthsExperience)
	}
	wantEdu := []School{{Institution: "University of Porto", Degree: "MSc", Field: "Computer Engineering", Start: "2014", End: "2016"}}
	if !reflect.DeepEqual(doc.Education, wantEdu) {
		t.Errorf("education %+v", doc.Education)
	}
	wantSkills := []string{"Go", "Python", "SQL", "Tools", "Docker", "Kubernetes"}
	if !reflect.DeepEqual(doc.Skills, wantSkills) {
		t.Errorf("skills %q", doc.Skills)
	}
	if !reflect.DeepEqual(doc.Certifications, []string{"CKA – Certified Kubernetes Administrator"}) {
		t.Errorf("certifications %q", doc.Certifications)
	}
	if strings.Contains(doc.Text, "●") || strings.Contains(doc.Text, "▪") {
		t.Errorf("bullets not normalised")
	}
}

func TestMarkdownStripped(t *testing.T) {
	md := "# Ana Lima\n\n**Data Engineer** · [GitHub](https://github.com/analima) · ana@example.com\n\n## Skills\n* `Spark`, *Airflow*\n* dbt\n\n## Experience\n### Data Engineer, Fintech Co (2020 - 2024)\n- Built _batch_ pipelines\n"
	doc, err := Extract(context.Background(), []byte(md), "cv.md", WithNow(fixedNow))
	if err != nil {
		t.Fatal(err)
	}
	for _, junk := range []string{"#", "**", "`", "](", "* "} {
		if strings.Contains(doc.Text, junk) {
			t.Errorf("markdown %q left in %q", junk, doc.Text)
		}
	}
	if !strings.Contains(doc.Text, "GitHub (https://github.com/analima)") {
		t.Errorf("link target lost: %q", doc.Text)
	}
	if !reflect.DeepEqual(doc.Skills, []string{"Spark", "Airflow", "dbt"}) {
		t.Errorf("skills %q", doc.Skills)
	}
	if len(doc.Experience) != 1 || doc.Experience[0].Company != "Fintech Co" || doc.MonthsExperience != 48 {
		t.Errorf("experience %+v months %d", doc.Experience, doc.MonthsExperience)
	}
}

func TestHyphenationKeepsCompounds(t *testing.T) {
	in := []string{"a full-", "stack developer and devel-", "opment lead; cross-", "team work", "x - ", "y"}
	got := cleanLines(in, true)
	want := []string{"a full-stack", "developer and development", "lead; cross-team", "work", "x -", "y"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
	if got := cleanLines([]string{"eﬃcient ﬁnance ﬂow"}, false); got[0] != "efficient finance flow" {
		t.Fatalf("ligatures: %q", got)
	}
}
