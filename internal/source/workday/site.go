package workday

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"

	"github.com/career-copilot/copilot/internal/source"
	"github.com/career-copilot/copilot/internal/source/atsutil"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

var (
	// namePattern is what a tenant or site name may look like ("salesforce", "External_Career_Site").
	namePattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]*$`)
	// wdPattern is a Workday data-centre label ("wd1", "wd12").
	wdPattern = regexp.MustCompile(`^wd[0-9]{1,3}$`)
	// localePattern is the optional language segment before a site name ("en-US").
	localePattern = regexp.MustCompile(`^[a-z]{2}(-[A-Za-z]{2,4})?$`)
)

// The two hosts of Workday career sites: {tenant}.{wd}.myworkdayjobs.com/{site}, and
// {wd}.myworkdaysite.com/recruiting/{tenant}/{site}, both with the same CXS API under their origin.
const (
	jobsDomain = "myworkdayjobs.com"
	siteDomain = "myworkdaysite.com"
)

// site is one career site: where its CXS API answers and where its pages live.
type site struct {
	tenant, name, locale string
	api                  string // API origin: base_url, or the career host
	pages                string // career host origin, for the job links people open
	recruiting           string // the path before the site name on a myworkdaysite.com host
}

// siteOf reads Params "tenant", "site", "wd" (the data centre, "wd12"), optional "locale",
// "domain" (myworkdayjobs.com, the default, or myworkdaysite.com) and "base_url". Job links use
// the career host (https://{tenant}.{wd}.myworkdayjobs.com or https://{wd}.myworkdaysite.com)
// even when base_url points the API elsewhere; without "wd", base_url is the career host too.
func siteOf(p source.Params) (site, error) {
	tenant, err := atsutil.Required(p, "tenant")
	if err != nil {
		return site{}, fmt.Errorf("workday: %w", err)
	}
	name, err := atsutil.Required(p, "site")
	if err != nil {
		return site{}, fmt.Errorf("workday: %w", err)
	}
	if !namePattern.MatchString(tenant) || !namePattern.MatchString(name) {
		return site{}, fmt.Errorf("workday: tenant %q or site %q is not a Workday name", tenant, name)
	}
	s := site{tenant: tenant, name: name, locale: strings.TrimSpace(p["locale"])}
	if s.locale != "" && !localePattern.MatchString(s.locale) {
		return site{}, fmt.Errorf("workday: locale %q is not a language tag", s.locale)
	}
	wd := strings.ToLower(strings.TrimSpace(p["wd"]))
	if wd != "" {
		if !wdPattern.MatchString(wd) {
			return site{}, fmt.Errorf("workday: wd %q is not a Workday data centre such as wd5", wd)
		}
		s.pages = "https://" + strings.ToLower(tenant) + "." + wd + "." + jobsDomain
	}
	switch domain := strings.ToLower(strings.TrimSpace(p["domain"])); domain {
	case "", jobsDomain:
	case siteDomain:
		if wd == "" {
			return site{}, fmt.Errorf("workday: a %s site needs \"wd\"", siteDomain)
		}
		s.pages, s.recruiting = "https://"+wd+"."+siteDomain, "recruiting/"+url.PathEscape(tenant)+"/"
	default:
		return site{}, fmt.Errorf("workday: domain %q is neither %s nor %s", domain, jobsDomain, siteDomain)
	}
	if s.api, err = boardutil.BaseURL(p, s.pages, Kind); err != nil {
		return site{}, err
	}
	if s.api == "" {
		return site{}, fmt.Errorf("workday: %w \"wd\" (or \"base_url\")", atsutil.ErrMissingParam)
	}
	if s.pages == "" {
		s.pages = s.api
	}
	return s, nil
}

// cxs is the API path prefix of the site.
func (s site) cxs() string {
	return s.api + "/wday/cxs/" + url.PathEscape(s.tenant) + "/" + url.PathEscape(s.name)
}

// jobsURL is where the site's search is POSTed.
func (s site) jobsURL() string { return s.cxs() + "/jobs" }

// detailURL is the API URL of one job's detail.
func (s site) detailURL(externalPath string) string { return s.cxs() + externalPath }

// jobURL is the career-site page of a job, as a person opens it.
func (s site) jobURL(externalPath string) string {
	u := s.pages + "/"
	if s.locale != "" {
		u += s.locale + "/"
	}
	return u + s.recruiting + url.PathEscape(s.name) + externalPath
}

// validPath tells whether an externalPath from an answer is a plain path that can be joined
// to the site's URLs: rooted, no dot segments, query, fragment or doubled slash.
func validPath(p string) bool {
	return strings.HasPrefix(p, "/") && !strings.Contains(p, "//") && !strings.ContainsAny(p, "?#\\") &&
		!strings.Contains("/"+p+"/", "/../") && !strings.Contains("/"+p+"/", "/./")
}
