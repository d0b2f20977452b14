package detect

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/career-copilot/copilot/internal/source"
)

// rule reports whether it knows the host; a known host without a board is an error.
type rule func(host string, segs []string, u *url.URL) (kind string, p source.Params, ok bool, err error)

var rules = []rule{greenhouse, lever, ashby, workable, smartrecruiters, subdomainBoards, jobBoards, hackerNews, weWorkRemotely, comeet, successFactors, workday}

// slug is what a board token or company slug may look like.
var slug = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

func one(kind, key, value string) (string, source.Params, bool, error) {
	if !slug.MatchString(value) {
		return "", nil, true, ErrNoBoard
	}
	return kind, source.Params{key: value}, true, nil
}

func seg(segs []string, i int) string {
	if i < len(segs) {
		return segs[i]
	}
	return ""
}

func greenhouse(host string, segs []string, u *url.URL) (string, source.Params, bool, error) {
	eu := strings.Contains(host, ".eu.greenhouse.io")
	var token string
	switch host {
	case "boards.greenhouse.io", "job-boards.greenhouse.io", "boards.eu.greenhouse.io", "job-boards.eu.greenhouse.io":
		token = seg(segs, 0)
		if token == "embed" {
			token = u.Query().Get("for")
		}
	case "boards-api.greenhouse.io", "boards-api.eu.greenhouse.io", "api.greenhouse.io": // api. is the board API's older host
		if seg(segs, 0) == "v1" && seg(segs, 1) == "boards" {
			token = seg(segs, 2)
		}
	default:
		return "", nil, false, nil
	}
	k, p, ok, err := one("greenhouse", "board", token)
	if err == nil && eu {
		p["base_url"] = "https://boards-api.eu.greenhouse.io"
	}
	return k, p, ok, err
}

func lever(host string, segs []string, _ *url.URL) (string, source.Params, bool, error) {
	switch host {
	case "jobs.lever.co":
		return one("lever", "company", seg(segs, 0))
	case "jobs.eu.lever.co":
		k, p, ok, err := one("lever", "company", seg(segs, 0))
		if err == nil {
			p["base_url"] = "https://api.eu.lever.co"
		}
		return k, p, ok, err
	case "api.lever.co", "api.eu.lever.co":
		if seg(segs, 0) == "v0" && seg(segs, 1) == "postings" {
			k, p, ok, err := one("lever", "company", seg(segs, 2))
			if err == nil && host == "api.eu.lever.co" {
				p["base_url"] = "https://api.eu.lever.co"
			}
			return k, p, ok, err
		}
		return "", nil, true, ErrNoBoard
	}
	return "", nil, false, nil
}

func ashby(host string, segs []string, _ *url.URL) (string, source.Params, bool, error) {
	switch host {
	case "jobs.ashbyhq.com":
		return one("ashby", "board", seg(segs, 0))
	case "api.ashbyhq.com":
		if seg(segs, 0) == "posting-api" && seg(segs, 1) == "job-board" {
			return one("ashby", "board", seg(segs, 2))
		}
		return "", nil, true, ErrNoBoard
	}
	return "", nil, false, nil
}

func workable(host string, segs []string, _ *url.URL) (string, source.Params, bool, error) {
	switch {
	case host == "apply.workable.com":
		account := seg(segs, 0)
		if account == "api" { // apply.workable.com/api/v1/widget/accounts/{account}
			account = ""
			for i, s := range segs {
				if s == "accounts" {
					account = seg(segs, i+1)
				}
			}
		}
		if account == "j" { // a job link without the account
			account = ""
		}
		return one("workable", "account", account)
	case host == "workable.com": // the older account API, www.workable.com/api/accounts/{account}
		if seg(segs, 0) == "api" && seg(segs, 1) == "accounts" {
			return one("workable", "account", seg(segs, 2))
		}
		return "", nil, false, nil
	case strings.HasSuffix(host, ".workable.com"):
		sub := strings.TrimSuffix(host, ".workable.com")
		// jobs.workable.com is Workable's own job search, across accounts.
		if sub == "www" || sub == "apply" || sub == "api" || sub == "jobs" || strings.Contains(sub, ".") {
			return "", nil, true, ErrNoBoard
		}
		return one("workable", "account", sub)
	}
	return "", nil, false, nil
}

