package normalize

import "testing"

// TestEmploymentTypeLists reads a board value that lists several types: the first known one is the type.
func TestEmploymentTypeLists(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Full-time, Contract", EmploymentFullTime},
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
