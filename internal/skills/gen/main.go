// Command gen builds the embedded skill taxonomy (internal/skills/taxonomy.json)
// from the public skill sources in the shared fixtures folder plus our own curation.
//
// Run it from anywhere inside the repository:
//
//	go run ./internal/skills/gen [-src ../shared/fixtures/skills] [-out internal/skills/taxonomy.json]
//
// Relative paths are resolved against the repository root (the folder holding go.mod).
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	src := flag.String("src", filepath.Join("..", "shared", "fixtures", "skills"), "folder with the skill sources, relative to the repo root")
	out := flag.String("out", filepath.Join("internal", "skills", "taxonomy.json"), "output file, relative to the repo root")
	flag.Parse()
	if err := run(*src, *out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(src, out string) error {
	root, err := repoRoot()
	if err != nil {
		return err
	}
	if !filepath.IsAbs(src) {
		src = filepath.Join(root, src)
	}
	if !filepath.IsAbs(out) {
		out = filepath.Join(root, out)
	}
	data, n, err := Generate(src)
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return fmt.Errorf("gen: write %s: %w", out, err)
	}
	fmt.Printf("gen: wrote %d skills (%d bytes) to %s\n", n, len(data), out)
	return nil
}

// repoRoot walks up from the working directory to the folder holding go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("gen: getwd: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("gen: no go.mod above the working directory")
		}
		dir = parent
	}
}
