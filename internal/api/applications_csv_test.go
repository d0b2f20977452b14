package api_test

import (
	"bytes"
	"encoding/base64"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/application"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

func readCSV(t *testing.T, b []byte) []map[string]string {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	if err != nil {
		t.Fatalf("export is not CSV: %v\n%s", err, b)
	}
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = r[i]
		}
		out = append(out, m)
	}
	return out
}

func TestCSVExportImportRoundTrip(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		now := time.Date(2026, 4, 1, 10, 0, 0, 0, time.UTC)
		h.apps.SetClock(func() time.Time { return now })
		a := h.registerBrowser("csv-a@example.com")
		id := a.expect("POST", "/api/v1/applications", map[string]any{"company": "Acme, Inc.", "title": "Backend \"Go\" Engineer", "url": "https://jobs.example.com/1",
			"location": "Berlin; remote", "salary": "€70k–€90k", "tags": []string{"go", "dream job"}, "priority": 3, "excitement": 5,
			"expected_salary": "85000", "found_via": "=HYPERLINK(\"https://evil.example\")", "referral": "Priya", "stage": "saved", "posting_id": "gh:42"}, 201).json(t)["id"].(string)
		now = now.Add(48 * time.Hour)
		a.expect("POST", "/api/v1/applications/"+id+"/stage", map[string]any{"stage": "applied"}, 200)
		now = now.Add(72 * time.Hour)
		a.expect("POST", "/api/v1/applications/"+id+"/stage", map[string]any{"stage": "interviewing"}, 200)
		a.expect("POST", "/api/v1/applications/"+id+"/notes", map[string]any{"body": "First call went well.\nThey use Go and Postgres."}, 201)
		now = now.Add(time.Minute)
		a.expect("POST", "/api/v1/applications/"+id+"/notes", map[string]any{"body": "=SUM(A1) is not a formula here"}, 201)
		a.expect("POST", "/api/v1/applications", map[string]any{"company": "Globex", "title": "SRE"}, 201)

		r := a.expect("GET", "/api/v1/applications/export.csv", nil, 200)
		if r.header.Get("Content-Type") != "text/csv; charset=utf-8" || !strings.Contains(r.header.Get("Content-Disposition"), "applications.csv") {
			t.Fatalf("headers %v", r.header)
		}
		if first, _, _ := strings.Cut(string(r.body), "\n"); first != strings.Join(application.CSVColumns, ",") {
			t.Fatalf("header row %q", first)
		}
		rows := readCSV(t, r.body)
		if len(rows) != 2 {
			t.Fatalf("%d rows", len(rows))
		}
		x := rows[0]
		if x["company"] != "Acme, Inc." || x["stage"] != "interviewing" || x["tags"] != "go; dream job" || x["date_applied"] != "2026-04-03T10:00:00Z" ||
			x["stage_interviewing"] != "2026-04-06T10:00:00Z" || x["first_response_at"] != "2026-04-06T10:00:00Z" || x["stage_saved"] != "2026-04-01T10:00:00Z" ||
			x["notes"] != "First call went well.\nThey use Go and Postgres."+application.NoteSeparator+"=SUM(A1) is not a formula here" || x["priority"] != "3" ||
			x["found_via"] != `'=HYPERLINK("https://evil.example")` {
			t.Fatalf("exported row %v", x)
		}

		// Into another account, and out again: everything but ids and row times is the same.
		b := h.registerBrowser("csv-b@example.com")
		prev := b.raw("POST", "/api/v1/applications/import?dry_run=true", "text/csv", r.body)
		var p application.ImportPreview
		if err := json.Unmarshal(prev.body, &p); err != nil || prev.status != 200 || p.Rows != 2 || p.Valid != 2 || len(p.Errors) != 0 || len(p.Columns) != len(application.CSVColumns) {
			t.Fatalf("preview %d %s", prev.status, prev.body)
		}
		if n := len(list(t, b.expect("GET", "/api/v1/applications", nil, 200), "applications")); n != 0 {
			t.Fatalf("a dry run imported %d", n)
		}
		if res := b.raw("POST", "/api/v1/applications/import", "text/csv", r.body); res.status != 201 || !strings.Contains(string(res.body), `"imported":2`) {
			t.Fatalf("import %d %s", res.status, res.body)
		}
		again := readCSV(t, b.expect("GET", "/api/v1/applications/export.csv", nil, 200).body)
		for i := range rows {
			for _, c := range application.CSVColumns {
				if c == "id" || c == "created_at" || c == "updated_at" {
					continue
				}
				if rows[i][c] != again[i][c] {
					t.Errorf("row %d column %s: %q became %q", i, c, rows[i][c], again[i][c])
				}
			}
		}
		imported := list(t, b.expect("GET", "/api/v1/applications?stage=interviewing", nil, 200), "applications")[0]
		ev := list(t, b.expect("GET", "/api/v1/applications/"+imported["id"].(string)+"/events", nil, 200), "events")
		if imported["found_via"] != `=HYPERLINK("https://evil.example")` {
			t.Fatalf("the formula guard must come off on import: %v", imported["found_via"])
		}
		if len(ev) != 3 || ev[0]["origin"] != "import" || ev[0]["to_stage"] != "interviewing" || ev[1]["kind"] != "note_added" {
			t.Fatalf("imported timeline %v", ev)
		}
	})
}

