package normalize

import "testing"

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"HTTPS://Boards.Greenhouse.IO:443/github/jobs/712339#app", "https://boards.greenhouse.io/github/jobs/712339"},
		{"https://www.databricks.com/company/careers/open-positions/job?gh_jid=7654321&utm_source=linkedin&gh_src=abc",
			"https://www.databricks.com/company/careers/open-positions/job?gh_jid=7654321"},
		{"https://jobs.lever.co/outreach/a60fb104-ce93-4ba0-8763-ffb075b3eed1/apply?lever-source[]=LinkedIn&lever-origin=applied",
			"https://jobs.lever.co/outreach/a60fb104-ce93-4ba0-8763-ffb075b3eed1/apply"},
		{"http://example.com:80?b=2&a=1&fbclid=x&ref=hn&trk=feed", "http://example.com/?a=1&b=2"},
		{"https://example.com:8443/x?z=&y", "https://example.com:8443/x?y&z="},
		{"https://jobs.ashbyhq.com/notion/05e14247?utm_campaign=x&utm_medium=y", "https://jobs.ashbyhq.com/notion/05e14247"},
		{"mailto:jobs@example.com", ""},
		{"javascript:alert(1)", ""},
		{"/relative/path", ""},
		{"not a url", ""},
		{"http://[::1]:80/a", "http://[::1]/a"},
		{"", ""},
		// A fragment that is a route of a single-page careers site names the job; other fragments do not.
		{"https://acme.com/#/jobs/123", "https://acme.com/#/jobs/123"},
		{"https://Acme.com/careers?utm_source=x#!/job/42", "https://acme.com/careers#!/job/42"},
		{"https://acme.com/careers#apply", "https://acme.com/careers"},
		// A route is cleaned as a query is, and a route to nothing is no route.
		{"https://x.com/a#/b?utm_source=x&id=2", "https://x.com/a#/b?id=2"},
		{"https://x.com/a#/b?utm_source=x", "https://x.com/a#/b"},
		{"https://x.com/jobs/1#/", "https://x.com/jobs/1"}, {"https://x.com/jobs/1#!/", "https://x.com/jobs/1"},
		// A link written without its scheme, as boards send "www." addresses and protocol-relative links.
		{"www.acme.com/jobs/1", "https://www.acme.com/jobs/1"},
		{"WWW.Acme.com/jobs/1?utm_source=x", "https://www.acme.com/jobs/1"},
		{"//boards.greenhouse.io/acme/jobs/1", "https://boards.greenhouse.io/acme/jobs/1"},
		{"www", ""}, {"www.", ""},
	}
	for _, tt := range tests {
		if got := CanonicalURL(tt.in); got != tt.want {
			t.Errorf("CanonicalURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCompanyKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Acme Corp.", "acme"}, {"Acme Corp", "acme"}, {"ACME Corporation", "acme"}, {"Acme, Inc.", "acme"},
		{"Acme GmbH", "acme"}, {"Acme AG", "acme"}, {"Acme S.A.", "acme"}, {"Acme SAS", "acme"}, {"Acme B.V.", "acme"},
		{"Acme Oy", "acme"}, {"Acme AB", "acme"}, {"Acme K.K.", "acme"}, {"Acme Pty Ltd", "acme"}, {"Acme Sp. z o.o.", "acme"},
		{"Acme & Co.", "acme"}, {"The Acme Company", "acme"}, {"Acme S.A. de C.V.", "acme"},
		{"GitLab Inc.", "gitlab"}, {"Databricks Japan K.K.", "databricksjapan"}, {"AB InBev", "abinbev"},
		{"Société Générale", "societegenerale"}, {"Wealth.com", "wealthcom"}, {"AT&T Inc.", "atandt"}, {"Company", "company"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := CompanyKey(tt.in); got != tt.want {
			t.Errorf("CompanyKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSeniority(t *testing.T) {
	tests := []struct{ title, text, want string }{
		{"Senior Software Engineer", "", "senior"}, {"Sr. Data Engineer", "", "senior"}, {"Jr Developer", "", "junior"},
		{"Software Engineer II", "", "mid"}, {"Software Engineer III", "", "senior"}, {"Software Engineer I", "", "junior"},
		{"Staff Engineer", "", "staff"}, {"Principal Product Designer", "", "principal"}, {"Head of Design", "", "director"},
		{"VP, Engineering", "", "executive"}, {"Vice President, Enablement", "", "executive"}, {"Chief Technology Officer", "", "executive"},
		{"CTO", "", "executive"}, {"Software Engineering Intern", "", "intern"}, {"Werkstudent Marketing (m/w/d)", "", "intern"},
		{"Senior Director - Software Intelligence Engineering", "", "director"}, // GitHub 2018
		{"Senior Engineering Manager - Machine Learning", "", "manager"},
		{"Manager, Account Management", "", "manager"}, {"Senior Product Manager - Payments", "", "senior"},
		{"Account Manager", "", ""}, {"Corporate Development Lead", "", "lead"}, {"SIRT Detection Engineering Lead", "", "lead"},
		{"Associate Commercial Counsel", "", "junior"}, {"Chief of Staff", "", ""}, {"Internal Tools Engineer", "", ""},
		{"Lead Generation Specialist", "", ""}, {"Software Engineer, Product (all levels)", "", ""},
		{"Data Analyst", "This is an entry-level position on our team.", "junior"},
		{"Web Designer", "You will mentor junior designers.", ""},
	}
	for _, tt := range tests {
		if got := Seniority(tt.title, tt.text); got != tt.want {
			t.Errorf("Seniority(%q, %q) = %q, want %q", tt.title, tt.text, got, tt.want)
		}
	}
}

func TestEmploymentType(t *testing.T) {
	tests := []struct{ raw, title, text, want string }{
		{"Full Time", "", "", "full_time"}, {"FULL_TIME", "", "", "full_time"}, {"FullTime", "", "", "full_time"},
		{"Full-Time", "", "", "full_time"}, {"PartTime", "", "", "part_time"}, {"Contract", "", "", "contract"},
		{"Intern", "", "", "internship"}, {"Temporary", "", "", "temporary"}, {"Freelance", "", "", "freelance"},
		{"", "Salesforce Developer (1099 Contract)", "", "contract"}, {"", "Marketing Intern", "", "internship"},
		{"", "Part-time Bookkeeper", "", "part_time"}, {"", "Engineer", "This is a full-time position based in Berlin.", "full_time"},
		{"", "Engineer", "We support our full-time employees.", ""}, {"something odd", "Engineer", "", ""},
	}
	for _, tt := range tests {
		if got := EmploymentType(tt.raw, tt.title, tt.text); got != tt.want {
			t.Errorf("EmploymentType(%q, %q, %q) = %q, want %q", tt.raw, tt.title, tt.text, got, tt.want)
		}
	}
}

func TestReadSignals(t *testing.T) {
	tests := []struct {
		text string
		want textSignals
	}{
		{"Full-time position in Berlin.", textSignals{fullTime: true}},
		{"We are hiring. This is a Part-Time role with flexible hours.", textSignals{partTime: true}},
		{"About us\nContract position, six months.", textSignals{contract: true}},
		{"Our subcontract position is filled.", textSignals{}},
		{"Join our paid Internship Program this summer.", textSignals{internship: true}},
		{"An entry-level role for new graduates; freelance basis possible.", textSignals{entryLevel: true, freelance: true}},
		{"We support our full-time employees and contractors.", textSignals{}},
		{"", textSignals{}},
	}
	for _, tt := range tests {
		if got := readSignals(tt.text); got != tt.want {
			t.Errorf("readSignals(%q) = %+v, want %+v", tt.text, got, tt.want)
		}
	}
}
