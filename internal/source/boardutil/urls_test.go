package boardutil

import "testing"

func TestBaseAndAbsolute(t *testing.T) {
	feed := Base(nil, "https://jobs.example.org/board/")
	for _, c := range []struct {
		parent, ref, link, want string
	}{
		{"https://jobs.example.org/board/", "", "/jobs/1", "https://jobs.example.org/jobs/1"},
		{"https://jobs.example.org/board/", "", "jobs/1?x=1", "https://jobs.example.org/board/jobs/1?x=1"},
		{"https://jobs.example.org/board/", "../other/", "a", "https://jobs.example.org/other/a"},
		{"https://jobs.example.org/board/", "https://acme.example/c/", "d", "https://acme.example/c/d"},
		{"https://jobs.example.org/board/", "", "//cdn.example/x", "https://cdn.example/x"},
		{"https://jobs.example.org/board/", "", "HTTPS://Acme.example/J", "HTTPS://Acme.example/J"},
		{"https://jobs.example.org/board/", "", "mailto:jobs@acme.example", "mailto:jobs@acme.example"},
		{"", "", "/jobs/1", ""},
		{"", "/relative/base/", "x", ""},
		{"", "https://acme.example/", "", ""},
	} {
		parent := feed
		if c.parent == "" {
			parent = nil
		}
		if got := Absolute(Base(parent, c.ref), c.link); got != c.want {
			t.Errorf("%q + %q + %q = %q, want %q", c.parent, c.ref, c.link, got, c.want)
		}
	}
}
