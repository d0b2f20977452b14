package resume

import (
	"strings"
	"time"
	"unicode"
)

// sectionKind is what a heading introduces.
type sectionKind int

const (
	secNone sectionKind = iota
	secSummary
	secExperience
	secEducation
	secSkills
	secProjects
	secCertifications
	secOther
)

var headingNames = map[string]sectionKind{}

func init() {
	add := func(k sectionKind, names ...string) {
		for _, n := range names {
			headingNames[n] = k
		}
	}
	add(secSummary, "summary", "professional summary", "profile", "professional profile", "about", "about me",
		"objective", "career objective", "career summary", "executive summary", "overview", "personal statement",
		"summary of qualifications", "personal profile", "bio")
	add(secExperience, "experience", "work experience", "professional experience", "employment history", "employment",
		"work history", "career history", "relevant experience", "professional background", "experiences",
		"work", "internships", "internship experience", "experience and internships")
	add(secEducation, "education", "academic background", "education and training", "academic qualifications",
		"educational background", "academics", "education history")
	add(secSkills, "skills", "technical skills", "core competencies", "competencies", "key skills", "skills and abilities",
		"skills and tools", "technologies", "tech stack", "tools", "expertise", "areas of expertise",
		"technical proficiencies", "skill set", "skillset", "skills summary", "technical expertise", "core skills",
		"skills and technologies", "professional skills")
	add(secProjects, "projects", "personal projects", "selected projects", "key projects", "side projects", "project",
		"open source", "academic projects", "project experience")
	add(secCertifications, "certifications", "certificates", "licenses and certifications", "certification",
		"certifications and training", "courses", "training", "licenses")
	add(secOther, "awards", "honors", "honors and awards", "awards and honors", "publications", "languages", "interests",
		"hobbies", "volunteer", "volunteering", "volunteer experience", "references", "activities", "leadership",
		"achievements", "contact", "additional information", "additional", "links", "extracurricular activities")
}

// headingKind recognises a section heading line, case-insensitively.
func headingKind(line string) sectionKind {
	t := strings.TrimSpace(line)
	if t == "" || strings.HasPrefix(t, "• ") || len(t) > 48 || strings.Contains(t, "\t") {
		return secNone
	}
	t = strings.ToLower(t)
	t = strings.ReplaceAll(t, "&", " and ")
	t = strings.TrimFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	t = strings.Join(strings.Fields(t), " ")
	return headingNames[t]
}

// section is one heading's span of lines, heading excluded.
type section struct {
	kind       sectionKind
	start, end int
}

// splitSections returns the header span (before the first heading) and the sections.
func splitSections(lines []string) (int, []section) {
	var secs []section
	headerEnd := len(lines)
	for i, l := range lines {
		k := headingKind(l)
		if k == secNone {
			continue
		}
		if len(secs) == 0 {
			headerEnd = i
		} else {
			secs[len(secs)-1].end = i
		}
		secs = append(secs, section{kind: k, start: i + 1, end: len(lines)})
	}
	return headerEnd, secs
}

// parseSections builds a Document's parsed fields from clean lines.
func parseSections(lines []string, now time.Time) Document {
	doc := Document{Lines: lines, Text: strings.Join(lines, "\n")}
	headerEnd, secs := splitSections(lines)
	if headerEnd > 12 && len(secs) == 0 {
		headerEnd = 12
	}
	doc.Contact = parseContact(lines, headerEnd)
	for _, s := range secs {
		body := lines[s.start:s.end]
		switch s.kind {
		case secSummary:
			if doc.Summary == "" {
				doc.Summary = joinProse(body)
			}
		case secExperience:
			doc.Experience = append(doc.Experience, parseJobs(lines, s.start, s.end)...)
		case secEducation:
			doc.Education = append(doc.Education, parseSchools(lines, s.start, s.end)...)
		case secSkills:
			doc.Skills = appendUnique(doc.Skills, parseSkills(body)...)
		case secProjects:
			doc.Projects = append(doc.Projects, entryLines(body)...)
		case secCertifications:
			doc.Certifications = append(doc.Certifications, entryLines(body)...)
		}
	}
	return doc
}

// joinProse joins a block of wrapped lines into one paragraph.
func joinProse(body []string) string {
	var parts []string
	for _, l := range body {
		if l = strings.TrimSpace(strings.TrimPrefix(l, "• ")); l != "" {
			parts = append(parts, strings.ReplaceAll(l, "\t", " "))
		}
	}
	return strings.Join(parts, " ")
}

// entryLines returns a section's non-empty lines without bullet marks.
func entryLines(body []string) []string {
	var out []string
	for _, l := range body {
		if l = strings.TrimSpace(strings.TrimPrefix(l, "• ")); l != "" {
			out = append(out, strings.ReplaceAll(l, "\t", " "))
		}
	}
	return out
}

func isBullet(l string) bool { return strings.HasPrefix(l, "• ") }

// appendUnique appends items not yet present, compared case-insensitively.
func appendUnique(list []string, items ...string) []string {
	seen := map[string]bool{}
	for _, s := range list {
		seen[strings.ToLower(s)] = true
	}
	for _, s := range items {
		k := strings.ToLower(s)
		if s == "" || seen[k] {
			continue
		}
		seen[k] = true
		list = append(list, s)
	}
	return list
}
