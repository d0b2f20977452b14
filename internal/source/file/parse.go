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
		return "", Result{}, Explain(name, body)
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
	drafts, errs, err := ParseBody(body, p.Parse)
	if err != nil {
		return kind, Result{}, fmt.Errorf("%q looks like %s, but cannot be read as such: %w", name, kind, err)
	}
	return kind, Result{Drafts: drafts, Errors: errs}, nil
}
