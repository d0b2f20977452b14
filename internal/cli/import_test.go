package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Import names each posting of a file that was not imported, and why.
func TestImportListsItemErrors(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "jobs.csv")
	body := "\ufeffexternal_id,title,company,colour,salary\n" +
		"a1,Backend Engineer,Acme,red,\n" +
		"b2,,Acme,red,\n" +
		"a1,Backend Engineer,Acme,red,\n" +
		"c3,Data Engineer,Acme,red,\n" +
		",Systems Research Engineer,Acme,red,\n" +
		",Systems Research Engineer,Acme,red,\n" +
		"d4,Welder,Acme,red,-5000\n"
	if err := os.WriteFile(csv, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	e, out, errb := testEnv(map[string]string{"COPILOT_DATA_DIR": filepath.Join(dir, "data")})
	if code := e.run(context.Background(), []string{"import", csv}); code != 0 {
		t.Fatalf("exit %d\nstdout %s\nstderr %s", code, out, errb)
	}
	if !strings.Contains(out.String(), "imported 1 of 1 files: 3 new,") || !strings.Contains(out.String(), "4 item errors") {
		t.Errorf("summary:\n%s", out)
	}
	for _, want := range []string{
		csv + `: posting "b2": `,
		csv + `: posting "a1": “Backend Engineer” at Acme is listed twice; the first was kept`,
		csv + `: “Systems Research Engineer” at Acme is listed twice; the first was kept`,
		csv + `: posting "d4": file: line 8: salary must not be negative`,
		csv + `: warning: unknown columns ignored: colour`,
	} {
		if !strings.Contains(errb.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errb)
		}
	}
}
