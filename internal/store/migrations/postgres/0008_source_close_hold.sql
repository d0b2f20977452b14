-- +goose Up
-- A complete listing that would close most of a source's postings at once is held back: close_held_at is
-- the start of the run that held it, and the next successful run closes the links not seen since then.
ALTER TABLE sources ADD COLUMN close_held_at TIMESTAMPTZ;

-- +goose Down
ALTER TABLE sources DROP COLUMN close_held_at;
