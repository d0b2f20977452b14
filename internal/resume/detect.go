package resume

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"fmt"
	"path"
	"strings"
	"unicode/utf8"
)

// Detect names a file's format from its content; the filename only breaks ties between text kinds.
func Detect(body []byte, filename string) (Format, error) {
	head := body
	if len(head) > 1024 {
		head = head[:1024]
	}
	switch {
	case bytes.Contains(head, []byte("%PDF-")):
		return FormatPDF, nil
	case bytes.HasPrefix(body, []byte("PK\x03\x04")):
		ok, err := isDOCX(body)
		if err != nil {
			return "", fmt.Errorf("resume: a zip archive that cannot be opened (%v): %w", err, ErrDamaged)
		}
		if ok {
			return FormatDOCX, nil
		}
		return "", fmt.Errorf("resume: a zip archive that is not a Word document: %w", ErrUnsupported)
	}
	if kind := binaryKind(body); kind != "" {
		return "", fmt.Errorf("resume: %s content: %w", kind, ErrUnsupported)
	}
	text := bytes.TrimPrefix(body, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(text) {
		return "", fmt.Errorf("resume: text is not valid UTF-8 (save it as UTF-8): %w", ErrUnsupported)
	}
	if bytes.IndexByte(text, 0) >= 0 {
		return "", fmt.Errorf("resume: binary content: %w", ErrUnsupported)
	}
	trimmed := bytes.TrimSpace(text)
	if len(trimmed) > 0 && trimmed[0] == '{' {
		var obj map[string]json.RawMessage
		if json.Unmarshal(trimmed, &obj) == nil {
			if isResumeJSON(obj) {
				return FormatJSONResume, nil
			}
			return "", fmt.Errorf("resume: a JSON document that is not a JSON Resume (no \"basics\" or \"work\"): %w", ErrUnsupported)
		}
	}
	ext := strings.ToLower(path.Ext(filename))
	switch ext {
	case ".md", ".markdown":
		return FormatMarkdown, nil
	case ".txt", ".text":
		return FormatText, nil
	}
	if looksMarkdown(string(text)) {
		return FormatMarkdown, nil
	}
	return FormatText, nil
}

// isResumeJSON accepts JSON Resume ("basics"/"work") and the Resume-Matcher
// shape ("personalInfo"/"workExperience"), which users export from that tool.
func isResumeJSON(obj map[string]json.RawMessage) bool {
	for _, k := range []string{"basics", "work", "personalInfo", "workExperience"} {
		if v, ok := obj[k]; ok && len(bytes.TrimSpace(v)) > 0 && string(bytes.TrimSpace(v)) != "null" {
			return true
		}
	}
	return false
}

// binaryKind names well-known non-resume binaries by their magic bytes.
func binaryKind(b []byte) string {
	magics := []struct {
		prefix, kind string
	}{
		{"\x89PNG\r\n\x1a\n", "PNG image"},
		{"\xff\xd8\xff", "JPEG image"},
		{"GIF87a", "GIF image"},
		{"GIF89a", "GIF image"},
		{"II*\x00", "TIFF image"},
		{"MM\x00*", "TIFF image"},
		{"BM", ""},
		{"MZ", "Windows executable"},
		{"\x7fELF", "ELF executable"},
		{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Word .doc (save it as DOCX or PDF)"},
		{"{\\rtf", "RTF document (save it as DOCX or PDF)"},
		{"\x1f\x8b", "gzip archive"},
		{"Rar!", "RAR archive"},
		{"7z\xbc\xaf\x27\x1c", "7-Zip archive"},
	}
	for _, m := range magics {
		if m.kind != "" && bytes.HasPrefix(b, []byte(m.prefix)) {
			return m.kind
		}
	}
	if len(b) >= 12 && string(b[0:4]) == "RIFF" && string(b[8:12]) == "WEBP" {
		return "WebP image"
	}
	if len(b) >= 12 && string(b[4:8]) == "ftyp" {
		return "HEIC/MP4 media"
	}
	return ""
}

// isDOCX checks the zip directory for the two parts every Word document has.
func isDOCX(body []byte) (bool, error) {
	zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		return false, err
	}
	var doc, types bool
	for _, f := range zr.File {
		switch f.Name {
		case "word/document.xml":
			doc = true
		case "[Content_Types].xml":
			types = true
		}
	}
	return doc && types, nil
}

// looksMarkdown spots ATX headings, list markers or emphasis on line starts.
func looksMarkdown(s string) bool {
	hits := 0
	for _, l := range strings.Split(s, "\n") {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "# "), strings.HasPrefix(t, "## "), strings.HasPrefix(t, "### "):
			hits += 2
		case strings.HasPrefix(t, "* "), strings.HasPrefix(t, "+ "):
			hits++
		case strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") && len(t) > 4:
			hits++
		}
	}
	return hits >= 2
}
