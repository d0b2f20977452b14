package normalize

import (
	"cmp"
	"strings"
	"time"
	"unicode"

	"github.com/career-copilot/copilot/internal/posting"
)

// Draft normalizes one adapter draft into the canonical posting; now is the ingestion time used for relative and future dates.
//
// Salary comes from the board's structured compensation first, then its salary text, then a pay range
// stated in the description. Dates that cannot be read stay zero.
func Draft(d posting.Draft, now time.Time) posting.Posting {
	p := posting.Posting{
		ExternalID: strings.TrimSpace(d.ExternalID),
		Title:      cleanLine(d.Title),
		Company:    cleanLine(d.Company),
		Department: cleanLine(d.Department),
		URL:        CanonicalURL(d.URL),
	}
	p.ApplyURL = p.URL
	if d.ApplyURL != d.URL { // many boards apply on the posting's own page: canonicalize it once
		p.ApplyURL = CanonicalURL(d.ApplyURL)
	}
	p.TitleKey = posting.TitleKey(p.Title)
	p.CompanyKey = CompanyKey(p.Company)
	switch {
	case hasContent(d.DescriptionHTML):
		p.DescriptionHTML, p.DescriptionText = HTML(d.DescriptionHTML)
	case d.DescriptionText != "":
		p.DescriptionHTML, p.DescriptionText = plainText(d.DescriptionText)
	}
	text := p.DescriptionText

	places := parsePlaces(d.Locations)
	for _, pl := range places {
		p.Locations = append(p.Locations, pl.loc)
	}
	p.WorkMode, p.RemoteRegions = workMode(d.WorkplaceType, d.Remote, places, p.Title, text)

	var sig textSignals
	read := false
	signals := func() textSignals { // read once, and only if a title says nothing
		if !read {
			sig, read = readSignals(text), true
		}
		return sig
	}
	words := titleWords(p.Title) // read by both, never changed
	p.EmploymentType = employmentType(d.EmploymentType, words, signals)
	// The title's level first, then the board's own level field (The Muse's "level"), then the text.
	p.Seniority = titleLevel(words)
	if v := cmp.Or(d.Extra["seniority"], d.Extra["level"]); v != "" && (p.Seniority == "" || onlyAssociate(words)) {
		if lvl := titleLevel(titleWords(v)); lvl != "" {
			p.Seniority = lvl
		}
	}
	if p.Seniority == "" {
		p.Seniority = textLevel(signals())
	}

	p.Salary = draftSalary(d, text)

	var f1, f2 bool
	if d.PostedRaw != "" {
		p.PostedAt, f1, _ = ParseDate(d.PostedRaw, now)
	}
	if d.UpdatedRaw != "" {
		p.UpdatedAt, f2, _ = ParseDate(d.UpdatedRaw, now)
	}
	p.PostedAt, p.UpdatedAt = utc(p.PostedAt), utc(p.UpdatedAt)
	p.DateFlagged = f1 || f2

	p.Tags = cleanTags(d.Tags)
	p.SimHash = posting.SimHash(text)
	return p
}

// hasContent reports whether s holds anything but white space and NULs: a description HTML may hold NULs
// (ingestion leaves them to the sanitizer, which drops them), and one of NULs and spaces alone is as empty
// as one without them.
func hasContent(s string) bool {
	t := strings.TrimSpace(s)
	return t != "" && (t[0] != 0 || strings.TrimFunc(t, func(r rune) bool { return r == 0 || unicode.IsSpace(r) }) != "")
}

func draftSalary(d posting.Draft, text string) posting.Salary {
	for _, c := range d.Compensation {
		if s := FromCompensation(c); s.Known() {
			return s
		}
	}
	if d.SalaryText != "" {
		if s, ok := ParseSalary(RepairMojibake(d.SalaryText)); ok {
			return s
		}
	}
	if s, ok := FindSalary(text); ok {
		return s
	}
	return posting.Salary{}
}

func utc(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return t.UTC()
}

// cleanLine repairs mojibake and collapses whitespace (nbsp included) in a one-line value.
func cleanLine(s string) string {
	if isCleanLine(s) {
		return s
	}
	s = RepairMojibake(s)
	if strings.IndexByte(s, 0xC2) >= 0 {
		s = strings.ReplaceAll(s, "\u00a0", " ")
	}
	return strings.Join(strings.Fields(s), " ")
}

// isCleanLine reports plain ASCII with single inner spaces and none at the ends: nothing for cleanLine to do.
func isCleanLine(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c >= 0x80 || c == ' ' && s[i+1] == ' ' {
			return false
		}
	}
	return true
}

func cleanTags(tags []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range tags {
		t = cleanLine(t)
		k := strings.ToLower(t)
		if t == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, t)
	}
	return out
}