func TestCSVImportOfSpreadsheetsAndRejection(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		b := h.registerBrowser("sheet@example.com")
		b.expect("PATCH", "/api/v1/preferences", map[string]any{"timezone": "America/Los_Angeles"}, 200)
		sheet := "\ufeffCompany Name,Position,Status,Date Applied,Job Link,Notes,Salary,Location,Contact Person\r\n" +
			"Initech,QA Engineer,Phone Screen,03/14/2026,https://initech.example.com/jobs/7,\"Called twice, no answer\",$120k,Austin TX,Bill\r\n" +
			"Hooli,PM,Wishlist,,,,,,\r\n" +
			",,,,,,,,\r\n" +
			"Pied Piper,Engineer,No response,2026-02-01,,,,,\r\n"
		r := b.raw("POST", "/api/v1/applications/import?dry_run=1", "text/csv", []byte(sheet))
		var p application.ImportPreview
		_ = json.Unmarshal(r.body, &p)
		if r.status != 200 || p.Rows != 3 || p.Valid != 3 {
			t.Fatalf("preview %d %s", r.status, r.body)
		}
		mapping := map[string]string{}
		for _, c := range p.Columns {
			mapping[c.Column] = c.Field
		}
		if mapping["Company Name"] != "company" || mapping["Position"] != "title" || mapping["Status"] != "stage" || mapping["Date Applied"] != "date_applied" ||
			mapping["Job Link"] != "url" || mapping["Contact Person"] != "" {
			t.Fatalf("mapping %v", mapping)
		}
		if p.Sample[0].Stage != "screening" || p.Sample[1].Stage != "saved" || p.Sample[2].Stage != "ghosted" ||
			p.Sample[0].AppliedAt.Format(time.RFC3339) != "2026-03-14T07:00:00Z" { // midnight in Los Angeles (PDT since 03-08)
			t.Fatalf("sample %+v %v", p.Sample, p.Sample[0].AppliedAt)
		}
		ctype, body := multipartBody(t, nil, "sheet.csv", []byte(sheet))
		if res := b.raw("POST", "/api/v1/applications/import", ctype, body); res.status != 201 {
			t.Fatalf("multipart import %d %s", res.status, res.body)
		}
		apps := list(t, b.expect("GET", "/api/v1/applications?sort=company", nil, 200), "applications")
		if len(apps) != 3 || apps[1]["company"] != "Initech" || apps[1]["salary"] != "$120k" || apps[1]["location"] != "Austin TX" {
			t.Fatalf("imported %v", apps)
		}
		notes := list(t, b.expect("GET", "/api/v1/applications/"+apps[1]["id"].(string)+"/notes", nil, 200), "notes")
		if len(notes) != 1 || notes[0]["body"] != "Called twice, no answer" {
			t.Fatalf("notes %v", notes)
		}

		// One bad row rejects the whole file, with an error per row and column, and nothing is imported.
		bad := "company,title,status,date applied,url\nA,One,applied,2026-01-05,\n,Two,applied,,\nC,Three,maybe,31/31/2026,ftp://x\n"
		res := b.raw("POST", "/api/v1/applications/import", "text/csv", []byte(bad))
		if res.status != 422 || res.header.Get("Content-Type") != "application/problem+json" {
			t.Fatalf("bad file %d %s", res.status, res.body)
		}
		var prob struct {
			Preview application.ImportPreview `json:"preview"`
		}
		_ = json.Unmarshal(res.body, &prob)
		var got []string
		for _, e := range prob.Preview.Errors {
			got = append(got, strings.Join([]string{string(rune('0' + e.Row)), e.Column}, ":"))
		}
		if strings.Join(got, " ") != "3:company 4:date applied 4:status 4:url" {
			t.Fatalf("row errors %v (%s)", got, res.body)
		}
		if n := len(list(t, b.expect("GET", "/api/v1/applications", nil, 200), "applications")); n != 3 {
			t.Fatalf("a rejected file changed the count to %d", n)
		}
		if r := b.raw("POST", "/api/v1/applications/import", "text/csv", []byte("name,when\nx,y\n")); r.status != 422 {
			t.Fatalf("file without company/title: %d", r.status)
		}
		if r := b.raw("POST", "/api/v1/applications/import", "application/pdf", []byte("%PDF")); r.status != 415 {
			t.Fatalf("pdf: %d", r.status)
		}
	})
}

