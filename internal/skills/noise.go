package skills

import "strings"

// noiseRanges returns byte ranges where no skill can be mentioned: URLs ("http://x.com",
// "linkedin.com/in/jane-doe"), e-mail addresses and HTML entities ("&amp;"), whose parts
// would otherwise read as "HTTP", "LinkedIn" or "Amp". Ranges are sorted and do not overlap.
func noiseRanges(text string) [][2]int {
	if !strings.Contains(text, "://") && !strings.Contains(text, "www.") &&
		!strings.ContainsRune(text, '@') && !strings.ContainsRune(text, '&') && !hasBareURL(text) {
		return nil
	}
	var out [][2]int
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '&':
			j := i + 1
			for j < len(text) && j-i <= 10 && (isASCIIAlnum(text[j]) || text[j] == '#') {
				j++
			}
			if j < len(text) && text[j] == ';' && j > i+1 {
				out = append(out, [2]int{i, j + 1})
				i = j
			}
		case c == '@' || strings.HasPrefix(text[i:], "://") || strings.HasPrefix(text[i:], "www.") || c == '.' && bareTLD(text, i) > 0:
			s, e := i, i
			for s > 0 && !isSpaceByte(text[s-1]) {
				s--
			}
			for e < len(text) && !isSpaceByte(text[e]) {
				e++
			}
			if n := len(out); n > 0 && out[n-1][1] > s {
				s = out[n-1][0]
				out = out[:n-1]
			}
			out = append(out, [2]int{s, e})
			i = e
		}
	}
	return out
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

// bareTLDs are the top-level domains of links people write without a scheme.
var bareTLDs = []string{"com", "org", "net", "io", "dev", "me", "co", "ai", "app"}

// bareTLD returns the length of a lowercase top-level domain followed by "/" at the dot
// text[i] ("linkedin.com/in/x", "github.io/x"), or 0; "Node.js/Express" and "ASP.NET/C#" are not links.
func bareTLD(text string, i int) int {
	if i == 0 || !isASCIIAlnum(text[i-1]) {
		return 0
	}
	for _, tld := range bareTLDs {
		if strings.HasPrefix(text[i+1:], tld+"/") {
			return len(tld)
		}
	}
	return 0
}

func hasBareURL(text string) bool {
	for _, tld := range bareTLDs {
		if strings.Contains(text, "."+tld+"/") {
			return true
		}
	}
	return false
}
