package application

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/validate"
)

// Import limits.
const (
	MaxImportBytes = 5 << 20
	MaxImportRows  = 5000
)

// ErrImportRejected is returned (with the preview) when any row has an error: nothing is imported.
var ErrImportRejected = errors.New("application: import rejected")

// ColumnMapping says which field a CSV column feeds ("" when the column is ignored).
type ColumnMapping struct {
	Column string `json:"column"`
	Field  string `json:"field"`
}

// RowError is one problem in one row; Row is the 1-based line of the file (the header is line 1).
type RowError struct {
	Row     int    `json:"row"`
	Column  string `json:"column"`
	Message string `json:"message"`
}

// ImportPreview is what an import would do.
type ImportPreview struct {
	Columns  []ColumnMapping `json:"columns"`
	Rows     int             `json:"rows"`
	Valid    int             `json:"valid"`
	Errors   []RowError      `json:"errors"`
	Sample   []Input         `json:"sample"`
	Imported int             `json:"imported"`
	rows     []importRow
}

type importRow struct {
	in    Input
	notes []string
}

// aliases maps a header (lower case, words only) to a field; our own export's names map to themselves.
var aliases = func() map[string]string {
	m := map[string]string{}
	add := func(field string, names ...string) {
		for _, n := range names {
			m[headerKey(n)] = field
		}
	}
	for _, c := range CSVColumns {
		add(c, c)
	}
	add("company", "company name", "organization", "organisation", "employer", "company_name")
	add("title", "position", "job title", "role", "job", "position title", "job position", "job_title")
	add("stage", "status", "application status", "state", "current status")
	add("date_applied", "date applied", "applied", "applied on", "application date", "applied date", "date", "applied_at", "date submitted")
	add("url", "link", "job url", "job link", "posting url", "job posting", "listing url", "job posting url", "website")
	add("notes", "note", "comments", "comment")
	add("salary", "compensation", "pay", "salary range", "pay range")
	add("location", "city", "place", "job location")
	add("tags", "labels", "tag")
	add("found_via", "source", "found on", "where found", "job board")
	add("referral", "referred by", "referrer")
	add("excitement", "rating", "stars")
	return m
}()

func headerKey(h string) string {
	h = strings.TrimPrefix(h, "\ufeff")
	f := strings.FieldsFunc(strings.ToLower(h), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return strings.Join(f, " ")
}

// stageWords maps the status words of spreadsheets and trackers onto our stages.
var stageWords = func() map[string]string {
	m := map[string]string{}
	add := func(stage string, words ...string) {
		m[stage] = stage
		for _, w := range words {
			m[headerKey(w)] = stage
		}
	}
	add("saved", "wishlist", "bookmarked", "interested", "to apply", "not applied", "draft", "planned", "saved for later", "wish list")
	add("applied", "submitted", "application submitted", "sent", "applying", "application sent")
	add("screening", "phone screen", "recruiter screen", "screen", "in review", "under review", "reviewing", "hr screen", "recruiter call")
	add("interviewing", "interview", "interviews", "interview scheduled", "technical", "onsite", "on site", "final round", "in progress", "interviewed")
	add("offer", "offered", "offer received", "offer extended", "negotiating")
	add("accepted", "hired", "offer accepted", "signed")
	add("rejected", "not selected", "rejection", "denied", "declined by company", "turned down", "closed", "unsuccessful")
	add("withdrawn", "withdrew", "declined", "not interested", "cancelled", "canceled", "declined offer")
	add("ghosted", "no response", "no reply", "unresponsive", "no answer")
	return m
}()

var dateLayouts = []string{"2006-01-02", "2006/01/02", "02.01.2006", "2.1.2006", "Jan 2, 2006", "January 2, 2006", "2 Jan 2006", "2 January 2006", "Jan 2 2006", "02-Jan-2006"}

// parseDate reads the date formats of spreadsheets; a date alone is midnight in loc.
// Slashed dates are month/day/year (US trackers) unless the first number cannot be a month.
func parseDate(v string, loc *time.Location) (time.Time, error) {
	if t, err := ParseWhen(v, loc); err == nil {
		return t, nil
	}
	for _, l := range dateLayouts {
		if t, err := time.ParseInLocation(l, v, loc); err == nil {
			return t.UTC(), nil
		}
	}
	if parts := strings.Split(v, "/"); len(parts) == 3 {
		a, e1 := strconv.Atoi(parts[0])
		b, e2 := strconv.Atoi(parts[1])
		y, e3 := strconv.Atoi(parts[2])
		if e1 == nil && e2 == nil && e3 == nil {
			if y < 100 {
				y += 2000
			}
			m, d := a, b
			if a > 12 {
				m, d = b, a
			}
			t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, loc)
			if m >= 1 && m <= 12 && t.Day() == d {
				return t.UTC(), nil
			}
		}
	}
	return time.Time{}, errors.New("is not a date (use 2026-01-31 or 01/31/2026)")
}

