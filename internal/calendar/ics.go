// Package calendar writes iCalendar (RFC 5545) feeds: CRLF lines folded at 75 octets, escaped text,
// and every time as a UTC instant ("Z"), which Google, Apple and Outlook all read without a VTIMEZONE.
package calendar

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Event is one VEVENT.
type Event struct {
	UID         string
	Start, End  time.Time
	Summary     string
	Description string
	Location    string
	URL         string
	Updated     time.Time // LAST-MODIFIED; also used as DTSTAMP, so a feed is stable between edits
	Alarm       time.Duration
}

// Calendar is a VCALENDAR.
type Calendar struct {
	Name   string
	Events []Event
}

const stamp = "20060102T150405Z"

// Escape escapes a TEXT value: backslash, semicolon, comma and newlines.
func Escape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `;`, `\;`, `,`, `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return r.Replace(s)
}

// Fold splits a content line into lines of at most 75 octets, never inside a UTF-8 sequence; continuation lines start with a space.
func Fold(line string) string {
	if len(line) <= 75 {
		return line + "\r\n"
	}
	var b strings.Builder
	limit := 75
	for len(line) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(line[cut]) {
			cut--
		}
		b.WriteString(line[:cut])
		b.WriteString("\r\n ")
		line = line[cut:]
		limit = 74 // the leading space counts
	}
	b.WriteString(line)
	b.WriteString("\r\n")
	return b.String()
}

// Bytes renders the calendar.
func (c Calendar) Bytes() []byte {
	var b bytes.Buffer
	w := func(name, value string) { b.WriteString(Fold(name + ":" + value)) }
	w("BEGIN", "VCALENDAR")
	w("VERSION", "2.0")
	w("PRODID", "-//Career Copilot//Application tracker//EN")
	w("CALSCALE", "GREGORIAN")
	w("METHOD", "PUBLISH")
	if c.Name != "" {
		w("X-WR-CALNAME", Escape(c.Name))
	}
	for _, e := range c.Events {
		w("BEGIN", "VEVENT")
		w("UID", e.UID)
		w("DTSTAMP", e.Updated.UTC().Format(stamp))
		w("DTSTART", e.Start.UTC().Format(stamp))
		w("DTEND", e.End.UTC().Format(stamp))
		w("SUMMARY", Escape(e.Summary))
		if e.Description != "" {
			w("DESCRIPTION", Escape(e.Description))
		}
		if e.Location != "" {
			w("LOCATION", Escape(e.Location))
		}
		if e.URL != "" {
			w("URL", e.URL)
		}
		w("LAST-MODIFIED", e.Updated.UTC().Format(stamp))
		if e.Alarm > 0 {
			w("BEGIN", "VALARM")
			w("ACTION", "DISPLAY")
			w("DESCRIPTION", Escape(e.Summary))
			w("TRIGGER", fmt.Sprintf("-PT%dM", int(e.Alarm.Minutes())))
			w("END", "VALARM")
		}
		w("END", "VEVENT")
	}
	w("END", "VCALENDAR")
	return b.Bytes()
}
