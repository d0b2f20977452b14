package cli

import "testing"

func TestRuntimeLimitSet(t *testing.T) {
	for v, want := range map[string]bool{"": false, "  ": false, "300MiB": true, "off": true} {
		lookup := func(k string) (string, bool) { return v, k == "GOMEMLIMIT" }
		if got := runtimeLimitSet(lookup); got != want {
			t.Errorf("GOMEMLIMIT=%q: set %v, want %v", v, got, want)
		}
	}
	if runtimeLimitSet(func(string) (string, bool) { return "", false }) {
		t.Error("an unset GOMEMLIMIT counts as set")
	}
}
