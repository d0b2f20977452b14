package store

import (
	"context"
	"time"

	"github.com/career-copilot/copilot/internal/flags"
)

// FeatureFlags lists the stored flags by name.
func (s *Store) FeatureFlags(ctx context.Context) ([]flags.Row, error) {
	rows, err := s.query(ctx, s.read, `SELECT name, enabled, rollout_percentage FROM feature_flags ORDER BY name`)
	if err != nil {
		return nil, wrap("feature flags", err)
	}
	defer rows.Close()
	var out []flags.Row
	for rows.Next() {
		var r flags.Row
		if err := rows.Scan(&r.Name, &r.Enabled, &r.RolloutPercentage); err != nil {
			return nil, wrap("feature flags", err)
		}
		out = append(out, r)
	}
	return out, wrap("feature flags", rows.Err())
}

// ReplaceFeatureFlags swaps the whole table for rows in one transaction; updatedBy is a user id or "".
func (s *Store) ReplaceFeatureFlags(ctx context.Context, rows []flags.Row, updatedBy string) error {
	now := time.Now().UTC()
	var by any
	if updatedBy != "" {
		by = updatedBy
	}
	return s.InTx(ctx, func(tx *Tx) error {
		if _, err := s.exec(ctx, tx.tx, `DELETE FROM feature_flags`); err != nil {
			return wrap("replace feature flags", err)
		}
		for _, r := range rows {
			if _, err := s.exec(ctx, tx.tx, `INSERT INTO feature_flags (name, enabled, rollout_percentage, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)`,
				r.Name, r.Enabled, r.RolloutPercentage, now, by); err != nil {
				return wrap("replace feature flags", err)
			}
		}
		return nil
	})
}
