package resume

import (
	"context"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/testutil"
)

// A PDF or DOCX cut short or damaged is refused as damaged, never as an internal error.
func TestExtractDamagedFiles(t *testing.T) {
	pdf, err := os.ReadFile(testutil.SharedFile(t, "resumes/resumematcher-john_doe.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	docx, err := os.ReadFile(testutil.SharedFile(t, "resumes/jobfinder-jordandoe-resume.docx"))
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][]byte{
		"pdf-1k.pdf":     pdf[:1024],
		"pdf-half.pdf":   pdf[:len(pdf)/2],
		"pdf-garbage":    []byte("%PDF-1.4 garbage %%EOF"),
		"docx-half.docx": docx[:len(docx)/2],
	}
	for name, body := range cases {
		_, err := Extract(context.Background(), body, name)
		if !errors.Is(err, ErrDamaged) {
			t.Errorf("%s: err = %v, want ErrDamaged", name, err)
		}
	}
}

// An empty file and a file of one word get their own reasons, not the hint about scans.
func TestExtractEmptyAndTooShort(t *testing.T) {
	if _, err := Extract(context.Background(), nil, "cv.txt"); !errors.Is(err, ErrEmptyFile) {
		t.Errorf("empty: %v, want ErrEmptyFile", err)
	}
	_, err := Extract(context.Background(), []byte("Hello"), "cv.txt")
	if !errors.Is(err, ErrEmpty) || !strings.Contains(err.Error(), "too little text") {
		t.Errorf("one word: %v", err)
	}
}
