package flags

import (
	"context"
	"fmt"
)

// Row is one flag as the database stores it.
type Row struct {
	Name              string
	Enabled           bool
	RolloutPercentage int
}

// Store is what the database source needs; internal/store implements it.
type Store interface {
	FeatureFlags(ctx context.Context) ([]Row, error)
	ReplaceFeatureFlags(ctx context.Context, rows []Row, updatedBy string) error
}

// DB is a Source kept in the feature_flags table, used when no flags file is configured so that
// every replica reads the same flags; replicas see a change at their next poll.
type DB struct{ St Store }

// Name is "database".
func (d DB) Name() string { return "database" }

// Load reads the table; an empty table is an empty set.
func (d DB) Load(ctx context.Context) (Set, error) {
	rows, err := d.St.FeatureFlags(ctx)
	if err != nil {
		return nil, fmt.Errorf("flags: load: %w", err)
	}
	s := make(Set, len(rows))
	for _, r := range rows {
		s[r.Name] = Flag{Enabled: r.Enabled, RolloutPercentage: r.RolloutPercentage}
	}
	if err := s.Validate(); err != nil {
		return nil, fmt.Errorf("flags: load: %w", err)
	}
	return s, nil
}

// Save replaces the table's rows in one transaction.
func (d DB) Save(ctx context.Context, s Set, by string) error {
	rows := make([]Row, 0, len(s))
	for _, n := range s.Names() {
		rows = append(rows, Row{Name: n, Enabled: s[n].Enabled, RolloutPercentage: s[n].RolloutPercentage})
	}
	if err := d.St.ReplaceFeatureFlags(ctx, rows, by); err != nil {
		return fmt.Errorf("flags: save: %w", err)
	}
	return nil
}
