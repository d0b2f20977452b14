// Package resume turns an uploaded resume file (PDF, DOCX, JSON Resume,
// Markdown or plain text) into clean text lines and parsed sections.
package resume

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// MaxInputSize is the largest upload Extract accepts, in bytes.
const MaxInputSize = 10 << 20

// minMeaningful is how many letters and digits a readable resume must have at least.
const minMeaningful = 50

// Sentinel errors callers can match with errors.Is.
var (
	// ErrUnsupported means the content is not a resume format we read.
	ErrUnsupported = errors.New("unsupported file type: upload a PDF, DOCX, JSON Resume, Markdown or plain-text resume")
	// ErrTooLarge means the uploaded file itself is over the size limit.
	ErrTooLarge = errors.New("file too large")
	// ErrExpands means a small file unpacks past a limit (a zip bomb, or too many parts).
	ErrExpands = errors.New("file unpacks past the limits")
	// ErrDamaged means a PDF or DOCX is damaged or cut short.
	ErrDamaged = errors.New("the file is damaged or cut short: open it and save or export it again")
	// ErrEmptyFile means the upload has no bytes at all.
	ErrEmptyFile = errors.New("the file is empty")
	// ErrTooShort means a text resume has too few words to be one; it also matches ErrEmpty.
	ErrTooShort = errors.New("there is too little text in this file to be a resume")
	// ErrEmpty means no usable text could be read from the file.
	ErrEmpty = errors.New("no text could be read from this file; if it is a scan, export a text PDF or upload DOCX/TXT")
)

// Format names a resume file kind recognised by content.
type Format string

// The formats Detect recognises.
const (
	FormatPDF        Format = "pdf"
	FormatDOCX       Format = "docx"
	FormatJSONResume Format = "jsonresume"
	FormatMarkdown   Format = "markdown"
	FormatText       Format = "text"
)

// Document is one resume: its clean text, lines and the sections parsed from them.
type Document struct {
	Format Format
	// Text is Lines joined with newlines.
	Text string
	// Lines are the clean text lines; Job.LineStart and evidence offsets index into it (0-based).
	Lines           []string
	Contact         Contact
	Summary         string
	Experience      []Job
	Education       []School
	Skills          []string
	Projects        []string
	Certifications  []string
	YearsExperience float64
	// MonthsExperience is the union of job date ranges in whole months.
	MonthsExperience int
}

// Contact is how to reach the candidate.
type Contact struct {
	Name     string
	Email    string
	Phone    string
	Location string
	Links    []string
}

// Job is one position under the experience heading.
type Job struct {
	Title    string
	Company  string
	Location string
	// Start and End are "YYYY-MM", or "YYYY" when the resume gives only a year; End is empty when Current.
	Start   string
	End     string
	Current bool
	Bullets []string
	// LineStart is the index in Document.Lines of the job's first header line, or -1 when not from lines.
	LineStart int
}

// School is one education entry.
type School struct {
	Institution string
	Degree      string
	Field       string
	// Start and End use the same "YYYY-MM" / "YYYY" form as Job.
	Start string
	End   string
}

// Option tunes Extract.
type Option func(*options)

type options struct {
	now time.Time
}

// WithNow sets the moment "Present" / "Current" stands for, so results are deterministic.
func WithNow(t time.Time) Option {
	return func(o *options) { o.now = t }
}

// Extract reads a resume file, detecting its format by content, and parses its sections.
func Extract(ctx context.Context, body []byte, filename string, opts ...Option) (Document, error) {
	o := options{now: time.Now()}
	for _, opt := range opts {
		opt(&o)
	}
	if len(body) > MaxInputSize {
		return Document{}, fmt.Errorf("resume: %d bytes is over the %d byte limit: %w", len(body), MaxInputSize, ErrTooLarge)
	}
	if err := ctx.Err(); err != nil {
		return Document{}, fmt.Errorf("resume: %w", err)
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return Document{}, fmt.Errorf("resume: %w", ErrEmptyFile)
	}
	format, err := Detect(body, filename)
	if err != nil {
		return Document{}, err
	}
	var (
		lines  []string
		direct *Document
	)
	switch format {
	case FormatPDF:
		lines, err = extractPDF(ctx, body)
	case FormatDOCX:
		lines, err = extractDOCX(ctx, body)
	case FormatJSONResume:
		direct, lines, err = extractJSON(body)
	case FormatMarkdown:
		lines = markdownLines(string(body))
	default:
		lines = textLines(string(body))
	}
	if err != nil {
		return Document{}, err
	}
	lines = cleanLines(lines, format == FormatPDF)
	if meaningful(lines) < minMeaningful {
		if format == FormatPDF || format == FormatDOCX {
			return Document{}, fmt.Errorf("resume: %s: %w", format, ErrEmpty)
		}
		return Document{}, fmt.Errorf("resume: %s: %w: %w", format, ErrTooShort, ErrEmpty)
	}
	doc := parseSections(lines, o.now)
	doc.Format = format
	if direct != nil {
		mergeDirect(&doc, direct)
	}
	doc.MonthsExperience = experienceMonths(doc.Experience, o.now)
	doc.YearsExperience = float64(doc.MonthsExperience) / 12
	return doc, nil
}

// meaningful counts letters and digits.
func meaningful(lines []string) int {
	n := 0
	for _, l := range lines {
		for _, r := range l {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				n++
			}
		}
	}
	return n
}

// textLines splits plain text into lines, normalising line endings.
func textLines(s string) []string {
	s = strings.TrimPrefix(s, "\ufeff")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Split(s, "\n")
}
