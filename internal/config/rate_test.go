package config

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/ratelimit"
)

func TestRateSettings(t *testing.T) {
	c, err := Load(env(nil), nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []ratelimit.Rate{{Limit: 20, Window: time.Minute}, {Limit: 120, Window: time.Minute}, {Limit: 600, Window: time.Minute}}
	if got := []ratelimit.Rate{c.RateAuth, c.RateWrites, c.RateReads}; got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Fatalf("defaults %v, want %v", got, want)
	}
	c, err = Load(env(map[string]string{"COPILOT_RATE_READS": "50/10s"}), nil)
	if err != nil || c.RateReads != (ratelimit.Rate{Limit: 50, Window: 10 * time.Second}) {
		t.Fatalf("reads %v %v", c.RateReads, err)
	}
	if !strings.Contains(strings.Join(c.Dump(), "\n"), "COPILOT_RATE_READS=50/10s") {
		t.Fatalf("dump %v", c.Dump())
	}
	for _, name := range []string{"COPILOT_RATE_AUTH", "COPILOT_RATE_WRITES", "COPILOT_RATE_READS"} {
		_, err := Load(env(map[string]string{name: "lots"}), nil)
		var ce *Error
		if !errors.As(err, &ce) || ce.Env != name || ce.Reason != "want N/window such as 20/1m" {
			t.Errorf("%s=lots: %v", name, err)
		}
		if err.Error() != "config: "+name+`="lots" is invalid: want N/window such as 20/1m` {
			t.Errorf("message %q", err.Error())
		}
	}
}
