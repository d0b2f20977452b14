package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/detect"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/validate"
)

// Interval bounds of a source, and its default.
const (
	DefaultInterval = time.Hour
	MinInterval     = 5 * time.Minute
	MaxInterval     = 30 * 24 * time.Hour
)

// Actor is who asks for a change: sources are shared by the instance, and only their creator or an admin may change them.
type Actor struct {
	UserID string
	Admin  bool
}

func (a Actor) mayChange(src store.Source) bool {
	return a.Admin || (src.CreatedBy != "" && src.CreatedBy == a.UserID)
}

// NewSource is what a user gives to add a source: a pasted URL (its kind and params are detected),
// or a kind and its params; given params are laid over the detected ones (base_url, company_name...).
type NewSource struct {
	URL      string
	Kind     string
	Params   map[string]string
	Name     string
	Interval time.Duration // 0: DefaultInterval
	Enabled  *bool         // nil: enabled
}

// SourcePatch changes some fields of a source; nil fields stay as they are. Params replace the whole set.
type SourcePatch struct {
	Name     *string
	Params   map[string]string
	Interval *time.Duration
	Enabled  *bool
}

// Sources lists every source of the instance.
func (s *Service) Sources(ctx context.Context) ([]store.Source, error) { return s.st.ListSources(ctx) }

// Source loads one source.
func (s *Service) Source(ctx context.Context, id string) (store.Source, error) {
	return s.st.Source(ctx, id)
}

