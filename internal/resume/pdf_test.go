package resume

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestPDFSpacesFromGaps(t *testing.T) {
	// pdfTeX style: no space characters; words are separated by TJ offsets.
	// At 10pt a -300 offset moves 3pt (a word gap), -20 is kerning.
	content := "BT /F1 10 Tf 72 700 Td [(Senior)-300(Go)-20(pher)-300(at)-300(Acme)] TJ ET\n" +
		"BT /F1 10 Tf 72 686 Td [(devel-)] TJ ET\n" +
		"BT /F1 10 Tf 72 672 Td [(opment of tools)] TJ ET\n" +
		"BT /F1 10 Tf 72 658 Td (Engineer) Tj 300 0 Td (2019 - 2021) Tj ET"
	lines, err := extractPDF(context.Background(), buildPDF(content, widthsFont()))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(lines, "\n")
	want := "Senior Gopher at Acme\ndevel-\nopment of tools\nEngineer\t2019 - 2021"
	if got != want {
		t.Fatalf("lines:\n%q\nwant\n%q", got, want)
	}
	clean := cleanLines(lines, true)
	if clean[1] != "development" || clean[2] != "of tools" {
		t.Fatalf("hyphenation not mended: %q", clean)
	}
}

func TestPDFLinesOrderedByPosition(t *testing.T) {
	// Drawn bottom line first and right half before left half.
	content := "BT /F1 10 Tf 72 600 Td (second) Tj ET\n" +
		"BT /F1 10 Tf 102 700 Td (half) Tj ET\n" +
		"BT /F1 10 Tf 72 700 Td (left) Tj ET"
	lines, err := extractPDF(context.Background(), buildPDF(content, widthsFont()))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(lines, "|") != "left half|second" {
		t.Fatalf("got %q", lines)
	}
}

func TestPDFWordSpacingOperator(t *testing.T) {
	// Tw widens real spaces; they must stay single spaces.
	content := "BT /F1 10 Tf 4 Tw 72 700 Td (full-stack developer) Tj ET"
	lines, err := extractPDF(context.Background(), buildPDF(content, widthsFont()))
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 1 || lines[0] != "full-stack developer" {
		t.Fatalf("got %q", lines)
	}
}

func TestPDFImageOnlyIsEmpty(t *testing.T) {
	// A scan: one image XObject painted, no text operators.
	img := "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream"
	content := "q 612 0 0 792 0 0 cm /Im1 Do Q"
	body := buildPDFWithResources(content, "<< /XObject << /Im1 5 0 R >> >>", img)
	_, err := Extract(context.Background(), body, "scan.pdf")
	if !errors.Is(err, ErrEmpty) {
		t.Fatalf("err = %v, want ErrEmpty", err)
	}
	if !strings.Contains(err.Error(), "if it is a scan") {
		t.Fatalf("message does not guide the user: %v", err)
	}
}

func TestPDFMalformedIsErrorNotPanic(t *testing.T) {
	bodies := [][]byte{
		[]byte("%PDF-1.4\nthis is not a pdf at all"),
		[]byte("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\nxref\n0 1\nzzzz\ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF"),
		buildPDF("BT /F1 10 Tf 1 2 3 Tm (x) Tj ET [ ( ) ] TJ Q Q Q cm", widthsFont()),
	}
	for i, b := range bodies {
		_, err := Extract(context.Background(), b, "x.pdf")
		if err == nil {
			t.Errorf("body %d: no error", i)
		}
	}
}
