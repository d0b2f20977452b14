package normalize

import "testing"

// Pay read from The Muse capture's description text, checked against each posting's own wording.
func TestFindSalaryTheMuseCapture(t *testing.T) {
	var b struct {
		Jobs []struct {
			Name     string `json:"name"`
			Contents string `json:"contents"`
		} `json:"jobs"`
	}
	readJSON(t, "job-apis/themuse-jsa-202-jobs-wrapped.json", &b)
	tests := []struct {
		i        int
		title    string
		min, max float64
		per      string
		ok       bool
	}{
		// "$5,000 bonus to use however you recharge best" is the only dollar amount besides "$2.0B in additional revenue".
		{33, "Staff Software Engineer, Backend", 0, 0, "", false},
		// "Get a maximum of $400 in bonuses" and "Earn $100 for every 10 rides" are incentives, not pay.
		{8, "Drive with Lyft - Features made for women + enby drivers", 0, 0, "", false},
		{24, "Drive with Lyft - Signing up is Easy", 0, 0, "", false},
		// "USD $211,000 per year - USD $234,000 per year", stated twice (San Francisco, Sunnyvale).
		{169, "Staff Security Strategist GRC", 211000, 234000, "year", true},
		{2, "Sr. Staff Engineer (GenAI)", 267000, 297000, "year", true},
		// "Level 1: $105,000.00 - $145,000.00" and "Level 2: $120,000.00 - $175,000.00", no period stated.
		{81, "RFIC Layout Designer (RFIC Engineering)", 105000, 175000, "", true},
		// "The base pay range for this role is between $216,200 and $324,800": no yearly word in that paragraph.
		{189, "Staff Applied Scientist, UI Control Models", 216200, 324800, "", true},
		// I4 $124,400-$183,000, I5 $148,200-$218,000, I6 $176,800-$260,000 USD.
		{102, "Senior Product Designer, Restaurant Rewards & Engagement", 124400, 260000, "", true},
		// "$156,500.00 - $230,000.00 annualized salary".
		{16, "Principal Engineer - Stablecoin", 156500, 230000, "year", true},
		// "Compensation Range: $40/hr - $50/hr".
		{160, "Experience Designer", 40, 50, "hour", true},
		// "Pay Range: Software Engineer/Senior: $160,000.00 - $225,000.00/per year": a slash before "per year".
		{6, "Sr. Simulation Software Engineer (Application Software)", 160000, 225000, "year", true},
		// "Level I: $95,000.00 - $115,000.00/per year", "Level II: $110,000.00 - $130,000.00/per year".
		{18, "Environmental Health & Safety Engineer (Satellites)", 95000, 130000, "year", true},
		// The same two levels as list items: $100,000.00 - $115,000.00 and $110,000.00 - $135,000.00.
		{39, "Welding Automation Engineer, Chamber and Nozzle (Raptor) ", 100000, 135000, "year", true},
		// A long sentence on base pay, then levels: "I4 $124,400-$183,000 USD ... I6 $176,800-$260,000 USD".
		{103, "Staff Product Designer, Retail", 124400, 260000, "", true},
		// "$118,000/year to $167,000/year + bonus + equity + benefits".
		{181, "Content Designer", 118000, 167000, "year", true},
		// Three levels, "$23.00 - $29.00/hour" to "$33.00 - $40.00/hour".
		{36, "Development Technician (PCBA) - 2nd Shift (Starlink)", 23, 40, "hour", true},
		// "$165,000.00 - $230,000.00/per year." ends a sentence.
		{37, "Lead Software Engineer, Full Stack - Top Secret Clearance", 165000, 230000, "year", true},
	}
	for _, tt := range tests {
		j := b.Jobs[tt.i]
		if j.Name != tt.title {
			t.Fatalf("job %d is %q, want %q", tt.i, j.Name, tt.title)
		}
		_, txt := HTML(j.Contents)
		s, ok := FindSalary(txt)
		if ok != tt.ok || s.Min != tt.min || s.Max != tt.max || s.Period != tt.per || ok && s.Currency != "USD" {
			t.Errorf("%s: FindSalary = %+v, %v; want %v–%v USD %q %v", tt.title, s, ok, tt.min, tt.max, tt.per, tt.ok)
		}
	}
}
