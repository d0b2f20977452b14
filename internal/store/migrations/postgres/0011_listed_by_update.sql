-- +goose Up
-- A posting without a posting date sorts by the date its board last updated it when that is before we first
-- saw it, rather than by when it was first seen (a board's job of 2018, imported today, is not the newest).
UPDATE postings SET listed_at = changed_at WHERE posted_at IS NULL AND changed_at IS NOT NULL AND changed_at < first_seen_at;

-- +goose Down
UPDATE postings SET listed_at = first_seen_at WHERE posted_at IS NULL;