func TestDocumentsUploadLinkAndCap(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		h := newHarness(t, d)
		b := h.registerBrowser("docs@example.com")
		id := b.expect("POST", "/api/v1/applications", map[string]any{"company": "Acme", "title": "Dev"}, 201).json(t)["id"].(string)
		base := "/api/v1/applications/" + id + "/documents"
		pdf := []byte("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n")
		ctype, body := multipartBody(t, map[string]string{"kind": "resume"}, "cv-v3.pdf", pdf)
		up := b.raw("POST", base, ctype, body)
		if up.status != 201 {
			t.Fatalf("upload %d %s", up.status, up.body)
		}
		doc := up.json(t)
		if doc["name"] != "cv-v3.pdf" || doc["size"] != float64(len(pdf)) || doc["content_type"] != "application/pdf" || doc["kind"] != "resume" {
			t.Fatalf("uploaded %v", doc)
		}
		got := b.expect("GET", base+"/"+doc["id"].(string)+"/content", nil, 200)
		if !bytes.Equal(got.body, pdf) || got.header.Get("X-Content-Type-Options") != "nosniff" || !strings.HasPrefix(got.header.Get("Content-Disposition"), "attachment") {
			t.Fatalf("download %q %v", got.body, got.header)
		}
		html := []byte("<html><script>alert(1)</script></html>")
		ctype, body = multipartBody(t, map[string]string{"kind": "cover_letter", "name": "letter.html"}, "x.html", html)
		if d := b.raw("POST", base, ctype, body).json(t); d["content_type"] != "application/octet-stream" {
			t.Fatalf("html served back as %v", d["content_type"])
		}
		link := b.expect("POST", base, map[string]any{"kind": "cover_letter", "name": "Letter (Google Docs)", "url": "https://docs.example.com/d/1"}, 201).json(t)
		if r := b.raw("GET", base+"/"+link["id"].(string)+"/content", "", nil); r.status != 302 || r.header.Get("Location") != "https://docs.example.com/d/1" {
			t.Fatalf("link content %d %v", r.status, r.header)
		}
		ctype, body = multipartBody(t, nil, "big.bin", make([]byte, application.MaxDocumentSize+1))
		if r := b.raw("POST", base, ctype, body); r.status != 413 {
			t.Fatalf("over the cap: %d %s", r.status, r.body)
		}
		if n := len(list(t, b.expect("GET", base, nil, 200), "documents")); n != 3 {
			t.Fatalf("%d documents", n)
		}
		// The account export section (wired in serve.go) holds the document's bytes and the timeline.
		uid := b.expect("GET", "/api/v1/auth/me", nil, 200).json(t)["id"].(string)
		exported, err := h.apps.Export(t.Context(), uid)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := json.Marshal(exported)
		var ex struct {
			Applications []struct {
				Company   string `json:"company"`
				Events    []any  `json:"events"`
				Documents []struct {
					Content string `json:"content"`
				} `json:"documents"`
			} `json:"applications"`
		}
		hasPDF := false
		if err := json.Unmarshal(raw, &ex); err == nil && len(ex.Applications) == 1 {
			for _, d := range ex.Applications[0].Documents {
				hasPDF = hasPDF || d.Content == base64.StdEncoding.EncodeToString(pdf)
			}
		}
		if !hasPDF || ex.Applications[0].Company != "Acme" || len(ex.Applications[0].Events) != 4 {
			t.Fatalf("account export %s", raw)
		}
		b.expect("DELETE", base+"/"+doc["id"].(string), nil, 204)
		ev := list(t, b.expect("GET", "/api/v1/applications/"+id+"/events", nil, 200), "events")
		if last := ev[len(ev)-1]; last["kind"] != "document_removed" || last["detail"] != "resume: cv-v3.pdf" {
			t.Fatalf("last event %v", last)
		}
	})
}
