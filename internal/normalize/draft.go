package normalize

import (
	"time"

	"github.com/career-copilot/copilot/internal/posting"
)

// Draft normalizes one adapter draft into the canonical posting; now is the ingestion time used for relative and future dates.
func Draft(d posting.Draft, now time.Time) posting.Posting {
	var p posting.Posting
	p.DescriptionHTML, p.DescriptionText = HTML(d.DescriptionHTML)
	return p
}
