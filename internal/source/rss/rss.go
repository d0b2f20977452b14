// Package rss reads RSS 2.0, RSS 1.0 and Atom job feeds (such as We Work Remotely's) into posting drafts.
package rss

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"net/url"
	"strings"

	"golang.org/x/net/html/charset"

	"github.com/career-copilot/copilot/internal/posting"
	"github.com/career-copilot/copilot/internal/source/boardutil"
)

// doc covers the three feed shapes: <rss><channel><item>, <rdf:RDF><item>, <feed><entry>.
type doc struct {
	XMLName xml.Name
	Base    string `xml:"http://www.w3.org/XML/1998/namespace base,attr"`
	Channel struct {
		Base  string    `xml:"http://www.w3.org/XML/1998/namespace base,attr"`
		Title string    `xml:"title"`
		Links []string  `xml:"link"` // atom:link self elements share the local name and are empty
		Items []rssItem `xml:"item"`
	} `xml:"channel"`
	Items   []rssItem   `xml:"item"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

// rssItem is one RSS item, with the custom elements We Work Remotely adds.
type rssItem struct {
	Base        string   `xml:"http://www.w3.org/XML/1998/namespace base,attr"`
	Title       string   `xml:"title"`
	Links       []string `xml:"link"`
	GUID        guid     `xml:"guid"`
	Description string   `xml:"description"`
	Encoded     string   `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	PubDate     string   `xml:"pubDate"`
	DCDate      string   `xml:"http://purl.org/dc/elements/1.1/ date"`
	Creator     string   `xml:"http://purl.org/dc/elements/1.1/ creator"`
	Author      person   `xml:"author"` // RSS's e-mail text, or an Atom person (a10:author) with a name
	Categories  []string `xml:"category"`
	Region      string   `xml:"region"`
	Country     string   `xml:"country"`
	State       string   `xml:"state"`
	Skills      string   `xml:"skills"`
	Type        string   `xml:"type"`
	ExpiresAt   string   `xml:"expires_at"`
	// Elements company feeds add, in a namespace of their own or none (job:location, <company>).
	Location string `xml:"location"`
	Company  string `xml:"company"`
	Salary   string `xml:"salary"`
	JobType  string `xml:"jobtype"`
	JobType2 string `xml:"job_type"`
}

// guid is an item's guid; unless isPermaLink is "false" it is also the item's address.
type guid struct {
	Value       string `xml:",chardata"`
	IsPermaLink string `xml:"isPermaLink,attr"`
}

// person is an author: text (RSS) or a name element (Atom).
type person struct {
	Text string `xml:",chardata"`
	Name string `xml:"name"`
}

type atomText struct {
	Type  string `xml:"type,attr"`
	Body  string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
}

type atomEntry struct {
	Base      string     `xml:"http://www.w3.org/XML/1998/namespace base,attr"`
	ID        string     `xml:"id"`
	Title     atomText   `xml:"title"`
	Links     []atomLink `xml:"link"`
	Published string     `xml:"published"`
	Updated   string     `xml:"updated"`
	Summary   atomText   `xml:"summary"`
	Content   atomText   `xml:"content"`
	Authors   []struct {
		Name string `xml:"name"`
	} `xml:"author"`
	Categories []struct {
		Term  string `xml:"term,attr"`
		Label string `xml:"label,attr"`
	} `xml:"category"`
}

// Parse reads an RSS or Atom feed. Items of a We Work Remotely feed have their
// "Company: Title" titles split into company and title.
func Parse(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	return parse(body, false)
}

// ParseCompanyInTitle reads a feed of any host whose titles are "Company: Title".
func ParseCompanyInTitle(body []byte) ([]posting.Draft, []posting.ItemError, error) {
	return parse(body, true)
}

