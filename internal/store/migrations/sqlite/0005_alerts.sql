-- +goose Up
-- A saved search that notifies its owner of new matching postings, instantly or in a digest.
CREATE TABLE alerts (
    id                TEXT PRIMARY KEY,
    user_id           TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name              TEXT NOT NULL,
    query             TEXT NOT NULL DEFAULT '',
    filters           TEXT NOT NULL DEFAULT '{}',
    min_score         INTEGER NOT NULL DEFAULT 0,
    frequency         TEXT NOT NULL,
    channels          TEXT NOT NULL DEFAULT '["inapp"]',
    max_per_company   INTEGER NOT NULL DEFAULT 3,
    digest_hour       INTEGER NOT NULL DEFAULT 8,
    quiet_hours_start TEXT NOT NULL DEFAULT '',
    quiet_hours_end   TEXT NOT NULL DEFAULT '',
    enabled           BOOLEAN NOT NULL DEFAULT TRUE,
    cursor_at         TIMESTAMP NOT NULL,
    last_digest_at    TIMESTAMP,
    created_at        TIMESTAMP NOT NULL,
    updated_at        TIMESTAMP NOT NULL
);
CREATE INDEX alerts_user ON alerts(user_id, created_at);

-- One row per (alert, posting) ever matched: a posting reaches an alert's owner at most once.
CREATE TABLE alert_postings (
    alert_id   TEXT NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    posting_id TEXT NOT NULL REFERENCES postings(id) ON DELETE CASCADE,
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    company_key TEXT NOT NULL,
    score      INTEGER NOT NULL,
    status     TEXT NOT NULL DEFAULT 'pending',
    batch_id   TEXT NOT NULL DEFAULT '',
    matched_at TIMESTAMP NOT NULL,
    sent_at    TIMESTAMP,
    PRIMARY KEY (alert_id, posting_id)
);
CREATE INDEX alert_postings_pending ON alert_postings(alert_id, status);

-- Webhook and Slack endpoints a user registered.
CREATE TABLE notification_channels (
    id         TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL,
    name       TEXT NOT NULL,
    url        TEXT NOT NULL,
    secret     TEXT NOT NULL DEFAULT '',
    enabled    BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX notification_channels_user ON notification_channels(user_id);

-- One row per message on one channel; (channel, dedup_key) makes a retried task send it once.
CREATE TABLE deliveries (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    channel     TEXT NOT NULL,
    channel_id  TEXT NOT NULL DEFAULT '',
    dedup_key   TEXT NOT NULL,
    kind        TEXT NOT NULL,
    payload     TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'pending',
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT NOT NULL DEFAULT '',
    last_status INTEGER NOT NULL DEFAULT 0,
    created_at  TIMESTAMP NOT NULL,
    sent_at     TIMESTAMP,
    UNIQUE (channel, dedup_key)
);
CREATE INDEX deliveries_user ON deliveries(user_id, created_at);
CREATE INDEX deliveries_pending ON deliveries(status, created_at);

-- +goose Down
DROP TABLE deliveries;
DROP TABLE notification_channels;
DROP TABLE alert_postings;
DROP TABLE alerts;