// CreateSource validates and adds a source; it is due at once when enabled.
func (s *Service) CreateSource(ctx context.Context, a Actor, in NewSource) (store.Source, error) {
	var fe validate.Errors
	kind, params := strings.TrimSpace(in.Kind), map[string]string{}
	if raw := strings.TrimSpace(in.URL); raw != "" {
		k, p, err := detect.URL(raw)
		switch {
		case hasUserinfo(raw):
			fe.Add("url", msgCredentials)
		case err != nil:
			fe.Add("url", "is not a job board, career page or feed URL")
		case kind != "" && kind != k:
			fe.Add("kind", fmt.Sprintf("does not match the URL, which is a %s source", k))
		default:
			kind = k
			for key, v := range p {
				params[key] = v
			}
		}
	} else if kind == "" {
		fe.Add("url", "paste a board, career-page or feed URL, or give a kind and its params")
	}
	for k, v := range in.Params {
		params[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	src := store.Source{ID: uuid.NewString(), Kind: kind, Params: params, CreatedBy: a.UserID, Enabled: in.Enabled == nil || *in.Enabled,
		Interval: in.Interval, Name: strings.TrimSpace(in.Name)}
	if src.Interval == 0 {
		src.Interval = DefaultInterval
	}
	if len(fe) == 0 {
		s.check(ctx, &src, in.URL != "", &fe)
	}
	if err := fe.Err(); err != nil {
		return store.Source{}, err
	}
	now := s.clock()
	src.CreatedAt, src.UpdatedAt = now, now
	if src.Enabled {
		src.NextRunAt = now
	}
	out, err := s.st.CreateSource(ctx, src)
	if errors.Is(err, store.ErrConflict) {
		return out, ErrDuplicate
	}
	return out, err
}

// UpdateSource changes a source the actor created (or any source, for an admin).
func (s *Service) UpdateSource(ctx context.Context, a Actor, id string, p SourcePatch) (store.Source, error) {
	src, err := s.st.Source(ctx, id)
	if err != nil {
		return src, err
	}
	if src.Kind == FileKind {
		return src, ErrNotFetchable
	}
	if !a.mayChange(src) {
		return src, ErrForbidden
	}
	wasEnabled := src.Enabled
	if p.Name != nil {
		src.Name = strings.TrimSpace(*p.Name)
	}
	if p.Params != nil {
		src.Params = map[string]string{}
		for k, v := range p.Params {
			src.Params[strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	if p.Interval != nil {
		src.Interval = *p.Interval
	}
	if p.Enabled != nil {
		src.Enabled = *p.Enabled
	}
	var fe validate.Errors
	s.check(ctx, &src, false, &fe)
	if err := fe.Err(); err != nil {
		return src, err
	}
	now := s.clock()
	src.UpdatedAt = now
	switch {
	case !src.Enabled:
		src.NextRunAt = time.Time{}
	case !wasEnabled || src.NextRunAt.IsZero():
		src.NextRunAt = now
	case p.Interval != nil && !src.LastRunAt.IsZero():
		src.NextRunAt = src.LastRunAt.Add(src.Interval)
	}
	out, err := s.st.UpdateSource(ctx, src)
	if errors.Is(err, store.ErrConflict) {
		return out, ErrDuplicate
	}
	return out, err
}

// DeleteSource removes a source the actor created (or any, for an admin), with its runs and links.
func (s *Service) DeleteSource(ctx context.Context, a Actor, id string) error {
	src, err := s.st.Source(ctx, id)
	if err != nil {
		return err
	}
	if !a.mayChange(src) {
		return ErrForbidden
	}
	return s.st.DeleteSource(ctx, id, s.clock())
}

// Runs lists a source's runs, newest first.
func (s *Service) Runs(ctx context.Context, sourceID string, limit int) ([]store.Run, error) {
	if _, err := s.st.Source(ctx, sourceID); err != nil {
		return nil, err
	}
	return s.st.ListRuns(ctx, sourceID, limit)
}

// GetRun loads one run.
func (s *Service) GetRun(ctx context.Context, id string) (store.Run, error) { return s.st.Run(ctx, id) }

// QueueRun puts a run of the source on the task queue and returns its id; when one is already
// waiting or running, that run's id. Any user may ask a shared source to run.
func (s *Service) QueueRun(ctx context.Context, sourceID, reason string) (string, error) {
	src, err := s.st.Source(ctx, sourceID)
	if err != nil {
		return "", err
	}
	if src.Kind == FileKind {
		return "", ErrNotFetchable
	}
	return s.enqueue(ctx, src.ID, reason)
}

func (s *Service) enqueue(ctx context.Context, sourceID, reason string) (string, error) {
	if s.queue == nil {
		return "", ErrNoQueue
	}
	id := uuid.NewString()
	if err := s.st.CreateRun(ctx, store.Run{ID: id, SourceID: sourceID, Reason: reason, QueuedAt: s.clock()}); err != nil {
		return "", err
	}
	got, dup, err := s.queue.EnqueueRun(ctx, sourceID, id)
	if err != nil || dup {
		_ = s.st.DeleteRun(context.WithoutCancel(ctx), id)
	}
	if err != nil {
		return "", fmt.Errorf("ingest: queue run: %w", err)
	}
	return got, nil
}

// check validates a source's kind, params, name and interval, fills its name and key, and refuses
// URLs that resolve to private addresses (base_url counts: it is user-supplied).
func (s *Service) check(ctx context.Context, src *store.Source, pasted bool, fe *validate.Errors) {
	if a, ok := s.opts.Lookup(src.Kind); !ok || src.Kind == FileKind || a == nil {
		fe.Add("kind", "is not a known source kind")
	}
	keys := make([]string, 0, len(src.Params))
	for k := range src.Params {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := src.Params[k]
		field := "params." + k
		if k == "url" && pasted {
			field = "url"
		}
		switch {
		case k == "" || len(k) > 64:
			fe.Add("params", "parameter names must be 1 to 64 characters")
		case len(v) > 2048:
			fe.Add(field, "must be at most 2048 characters")
		case isURLParam(k) && v != "":
			if msg := s.urlProblem(ctx, v); msg != "" {
				fe.Add(field, msg)
			}
		}
	}
	if a, ok := s.opts.Lookup(src.Kind); ok && a != nil {
		probs := source.CheckParams(a, source.Params(src.Params))
		for _, k := range slices.Sorted(maps.Keys(probs)) {
			fe.Add("params."+k, probs[k])
		}
	}
	if src.Interval < MinInterval || src.Interval > MaxInterval {
		fe.Add("interval_minutes", fmt.Sprintf("must be between %d and %d", int(MinInterval.Minutes()), int(MaxInterval.Minutes())))
	}
	if src.Name == "" {
		src.Name = defaultName(src.Kind, src.Params)
	}
	if len(src.Name) > 200 {
		fe.Add("name", "must be at most 200 characters")
	}
	src.Key = sourceKey(src.Kind, src.Params)
}

// msgCredentials refuses user:password@ in a URL: it would be stored and shown to every user, and it hides the real host.
const msgCredentials = "credentials in the URL are not supported"

func hasUserinfo(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && u.User != nil
}

// urlProblem says why a user-supplied URL is refused, for its real reason, or "" when it is accepted.
func (s *Service) urlProblem(ctx context.Context, v string) string {
	u, err := url.Parse(v)
	switch {
	case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
		return "must be an http or https URL"
	case u.User != nil:
		return msgCredentials
	}
	// Past the URL checks, CheckURL fails only on the address guard or the host lookup.
	switch err = s.fetch.CheckURL(ctx, v); {
	case err == nil:
		return ""
	case errors.Is(err, fetch.ErrPrivateAddress):
		return "is refused: it resolves to a loopback, private, link-local or metadata address"
	case errors.Is(err, fetch.ErrBadURL):
		return "must be an http or https URL"
	}
	return "cannot be resolved: the host " + u.Hostname() + " does not resolve"
}

func isURLParam(k string) bool { return k == "url" || strings.HasSuffix(k, "_url") || k == "base" }

// sourceKey identifies a board: its kind and params (json.Marshal sorts map keys), without the display-only company_name.
func sourceKey(kind string, params map[string]string) string {
	p := make(map[string]string, len(params))
	for k, v := range params {
		if k != "company_name" {
			p[k] = v
		}
	}
	b, _ := json.Marshal(p)
	return kind + ":" + string(b)
}

func defaultName(kind string, p map[string]string) string {
	for _, k := range []string{"company_name", "board", "company", "tenant", "slug", "account", "subdomain", "item"} { // never a credential such as a token
		if v := p[k]; v != "" {
			return v + " (" + kind + ")"
		}
	}
	// A feed or page is named by its host and path, so that two of one site are told apart.
	if u, err := url.Parse(p["url"]); err == nil && u.Host != "" {
		name := u.Host + strings.TrimRight(u.Path, "/")
		if r := []rune(name); len(r) > 80 {
			name = string(r[:79]) + "…"
		}
		return name + " (" + kind + ")"
	}
	return kind
}
