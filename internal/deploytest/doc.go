// Package deploytest checks the deployment files, the alert rules, the dashboard and the release
// script, so that `go test ./...` covers what lives outside the Go code.
package deploytest
