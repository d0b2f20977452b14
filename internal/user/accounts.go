package user

import (
	"context"
	"sync"
	"time"

	"github.com/career-copilot/copilot/internal/cache"
)

// authTTL is how long authentication reuses an account it read (its role and token version). A
// password change or deletion through this replica is seen at once; one through another replica or
// the command line within this time.
const authTTL = 2 * time.Second

// maxCachedAccounts bounds the accounts kept.
const maxCachedAccounts = 20000

// accountCache keeps the accounts recent requests authenticated as.
type accountCache struct {
	once sync.Once
	c    *cache.TTL[string, Account]
}

func (a *accountCache) init() *cache.TTL[string, Account] {
	a.once.Do(func() { a.c = cache.New[string, Account](authTTL, maxCachedAccounts) })
	return a.c
}

// account returns the account of a verified token or session, read at most every authTTL.
func (s *Service) account(ctx context.Context, id string) (Account, error) {
	return s.accounts.init().Get(ctx, id, s.now(), func(ctx context.Context) (Account, error) {
		u, err := s.st.UserByID(ctx, id)
		if err != nil {
			return Account{}, err
		}
		return toAccount(u), nil
	})
}

// Forget drops the account kept for id, after it changed.
func (s *Service) Forget(id string) { s.accounts.init().Forget(id) }
