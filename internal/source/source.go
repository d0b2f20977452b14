// Package source defines what a job source is and the adapters that read each kind.
package source

import (
	"context"

	"github.com/career-copilot/copilot/internal/fetch"
	"github.com/career-copilot/copilot/internal/posting"
)

// Getter is the part of the fetch client that adapters need.
type Getter interface {
	Get(ctx context.Context, req fetch.Request) (*fetch.Response, error)
}

// Params are a source's parameters: board token, company slug, feed URL, and
// "base_url" to override the adapter's API base (self-hosted mirrors and tests).
type Params map[string]string

// Adapter reads one kind of source into posting drafts.
type Adapter interface {
	// Kind is the source kind this adapter reads ("greenhouse", "rss", ...).
	Kind() string
	// Fetch reads every posting the source lists, following pagination.
	// It returns Fetched.Complete=false unless the whole listing was read.
	Fetch(ctx context.Context, g Getter, p Params) (posting.Fetched, error)
}

var registry = map[string]Adapter{}

// Register adds an adapter; each adapter package calls it from init.
func Register(a Adapter) { registry[a.Kind()] = a }

// Lookup returns the adapter of a kind.
func Lookup(kind string) (Adapter, bool) { a, ok := registry[kind]; return a, ok }

// Kinds lists the registered kinds.
func Kinds() []string {
	out := make([]string, 0, len(registry))
	for k := range registry {
		out = append(out, k)
	}
	return out
}
