package store

import (
	"context"
	"strings"
	"time"
)

// ApplicationFilter narrows and orders a list of applications; zero fields do not filter.
type ApplicationFilter struct {
	Stages        []string
	Tag           string
	CompanyKey    string
	Query         string // matched case-insensitively against company, title, location and notes
	AppliedAfter  *time.Time
	AppliedBefore *time.Time
	Sort          string // a key of ApplicationSorts
	Limit         int
	Offset        int
}

// ApplicationSorts are the accepted sort keys and their ORDER BY clauses; "-" means descending.
var ApplicationSorts = map[string]string{
	"position":   "position, created_at DESC",
	"created_at": "created_at", "-created_at": "created_at DESC",
	"updated_at": "updated_at", "-updated_at": "updated_at DESC",
	"applied_at": "(applied_at IS NULL), applied_at", "-applied_at": "(applied_at IS NULL), applied_at DESC",
	"company": "LOWER(company), LOWER(title)", "-company": "LOWER(company) DESC, LOWER(title) DESC",
	"title": "LOWER(title)", "-title": "LOWER(title) DESC",
	"priority": "priority", "-priority": "priority DESC",
	"excitement": "excitement", "-excitement": "excitement DESC",
}

func likePattern(q string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(strings.ToLower(q)) + "%"
}

// ListApplications returns the user's applications matching f.
func (s *Store) ListApplications(ctx context.Context, userID string, f ApplicationFilter) ([]Application, error) {
	where := []string{"user_id = ?"}
	args := []any{userID}
	if len(f.Stages) > 0 {
		where = append(where, "stage IN (?"+strings.Repeat(", ?", len(f.Stages)-1)+")")
		for _, st := range f.Stages {
			args = append(args, st)
		}
	}
	if f.Tag != "" {
		if s.dialect == Postgres {
			where = append(where, "tags @> jsonb_build_array(?::text)")
		} else {
			where = append(where, "EXISTS (SELECT 1 FROM json_each(applications.tags) WHERE json_each.value = ?)")
		}
		args = append(args, f.Tag)
	}
	if f.CompanyKey != "" {
		where = append(where, "company_key = ?")
		args = append(args, f.CompanyKey)
	}
	if f.Query != "" {
		p := likePattern(f.Query)
		where = append(where, `(LOWER(company) LIKE ? ESCAPE '\' OR LOWER(title) LIKE ? ESCAPE '\' OR LOWER(location) LIKE ? ESCAPE '\'
			OR EXISTS (SELECT 1 FROM application_notes n WHERE n.application_id = applications.id AND LOWER(n.body) LIKE ? ESCAPE '\'))`)
		args = append(args, p, p, p, p)
	}
	if f.AppliedAfter != nil {
		where = append(where, "applied_at >= ?")
		args = append(args, f.AppliedAfter.UTC())
	}
	if f.AppliedBefore != nil {
		where = append(where, "applied_at < ?")
		args = append(args, f.AppliedBefore.UTC())
	}
	order, ok := ApplicationSorts[f.Sort]
	if !ok {
		order = ApplicationSorts["position"]
	}
	q := `SELECT ` + applicationCols + ` FROM applications WHERE ` + strings.Join(where, " AND ") + ` ORDER BY ` + order + `, id`
	if f.Limit > 0 {
		q += ` LIMIT ? OFFSET ?`
		args = append(args, f.Limit, f.Offset)
	}
	rows, err := s.query(ctx, s.read, q, args...)
	if err != nil {
		return nil, wrap("list applications", err)
	}
	defer rows.Close()
	out := []Application{}
	for rows.Next() {
		a, err := scanApplication(rows)
		if err != nil {
			return nil, wrap("list applications", err)
		}
		out = append(out, a)
	}
	return out, wrap("list applications", rows.Err())
}
