package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/career-copilot/copilot/internal/embed"
	"github.com/career-copilot/copilot/internal/match"
	"github.com/career-copilot/copilot/internal/search"
	"github.com/career-copilot/copilot/internal/store"
)

// hybridPool is how many of the deterministic ranking's best the embedding ranking reorders.
const hybridPool = 200

// rrfK is the reciprocal rank fusion constant (the usual 60).
const rrfK = 60

// hybrid fuses the deterministic ranking with embedding similarity (advanced_matching).
type hybrid struct {
	p       embed.Provider
	enabled func(userID string) bool
	mu      sync.RWMutex
	vecs    map[string][]float32 // posting id → vector
}

// EnableEmbeddings turns on hybrid ranking with a provider; enabled says per user whether
// advanced_matching is on (a plain bool until feature flags are wired in).
func (s *Service) EnableEmbeddings(ctx context.Context, p embed.Provider, enabled func(userID string) bool) error {
	h := &hybrid{p: p, enabled: enabled, vecs: map[string][]float32{}}
	stored, err := s.st.PostingEmbeddings(ctx, p.Model())
	if err != nil {
		return err
	}
	for id, b := range stored {
		if v, err := embed.Decode(b); err == nil {
			h.vecs[id] = v
		}
	}
	s.hybrid = h
	return nil
}

// EmbedPending embeds up to limit postings that have no vector yet; it returns how many it stored.
func (s *Service) EmbedPending(ctx context.Context, limit int) (int, error) {
	h := s.hybrid
	if h == nil {
		return 0, nil
	}
	todo, err := s.st.PostingsWithoutEmbedding(ctx, h.p.Model(), limit)
	if err != nil || len(todo) == 0 {
		return 0, err
	}
	texts := make([]string, len(todo))
	for i, t := range todo {
		texts[i] = postingText(t)
	}
	vecs, err := h.p.Embed(ctx, texts)
	if err != nil {
		return 0, fmt.Errorf("index: embed postings: %w", err)
	}
	for i, t := range todo {
		if err := s.st.PutPostingEmbedding(ctx, t.PostingID, h.p.Model(), embed.Encode(vecs[i]), hashText(texts[i]), s.now()); err != nil {
			return i, err
		}
		h.mu.Lock()
		h.vecs[t.PostingID] = vecs[i]
		h.mu.Unlock()
	}
	return len(todo), nil
}

// postingText is what a posting's vector is made of: title, company and the start of the description.
func postingText(t store.EmbeddingTodo) string {
	text := t.Text
	if len(text) > 4000 {
		text = text[:4000]
	}
	return t.Title + "\n" + t.Company + "\n" + text
}

func hashText(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:8])
}

// profileVector returns the user's vector, embedding their profile and resume text when it changed.
func (s *Service) profileVector(ctx context.Context, userID string, c *match.Candidate) ([]float32, error) {
	h := s.hybrid
	text := c.QueryText
	if len(text) > 8000 {
		text = text[:8000]
	}
	hash := hashText(text)
	b, stored, err := s.st.ProfileEmbedding(ctx, userID, h.p.Model())
	if err == nil && stored == hash {
		return embed.Decode(b)
	}
	if err != nil && !errors.Is(err, store.ErrNotFound) {
		return nil, err
	}
	vs, err := h.p.Embed(ctx, []string{text})
	if err != nil {
		return nil, fmt.Errorf("index: embed profile: %w", err)
	}
	if err := s.st.PutProfileEmbedding(ctx, userID, h.p.Model(), embed.Encode(vs[0]), hash, s.now()); err != nil {
		return nil, err
	}
	return vs[0], nil
}

// matches ranks the deterministic pool again by reciprocal rank fusion with embedding
// similarity. Paging is by offset ("h:N" cursors). Without the flag, or when the provider
// fails, it answers the deterministic ranking.
func (h *hybrid) matches(ctx context.Context, s *Service, userID string, c *match.Candidate, q search.Query) (search.Results, error) {
	if !h.enabled(userID) {
		return s.ix.Matches(c, q)
	}
	offset := 0
	if q.Cursor != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(q.Cursor, "h:"))
		if !strings.HasPrefix(q.Cursor, "h:") || err != nil || n < 0 {
			return search.Results{}, search.ErrCursor
		}
		offset = n
	}
	limit := q.Limit
	if limit <= 0 {
		limit = 20
	}
	pool := q
	pool.Cursor, pool.Limit = "", hybridPool
	res, err := s.ix.Matches(c, pool)
	if err != nil {
		return res, err
	}
	pv, err := s.profileVector(ctx, userID, c)
	if err != nil {
		slog.WarnContext(ctx, "embedding the profile failed; deterministic ranking only", "err", err)
		q.Cursor = ""
		return s.ix.Matches(c, q)
	}
	det := make([]string, len(res.Hits))
	byID := map[string]search.Hit{}
	type sim struct {
		id string
		v  float64
	}
	var sims []sim
	h.mu.RLock()
	for i, hit := range res.Hits {
		det[i] = hit.ID
		byID[hit.ID] = hit
		if v, ok := h.vecs[hit.ID]; ok {
			sims = append(sims, sim{hit.ID, embed.Cosine(pv, v)})
		}
	}
	h.mu.RUnlock()
	sort.Slice(sims, func(i, j int) bool {
		if sims[i].v != sims[j].v {
			return sims[i].v > sims[j].v
		}
		return sims[i].id < sims[j].id
	})
	emb := make([]string, len(sims))
	for i, x := range sims {
		emb[i] = x.id
	}
	fused := embed.RRF(rrfK, det, emb)
	out := search.Results{Total: res.Total, Facets: res.Facets}
	for i := offset; i < len(fused) && i < offset+limit; i++ {
		out.Hits = append(out.Hits, byID[fused[i]])
	}
	if offset+limit < len(fused) {
		out.NextCursor = "h:" + strconv.Itoa(offset+limit)
	}
	return out, nil
}
