package index

import (
	"context"
	"errors"
	"time"

	"github.com/career-copilot/copilot/internal/profile"

	"github.com/career-copilot/copilot/internal/match"
	"github.com/career-copilot/copilot/internal/search"
	"github.com/career-copilot/copilot/internal/store"
)

// Candidate returns the user's prepared profile and primary resume. The prepared form is
// cached and reused while the profile's and the primary resume's versions are unchanged; the
// versions are read again at most every userTTL, so a change made through another replica is
// seen within that time and one made through this replica (Invalidate) at once.
func (s *Service) Candidate(ctx context.Context, userID string) (*match.Candidate, error) {
	c, _, err := s.candidate(ctx, userID)
	return c, err
}

// Profile is the user's profile as the prepared candidate was made from it.
func (s *Service) Profile(ctx context.Context, userID string) (profile.Profile, error) {
	_, p, err := s.candidate(ctx, userID)
	return p, err
}

func (s *Service) candidate(ctx context.Context, userID string) (*match.Candidate, profile.Profile, error) {
	uv, err := s.userVersion(ctx, userID)
	if err != nil {
		return nil, uv.p, err
	}
	s.candMu.Lock()
	cached, ok := s.cands[userID]
	s.candMu.Unlock()
	if ok && cached.ver == uv.ver {
		return cached.c, uv.p, nil
	}
	doc, err := s.primaryDoc(ctx, userID)
	if err != nil {
		return nil, uv.p, err
	}
	c := match.NewCandidate(uv.p, doc)
	s.candMu.Lock()
	s.cands[userID] = cachedCandidate{c: c, ver: uv.ver}
	s.candMu.Unlock()
	return c, uv.p, nil
}

// cachedCandidate is a prepared candidate and the versions it was prepared from.
type cachedCandidate struct {
	c   *match.Candidate
	ver string
}

func version(p profile.Profile, resumeID string, resumeAt time.Time) string {
	pv := ""
	if p.UpdatedAt != nil {
		pv = p.UpdatedAt.UTC().Format(time.RFC3339Nano)
	}
	return pv + "|" + resumeID + "|" + resumeAt.Format(time.RFC3339Nano)
}

// Saved and dismissed views of a query.
const (
	StateAny          = ""
	StateSaved        = "saved"
	StateDismissed    = "dismissed"
	StateNotDismissed = "not_dismissed"
)

// withState narrows a filter to the user's saved or dismissed postings.
func (s *Service) withState(ctx context.Context, userID, state string, f *search.Filter) error {
	if state == StateAny {
		return nil
	}
	marks, err := s.Marks(ctx, userID)
	if err != nil {
		return err
	}
	saved, dismissed := map[string]bool{}, map[string]bool{}
	for id, m := range marks {
		if !m.SavedAt.IsZero() {
			saved[id] = true
		}
		if !m.DismissedAt.IsZero() {
			dismissed[id] = true
		}
	}
	switch state {
	case StateSaved:
		f.IDs = saved
	case StateDismissed:
		f.IDs = dismissed
	default:
		f.NotIDs = dismissed
	}
	return nil
}

// Matches ranks the index for the user (dismissed postings left out unless state says otherwise).
func (s *Service) Matches(ctx context.Context, userID, state string, q search.Query) (search.Results, *match.Candidate, error) {
	c, err := s.Candidate(ctx, userID)
	if err != nil {
		return search.Results{}, nil, err
	}
	if state == StateAny {
		state = StateNotDismissed
	}
	if err := s.withState(ctx, userID, state, &q.Filter); err != nil {
		return search.Results{}, nil, err
	}
	if s.hybrid != nil {
		res, err := s.hybrid.matches(ctx, s, userID, c, q)
		return res, c, err
	}
	res, err := s.ix.Matches(c, q)
	return res, c, err
}

