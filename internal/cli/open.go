package cli

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/career-copilot/copilot/internal/config"
	"github.com/career-copilot/copilot/internal/store"
)

// openStore connects to the configured database.
func openStore(ctx context.Context, c *config.Config) (*store.Store, error) {
	o := store.Options{MaxConns: c.DBMaxConns}
	if c.Postgres() {
		o.DatabaseURL = c.DatabaseURL
	} else {
		o.SQLitePath = c.SQLitePath()
	}
	return store.Open(ctx, o)
}

// jwtSecret returns JWT_SECRET, or on the embedded default a secret generated once and kept in the data dir.
func jwtSecret(c *config.Config) ([]byte, error) {
	if c.JWTSecret != "" {
		return []byte(c.JWTSecret), nil
	}
	if c.Postgres() {
		return nil, errors.New("JWT_SECRET is required with PostgreSQL")
	}
	path := filepath.Join(c.DataDir, "jwt_secret")
	b, err := os.ReadFile(path)
	if err == nil {
		if s := strings.TrimSpace(string(b)); len(s) >= 32 {
			return []byte(s), nil
		}
		return nil, fmt.Errorf("%s is shorter than 32 characters; delete it to generate a new one", path)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	raw := make([]byte, 48)
	if _, err := rand.Read(raw); err != nil {
		return nil, err
	}
	s := base64.RawURLEncoding.EncodeToString(raw)
	if err := os.MkdirAll(c.DataDir, 0o750); err != nil {
		return nil, fmt.Errorf("create data dir: %w", err)
	}
	if err := os.WriteFile(path, []byte(s+"\n"), 0o600); err != nil {
		return nil, fmt.Errorf("write %s: %w", path, err)
	}
	return []byte(s), nil
}
