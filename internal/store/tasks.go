package store

import "context"

// TaskBacklog counts River tasks waiting to run (available, retryable or scheduled) per queue.
func (s *Store) TaskBacklog(ctx context.Context) (map[string]int, error) {
	rows, err := s.query(ctx, s.read, `SELECT queue, COUNT(*) FROM river_job WHERE state IN ('available', 'retryable', 'scheduled') GROUP BY queue`)
	if err != nil {
		return nil, wrap("task backlog", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var q string
		var n int
		if err := rows.Scan(&q, &n); err != nil {
			return nil, wrap("task backlog", err)
		}
		out[q] = n
	}
	return out, wrap("task backlog", rows.Err())
}
