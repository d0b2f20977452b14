package normalize

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Seniority levels, lowest to highest; the empty string means the posting does not say.
const (
	SeniorityIntern    = "intern"
	SeniorityJunior    = "junior"
	SeniorityMid       = "mid"
	SenioritySenior    = "senior"
	SeniorityLead      = "lead"
	SeniorityStaff     = "staff"
	SeniorityPrincipal = "principal"
	SeniorityManager   = "manager"
	SeniorityDirector  = "director"
	SeniorityExecutive = "executive"
)

var seniorityRank = map[string]int{
	SeniorityJunior: 1, SeniorityMid: 2, SenioritySenior: 3, SeniorityLead: 4, SeniorityStaff: 5,
	SeniorityPrincipal: 6, SeniorityManager: 7, SeniorityDirector: 8, SeniorityExecutive: 9,
}

// seniorityWords maps single title words to a level.
var seniorityWords = map[string]string{
	"intern": SeniorityIntern, "interns": SeniorityIntern, "internship": SeniorityIntern, "werkstudent": SeniorityIntern,
	"werkstudentin": SeniorityIntern, "praktikant": SeniorityIntern, "praktikantin": SeniorityIntern, "praktikum": SeniorityIntern,
	"stagiaire": SeniorityIntern, "apprentice": SeniorityIntern, "trainee": SeniorityIntern,
	"júnior": SeniorityJunior, "pleno": SeniorityMid, "sênior": SenioritySenior, "sénior": SenioritySenior,
	"teamleiter": SeniorityLead, "teamleiterin": SeniorityLead,
	"junior": SeniorityJunior, "jr": SeniorityJunior, "graduate": SeniorityJunior, "absolvent": SeniorityJunior, "absolventin": SeniorityJunior,
	"berufseinsteiger": SeniorityJunior, "berufseinsteigerin": SeniorityJunior, "associate": SeniorityJunior, "entry": SeniorityJunior,
	"i":   SeniorityJunior,
	"mid": SeniorityMid, "intermediate": SeniorityMid, "ii": SeniorityMid,
	"senior": SenioritySenior, "sr": SenioritySenior, "snr": SenioritySenior, "iii": SenioritySenior, "experienced": SenioritySenior,
	"lead":  SeniorityLead,
	"staff": SeniorityStaff, "iv": SeniorityStaff,
	"principal": SeniorityPrincipal, "distinguished": SeniorityPrincipal, "fellow": SeniorityPrincipal,
	"director": SeniorityDirector, "directeur": SeniorityDirector, "head": SeniorityDirector,
	"vp": SeniorityExecutive, "svp": SeniorityExecutive, "evp": SeniorityExecutive, "avp": SeniorityExecutive, "chief": SeniorityExecutive,
	"cto": SeniorityExecutive, "ceo": SeniorityExecutive, "cfo": SeniorityExecutive, "coo": SeniorityExecutive,
	"cmo": SeniorityExecutive, "cio": SeniorityExecutive, "ciso": SeniorityExecutive, "cpo": SeniorityExecutive,
	"cro": SeniorityExecutive, "president": SeniorityExecutive,
}

func init() {
	for w := range internWords { // an internship named in another language is an intern's level
		seniorityWords[w] = SeniorityIntern
	}
}

// individualManagers are "X Manager" titles that name an individual contributor, not a people manager.
var individualManagers = []string{"product", "program", "project", "account", "marketing", "community", "success",
	"partner", "territory", "office", "content", "brand", "release", "technical program", "solutions", "sales", "channel", "campaign"}

// Seniority reads the level of a posting, primarily from its title ("Sr.", "Staff", "II", "Head of", "VP", "Werkstudent").
//
// The highest level named wins ("Senior Director" is director), except that an internship is always an
// internship. "Manager" counts only for people managers ("Engineering Manager", "Manager, Sales"), not for
// "Product Manager" or "Account Manager". The text is read only when the title says nothing, and only for
// explicit statements ("entry-level position", "this internship").
func Seniority(title, text string) string {
	return seniority(titleWords(title), func() textSignals { return readSignals(text) })
}

// seniority is Seniority over the title's words, with the text's statements read only if the title says nothing.
func seniority(words []string, signals func() textSignals) string {
	if lvl := titleLevel(words); lvl != "" {
		return lvl
	}
	return textLevel(signals())
}

