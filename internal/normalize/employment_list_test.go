package normalize

import "testing"

// TestEmploymentTypeLists reads a board value that lists several types: a contract's nature (contract,
// internship, temporary, freelance) says more than its hours and wins; between hours the first named does.
func TestEmploymentTypeLists(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Full-time, Contract", EmploymentContract},
		{"Full Time Temporary", EmploymentTemporary},
		{"full-or-part-time", EmploymentFullTime},
		{"Full or part time", EmploymentFullTime},
		{"FULL_TIME; PART_TIME", EmploymentFullTime},
		{"Vollzeit / Teilzeit", EmploymentFullTime},
		{"Teilzeit, Vollzeit", EmploymentPartTime},
		{"Contract, Full-time", EmploymentContract},
		{"PART_TIME,FULL_TIME", EmploymentPartTime},
		{"Remote, Full Time", EmploymentFullTime},
		{"Internship | Werkstudent", EmploymentInternship},
	}
	for _, tt := range tests {
		if got := EmploymentType(tt.in, "", ""); got != tt.want {
			t.Errorf("EmploymentType(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
