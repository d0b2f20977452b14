package resume

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Limits that make a zip bomb fail fast instead of filling memory.
const (
	docxMaxEntries    = 1000
	docxMaxTotal      = 50 << 20 // declared uncompressed size of all entries
	docxMaxPart       = 20 << 20 // one XML part actually read
	docxMaxRatio      = 200      // uncompressed / compressed, checked past docxRatioFloor
	docxRatioFloor    = 1 << 20
	docxMaxParagraphs = 100_000
)

// extractDOCX reads the body text of a Word document, headers first.
func extractDOCX(ctx context.Context, body []byte) ([]string, error) {
	zr, err := zip.NewReader(bytes.NewReader(body), int64(len(body)))
	if err != nil {
		return nil, fmt.Errorf("resume: open docx: %w: %w", err, ErrDamaged)
	}
	if len(zr.File) > docxMaxEntries {
		return nil, fmt.Errorf("resume: docx has %d entries: %w", len(zr.File), ErrExpands)
	}
	var total uint64
	var doc *zip.File
	var headers []*zip.File
	for _, f := range zr.File {
		total += f.UncompressedSize64
		if total > docxMaxTotal {
			return nil, fmt.Errorf("resume: docx expands past %d bytes: %w", docxMaxTotal, ErrExpands)
		}
		switch {
		case f.Name == "word/document.xml":
			doc = f
		case strings.HasPrefix(f.Name, "word/header") && strings.HasSuffix(f.Name, ".xml"):
			headers = append(headers, f)
		}
	}
	if doc == nil {
		return nil, fmt.Errorf("resume: docx has no word/document.xml: %w", ErrUnsupported)
	}
	sort.Slice(headers, func(i, j int) bool { return headers[i].Name < headers[j].Name })
	var lines []string
	seen := map[string]bool{}
	for _, f := range append(headers, doc) {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("resume: read docx: %w", err)
		}
		data, err := readZipPart(f)
		if err != nil {
			return nil, err
		}
		part, err := wordLines(data)
		if err != nil {
			return nil, fmt.Errorf("resume: read docx %s: %w", f.Name, err)
		}
		if f != doc {
			// The same header is often repeated for first/even/odd pages.
			key := strings.Join(part, "\n")
			if seen[key] {
				continue
			}
			seen[key] = true
		}
		lines = append(lines, part...)
	}
	return lines, nil
}

// readZipPart inflates one entry with hard caps on size and compression ratio.
func readZipPart(f *zip.File) ([]byte, error) {
	if f.UncompressedSize64 > docxMaxPart {
		return nil, fmt.Errorf("resume: docx part %s is %d bytes: %w", f.Name, f.UncompressedSize64, ErrExpands)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("resume: open docx part %s: %w", f.Name, err)
	}
	defer rc.Close()
	var buf bytes.Buffer
	chunk := make([]byte, 64<<10)
	for {
		n, err := rc.Read(chunk)
		buf.Write(chunk[:n])
		if buf.Len() > docxMaxPart {
			return nil, fmt.Errorf("resume: docx part %s inflates past %d bytes: %w", f.Name, docxMaxPart, ErrExpands)
		}
		if buf.Len() > docxRatioFloor && uint64(buf.Len()) > docxMaxRatio*(f.CompressedSize64+1) {
			return nil, fmt.Errorf("resume: docx part %s has a compression ratio over %d: %w", f.Name, docxMaxRatio, ErrExpands)
		}
		if errors.Is(err, io.EOF) {
			return buf.Bytes(), nil
		}
		if err != nil {
			return nil, fmt.Errorf("resume: inflate docx part %s: %w", f.Name, err)
		}
	}
}
