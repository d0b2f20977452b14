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
	}
	for _, tt := range tests {
		if got := EmploymentType(tt.raw, tt.title, ""); got != tt.want {
			t.Errorf("EmploymentType(%q, %q) = %q, want %q", tt.raw, tt.title, got, tt.want)
		}
	}
}
