package resume

import (
	"context"
	"errors"
	"testing"
	"time"
)

// FuzzExtract checks that no input makes Extract panic, and that every failure
// is one of the package's sentinel errors or a wrapped read error.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(sampleText), "cv.txt")
	f.Add([]byte("# Ana\n## Skills\n* Go\n"), "cv.md")
	f.Add([]byte(`{"basics":{"name":"A","summary":"Builds Go services and databases for payment companies."},"work":[{"name":"X","startDate":"2019-01"}]}`), "r.json")
	f.Add([]byte(`{"personalInfo":{"name":"B"},"workExperience":[{"title":"Dev","years":"Jan 2020 - Present"}]}`), "m.json")
	f.Add(buildPDF("BT /F1 10 Tf 72 700 Td [(Senior)-300(Gopher)] TJ ET", widthsFont()), "a.pdf")
	f.Add([]byte("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"), "b.pdf")
	f.Add(docx(f, para("Jane Roe")+`<w:tbl><w:tr><w:tc>`+para("Go")+`</w:tc></w:tr></w:tbl>`), "c.docx")
	f.Add([]byte("\x89PNG\r\n\x1a\n"), "d.png")
	f.Fuzz(func(t *testing.T, body []byte, name string) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		doc, err := Extract(ctx, body, name, WithNow(fixedNow))
		if err != nil {
			return
		}
		if doc.Format == "" || len(doc.Lines) == 0 {
			t.Fatalf("success without content: %+v", doc)
		}
		for _, j := range doc.Experience {
			if j.LineStart >= len(doc.Lines) {
				t.Fatalf("LineStart %d beyond %d lines", j.LineStart, len(doc.Lines))
			}
		}
		if doc.YearsExperience < 0 || errors.Is(err, ErrEmpty) {
			t.Fatalf("bad result %+v", doc)
		}
	})
}
