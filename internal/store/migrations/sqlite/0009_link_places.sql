-- +goose Up
-- Each link keeps where its own listing says the job is, so a posting with several links can show the union of
-- its open links' places instead of whichever link was written last. Existing links start from their
-- posting's current places, so the upgrade loses nothing.
ALTER TABLE posting_sources ADD COLUMN locations TEXT NOT NULL DEFAULT '[]';
ALTER TABLE posting_sources ADD COLUMN work_mode TEXT NOT NULL DEFAULT '';
ALTER TABLE posting_sources ADD COLUMN remote_regions TEXT NOT NULL DEFAULT '[]';
UPDATE posting_sources SET locations = p.locations, work_mode = p.work_mode, remote_regions = p.remote_regions
    FROM postings p WHERE p.id = posting_sources.posting_id;

-- +goose Down
ALTER TABLE posting_sources DROP COLUMN remote_regions;
ALTER TABLE posting_sources DROP COLUMN work_mode;
ALTER TABLE posting_sources DROP COLUMN locations;
