package resume

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/career-copilot/copilot/internal/testutil"
)

// fixedNow is the "Present" used by every real-file assertion.
var fixedNow = time.Date(2026, 1, 15, 0, 0, 0, 0, time.UTC)

func extractShared(t *testing.T, rel string) Document {
	t.Helper()
	b, err := os.ReadFile(testutil.SharedFile(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Extract(context.Background(), b, filepath.Base(rel), WithNow(fixedNow))
	if err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	return doc
}

type wantJob struct {
	title, company, start, end string
	current                    bool
}

type wantResume struct {
	file     string
	format   Format
	name     string
	email    string
	jobs     int
	job      wantJob // one job that must be found as is
	months   int
	skills   int
	skill    string // one item listed under the skills heading
	phrases  []string
	location string
}

func TestRealResumes(t *testing.T) {
	jordan := wantJob{"Staff Engineer", "Acme Corp", "2021", "", true}
	johnAPI := wantJob{"Junior Developer", "StartupCo", "2018-01", "2020-05", false}
	cases := []wantResume{
		{"resumes/jobfinder-jordandoe-resume.txt", FormatText, "Jordan Doe", "jordan@example.com", 1, jordan, 60, 8, "Terraform",
			[]string{"Led migration of a Java monolith"}, "Vancouver, BC, Canada"},
		{"resumes/jobfinder-jordandoe-resume.md", FormatMarkdown, "Jordan Doe", "jordan@example.com", 1, jordan, 60, 8, "Kafka",
			[]string{"Senior Backend Software Engineer"}, "Vancouver, BC, Canada"},
		{"resumes/jobfinder-jordandoe-resume.pdf", FormatPDF, "Jordan Doe", "jordan@example.com", 1, jordan, 60, 8, "PostgreSQL",
			[]string{"production AWS operations (ECS, Lambda, DynamoDB, S3)."}, "Vancouver, BC, Canada"},
		{"resumes/jobfinder-jordandoe-resume.docx", FormatDOCX, "Jordan Doe", "jordan@example.com", 1, jordan, 60, 8, "Docker",
			[]string{"Built Python data pipelines"}, "Vancouver, BC, Canada"},
		{"resumes/resumematchapi-sample_resume_text.txt", FormatText, "John Doe", "john.doe@example.com", 2, johnAPI, 96, 15, "Kubernetes",
			[]string{"Implemented CI/CD pipelines with GitHub Actions"}, ""},
		{"resumes/resumematchapi-sample_resume.docx", FormatDOCX, "John Doe", "john.doe@example.com", 2, johnAPI, 96, 15, "FastAPI",
			[]string{"Built scalable microservices handling 10K+ requests per day"}, ""},
		{"resumes/resumematchapi-sample_resume.pdf", FormatPDF, "John Doe", "john.doe@example.com", 2, johnAPI, 96, 15, "Go",
			[]string{"Worked with PostgreSQL and MongoDB databases"}, ""},
		{"resumes/openresume-openresume-resume.pdf", FormatPDF, "John Doe", "hello@openresume.com", 3,
			wantJob{"Software Engineer", "ABC Company", "2023-05", "", true}, 34, 20, "GraphQL",
			[]string{"Discovered and fixed 5 bugs", "text classification", "Health Tech Competition"}, "NYC, NY"},
		{"resumes/resumematcher-alfred_pennyworth_pm.pdf", FormatPDF, "Alfred Pennyworth", "alfred.pennyworth@email.com", 5,
			wantJob{"Software Development Engineer III", "Amazon", "2012", "2017", false}, 324, 14, "Project management",
			[]string{"Seasoned Product Manager with over 20 years of experience", "innovative products. Developing"}, "Silicon Valley, CA, USA"},
		{"resumes/resumematcher-barry_allen_fe.pdf", FormatPDF, "Barry Allen", "allthe.stars@google.com", 1,
			wantJob{"Software Engineer (Front-End)", "Google", "2022-06", "", true}, 43, 24, "Google Cloud Platform",
			[]string{"and Firebase. Implemented"}, "Google HQ, Mountain View, CA, USA"},
		{"resumes/resumematcher-bruce_wayne_fullstack.pdf", FormatPDF, "Bruce Wayne", "bwayne@email.com", 3,
			wantJob{"Full Stack Developer", "Uber", "2015-07", "2020-05", false}, 163, 11, "Docker and Kubernetes",
			[]string{"Highly skilled MERN Stack Developer with over 10 years"}, "Gotham, USA"},
		{"resumes/resumematcher-john_doe.pdf", FormatPDF, "John Doe", "john.doe@email.com", 2,
			wantJob{"Software Developer", "XYZ Solutions", "2016-07", "2018-06", false}, 114, 16, "Junit and Mockito",
			[]string{"from requirement analysis to deployment", "Full Stack Java Developer"}, "Anywhere, USA"},
		{"resumes/jsonresume-sample.resume.json", FormatJSONResume, "Richard Hendriks", "richard.hendriks@mail.com", 1,
			wantJob{"CEO/President", "Pied Piper", "2013-12", "2014-12", false}, 13, 8, "Javascript",
			[]string{"Successfully won Techcrunch Disrupt"}, "San Francisco, California, US"},
		{"resumes/resumematcher-master-janedoe.json", FormatJSONResume, "Jane Doe", "jane@example.com", 2,
			wantJob{"Senior Backend Engineer", "Acme Corp", "2021-01", "", true}, 91, 6, "FastAPI",
			[]string{"Mentored 3 junior developers"}, "San Francisco, CA"},
	}
	for _, c := range cases {
		t.Run(filepath.Base(c.file), func(t *testing.T) {
			doc := extractShared(t, c.file)
			if doc.Format != c.format {
				t.Errorf("format %q, want %q", doc.Format, c.format)
			}
			if doc.Contact.Name != c.name || doc.Contact.Email != c.email || doc.Contact.Location != c.location {
				t.Errorf("contact %+v, want %q %q %q", doc.Contact, c.name, c.email, c.location)
			}
			if len(doc.Experience) != c.jobs {
				t.Errorf("%d jobs, want %d: %+v", len(doc.Experience), c.jobs, doc.Experience)
			}
			found := false
			for _, j := range doc.Experience {
				if j.Title == c.job.title && j.Company == c.job.company {
					found = true
					if j.Start != c.job.start || j.End != c.job.end || j.Current != c.job.current {
						t.Errorf("job %q dates %s..%s current=%v, want %s..%s %v", j.Title, j.Start, j.End, j.Current, c.job.start, c.job.end, c.job.current)
					}
					if j.LineStart < 0 || j.LineStart >= len(doc.Lines) {
						t.Errorf("job %q LineStart %d out of range", j.Title, j.LineStart)
					} else if l := doc.Lines[j.LineStart]; !strings.Contains(l, j.Title) && !strings.Contains(l, j.Company) {
						t.Errorf("job %q LineStart %d points at %q", j.Title, j.LineStart, l)
					}
					if len(j.Bullets) == 0 {
						t.Errorf("job %q has no bullets", j.Title)
					}
				}
			}
			if !found {
				t.Errorf("job %q @ %q not found in %+v", c.job.title, c.job.company, doc.Experience)
			}
			if doc.MonthsExperience != c.months || doc.YearsExperience != float64(c.months)/12 {
				t.Errorf("experience %d months (%.2f y), want %d", doc.MonthsExperience, doc.YearsExperience, c.months)
			}
			if len(doc.Skills) != c.skills || !hasItem(doc.Skills, c.skill) {
				t.Errorf("skills (%d) %q, want %d with %q", len(doc.Skills), doc.Skills, c.skills, c.skill)
			}
			for _, p := range c.phrases {
				if !strings.Contains(doc.Text, p) {
					t.Errorf("text lacks %q", p)
				}
			}
			assertCleanText(t, doc.Text)
		})
	}
}

// assertCleanText checks for leftover ligatures and words glued together.
func assertCleanText(t *testing.T, text string) {
	t.Helper()
	if strings.ContainsAny(text, "ﬁﬂﬀﬃﬄ\ufffd") {
		t.Errorf("ligature or replacement character left in text")
	}
	for _, l := range strings.Split(text, "\n") {
		if m := hyphenEnd.FindString(l); m != "" && len(m) > 3 {
			t.Errorf("line-end hyphenation left: %q", l)
		}
	}
	for _, w := range strings.Fields(text) {
		if strings.ContainsAny(w, "@/.:") {
			continue // addresses and links are long by nature
		}
		letters := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters > 22 {
			t.Errorf("glued words: %q", w)
		}
	}
}

func hasItem(list []string, item string) bool {
	for _, s := range list {
		if s == item {
			return true
		}
	}
	return false
}

func TestRealEducation(t *testing.T) {
	cases := []struct {
		file string
		want School
	}{
		{"resumes/resumematchapi-sample_resume.docx", School{"University of Technology", "Bachelor of Science", "Computer Science", "2014-09", "2017-12"}},
		{"resumes/openresume-openresume-resume.pdf", School{"XYZ University", "Bachelor of Science", "Computer Science", "2019-09", "2023-05"}},
		{"resumes/resumematcher-alfred_pennyworth_pm.pdf", School{"Massachusetts Institute of Technology", "Master of Science", "Computer Science", "1997", "1999"}},
		{"resumes/resumematcher-barry_allen_fe.pdf", School{"Indian Institute of Technology", "B.Tech", "Computer Science and Engineering", "2018", "2022"}},
		{"resumes/resumematcher-bruce_wayne_fullstack.pdf", School{"UC San Diego", "Bachelor of Science", "Computer Science", "2003", "2007"}},
		{"resumes/jsonresume-sample.resume.json", School{"University of Oklahoma", "Bachelor", "Information Technology", "2011-06", "2014-01"}},
		{"resumes/resumematcher-master-janedoe.json", School{"MIT", "B.S.", "Computer Science", "2014", "2018"}},
	}
	for _, c := range cases {
		doc := extractShared(t, c.file)
		found := false
		for _, s := range doc.Education {
			if s == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: %+v not in %+v", c.file, c.want, doc.Education)
		}
	}
	// Alfred lists three degrees; wrapped "City, ST, USA" tails must not become schools.
	if doc := extractShared(t, "resumes/resumematcher-alfred_pennyworth_pm.pdf"); len(doc.Education) != 3 {
		t.Errorf("alfred: %d schools, want 3: %+v", len(doc.Education), doc.Education)
	}
}
