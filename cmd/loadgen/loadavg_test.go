package main

import "testing"

func TestFirstField(t *testing.T) {
	for in, want := range map[string]string{"7.26 8.07 7.66 3/912 4242\n": "7.26", "": "?", "  \n": "?"} {
		if got := firstField(in); got != want {
			t.Errorf("firstField(%q) = %q, want %q", in, got, want)
		}
	}
}
