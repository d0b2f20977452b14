package normalize

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
	"parttime": EmploymentPartTime, "teilzeit": EmploymentPartTime, "parttimepermanent": EmploymentPartTime, "permanentparttime": EmploymentPartTime,
	"contract": EmploymentContract, "contractor": EmploymentContract, "contracttohire": EmploymentContract, "ctoh": EmploymentContract,
	"c2c": EmploymentContract, "contractual": EmploymentContract, "fixedtermcontract": EmploymentTemporary,
	"temporary": EmploymentTemporary, "temp": EmploymentTemporary, "seasonal": EmploymentTemporary, "fixedterm": EmploymentTemporary,
	"befristet": EmploymentTemporary, "cdd": EmploymentTemporary, "fulltimefixedterm": EmploymentTemporary, "parttimefixedterm": EmploymentTemporary,
	"intern": EmploymentInternship, "internship": EmploymentInternship, "werkstudent": EmploymentInternship,
	"praktikum": EmploymentInternship, "workingstudent": EmploymentInternship, "alternance": EmploymentInternship,
	"ausbildung": EmploymentInternship, "estgio": EmploymentInternship, // "Estágio" folded
	"apprenticeship": EmploymentInternship, "stage": EmploymentInternship, "trainee": EmploymentInternship, "traineeship": EmploymentInternship,
	"freelance": EmploymentFreelance, "freelancer": EmploymentFreelance, "selfemployed": EmploymentFreelance,
	// Brazil's CLT (employed) and PJ (through the worker's company), Poland's B2B, per diem and PRN shifts,
	// and hours in Spanish, Portuguese, French, Dutch and Swedish ("meioperodo" is "Meio período" folded).
	"clt": EmploymentFullTime, "pj": EmploymentContract, "b2b": EmploymentContract, "perdiem": EmploymentTemporary,
	"prn": EmploymentTemporary, "tiempocompleto": EmploymentFullTime, "jornadacompleta": EmploymentFullTime,
	"mediotiempo": EmploymentPartTime, "tiempoparcial": EmploymentPartTime, "mediajornada": EmploymentPartTime,
	"tempointegral": EmploymentFullTime, "meioperodo": EmploymentPartTime, "tempoparcial": EmploymentPartTime,
	"tempsplein": EmploymentFullTime, "tempspartiel": EmploymentPartTime, "voltijd": EmploymentFullTime,
	"deeltijd": EmploymentPartTime, "heltid": EmploymentFullTime, "deltid": EmploymentPartTime,
}

// internWords are title words in Portuguese, Spanish, French and German for an internship, apprenticeship
// or work-study place.
var internWords = setOf("estagiário", "estagiária", "estágio", "becario", "becaria", "prácticas", "practicas",
	"alternance", "alternant", "alternante", "ausbildung", "azubi")

// EmploymentType reads full_time, part_time, contract, temporary, internship or freelance.
//
// The board's value comes first ("Full Time", "FULL_TIME", "FullTime", "Contract"); then words of the title
// ("(1099 Contract)", "Intern", "Part-time"); then explicit phrases of the text ("this is a full-time position").
func EmploymentType(raw, title, text string) string {
	return employmentType(raw, titleWords(title), func() textSignals { return readSignals(text) })
}

// employmentType is EmploymentType over the title's words, with the text's statements read only if the
// board value and title say nothing.
func employmentType(raw string, words []string, signals func() textSignals) string {
	if v := employmentValues[lettersOnly(raw)]; v != "" {
		return v
	}
	// "Internship (Summer 2027)", "Full-time (40h)": a value with more words is read as a title is.
	if raw != "" {
		if v := typeOfWords(titleWords(raw), true); v != "" {
			return v
		}
	}
	if v := typeOfWords(words, false); v != "" {
		return v
	}
	sig := signals()
	switch {
	case sig.internship:
		return EmploymentInternship
	case sig.partTime:
		return EmploymentPartTime
	case sig.contract:
		return EmploymentContract
	case sig.temporary:
		return EmploymentTemporary
	case sig.freelance:
		return EmploymentFreelance
	case sig.fullTime:
		return EmploymentFullTime
	}
	return ""
}

// typeOfWords reads the employment type named by the words (one or two at a time) of a title or a board's
// value. In a value a contract's nature (contract, freelance, internship, temporary) says more than its
// hours and wins ("Full Time Temporary"), and between hours the first named does ("Full or part time"); in
// a title the first type named is the posting's, as a later word is often the role ("Full-time Contract
// Specialist").
func typeOfWords(words []string, value bool) string {
	hours := ""
	for i, w := range words {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		if next == "" && i+2 < len(words) { // "Part-time": the hyphen left an empty word
			next = words[i+2]
		}
		nature := ""
		switch {
		case w == "contract" || w == "contractor" || w == "1099" || w == "c2c":
			nature = EmploymentContract
		case w == "freelance" || w == "freelancer":
			nature = EmploymentFreelance
		case w == "intern" || w == "internship" || w == "werkstudent" || w == "werkstudentin" || w == "praktikum" || w == "praktikant" ||
			w == "praktikantin" || w == "stagiaire" || internWords[w]:
			nature = EmploymentInternship
		case w == "temporary" || w == "temp" || w == "seasonal" || w == "cdd" || w == "befristet":
			nature = EmploymentTemporary
		}
		if nature != "" && !handlesThing(words, i) {
			return nature // not "Contract Manager", "Internship Coordinator": the thing a job handles
		}
		switch {
		case hours != "" && !value:
			return hours
		case hours != "":
		case w == "part" && next == "time" || w == "parttime" || w == "teilzeit":
			hours = EmploymentPartTime
		case w == "full" && (next == "time" || next == "or") || w == "fulltime" || w == "vollzeit" || w == "cdi":
			hours = EmploymentFullTime
		}
	}
	return hours
}

// textScanLimit is how much of a description the phrase searches read; the statements they look for come early.
const textScanLimit = 6000

// lettersOnly folds a board value to lower-case letters and digits ("FULL_TIME" → "fulltime").
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
