package store

import (
	"context"
	"time"
)

// EmbeddingTodo is a posting that has no vector yet for a model, with the text to embed.
type EmbeddingTodo struct {
	PostingID string
	Title     string
	Company   string
	Text      string
}

// PostingsWithoutEmbedding lists up to limit open postings that have no vector for the model.
func (s *Store) PostingsWithoutEmbedding(ctx context.Context, model string, limit int) ([]EmbeddingTodo, error) {
	rows, err := s.query(ctx, s.read, `SELECT p.id, p.title, p.company, p.description_text FROM postings p
		WHERE p.closed_at IS NULL AND NOT EXISTS (SELECT 1 FROM posting_embeddings e WHERE e.posting_id = p.id AND e.model = ?)
		ORDER BY p.id LIMIT ?`, model, limit)
	if err != nil {
		return nil, wrap("postings without embedding", err)
	}
	defer rows.Close()
	var out []EmbeddingTodo
	for rows.Next() {
		var t EmbeddingTodo
		if err := rows.Scan(&t.PostingID, &t.Title, &t.Company, &t.Text); err != nil {
			return nil, wrap("postings without embedding", err)
		}
		out = append(out, t)
	}
	return out, wrap("postings without embedding", rows.Err())
}

// PutPostingEmbedding stores a posting's vector for a model, replacing an older one.
func (s *Store) PutPostingEmbedding(ctx context.Context, postingID, model string, vec []byte, hash string, now time.Time) error {
	_, err := s.exec(ctx, s.write, `INSERT INTO posting_embeddings (posting_id, model, vector, content_hash, updated_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (posting_id, model) DO UPDATE SET vector = excluded.vector, content_hash = excluded.content_hash, updated_at = excluded.updated_at`,
		postingID, model, vec, hash, now.UTC())
	return wrap("put posting embedding", err)
}

// PostingEmbeddings loads every posting vector of a model.
func (s *Store) PostingEmbeddings(ctx context.Context, model string) (map[string][]byte, error) {
	rows, err := s.query(ctx, s.read, `SELECT posting_id, vector FROM posting_embeddings WHERE model = ?`, model)
	if err != nil {
		return nil, wrap("posting embeddings", err)
	}
	defer rows.Close()
	out := map[string][]byte{}
	for rows.Next() {
		var id string
		var v []byte
		if err := rows.Scan(&id, &v); err != nil {
			return nil, wrap("posting embeddings", err)
		}
		out[id] = v
	}
	return out, wrap("posting embeddings", rows.Err())
}

// PutProfileEmbedding stores the vector of a user's profile and resume text for a model.
func (s *Store) PutProfileEmbedding(ctx context.Context, userID, model string, vec []byte, hash string, now time.Time) error {
	_, err := s.exec(ctx, s.write, `INSERT INTO profile_embeddings (user_id, model, vector, content_hash, updated_at) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT (user_id, model) DO UPDATE SET vector = excluded.vector, content_hash = excluded.content_hash, updated_at = excluded.updated_at`,
		userID, model, vec, hash, now.UTC())
	return wrap("put profile embedding", err)
}

// ProfileEmbedding loads a user's vector for a model and the hash of the text it was made from.
func (s *Store) ProfileEmbedding(ctx context.Context, userID, model string) (vec []byte, hash string, err error) {
	err = s.queryRow(ctx, s.read, `SELECT vector, content_hash FROM profile_embeddings WHERE user_id = ? AND model = ?`, userID, model).Scan(&vec, &hash)
	return vec, hash, wrap("get profile embedding", err)
}
