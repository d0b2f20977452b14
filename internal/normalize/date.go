package normalize

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unsafe"
)

// ErrDate is returned (wrapped) for a date that no known format reads.
var ErrDate = errors.New("normalize: unrecognized date")

// futureSlack is how far past now a date may lie before it is treated as wrong and clamped.
const futureSlack = 24 * time.Hour

// dateLayouts are tried in order; RFC 3339 accepts a fraction of a second with or without digits.
var dateLayouts = []string{
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 02 Jan 2006 15:04 -0700",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC822Z,
	time.RFC822,
	time.RFC850,
	time.ANSIC,
	"January 2, 2006",
	"Jan 2, 2006",
	"2 January 2006",
	"2 Jan 2006",
	"02 Jan 2006",
	"January 2 2006",
	"Jan 2 2006",
	"2-Jan-2006",
}

// zoneOffsets are the North American and European zone abbreviations RSS feeds write, in seconds east of UTC.
var zoneOffsets = map[string]int{
	"EST": -5 * 3600, "EDT": -4 * 3600, "CST": -6 * 3600, "CDT": -5 * 3600, "MST": -7 * 3600, "MDT": -6 * 3600,
	"PST": -8 * 3600, "PDT": -7 * 3600, "CET": 3600, "CEST": 7200, "BST": 3600, "IST": 19800,
}

// ParseDate reads a posting date as boards write it: epoch seconds or milliseconds (number or string),
// RFC 3339 with or without fraction, RFC 1123/822 (RSS), "2006-01-02", "2006-01-02 15:04:05", and relative
// English ("3 days ago", "yesterday", "an hour ago") and in five more languages ("vor 3 Tagen", "hier").
//
// A label before the date ("Posted:", "Active") and ordinals ("1st") are read past; eight digits are a
// date ("20261201"). A date more than a day after now is clamped to now with flagged=true; one before 1990
// is a placeholder and an error. Dates without a zone are UTC.
func ParseDate(raw string, now time.Time) (t time.Time, flagged bool, err error) {
	s := strings.TrimSpace(raw)
	if s == "" {
		return time.Time{}, false, fmt.Errorf("%w: empty", ErrDate)
	}
	t, ok := parseEpoch(s)
	if !ok {
		var buf [64]byte
		l := lowerWords(buf[:0], s) // relative dates are ASCII words; parseRelative keeps no part of l
		t, ok = parseRelative(unsafe.String(unsafe.SliceData(l), len(l)), now)
	}
	if !ok {
		t, ok = parseLayouts(s)
	}
	if !ok {
		t, ok = parseNumericDate(s)
	}
	if !ok {
		if c := unlabeled(s); c != s {
			return ParseDate(c, now)
		}
		return time.Time{}, false, fmt.Errorf("%w: %q", ErrDate, truncate(s, 40))
	}
	if t.Before(earliestPosting) {
		return time.Time{}, false, fmt.Errorf("%w: %q is before 1990, a placeholder", ErrDate, truncate(s, 40))
	}
	if t.After(now.Add(futureSlack)) {
		return now, true, nil
	}
	return t, false, nil
}

// earliestPosting is the earliest date a posting can have: before it a date is a board's placeholder
// ("1970-01-01", epoch 0) or a number that is no date.
var earliestPosting = time.Date(1990, 1, 1, 0, 0, 0, 0, time.UTC)

// dateLabels are the words boards write before a date ("Posted: 3 days ago", "Active 2 days ago").
var dateLabels = [...]string{"posted", "reposted", "active", "updated", "published", "listed", "date posted"}