func parse(body []byte, companyInTitle bool) ([]posting.Draft, []posting.ItemError, error) {
	var d doc
	dec := xml.NewDecoder(bytes.NewReader(clean(body)))
	dec.Strict = false // feeds in the wild carry HTML entities and bare ampersands
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = charset.NewReaderLabel
	if err := dec.Decode(&d); err != nil {
		return nil, nil, fmt.Errorf("rss: decode feed: %w", err)
	}
	switch strings.ToLower(d.XMLName.Local) {
	case "rss", "rdf":
		items := append(d.Channel.Items, d.Items...)
		wwr := companyInTitle || isWWR(firstNonEmpty(d.Channel.Links...))
		base := boardutil.Base(boardutil.Base(boardutil.Base(nil, firstNonEmpty(d.Channel.Links...)), d.Base), d.Channel.Base)
		var drafts []posting.Draft
		var errs []posting.ItemError
		for i, it := range items {
			dr, err := fromRSS(it, wwr || isWWR(firstNonEmpty(it.Links...)), boardutil.Base(base, it.Base))
			if err != nil {
				errs = append(errs, posting.ItemError{Index: i, ID: dr.ExternalID, Err: err.Error()})
				continue
			}
			drafts = append(drafts, dr)
		}
		return drafts, errs, nil
	case "feed":
		base := boardutil.Base(nil, d.Base)
		for _, l := range d.Links {
			if l.Rel == "" || l.Rel == "alternate" {
				base = boardutil.Base(base, l.Href)
				break
			}
		}
		var drafts []posting.Draft
		var errs []posting.ItemError
		for i, e := range d.Entries {
			dr, err := fromAtom(e, companyInTitle, boardutil.Base(base, e.Base))
			if err != nil {
				errs = append(errs, posting.ItemError{Index: i, ID: dr.ExternalID, Err: err.Error()})
				continue
			}
			drafts = append(drafts, dr)
		}
		return drafts, errs, nil
	}
	return nil, nil, posting.Shape("rss", fmt.Sprintf("root element <%s> is neither RSS nor Atom", d.XMLName.Local))
}

func fromRSS(it rssItem, wwr bool, base *url.URL) (posting.Draft, error) {
	link := strings.TrimSpace(firstNonEmpty(it.Links...))
	id := strings.TrimSpace(it.GUID.Value)
	if link == "" && !strings.EqualFold(strings.TrimSpace(it.GUID.IsPermaLink), "false") && boardutil.IsHTTP(id) {
		link = id
	}
	abs := boardutil.Absolute(base, link)
	d := posting.Draft{
		ExternalID:      firstNonEmpty(id, abs, link),
		Title:           strings.TrimSpace(it.Title),
		Company:         strings.TrimSpace(firstNonEmpty(it.Company, it.Creator, it.Author.Name, it.Author.Text)),
		DescriptionHTML: strings.TrimSpace(firstNonEmpty(it.Encoded, it.Description)),
		EmploymentType:  strings.TrimSpace(firstNonEmpty(it.Type, it.JobType, it.JobType2)),
		SalaryText:      strings.TrimSpace(it.Salary),
		PostedRaw:       strings.TrimSpace(firstNonEmpty(it.PubDate, it.DCDate)),
		URL:             abs,
		Extra:           map[string]string{},
	}
	for _, c := range it.Categories {
		if c = strings.TrimSpace(c); c != "" {
			d.Tags = append(d.Tags, c)
		}
	}
	for _, s := range strings.Split(it.Skills, ",") {
		if s = strings.TrimSpace(s); s != "" {
			d.Tags = append(d.Tags, s)
		}
	}
	for _, l := range []string{it.Region, it.Country, it.Location} {
		if l = strings.TrimSpace(l); l != "" && !contains(d.Locations, l) {
			d.Locations = append(d.Locations, l)
		}
	}
	if s := strings.TrimSpace(it.State); s != "" {
		d.Extra["state"] = s
	}
	if s := strings.TrimSpace(it.ExpiresAt); s != "" {
		d.Extra["expires"] = s
	}
	if wwr {
		remote := true // We Work Remotely lists remote jobs only
		d.Remote = &remote
		if len(it.Categories) > 0 {
			d.Extra["category"] = strings.TrimSpace(it.Categories[0])
		}
		d.Company, d.Title = splitCompany(d.Title, d.Company)
	} else {
		splitRole(&d)
	}
	return d, check(d)
}

