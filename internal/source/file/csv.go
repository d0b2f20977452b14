package file

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/career-copilot/copilot/internal/charset"
	"github.com/career-copilot/copilot/internal/posting"
)

var (
	errNoTitle        = errors.New("file: title is empty")
	errNegativeSalary = errors.New("file: salary must not be negative")
)

// ParseCSV reads our CSV format (see the package comment for the header). It
// fails only when the header cannot be read or has no title column.
func ParseCSV(r io.Reader) (Result, error) {
	br := bufio.NewReader(r)
	if head, _ := br.Peek(len(bom)); bytes.Equal(head, bom) {
		_, _ = br.Discard(len(bom)) // else a quoted first header cell is read with the mark and its quotes
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.TrimLeadingSpace = true
	head, err := cr.Read()
	if err != nil {
		return Result{}, fmt.Errorf("file: read CSV header: %w", err)
	}
	fromCodePage(head)
	var res Result
	cols := make([]string, len(head))
	seen := map[string]bool{}
	var unknown []string
	for i, h := range head {
		k := columnKey(h)
		switch {
		case !known(k):
			unknown = append(unknown, strings.TrimSpace(h))
		case seen[k]:
			res.Warnings = append(res.Warnings, fmt.Sprintf("duplicate column %q ignored", k))
		default:
			cols[i] = k
			seen[k] = true
		}
	}
	if !seen["title"] {
		return Result{}, errors.New("file: CSV header has no title column")
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		res.Warnings = append(res.Warnings, "unknown columns ignored: "+strings.Join(unknown, ", "))
	}
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		line, _ := cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				res.Errors = append(res.Errors, posting.ItemError{Index: pe.Line, Err: "file: " + err.Error()})
				continue
			}
			return res, fmt.Errorf("file: read CSV: %w", err)
		}
		fromCodePage(rec)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue // blank line
		}
		if len(rec) != len(head) {
			res.Errors = append(res.Errors, posting.ItemError{Index: line, Err: fmt.Sprintf("file: row has %d fields, header has %d", len(rec), len(head))})
			continue
		}
		m := map[string]string{}
		for i, v := range rec {
			if cols[i] != "" {
				m[cols[i]] = v
			}
		}
		d, err := fields(m)
		if err != nil {
			res.Errors = append(res.Errors, posting.ItemError{Index: line, ID: d.ExternalID, Err: err.Error()})
			continue
		}
		res.Drafts = append(res.Drafts, d)
	}
	return res, nil
}

// fromCodePage reads the cells that are not UTF-8 as Windows-1252, the code page spreadsheet programs save
// CSV in on Western systems ("Z\xfcrich" is "Zürich"); UTF-8 cells are kept as they are.
func fromCodePage(rec []string) {
	for i, c := range rec {
		rec[i] = charset.FromWindows1252(c)
	}
}
