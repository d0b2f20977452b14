package all

import (
	"bytes"
	"fmt"

	"github.com/career-copilot/copilot/internal/source/arbeitnow"
	"github.com/career-copilot/copilot/internal/source/ashby"
	"github.com/career-copilot/copilot/internal/source/breezy"
	"github.com/career-copilot/copilot/internal/source/comeet"
	"github.com/career-copilot/copilot/internal/source/file"
	"github.com/career-copilot/copilot/internal/source/greenhouse"
	"github.com/career-copilot/copilot/internal/source/himalayas"
	"github.com/career-copilot/copilot/internal/source/hn"
	"github.com/career-copilot/copilot/internal/source/jobicy"
	"github.com/career-copilot/copilot/internal/source/jsonld"
	"github.com/career-copilot/copilot/internal/source/jsonresume"
	"github.com/career-copilot/copilot/internal/source/lever"
	"github.com/career-copilot/copilot/internal/source/personio"
	"github.com/career-copilot/copilot/internal/source/recruitee"
	"github.com/career-copilot/copilot/internal/source/remoteok"
	"github.com/career-copilot/copilot/internal/source/remotive"
	"github.com/career-copilot/copilot/internal/source/rss"
	"github.com/career-copilot/copilot/internal/source/smartrecruiters"
	"github.com/career-copilot/copilot/internal/source/successfactors"
	"github.com/career-copilot/copilot/internal/source/teamtailor"
	"github.com/career-copilot/copilot/internal/source/themuse"
	"github.com/career-copilot/copilot/internal/source/workable"
	"github.com/career-copilot/copilot/internal/source/workday"
	"github.com/career-copilot/copilot/internal/source/workingnomads"
)

// ParseFunc reads one saved answer of a board into drafts.
type ParseFunc = file.BodyFunc

// parsers maps each kind file.Detect can name to the parser of its wire format, so a saved answer of
// any board can be imported, including the ATS boards whose adapters fetch but do not parse files.
var parsers = map[string]ParseFunc{
	"arbeitnow":       arbeitnow.Parse,
	"ashby":           ashby.Parse,
	"breezy":          breezy.Parse,
	"comeet":          comeet.Parse,
	"greenhouse":      greenhouse.Parse,
	"himalayas":       himalayas.Parse,
	"hn":              hn.Parse,
	"jobicy":          jobicy.Parse,
	"jsonresume":      jsonresume.Parse,
	"jsonld":          jsonld.Parse,
	"lever":           lever.Parse,
	"personio":        personio.Parse,
	"recruitee":       recruitee.Parse,
	"remoteok":        remoteok.Parse,
	"remotive":        remotive.Parse,
	"rss":             rss.Parse,
	"smartrecruiters": smartrecruiters.Parse,
	"successfactors":  successfactors.Parse,
	"teamtailor":      teamtailor.Parse,
	"themuse":         themuse.Parse,
	"workable":        workable.Parse,
	"workday":         workday.Parse,
	"workingnomads":   workingnomads.Parse,
}

// Parser returns the file parser of a kind.
func Parser(kind string) (ParseFunc, bool) {
	p, ok := parsers[kind]
	return p, ok
}

// ParseFile detects a file's format (file.Detect) and reads it: our CSV and JSON formats, or the saved
// answer of any board (or a bundle of one board's answers). It returns the format it used; its errors
// name the file and are worded for the person importing it.
func ParseFile(name string, body []byte) (format string, res file.Result, err error) {
	format = file.Detect(name, body)
	switch format {
	case "":
		return "", res, file.Explain(name, body)
	case file.KindCSV:
		res, err = file.ParseCSV(bytes.NewReader(body))
		return format, res, err
	case file.KindJSON:
		res, err = file.ParseJSON(body)
		return format, res, err
	}
	p, ok := Parser(format)
	if !ok {
		return format, res, fmt.Errorf("%q looks like %s, which cannot be imported yet", name, format)
	}
	drafts, errs, err := file.ParseBody(body, p)
	if err != nil {
		return format, res, fmt.Errorf("%q looks like %s, but cannot be read as such: %w", name, format, err)
	}
	return format, file.Result{Drafts: drafts, Errors: errs}, nil
}
