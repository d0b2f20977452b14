package normalize

import (
	"slices"
	"testing"
)

func TestWorkMode(t *testing.T) {
	yes, no := true, false
	tests := []struct {
		name          string
		workplaceType string
		remote        *bool
		locs          []string
		title, text   string
		mode          string
		regions       []string
	}{
		{"greenhouse remote us", "", nil, []string{"Remote - US "}, "Talent Partner", "", "remote", []string{"US"}},
		{"greenhouse asia pacific", "", nil, []string{"Remote- Asia Pacific "}, "Accounts Support Specialist", "", "remote", []string{"APAC"}},
		{"greenhouse global", "", nil, []string{"Remote - Global"}, "x", "", "remote", []string{"WORLDWIDE"}},
		{"greenhouse hq", "", nil, []string{"HQ - San Francisco"}, "Policy Engineer", "", "", nil},
		{"remote emea", "", nil, []string{"Remote, EMEA"}, "x", "", "remote", []string{"EMEA"}},
		{"ashby hybrid beats isRemote", "Hybrid", &yes, []string{"New York, New York"}, "BDR", "", "hybrid", nil},
		{"ashby remote isRemote false", "Remote", &no, []string{"New York City"}, "x", "", "remote", []string{"US"}},
		{"ashby remote two countries", "Remote", &yes, []string{"Remote: United States", "Remote: Canada"}, "x", "", "remote", []string{"US", "CA"}},
		{"lever remote country", "remote", nil, []string{"United States"}, "AE", "", "remote", []string{"US"}},
		{"lever on-site", "on-site", nil, []string{"London"}, "AE", "", "onsite", nil},
		{"jumpcloud", "", nil, []string{"Bangalore, India - Remote"}, "AE", "", "remote", []string{"IN"}},
		{"title remote", "", nil, []string{"Warsaw, , Poland"}, "Backend Engineer | Fully Remote", "", "remote", []string{"PL"}},
		{"text remote", "", nil, nil, "x", "All of our roles are remote, however some roles...", "remote", nil},
		{"flag only", "", &yes, nil, "x", "", "remote", nil},
		{"intercom remote in two countries", "", nil, []string{"Dublin, London, or remote in Ireland or the UK"}, "x", "", "remote", []string{"IE", "GB"}},
		{"intercom remote in uk / ireland", "", nil, []string{"Dublin, London or remote in the UK / Ireland", "Dublin, Ireland", "London, England"}, "x", "", "remote", []string{"GB", "IE"}},
		{"nothing", "", &no, []string{"Berlin"}, "Engineer", "We have a remote sensing team.", "", nil},
	}
	for _, tt := range tests {
		mode, regions := WorkMode(tt.workplaceType, tt.remote, tt.locs, tt.title, tt.text)
		if mode != tt.mode || !slices.Equal(regions, tt.regions) {
			t.Errorf("%s: WorkMode = %q %v, want %q %v", tt.name, mode, regions, tt.mode, tt.regions)
		}
	}
}