func unguard(v string) string {
	if len(v) > 1 && v[0] == '\'' && strings.ContainsRune("=+-@\t\r", rune(v[1])) {
		return v[1:]
	}
	return strings.TrimSpace(v)
}

// PreviewCSV reads a CSV and reports the column mapping, the rows and every row error, importing nothing.
func (s *Service) PreviewCSV(ctx context.Context, userID string, data []byte) (ImportPreview, error) {
	p := ImportPreview{Columns: []ColumnMapping{}, Errors: []RowError{}, Sample: []Input{}}
	if len(data) > MaxImportBytes {
		return p, validate.Errors{{Field: "file", Message: fmt.Sprintf("must be at most %d MB", MaxImportBytes>>20)}}
	}
	loc, err := s.location(ctx, userID)
	if err != nil {
		return p, err
	}
	now := s.clock()
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return p, validate.Errors{{Field: "file", Message: "is not a CSV file with a header row"}}
	}
	fields := make([]string, len(header))
	seen := map[string]bool{}
	for i, h := range header {
		f := aliases[headerKey(h)]
		if seen[f] {
			f = "" // the first column wins
		}
		if f != "" {
			seen[f] = true
		}
		fields[i] = f
		p.Columns = append(p.Columns, ColumnMapping{Column: h, Field: f})
	}
	if !seen["company"] || !seen["title"] {
		return p, validate.Errors{{Field: "file", Message: "needs a company column and a title (or position) column"}}
	}
	line := 1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			p.Errors = append(p.Errors, RowError{Row: line, Message: "is not valid CSV"})
			break
		}
		if blank(rec) {
			continue
		}
		p.Rows++
		if p.Rows > MaxImportRows {
			return p, validate.Errors{{Field: "file", Message: fmt.Sprintf("has more than %d rows", MaxImportRows)}}
		}
		row, errs := readRow(fields, header, rec, loc, now)
		for _, e := range errs {
			e.Row = line
			p.Errors = append(p.Errors, e)
		}
		if len(errs) == 0 {
			p.Valid++
			p.rows = append(p.rows, row)
			if len(p.Sample) < 5 {
				p.Sample = append(p.Sample, row.in)
			}
		}
	}
	return p, nil
}

