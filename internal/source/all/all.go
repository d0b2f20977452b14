// Package all registers every source adapter: import it for its side effect.
//
// Add a blank import here when a new adapter package is written. Kinds read from files only
// (jsonresume) have no adapter and appear in parsers.go alone.
package all

import (
	_ "github.com/career-copilot/copilot/internal/source/arbeitnow"
	_ "github.com/career-copilot/copilot/internal/source/ashby"
	_ "github.com/career-copilot/copilot/internal/source/breezy"
	_ "github.com/career-copilot/copilot/internal/source/comeet"
	_ "github.com/career-copilot/copilot/internal/source/greenhouse"
	_ "github.com/career-copilot/copilot/internal/source/himalayas"
	_ "github.com/career-copilot/copilot/internal/source/hn"
	_ "github.com/career-copilot/copilot/internal/source/jobicy"
	_ "github.com/career-copilot/copilot/internal/source/jsonld"
	_ "github.com/career-copilot/copilot/internal/source/lever"
	_ "github.com/career-copilot/copilot/internal/source/personio"
	_ "github.com/career-copilot/copilot/internal/source/recruitee"
	_ "github.com/career-copilot/copilot/internal/source/remoteok"
	_ "github.com/career-copilot/copilot/internal/source/remotive"
	_ "github.com/career-copilot/copilot/internal/source/rss"
	_ "github.com/career-copilot/copilot/internal/source/smartrecruiters"
	_ "github.com/career-copilot/copilot/internal/source/successfactors"
	_ "github.com/career-copilot/copilot/internal/source/teamtailor"
	_ "github.com/career-copilot/copilot/internal/source/themuse"
	_ "github.com/career-copilot/copilot/internal/source/workable"
	_ "github.com/career-copilot/copilot/internal/source/workday"
	_ "github.com/career-copilot/copilot/internal/source/workingnomads"
)