// onlyAssociate reports a title whose one level word is "Associate", a level in some trades ("Associate
// Product Manager") and a role in others ("Production Associate"): a board's level field says more.
func onlyAssociate(words []string) bool {
	k := slices.Index(words, "associate")
	if k < 0 {
		return false
	}
	rest := slices.Delete(slices.Clone(words), k, k+1)
	return !slices.Contains(rest, "associate") && titleLevel(rest) == ""
}

// textLevel is the level a description states: an internship, or an entry-level position.
func textLevel(sig textSignals) string {
	switch {
	case sig.internship:
		return SeniorityIntern
	case sig.entryLevel:
		return SeniorityJunior
	}
	return ""
}

// titleLevel is the highest level a title's words name (an internship always wins), or "".
func titleLevel(words []string) string {
	best, rank := "", 0
	for i, w := range words {
		lvl := seniorityWords[w]
		switch {
		case w == "management" && len(words) == 1:
			lvl = SeniorityManager // The Muse's level name, alone; in a title "Management" names a field
		case lvl == "" && len(w) > len("senior")+2:
			lvl = compoundLevel(w)
		case w == "chief" && i+2 < len(words) && words[i+1] == "of" && words[i+2] == "staff",
			w == "staff" && i >= 2 && words[i-1] == "of" && words[i-2] == "chief":
			lvl = "" // a chief of staff is neither an executive nor a staff engineer
		case w == "vice" && i+1 < len(words) && words[i+1] == "president":
			lvl = SeniorityExecutive
		case w == "head" && !(i+1 < len(words) && words[i+1] == "of"):
			lvl = ""
		case w == "entry" && !(i+1 < len(words) && words[i+1] == "level") &&
			!(i+2 < len(words) && words[i+1] == "" && words[i+2] == "level"): // "Entry Level", "Entry-Level"
			lvl = ""
		case w == "i" && (i == 0 || i+1 < len(words) && words[i+1] != ""):
			lvl = "" // "I" counts only as a closing numeral ("Engineer I")
		case w == "new" && i+1 < len(words) && words[i+1] == "grad":
			lvl = SeniorityJunior
		case w == "manager" || w == "managers":
			if isPeopleManager(words, i) {
				lvl = SeniorityManager
			}
		case w == "lead" && i+1 < len(words) && words[i+1] == "generation":
			lvl = ""
		case w == "staff" && !rankOfRole(words, i, staffRoles):
			lvl = "" // "Staff Accountant", "Support Staff": a member of staff
		case w == "principal" && !rankOfRole(words, i, nil):
			lvl = "" // "School Principal": the head of a school
		case w == "fellow" && !(i > 0 && (words[i-1] == "technical" || words[i-1] == "distinguished")):
			lvl = "" // "Research Fellow": a fellowship, not a rank
		case w == "senior" && i+1 < len(words) && (words[i+1] == "citizen" || words[i+1] == "citizens" || words[i+1] == "living"):
			lvl = "" // care for the elderly
		case lvl == SeniorityIntern && handlesThing(words, i):
			lvl = ""
		}
		if lvl == SeniorityIntern {
			return SeniorityIntern
		}
		if r := seniorityRank[lvl]; r > rank {
			best, rank = lvl, r
		}
	}
	return best
}

// staffRoles are the roles after "Staff" that make it a rank above senior, as in technology ("Staff
// Engineer"); before other roles it names a member of staff ("Staff Accountant", "Staff Nurse").
var staffRoles = setOf("engineer", "engineering", "software", "data", "product", "machine", "ml", "ai", "security", "backend",
	"back", "frontend", "front", "full", "fullstack", "site", "platform", "infrastructure", "systems", "research", "researcher",
	"scientist", "designer", "design", "ux", "ui", "developer", "technical", "solutions", "cloud", "devops", "sre", "applied",
	"android", "ios", "mobile", "web", "quality", "qa", "test", "hardware", "firmware", "embedded", "network", "database",
	"analytics", "architect", "application", "applications", "game", "graphics", "reliability", "production", "program",
	"computer", "deep", "privacy", "distributed", "performance", "devex", "visual")

// roleNouns are the technical roles a "Staff" or "Principal" later in the same part ranks ("Staff
// Operations Engineer").
var roleNouns = setOf("engineer", "engineers", "developer", "developers", "scientist", "designer", "architect", "researcher",
	"manager", "programmer", "analyst")

