package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

// api is a small JSON client of the copilot API for seeding.
type api struct {
	c     *http.Client
	base  string
	token string
}

func (a *api) do(ctx context.Context, method, path string, in, out any, want ...int) error {
	var rd io.Reader
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return fmt.Errorf("loadgen: encode %s: %w", path, err)
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, a.base+path, rd)
	if err != nil {
		return fmt.Errorf("loadgen: %s %s: %w", method, path, err)
	}
	if in != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if a.token != "" {
		req.Header.Set("Authorization", "Bearer "+a.token)
	}
	res, err := a.c.Do(req)
	if err != nil {
		return fmt.Errorf("loadgen: %s %s: %w", method, path, err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	ok := false
	for _, w := range want {
		ok = ok || res.StatusCode == w
	}
	if !ok {
		return fmt.Errorf("loadgen: %s %s: status %d: %.300s", method, path, res.StatusCode, body)
	}
	if out != nil {
		if err := json.Unmarshal(body, out); err != nil {
			return fmt.Errorf("loadgen: decode %s: %w", path, err)
		}
	}
	return nil
}

// login signs in with the account, registering it first when it does not exist, and keeps the token.
func (a *api) login(ctx context.Context, email, password string) error {
	var res struct {
		AccessToken string `json:"access_token"`
	}
	creds := map[string]string{"email": email, "password": password}
	if err := a.do(ctx, http.MethodPost, "/api/v1/auth/login", creds, &res, http.StatusOK); err != nil {
		if err := a.do(ctx, http.MethodPost, "/api/v1/auth/register", creds, &res, http.StatusCreated); err != nil {
			return err
		}
	}
	if res.AccessToken == "" {
		return fmt.Errorf("loadgen: login: no access token")
	}
	a.token = res.AccessToken
	return nil
}

// seedUser gives the account a profile and tracks up to apps postings across the tracker's stages, so
// matches, applications and the dashboard have real work to do.
func (a *api) seedUser(ctx context.Context, apps int) (int, error) {
	profile := map[string]any{"full_name": "Load Tester", "headline": "Senior backend engineer", "location": "Berlin, Germany",
		"years_experience": 8, "desired_titles": []string{"Backend Engineer", "Site Reliability Engineer", "Data Engineer"},
		"skills": []string{"Go", "Python", "PostgreSQL", "Kubernetes", "AWS", "Redis", "Terraform", "SQL"}, "seniority": "senior",
		"remote_preference": "remote", "work_countries": []string{"DE", "NL", "GB"}}
	if err := a.do(ctx, http.MethodPatch, "/api/v1/profile", profile, nil, http.StatusOK); err != nil {
		return 0, err
	}
	var page struct {
		Jobs []struct {
			ID      string `json:"id"`
			Title   string `json:"title"`
			Company string `json:"company"`
			URL     string `json:"url"`
		} `json:"jobs"`
	}
	if err := a.do(ctx, http.MethodGet, fmt.Sprintf("/api/v1/jobs?limit=%d", min(max(apps, 1), 200)), nil, &page, http.StatusOK); err != nil {
		return 0, err
	}
	stages := []string{"saved", "applied", "applied", "screening", "interviewing", "offer", "rejected", "ghosted"}
	n := 0
	for i, j := range page.Jobs {
		if n >= apps {
			break
		}
		company := j.Company
		if company == "" {
			company = companyFromURL(j.URL) // imported board files carry no company name
		}
		if company == "" || j.Title == "" {
			continue
		}
		in := map[string]any{"posting_id": j.ID, "company": company, "title": j.Title, "stage": stages[i%len(stages)], "priority": i%3 + 1, "tags": []string{"load"}}
		if err := a.do(ctx, http.MethodPost, "/api/v1/applications", in, nil, http.StatusCreated, http.StatusOK); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// companyFromURL guesses a company from a board URL: the board segment of boards.greenhouse.io/acme/jobs/1
// or jobs.lever.co/acme/…, else the host.
func companyFromURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	if seg := strings.Split(strings.Trim(u.Path, "/"), "/"); len(seg) > 1 && seg[0] != "" {
		return seg[0]
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

// probe checks each route of the mix answers 200 and drops (with a note) those that do not exist yet.
func (a *api) probe(ctx context.Context, routes []route) ([]route, []string) {
	var ok []route
	var notes []string
	for _, r := range routes {
		path := r.Path
		if r.Name == "search" {
			path = fmt.Sprintf(r.Path, "engineer")
		}
		if err := a.do(ctx, http.MethodGet, path, nil, nil, http.StatusOK); err != nil {
			notes = append(notes, fmt.Sprintf("%s left out of the mix: %v", r.Name, err))
			continue
		}
		ok = append(ok, r)
	}
	return ok, notes
}
