package application

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/career-copilot/copilot/internal/store"
)

// CSVColumns are the export's columns, in order; import reads them back by name.
// Times are RFC 3339 in UTC; tags are joined by "; "; notes by NoteSeparator.
var CSVColumns = []string{
	"id", "company", "title", "stage", "url", "location", "salary", "posting_id", "priority", "excitement", "tags",
	"expected_salary", "offered_salary", "found_via", "referral", "date_applied", "first_response_at",
	"stage_saved", "stage_applied", "stage_screening", "stage_interviewing", "stage_offer", "stage_accepted",
	"stage_rejected", "stage_withdrawn", "stage_ghosted", "notes", "created_at", "updated_at",
}

// NoteSeparator joins several notes in one CSV cell.
const NoteSeparator = "\n\n---\n\n"

func timeCell(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// safeCell keeps a spreadsheet from running a cell as a formula; import removes the guard again.
func safeCell(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return "'" + v
	}
	return v
}

// ExportCSV writes all of the user's applications, with their notes, as CSV.
func (s *Service) ExportCSV(ctx context.Context, userID string, w io.Writer) error {
	apps, err := s.st.ListApplications(ctx, userID, store.ApplicationFilter{Sort: "created_at"})
	if err != nil {
		return fmt.Errorf("application: export: %w", err)
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVColumns); err != nil {
		return fmt.Errorf("application: export: %w", err)
	}
	for _, a := range apps {
		notes, err := s.st.Notes(ctx, userID, a.ID)
		if err != nil {
			return fmt.Errorf("application: export: %w", err)
		}
		bodies := make([]string, len(notes))
		for i, n := range notes {
			bodies[i] = n.Body
		}
		row := []string{a.ID, a.Company, a.Title, a.Stage, a.URL, a.Location, a.Salary, a.PostingID, strconv.Itoa(a.Priority), strconv.Itoa(a.Excitement),
			strings.Join(a.Tags, "; "), a.ExpectedSalary, a.OfferedSalary, a.FoundVia, a.Referral, timeCell(a.AppliedAt), timeCell(a.FirstResponseAt)}
		for _, st := range Stages {
			var p *time.Time
			if t, ok := a.StageDates[st]; ok {
				p = &t
			}
			row = append(row, timeCell(p))
		}
		row = append(row, strings.Join(bodies, NoteSeparator), timeCell(&a.CreatedAt), timeCell(&a.UpdatedAt))
		for i := range row {
			row[i] = safeCell(row[i])
		}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("application: export: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("application: export: %w", err)
	}
	return nil
}
