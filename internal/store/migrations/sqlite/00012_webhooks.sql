-- Webhooks: the endpoints that other systems of the platform (ticketing,
-- on-call) gave writ, and the queue of deliveries to them. A delivery is
-- queued once per endpoint and event (the pair is unique), so that however
-- many processes see an event, and however often, it is queued once; its
-- id is the webhook-id the receiver de-duplicates on. A delivery is claimed
-- for a lease, like a reminder; a failed attempt sets the next one's time
-- (backoff); every attempt is kept in webhook_attempts. The secret signs the
-- deliveries (Standard Webhooks), so it is kept as it was given; it is
-- shown to the person who added the endpoint once. Times are RFC 3339 text
-- in UTC with six fractional digits (fixed width, so text order is time
-- order), as in 00001.

-- +goose Up
CREATE TABLE webhook_endpoints (
    id         TEXT NOT NULL PRIMARY KEY,
    url        TEXT NOT NULL,
    secret     TEXT NOT NULL CHECK (secret LIKE 'whsec_%'),
    -- the kinds of event it receives, space-separated; '' for every kind
    events     TEXT NOT NULL DEFAULT '',
    -- only the cases of this platform (an order's provider); '' for every case
    platform   TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    -- NULL until it was removed; its deliveries are kept
    removed_at TEXT
) STRICT;

CREATE TABLE webhook_deliveries (
    id           TEXT    NOT NULL PRIMARY KEY,
    endpoint_id  TEXT    NOT NULL REFERENCES webhook_endpoints (id),
    event_key    TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    -- '' for a test delivery
    case_id      TEXT    NOT NULL,
    payload      TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    next_at      TEXT    NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    claimed_by   TEXT    NOT NULL DEFAULT '',
    -- NULL while no claim holds it
    lease_until  TEXT,
    delivered_at TEXT,
    -- set when writ gave up after the last attempt
    failed_at    TEXT,
    -- the receiver's last HTTP status, 0 when it gave none
    last_status  INTEGER NOT NULL DEFAULT 0,
    last_error   TEXT    NOT NULL DEFAULT '',
    UNIQUE (endpoint_id, event_key)
) STRICT;

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_at) WHERE delivered_at IS NULL AND failed_at IS NULL;

CREATE TABLE webhook_attempts (
    delivery_id TEXT    NOT NULL REFERENCES webhook_deliveries (id),
    attempt     INTEGER NOT NULL,
    at          TEXT    NOT NULL,
    status      INTEGER NOT NULL,
    error       TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (delivery_id, attempt)
) STRICT;

-- +goose Down
DROP TABLE webhook_attempts;
DROP TABLE webhook_deliveries;
DROP TABLE webhook_endpoints;