func fromAtom(e atomEntry, companyInTitle bool, base *url.URL) (posting.Draft, error) {
	d := posting.Draft{
		ExternalID: strings.TrimSpace(e.ID),
		Title:      strings.TrimSpace(textOf(e.Title)),
		PostedRaw:  strings.TrimSpace(firstNonEmpty(e.Published, e.Updated)),
		UpdatedRaw: strings.TrimSpace(e.Updated),
	}
	link := ""
	for _, l := range e.Links {
		if l.Rel == "" || l.Rel == "alternate" {
			link = strings.TrimSpace(l.Href)
			break
		}
	}
	d.URL = boardutil.Absolute(base, link)
	if d.ExternalID == "" {
		d.ExternalID = firstNonEmpty(d.URL, link)
	}
	if len(e.Authors) > 0 {
		d.Company = strings.TrimSpace(e.Authors[0].Name)
	}
	body := e.Content
	if strings.TrimSpace(body.Body) == "" && strings.TrimSpace(body.Inner) == "" {
		body = e.Summary
	}
	switch strings.ToLower(body.Type) {
	case "xhtml":
		d.DescriptionHTML = strings.TrimSpace(body.Inner)
	case "html", "text/html":
		d.DescriptionHTML = strings.TrimSpace(body.Body)
	default:
		d.DescriptionText = strings.TrimSpace(body.Body)
	}
	for _, c := range e.Categories {
		if t := firstNonEmpty(c.Label, c.Term); t != "" {
			d.Tags = append(d.Tags, t)
		}
	}
	if companyInTitle || isWWR(d.URL) {
		d.Company, d.Title = splitCompany(d.Title, d.Company)
	} else {
		splitRole(&d)
	}
	return d, check(d)
}

// splitRole takes the company and place out of a "Role at Company (Place)" title when the title
// reads only one way and names no other company than the item does.
func splitRole(d *posting.Draft) {
	role, company, place, ok := splitTitle(d.Title)
	if !ok || d.Company != "" && !strings.EqualFold(d.Company, company) {
		return
	}
	d.Title = role
	if d.Company == "" {
		d.Company = company
	}
	if place != "" && !contains(d.Locations, place) {
		d.Locations = append(d.Locations, place)
	}
}

func check(d posting.Draft) error {
	if d.Title == "" {
		return errors.New("rss: item has no title")
	}
	if d.ExternalID == "" {
		return errors.New("rss: item has neither guid nor link")
	}
	return nil
}

// splitCompany reads "Company: Title" (also "Company : Title"); a title
// without a colon keeps the company that was already known.
func splitCompany(title, company string) (string, string) {
	i := strings.Index(title, ":")
	if i <= 0 || i == len(title)-1 {
		return company, title
	}
	return strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+1:])
}

// textOf reads an Atom text construct as plain text: an html one has its entities decoded once more.
func textOf(t atomText) string {
	if strings.EqualFold(t.Type, "html") {
		return html.UnescapeString(t.Body)
	}
	return t.Body
}

func isWWR(link string) bool {
	u, err := url.Parse(strings.TrimSpace(link))
	if err != nil {
		return false
	}
	h := strings.ToLower(u.Hostname())
	return h == "weworkremotely.com" || strings.HasSuffix(h, ".weworkremotely.com")
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// clean drops what encoding/xml refuses even in non-strict mode: a byte-order
// mark, leading blank space, control characters XML 1.0 forbids and, for a
// feed that declares no other encoding, bytes that are not UTF-8.
func clean(b []byte) []byte {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	b = bytes.TrimLeft(b, " \t\r\n")
	out := make([]byte, 0, len(b))
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
			continue
		}
		out = append(out, c)
	}
	if declaresUTF8(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	return out
}

func declaresUTF8(b []byte) bool {
	if !bytes.HasPrefix(b, []byte("<?xml")) {
		return true
	}
	end := bytes.Index(b, []byte("?>"))
	if end < 0 {
		return true
	}
	decl := strings.ToLower(string(b[:end]))
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return true
	}
	enc := strings.TrimLeft(decl[i+len("encoding"):], " =")
	if enc == "" {
		return true
	}
	if q := enc[0]; q == '"' || q == '\'' {
		enc = enc[1:]
		if j := strings.IndexByte(enc, q); j >= 0 {
			enc = enc[:j]
		}
	}
	enc = strings.TrimSpace(enc)
	return enc == "utf-8" || enc == "utf8"
}
