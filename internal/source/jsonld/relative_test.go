package jsonld

import (
	"testing"

	"github.com/career-copilot/copilot/internal/source/sourcetest"
)

// TestParsePageRelative resolves a posting's relative url against the page's URL; its id stays the url or
// @id as the page writes it, as earlier versions stored it, so an upgrade does not file the jobs again.
func TestParsePageRelative(t *testing.T) {
	drafts, errs, err := ParsePage(sourcetest.Read(t, "testdata/relative.html"), "https://brightline.example/careers/")
	if err != nil || len(errs) != 0 || len(drafts) != 4 {
		t.Fatalf("ParsePage: %v %+v %d", err, errs, len(drafts))
	}
	want := [][2]string{
		{"https://brightline.example/careers/jobs/41", "/careers/jobs/41"},
		{"", "jobs/42#posting"},
		{"https://brightline.example/careers/jobs/43", "BL-43"},
		{"https://cdn.brightline.example/jobs/44", "//cdn.brightline.example/jobs/44"},
	}
	for i, w := range want {
		if d := drafts[i]; d.URL != w[0] || d.ExternalID != w[1] {
			t.Errorf("draft %d url %q id %q, want %q %q", i, d.URL, d.ExternalID, w[0], w[1])
		}
	}
}

// TestParseRelativeNoPage leaves relative urls out when the page's URL is not known; the id keeps
// the text the page gives.
func TestParseRelativeNoPage(t *testing.T) {
	drafts, errs, err := Parse(sourcetest.Read(t, "testdata/relative.html"))
	if err != nil || len(errs) != 0 || len(drafts) != 4 {
		t.Fatalf("Parse: %v %+v %d", err, errs, len(drafts))
	}
	want := [][2]string{
		{"", "/careers/jobs/41"},
		{"", "jobs/42#posting"},
		{"https://brightline.example/careers/jobs/43", "BL-43"},
		{"", "//cdn.brightline.example/jobs/44"},
	}
	for i, w := range want {
		if d := drafts[i]; d.URL != w[0] || d.ExternalID != w[1] {
			t.Errorf("draft %d url %q id %q, want %q %q", i, d.URL, d.ExternalID, w[0], w[1])
		}
	}
}

// TestParseBaseHref resolves against the page's <base href>, itself resolved against the page URL.
func TestParseBaseHref(t *testing.T) {
	for _, page := range []string{"", "https://brightline.example/"} {
		drafts, _, err := ParsePage(sourcetest.Read(t, "testdata/basehref.html"), page)
		if err != nil || len(drafts) != 1 || drafts[0].URL != "https://jobs.brightline.example/en/jobs/45" {
			t.Errorf("page %q: %v %+v", page, err, drafts)
		}
	}
}
