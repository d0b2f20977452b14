package user

import (
	"context"
	"sync"
	"time"
)

// authTTL is how long authentication reuses an account it read (its role and token version). A
// password change or deletion through this replica is seen at once; one through another replica or
// the command line within this time.
const authTTL = 2 * time.Second

// maxCachedAccounts bounds the accounts kept; past it all are forgotten.
const maxCachedAccounts = 20000

// accountCache keeps the accounts recent requests authenticated as.
type accountCache struct {
	mu  sync.Mutex
	gen uint64 // moves on at every forget, so a read that raced a write is not kept
	m   map[string]cachedAccount
}

type cachedAccount struct {
	a  Account
	at time.Time
}

// account returns the account of a verified token or session, read at most every authTTL.
func (s *Service) account(ctx context.Context, id string) (Account, error) {
	now := s.now()
	c := &s.accounts
	c.mu.Lock()
	e, ok := c.m[id]
	gen := c.gen
	c.mu.Unlock()
	if ok && now.Sub(e.at) < authTTL && !now.Before(e.at) {
		return e.a, nil
	}
	u, err := s.st.UserByID(ctx, id)
	if err != nil {
		return Account{}, err
	}
	a := toAccount(u)
	c.mu.Lock()
	if c.gen == gen {
		if c.m == nil || len(c.m) >= maxCachedAccounts {
			c.m = map[string]cachedAccount{}
		}
		c.m[id] = cachedAccount{a: a, at: now}
	}
	c.mu.Unlock()
	return a, nil
}

// Forget drops the account kept for id, after it changed.
func (s *Service) Forget(id string) {
	c := &s.accounts
	c.mu.Lock()
	delete(c.m, id)
	c.gen++
	c.mu.Unlock()
}
