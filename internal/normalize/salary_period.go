package normalize

import (
	"strings"
	"unicode/utf8"

	"github.com/career-copilot/copilot/internal/posting"
)

// periodPhrases maps how ads write a pay period, in English and the languages of the boards we read; a
// phrase matches as whole words, so one that is a prefix of another ("al mes", "al mese") never hides it.
var periodPhrases = []struct{ phrase, period string }{
	{"per hour", posting.PeriodHour}, {"an hour", posting.PeriodHour}, {"/hour", posting.PeriodHour},
	{"/hr", posting.PeriodHour}, {"/ hour", posting.PeriodHour}, {"/ hr", posting.PeriodHour}, {"per hr", posting.PeriodHour}, {"hourly", posting.PeriodHour}, {"/h", posting.PeriodHour},
	{"p/h", posting.PeriodHour}, {"pro stunde", posting.PeriodHour}, {"stündlich", posting.PeriodHour}, {"par heure", posting.PeriodHour},
	{"de l'heure", posting.PeriodHour}, {"por hora", posting.PeriodHour}, {"per uur", posting.PeriodHour}, {"za godzinę", posting.PeriodHour},
	{"per day", posting.PeriodDay}, {"a day", posting.PeriodDay}, {"/day", posting.PeriodDay}, {"/ day", posting.PeriodDay}, {"daily", posting.PeriodDay},
	{"per diem", posting.PeriodDay}, {"pro tag", posting.PeriodDay}, {"par jour", posting.PeriodDay}, {"por día", posting.PeriodDay},
	{"por dia", posting.PeriodDay}, {"per dag", posting.PeriodDay}, {"al giorno", posting.PeriodDay},
	{"per week", posting.PeriodWeek}, {"a week", posting.PeriodWeek}, {"/week", posting.PeriodWeek}, {"/ week", posting.PeriodWeek}, {"/wk", posting.PeriodWeek},
	{"weekly", posting.PeriodWeek}, {"pro woche", posting.PeriodWeek}, {"wöchentlich", posting.PeriodWeek}, {"par semaine", posting.PeriodWeek},
	{"por semana", posting.PeriodWeek},
	{"per month", posting.PeriodMonth}, {"a month", posting.PeriodMonth}, {"/month", posting.PeriodMonth}, {"/ month", posting.PeriodMonth}, {"/mo", posting.PeriodMonth},
	{"monthly", posting.PeriodMonth}, {"pro monat", posting.PeriodMonth}, {"im monat", posting.PeriodMonth}, {"monatlich", posting.PeriodMonth},
	{"par mois", posting.PeriodMonth}, {"mensuel", posting.PeriodMonth}, {"por mês", posting.PeriodMonth}, {"ao mês", posting.PeriodMonth},
	{"por mes", posting.PeriodMonth}, {"al mes", posting.PeriodMonth}, {"mensual", posting.PeriodMonth}, {"mensal", posting.PeriodMonth},
	{"per maand", posting.PeriodMonth}, {"per månad", posting.PeriodMonth}, {"i månaden", posting.PeriodMonth}, {"miesięcznie", posting.PeriodMonth},
	{"al mese", posting.PeriodMonth}, {"mensile", posting.PeriodMonth}, {"mensuales", posting.PeriodMonth}, {"mensais", posting.PeriodMonth},
	{"pr. måned", posting.PeriodMonth}, {"per måned", posting.PeriodMonth}, {"om måneden", posting.PeriodMonth},
	{"月給", posting.PeriodMonth}, {"月収", posting.PeriodMonth}, {"月薪", posting.PeriodMonth},
	{"per year", posting.PeriodYear}, {"a year", posting.PeriodYear}, {"/year", posting.PeriodYear}, {"/ year", posting.PeriodYear}, {"/ yr", posting.PeriodYear}, {"/yr", posting.PeriodYear},
	{"per annum", posting.PeriodYear}, {"p.a.", posting.PeriodYear}, {"annually", posting.PeriodYear}, {"yearly", posting.PeriodYear},
	{"annual", posting.PeriodYear}, {"/y", posting.PeriodYear}, {"pro jahr", posting.PeriodYear}, {"im jahr", posting.PeriodYear},
	{"jährlich", posting.PeriodYear}, {"par an", posting.PeriodYear}, {"par année", posting.PeriodYear}, {"annuel", posting.PeriodYear},
	{"por año", posting.PeriodYear}, {"al año", posting.PeriodYear}, {"por ano", posting.PeriodYear}, {"ao ano", posting.PeriodYear},
	{"anual", posting.PeriodYear}, {"per jaar", posting.PeriodYear}, {"per år", posting.PeriodYear}, {"om året", posting.PeriodYear},
	{"rocznie", posting.PeriodYear}, {"all'anno", posting.PeriodYear}, {"annuo", posting.PeriodYear}, {"annui", posting.PeriodYear},
	{"pr. år", posting.PeriodYear}, {"年収", posting.PeriodYear}, {"年薪", posting.PeriodYear},
	{"lpa", posting.PeriodYear}, // lakh per annum: lexNumber reads the lakh, the period is read here
}

