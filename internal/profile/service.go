package profile

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/validate"
)

// Service reads and writes profiles and preferences.
type Service struct {
	st       *store.Store
	now      func() time.Time
	onChange []func(ctx context.Context, userID string)
}

// NewService builds the service.
func NewService(st *store.Store) *Service { return &Service{st: st, now: time.Now} }

// OnProfileChange registers a function called after a profile is saved (re-matching hooks in here).
func (s *Service) OnProfileChange(fn func(ctx context.Context, userID string)) {
	s.onChange = append(s.onChange, fn)
}

// Profile returns the user's profile, or the default one when none was saved.
func (s *Service) Profile(ctx context.Context, userID string) (Profile, error) {
	p := DefaultProfile()
	at, err := s.load(ctx, "profile", userID, &p)
	p.UpdatedAt = at
	return p, err
}

// SaveProfile validates and stores a whole profile; nothing is stored when any field is invalid.
func (s *Service) SaveProfile(ctx context.Context, userID string, p Profile) (Profile, error) {
	p.UpdatedAt = nil
	at, err := s.save(ctx, "profile", userID, &p, p.Normalize)
	if err != nil {
		return p, err
	}
	p.UpdatedAt = at
	for _, fn := range s.onChange {
		fn(ctx, userID)
	}
	return p, nil
}

// Preferences returns the user's preferences, or the defaults.
func (s *Service) Preferences(ctx context.Context, userID string) (Preferences, error) {
	p := DefaultPreferences()
	at, err := s.load(ctx, "preferences", userID, &p)
	p.UpdatedAt = at
	return p, err
}

// SavePreferences validates and stores preferences whole.
func (s *Service) SavePreferences(ctx context.Context, userID string, p Preferences) (Preferences, error) {
	p.UpdatedAt = nil
	at, err := s.save(ctx, "preferences", userID, &p, p.Normalize)
	if err != nil {
		return p, err
	}
	p.UpdatedAt = at
	return p, nil
}

// load decodes the user's stored document of a kind over dst (which holds the defaults) and
// returns when it was saved, or nil when it never was.
func (s *Service) load(ctx context.Context, kind, userID string, dst any) (*time.Time, error) {
	d, err := s.st.GetDoc(ctx, kind, userID)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("profile: load %s: %w", kind, err)
	}
	if err := json.Unmarshal(d.Data, dst); err != nil {
		return nil, fmt.Errorf("profile: decode %s: %w", kind, err)
	}
	t := d.UpdatedAt.UTC()
	return &t, nil
}

// save validates v with check and stores it whole, returning the time it was saved.
func (s *Service) save(ctx context.Context, kind, userID string, v any, check func() validate.Errors) (*time.Time, error) {
	if err := check().Err(); err != nil {
		return nil, err
	}
	now := s.now().UTC().Truncate(time.Microsecond)
	data, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("profile: encode %s: %w", kind, err)
	}
	if err := s.st.PutDoc(ctx, kind, userID, data, now); err != nil {
		return nil, fmt.Errorf("profile: save %s: %w", kind, err)
	}
	return &now, nil
}
