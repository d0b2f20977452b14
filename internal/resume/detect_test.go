package resume

import (
	"errors"
	"testing"
)

func TestDetect(t *testing.T) {
	okDocx := docx(t, para("hello"))
	cases := []struct {
		name     string
		body     []byte
		filename string
		want     Format
		wantErr  error
	}{
		{"pdf by magic, misleading name", []byte("%PDF-1.7\n..."), "resume.txt", FormatPDF, nil},
		{"docx by parts, no name", okDocx, "", FormatDOCX, nil},
		{"zip without word parts", zipFiles(t, "a.txt", "hello"), "resume.docx", "", ErrUnsupported},
		{"xlsx-like zip", zipFiles(t, "[Content_Types].xml", contentTypes, "xl/workbook.xml", "<x/>"), "cv.docx", "", ErrUnsupported},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "resume.pdf", "", ErrUnsupported},
		{"jpeg", []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00"), "resume.txt", "", ErrUnsupported},
		{"windows exe", []byte("MZ\x90\x00\x03\x00\x00\x00"), "resume.txt", "", ErrUnsupported},
		{"legacy doc", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00"), "resume.doc", "", ErrUnsupported},
		{"json resume basics", []byte(`{"basics":{"name":"A"}}`), "", FormatJSONResume, nil},
		{"json resume work only", []byte(` {"work":[{"name":"X"}]}`), "r.json", FormatJSONResume, nil},
		{"other json", []byte(`{"title":"Web Developer","type":"Full-time"}`), "job.json", "", ErrUnsupported},
		{"markdown by headings", []byte("# Jane Roe\n\n## Experience\n* Go\n"), "", FormatMarkdown, nil},
		{"text beats markdown-ish content by name", []byte("# Jane Roe\n## Experience\n"), "cv.txt", FormatText, nil},
		{"markdown by name", []byte("Jane Roe\nExperience\n"), "cv.md", FormatMarkdown, nil},
		{"plain text", []byte("Jane Roe\nEXPERIENCE\n- Go\n"), "", FormatText, nil},
		{"latin-1 text", []byte("Ren\xe9 Dupont, d\xe9veloppeur"), "cv.txt", "", ErrUnsupported},
		{"nul bytes", []byte("Jane\x00Roe"), "cv.txt", "", ErrUnsupported},
	}
	for _, c := range cases {
		got, err := Detect(c.body, c.filename)
		if c.wantErr != nil {
			if !errors.Is(err, c.wantErr) {
				t.Errorf("%s: err = %v, want %v", c.name, err, c.wantErr)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("%s: got %q, %v; want %q", c.name, got, err, c.want)
		}
	}
}

func TestDetectMessagesNameTheKind(t *testing.T) {
	_, err := Detect([]byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), "cv.doc")
	if err == nil || !contains(err.Error(), "legacy Word .doc") {
		t.Fatalf("err = %v", err)
	}
	_, err = Detect([]byte("\x89PNG\r\n\x1a\n"), "cv.png")
	if err == nil || !contains(err.Error(), "PNG image") {
		t.Fatalf("err = %v", err)
	}
}

func contains(s, sub string) bool { return len(sub) == 0 || indexOf(s, sub) >= 0 }

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