func blank(rec []string) bool {
	for _, v := range rec {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

func readRow(fields, header, rec []string, loc *time.Location, now time.Time) (importRow, []RowError) {
	var row importRow
	var errs []RowError
	in := &row.in
	in.Origin = OriginImport
	col := map[string]string{}
	bad := func(field, msg string) { errs = append(errs, RowError{Column: col[field], Message: msg}) }
	when := func(field, v string) *time.Time {
		if v == "" {
			return nil
		}
		t, err := parseDate(v, loc)
		if err != nil {
			bad(field, err.Error())
			return nil
		}
		return &t
	}
	var status string
	for i, f := range fields {
		if f == "" || i >= len(rec) {
			continue
		}
		col[f] = header[i]
		v := unguard(rec[i])
		switch f {
		case "company":
			in.Company = v
		case "title":
			in.Title = v
		case "stage":
			status = v
		case "url":
			in.URL = v
		case "location":
			in.Location = v
		case "salary":
			in.Salary = v
		case "posting_id":
			in.PostingID = v
		case "priority", "excitement":
			n := 0
			if v != "" {
				var err error
				if n, err = strconv.Atoi(v); err != nil {
					bad(f, "must be a whole number")
				}
			}
			if f == "priority" {
				in.Priority = n
			} else {
				in.Excitement = n
			}
		case "tags":
			for _, t := range strings.FieldsFunc(v, func(r rune) bool { return r == ';' || r == ',' }) {
				in.Tags = append(in.Tags, t)
			}
		case "expected_salary":
			in.ExpectedSalary = v
		case "offered_salary":
			in.OfferedSalary = v
		case "found_via":
			in.FoundVia = v
		case "referral":
			in.Referral = v
		case "date_applied":
			in.AppliedAt = when(f, v)
		case "first_response_at":
			in.FirstResponseAt = when(f, v)
		case "notes":
			for _, n := range strings.Split(v, NoteSeparator) {
				if n = strings.TrimSpace(n); n != "" {
					row.notes = append(row.notes, n)
				}
			}
		default:
			if st, ok := strings.CutPrefix(f, "stage_"); ok && v != "" {
				if t := when(f, v); t != nil {
					if in.StageDates == nil {
						in.StageDates = map[string]time.Time{}
					}
					in.StageDates[st] = *t
				}
			}
		}
	}
	switch st, ok := stageWords[headerKey(status)]; {
	case status == "" && in.AppliedAt != nil:
		in.Stage = "applied"
	case status == "":
		in.Stage = "saved"
	case ok:
		in.Stage = st
	default:
		bad("stage", fmt.Sprintf("%q is not a stage we know (use one of %s)", status, strings.Join(Stages, ", ")))
	}
	for _, fe := range in.normalize(now) {
		name, _, _ := strings.Cut(fe.Field, "[")
		name, _, _ = strings.Cut(name, ".")
		if name == "stage_dates" {
			continue
		}
		errs = append(errs, RowError{Column: col[name], Message: fieldLabel(name) + " " + fe.Message})
	}
	return row, errs
}

func fieldLabel(f string) string { return strings.ReplaceAll(f, "_", " ") }

// ImportCSV imports every row, or nothing: when any row has an error it returns the preview and ErrImportRejected.
func (s *Service) ImportCSV(ctx context.Context, userID string, data []byte) (ImportPreview, error) {
	p, err := s.PreviewCSV(ctx, userID, data)
	if err != nil {
		return p, err
	}
	if len(p.Errors) > 0 {
		return p, ErrImportRejected
	}
	now := s.clock()
	batch := make([]store.NewApplication, 0, len(p.rows))
	for i, row := range p.rows {
		// One microsecond apart, so the applications keep the file's order wherever creation time sorts them.
		a, events := s.build(userID, row.in, now.Add(time.Duration(i)*time.Microsecond))
		n := store.NewApplication{App: a, Events: events}
		for k, body := range row.notes {
			at := now.Add(time.Duration(k) * time.Microsecond) // keeps the notes in the file's order
			n.Notes = append(n.Notes, Note{ID: uuid.NewString(), Body: body, CreatedAt: at, UpdatedAt: at})
			n.Events = append(n.Events, newEvent(EventNote, OriginImport, excerpt(body, 120), now))
		}
		batch = append(batch, n)
	}
	if err := s.st.CreateApplications(ctx, batch); err != nil {
		return p, fmt.Errorf("application: import: %w", err)
	}
	p.Imported = len(batch)
	return p, nil
}
