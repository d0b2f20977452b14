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
	comma, sepLine := sniffDelimiter(br)
	skipped := 0 // lines before the header the reader does not see, so that errors name the file's lines
	if sepLine > 0 {
		_, _ = br.Discard(sepLine)
		skipped = 1
	}
	cr := csv.NewReader(br)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	cr.TrimLeadingSpace = comma != '\t' // the reader counts a tab as leading space: an empty cell would vanish
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
		line += skipped
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				pe.StartLine, pe.Line = pe.StartLine+skipped, pe.Line+skipped
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
			res.Errors = append(res.Errors, posting.ItemError{Index: line, Err: fmt.Sprintf("file: line %d: row has %d fields, header has %d", line, len(rec), len(head))})
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
			res.Errors = append(res.Errors, posting.ItemError{Index: line, ID: d.ExternalID, Err: fmt.Sprintf("file: line %d: %s", line, strings.TrimPrefix(err.Error(), "file: "))})
			continue
		}
		res.Drafts = append(res.Drafts, d)
	}
	return res, nil
}

// sniffDelimiter says which delimiter the header row uses: the one Excel's "sep=;" first line names
// (sepLine is that line's length, to skip), else whichever of comma, semicolon and tab the first line
// holds most of outside quotes (spreadsheet programs in much of Europe write semicolons); comma on a tie.
func sniffDelimiter(br *bufio.Reader) (comma rune, sepLine int) {
	head, _ := br.Peek(4096)
	if i := bytes.IndexByte(head, '\n'); i >= 0 {
		head = head[:i+1]
	}
	if line := bytes.TrimRight(head, "\r\n"); len(line) == 5 && bytes.EqualFold(line[:4], []byte("sep=")) {
		if c := rune(line[4]); c == ',' || c == ';' || c == '\t' || c == '|' {
			return c, len(head)
		}
	}
	return headerDelimiter(head), 0
}

// headerDelimiter is the delimiter a header line holds most of outside quotes, comma on a tie.
func headerDelimiter(line []byte) rune {
	var n [3]int // comma, semicolon, tab
	quoted := false
	for _, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == ',':
			n[0]++
		case c == ';':
			n[1]++
		case c == '\t':
			n[2]++
		}
	}
	switch {
	case n[1] > n[0] && n[1] >= n[2]:
		return ';'
	case n[2] > n[0] && n[2] > n[1]:
		return '\t'
	}
	return ','
}

// fromCodePage reads the cells that are not UTF-8 as Windows-1252, the code page spreadsheet programs save
// CSV in on Western systems ("Z\xfcrich" is "Zürich"); UTF-8 cells are kept as they are.
func fromCodePage(rec []string) {
	for i, c := range rec {
		rec[i] = charset.FromWindows1252(c)
	}
}
