-- Webhooks: the endpoints that other systems of the platform (ticketing,
-- on-call) gave writ, and the queue of deliveries to them. A delivery is
-- queued once per endpoint and event (the pair is unique), so that however
-- many processes see an event, and however often, it is queued once; its
-- id is the webhook-id the receiver de-duplicates on. A delivery is claimed
-- for a lease, like a reminder; a failed attempt sets the next one's time
-- (backoff); every attempt is kept in webhook_attempts. The secret signs the
-- deliveries (Standard Webhooks), so it is kept as it was given; it is
-- shown to the person who added the endpoint once.

-- +goose Up
CREATE TABLE webhook_endpoints (
    id         text        NOT NULL PRIMARY KEY,
    url        text        NOT NULL,
    secret     text        NOT NULL CHECK (secret LIKE 'whsec\_%'),
    -- the kinds of event it receives, space-separated; '' for every kind
    events     text        NOT NULL DEFAULT '',
    -- only the cases of this platform (an order's provider); '' for every case
    platform   text        NOT NULL DEFAULT '',
    created_by text        NOT NULL,
    created_at timestamptz NOT NULL,
    -- NULL until it was removed; its deliveries are kept
    removed_at timestamptz
);

CREATE TABLE webhook_deliveries (
    id           text        NOT NULL PRIMARY KEY,
    endpoint_id  text        NOT NULL REFERENCES webhook_endpoints (id),
    event_key    text        NOT NULL,
    kind         text        NOT NULL,
    -- '' for a test delivery
    case_id      text        NOT NULL,
    payload      text        NOT NULL,
    created_at   timestamptz NOT NULL,
    next_at      timestamptz NOT NULL,
    attempts     integer     NOT NULL DEFAULT 0,
    claimed_by   text        NOT NULL DEFAULT '',
    -- NULL while no claim holds it
    lease_until  timestamptz,
    delivered_at timestamptz,
    -- set when writ gave up after the last attempt
    failed_at    timestamptz,
    -- the receiver's last HTTP status, 0 when it gave none
    last_status  integer     NOT NULL DEFAULT 0,
    last_error   text        NOT NULL DEFAULT '',
    UNIQUE (endpoint_id, event_key)
);

CREATE INDEX webhook_deliveries_due ON webhook_deliveries (next_at) WHERE delivered_at IS NULL AND failed_at IS NULL;

CREATE TABLE webhook_attempts (
    delivery_id text        NOT NULL REFERENCES webhook_deliveries (id),
    attempt     integer     NOT NULL,
    at          timestamptz NOT NULL,
    status      integer     NOT NULL,
    error       text        NOT NULL DEFAULT '',
    PRIMARY KEY (delivery_id, attempt)
);

-- +goose Down
DROP TABLE webhook_attempts;
DROP TABLE webhook_deliveries;
DROP TABLE webhook_endpoints;