// periodUnits are the bare units read after a slash next to an amount ("€/Stunde", "kr/mån", "R$ 8.000/mês");
// alone in prose most are other words ("an", "tag", "ora").
var periodUnits = []struct{ phrase, period string }{
	{"stunde", posting.PeriodHour}, {"std", posting.PeriodHour}, {"heure", posting.PeriodHour}, {"hora", posting.PeriodHour},
	{"uur", posting.PeriodHour}, {"godz", posting.PeriodHour}, {"ora", posting.PeriodHour}, {"timme", posting.PeriodHour}, {"tim", posting.PeriodHour},
	{"tag", posting.PeriodDay}, {"jour", posting.PeriodDay}, {"día", posting.PeriodDay}, {"dia", posting.PeriodDay}, {"dag", posting.PeriodDay},
	{"giorno", posting.PeriodDay},
	{"woche", posting.PeriodWeek}, {"semaine", posting.PeriodWeek}, {"semana", posting.PeriodWeek},
	{"monat", posting.PeriodMonth}, {"mois", posting.PeriodMonth}, {"mês", posting.PeriodMonth}, {"mes", posting.PeriodMonth},
	{"maand", posting.PeriodMonth}, {"månad", posting.PeriodMonth}, {"mån", posting.PeriodMonth}, {"mies", posting.PeriodMonth},
	{"mese", posting.PeriodMonth},
	{"jahr", posting.PeriodYear}, {"an", posting.PeriodYear}, {"année", posting.PeriodYear}, {"año", posting.PeriodYear},
	{"ano", posting.PeriodYear}, {"jaar", posting.PeriodYear}, {"år", posting.PeriodYear}, {"rok", posting.PeriodYear},
	{"anno", posting.PeriodYear}, {"annum", posting.PeriodYear}, {"月", posting.PeriodMonth}, {"年", posting.PeriodYear},
}

// adjacentPeriods are abbreviations that are a period only right after an amount and in lower case ("£40k pa",
// "£350pd", "£1,200 pcm"); in capitals they are other words ("$90k PA residents").
var adjacentPeriods = []struct{ phrase, period string }{
	{"ph", posting.PeriodHour}, {"pd", posting.PeriodDay}, {"p/d", posting.PeriodDay}, {"pw", posting.PeriodWeek},
	{"p/w", posting.PeriodWeek}, {"pcm", posting.PeriodMonth}, {"pa", posting.PeriodYear},
}

// periodFillers are the words that may stand between an amount and its period: gross or net, and the
// krona's "kr" (currency codes and signs are fillers too).
var periodFillers = []string{"brutto", "bruto", "brut", "gross", "netto", "neto", "net", "lordo", "kr"}

// periodAt finds a period at the start of s, after spaces and up to three fillers (a currency, gross or
// net), and returns it with the bytes of s it spans; it returns "" and 0 when none starts there.
func periodAt(s string) (string, int) {
	// The phrase is read in the first 40 bytes of s, compared with the phrases case-insensitively in place.
	s = s[:min(len(s), 40)]
	n := len(s)
	l := trimSpaces(s)
	for k := 0; k < 3; k++ {
		w := fillerAt(l)
		if w == 0 {
			break
		}
		l = trimSpaces(l[w:])
	}
	if len(l) == 0 {
		return "", 0
	}
	if p, k := periodPhraseAt(l); p != "" {
		return p, n - len(l) + k
	}
	if p, k := adjacentAt(l); p != "" {
		return p, n - len(l) + k
	}
	// "$225,000/per year", "$50 / an hour", "25 €/Stunde": a slash before a worded period or a unit.
	if l[0] == '/' {
		if r := trimSpaces(l[1:]); len(r) > 0 && r[0] != '/' {
			if p, k := periodPhraseAt(r); p != "" {
				return p, n - len(r) + k
			}
			if p, k := phraseAt(r, periodUnits); p != "" {
				return p, n - len(r) + k
			}
		}
	}
	return "", 0
}

