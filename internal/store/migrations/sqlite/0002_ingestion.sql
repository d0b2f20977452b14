-- +goose Up
-- Sources are shared by the whole instance: any user may add one; its creator or an admin may change or delete it.
CREATE TABLE sources (
    id                   TEXT PRIMARY KEY,
    kind                 TEXT NOT NULL,
    name                 TEXT NOT NULL,
    params               TEXT NOT NULL,
    source_key           TEXT NOT NULL UNIQUE,
    interval_seconds     INTEGER NOT NULL,
    enabled              BOOLEAN NOT NULL DEFAULT TRUE,
    created_by           TEXT REFERENCES users(id) ON DELETE SET NULL,
    etag                 TEXT NOT NULL DEFAULT '',
    last_modified        TEXT NOT NULL DEFAULT '',
    validator_url        TEXT NOT NULL DEFAULT '',
    last_run_at          TIMESTAMP,
    last_success_at      TIMESTAMP,
    last_error           TEXT NOT NULL DEFAULT '',
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    next_run_at          TIMESTAMP,
    created_at           TIMESTAMP NOT NULL,
    updated_at           TIMESTAMP NOT NULL
);
CREATE INDEX sources_due ON sources(next_run_at) WHERE enabled;

CREATE TABLE postings (
    id                TEXT PRIMARY KEY,
    title             TEXT NOT NULL,
    title_key         TEXT NOT NULL,
    company           TEXT NOT NULL,
    company_key       TEXT NOT NULL,
    description_html  TEXT NOT NULL,
    description_text  TEXT NOT NULL,
    locations         TEXT NOT NULL,
    work_mode         TEXT NOT NULL,
    remote_regions    TEXT NOT NULL,
    employment_type   TEXT NOT NULL,
    seniority         TEXT NOT NULL,
    department        TEXT NOT NULL,
    salary_min        REAL,
    salary_max        REAL,
    salary_currency   TEXT NOT NULL,
    salary_period     TEXT NOT NULL,
    salary_annual_min REAL,
    salary_annual_max REAL,
    salary_source     TEXT NOT NULL,
    salary_raw        TEXT NOT NULL,
    posted_at         TIMESTAMP,
    posted_raw        TEXT NOT NULL,
    changed_at        TIMESTAMP,
    changed_raw       TEXT NOT NULL,
    date_flagged      BOOLEAN NOT NULL,
    url               TEXT NOT NULL,
    apply_url         TEXT NOT NULL,
    tags              TEXT NOT NULL,
    simhash           BIGINT NOT NULL,
    listed_at         TIMESTAMP NOT NULL,
    first_seen_at     TIMESTAMP NOT NULL,
    last_seen_at      TIMESTAMP NOT NULL,
    closed_at         TIMESTAMP,
    modified_at       TIMESTAMP NOT NULL
);
CREATE INDEX postings_canonical ON postings(company_key, title_key);
CREATE INDEX postings_listed ON postings(listed_at DESC, id DESC);

-- One row per (source, external id): the identity of a posting at a source, linked to its canonical posting.
CREATE TABLE posting_sources (
    source_id     TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    external_id   TEXT NOT NULL,
    posting_id    TEXT NOT NULL REFERENCES postings(id) ON DELETE CASCADE,
    url           TEXT NOT NULL,
    apply_url     TEXT NOT NULL,
    content_hash  TEXT NOT NULL,
    first_seen_at TIMESTAMP NOT NULL,
    last_seen_at  TIMESTAMP NOT NULL,
    closed_at     TIMESTAMP,
    PRIMARY KEY (source_id, external_id)
);
CREATE INDEX posting_sources_posting ON posting_sources(posting_id);

CREATE TABLE source_runs (
    id          TEXT PRIMARY KEY,
    source_id   TEXT NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    reason      TEXT NOT NULL,
    status      TEXT NOT NULL,
    queued_at   TIMESTAMP NOT NULL,
    started_at  TIMESTAMP,
    finished_at TIMESTAMP,
    fetched     INTEGER NOT NULL DEFAULT 0,
    created     INTEGER NOT NULL DEFAULT 0,
    linked      INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    closed      INTEGER NOT NULL DEFAULT 0,
    complete    BOOLEAN NOT NULL DEFAULT FALSE,
    error       TEXT NOT NULL DEFAULT '',
    item_errors TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX source_runs_source ON source_runs(source_id, queued_at DESC);

CREATE TABLE posting_user_state (
    user_id      TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    posting_id   TEXT NOT NULL REFERENCES postings(id) ON DELETE CASCADE,
    saved_at     TIMESTAMP,
    dismissed_at TIMESTAMP,
    PRIMARY KEY (user_id, posting_id)
);
CREATE INDEX posting_user_state_posting ON posting_user_state(posting_id);

-- +goose Down
DROP TABLE posting_user_state;
DROP TABLE source_runs;
DROP TABLE posting_sources;
DROP TABLE postings;
DROP TABLE sources;
