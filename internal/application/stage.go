// Package application is the tracker: stages and their history, notes, contacts, interviews,
// reminders, documents, follow-ups, CSV import and export. It holds the rules; store holds the SQL.
package application

import "errors"

// Stages in board order.
var Stages = []string{"saved", "applied", "screening", "interviewing", "offer", "accepted", "rejected", "withdrawn", "ghosted"}

// responseStages are the stages that mean the company answered.
var responseStages = map[string]bool{"screening": true, "interviewing": true, "offer": true, "accepted": true, "rejected": true}

// Origins say where a change came from; the timeline records it.
const (
	OriginBoard  = "board"
	OriginTable  = "table"
	OriginPage   = "page"
	OriginAPI    = "api"
	OriginBulk   = "bulk"
	OriginImport = "import"
	OriginSystem = "system"
)

// clientOrigins are the origins a client may claim for its own changes.
var clientOrigins = map[string]bool{OriginBoard: true, OriginTable: true, OriginPage: true, OriginAPI: true}

// Event kinds on the timeline.
const (
	EventStage            = "stage_changed"
	EventNote             = "note_added"
	EventNoteDeleted      = "note_deleted"
	EventContact          = "contact_added"
	EventInterview        = "interview_scheduled"
	EventInterviewChanged = "interview_updated"
	EventReminder         = "reminder_added"
	EventReminderDone     = "reminder_done"
	EventDocument         = "document_added"
	EventDocumentRemoved  = "document_removed"
)

// ErrTooLarge is returned for an upload over MaxDocumentSize.
var ErrTooLarge = errors.New("application: document too large")

// ErrNoCalendar is returned when the user has no calendar feed token.
var ErrNoCalendar = errors.New("application: no calendar feed")

// MaxDocumentSize caps an uploaded document.
const MaxDocumentSize = 10 << 20

// IsStage reports whether s is a known stage.
func IsStage(s string) bool {
	for _, x := range Stages {
		if x == s {
			return true
		}
	}
	return false
}

// StageIndex is s's place in board order, or -1.
func StageIndex(s string) int {
	for i, x := range Stages {
		if x == s {
			return i
		}
	}
	return -1
}
