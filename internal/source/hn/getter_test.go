package hn

import (
	"context"
	"fmt"
	"io"
	"net/http"

	"github.com/career-copilot/copilot/internal/fetch"
)

// httpGetter is a minimal source.Getter over net/http for tests; like the real
// client it answers a non-2xx status with an error wrapping fetch.ErrStatus.
type httpGetter struct{ calls []string }

func (g *httpGetter) Get(ctx context.Context, req fetch.Request) (*fetch.Response, error) {
	g.calls = append(g.calls, req.URL)
	hr, err := http.NewRequestWithContext(ctx, http.MethodGet, req.URL, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(hr)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("%w: %d", fetch.ErrStatus, resp.StatusCode)
	}
	return &fetch.Response{Status: resp.StatusCode, Header: resp.Header, Body: body, URL: req.URL}, nil
}
