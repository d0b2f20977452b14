package index

import (
	"context"
	"sync"
	"time"

	"github.com/career-copilot/copilot/internal/cache"
	"github.com/career-copilot/copilot/internal/match"
	"github.com/career-copilot/copilot/internal/profile"
	"github.com/career-copilot/copilot/internal/store"
)

// How long the service trusts what it read for a request without reading it again. A change made
// through this replica is seen at once (forget); one made through another replica within these times.
const (
	// userTTL bounds how long a user's profile and resume versions and saved/dismissed marks are reused.
	userTTL = 2 * time.Second
	// postingTTL bounds how long a hit's posting is reused: the poll interval of the index, which is
	// as late as ranking itself sees a change (cli serve refreshes every 3 s).
	postingTTL = 3 * time.Second
	// maxHotPostings and maxHotUsers bound what is kept: a thousand postings' text is about 6 MB,
	// more than the hits of a few seconds of busy searching.
	maxHotPostings = 1000
	maxHotUsers    = 20000
)

// hotCache keeps the reads every search and match request repeats: the user's versions and marks,
// and each hit's posting with its skill mentions. Concurrent misses of one key read once.
type hotCache struct {
	once  sync.Once
	vers  *cache.TTL[string, userVersion]
	marks *cache.TTL[string, map[string]store.PostingMark]
	posts *cache.TTL[string, *hotPosting]
}

// userVersion is a user's profile and the version of it and of their primary resume.
type userVersion struct {
	ver string
	p   profile.Profile
}

// hotPosting is a posting as every user sees it (no marks, no links) and where it names skills.
type hotPosting struct {
	p        store.StoredPosting
	mentions []match.PostingMention
}

func (h *hotCache) init() *hotCache {
	h.once.Do(func() {
		h.vers = cache.New[string, userVersion](userTTL, maxHotUsers)
		h.marks = cache.New[string, map[string]store.PostingMark](userTTL, maxHotUsers)
		h.posts = cache.New[string, *hotPosting](postingTTL, maxHotPostings)
	})
	return h
}

// forget drops what was read for the user; reads begun before it are not kept.
func (h *hotCache) forget(userID string) {
	h.init()
	h.vers.Forget(userID)
	h.marks.Forget(userID)
}

// dropPosting forgets a posting the index saw change.
func (h *hotCache) dropPosting(id string) { h.init().posts.Forget(id) }

// userVersion returns the user's profile and versions, read at most every userTTL.
func (s *Service) userVersion(ctx context.Context, userID string) (userVersion, error) {
	return s.hot.init().vers.Get(ctx, userID, s.now(), func(ctx context.Context) (userVersion, error) {
		p, err := s.profiles.Profile(ctx, userID)
		if err != nil {
			return userVersion{}, err
		}
		rid, rat, err := s.st.PrimaryResumeVersion(ctx, userID)
		if err != nil {
			return userVersion{}, err
		}
		return userVersion{ver: version(p, rid, rat), p: p}, nil
	})
}

// Marks returns the user's saved and dismissed postings, read at most every userTTL and at once
// after a change through this replica.
func (s *Service) Marks(ctx context.Context, userID string) (map[string]store.PostingMark, error) {
	return s.hot.init().marks.Get(ctx, userID, s.now(), func(ctx context.Context) (map[string]store.PostingMark, error) {
		return s.st.PostingMarks(ctx, userID)
	})
}

// hitPosting returns a posting without marks or links and its skill mentions, read at most every postingTTL.
func (s *Service) hitPosting(ctx context.Context, id string) (store.StoredPosting, []match.PostingMention, error) {
	posts := s.hot.init().posts
	e, err := posts.Get(ctx, id, s.now(), func(ctx context.Context) (*hotPosting, error) {
		p, err := s.st.Posting(ctx, id, "")
		if err != nil {
			return nil, err
		}
		p.Links, p.DescriptionHTML = nil, "" // a hit shows neither
		if last, ok := posts.Last(id); ok && last.p.DescriptionText == p.DescriptionText {
			return &hotPosting{p: p, mentions: last.mentions}, nil
		}
		mentions, _ := match.PostingSkills(&p.Posting)
		return &hotPosting{p: p, mentions: mentions}, nil
	})
	if err != nil {
		return store.StoredPosting{}, nil, err
	}
	return e.p, e.mentions, nil
}
