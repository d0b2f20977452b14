// Package flags holds the feature flags: a set of named switches, each on for a stable
// percentage of users, loaded from a JSON file or the database and reloaded without a restart.
package flags

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"regexp"
	"sort"
	"strconv"

	"github.com/career-copilot/copilot/internal/validate"
)

// Flag is one switch: off for everyone unless Enabled, then on for RolloutPercentage percent of users.
type Flag struct {
	Enabled           bool `json:"enabled"`
	RolloutPercentage int  `json:"rollout_percentage"`
}

// Set maps flag names to flags; it is also the JSON format of the flags file.
type Set map[string]Flag

// The flags the product reads.
const (
	AdvancedMatching  = "advanced_matching"
	AdvancedAnalytics = "advanced_analytics"
)

// Defaults are the flags the product knows, as they stand when no file or table says otherwise.
func Defaults() Set {
	return Set{
		AdvancedMatching:  {Enabled: true, RolloutPercentage: 100},
		AdvancedAnalytics: {Enabled: false, RolloutPercentage: 0},
	}
}

var validName = regexp.MustCompile(`^[a-z][a-z0-9_]{0,63}$`)

// Validate reports every bad name and percentage, one entry per field ("advanced_matching.rollout_percentage").
func (s Set) Validate() error {
	var fe validate.Errors
	for _, name := range s.Names() {
		if !validName.MatchString(name) {
			fe.Add(name, "must be lower-case letters, digits and _, starting with a letter, at most 64 characters")
			continue
		}
		if p := s[name].RolloutPercentage; p < 0 || p > 100 {
			fe.Add(name+".rollout_percentage", "must be from 0 to 100")
		}
	}
	return fe.Err()
}

// Names lists the flag names in order.
func (s Set) Names() []string {
	names := make([]string, 0, len(s))
	for n := range s {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// withDefaults is s over the defaults: a flag s does not name keeps its default.
func (s Set) withDefaults() Set {
	out := Defaults()
	for n, f := range s {
		out[n] = f
	}
	return out
}

func (s Set) clone() Set {
	out := make(Set, len(s))
	for n, f := range s {
		out[n] = f
	}
	return out
}

// Parse reads the flags file format strictly: a JSON object of name → {"enabled", "rollout_percentage"},
// unknown fields refused, every flag validated.
func Parse(data []byte) (Set, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var s Set
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("flags: parse: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("flags: parse: trailing data after the JSON object")
	}
	if s == nil {
		return nil, fmt.Errorf("flags: parse: want a JSON object of flags")
	}
	if err := s.Validate(); err != nil {
		return nil, fmt.Errorf("flags: %w", err)
	}
	return s, nil
}

// Bucket is the user's stable place, 0 to 99, for one flag: FNV-1a of name + ":" + userID, mod 100.
// Hashing the name in means each flag picks its own users; a fixed bucket means a user who is
// in at 10% stays in at 20%.
func Bucket(name, userID string) int {
	h := fnv.New32a()
	_, _ = h.Write([]byte(name + ":" + userID))
	return int(h.Sum32() % 100)
}

// on evaluates one flag for one user; without a user only a 100% rollout counts as on.
func (f Flag) on(name, userID string) bool {
	if !f.Enabled || f.RolloutPercentage <= 0 {
		return false
	}
	if f.RolloutPercentage >= 100 {
		return true
	}
	if userID == "" {
		return false
	}
	return Bucket(name, userID) < f.RolloutPercentage
}

// String is the flag in the file's words, for logs.
func (f Flag) String() string {
	return "enabled=" + strconv.FormatBool(f.Enabled) + " rollout=" + strconv.Itoa(f.RolloutPercentage) + "%"
}
