// Package ingest turns a source's listing into stored canonical postings: fetch → normalize → upsert →
// close what a complete listing no longer has, recording every run's counts and errors.
//
// Closing rule: a posting is closed only after a successful fetch whose adapter says the listing is
// complete (posting.Fetched.Complete) and no longer lists it. A failed, timed-out or partial fetch
// closes nothing; items the adapter could not read are never closed; and an empty complete listing from
// a source that had open postings is treated as suspicious (a broken board or a maintenance page) and
// closes nothing either: the run notes it, and a later non-empty listing closes what is really gone.
// A sharp drop (a listing that would close more than half of the source's open postings, and at least
// 10) closes nothing on that run either: the run warns, and the next successful complete run closes
// those it still does not list.
package ingest

import (
	"context"
	"errors"
	"time"

	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/store"
)

// Sentinel errors of the package; the API maps them to HTTP statuses.
var (
	ErrForbidden    = errors.New("ingest: only the source's creator or an admin may change it")
	ErrDuplicate    = errors.New("ingest: this source already exists")
	ErrNotFetchable = errors.New("ingest: file-import sources are not fetched")
	ErrNoQueue      = errors.New("ingest: no task queue to run the source on")
)

// FileKind is the kind of the per-format "file import" sources.
const FileKind = "file"

// Store is what ingestion needs from the database.
type Store interface {
	CreateSource(ctx context.Context, src store.Source) (store.Source, error)
	Source(ctx context.Context, id string) (store.Source, error)
	SourceByKey(ctx context.Context, key string) (store.Source, error)
	ListSources(ctx context.Context) ([]store.Source, error)
	DueSources(ctx context.Context, now time.Time, limit int) ([]store.Source, error)
	UpdateSource(ctx context.Context, src store.Source) (store.Source, error)
	DeleteSource(ctx context.Context, id string, now time.Time) error
	RecordSourceOutcome(ctx context.Context, id string, o store.SourceOutcome) error
	SetSourceNextRun(ctx context.Context, id string, next time.Time) error
	SourceOpenCount(ctx context.Context, id string) (int, error)
	UpsertPostings(ctx context.Context, sourceID string, items []store.IngestItem, now time.Time) (store.IngestCounts, error)
	TouchSource(ctx context.Context, sourceID string, now time.Time) (int, error)
	CloseUnseen(ctx context.Context, sourceID string, since time.Time, keep []string, now time.Time) (int, error)
	CountUnseen(ctx context.Context, sourceID string, since time.Time, keep []string) (int, error)
	SetSourceCloseHold(ctx context.Context, id string, at time.Time) error
	CreateRun(ctx context.Context, r store.Run) error
	DeleteRun(ctx context.Context, id string) error
	StartRun(ctx context.Context, id string, at time.Time) error
	FinishRun(ctx context.Context, r store.Run) error
	Run(ctx context.Context, id string) (store.Run, error)
	ListRuns(ctx context.Context, sourceID string, limit int) ([]store.Run, error)
	PostingStore
}

// Fetcher is the part of the fetch client ingestion uses: GETs and the URL check at source creation.
type Fetcher interface {
	source.Getter
	CheckURL(ctx context.Context, rawURL string) error
}

// Queue puts a run of a source on the task queue. When a run of that source is already waiting or
// running, it returns that run's id and dup=true instead of queueing another.
type Queue interface {
	EnqueueRun(ctx context.Context, sourceID, runID string) (queuedRunID string, dup bool, err error)
}

// Options tune a Service; zero values take the defaults.
type Options struct {
	BatchSize    int           // postings per upsert transaction (500)
	FetchTimeout time.Duration // bound on one source's fetch (5m)
	Lookup       func(kind string) (source.Adapter, bool)
}

// Service runs ingestion and manages sources.
type Service struct {
	st    Store
	fetch Fetcher
	queue Queue
	opts  Options
	now   func() time.Time
}

// New builds a Service on a store and a fetch client.
func New(st Store, f Fetcher, o Options) *Service {
	if o.BatchSize <= 0 {
		o.BatchSize = 500
	}
	if o.FetchTimeout <= 0 {
		o.FetchTimeout = 5 * time.Minute
	}
	if o.Lookup == nil {
		o.Lookup = source.Lookup
	}
	return &Service{st: st, fetch: f, opts: o, now: time.Now}
}

// SetQueue sets the task queue used by QueueRun and the scheduler (built after the workers, so set later).
func (s *Service) SetQueue(q Queue) { s.queue = q }

// SetClock replaces the clock (tests).
func (s *Service) SetClock(now func() time.Time) { s.now = now }

func (s *Service) clock() time.Time { return s.now().UTC() }
