package application

import (
	"context"
	"fmt"
)

// exportedDocument is a document with its content (base64 in JSON), for the account export.
type exportedDocument struct {
	Document
	Content []byte `json:"content,omitempty"`
}

// exportedApplication is one application with everything around it.
type exportedApplication struct {
	Application
	Events     []Event            `json:"events"`
	Notes      []Note             `json:"notes"`
	Interviews []Interview        `json:"interviews"`
	Reminders  []Reminder         `json:"reminders"`
	Documents  []exportedDocument `json:"documents"`
}

// Export is everything the tracker holds for the user, for the account export.
func (s *Service) Export(ctx context.Context, userID string) (any, error) {
	apps, err := s.st.ListApplications(ctx, userID, storeAll)
	if err != nil {
		return nil, fmt.Errorf("application: export: %w", err)
	}
	out := struct {
		Applications  []exportedApplication `json:"applications"`
		Contacts      []Contact             `json:"contacts"`
		Notifications []Notification        `json:"notifications"`
	}{Applications: []exportedApplication{}}
	for _, a := range apps {
		e := exportedApplication{Application: a, Documents: []exportedDocument{}}
		if e.Events, err = s.st.Events(ctx, userID, a.ID); err != nil {
			return nil, fmt.Errorf("application: export: %w", err)
		}
		if e.Notes, err = s.st.Notes(ctx, userID, a.ID); err != nil {
			return nil, fmt.Errorf("application: export: %w", err)
		}
		if e.Interviews, err = s.st.Interviews(ctx, userID, a.ID); err != nil {
			return nil, fmt.Errorf("application: export: %w", err)
		}
		if e.Reminders, err = s.st.Reminders(ctx, userID, a.ID); err != nil {
			return nil, fmt.Errorf("application: export: %w", err)
		}
		docs, err := s.st.Documents(ctx, userID, a.ID)
		if err != nil {
			return nil, fmt.Errorf("application: export: %w", err)
		}
		for _, d := range docs {
			full, err := s.st.Document(ctx, userID, a.ID, d.ID)
			if err != nil {
				return nil, fmt.Errorf("application: export: %w", err)
			}
			e.Documents = append(e.Documents, exportedDocument{Document: d, Content: full.Content})
		}
		out.Applications = append(out.Applications, e)
	}
	if out.Contacts, err = s.st.Contacts(ctx, userID, ""); err != nil {
		return nil, fmt.Errorf("application: export: %w", err)
	}
	if out.Notifications, err = s.st.Notifications(ctx, userID, false, 100000); err != nil {
		return nil, fmt.Errorf("application: export: %w", err)
	}
	return out, nil
}