// rankOfRole reports whether the level word at words[i] ranks a role: a word of roles follows it (any
// word when roles is nil) or a role noun comes later in its part, or it stands after a comma or bracket
// at its part's end ("Engineer, Staff"), or before a part naming a field ("Principal, Engineering"). At
// its part's end after another word it is the role itself ("School Principal", "Support Staff").
func rankOfRole(words []string, i int, roles map[string]bool) bool {
	if i+1 < len(words) && words[i+1] != "" {
		if roles == nil || roles[words[i+1]] {
			return true
		}
		for _, w := range words[i+1:] {
			if w == "" {
				break
			}
			if roleNouns[w] {
				return true
			}
		}
		return false
	}
	return i > 0 && words[i-1] == "" || i+2 < len(words) && staffRoles[words[i+2]]
}

// handledBy maps a type or level word to the jobs after it that handle the thing it names ("Contract
// Manager" manages contracts, an "Internship Coordinator" runs internships): the word is then not the
// job's terms or level.
var handledBy = map[string]map[string]bool{
	"contract": setOf("manager", "management", "specialist", "administrator", "administration", "coordinator", "negotiator",
		"analyst", "officer", "lawyer", "attorney", "counsel", "paralegal"),
	"intern":     setOf("program", "programs", "coordinator", "recruiter", "recruiting", "manager"),
	"internship": setOf("program", "programs", "coordinator", "recruiter", "recruiting", "manager"),
	"temp":       setOf("agency"),
}

// handlesThing reports whether words[i] is the thing the next word's job handles.
func handlesThing(words []string, i int) bool {
	return i+1 < len(words) && handledBy[words[i]][words[i+1]]
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// compoundLevel reads "Junior" or "Senior" starting a German compound ("Juniorberater", "Seniorentwickler"),
// but not "Senioren" (the elderly), "Junioren" (youth teams) or "seniority".
func compoundLevel(w string) string {
	for _, p := range [...]struct{ prefix, level string }{{"junior", SeniorityJunior}, {"senior", SenioritySenior}} {
		// "Seniorentwickler" is a senior Entwickler; "Seniorin", "Seniorenheim", "Seniorresidenz" and
		// "Seniorchef" name old people, their homes or the owner, and "Juniorinnen" young players.
		if rest, ok := strings.CutPrefix(w, p.prefix); ok && !strings.HasPrefix(rest, "it") && !strings.HasPrefix(rest, "in") &&
			!strings.HasPrefix(rest, "resid") && !strings.HasPrefix(rest, "chef") &&
			(!strings.HasPrefix(rest, "en") || strings.HasPrefix(rest, "entw")) {
			return p.level
		}
	}
	return ""
}

func isPeopleManager(words []string, i int) bool {
	if i == 0 || i > 0 && words[i-1] == "" {
		return true // "Manager, Account Management"
	}
	prev := words[i-1]
	if i >= 2 && words[i-2] != "" && (prev == "program" && words[i-2] == "technical") {
		return false
	}
	for _, ic := range individualManagers {
		if prev == ic {
			return false
		}
	}
	return true
}

// titleWords splits a title into lower-case words; a comma, dash or bracket becomes an empty word so phrases do not run across it.
func titleWords(title string) []string { return splitTitle(title, isASCII(title)) }

// splitTitle is titleWords lower-casing the whole title once and slicing its words from that (whole), or
// lower-casing word by word, as a title that is not ASCII needs: lower-casing may change a letter's length.
func splitTitle(title string, whole bool) []string {
	lower := title
	if whole {
		lower = strings.ToLower(title)
	}
	out := make([]string, 0, 8)
	start := -1
	for i := 0; i <= len(title); i++ {
		c := byte(' ')
		if i < len(title) {
			c = title[i]
		}
		// "&" between two letters or digits joins them into one word ("R&D", "UK&I").
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80 ||
			c == '&' && start >= 0 && i+1 < len(title) && (isASCIILetter(title[i+1]) || title[i+1]-'0' < 10) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if whole {
				out = append(out, lower[start:i])
			} else {
				out = append(out, strings.ToLower(title[start:i]))
			}
			start = -1
		}
		if c == ',' || c == '-' || c == '(' || c == ')' || c == '|' || c == ':' || c == '/' {
			out = append(out, "")
		}
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
