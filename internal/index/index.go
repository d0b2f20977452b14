// Package index keeps the in-memory search and match index current from the
// database and answers the matching questions of the API: ranked matches,
// explanations, search, similar postings and the skill gap. It also keeps each
// user's resumes, since a primary resume is half of what matching reads.
//
// The index is built from the database at start and refreshed by polling
// postings changed since the last one seen, so every replica converges on the
// same index within one poll interval whichever replica wrote the change.
package index

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"sync"
	"time"

	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/search"
	"github.com/career-copilot/copilot/internal/store"
)

// ErrNoPosting is returned for a posting the index does not hold.
var ErrNoPosting = errors.New("index: posting not found")

// pageSize is how many postings one database read returns while loading.
const pageSize = 1000

// refreshOverlap is how far behind the clock a refresh reads changes again: a write is stamped before it
// commits, so one that commits after a later-stamped write (its transaction began first or waited for a
// lock, or its replica's clock is behind) is still seen, if it commits within this time of its stamp. It
// exceeds SQLite's lock wait (10 s) with room for the write itself; replicas' clocks must agree within it.
const refreshOverlap = 30 * time.Second

// Service is the matching service over one index.
type Service struct {
	st       *store.Store
	profiles *profile.Service
	ix       *search.Index
	now      func() time.Time

	syncMu  sync.Mutex
	since   time.Time
	afterID string
	recent  map[string]time.Time // postings applied that changed after since, and when: not applied again

	candMu sync.Mutex
	cands  map[string]cachedCandidate
	hot    hotCache // per-request reads kept for seconds (hot.go)

	hybrid *hybrid // nil without an embedding provider
}

// New builds the service; call Load before serving and Run to keep it current.
func New(st *store.Store, profiles *profile.Service) *Service {
	s := &Service{st: st, profiles: profiles, ix: search.New(), now: time.Now, cands: map[string]cachedCandidate{},
		recent: map[string]time.Time{}}
	if profiles != nil {
		profiles.OnProfileChange(func(_ context.Context, userID string) { s.Invalidate(userID) })
	}
	return s
}

// SetClock sets the service's clock (tests).
func (s *Service) SetClock(now func() time.Time) {
	s.now = now
	s.ix.SetClock(now)
}

// Index is the underlying index.
func (s *Service) Index() *search.Index { return s.ix }

// Load builds the index from every posting in the database.
func (s *Service) Load(ctx context.Context) error {
	s.syncMu.Lock()
	defer s.syncMu.Unlock()
	since, after := time.Time{}, ""
	end := false
	floor := s.now().Add(-refreshOverlap)
	clear(s.recent)
	err := s.ix.BuildPages(func() ([]search.Doc, error) {
		if end {
			return nil, nil
		}
		rows, err := s.st.IndexPostings(ctx, since, after, pageSize)
		if err != nil {
			return nil, fmt.Errorf("index: load: %w", err)
		}
		end = len(rows) < pageSize
		docs := make([]search.Doc, 0, len(rows))
		for _, r := range rows {
			docs = append(docs, toDoc(r))
			if r.Changed.After(floor) {
				s.recent[r.ID] = r.Changed
			}
		}
		if len(rows) > 0 {
			since, after = rows[len(rows)-1].Changed, rows[len(rows)-1].ID
		}
		return docs, nil
	}, 2)
	if err != nil {
		return err
	}
	s.since, s.afterID = since, after
	s.holdBack(floor)
	// The load read every posting's text page by page; return that garbage to the OS now rather
	// than over minutes, so the serving process's RSS is the index and not the load.
	debug.FreeOSMemory()
	return nil
}

func toDoc(r store.IndexPosting) search.Doc {
	return search.Doc{ID: r.ID, Posting: r.Posting, Source: r.SourceID, SourceKinds: r.SourceKinds, Closed: !r.ClosedAt.IsZero()}
}

// Refresh applies the postings changed since the last refresh and returns how many it applied.
func (s *Service) Refresh(ctx context.Context) (int, error) {
	s.syncMu.Lock()
	defer s.syncMu.Unlock()
	n := 0
	floor := s.now().Add(-refreshOverlap)
	for {
		// The changes first, which are light, then only the postings not applied yet: within the overlap
		// most changes read are ones applied by the refresh before.
		changes, err := s.st.IndexChanges(ctx, s.since, s.afterID, pageSize)
		if err != nil {
			return n, fmt.Errorf("index: refresh: %w", err)
		}
		var ids []string
		for _, c := range changes {
			if at, ok := s.recent[c.ID]; !ok || !at.Equal(c.Changed) {
				ids = append(ids, c.ID)
			}
		}
		rows, err := s.st.IndexPostingsByID(ctx, ids)
		if err != nil {
			return n, fmt.Errorf("index: refresh: %w", err)
		}
		for _, r := range rows {
			s.ix.Upsert(toDoc(r))
			s.hot.dropPosting(r.ID)
			if r.Changed.After(floor) {
				s.recent[r.ID] = r.Changed
			}
			n++
		}
		if len(changes) > 0 {
			s.since, s.afterID = changes[len(changes)-1].Changed, changes[len(changes)-1].ID
		}
		if len(changes) < pageSize {
			break
		}
	}
	s.holdBack(floor)
	if dead := s.ix.Dead(); dead > 1000 && dead > s.ix.Len()/4 {
		s.ix.Compact()
	}
	return n, nil
}

// holdBack keeps the cursor at most at floor, so that the next refresh reads again what changed after it,
// and forgets the postings the next refresh will not read again.
func (s *Service) holdBack(floor time.Time) {
	if s.since.After(floor) {
		s.since, s.afterID = floor, ""
	}
	for id, at := range s.recent {
		if !at.After(s.since) {
			delete(s.recent, id)
		}
	}
}

// Run refreshes the index every interval until ctx ends.
func (s *Service) Run(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if _, err := s.Refresh(ctx); err != nil && ctx.Err() == nil {
				slog.WarnContext(ctx, "index refresh failed", "err", err)
			}
			if _, err := s.EmbedPending(ctx, 64); err != nil && ctx.Err() == nil {
				slog.WarnContext(ctx, "embedding postings failed", "err", err)
			}
		}
	}
}

// Invalidate forgets a user's prepared candidate, so the next match reads their new profile and primary resume.
func (s *Service) Invalidate(userID string) {
	s.candMu.Lock()
	delete(s.cands, userID)
	s.candMu.Unlock()
	s.hot.forget(userID)
}
