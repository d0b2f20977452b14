package normalize

import "testing"

// TestSeniorityNotations reads levels as titles abbreviate them and as German and French titles name them.
func TestSeniorityNotations(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Sr. Software Engineer", "senior"}, {"Snr Developer", "senior"}, {"Jr. Developer", "junior"},
		{"Principal Engineer", "principal"}, {"Staff Software Engineer", "staff"}, {"Lead Engineer", "lead"},
		{"Head of Engineering", "director"}, {"VP of Sales", "executive"}, {"VP, Product", "executive"},
		{"Werkstudent Data Analytics (m/w/d)", "intern"}, {"Praktikum im Marketing", "intern"},
		{"Stagiaire Développeur Web", "intern"}, {"Software Engineering Internship (Summer 2027)", "intern"},
		{"Praktikantin Personalwesen", "intern"},
		// Care work for the elderly and a senior boss are no level.
		{"Betreuungskraft für Seniorinnen und Senioren", ""}, {"Pflegefachkraft Seniorresidenz", ""},
		{"Seniorchef Assistenz", ""}, {"Juniorinnen Trainerin", ""},
		// Portuguese, Spanish, French and German level words.
		{"Desenvolvedor Pleno", "mid"}, {"Analista de Dados Júnior", "junior"}, {"Engenheiro de Software Sênior", "senior"},
		{"Desarrollador Sénior", "senior"}, {"Estagiário de Marketing", "intern"}, {"Estágio em Engenharia", "intern"},
		{"Becario de Ingeniería", "intern"}, {"Prácticas en Marketing", "intern"}, {"Alternance - Développeur Web", "intern"},
		{"Ausbildung zum Fachinformatiker", "intern"}, {"Teamleiter IT-Support", "lead"}, {"Teamleiterin Vertrieb", "lead"},
		// "Entry-Level" as "Entry Level"; "&" joins a word ("UK&I" is no numeral I, "R&D" one word).
		{"Entry-Level Crypto Market Specialist", "junior"}, {"Account Executive - UK&I / Northern Europe", ""},
		{"R&D Engineer I", "junior"}, {"Engineer I", "junior"},
	}
	for _, tt := range tests {
		if got := Seniority(tt.title, ""); got != tt.want {
			t.Errorf("Seniority(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestEmploymentNotations reads employment types from board values and titles in English, German and French.
func TestEmploymentNotations(t *testing.T) {
	tests := []struct{ raw, title, want string }{
		{"Part-time", "", "part_time"}, {"Teilzeit", "", "part_time"}, {"Contract-to-hire", "", "contract"},
		{"Freelance", "", "freelance"}, {"Temporary", "", "temporary"}, {"Full time", "", "full_time"},
		{"Vollzeit", "", "full_time"}, {"CDI", "", "full_time"}, {"CDD", "", "temporary"},
		{"Internship (Summer 2027)", "", "internship"}, {"Werkstudent", "", "internship"},
		// A board value with more words than a type is read word by word, as a title is.
		{"Full-time (40h)", "", "full_time"}, {"Contract - 6 months", "", "contract"},
		{"", "Stagiaire Développeur Web", "internship"}, {"", "Développeur Java - CDI", "full_time"},
		{"", "Chargé de clientèle (CDD 6 mois)", "temporary"}, {"", "Backend Entwickler (Vollzeit)", "full_time"},
		{"", "Software Engineer (Contract-to-hire)", "contract"}, {"", "Praktikantin Personalwesen", "internship"},
		// In a title a later type word is often the role: the first type named is the posting's.
		{"", "Full-time Contract Specialist", "full_time"}, {"", "Full Time Intern Recruiter", "full_time"},
		{"", "Full-time Seasonal Associate", "full_time"},
		// Personio's and Recruitee's codes: a fixed term is temporary whatever the hours, a trainee an intern.
		{"permanentparttime", "", "part_time"}, {"fulltimefixedterm", "", "temporary"}, {"parttimefixedterm", "", "temporary"},
		{"trainee", "", "internship"}, {"traineeship", "", "internship"},
		// Board values from more countries: Brazil's CLT (employed) and PJ (a contractor's company), Poland's
		// B2B, per diem and PRN shifts; hours in Spanish, Portuguese, French, Dutch and Swedish. A fixed-term
		// contract is temporary employment, as "Fixed term" is.
		{"CLT", "", "full_time"}, {"PJ", "", "contract"}, {"B2B", "", "contract"}, {"Per diem", "", "temporary"},
		{"PRN", "", "temporary"}, {"Tiempo completo", "", "full_time"}, {"Jornada completa", "", "full_time"},
		{"Medio tiempo", "", "part_time"}, {"Tiempo parcial", "", "part_time"}, {"Tempo integral", "", "full_time"},
		{"Meio período", "", "part_time"}, {"Temps plein", "", "full_time"}, {"Temps partiel", "", "part_time"},
		{"Voltijd", "", "full_time"}, {"Deeltijd", "", "part_time"}, {"Heltid", "", "full_time"}, {"Deltid", "", "part_time"},
		{"Fixed-term contract", "", "temporary"}, {"Fixed term", "", "temporary"},
		{"", "Estagiário de Marketing", "internship"}, {"", "Alternance - Développeur Web", "internship"},
		{"", "Ausbildung zum Fachinformatiker", "internship"}, {"", "Becario de Ingeniería", "internship"},
		{"Alternance", "", "internship"}, {"Ausbildung", "", "internship"}, {"Estágio", "", "internship"},
	}
	for _, tt := range tests {
		if got := EmploymentType(tt.raw, tt.title, ""); got != tt.want {
			t.Errorf("EmploymentType(%q, %q) = %q, want %q", tt.raw, tt.title, got, tt.want)
		}
	}
}

// TestLevelWordsThatAreTheJob reads no level from a level word that names the job or its field rather than
// its rank: a staff accountant or nurse is a member of staff, a school principal heads a school, a research
// fellow holds a fellowship, and an internship coordinator runs the internships.
func TestLevelWordsThatAreTheJob(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Staff Accountant", ""}, {"Staff Nurse", ""}, {"Staff Nurse - ICU", ""}, {"Medical Staff Coordinator", ""},
		{"Staff Writer", ""}, {"Staff Attorney", ""}, {"Support Staff", ""}, {"Wait Staff", ""},
		{"Staff Pharmacist", ""}, {"Staff Physician", ""}, {"Staff Auditor", ""},
		{"School Principal", ""}, {"Assistant Principal", ""}, {"Vice Principal", ""}, {"Principal - Elementary School", ""},
		{"Research Fellow", ""}, {"Postdoctoral Fellow", ""}, {"Clinical Fellow", ""}, {"Teaching Fellow", ""},
		{"Senior Citizens Care Worker", ""}, {"Senior Living Community Assistant", ""},
		{"Internship Coordinator", ""}, {"Intern Program Manager", ""}, // a program manager leads no team
		// Still levels: the rank of a role named after it.
		{"Staff Software Engineer", "staff"}, {"Staff Engineer", "staff"}, {"Staff Data Scientist", "staff"},
		{"Staff Product Designer", "staff"}, {"Software Engineer, Staff", "staff"}, {"Software Engineer (Staff)", "staff"},
		{"Staff Machine Learning Engineer", "staff"}, {"Staff Site Reliability Engineer", "staff"},
		{"Staff Operations Engineer", "staff"}, {"Staff Golang Engineer", "staff"}, {"Staff Information Security Engineer", "staff"},
		{"Staff Payments Developer", "staff"}, {"Staff Growth Product Manager", "staff"}, {"Staff Engineer, Kubernetes", "staff"},
		{"Principal, Engineering", "principal"}, {"Principal - Data Science", "principal"},
		{"Principal Engineer", "principal"}, {"Principal Product Manager", "principal"}, {"Software Engineer, Principal", "principal"},
		{"Technical Fellow", "principal"}, {"Distinguished Engineer", "principal"}, {"Senior Research Fellow", "senior"},
		{"Senior Software Engineer", "senior"}, {"Software Engineering Intern", "intern"}, {"Intern - Data Science", "intern"},
	}
	for _, tt := range tests {
		if got := Seniority(tt.title, ""); got != tt.want {
			t.Errorf("Seniority(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestTypeWordsThatAreTheJob reads no employment type from a title whose type word is what the job handles:
// a contract manager manages contracts, an internship coordinator runs internships.
func TestTypeWordsThatAreTheJob(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Contract Manager", ""}, {"Contracts Manager", ""}, {"Contract Specialist", ""}, {"Contract Administrator", ""},
		{"Contract Negotiator", ""}, {"Senior Contract Analyst", ""}, {"Contract Management Lead", ""},
		{"Internship Coordinator", ""}, {"Intern Program Manager", ""}, {"Temp Agency Recruiter", ""},
		// Still types: the terms of the job.
		{"Contract Software Engineer", "contract"}, {"Software Engineer (Contract)", "contract"}, {"Data Analyst - Contract", "contract"},
		{"Contract Recruiter", "contract"}, {"Marketing Intern", "internship"}, {"Temp Receptionist", "temporary"},
		{"Full-time Contract Specialist", "full_time"},
	}
	for _, tt := range tests {
		if got := EmploymentType("", tt.title, ""); got != tt.want {
			t.Errorf("EmploymentType(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestNegatedStatements reads no type from a statement the text denies ("not a contract role").
func TestNegatedStatements(t *testing.T) {
	tests := []struct{ text, want string }{
		{"This is not a contract role; this is a full-time position.", "full_time"},
		{"This is not a contract position.", ""},
		{"This isn't a part-time role.", ""},
		{"This is NOT a temporary position, and not an internship program.", ""},
		{"This is a contract role.", "contract"},
	}
	for _, tt := range tests {
		if got := EmploymentType("", "Engineer", tt.text); got != tt.want {
			t.Errorf("EmploymentType(text %q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
