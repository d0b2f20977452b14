package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/career-copilot/copilot/internal/testutil"
)

const cliResume = `Jane Roe
jane@example.com

Experience
Backend Engineer, Acme, Berlin
Jan 2019 - Present
• Built billing services in Python on PostgreSQL.

Skills
Python, PostgreSQL, Kafka
`

func TestMatchCommand(t *testing.T) {
	dir := t.TempDir()
	cv := filepath.Join(dir, "cv.txt")
	if err := os.WriteFile(cv, []byte(cliResume), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	e := env{stdout: &out, stderr: &errb, lookup: func(string) (string, bool) { return "", false }}
	if code := e.run(context.Background(), []string{"match", "--resume", cv, "--postings", filepath.Join("testdata", "match-postings.json"), "--top", "3", "--json"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var ranked []rankedPosting
	if err := json.Unmarshal(out.Bytes(), &ranked); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out.String())
	}
	var titles []string
	for _, r := range ranked {
		titles = append(titles, r.Title)
	}
	// The backend posting asks for Python and PostgreSQL (both shown) and Kafka (listed): first.
	if len(titles) != 3 || titles[0] != "Senior Backend Engineer" || titles[2] != "Product Manager" {
		t.Fatalf("ranking = %v", titles)
	}
	top := ranked[0].Explanation
	if len(top.Components) != 7 || top.Score != ranked[0].Score {
		t.Fatalf("explanation = %+v", top)
	}
	found := false
	for _, m := range top.Matched {
		if m.Skill == "Python" && m.Evidence.Line == "• Built billing services in Python on PostgreSQL." && m.Kind == "required" {
			found = true
		}
	}
	if !found {
		t.Errorf("Python evidence missing: %+v", top.Matched)
	}
	// The text form prints the same order.
	out.Reset()
	if code := e.run(context.Background(), []string{"match", "--resume", cv, "--postings", "testdata", "--top", "1"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !bytes.Contains(out.Bytes(), []byte(" 1. [")) || !bytes.Contains(out.Bytes(), []byte("Senior Backend Engineer")) {
		t.Errorf("text output:\n%s", out.String())
	}
}

func TestMatchTopOutOfRange(t *testing.T) {
	cv := filepath.Join(t.TempDir(), "cv.txt")
	if err := os.WriteFile(cv, []byte(cliResume), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, top := range []string{"0", "-3", "201"} {
		var out, errb bytes.Buffer
		e := env{stdout: &out, stderr: &errb, lookup: func(string) (string, bool) { return "", false }}
		code := e.run(context.Background(), []string{"match", "--resume", cv, "--postings", "testdata", "--top", top})
		if code == 0 || !strings.Contains(errb.String(), "--top must be between 1 and 200, not "+top) {
			t.Errorf("--top %s: exit %d, stderr %q", top, code, errb.String())
		}
	}
}

// A board file without company names (GitHub's 2018 Greenhouse board) gets the employer from the
// board URL, as ingestion names it and as its postings write it.
func TestMatchNamesTheEmployerFromTheBoardURL(t *testing.T) {
	cv := filepath.Join(t.TempDir(), "cv.txt")
	if err := os.WriteFile(cv, []byte(cliResume), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	e := env{stdout: &out, stderr: &errb, lookup: func(string) (string, bool) { return "", false }}
	board := testutil.SharedFile(t, "greenhouse/github-2018-jobs-content.json")
	if code := e.run(context.Background(), []string{"match", "--resume", cv, "--postings", board, "--top", "5", "--json"}); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var ranked []rankedPosting
	if err := json.Unmarshal(out.Bytes(), &ranked); err != nil || len(ranked) != 5 {
		t.Fatalf("%v: %s", err, out.String())
	}
	for _, r := range ranked {
		if r.Company != "GitHub" {
			t.Errorf("%q: company %q, want GitHub (boards.greenhouse.io/github, as its postings write it)", r.Title, r.Company)
		}
	}
}