// fillerAt returns the length of the filler l starts with (a currency code or sign, a periodFillers word), or 0.
func fillerAt(l string) int {
	if len(l) == 0 {
		return 0
	}
	if l[0] >= utf8.RuneSelf {
		if strings.HasPrefix(l, "zł") {
			return len("zł")
		}
		r, size := utf8.DecodeRuneInString(l)
		if _, ok := currencySymbols[r]; ok {
			return size
		}
		return 0
	}
	w := 0
	for w < len(l) && isASCIILetter(l[w]) {
		w++
	}
	if w == 3 {
		up := [3]byte{upperByte(l[0]), upperByte(l[1]), upperByte(l[2])}
		if _, ok := currencyCode(string(up[:])); ok {
			return 3
		}
	}
	for _, f := range periodFillers {
		if len(f) == w && hasPrefixFold(l, f) {
			return w
		}
	}
	return 0
}

func upperByte(c byte) byte {
	if 'a' <= c && c <= 'z' {
		c -= 'a' - 'A'
	}
	return c
}

// periodPhraseAt returns the period of the phrase l starts with (in any ASCII case) and the phrase's length.
func periodPhraseAt(l string) (string, int) {
	for _, i := range periodsByFirst[lowerByte(l[0])] {
		p := periodPhrases[i]
		if hasPrefixFold(l, p.phrase) && (len(l) == len(p.phrase) || !isASCIILetter(l[len(p.phrase)])) {
			return p.period, len(p.phrase)
		}
	}
	return "", 0
}

// phraseAt returns the period of the one of phrases l starts with as a whole word, and its length.
func phraseAt(l string, phrases []struct{ phrase, period string }) (string, int) {
	for _, p := range phrases {
		if hasPrefixFold(l, p.phrase) && (len(l) == len(p.phrase) || !isWordByte(l[len(p.phrase)])) {
			return p.period, len(p.phrase)
		}
	}
	return "", 0
}

// adjacentAt returns the period of the adjacentPeriods abbreviation l starts with, as written, and its length.
func adjacentAt(l string) (string, int) {
	for _, p := range adjacentPeriods {
		if strings.HasPrefix(l, p.phrase) && (len(l) == len(p.phrase) || !isWordByte(l[len(p.phrase)])) {
			return p.period, len(p.phrase)
		}
	}
	return "", 0
}

// isWordByte reports an ASCII letter or a byte of a non-ASCII rune (which may be a letter: "mån" in "månad").
func isWordByte(c byte) bool { return isASCIILetter(c) || c >= utf8.RuneSelf }

func trimSpaces(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// hasPrefixFold reports whether s starts with p, a lower-case phrase, once s's ASCII letters are lowered.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if lowerByte(s[i]) != p[i] {
			return false
		}
	}
	return true
}

// periodsByFirst lists, for each first byte, the periodPhrases that begin with it, in their order.
var periodsByFirst = func() (t [256][]uint8) {
	for i, p := range periodPhrases {
		t[p.phrase[0]] = append(t[p.phrase[0]], uint8(i))
	}
	return t
}()

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	return c
}

func hasPrefix(b []byte, p string) bool { return len(b) >= len(p) && string(b[:len(p)]) == p }

// findPeriod finds a period phrase anywhere in lower-cased s, or a unit after a slash right after an
// amount, a currency or a filler ("4.000 € (brutto/Monat)").
func findPeriod(s string) string {
	for _, p := range periodPhrases {
		for off := 0; ; {
			k := strings.Index(s[off:], p.phrase)
			if k < 0 {
				break
			}
			k += off
			e := k + len(p.phrase)
			okStart := k == 0 || !isASCIILetter(s[k-1]) || p.phrase[0] == '/'
			if okStart && (e == len(s) || !isASCIILetter(s[e])) && everyOther(s[:k]) {
				off = k + 1 // "bi-weekly", "semi-monthly": every two weeks or twice a month is no period a Salary holds
				continue
			}
			if okStart && (e == len(s) || !isASCIILetter(s[e])) && !scheduleBefore(s[:k]) {
				return p.period
			}
			off = k + 1
		}
	}
	for off := 0; ; {
		k := strings.IndexByte(s[off:], '/')
		if k < 0 {
			return ""
		}
		k += off
		if amountBefore(s[:k]) {
			if p, _ := phraseAt(trimSpaces(s[k+1:]), periodUnits); p != "" {
				return p
			}
		}
		off = k + 1
	}
}

// everyOther reports whether s ends in "bi-" or "semi-", which make the period word after it another period.
func everyOther(s string) bool {
	return strings.HasSuffix(s, "bi-") || strings.HasSuffix(s, "semi-") || strings.HasSuffix(s, "bi ") || strings.HasSuffix(s, "semi ")
}

// scheduleBefore reports whether s ends in a count of working time ("3 days", "40 hours", "2 shifts"), so
// that the period after it ("3 days/week", "40 hours per week") tells how often one works, not the pay's period.
func scheduleBefore(s string) bool {
	s = strings.TrimRight(s, " ")
	i := len(s)
	for i > 0 && isASCIILetter(s[i-1]) {
		i--
	}
	switch s[i:] {
	case "day", "days", "hour", "hours", "hr", "hrs", "shift", "shifts", "night", "nights", "times", "tage", "stunden", "jours", "heures", "dias":
		return true
	}
	return false
}

