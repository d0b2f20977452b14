// Package webui serves the single-page web UI that the Vite build embeds into the binary.
package webui

import (
	"embed"
	"io/fs"
	"net/http"
)

// distFS holds the built UI. Only dist/.keep is tracked in git, so a checkout
// without a Node build still compiles and serves the placeholder page.
//
//go:embed all:dist
var distFS embed.FS

// Handler returns the HTTP handler for the embedded UI: static files, long-cached
// /assets/*, and index.html for client-side routes.
func Handler() http.Handler {
	sub, err := fs.Sub(distFS, "dist")
	if err != nil {
		// fs.Sub only fails on an invalid path name, and "dist" is valid.
		panic("webui: " + err.Error())
	}
	return newHandler(sub)
}

// Built reports whether a real UI build (dist/index.html) is embedded.
func Built() bool {
	_, err := fs.Stat(distFS, "dist/index.html")
	return err == nil
}