// unlabeled returns s without a leading label ("Posted:", "Reposted on") and with ordinal suffixes cut
// from day numbers ("December 1st, 2026"), or s itself when it has neither.
func unlabeled(s string) string {
	for _, l := range dateLabels {
		if len(s) > len(l) && strings.EqualFold(s[:len(l)], l) && (s[len(l)] == ' ' || s[len(l)] == ':') {
			rest := strings.TrimLeft(s[len(l):], ": ")
			if len(rest) > 3 && strings.EqualFold(rest[:3], "on ") {
				rest = rest[3:]
			}
			if rest != "" {
				return rest
			}
		}
	}
	var b strings.Builder
	cut := 0 // s[:cut] is written to b
	for i := 1; i+1 < len(s); i++ {
		if s[i-1] < '0' || s[i-1] > '9' || i+2 < len(s) && s[i+2] != ' ' && s[i+2] != ',' {
			continue
		}
		switch strings.ToLower(s[i : i+2]) {
		case "st", "nd", "rd", "th":
			b.WriteString(s[cut:i])
			cut = i + 2
		}
	}
	if cut == 0 {
		return s
	}
	b.WriteString(s[cut:])
	return b.String()
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

// parseEpoch reads a Unix time; values of 1e11 and above are milliseconds (1e11 s would be year 5138),
// and eight digits are a date written without separators.
func parseEpoch(s string) (time.Time, bool) {
	c := s[0]
	if !(c >= '0' && c <= '9') || len(s) < 6 {
		return time.Time{}, false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+') {
			return time.Time{}, false
		}
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		switch {
		case len(s) == 8: // as seconds 1970-1973: a date without separators ("20261201"), or none
			t := time.Date(int(n/10000), time.Month(n/100%100), int(n%100), 0, 0, 0, 0, time.UTC)
			return t, t.Format("20060102") == s
		case n >= 1e17:
			return time.Unix(0, n).UTC(), true
		case n >= 1e14:
			return time.UnixMicro(n).UTC(), true
		case n >= 1e11:
			return time.UnixMilli(n).UTC(), true
		}
		return time.Unix(n, 0).UTC(), true
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || v <= 0 || math.IsInf(v, 0) {
		return time.Time{}, false
	}
	switch {
	case v >= 1e17: // nanoseconds
		v /= 1e9
	case v >= 1e14: // microseconds
		v /= 1e6
	case v >= 1e11:
		v /= 1e3
	}
	if v > 1e11 {
		return time.Time{}, false
	}
	sec, frac := math.Modf(v)
	return time.Unix(int64(sec), int64(frac*1e9)).UTC(), true
}

func parseLayouts(s string) (time.Time, bool) {
	for _, l := range dateLayouts {
		t, err := time.Parse(l, s)
		if err != nil {
			continue
		}
		if name, off := t.Zone(); off == 0 && name != "UTC" && name != "GMT" && name != "" {
			if o, ok := zoneOffsets[name]; ok {
				t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.FixedZone(name, o))
			}
		}
		return t, true
	}
	return time.Time{}, false
}

var relativeUnits = map[string]time.Duration{
	"second": time.Second, "sec": time.Second, "s": time.Second,
	"minute": time.Minute, "min": time.Minute, "m": time.Minute,
	"hour": time.Hour, "hr": time.Hour, "h": time.Hour,
	"day": 24 * time.Hour, "d": 24 * time.Hour,
	"week": 7 * 24 * time.Hour, "wk": 7 * 24 * time.Hour, "w": 7 * 24 * time.Hour,
}

// parseRelative reads "3 days ago", "an hour ago", "yesterday", "today", "just now", each also after
// "posted " as Workday writes them ("Posted Yesterday"). "30+ days ago" is at least 30 days: it reads
// as 30 days, and the draft keeps the text. Yesterday is one day back, as "1 day ago" is.
func parseRelative(s string, now time.Time) (time.Time, bool) {
	if rest, ok := strings.CutPrefix(s, "posted "); ok {
		s = strings.TrimSpace(rest)
	}
	// "about 1 month ago", "over 2 years ago": the rounding words say no more than the number does.
	for _, w := range [...]string{"about ", "over ", "almost ", "nearly ", "around ", "more than "} {
		if rest, ok := strings.CutPrefix(s, w); ok {
			s = strings.TrimSpace(rest)
			break
		}
	}
	switch s {
	case "today", "just now", "now", "just posted", "new":
		return now, true
	case "yesterday":
		return now.Add(-24 * time.Hour), true
	}
	rest, ok := strings.CutSuffix(s, " ago")
	if !ok {
		return parseRelativeForeign(s, now)
	}
	f := strings.Fields(rest)
	if len(f) == 1 { // "1mo ago", "3d ago": the unit written against the number
		k := strings.IndexFunc(f[0], func(r rune) bool { return (r < '0' || r > '9') && r != '+' })
		if k <= 0 {
			return time.Time{}, false
		}
		f = []string{f[0][:k], f[0][k:]}
	}
	if len(f) != 2 {
		return time.Time{}, false
	}
	n := 0
	switch f[0] {
	case "a", "an", "one":
		n = 1
	default:
		v, err := strconv.Atoi(strings.TrimSuffix(f[0], "+"))
		if err != nil || v < 0 || v > 100000 {
			return time.Time{}, false
		}
		n = v
	}
	unit := strings.TrimSuffix(f[1], "s")
	switch unit {
	case "month", "mo":
		return now.AddDate(0, -n, 0), true
	case "year", "yr", "y":
		return now.AddDate(-n, 0, 0), true
	}
	d, ok := relativeUnits[unit]
	if !ok {
		if d, ok = relativeUnits[f[1]]; !ok {
			return time.Time{}, false
		}
	}
	return now.Add(-time.Duration(n) * d), true
}

// foreignDays are the words for today and yesterday in German, French, Spanish, Portuguese and Dutch.
var foreignDays = map[string]int{
	"heute": 0, "aujourd'hui": 0, "aujourd’hui": 0, "hoy": 0, "hoje": 0, "vandaag": 0,
	"gestern": 1, "hier": 1, "ayer": 1, "ontem": 1, "gisteren": 1,
}

// foreignAgo are the words that put a span in the past: before it ("vor", "il y a", "hace", "há") or after ("geleden").
var foreignAgo = [...]struct {
	word   string
	before bool
}{{"vor ", true}, {"il y a ", true}, {"hace ", true}, {"há ", true}, {"ha ", true}, {" geleden", false}}

