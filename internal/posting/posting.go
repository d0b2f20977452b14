package posting

import "time"

// Work modes a posting can have; the empty string means the board did not say.
const (
	WorkModeRemote = "remote"
	WorkModeHybrid = "hybrid"
	WorkModeOnsite = "onsite"
)

// Posting is one job posting after normalization: the canonical record the product stores, ranks and shows.
//
// Unknown values stay zero ("" / 0 / zero time / nil) rather than guessed.
type Posting struct {
	ExternalID      string     `json:"external_id"`
	Title           string     `json:"title"`
	TitleKey        string     `json:"title_key"`
	Company         string     `json:"company"`
	CompanyKey      string     `json:"company_key"`
	DescriptionHTML string     `json:"description_html"` // sanitized: safe to render as is
	DescriptionText string     `json:"description_text"` // plain text for matching: one line per block, "- " list items
	Locations       []Location `json:"locations,omitempty"`
	WorkMode        string     `json:"work_mode,omitempty"`      // remote, hybrid, onsite or ""
	RemoteRegions   []string   `json:"remote_regions,omitempty"` // where a remote hire may live: alpha-2 codes or EMEA, APAC, EUROPE, WORLDWIDE...
	EmploymentType  string     `json:"employment_type,omitempty"`
	Seniority       string     `json:"seniority,omitempty"`
	Department      string     `json:"department,omitempty"`
	Salary          Salary     `json:"salary"`
	PostedAt        time.Time  `json:"posted_at"`
	UpdatedAt       time.Time  `json:"updated_at"`
	DateFlagged     bool       `json:"date_flagged,omitempty"` // a date lay in the future and was clamped to the ingestion time
	ApplyURL        string     `json:"apply_url,omitempty"`    // canonical form
	URL             string     `json:"url,omitempty"`          // canonical form
	Tags            []string   `json:"tags,omitempty"`
	SimHash         uint64     `json:"simhash"` // SimHash of DescriptionText, for near-duplicate detection
}

// Location is one place a posting names, resolved as far as the text allows.
type Location struct {
	City    string `json:"city,omitempty"`
	Region  string `json:"region,omitempty"`  // ISO 3166-2 subdivision ("US-GA", "CA-ON") when known
	Country string `json:"country,omitempty"` // ISO 3166-1 alpha-2 when known
	Remote  bool   `json:"remote,omitempty"`  // the place was marked remote ("Remote - US", "Bangalore, India - Remote")
	Raw     string `json:"raw"`               // the text this location was read from
}

// Salary is a pay range; a zero Min or Max means that bound was not stated.
type Salary struct {
	Min       float64 `json:"min,omitempty"`
	Max       float64 `json:"max,omitempty"`
	Currency  string  `json:"currency,omitempty"`   // ISO 4217
	Period    string  `json:"period,omitempty"`     // hour, day, week, month, year or "" when the source did not say
	AnnualMin float64 `json:"annual_min,omitempty"` // Min per year, only when Period is known
	AnnualMax float64 `json:"annual_max,omitempty"` // Max per year, only when Period is known
	Source    string  `json:"source,omitempty"`     // where it came from: structured, text or description
	Raw       string  `json:"raw,omitempty"`        // the text the range was read from
}

// Known reports whether the salary has at least one bound.
func (s Salary) Known() bool { return s.Min > 0 || s.Max > 0 }

// Salary periods.
const (
	PeriodHour  = "hour"
	PeriodDay   = "day"
	PeriodWeek  = "week"
	PeriodMonth = "month"
	PeriodYear  = "year"
)