// Search runs a full-text query for the user; each hit carries the user's match score.
func (s *Service) Search(ctx context.Context, userID, state string, q search.Query) (search.Results, error) {
	c, err := s.Candidate(ctx, userID)
	if err != nil {
		return search.Results{}, err
	}
	q.Candidate = c
	if err := s.withState(ctx, userID, state, &q.Filter); err != nil {
		return search.Results{}, err
	}
	return s.ix.Search(q)
}

// Explain says why a posting scores what it does for the user.
func (s *Service) Explain(ctx context.Context, userID, postingID string) (match.Explanation, store.StoredPosting, error) {
	c, err := s.Candidate(ctx, userID)
	if err != nil {
		return match.Explanation{}, store.StoredPosting{}, err
	}
	p, err := s.st.Posting(ctx, postingID, userID)
	if err != nil {
		return match.Explanation{}, p, err
	}
	mentions, _ := match.PostingSkills(&p.Posting)
	text, _ := s.ix.TextFit(c, postingID)
	return s.explain(c, &p, mentions, text), p, nil
}

func (s *Service) explain(c *match.Candidate, p *store.StoredPosting, mentions []match.PostingMention, text float64) match.Explanation {
	f, ok := s.ix.Features(p.ID)
	if !ok {
		f = match.NewFeatures(&p.Posting)
	}
	return match.ExplainMentions(c, &p.Posting, &f, mentions, text, s.now())
}

// Explained is a hit's posting, with the user's marks but without its links, and its explanation.
type Explained struct {
	Posting     store.StoredPosting
	Explanation match.Explanation
}

// ExplainHits explains each hit of a page for the user, in order; postings deleted since the index
// saw them are left out. It reads the user once and each posting at most every postingTTL, and takes
// the text relevance the ranking computed with the hit when it carries one.
func (s *Service) ExplainHits(ctx context.Context, userID string, hits []search.Hit) ([]Explained, error) {
	c, err := s.Candidate(ctx, userID)
	if err != nil {
		return nil, err
	}
	marks, err := s.Marks(ctx, userID)
	if err != nil {
		return nil, err
	}
	out := make([]Explained, 0, len(hits))
	for _, h := range hits {
		p, mentions, err := s.hitPosting(ctx, h.ID)
		if IsNotFound(err) {
			continue
		}
		if err != nil {
			return nil, err
		}
		m := marks[h.ID]
		p.SavedAt, p.DismissedAt = m.SavedAt, m.DismissedAt
		text := h.Result.Parts[match.Text]
		if h.Result.Score == 0 { // not scored with the candidate: ask the index
			text, _ = s.ix.TextFit(c, h.ID)
		}
		out = append(out, Explained{Posting: p, Explanation: s.explain(c, &p, mentions, text)})
	}
	return out, nil
}

// Similar lists postings like one.
func (s *Service) Similar(ctx context.Context, postingID string, limit int) ([]search.Hit, error) {
	hits, ok := s.ix.Similar(postingID, limit)
	if !ok {
		if _, err := s.st.Posting(ctx, postingID, ""); err != nil {
			return nil, err
		}
		return nil, ErrNoPosting
	}
	return hits, nil
}

// SkillGap lists the skills most often missing across the user's top n matches.
func (s *Service) SkillGap(ctx context.Context, userID string, q search.Query, n int) ([]search.GapSkill, error) {
	c, err := s.Candidate(ctx, userID)
	if err != nil {
		return nil, err
	}
	if err := s.withState(ctx, userID, StateNotDismissed, &q.Filter); err != nil {
		return nil, err
	}
	return s.ix.SkillGap(c, q, n)
}

// IsNotFound reports the errors the service returns for missing rows.
func IsNotFound(err error) bool {
	return errors.Is(err, store.ErrNotFound) || errors.Is(err, ErrNoPosting)
}

// Posting loads one posting with the user's saved and dismissed marks.
func (s *Service) Posting(ctx context.Context, id, userID string) (store.StoredPosting, error) {
	return s.st.Posting(ctx, id, userID)
}

// Forget drops the user's marks and versions kept between requests, so their next request reads them again.
func (s *Service) Forget(userID string) { s.hot.forget(userID) }
