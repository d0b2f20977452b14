package flags_test

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/flags"
	"github.com/career-copilot/copilot/internal/store"
	"github.com/career-copilot/copilot/internal/store/storetest"
)

// syncBuf is a log sink safe for the service's goroutine.
type syncBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuf) Write(p []byte) (int, error) { s.mu.Lock(); defer s.mu.Unlock(); return s.b.Write(p) }
func (s *syncBuf) String() string              { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

func logger(b *syncBuf) *slog.Logger { return slog.New(slog.NewTextHandler(b, nil)) }

// eventually polls cond for up to 5 seconds.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// replaceByRename writes content the way editors and ConfigMaps do: a new file renamed over the old.
func replaceByRename(t *testing.T, path, content string) {
	t.Helper()
	tmp := path + ".swp"
	if err := os.WriteFile(tmp, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		t.Fatal(err)
	}
}

const user1 = "user-1" // bucket 58 for advanced_matching, 99 for advanced_analytics

func TestFileReloadsOnRenameAndKeepsLastGood(t *testing.T) {
	path := filepath.Join(t.TempDir(), "flags.json")
	os.WriteFile(path, []byte(`{"advanced_matching": {"enabled": true, "rollout_percentage": 50}}`), 0o644)
	var logs syncBuf
	// A long poll interval: only the directory watch can make this test pass in time.
	s := flags.New(flags.File{Path: path}, flags.Options{Interval: time.Hour, Logger: logger(&logs)})
	if err := s.Reload(context.Background()); err != nil {
		t.Fatal(err)
	}
	if s.Enabled(flags.AdvancedMatching, user1) {
		t.Fatal("bucket 58 is on at 50%")
	}
	if s.Enabled(flags.AdvancedAnalytics, user1) || s.Enabled("unknown", user1) {
		t.Fatal("default-off and unknown flags must be off")
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Run(ctx)
	time.Sleep(50 * time.Millisecond) // let the watch start

	replaceByRename(t, path, `{"advanced_matching": {"enabled": true, "rollout_percentage": 59}, "advanced_analytics": {"enabled": true, "rollout_percentage": 100}}`)
	eventually(t, "the renamed file to apply", func() bool { return s.Enabled(flags.AdvancedMatching, user1) })
	if got := s.Evaluate(user1); len(got) != 2 || !got[flags.AdvancedMatching] || !got[flags.AdvancedAnalytics] {
		t.Fatalf("evaluate %v", got)
	}

	// An invalid file keeps the last good flags, says why, and logs it once.
	replaceByRename(t, path, `{"advanced_matching": {"enabled": true, "rollout_percentage": 500}}`)
	eventually(t, "the error to show", func() bool { return s.Status().LastError != "" })
	st := s.Status()
	if !strings.Contains(st.LastError, "advanced_matching.rollout_percentage: must be from 0 to 100") || st.Source != "file" {
		t.Fatalf("status %+v", st)
	}
	if !s.Enabled(flags.AdvancedMatching, user1) || st.Flags[flags.AdvancedMatching] != (flags.Flag{Enabled: true, RolloutPercentage: 59}) {
		t.Fatalf("last good flags lost: %+v", st.Flags)
	}
	os.Chtimes(path, time.Now(), time.Now()) // more events, same bad content
	time.Sleep(150 * time.Millisecond)
	if n := strings.Count(logs.String(), "keeping the last good flags"); n != 1 {
		t.Fatalf("bad file logged %d times:\n%s", n, logs.String())
	}

	// Removing the file returns to the defaults.
	os.Remove(path)
	eventually(t, "the defaults after removal", func() bool { return !s.Enabled(flags.AdvancedAnalytics, user1) })
	if st := s.Status(); st.LastError != "" || st.Flags[flags.AdvancedMatching] != (flags.Flag{Enabled: true, RolloutPercentage: 100}) {
		t.Fatalf("after removal %+v", st)
	}
}

// pollOnly hides File's watcher, as on a file system that sends no events.
type pollOnly struct{ f flags.File }

func (p pollOnly) Name() string                                { return p.f.Name() }
func (p pollOnly) Load(ctx context.Context) (flags.Set, error) { return p.f.Load(ctx) }
func (p pollOnly) Save(ctx context.Context, s flags.Set, by string) error {
	return p.f.Save(ctx, s, by)
}

func TestPollFallback(t *testing.T) {
	path := filepath.Join(t.TempDir(), "flags.json")
	var logs syncBuf
	s := flags.New(pollOnly{flags.File{Path: path}}, flags.Options{Interval: 30 * time.Millisecond, Logger: logger(&logs)})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go s.Run(ctx)
	os.WriteFile(path, []byte(`{"advanced_analytics": {"enabled": true, "rollout_percentage": 100}}`), 0o644)
	eventually(t, "the poll to pick up the file", func() bool { return s.Enabled(flags.AdvancedAnalytics, "anyone") })
}

func TestReplaceWritesFileAtomically(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "flags.json")
	s := flags.New(flags.File{Path: path}, flags.Options{Logger: logger(&syncBuf{})})
	ctx := context.Background()
	err := s.Replace(ctx, flags.Set{flags.AdvancedAnalytics: {Enabled: true, RolloutPercentage: 10}}, "admin-id")
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	want := "{\n  \"advanced_analytics\": {\n    \"enabled\": true,\n    \"rollout_percentage\": 10\n  }\n}\n"
	if string(data) != want {
		t.Fatalf("file:\n%s", data)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("temporary files left: %v", entries)
	}
	// Flags the new set does not name are back to their defaults.
	if st := s.Status(); st.Flags[flags.AdvancedMatching] != (flags.Flag{Enabled: true, RolloutPercentage: 100}) || st.Flags[flags.AdvancedAnalytics] != (flags.Flag{Enabled: true, RolloutPercentage: 10}) {
		t.Fatalf("status %+v", st.Flags)
	}
	// An invalid set is refused and the file is untouched.
	if err := s.Replace(ctx, flags.Set{"x": {RolloutPercentage: 200}}, ""); err == nil {
		t.Fatal("invalid set saved")
	}
	if again, _ := os.ReadFile(path); string(again) != want {
		t.Fatal("file changed by a refused replace")
	}
}

func TestDatabaseReplicasAgree(t *testing.T) {
	storetest.Each(t, func(t *testing.T, d store.Dialect) {
		st := storetest.Open(t, d)
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		a := flags.New(flags.DB{St: st}, flags.Options{Interval: 20 * time.Millisecond, Logger: logger(&syncBuf{})})
		b := flags.New(flags.DB{St: st}, flags.Options{Interval: 20 * time.Millisecond, Logger: logger(&syncBuf{})})
		go a.Run(ctx)
		go b.Run(ctx)
		if !b.Enabled(flags.AdvancedMatching, user1) || b.Status().Source != "database" {
			t.Fatal("an empty table means the defaults")
		}
		if err := a.Replace(ctx, flags.Set{flags.AdvancedMatching: {Enabled: true, RolloutPercentage: 58}}, ""); err != nil {
			t.Fatal(err)
		}
		if a.Enabled(flags.AdvancedMatching, user1) {
			t.Fatal("the writing replica applies at once: bucket 58 is out at 58%")
		}
		eventually(t, "replica b to poll the change", func() bool { return !b.Enabled(flags.AdvancedMatching, user1) })
		if got := b.Status().Flags[flags.AdvancedMatching]; got != (flags.Flag{Enabled: true, RolloutPercentage: 58}) {
			t.Fatalf("replica b has %+v", got)
		}
	})
}
