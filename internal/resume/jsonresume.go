package resume

import (
	"encoding/json"
	"fmt"
	"strings"
)

// jsonDoc is a lenient view of decoded JSON: wrong types read as empty.
type jsonDoc map[string]any

func (d jsonDoc) str(key string) string {
	switch v := d[key].(type) {
	case string:
		return strings.TrimSpace(v)
	case float64:
		return fmt.Sprint(v)
	}
	return ""
}

func (d jsonDoc) obj(key string) jsonDoc {
	if m, ok := d[key].(map[string]any); ok {
		return m
	}
	return jsonDoc{}
}

func (d jsonDoc) list(key string) []jsonDoc {
	arr, _ := d[key].([]any)
	var out []jsonDoc
	for _, v := range arr {
		if m, ok := v.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

func (d jsonDoc) strs(key string) []string {
	var out []string
	switch v := d[key].(type) {
	case []any:
		for _, x := range v {
			if s, ok := x.(string); ok && strings.TrimSpace(s) != "" {
				out = append(out, strings.TrimSpace(s))
			}
		}
	case string:
		if strings.TrimSpace(v) != "" {
			out = append(out, strings.TrimSpace(v))
		}
	}
	return out
}

// jsonBuilder writes the text of a JSON resume while mapping its fields.
type jsonBuilder struct {
	lines []string
	doc   Document
}

func (b *jsonBuilder) add(parts ...string) {
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	if len(keep) > 0 {
		b.lines = append(b.lines, strings.Join(keep, " | "))
	}
}

func (b *jsonBuilder) heading(h string) {
	if len(b.lines) > 0 {
		b.lines = append(b.lines, "")
	}
	b.lines = append(b.lines, h)
}

// extractJSON maps a JSON Resume (or Resume-Matcher export) straight into
// sections and renders text from the same fields for search and evidence.
func extractJSON(body []byte) (*Document, []string, error) {
	var d jsonDoc
	if err := json.Unmarshal(body, &d); err != nil {
		return nil, nil, fmt.Errorf("resume: read json: %w", err)
	}
	b := &jsonBuilder{}
	if _, ok := d["personalInfo"]; ok {
		b.resumeMatcher(d)
	} else {
		b.jsonResume(d)
	}
	return &b.doc, b.lines, nil
}

func (b *jsonBuilder) jsonResume(d jsonDoc) {
	basics := d.obj("basics")
	c := &b.doc.Contact
	c.Name, c.Email, c.Phone = basics.str("name"), basics.str("email"), basics.str("phone")
	loc := basics.obj("location")
	c.Location = joinNonEmpty(", ", loc.str("city"), loc.str("region"), loc.str("countryCode"))
	if u := basics.str("url"); u != "" {
		c.Links = append(c.Links, u)
	}
	for _, p := range basics.list("profiles") {
		if u := p.str("url"); u != "" {
			c.Links = appendUnique(c.Links, u)
		}
	}
	b.add(c.Name)
	b.add(basics.str("label"))
	b.add(c.Email, c.Phone, c.Location)
	b.add(c.Links...)
	if s := basics.str("summary"); s != "" {
		b.doc.Summary = s
		b.heading("Summary")
		b.add(s)
	}
	if work := d.list("work"); len(work) > 0 {
		b.heading("Experience")
		for _, w := range work {
			company := w.str("name")
			if company == "" {
				company = w.str("company")
			}
			b.job(w.str("position"), company, w.str("location"), w.str("startDate"), w.str("endDate"), true,
				append(w.strs("summary"), w.strs("highlights")...))
		}
	}
	if vol := d.list("volunteer"); len(vol) > 0 {
		b.heading("Volunteer")
		for _, v := range vol {
			b.add(joinNonEmpty(", ", v.str("position"), v.str("organization")), rangeText(v.str("startDate"), v.str("endDate")))
			b.add(v.str("summary"))
			for _, h := range v.strs("highlights") {
				b.add("• " + h)
			}
		}
	}
	if edu := d.list("education"); len(edu) > 0 {
		b.heading("Education")
		for _, e := range edu {
			s := School{Institution: e.str("institution"), Degree: e.str("studyType"), Field: e.str("area"),
				Start: jsonDate(e.str("startDate")), End: jsonDate(e.str("endDate"))}
			b.doc.Education = append(b.doc.Education, s)
			b.add(joinNonEmpty(" in ", s.Degree, s.Field), s.Institution, rangeText(e.str("startDate"), e.str("endDate")))
			for _, course := range e.strs("courses") {
				b.add("• " + course)
			}
		}
	}
	if skills := d.list("skills"); len(skills) > 0 {
		b.heading("Skills")
		for _, s := range skills {
			name, kws := s.str("name"), s.strs("keywords")
			b.doc.Skills = appendUnique(b.doc.Skills, name)
			b.doc.Skills = appendUnique(b.doc.Skills, kws...)
			if len(kws) > 0 {
				b.add(name + ": " + strings.Join(kws, ", "))
			} else {
				b.add(name)
			}
		}
	}
	if projects := d.list("projects"); len(projects) > 0 {
		b.heading("Projects")
		for _, p := range projects {
			b.doc.Projects = append(b.doc.Projects, p.str("name"))
			b.add(p.str("name"), p.str("description"))
			for _, h := range p.strs("highlights") {
				b.add("• " + h)
			}
		}
	}
	if certs := d.list("certificates"); len(certs) > 0 {
		b.heading("Certifications")
		for _, c := range certs {
			b.doc.Certifications = append(b.doc.Certifications, c.str("name"))
			b.add(c.str("name"), c.str("issuer"))
		}
	}
	b.simpleList(d, "awards", "Awards", "title", "awarder")
	b.simpleList(d, "publications", "Publications", "name", "publisher")
	b.simpleList(d, "languages", "Languages", "language", "fluency")
	b.simpleList(d, "interests", "Interests", "name", "")
}

func (b *jsonBuilder) simpleList(d jsonDoc, key, heading, f1, f2 string) {
	items := d.list(key)
	if len(items) == 0 {
		return
	}
	b.heading(heading)
	for _, it := range items {
		line := it.str(f1)
		if f2 != "" {
			line = joinNonEmpty(", ", line, it.str(f2))
		}
		b.add(line)
		if kws := it.strs("keywords"); len(kws) > 0 {
			b.add(strings.Join(kws, ", "))
		}
	}
}

// job records a position; JSON Resume leaves endDate out for a current job.
func (b *jsonBuilder) job(title, company, location, start, end string, openIsCurrent bool, bullets []string) {
	j := Job{Title: title, Company: company, Location: location, Start: jsonDate(start), End: jsonDate(end),
		LineStart: len(b.lines), Bullets: bullets}
	if j.Start != "" && j.End == "" && (openIsCurrent || isPresent(end)) {
		j.Current = true
	}
	if title == "" && company == "" && j.Start == "" && len(bullets) == 0 {
		return
	}
	b.doc.Experience = append(b.doc.Experience, j)
	when := rangeText(start, end)
	if j.Current {
		when = rangeText(start, "Present")
	}
	b.add(joinNonEmpty(", ", title, company), location, when)
	for _, s := range bullets {
		b.add("• " + s)
	}
}

// resumeMatcher maps the Resume-Matcher "master resume" JSON shape.
func (b *jsonBuilder) resumeMatcher(d jsonDoc) {
	pi := d.obj("personalInfo")
	c := &b.doc.Contact
	c.Name, c.Email, c.Phone, c.Location = pi.str("name"), pi.str("email"), pi.str("phone"), pi.str("location")
	for _, k := range []string{"website", "linkedin", "github"} {
		if u := pi.str(k); u != "" {
			c.Links = append(c.Links, u)
		}
	}
	b.add(c.Name)
	b.add(pi.str("title"))
	b.add(c.Email, c.Phone, c.Location)
	b.add(c.Links...)
	if s := d.str("summary"); s != "" {
		b.doc.Summary = s
		b.heading("Summary")
		b.add(s)
	}
	if work := d.list("workExperience"); len(work) > 0 {
		b.heading("Experience")
		for _, w := range work {
			r, _ := parseRangeText(w.str("years"))
			start, end := r.start.String(), r.end.String()
			if r.current {
				end = "Present"
			}
			b.job(w.str("title"), w.str("company"), w.str("location"), start, end, false, w.strs("description"))
		}
	}
	if edu := d.list("education"); len(edu) > 0 {
		b.heading("Education")
		for _, e := range edu {
			r, _ := parseRangeText(e.str("years"))
			s := School{Institution: e.str("institution"), Start: r.start.String(), End: r.end.String()}
			s.Degree, s.Field = e.str("degree"), ""
			if loc := degreeRx.FindStringSubmatchIndex(s.Degree + " "); loc != nil && loc[0] == 0 {
				s.Degree, s.Field = splitDegree(s.Degree)
			}
			b.doc.Education = append(b.doc.Education, s)
			b.add(e.str("degree"), s.Institution, e.str("years"))
			b.add(e.str("description"))
		}
	}
	if projects := d.list("personalProjects"); len(projects) > 0 {
		b.heading("Projects")
		for _, p := range projects {
			b.doc.Projects = append(b.doc.Projects, p.str("name"))
			b.add(p.str("name"), p.str("role"), p.str("years"))
			for _, s := range p.strs("description") {
				b.add("• " + s)
			}
		}
	}
	add := d.obj("additional")
	if skills := add.strs("technicalSkills"); len(skills) > 0 {
		b.doc.Skills = appendUnique(nil, skills...)
		b.heading("Skills")
		b.add(strings.Join(skills, ", "))
	}
	if certs := add.strs("certificationsTraining"); len(certs) > 0 {
		b.doc.Certifications = certs
		b.heading("Certifications")
		for _, c := range certs {
			b.add("• " + c)
		}
	}
	if langs := add.strs("languages"); len(langs) > 0 {
		b.heading("Languages")
		b.add(strings.Join(langs, ", "))
	}
	if awards := add.strs("awards"); len(awards) > 0 {
		b.heading("Awards")
		for _, a := range awards {
			b.add("• " + a)
		}
	}
}

// jsonDate turns "2013-12-01", "2013-12" or "2013" into "2013-12" / "2013".
func jsonDate(s string) string {
	if isPresent(s) {
		return ""
	}
	d, ok := parseDate(s)
	if !ok {
		return ""
	}
	return d.String()
}

func rangeText(start, end string) string {
	s, e := jsonDate(start), jsonDate(end)
	if isPresent(end) {
		e = "Present"
	}
	switch {
	case s == "" && e == "":
		return ""
	case e == "":
		return s
	case s == "":
		return e
	}
	return s + " – " + e
}

func joinNonEmpty(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}

// mergeDirect puts the fields mapped straight from JSON over the text parse.
func mergeDirect(doc, direct *Document) {
	if direct.Contact.Name != "" || direct.Contact.Email != "" {
		doc.Contact = direct.Contact
	}
	if direct.Summary != "" {
		doc.Summary = direct.Summary
	}
	doc.Experience = direct.Experience
	doc.Education = direct.Education
	doc.Skills = direct.Skills
	doc.Projects = direct.Projects
	doc.Certifications = direct.Certifications
}
