package application

import (
	"time"

	"github.com/career-copilot/copilot/internal/validate"
)

// earliestDate is the first date an application may carry: older ones are typing slips, not history.
var earliestDate = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)

// futureSlack is how far past now applied_at and first_response_at may be, for clocks and time zones ahead of ours.
const futureSlack = 24 * time.Hour

// checkDates refuses an applied_at or first_response_at before 1970 or more than a day after now,
// and a first response before the application.
func (in *Input) checkDates(fe *validate.Errors, now time.Time) {
	ok := true
	for _, d := range []struct {
		field string
		at    *time.Time
	}{{"applied_at", in.AppliedAt}, {"first_response_at", in.FirstResponseAt}} {
		switch {
		case d.at == nil:
		case d.at.Before(earliestDate):
			fe.Add(d.field, "must not be before 1970")
			ok = false
		case d.at.After(now.Add(futureSlack)):
			fe.Add(d.field, "must not be more than a day in the future")
			ok = false
		}
	}
	if ok && in.AppliedAt != nil && in.FirstResponseAt != nil && in.FirstResponseAt.Before(*in.AppliedAt) {
		fe.Add("first_response_at", "must not be before applied_at")
	}
}
