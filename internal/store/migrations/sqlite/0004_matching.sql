-- +goose Up
-- A user's resumes: the parsed document (text, lines, sections) as JSON; the uploaded file itself is not kept.
CREATE TABLE resumes (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    filename   TEXT NOT NULL,
    format     TEXT NOT NULL,
    size_bytes INTEGER NOT NULL,
    parsed     TEXT NOT NULL,
    is_primary BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX resumes_user ON resumes(user_id, created_at DESC);
CREATE UNIQUE INDEX resumes_one_primary ON resumes(user_id) WHERE is_primary;

-- Embedding vectors (little-endian float32) per posting and per user profile, one per model.
CREATE TABLE posting_embeddings (
    posting_id   TEXT NOT NULL REFERENCES postings(id) ON DELETE CASCADE,
    model        TEXT NOT NULL,
    vector       BLOB NOT NULL,
    content_hash TEXT NOT NULL,
    updated_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (posting_id, model)
);

CREATE TABLE profile_embeddings (
    user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    model        TEXT NOT NULL,
    vector       BLOB NOT NULL,
    content_hash TEXT NOT NULL,
    updated_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, model)
);

-- +goose Down
DROP TABLE profile_embeddings;
DROP TABLE posting_embeddings;
DROP TABLE resumes;
