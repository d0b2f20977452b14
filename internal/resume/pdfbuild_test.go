package resume

import (
	"bytes"
	"fmt"
	"strings"
)

// buildPDF writes a one-page PDF around a content stream, with correct xref
// offsets. fontDict is the /F1 font dictionary body; "" means no font.
func buildPDF(content, fontDict string, extraObjs ...string) []byte {
	res := "<< >>"
	if fontDict != "" {
		res = "<< /Font << /F1 5 0 R >> >>"
	}
	return buildPDFObjects(content, res, fontDict, extraObjs...)
}

// buildPDFWithResources is buildPDF with a caller-written resource dictionary
// and objects numbered from 5.
func buildPDFWithResources(content, res string, objs ...string) []byte {
	return buildPDFObjects(content, res, "", objs...)
}

func buildPDFObjects(content, res, fontDict string, extraObjs ...string) []byte {
	objs := []string{
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
	}
	objs = append(objs,
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "+res+" /Contents 4 0 R >>",
		fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(content)+1, content),
	)
	if fontDict != "" {
		objs = append(objs, fontDict)
	}
	objs = append(objs, extraObjs...)
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

// widthsFont is a simple Type1 font whose every code 32..126 is 500 units wide,
// so tests know exactly where each glyph lands.
func widthsFont() string {
	w := strings.TrimSpace(strings.Repeat("500 ", 95))
	return "<< /Type /Font /Subtype /Type1 /BaseFont /Test /FirstChar 32 /LastChar 126 /Widths [" + w + "] /Encoding /WinAnsiEncoding >>"
}
