// Package notify turns new matching postings into alerts and delivers alerts, reminders and interview
// notices on the user's channels (inapp, email, webhook, slack: one small package each). Every message
// is a delivery row with a unique (channel, dedup key) and one River task, so a retry never sends twice
// and one failing channel never holds up another.
package notify

import (
	"context"
	"errors"
	"fmt"
)

// Item is one posting in a message.
type Item struct {
	PostingID string `json:"posting_id"`
	Title     string `json:"title"`
	Company   string `json:"company"`
	Location  string `json:"location,omitempty"`
	Salary    string `json:"salary,omitempty"`
	Score     int    `json:"score"`
	URL       string `json:"url"` // the posting page in the app
	ApplyURL  string `json:"apply_url,omitempty"`
}

// Message is what a channel sends: a subject, a short text and, for alerts, the postings.
type Message struct {
	Kind           string `json:"kind"` // alert, digest, reminder, interview
	UserID         string `json:"user_id"`
	AlertID        string `json:"alert_id,omitempty"`
	AlertName      string `json:"alert_name,omitempty"`
	Subject        string `json:"subject"`
	Text           string `json:"text"`
	Link           string `json:"link"` // absolute link into the app
	Items          []Item `json:"items,omitempty"`
	UnsubscribeURL string `json:"unsubscribe_url,omitempty"`
	DedupKey       string `json:"dedup_key"`
}

// Target is where a channel sends: an email address, or a webhook or Slack URL with its signing secret.
type Target struct {
	Email  string
	URL    string
	Secret string
}

// Envelope is one delivery as a channel sees it.
type Envelope struct {
	DeliveryID string
	Attempt    int
	Target     Target
	Message    Message
}

// Channel sends messages one way.
type Channel interface {
	Name() string
	Send(ctx context.Context, e Envelope) error
}

// SendError is a failed send with what the far side answered; Permanent ones are not retried.
type SendError struct {
	Status    int // HTTP status or SMTP reply code, 0 when there was none
	Permanent bool
	Err       error
}

func (e *SendError) Error() string {
	if e.Status > 0 {
		return fmt.Sprintf("status %d: %v", e.Status, e.Err)
	}
	return e.Err.Error()
}

func (e *SendError) Unwrap() error { return e.Err }

// StatusOf is the far side's status in err, or 0.
func StatusOf(err error) int {
	var se *SendError
	if errors.As(err, &se) {
		return se.Status
	}
	return 0
}

// IsPermanent tells whether retrying err cannot help.
func IsPermanent(err error) bool {
	var se *SendError
	return errors.As(err, &se) && se.Permanent
}
