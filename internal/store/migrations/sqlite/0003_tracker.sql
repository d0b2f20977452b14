-- +goose Up
CREATE TABLE applications (
    id                TEXT PRIMARY KEY,
    user_id           TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    posting_id        TEXT,
    company           TEXT NOT NULL,
    company_key       TEXT NOT NULL,
    title             TEXT NOT NULL,
    url               TEXT NOT NULL DEFAULT '',
    location          TEXT NOT NULL DEFAULT '',
    salary            TEXT NOT NULL DEFAULT '',
    stage             TEXT NOT NULL,
    position          INTEGER NOT NULL DEFAULT 0,
    priority          INTEGER NOT NULL DEFAULT 0,
    excitement        INTEGER NOT NULL DEFAULT 0,
    tags              TEXT NOT NULL DEFAULT '[]',
    expected_salary   TEXT NOT NULL DEFAULT '',
    offered_salary    TEXT NOT NULL DEFAULT '',
    found_via         TEXT NOT NULL DEFAULT '',
    referral          TEXT NOT NULL DEFAULT '',
    stage_dates       TEXT NOT NULL DEFAULT '{}',
    applied_at        TIMESTAMP,
    first_response_at TIMESTAMP,
    created_at        TIMESTAMP NOT NULL,
    updated_at        TIMESTAMP NOT NULL
);
CREATE INDEX applications_user_stage ON applications(user_id, stage, position);
CREATE INDEX applications_user_company ON applications(user_id, company_key);
CREATE INDEX applications_posting ON applications(user_id, posting_id);

CREATE TABLE application_events (
    id             TEXT PRIMARY KEY,
    user_id        TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    from_stage     TEXT NOT NULL DEFAULT '',
    to_stage       TEXT NOT NULL DEFAULT '',
    origin         TEXT NOT NULL DEFAULT '',
    detail         TEXT NOT NULL DEFAULT '',
    occurred_at    TIMESTAMP NOT NULL,
    UNIQUE (application_id, seq)
);

CREATE TABLE application_notes (
    id             TEXT PRIMARY KEY,
    user_id        TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    body           TEXT NOT NULL,
    created_at     TIMESTAMP NOT NULL,
    updated_at     TIMESTAMP NOT NULL
);
CREATE INDEX application_notes_app ON application_notes(application_id);

CREATE TABLE contacts (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    company_key TEXT NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    profile_url TEXT NOT NULL DEFAULT '',
    created_at  TIMESTAMP NOT NULL,
    updated_at  TIMESTAMP NOT NULL
);
CREATE INDEX contacts_user_company ON contacts(user_id, company_key);

CREATE TABLE interviews (
    id             TEXT PRIMARY KEY,
    user_id        TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    starts_at      TIMESTAMP NOT NULL,
    ends_at        TIMESTAMP NOT NULL,
    timezone       TEXT NOT NULL,
    location       TEXT NOT NULL DEFAULT '',
    meeting_url    TEXT NOT NULL DEFAULT '',
    interviewers   TEXT NOT NULL DEFAULT '[]',
    outcome        TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TIMESTAMP NOT NULL,
    updated_at     TIMESTAMP NOT NULL
);
CREATE INDEX interviews_user_start ON interviews(user_id, starts_at);
CREATE INDEX interviews_app ON interviews(application_id);

CREATE TABLE reminders (
    id             TEXT PRIMARY KEY,
    user_id        TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL DEFAULT 'manual',
    title          TEXT NOT NULL,
    due_at         TIMESTAMP NOT NULL,
    done_at        TIMESTAMP,
    notified_at    TIMESTAMP,
    created_at     TIMESTAMP NOT NULL
);
CREATE INDEX reminders_due ON reminders(due_at) WHERE done_at IS NULL AND notified_at IS NULL;
CREATE INDEX reminders_app ON reminders(application_id);
CREATE UNIQUE INDEX reminders_one_follow_up ON reminders(application_id) WHERE kind = 'follow_up';

CREATE TABLE application_documents (
    id             TEXT PRIMARY KEY,
    user_id        TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    application_id TEXT NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL,
    name           TEXT NOT NULL,
    url            TEXT NOT NULL DEFAULT '',
    content_type   TEXT NOT NULL DEFAULT '',
    size           INTEGER NOT NULL DEFAULT 0,
    content        BLOB,
    created_at     TIMESTAMP NOT NULL
);
CREATE INDEX application_documents_app ON application_documents(application_id);

CREATE TABLE calendar_tokens (
    user_id    TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE notifications (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL DEFAULT '',
    link       TEXT NOT NULL DEFAULT '',
    dedup_key  TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    read_at    TIMESTAMP,
    UNIQUE (user_id, dedup_key)
);
CREATE INDEX notifications_user_created ON notifications(user_id, created_at);

-- +goose Down
DROP TABLE notifications;
DROP TABLE calendar_tokens;
DROP TABLE application_documents;
DROP TABLE reminders;
DROP TABLE interviews;
DROP TABLE contacts;
DROP TABLE application_notes;
DROP TABLE application_events;
DROP TABLE applications;
