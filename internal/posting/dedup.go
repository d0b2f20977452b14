package posting

import (
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
)

// NearDuplicateDistance is the largest SimHash Hamming distance at which two descriptions count as the same text.
//
// Three bits out of 64 is the threshold Manku, Jain and Das Sarma found to separate near-duplicate web
// pages from distinct ones; on job ads it tolerates an edited sentence or a changed boilerplate line
// while two different roles of one company (which share their "about us" block) stay well apart.
const NearDuplicateDistance = 3

// Hamming returns the number of bits in which a and b differ.
func Hamming(a, b uint64) int { return bits.OnesCount64(a ^ b) }

// TitleKey returns the title lower-cased with whitespace collapsed, the form titles are compared in.
//
// Punctuation and seniority words are kept: "Senior Engineer" and "Engineer" are different postings.
func TitleKey(title string) string {
	var buf [128]byte
	b := buf[:0]
	for i := 0; i < len(title); i++ {
		c := title[i]
		switch {
		case c >= utf8.RuneSelf:
			return strings.Join(strings.Fields(strings.ToLower(title)), " ")
		case c == ' ' || c-'\t' < 5: // ASCII whitespace: \t \n \v \f \r
			if len(b) > 0 && b[len(b)-1] != ' ' {
				b = append(b, ' ')
			}
		case c-'A' < 26:
			b = append(b, c+'a'-'A')
		default:
			b = append(b, c)
		}
	}
	if len(b) > 0 && b[len(b)-1] == ' ' {
		b = b[:len(b)-1]
	}
	if string(b) == title {
		return title
	}
	return string(b)
}

// SamePageDistance is the SimHash distance up to which two listings count as the same text when one of them
// is at the other's page (the same canonical URL of one job's page): a page's text is edited over time and
// rendered differently by different boards, and over a 64-bit SimHash a small edit moves more than three
// bits about one time in two, while two roles that share a careers page differ by far more.
const SamePageDistance = 12

// SameJob reports whether two postings describe the same job at the same place.
//
// They must share a non-empty company key and title key, name overlapping places (a common city,
// or both remote with a common, unstated or worldwide region, or either has no place at all), and, when both
// have a description, SimHashes no more than NearDuplicateDistance bits apart.
func SameJob(a, b Posting) bool {
	return sameKeys(a, b) && placesOverlap(a, b) && textsWithin(a, b, NearDuplicateDistance)
}

// SameJobAtPage is SameJob for a listing at the page of one of b's links (the same canonical URL of one
// job's page): the texts may be up to SamePageDistance bits apart, and when the page names the job by its
// id (byID) the places are not compared, as another board may name them more narrowly or in other words.
// A page without an id may list the role in several cities, so there the places must still overlap.
func SameJobAtPage(a, b Posting, byID bool) bool {
	return sameKeys(a, b) && (byID || placesOverlap(a, b)) && textsWithin(a, b, SamePageDistance)
}

// sameKeys reports whether a and b share a non-empty company key and title key.
func sameKeys(a, b Posting) bool {
	if a.CompanyKey == "" || a.CompanyKey != b.CompanyKey {
		return false
	}
	ta, tb := a.TitleKey, b.TitleKey
	if ta == "" {
		ta = TitleKey(a.Title)
	}
	if tb == "" {
		tb = TitleKey(b.Title)
	}
	return ta != "" && ta == tb
}

// textsWithin reports whether the SimHashes are at most maxDistance bits apart, or either has no text.
func textsWithin(a, b Posting, maxDistance int) bool {
	return a.SimHash == 0 || b.SimHash == 0 || Hamming(a.SimHash, b.SimHash) <= maxDistance
}

func placesOverlap(a, b Posting) bool {
	aRemote, bRemote := a.WorkMode == WorkModeRemote, b.WorkMode == WorkModeRemote
	if len(a.Locations) == 0 && !aRemote || len(b.Locations) == 0 && !bRemote {
		return true
	}
	if aRemote && bRemote && regionsOverlap(a.RemoteRegions, b.RemoteRegions) {
		return true
	}
	for _, la := range a.Locations {
		if la.City == "" {
			continue
		}
		for _, lb := range b.Locations {
			if strings.EqualFold(la.City, lb.City) && (la.Country == "" || lb.Country == "" || la.Country == lb.Country) {
				return true
			}
		}
	}
	return false
}

// regionsOverlap reports whether two remote postings hire in a common region; no region or
// WORLDWIDE means anywhere.
func regionsOverlap(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 || slices.Contains(a, "WORLDWIDE") || slices.Contains(b, "WORLDWIDE") {
		return true
	}
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
