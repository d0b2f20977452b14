package flags

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Source is where the flags live: a file or a database table.
type Source interface {
	// Name says which kind of source this is ("file" or "database"), for the admin page.
	Name() string
	// Load reads the stored set; it may be empty (then the defaults stand).
	Load(ctx context.Context) (Set, error)
	// Save replaces the stored set.
	Save(ctx context.Context, s Set, by string) error
}

// Service answers flag questions from the last good set and keeps it current from its Source.
type Service struct {
	src      Source
	interval time.Duration
	log      *slog.Logger
	changed  chan struct{} // a nudge from a file watcher

	mu       sync.RWMutex
	set      Set // merged over the defaults
	lastErr  error
	loadedAt time.Time
	lastRaw  string // what the source held last time, so an unchanged bad file is logged once
}

// Options tune New.
type Options struct {
	Interval time.Duration // how often Run polls the source; default 5s
	Logger   *slog.Logger
}

// New returns a service on src holding the defaults until Reload or Run reads the source.
func New(src Source, o Options) *Service {
	if o.Interval <= 0 {
		o.Interval = 5 * time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return &Service{src: src, interval: o.Interval, log: o.Logger, set: Defaults(), changed: make(chan struct{}, 1)}
}

// Enabled reports whether flag name is on for the user; an unknown flag is off.
func (s *Service) Enabled(name, userID string) bool {
	s.mu.RLock()
	f, ok := s.set[name]
	s.mu.RUnlock()
	return ok && f.on(name, userID)
}

// Evaluate is every flag for one user, for the UI.
func (s *Service) Evaluate(userID string) map[string]bool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make(map[string]bool, len(s.set))
	for n, f := range s.set {
		out[n] = f.on(n, userID)
	}
	return out
}

// Status is what the admin page shows about the flags.
type Status struct {
	Flags     Set
	Source    string
	LoadedAt  time.Time
	LastError string // why the source's current content was refused, if it was
}

// Status returns the current flags and the health of their source.
func (s *Service) Status() Status {
	s.mu.RLock()
	defer s.mu.RUnlock()
	st := Status{Flags: s.set.clone(), Source: s.src.Name(), LoadedAt: s.loadedAt}
	if s.lastErr != nil {
		st.LastError = s.lastErr.Error()
	}
	return st
}

// Replace validates and stores a whole new set (flags it does not name return to their defaults),
// then applies it at once on this replica; the others pick it up at their next poll.
func (s *Service) Replace(ctx context.Context, set Set, by string) error {
	if err := set.Validate(); err != nil {
		return err
	}
	if err := s.src.Save(ctx, set.clone(), by); err != nil {
		return fmt.Errorf("flags: save: %w", err)
	}
	return s.Reload(ctx)
}

// Reload reads the source once. On an error the last good set stays and the reason is kept
// for Status and logged (once per distinct bad content).
func (s *Service) Reload(ctx context.Context) error {
	set, err := s.src.Load(ctx)
	var raw string
	if err == nil {
		raw = fingerprint(set)
	} else {
		raw = "error: " + err.Error()
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	same := raw == s.lastRaw
	s.lastRaw = raw
	if err != nil {
		s.lastErr = err
		if !same {
			s.log.Warn("flags: keeping the last good flags", "source", s.src.Name(), "err", err)
		}
		return err
	}
	s.lastErr = nil
	if !same {
		s.set = set.withDefaults()
		s.loadedAt = time.Now().UTC()
		s.log.Info("flags: loaded", "source", s.src.Name(), "flags", len(s.set))
	}
	return nil
}

// Notify asks Run to reload soon (file watchers call it).
func (s *Service) Notify() {
	select {
	case s.changed <- struct{}{}:
	default:
	}
}

// Run keeps the flags current until ctx ends: it reloads on every nudge and polls at the interval,
// because file events get lost (editors replace files by rename, network file systems send none)
// and replicas learn of a database change only by reading it.
func (s *Service) Run(ctx context.Context) {
	if w, ok := s.src.(watcher); ok {
		stop, err := w.watch(ctx, s.Notify)
		if err != nil {
			s.log.Warn("flags: cannot watch for changes, polling only", "err", err, "interval", s.interval)
		} else {
			defer stop()
		}
	}
	t := time.NewTicker(s.interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-s.changed:
			// Let a burst of events (write, chmod, rename) settle before reading.
			select {
			case <-ctx.Done():
				return
			case <-time.After(50 * time.Millisecond):
			}
			for len(s.changed) > 0 {
				<-s.changed
			}
		case <-t.C:
		}
		if err := s.Reload(ctx); err != nil && errors.Is(err, context.Canceled) {
			return
		}
	}
}

// watcher is a Source that can announce changes.
type watcher interface {
	watch(ctx context.Context, changed func()) (stop func(), err error)
}

// fingerprint is a canonical text of a set, to tell whether anything changed.
func fingerprint(s Set) string {
	var b []byte
	for _, n := range s.Names() {
		b = append(b, n+"="+s[n].String()+";"...)
	}
	return string(b)
}
