package index

import (
	"context"
	"sync"
	"time"

	"github.com/career-copilot/copilot/internal/match"
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
	// maxHotPostings bounds the postings kept; past it the expired ones, or else half, are dropped.
	maxHotPostings = 4000
	// maxHotUsers bounds the users kept; past it all are forgotten.
	maxHotUsers = 20000
)

// hotCache keeps the reads every search and match request repeats: the user's versions and marks,
// and each hit's posting with its skill mentions.
type hotCache struct {
	mu    sync.Mutex
	gen   uint64 // moves on at every forget, so a read that raced a write is not kept
	users map[string]*hotUser
	posts map[string]*hotPosting
}

// hotUser is what was read for one user.
type hotUser struct {
	ver     string // profile and primary resume version last checked
	verAt   time.Time
	marks   map[string]store.PostingMark
	marksAt time.Time
}

// hotPosting is a posting as every user sees it (no marks, no links) and where it names skills.
type hotPosting struct {
	p        store.StoredPosting
	mentions []match.PostingMention
	at       time.Time
}

func (h *hotCache) user(userID string) *hotUser {
	if h.users == nil || len(h.users) > maxHotUsers {
		h.users = map[string]*hotUser{}
	}
	u := h.users[userID]
	if u == nil {
		u = &hotUser{}
		h.users[userID] = u
	}
	return u
}

// generation is the current generation, to pass back when storing what was read after it.
func (h *hotCache) generation() uint64 {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.gen
}

// forget drops everything read for the user; reads begun before it are not stored.
func (h *hotCache) forget(userID string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.users, userID)
	h.gen++
}

// versionFresh reports whether ver was checked for the user less than userTTL before now.
func (h *hotCache) versionFresh(userID, ver string, now time.Time) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	u := h.user(userID)
	return u.ver == ver && ver != "" && now.Sub(u.verAt) < userTTL && !now.Before(u.verAt)
}

// checked records that ver is the user's version as read at now, unless the user was forgotten since gen.
func (h *hotCache) checked(userID string, gen uint64, ver string, now time.Time) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.gen == gen {
		u := h.user(userID)
		u.ver, u.verAt = ver, now
	}
}

// marks returns the user's saved and dismissed postings, read at most every userTTL.
func (s *Service) marks(ctx context.Context, userID string) (map[string]store.PostingMark, error) {
	now := s.now()
	h := &s.hot
	h.mu.Lock()
	u := h.user(userID)
	m, at, gen := u.marks, u.marksAt, h.gen
	h.mu.Unlock()
	if m != nil && now.Sub(at) < userTTL && !now.Before(at) {
		return m, nil
	}
	m, err := s.st.PostingMarks(ctx, userID)
	if err != nil {
		return nil, err
	}
	h.mu.Lock()
	if h.gen == gen {
		u := h.user(userID)
		u.marks, u.marksAt = m, now
	}
	h.mu.Unlock()
	return m, nil
}

// hitPosting returns a posting without marks or links and its skill mentions, read at most every postingTTL.
func (s *Service) hitPosting(ctx context.Context, id string) (store.StoredPosting, []match.PostingMention, error) {
	now := s.now()
	h := &s.hot
	h.mu.Lock()
	e := h.posts[id]
	h.mu.Unlock()
	if e != nil && now.Sub(e.at) < postingTTL && !now.Before(e.at) {
		return e.p, e.mentions, nil
	}
	p, err := s.st.Posting(ctx, id, "")
	if err != nil {
		return p, nil, err
	}
	p.Links, p.DescriptionHTML = nil, "" // a hit shows neither
	var mentions []match.PostingMention
	if e != nil && e.p.DescriptionText == p.DescriptionText {
		mentions = e.mentions
	} else {
		mentions, _ = match.PostingSkills(&p.Posting)
	}
	h.mu.Lock()
	if h.posts == nil {
		h.posts = map[string]*hotPosting{}
	}
	if len(h.posts) >= maxHotPostings {
		h.shrink(now)
	}
	h.posts[id] = &hotPosting{p: p, mentions: mentions, at: now}
	h.mu.Unlock()
	return p, mentions, nil
}

// shrink forgets the expired postings and, if that is not enough, any others down to half the bound; h.mu is held.
func (h *hotCache) shrink(now time.Time) {
	for id, e := range h.posts {
		if now.Sub(e.at) >= postingTTL {
			delete(h.posts, id)
		}
	}
	n := len(h.posts) - maxHotPostings/2
	for id := range h.posts {
		if n <= 0 {
			break
		}
		delete(h.posts, id)
		n--
	}
}

// dropPosting forgets a posting the index saw change.
func (h *hotCache) dropPosting(id string) {
	h.mu.Lock()
	delete(h.posts, id)
	h.mu.Unlock()
}
