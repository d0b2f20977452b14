package hn

import (
	"reflect"
	"testing"
)

func TestHeaderForms(t *testing.T) {
	cases := []struct {
		text                       string
		company, title, location   string
		workplace, employment, pay string
	}{
		{"Acme — Senior Engineer — Remote (EU)<p>About us.", "Acme", "Senior Engineer", "Remote (EU)", "Remote (EU)", "", ""},
		{"Acme - Backend Developer - Berlin, Germany - Full-time<p>x", "Acme", "Backend Developer", "Berlin, Germany", "", "Full-time", ""},
		{"Acme • Data Scientist • $150k<p>x", "Acme", "Data Scientist", "", "", "", "$150k"},
		{"Acme – Senior Engineer – NYC – Hybrid<p>x", "Acme", "Senior Engineer", "NYC", "Hybrid", "", ""},
		{"Acme - Senior Engineer<p>x", "Acme - Senior Engineer", "", "", "", "", ""}, // two parts: a name may hold " - "
		// Company alone on the first line, the roles on the next, labelled or not.
		{"Acme Robotics\nHiring: Backend Engineer, Data Scientist<p>We build robots.", "Acme Robotics", "Backend Engineer / Data Scientist", "", "", "", ""},
		{"Acme<br>Roles: • SRE • Product Designer<p>x", "Acme", "SRE / Product Designer", "", "", "", ""},
		{"Acme<p>Staff Backend Engineer | Remote (US) | $180k<p>x", "Acme", "Staff Backend Engineer", "Remote (US)", "Remote (US)", "", "$180k"},
		// A header whose only unclaimed part was taken for the title: the role line corrects it.
		{"Kelp | Lisbon | ONSITE\nStaff Backend Engineer; Platform Engineer<p>x", "Kelp", "Staff Backend Engineer / Platform Engineer", "Lisbon", "ONSITE", "", ""},
		// A header that names its role keeps it; prose after a bare company is no role line.
		{"Wave | On-Premises SRE<p>Open roles: Designer", "Wave", "On-Premises SRE", "", "", "", ""},
		// Separators and the REMOTE/ONSITE/VISA tokens the thread asks for.
		{"Acme | Senior Engineer | Remote (US) | $120k–$150k | VISA<p>x", "Acme", "Senior Engineer", "Remote (US)", "Remote (US)", "", "$120k–$150k"},
		{"Acme | Senior Engineer | VISA | Toronto, Canada | ONSITE<p>x", "Acme", "Senior Engineer", "Toronto, Canada", "ONSITE", "", ""},
		{"Acme / iOS/Android Developer / REMOTE / Contract<p>x", "Acme", "iOS/Android Developer", "", "REMOTE", "Contract", ""},
		{"Acme / Senior Engineer<p>x", "Acme / Senior Engineer", "", "", "", "", ""}, // two parts: a name may hold " / "
		{"Acme - Platform Engineer - REMOTE or ONSITE (NYC) - Visa sponsorship<p>x", "Acme", "Platform Engineer", "REMOTE or ONSITE (NYC)", "REMOTE or ONSITE (NYC)", "", ""},
		{"Acme–Labs | Backend Engineer – Payments | Paris | Full-time<p>x", "Acme–Labs", "Backend Engineer – Payments", "Paris", "", "Full-time", ""},
		// A visa note inside a place or a role leaves them where they are.
		{"Acme | Senior Engineer | Berlin (visa sponsorship) | Full-time<p>x", "Acme", "Senior Engineer", "Berlin (visa sponsorship)", "", "Full-time", ""},
		{"Acme | Relocation Specialist | NYC<p>x", "Acme", "Relocation Specialist", "NYC", "", "", ""},
		{"Acme<p>We are building developer tools for engineering teams.<p>x", "Acme", "", "", "", "", ""},
		{"Acme<p>Our engineers work on a platform that hundreds of teams across many industries rely on every day", "Acme", "", "", "", "", ""},
	}
	for _, c := range cases {
		text, author := c.text, "a"
		d, ok := fromComment("1", &author, &text, "")
		if !ok {
			t.Fatalf("%q: not a posting", c.text)
		}
		var loc string
		if len(d.Locations) > 0 {
			loc = d.Locations[0]
		}
		got := []string{d.Company, d.Title, loc, d.WorkplaceType, d.EmploymentType, d.SalaryText}
		if want := []string{c.company, c.title, c.location, c.workplace, c.employment, c.pay}; !reflect.DeepEqual(got, want) {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, want)
		}
	}
}

func TestLeadLines(t *testing.T) {
	got := leadLines("<p></p>\n<a href=\"x\">Acme</a> &amp; Co<br/>\n\nRoles: SRE<p class=\"x\">Body", 3)
	if want := []string{"Acme & Co", "Roles: SRE", "Body"}; !reflect.DeepEqual(got, want) {
		t.Errorf("leadLines = %q, want %q", got, want)
	}
	if got := leadLines("  ", 2); !reflect.DeepEqual(got, []string{""}) {
		t.Errorf("leadLines(blank) = %q", got)
	}
}