func smartrecruiters(host string, segs []string, _ *url.URL) (string, source.Params, bool, error) {
	switch host {
	case "careers.smartrecruiters.com", "jobs.smartrecruiters.com":
		if seg(segs, 0) == "oneclick-ui" { // the apply form: /oneclick-ui/company/{company}/publication/{uuid}
			if seg(segs, 1) != "company" {
				return "", nil, true, ErrNoBoard
			}
			return one("smartrecruiters", "company", seg(segs, 2))
		}
		return one("smartrecruiters", "company", seg(segs, 0))
	case "api.smartrecruiters.com":
		if seg(segs, 0) == "v1" && seg(segs, 1) == "companies" {
			return one("smartrecruiters", "company", seg(segs, 2))
		}
		return "", nil, true, ErrNoBoard
	}
	return "", nil, false, nil
}

// personioLanguage is the language code a Personio job page may ask for ("de", "en").
var personioLanguage = regexp.MustCompile(`^[a-z]{2}$`)

// subdomainBoards are ATSs that give each company its own subdomain.
func subdomainBoards(host string, _ []string, u *url.URL) (string, source.Params, bool, error) {
	for _, b := range []struct{ suffix, kind string }{
		{".recruitee.com", "recruitee"},
		{".teamtailor.com", "teamtailor"},
		{".breezy.hr", "breezy"},
		{".jobs.personio.de", "personio"},
		{".jobs.personio.com", "personio"},
	} {
		if !strings.HasSuffix(host, b.suffix) {
			continue
		}
		// Teamtailor's North American career sites are {company}.na.teamtailor.com.
		company, region, regional := strings.Cut(strings.TrimSuffix(host, b.suffix), ".")
		switch {
		case company == "www" || company == "api" || company == "app" || company == "":
			return "", nil, true, ErrNoBoard
		case regional && (b.kind != "teamtailor" || region != "na"):
			return "", nil, true, ErrNoBoard
		}
		k, p, ok, err := one(b.kind, "company", company)
		if err != nil {
			return k, p, ok, err
		}
		switch {
		case b.kind == "personio":
			p["domain"] = strings.TrimPrefix(b.suffix, ".")
			if lang := u.Query().Get("language"); personioLanguage.MatchString(lang) {
				p["language"] = lang
			}
		case regional:
			p["base_url"] = "https://" + host
		}
		return k, p, ok, err
	}
	return "", nil, false, nil
}

// jobBoards are the public job boards read whole, without a company parameter.
func jobBoards(host string, _ []string, _ *url.URL) (string, source.Params, bool, error) {
	kinds := map[string]string{
		"remoteok.com": "remoteok", "remoteok.io": "remoteok",
		"remotive.com": "remotive", "remotive.io": "remotive",
		"arbeitnow.com":     "arbeitnow",
		"jobicy.com":        "jobicy",
		"himalayas.app":     "himalayas",
		"themuse.com":       "themuse",
		"workingnomads.com": "workingnomads",
	}
	if k, ok := kinds[host]; ok {
		return k, source.Params{}, true, nil
	}
	return "", nil, false, nil
}

var digits = regexp.MustCompile(`^[0-9]+$`)

func hackerNews(host string, segs []string, u *url.URL) (string, source.Params, bool, error) {
	if host != "news.ycombinator.com" {
		return "", nil, false, nil
	}
	id := u.Query().Get("id")
	if seg(segs, 0) != "item" || !digits.MatchString(id) {
		return "", nil, true, ErrNoBoard
	}
	return "hn", source.Params{"item": id}, true, nil
}

// weWorkRemotely maps any page of the site to its RSS feed: a category page to
// that category's feed, anything else to the all-jobs feed.
func weWorkRemotely(host string, segs []string, u *url.URL) (string, source.Params, bool, error) {
	if host != "weworkremotely.com" {
		return "", nil, false, nil
	}
	feed := "https://weworkremotely.com/remote-jobs.rss"
	switch {
	case isFeed(u.Path):
		feed = "https://weworkremotely.com" + u.EscapedPath()
	case seg(segs, 0) == "categories" && slug.MatchString(seg(segs, 1)):
		feed = "https://weworkremotely.com/categories/" + seg(segs, 1) + ".rss"
	}
	return "rss", source.Params{"url": feed, "company_in_title": "true"}, true, nil
}

