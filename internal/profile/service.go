package profile

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/career-copilot/copilot/internal/store"
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
	d, err := s.st.GetDoc(ctx, "profile", userID)
	if errors.Is(err, store.ErrNotFound) {
		return p, nil
	}
	if err != nil {
		return p, fmt.Errorf("profile: load: %w", err)
	}
	if err := json.Unmarshal(d.Data, &p); err != nil {
		return p, fmt.Errorf("profile: decode: %w", err)
	}
	t := d.UpdatedAt.UTC()
	p.UpdatedAt = &t
	return p, nil
}

// SaveProfile validates and stores a whole profile; nothing is stored when any field is invalid.
func (s *Service) SaveProfile(ctx context.Context, userID string, p Profile) (Profile, error) {
	if err := p.Normalize().Err(); err != nil {
		return p, err
	}
	now := s.now().UTC().Truncate(time.Microsecond)
	p.UpdatedAt = nil
	data, err := json.Marshal(p)
	if err != nil {
		return p, fmt.Errorf("profile: encode: %w", err)
	}
	if err := s.st.PutDoc(ctx, "profile", userID, data, now); err != nil {
		return p, fmt.Errorf("profile: save: %w", err)
	}
	p.UpdatedAt = &now
	for _, fn := range s.onChange {
		fn(ctx, userID)
	}
	return p, nil
}

// Preferences returns the user's preferences, or the defaults.
func (s *Service) Preferences(ctx context.Context, userID string) (Preferences, error) {
	p := DefaultPreferences()
	d, err := s.st.GetDoc(ctx, "preferences", userID)
	if errors.Is(err, store.ErrNotFound) {
		return p, nil
	}
	if err != nil {
		return p, fmt.Errorf("profile: load preferences: %w", err)
	}
	if err := json.Unmarshal(d.Data, &p); err != nil {
		return p, fmt.Errorf("profile: decode preferences: %w", err)
	}
	t := d.UpdatedAt.UTC()
	p.UpdatedAt = &t
	return p, nil
}

// SavePreferences validates and stores preferences whole.
func (s *Service) SavePreferences(ctx context.Context, userID string, p Preferences) (Preferences, error) {
	if err := p.Normalize().Err(); err != nil {
		return p, err
	}
	now := s.now().UTC().Truncate(time.Microsecond)
	p.UpdatedAt = nil
	data, err := json.Marshal(p)
	if err != nil {
		return p, fmt.Errorf("profile: encode preferences: %w", err)
	}
	if err := s.st.PutDoc(ctx, "preferences", userID, data, now); err != nil {
		return p, fmt.Errorf("profile: save preferences: %w", err)
	}
	p.UpdatedAt = &now
	return p, nil
}
