package normalize

import "strings"

// Employment types; the empty string means the posting does not say.
const (
	EmploymentFullTime   = "full_time"
	EmploymentPartTime   = "part_time"
	EmploymentContract   = "contract"
	EmploymentTemporary  = "temporary"
	EmploymentInternship = "internship"
	EmploymentFreelance  = "freelance"
)

// employmentValues maps a board's value, folded to letters only, to an employment type.
var employmentValues = map[string]string{
	"fulltime": EmploymentFullTime, "permanent": EmploymentFullTime, "permanentfulltime": EmploymentFullTime,
	"fulltimepermanent": EmploymentFullTime, "regular": EmploymentFullTime, "vollzeit": EmploymentFullTime, "festanstellung": EmploymentFullTime,
	"fulltimeemployee": EmploymentFullTime, "cdi": EmploymentFullTime, "employee": EmploymentFullTime,
	"parttime": EmploymentPartTime, "teilzeit": EmploymentPartTime, "parttimepermanent": EmploymentPartTime,
	"contract": EmploymentContract, "contractor": EmploymentContract, "contracttohire": EmploymentContract, "ctoh": EmploymentContract,
	"c2c": EmploymentContract, "contractual": EmploymentContract, "fixedtermcontract": EmploymentContract,
	"temporary": EmploymentTemporary, "temp": EmploymentTemporary, "seasonal": EmploymentTemporary, "fixedterm": EmploymentTemporary,
	"befristet": EmploymentTemporary, "cdd": EmploymentTemporary,
	"intern": EmploymentInternship, "internship": EmploymentInternship, "werkstudent": EmploymentInternship,
	"praktikum": EmploymentInternship, "workingstudent": EmploymentInternship,
	"apprenticeship": EmploymentInternship, "stage": EmploymentInternship,
	"freelance": EmploymentFreelance, "freelancer": EmploymentFreelance, "selfemployed": EmploymentFreelance,
}

// EmploymentType reads full_time, part_time, contract, temporary, internship or freelance.
//
// The board's value comes first ("Full Time", "FULL_TIME", "FullTime", "Contract"); then words of the title
// ("(1099 Contract)", "Intern", "Part-time"); then explicit phrases of the text ("this is a full-time position").
func EmploymentType(raw, title, text string) string {
	if v := employmentValues[lettersOnly(raw)]; v != "" {
		return v
	}
	words := titleWords(title)
	for i, w := range words {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		if next == "" && i+2 < len(words) { // "Part-time": the hyphen left an empty word
			next = words[i+2]
		}
		switch {
		case w == "part" && next == "time" || w == "parttime" || w == "teilzeit":
			return EmploymentPartTime
		case w == "contract" || w == "contractor" || w == "1099" || w == "c2c":
			return EmploymentContract
		case w == "freelance" || w == "freelancer":
			return EmploymentFreelance
		case w == "intern" || w == "internship" || w == "werkstudent" || w == "werkstudentin" || w == "praktikum" || w == "praktikant":
			return EmploymentInternship
		case w == "temporary" || w == "temp" || w == "seasonal":
			return EmploymentTemporary
		case w == "full" && next == "time":
			return EmploymentFullTime
		}
	}
	if text == "" {
		return ""
	}
	l := strings.ToLower(text[:min(len(text), 6000)])
	for _, p := range []struct{ phrase, kind string }{
		{"this is a full-time", EmploymentFullTime}, {"this is a full time", EmploymentFullTime},
		{"full-time position", EmploymentFullTime}, {"full-time role", EmploymentFullTime}, {"full time position", EmploymentFullTime},
		{"this is a part-time", EmploymentPartTime}, {"part-time position", EmploymentPartTime}, {"part-time role", EmploymentPartTime},
		{"this is a contract", EmploymentContract}, {"contract position", EmploymentContract}, {"contract role", EmploymentContract},
		{"this internship", EmploymentInternship}, {"temporary position", EmploymentTemporary}, {"freelance position", EmploymentFreelance},
	} {
		if strings.Contains(l, p.phrase) {
			return p.kind
		}
	}
	return ""
}

func lettersOnly(s string) string {
	var b [32]byte
	n := 0
	for i := 0; i < len(s) && n < len(b); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 32
		}
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b[n] = c
			n++
		}
	}
	return string(b[:n])
}