// comeet reads the careers-API URL a Comeet careers page calls, the only one that holds the
// company's token; a hosted job page (comeet.com/jobs/...) is left to JSON-LD.
func comeet(host string, segs []string, u *url.URL) (string, source.Params, bool, error) {
	if host != "comeet.co" || seg(segs, 0) != "careers-api" {
		return "", nil, false, nil
	}
	uid, token := seg(segs, 3), strings.TrimSpace(u.Query().Get("token"))
	if seg(segs, 2) != "company" || !slug.MatchString(uid) || token == "" {
		return "", nil, true, ErrNoBoard
	}
	return "comeet", source.Params{"company": uid, "token": token}, true, nil
}

// successFactors maps a SuccessFactors career-site URL that names its company to the site's XML job feed.
func successFactors(host string, _ []string, u *url.URL) (string, source.Params, bool, error) {
	if !strings.HasSuffix(host, ".successfactors.com") && !strings.HasSuffix(host, ".successfactors.eu") {
		return "", nil, false, nil
	}
	company := u.Query().Get("company")
	if !slug.MatchString(company) {
		return "", nil, true, ErrNoBoard
	}
	q := url.Values{"company": {company}, "career_ns": {"job_listing_summary"}, "resultType": {"XML"}}
	feed := url.URL{Scheme: "https", Host: u.Host, Path: "/career", RawQuery: q.Encode()}
	return "successfactors", source.Params{"url": feed.String()}, true, nil
}

var (
	// workdayDataCentre is the label after the tenant in a Workday host ("wd12").
	workdayDataCentre = regexp.MustCompile(`^wd[0-9]{1,3}$`)
	// workdayLocale is a career site's optional language segment ("en-US").
	workdayLocale = regexp.MustCompile(`^[a-z]{2}(-[A-Za-z]{2,4})?$`)
)

// workday reads a career-site URL, https://{tenant}.{wdN}.myworkdayjobs.com/[{locale}/]{site}/...
// or https://{wdN}.myworkdaysite.com/[{locale}/]recruiting/{tenant}/{site}/..., or the search API
// URL its page calls, .../wday/cxs/{tenant}/{site}/jobs.
func workday(host string, segs []string, _ *url.URL) (string, source.Params, bool, error) {
	if wd, ok := strings.CutSuffix(host, ".myworkdaysite.com"); ok {
		return workdaySite(wd, segs)
	}
	rest, ok := strings.CutSuffix(host, ".myworkdayjobs.com")
	if !ok {
		return "", nil, false, nil
	}
	tenant, wd, ok := strings.Cut(rest, ".")
	if !ok || !slug.MatchString(tenant) || !workdayDataCentre.MatchString(wd) {
		return "", nil, true, ErrNoBoard
	}
	p := source.Params{"tenant": tenant, "wd": wd}
	var site string
	switch {
	case seg(segs, 0) == "wday" && seg(segs, 1) == "cxs":
		if !slug.MatchString(seg(segs, 2)) {
			return "", nil, true, ErrNoBoard
		}
		p["tenant"], site = seg(segs, 2), seg(segs, 3) // the path keeps the tenant's case
	case workdayLocale.MatchString(seg(segs, 0)):
		p["locale"], site = seg(segs, 0), seg(segs, 1)
	default:
		site = seg(segs, 0)
	}
	if !slug.MatchString(site) {
		return "", nil, true, ErrNoBoard
	}
	p["site"] = site
	return "workday", p, true, nil
}

// workdaySite reads the path of a career site on https://{wd}.myworkdaysite.com, where the tenant
// is in the path rather than the host.
func workdaySite(wd string, segs []string) (string, source.Params, bool, error) {
	if !workdayDataCentre.MatchString(wd) {
		return "", nil, true, ErrNoBoard
	}
	p := source.Params{"wd": wd, "domain": "myworkdaysite.com"}
	if workdayLocale.MatchString(seg(segs, 0)) {
		p["locale"], segs = seg(segs, 0), segs[1:]
	}
	if seg(segs, 0) != "recruiting" && !(seg(segs, 0) == "wday" && seg(segs, 1) == "cxs") {
		return "", nil, true, ErrNoBoard
	}
	at := 1
	if seg(segs, 0) == "wday" {
		at = 2
	}
	tenant, site := seg(segs, at), seg(segs, at+1)
	if !slug.MatchString(tenant) || !slug.MatchString(site) {
		return "", nil, true, ErrNoBoard
	}
	p["tenant"], p["site"] = tenant, site
	return "workday", p, true, nil
}
