package normalize

import (
	"slices"
	"testing"
	"time"

	"github.com/career-copilot/copilot/internal/posting"
)

// Intercom's offices capture lists a job under each office; its location text names the remote countries.
func TestIntercomRemoteInTwoCountries(t *testing.T) {
	var b struct {
		Offices []struct {
			Name        string `json:"name"`
			Departments []struct {
				Jobs []struct {
					ID       int64  `json:"id"`
					Title    string `json:"title"`
					Location struct {
						Name string `json:"name"`
					} `json:"location"`
				} `json:"jobs"`
			} `json:"departments"`
		} `json:"offices"`
	}
	readJSON(t, "greenhouse/intercom-2021-offices-with-jobs.json", &b)
	drafts := map[int64]*posting.Draft{}
	for _, o := range b.Offices {
		for _, d := range o.Departments {
			for _, j := range d.Jobs {
				if drafts[j.ID] == nil {
					drafts[j.ID] = &posting.Draft{ExternalID: jsonNumber(j.ID), Title: j.Title, Company: "Intercom", Locations: []string{j.Location.Name}}
				}
				drafts[j.ID].Locations = append(drafts[j.ID].Locations, o.Name)
			}
		}
	}
	tests := []struct {
		id      int64
		where   string
		regions []string
		cities  []string
	}{
		{3399562, "Dublin, London, or remote in Ireland or the UK", []string{"IE", "GB"}, []string{"Dublin", "London", ""}},
		{2408899, "Dublin, London or remote in the UK / Ireland", []string{"GB", "IE"}, []string{"Dublin", "London", ""}},
		{3000625, "Dublin, London or remote in the UK or Ireland", []string{"GB", "IE"}, []string{"Dublin", "London", "", "Chicago"}},
	}
	for _, tt := range tests {
		d := drafts[tt.id]
		if d == nil || d.Locations[0] != tt.where {
			t.Fatalf("job %d: %+v, want location %q", tt.id, d, tt.where)
		}
		p := Draft(*d, time.Date(2021, 10, 1, 0, 0, 0, 0, time.UTC))
		var cities []string
		for _, l := range p.Locations {
			if !slices.Contains(cities, l.City) {
				cities = append(cities, l.City)
			}
		}
		if p.WorkMode != "remote" || !slices.Equal(p.RemoteRegions, tt.regions) || !slices.Equal(cities, tt.cities) {
			t.Errorf("job %d: mode %q regions %v cities %v; want remote %v %v", tt.id, p.WorkMode, p.RemoteRegions, cities, tt.regions, tt.cities)
		}
		for i, l := range p.Locations {
			for _, m := range p.Locations[:i] {
				if l.City != "" && l.City == m.City && l.Country == m.Country && l.Region == m.Region {
					t.Errorf("job %d: %s listed twice: %+v", tt.id, l.City, p.Locations)
				}
			}
		}
	}
}
