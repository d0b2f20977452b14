// Package version holds the build's version and the semantic-version rules releases use.
package version

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Set at build time with -ldflags "-X github.com/career-copilot/copilot/internal/version.Version=...".
var (
	Version   = "0.1.0-dev"
	Commit    = "unknown"
	BuildDate = "unknown"
)

// ErrInvalid reports a string that is not a semantic version.
var ErrInvalid = errors.New("version: not a semantic version")

// Semver is a parsed MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD] version.
type Semver struct {
	Major, Minor, Patch int
	Pre, Build          string
}

// Parse reads a semantic version, with or without a leading "v".
func Parse(s string) (Semver, error) {
	s = strings.TrimPrefix(strings.TrimSpace(s), "v")
	var v Semver
	if i := strings.IndexByte(s, '+'); i >= 0 {
		v.Build, s = s[i+1:], s[:i]
		if !validIdents(v.Build, false) {
			return Semver{}, fmt.Errorf("%w: bad build metadata %q", ErrInvalid, v.Build)
		}
	}
	if i := strings.IndexByte(s, '-'); i >= 0 {
		v.Pre, s = s[i+1:], s[:i]
		if !validIdents(v.Pre, true) {
			return Semver{}, fmt.Errorf("%w: bad pre-release %q", ErrInvalid, v.Pre)
		}
	}
	parts := strings.Split(s, ".")
	if len(parts) != 3 {
		return Semver{}, fmt.Errorf("%w: %q needs MAJOR.MINOR.PATCH", ErrInvalid, s)
	}
	nums := make([]int, 3)
	for i, p := range parts {
		n, err := numeric(p)
		if err != nil {
			return Semver{}, err
		}
		nums[i] = n
	}
	v.Major, v.Minor, v.Patch = nums[0], nums[1], nums[2]
	return v, nil
}

func numeric(p string) (int, error) {
	if p == "" || (len(p) > 1 && p[0] == '0') {
		return 0, fmt.Errorf("%w: %q is not a number without leading zeros", ErrInvalid, p)
	}
	for _, c := range p {
		if c < '0' || c > '9' {
			return 0, fmt.Errorf("%w: %q is not a number", ErrInvalid, p)
		}
	}
	n, err := strconv.Atoi(p)
	if err != nil {
		return 0, fmt.Errorf("%w: %q: %v", ErrInvalid, p, err)
	}
	return n, nil
}

func validIdents(s string, noLeadingZero bool) bool {
	if s == "" {
		return false
	}
	for _, id := range strings.Split(s, ".") {
		if id == "" {
			return false
		}
		allDigits := true
		for _, c := range id {
			switch {
			case c >= '0' && c <= '9':
			case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '-':
				allDigits = false
			default:
				return false
			}
		}
		if noLeadingZero && allDigits && len(id) > 1 && id[0] == '0' {
			return false
		}
	}
	return true
}

// String formats the version without a leading "v".
func (v Semver) String() string {
	s := fmt.Sprintf("%d.%d.%d", v.Major, v.Minor, v.Patch)
	if v.Pre != "" {
		s += "-" + v.Pre
	}
	if v.Build != "" {
		s += "+" + v.Build
	}
	return s
}

// Bump returns the next version for a change of the given part: "major", "minor" or "patch".
// Bumping a pre-release to its own release drops the pre-release, as SemVer orders 1.0.0-rc.1 before 1.0.0.
func (v Semver) Bump(part string) (Semver, error) {
	pre := v.Pre != ""
	n := Semver{Major: v.Major, Minor: v.Minor, Patch: v.Patch}
	switch part {
	case "major":
		if !(pre && v.Minor == 0 && v.Patch == 0) {
			n.Major, n.Minor, n.Patch = v.Major+1, 0, 0
		}
	case "minor":
		if !(pre && v.Patch == 0) {
			n.Minor, n.Patch = v.Minor+1, 0
		}
	case "patch":
		if !pre {
			n.Patch = v.Patch + 1
		}
	default:
		return Semver{}, fmt.Errorf("version: unknown part %q (want major, minor or patch)", part)
	}
	return n, nil
}

// Compare orders two versions by SemVer precedence: -1, 0 or 1. Build metadata is ignored.
func Compare(a, b Semver) int {
	for _, d := range []int{a.Major - b.Major, a.Minor - b.Minor, a.Patch - b.Patch} {
		if d != 0 {
			return sign(d)
		}
	}
	switch {
	case a.Pre == b.Pre:
		return 0
	case a.Pre == "":
		return 1
	case b.Pre == "":
		return -1
	}
	return comparePre(a.Pre, b.Pre)
}

func comparePre(a, b string) int {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) && i < len(bs); i++ {
		an, aErr := strconv.Atoi(as[i])
		bn, bErr := strconv.Atoi(bs[i])
		switch {
		case aErr == nil && bErr == nil:
			if an != bn {
				return sign(an - bn)
			}
		case aErr == nil:
			return -1
		case bErr == nil:
			return 1
		default:
			if c := strings.Compare(as[i], bs[i]); c != 0 {
				return c
			}
		}
	}
	return sign(len(as) - len(bs))
}

func sign(d int) int {
	switch {
	case d < 0:
		return -1
	case d > 0:
		return 1
	}
	return 0
}

// IsNext reports whether next is a correct next release after prev: exactly one of
// major, minor or patch bumped from prev (or prev's pre-release finalized), with no pre-release skipped backwards.
func IsNext(prev, next Semver) bool {
	if Compare(next, prev) <= 0 {
		return false
	}
	if next.Pre != "" {
		// A pre-release of a correct next version, or a later pre-release of the same version.
		base := Semver{Major: next.Major, Minor: next.Minor, Patch: next.Patch}
		if prev.Pre != "" && base.Major == prev.Major && base.Minor == prev.Minor && base.Patch == prev.Patch {
			return true
		}
		return IsNext(prev, base)
	}
	for _, part := range []string{"major", "minor", "patch"} {
		b, _ := prev.Bump(part)
		if Compare(b, next) == 0 {
			return true
		}
	}
	return false
}
