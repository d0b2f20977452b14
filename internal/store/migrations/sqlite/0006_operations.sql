-- +goose Up
-- Feature flags when no COPILOT_FLAGS_FILE is configured: one row per flag, read by every replica.
CREATE TABLE feature_flags (
    name               TEXT PRIMARY KEY,
    enabled            BOOLEAN NOT NULL DEFAULT 0,
    rollout_percentage INTEGER NOT NULL DEFAULT 0 CHECK (rollout_percentage BETWEEN 0 AND 100),
    updated_at         TIMESTAMP NOT NULL,
    updated_by         TEXT REFERENCES users(id) ON DELETE SET NULL
);

-- +goose Down
DROP TABLE feature_flags;
