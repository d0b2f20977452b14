package version

import "testing"

func TestParse(t *testing.T) {
	good := map[string]Semver{
		"1.2.3":              {Major: 1, Minor: 2, Patch: 3},
		"v0.10.0":            {Minor: 10},
		"2.0.0-rc.1":         {Major: 2, Pre: "rc.1"},
		"1.0.0-alpha+sha.5a": {Major: 1, Pre: "alpha", Build: "sha.5a"},
		"1.0.0+20261203":     {Major: 1, Build: "20261203"},
	}
	for in, want := range good {
		got, err := Parse(in)
		if err != nil || got != want {
			t.Errorf("Parse(%q) = %+v, %v; want %+v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "1", "1.2", "1.2.3.4", "01.2.3", "1.02.3", "a.b.c", "1.2.3-", "1.2.3-01", "1.2.3-a..b", "1.2.3+", "-1.2.3", "1.2.3-ä"} {
		if _, err := Parse(in); err == nil {
			t.Errorf("Parse(%q) accepted", in)
		}
	}
}

func TestBump(t *testing.T) {
	cases := []struct{ from, part, want string }{
		{"1.2.3", "patch", "1.2.4"},
		{"1.2.3", "minor", "1.3.0"},
		{"1.2.3", "major", "2.0.0"},
		{"0.9.9", "minor", "0.10.0"},
		{"1.9.0", "minor", "1.10.0"},
		{"2.0.0-rc.1", "major", "2.0.0"},
		{"1.3.0-beta", "minor", "1.3.0"},
		{"1.3.1-beta", "minor", "1.4.0"},
		{"1.2.4-rc.1", "patch", "1.2.4"},
		{"1.2.3+build.7", "patch", "1.2.4"},
	}
	for _, c := range cases {
		v, _ := Parse(c.from)
		got, err := v.Bump(c.part)
		if err != nil || got.String() != c.want {
			t.Errorf("%s bump %s = %s, %v; want %s", c.from, c.part, got, err, c.want)
		}
	}
	if _, err := (Semver{}).Bump("huge"); err == nil {
		t.Error("unknown part accepted")
	}
}

func TestCompare(t *testing.T) {
	// The precedence chain from the SemVer 2.0.0 specification, item 11.
	chain := []string{"1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta", "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0"}
	for i := 0; i+1 < len(chain); i++ {
		a, _ := Parse(chain[i])
		b, _ := Parse(chain[i+1])
		if Compare(a, b) != -1 || Compare(b, a) != 1 {
			t.Errorf("want %s < %s", chain[i], chain[i+1])
		}
	}
	a, _ := Parse("1.0.0+a")
	b, _ := Parse("1.0.0+b")
	if Compare(a, b) != 0 {
		t.Error("build metadata must not affect precedence")
	}
}

func TestIsNext(t *testing.T) {
	cases := []struct {
		prev, next string
		ok         bool
	}{
		{"1.2.3", "1.2.4", true},
		{"1.2.3", "1.3.0", true},
		{"1.2.3", "2.0.0", true},
		{"1.2.3", "1.2.5", false},
		{"1.2.3", "1.3.1", false},
		{"1.2.3", "3.0.0", false},
		{"1.2.3", "1.2.3", false},
		{"1.2.3", "1.2.2", false},
		{"1.2.3", "2.0.0-rc.1", true},
		{"2.0.0-rc.1", "2.0.0-rc.2", true},
		{"2.0.0-rc.1", "2.0.0", true},
		{"2.0.0-rc.2", "2.0.0-rc.1", false},
		{"0.1.0", "0.2.0", true},
	}
	for _, c := range cases {
		p, _ := Parse(c.prev)
		n, _ := Parse(c.next)
		if got := IsNext(p, n); got != c.ok {
			t.Errorf("IsNext(%s, %s) = %v, want %v", c.prev, c.next, got, c.ok)
		}
	}
}
