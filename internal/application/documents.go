package application

import (
	"context"
	"net/http"
	"strings"

	"github.com/google/uuid"

	"github.com/career-copilot/copilot/internal/validate"
)

// DocumentKinds are what a document was used as.
var DocumentKinds = []string{"resume", "cover_letter", "other"}

// DocumentInput describes a linked document, or an uploaded one when Content is set.
type DocumentInput struct {
	Kind    string `json:"kind"`
	Name    string `json:"name"`
	URL     string `json:"url"`
	Content []byte `json:"-"`
}

// AddDocument stores a linked or uploaded document (at most MaxDocumentSize bytes).
func (s *Service) AddDocument(ctx context.Context, userID, appID string, in DocumentInput) (Document, error) {
	if _, err := s.st.Application(ctx, userID, appID); err != nil {
		return Document{}, err
	}
	if len(in.Content) > MaxDocumentSize {
		return Document{}, ErrTooLarge
	}
	var fe validate.Errors
	if in.Kind == "" {
		in.Kind = "other"
	}
	if !oneOf(in.Kind, DocumentKinds) {
		fe.Add("kind", "must be resume, cover_letter or other")
	}
	in.Name = checkText(&fe, "name", in.Name, 255, true)
	in.URL = checkURL(&fe, "url", in.URL)
	if in.Content == nil && in.URL == "" {
		fe.Add("url", "give a link or upload a file")
	}
	if err := fe.Err(); err != nil {
		return Document{}, err
	}
	now := s.clock()
	d := Document{ID: uuid.NewString(), UserID: userID, ApplicationID: appID, Kind: in.Kind, Name: in.Name, URL: in.URL, CreatedAt: now}
	if in.Content != nil {
		d.URL, d.Content, d.Size = "", in.Content, int64(len(in.Content))
		d.ContentType = http.DetectContentType(in.Content)
		if strings.HasPrefix(d.ContentType, "text/html") || strings.Contains(d.ContentType, "xml") {
			d.ContentType = "application/octet-stream" // never serve active content back
		}
	}
	return d, s.st.CreateDocument(ctx, d, event(ctx, appID, userID, EventDocument, strings.ReplaceAll(in.Kind, "_", " ")+": "+in.Name, now))
}

// DeleteDocument removes a document.
func (s *Service) DeleteDocument(ctx context.Context, userID, appID, id string) error {
	d, err := s.st.Document(ctx, userID, appID, id)
	if err != nil {
		return err
	}
	return s.st.DeleteDocument(ctx, userID, appID, id, event(ctx, appID, userID, EventDocumentRemoved, strings.ReplaceAll(d.Kind, "_", " ")+": "+d.Name, s.clock()))
}

// Documents lists an application's documents.
func (s *Service) Documents(ctx context.Context, userID, appID string) ([]Document, error) {
	if _, err := s.st.Application(ctx, userID, appID); err != nil {
		return nil, err
	}
	return s.st.Documents(ctx, userID, appID)
}

// Document loads a document with its content.
func (s *Service) Document(ctx context.Context, userID, appID, id string) (Document, error) {
	return s.st.Document(ctx, userID, appID, id)
}
