package normalize

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// legalSuffixes are words that name a company's legal form in several languages; "sp z oo" and friends are
// matched after dots are dropped and words split ("Sp. z o.o." → "sp", "z", "oo").
var legalSuffixes = map[string]bool{
	"inc": true, "incorporated": true, "corp": true, "corporation": true, "co": true, "company": true, "llc": true,
	"llp": true, "lp": true, "ltd": true, "limited": true, "plc": true, "pllc": true, "pc": true,
	"gmbh": true, "mbh": true, "ag": true, "kg": true, "kgaa": true, "se": true, "ug": true, "ev": true, "eg": true,
	"sa": true, "sas": true, "sasu": true, "sarl": true, "srl": true, "spa": true, "sl": true, "slu": true, "sau": true,
	"bv": true, "nv": true, "vof": true, "oy": true, "oyj": true, "ab": true, "as": true, "asa": true, "aps": true,
	"kk": true, "gk": true, "yk": true, "pty": true, "pvt": true, "pte": true, "sdn": true, "bhd": true, "tbk": true,
	"ltda": true, "sro": true, "doo": true, "ooo": true, "zao": true, "kft": true, "zrt": true, "nyrt": true,
	"sp": true, "zoo": true, "oo": true, "z": true, "ou": true, "sia": true, "uab": true, "ehf": true, "hf": true,
	"cv": true, "de": true, "rl": true, "private": true,
}

// CompanyKey reduces a company name to a key that survives punctuation, case, accents and legal forms:
// "Acme Corp.", "ACME Corporation" and "Acme, Inc." all give "acme".
//
// Legal-form words are removed from the end only, and never the first word, so "AB InBev" and
// "Company" keep their names.
func CompanyKey(name string) string {
	if isASCII(name) {
		return companyKeyASCII(name)
	}
	return companyKeyRunes(name)
}

// companyKeyASCII is CompanyKey for ASCII names, which need no repair, decomposition or Unicode tables:
// the words are lowered into a stack buffer and kept as spans of it.
func companyKeyASCII(name string) string {
	var buf [64]byte
	var spans [16]span
	b, words := buf[:0], spans[:0]
	start := 0 // of the word being read, in b
	for i := 0; i <= len(name); i++ {
		c := byte(' ')
		if i < len(name) {
			c = name[i]
		}
		switch {
		case c == '.' || c == '\'':
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b = append(b, c)
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		default:
			if len(b) > start {
				words = append(words, span{start, len(b)})
			}
			if c == '&' {
				b = append(b, '&')
				words = append(words, span{len(b) - 1, len(b)})
			}
			start = len(b)
		}
	}
	if len(words) > 1 && string(words[0].of(b)) == "the" {
		words = words[1:]
	}
	for len(words) > 1 {
		last := string(words[len(words)-1].of(b))
		if !legalSuffixes[last] && last != "&" {
			break
		}
		words = words[:len(words)-1]
	}
	var out [64]byte
	key := out[:0]
	for _, w := range words {
		if w := w.of(b); string(w) == "&" {
			key = append(key, "and"...)
		} else {
			key = append(key, w...)
		}
	}
	return string(key)
}

// companyKeyRunes is CompanyKey for any name.
func companyKeyRunes(name string) string {
	name = strings.TrimSpace(RepairMojibake(name))
	if name == "" {
		return ""
	}
	var words []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			words = append(words, cur.String())
			cur.Reset()
		}
	}
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '.' || r == '\'' || r == '’':
			// "K.K." is one word "kk"; "O'Reilly" is "oreilly".
		case r == '&':
			flush()
			words = append(words, "&")
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur.WriteRune(unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	if len(words) > 0 && words[0] == "the" && len(words) > 1 {
		words = words[1:]
	}
	for len(words) > 1 {
		last := words[len(words)-1]
		if legalSuffixes[last] || last == "&" {
			words = words[:len(words)-1]
			continue
		}
		break
	}
	var b strings.Builder
	for _, w := range words {
		if w == "&" {
			w = "and"
		}
		b.WriteString(w)
	}
	return b.String()
}
