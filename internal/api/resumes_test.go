package api_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
	"github.com/career-copilot/copilot/internal/testutil"
)

const apiResume = `Jane Roe
jane@example.com

Summary
Backend engineer who builds quiet, reliable systems.

Experience
Senior Backend Engineer, Acme, Berlin
Jan 2019 - Present
• Built billing services in Python on PostgreSQL.
• Moved batch jobs to Kubernetes.

Skills
Python, PostgreSQL, Kubernetes, Kafka
`

func TestResumesAPI(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		c := h.registerBrowser("cv@example.com")
		r := c.raw("POST", "/api/v1/resumes?filename=jane.txt", "text/plain", []byte(apiResume))
		if r.status != 201 {
			t.Fatalf("upload: %d %s", r.status, r.body)
		}
		var up struct {
			ID       string
			Primary  bool
			Format   string
			Filename string
			Parsed   struct {
				Skills     []string
				Experience []struct{ Title string }
				Evidence   []struct {
					Skill, Line string
					Evidenced   bool
				}
			}
			Suggestions struct{ Skills, Titles []string }
		}
		json.Unmarshal(r.body, &up)
		if !up.Primary || up.Format != "text" || up.Filename != "jane.txt" || len(up.Parsed.Experience) != 1 || up.Parsed.Experience[0].Title != "Senior Backend Engineer" {
			t.Fatalf("upload = %s", r.body)
		}
		if strings.Join(up.Suggestions.Titles, "|") != "Senior Backend Engineer" {
			t.Errorf("title suggestions = %v", up.Suggestions.Titles)
		}
		found := false
		for _, ev := range up.Parsed.Evidence {
			if ev.Skill == "Python" {
				found = ev.Evidenced && ev.Line == "• Built billing services in Python on PostgreSQL."
			}
		}
		if !found {
			t.Errorf("Python evidence missing: %+v", up.Parsed.Evidence)
		}
		// Unreadable: 422, nothing saved.
		r = c.raw("POST", "/api/v1/resumes?filename=x.txt", "text/plain", []byte("   \n\n  "))
		if r.status != 422 || !strings.Contains(string(r.body), "Unreadable resume") || !strings.Contains(string(r.body), `"detail":"The file is empty."`) {
			t.Fatalf("empty upload: %d %s", r.status, r.body)
		}
		// A PDF cut short is damaged: 422, not 500.
		cut, err := os.ReadFile(testutil.SharedFile(t, "resumes/resumematcher-john_doe.pdf"))
		if err != nil {
			t.Fatal(err)
		}
		r = c.raw("POST", "/api/v1/resumes?filename=cut.pdf", "application/pdf", cut[:len(cut)/3])
		if r.status != 422 || !strings.Contains(string(r.body), `"detail":"The file is damaged or cut short: open it and save or export it again."`) {
			t.Fatalf("cut PDF: %d %s", r.status, r.body)
		}
		r = c.raw("POST", "/api/v1/resumes?filename=x.bin", "application/octet-stream", []byte{0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0})
		if r.status != 422 {
			t.Fatalf("binary upload: %d %s", r.status, r.body)
		}
		// A real PDF through multipart.
		pdf, err := os.ReadFile(testutil.SharedFile(t, "resumes/resumematcher-bruce_wayne_fullstack.pdf"))
		if err != nil {
			t.Fatal(err)
		}
		ct, body := multipartBody(t, nil, "bruce.pdf", pdf)
		h.now = h.now.Add(time.Minute)
		r = c.raw("POST", "/api/v1/resumes", ct, body)
		if r.status != 201 {
			t.Fatalf("pdf upload: %d %s", r.status, r.body)
		}
		var pdfUp struct {
			ID      string
			Primary bool
			Format  string
		}
		json.Unmarshal(r.body, &pdfUp)
		if pdfUp.Primary || pdfUp.Format != "pdf" {
			t.Fatalf("pdf = %s", r.body)
		}
		var list struct{ Resumes []struct{ ID string } }
		json.Unmarshal(c.expect("GET", "/api/v1/resumes", nil, 200).body, &list)
		if len(list.Resumes) != 2 || list.Resumes[0].ID != pdfUp.ID {
			t.Fatalf("list = %+v", list)
		}
		// Another user sees none of it.
		o := h.registerBrowser("other@example.com")
		o.expect("GET", "/api/v1/resumes/"+up.ID, nil, 404)
		o.expect("DELETE", "/api/v1/resumes/"+up.ID, nil, 404)
		o.expect("PUT", "/api/v1/resumes/"+up.ID+"/primary", nil, 404)
		o.expect("POST", "/api/v1/resumes/"+up.ID+"/accept", nil, 404)
		// Accept only Python and the title.
		r = c.expect("POST", "/api/v1/resumes/"+up.ID+"/accept", map[string]any{"skills": []string{"Python"}, "years_experience": false}, 200)
		var prof struct {
			Skills        []string `json:"skills"`
			DesiredTitles []string `json:"desired_titles"`
		}
		json.Unmarshal(r.body, &prof)
		if strings.Join(prof.Skills, ",") != "Python" || strings.Join(prof.DesiredTitles, ",") != "Senior Backend Engineer" {
			t.Fatalf("profile after accept = %s", r.body)
		}
		c.expect("PUT", "/api/v1/resumes/"+pdfUp.ID+"/primary", nil, 200)
		c.expect("GET", "/api/v1/resumes/"+up.ID, nil, 200)
		c.expect("DELETE", "/api/v1/resumes/"+pdfUp.ID, nil, 204)
		var one struct{ Primary bool }
		json.Unmarshal(c.expect("GET", "/api/v1/resumes/"+up.ID, nil, 200).body, &one)
		if !one.Primary {
			t.Fatal("the remaining resume must become primary")
		}
	})
}

// A small DOCX that unpacks far past the limits is refused as such, not as a file over 10 MB.
func TestResumeZipBomb(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("[Content_Types].xml")
	w.Write([]byte(`<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`))
	w, _ = zw.Create("word/document.xml")
	w.Write(bytes.Repeat([]byte{'a'}, 40<<20))
	zw.Close()
	h := newHarness(t, store.SQLite)
	c := h.registerBrowser("bomb@example.com")
	r := c.raw("POST", "/api/v1/resumes?filename=cv.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buf.Bytes())
	var p struct{ Title, Detail string }
	json.Unmarshal(r.body, &p)
	if r.status != 422 || p.Title != "Resume cannot be unpacked safely" || strings.Contains(p.Detail, "10 MB") {
		t.Fatalf("%d %s", r.status, r.body)
	}
	if r := c.expect("GET", "/api/v1/resumes", nil, 200); !strings.Contains(string(r.body), `"resumes":[]`) {
		t.Errorf("something was saved: %s", r.body)
	}
}
