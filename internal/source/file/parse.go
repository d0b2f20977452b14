package file

import (
	"bytes"
	"fmt"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source"
)

// BodyParser is implemented by source adapters whose wire format can also be read from a saved file.
type BodyParser interface {
	Parse(body []byte) ([]posting.Draft, []posting.ItemError, error)
}

// Parse detects a file's kind and reads it: our CSV and JSON here, any other
// kind through its registered adapter's Parse (the caller imports the adapter
// packages it wants available). It returns the kind it used.
func Parse(name string, body []byte) (string, Result, error) {
	kind := Detect(name, body)
	switch kind {
	case "":
		return "", Result{}, fmt.Errorf("file: cannot tell what kind of file %q is", name)
	case KindCSV:
		res, err := ParseCSV(bytes.NewReader(body))
		return kind, res, err
	case KindJSON:
		res, err := ParseJSON(body)
		return kind, res, err
	}
	a, ok := source.Lookup(kind)
	if !ok {
		return kind, Result{}, fmt.Errorf("file: %q looks like %s, but no %s adapter is registered", name, kind, kind)
	}
	p, ok := a.(BodyParser)
	if !ok {
		return kind, Result{}, fmt.Errorf("file: the %s adapter cannot parse files", kind)
	}
	drafts, errs, err := p.Parse(body)
	if err != nil {
		return kind, Result{}, fmt.Errorf("file: parse %s as %s: %w", name, kind, err)
	}
	return kind, Result{Drafts: drafts, Errors: errs}, nil
}