// foreignOne are the words for "a" or "one" before a unit ("vor einer Woche", "il y a une semaine", "há um mês").
var foreignOne = map[string]bool{"ein": true, "eine": true, "einer": true, "einem": true, "un": true, "une": true,
	"una": true, "um": true, "uma": true, "een": true}

// foreignUnits maps the units of those languages, singular and plural, to the English units parseRelative reads.
var foreignUnits = map[string]string{
	"minute": "minute", "minuten": "minute", "minutes": "minute", "minuto": "minute", "minutos": "minute", "minuut": "minute",
	"stunde": "hour", "stunden": "hour", "heure": "hour", "heures": "hour", "hora": "hour", "horas": "hour", "uur": "hour",
	"tag": "day", "tage": "day", "tagen": "day", "jour": "day", "jours": "day", "día": "day", "días": "day", "dia": "day",
	"dias": "day", "dag": "day", "dagen": "day",
	"woche": "week", "wochen": "week", "semaine": "week", "semaines": "week", "semana": "week", "semanas": "week",
	"week": "week", "weken": "week",
	"monat": "month", "monaten": "month", "mois": "month", "mes": "month", "meses": "month", "mês": "month",
	"maand": "month", "maanden": "month",
	"jahr": "year", "jahren": "year", "an": "year", "ans": "year", "année": "year", "années": "year", "año": "year",
	"años": "year", "ano": "year", "anos": "year", "jaar": "year", "jaren": "year",
}

// foreignRounding are the words of those languages for "over", "more than" and "about" before a number.
var foreignRounding = map[string]bool{"über": true, "mehr als": true, "etwa": true, "ca.": true, "plus de": true,
	"environ": true, "más de": true, "unos": true, "unas": true, "cerca de": true, "mais de": true, "meer dan": true,
	"ruim": true, "ongeveer": true, "bijna": true, "fast": true, "presque": true, "casi": true, "quase": true}

// parseRelativeForeign reads a relative date in German ("vor 3 Tagen", "gestern"), French ("il y a 2 jours",
// "hier"), Spanish ("hace 3 días", "ayer"), Portuguese ("há 2 dias", "ontem") or Dutch ("3 dagen geleden",
// "gisteren") by reading its English wording; s is lower-cased in its ASCII letters.
func parseRelativeForeign(s string, now time.Time) (time.Time, bool) {
	if len(s) < 3 || s[0] >= '0' && s[0] <= '9' && !strings.HasSuffix(s, " geleden") {
		return time.Time{}, false
	}
	if back, ok := foreignDays[s]; ok {
		return now.Add(-time.Duration(back) * 24 * time.Hour), true // as "yesterday" is
	}
	for _, a := range foreignAgo {
		var span string
		var ok bool
		if a.before {
			span, ok = strings.CutPrefix(s, a.word)
		} else {
			span, ok = strings.CutSuffix(s, a.word)
		}
		if !ok {
			continue
		}
		f := strings.Fields(span)
		if len(f) > 2 && foreignRounding[f[0]] {
			f = f[1:] // "vor über 30 Tagen"
		} else if len(f) > 3 && foreignRounding[f[0]+" "+f[1]] {
			f = f[2:] // "vor mehr als 30 Tagen"
		}
		if len(f) != 2 {
			return time.Time{}, false
		}
		unit, known := foreignUnits[f[1]]
		if !known {
			return time.Time{}, false
		}
		if foreignOne[f[0]] {
			f[0] = "1"
		}
		if f[0][0] < '0' || f[0][0] > '9' {
			return time.Time{}, false
		}
		return parseRelative(f[0]+" "+unit+" ago", now)
	}
	return time.Time{}, false
}

// parseNumericDate reads a day, month and four-digit year written with dots, slashes or dashes. Dots
// are day first, as Europe writes them ("01.12.2026"). Slashes and dashes are day first in Europe and
// month first in the US: only a number over 12 tells which is the day ("13/01/2026", "12/31/2026"),
// and without one ("12/01/2026") no date is read rather than one of the two guessed.
func parseNumericDate(s string) (time.Time, bool) {
	if len(s) < 8 || len(s) > 10 || s[0] < '0' || s[0] > '9' {
		return time.Time{}, false
	}
	var n [3]int
	var seps [2]byte
	k, digits := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			n[k] = n[k]*10 + int(c-'0')
			digits++
		case (c == '.' || c == '/' || c == '-') && k < 2 && digits > 0 && digits <= 2:
			seps[k] = c
			k, digits = k+1, 0
		default:
			return time.Time{}, false
		}
	}
	if k != 2 || digits != 4 || seps[0] != seps[1] {
		return time.Time{}, false
	}
	day, month := n[0], n[1]
	if seps[0] != '.' {
		switch {
		case n[0] > 12 && n[1] <= 12:
		case n[1] > 12 && n[0] <= 12:
			day, month = n[1], n[0]
		default:
			return time.Time{}, false
		}
	}
	t := time.Date(n[2], time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if month < 1 || month > 12 || day < 1 || t.Day() != day {
		return time.Time{}, false
	}
	return t, true
}
