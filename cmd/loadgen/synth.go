package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// seedJob is one real posting the synthetic corpus is multiplied from.
type seedJob struct {
	Title, Company, Location, HTML, Updated string
}

// ghJob is a posting in the Greenhouse job-board answer the corpus is written as.
type ghJob struct {
	ID          int64             `json:"id"`
	Title       string            `json:"title"`
	CompanyName string            `json:"company_name"`
	Location    map[string]string `json:"location"`
	Content     string            `json:"content"`
	UpdatedAt   string            `json:"updated_at"`
	AbsoluteURL string            `json:"absolute_url"`
}

// synthPlaces are the locations copies rotate through, as boards write them.
var synthPlaces = []string{"Remote - US", "Berlin, Germany", "London, UK", "San Francisco, CA", "Remote, EMEA",
	"Toronto, Canada", "Bengaluru, India", "Amsterdam, Netherlands", "Paris, France", "New York, NY", "Austin, TX", "Remote"}

// readSeeds reads the real postings of the shared fixtures: Greenhouse boards with content, The Muse's
// 202 jobs and Microsoft's 182.
func readSeeds(dir string) ([]seedJob, error) {
	var out []seedJob
	files, _ := filepath.Glob(filepath.Join(dir, "greenhouse", "*.json"))
	for _, f := range files {
		var b struct {
			Jobs []struct {
				Title, Content string
				UpdatedAt      string `json:"updated_at"`
				CompanyName    string `json:"company_name"`
				Location       struct{ Name string }
			}
		}
		if err := readJSON(f, &b); err != nil {
			continue // not a job list (an offices answer, a Markdown page)
		}
		company := strings.SplitN(strings.TrimPrefix(filepath.Base(f), "legacy2013-"), "-", 2)[0]
		for _, j := range b.Jobs {
			if j.Content != "" {
				out = append(out, seedJob{j.Title, cmp.Or(j.CompanyName, company), j.Location.Name, html.UnescapeString(j.Content), j.UpdatedAt})
			}
		}
	}
	var muse struct {
		Jobs []struct {
			Name, Contents  string
			PublicationDate string `json:"publication_date"`
			Company         struct{ Name string }
			Locations       []struct{ Name string }
		}
	}
	if err := readJSON(filepath.Join(dir, "job-apis", "themuse-jsa-202-jobs-wrapped.json"), &muse); err != nil {
		return nil, err
	}
	for _, j := range muse.Jobs {
		loc := ""
		if len(j.Locations) > 0 {
			loc = j.Locations[0].Name
		}
		out = append(out, seedJob{j.Name, j.Company.Name, loc, j.Contents, j.PublicationDate})
	}
	var ms []struct{ Title, Description string }
	if err := readJSON(filepath.Join(dir, "matching", "ms-careers-sample-jobs.json"), &ms); err != nil {
		return nil, err
	}
	for _, j := range ms {
		out = append(out, seedJob{j.Title, "Microsoft", "", "<p>" + html.EscapeString(j.Description) + "</p>", ""})
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("loadgen: no postings to multiply in %s", dir)
	}
	return out, nil
}

// writeSynth writes n distinct postings multiplied from the seeds as Greenhouse board files of at most
// perFile postings each in dir, and returns their paths. Copy k of a seed is a job of "<company> k" at
// one of synthPlaces, so no two copies are the same job.
func writeSynth(seeds []seedJob, n, perFile int, dir string) ([]string, error) {
	var paths []string
	for start := 0; start < n; start += perFile {
		jobs := make([]ghJob, 0, min(perFile, n-start))
		for i := start; i < n && i < start+perFile; i++ {
			s, k := seeds[i%len(seeds)], i/len(seeds)
			loc := s.Location
			if k > 0 || loc == "" {
				loc = synthPlaces[(i+k)%len(synthPlaces)]
			}
			jobs = append(jobs, ghJob{ID: int64(i + 1), Title: s.Title, CompanyName: s.Company + " " + strconv.Itoa(k),
				Location: map[string]string{"name": loc}, Content: html.EscapeString(s.HTML), UpdatedAt: s.Updated,
				AbsoluteURL: "https://boards.greenhouse.io/synth/jobs/" + strconv.Itoa(i+1)})
		}
		b, err := json.Marshal(map[string]any{"jobs": jobs, "meta": map[string]int{"total": len(jobs)}})
		if err != nil {
			return nil, fmt.Errorf("loadgen: encode corpus: %w", err)
		}
		p := filepath.Join(dir, fmt.Sprintf("synth-greenhouse-%06d.json", start))
		if err := os.WriteFile(p, b, 0o600); err != nil {
			return nil, fmt.Errorf("loadgen: write corpus: %w", err)
		}
		paths = append(paths, p)
	}
	return paths, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("loadgen: read %s: %w", filepath.Base(path), err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("loadgen: decode %s: %w", filepath.Base(path), err)
	}
	return nil
}