// amountBefore reports whether s ends, spaces aside, in a digit, a currency sign or a filler word.
func amountBefore(s string) bool {
	for len(s) > 0 && s[len(s)-1] == ' ' {
		s = s[:len(s)-1]
	}
	if len(s) == 0 {
		return false
	}
	c := s[len(s)-1]
	if c >= '0' && c <= '9' || c == '$' {
		return true
	}
	if c >= utf8.RuneSelf {
		r, _ := utf8.DecodeLastRuneInString(s)
		_, ok := currencySymbols[r]
		return ok || strings.HasSuffix(s, "zł")
	}
	w := len(s)
	for w > 0 && isASCIILetter(s[w-1]) {
		w--
	}
	return w < len(s) && fillerAt(s[w:]) == len(s)-w
}

// clausePeriod finds the period of the amount of toks[i:last+1] in its own clause of text: from the end of
// the sentence or amount before it to clauseEnd after it. A period word in another sentence ("We hold weekly
// team lunches."), after another amount or in an aside ("(we do daily standups)") is about something else.
func clausePeriod(text string, toks []salTok, i, last int) string {
	start := clauseStart(text, toks[i].start)
	for k := i - 1; k >= 0; k-- {
		if toks[k].kind == tokNumber {
			start = max(start, toks[k].end)
			break
		}
	}
	end, aside := clauseEnd(text, toks[last].end)
	if p := findPeriod(strings.ToLower(text[start:end])); p != "" {
		return p
	}
	return aside
}

// onlyFillers reports whether s is nothing but fillers (fillerAt) and spaces.
func onlyFillers(s string) bool {
	for s = trimSpaces(s); s != ""; s = trimSpaces(s) {
		w := fillerAt(s)
		if w == 0 {
			return false
		}
		s = s[w:]
	}
	return true
}

// sentenceEndAt reports whether the ".", "!" or "?" at text[k] ends a sentence: the text ends after it, or
// spaces and a capital follow it ("$150,000. We hold"), unlike "p.a. plus" or "approx. $50k"; nor does the
// "." of a short capitalized abbreviation or a single letter ("Sr. Software Engineer", "U.S. Salary").
func sentenceEndAt(text string, k int) bool {
	j := k + 1
	if j < len(text) {
		if text[j] != ' ' {
			return false
		}
		for j < len(text) && text[j] == ' ' {
			j++
		}
		if j == len(text) || text[j] < 'A' || text[j] > 'Z' {
			return false
		}
	}
	if text[k] != '.' {
		return true
	}
	w := k
	for w > 0 && k-w <= 4 && isASCIILetter(text[w-1]) {
		w--
	}
	if w > 0 && (isASCIILetter(text[w-1]) || text[w-1] >= '0' && text[w-1] <= '9') {
		return true // a longer word, or an amount's suffix ("$70-90k. Team lunch weekly.")
	}
	n := k - w
	return !(n == 1 || n > 1 && n <= 4 && text[w] >= 'A' && text[w] <= 'Z')
}

// clauseStart returns where the clause holding text[at] starts: after the last line break, ";" or end of a
// sentence before it.
func clauseStart(text string, at int) int {
	for k := at - 1; k >= 0; k-- {
		switch text[k] {
		case '\n', ';':
			return k + 1
		case '.', '!', '?':
			if sentenceEndAt(text, k) {
				return k + 1
			}
		}
	}
	return 0
}

// clauseEnd returns where the clause of an amount ending at text[at] ends: at the end of its sentence, a
// line break, a ";" or the next digit (another amount). An aside in parentheses is no part of it: one that
// starts with a period (what periodAt reads: "(brutto/Monat)", "(per annum)") ends the clause, and that
// period is returned beside; one of fillers alone is read past ("(gross) per month"); any other ends it.
func clauseEnd(text string, at int) (int, string) {
	for k := at; k < len(text); k++ {
		switch c := text[k]; {
		case c == '\n' || c == ';' || c >= '0' && c <= '9':
			return k, ""
		case c == '.' || c == '!' || c == '?':
			if sentenceEndAt(text, k) {
				return k + 1, ""
			}
		case c == '(':
			if p, _ := periodAt(text[k+1:]); p != "" {
				return k, p
			}
			// "(gross) per month" goes on after the aside; "(we do daily standups)" ends the clause.
			n := strings.IndexByte(text[k:], ')')
			if n < 0 || !onlyFillers(text[k+1:k+n]) {
				return k, ""
			}
			k += n
		}
	}
	return len(text), ""
}
