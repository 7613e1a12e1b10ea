-- Cases and their hash-chained events. Times are RFC 3339 text in UTC with
-- six fractional digits (fixed width, so text order is time order).

-- +goose Up
CREATE TABLE cases (
    id              TEXT    NOT NULL PRIMARY KEY,
    number          TEXT    NOT NULL,
    court           TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    -- seq and head: the case's last event, moved in the same transaction
    -- as every append.
    seq             INTEGER NOT NULL,
    head            TEXT    NOT NULL,
    -- the key of the request that created the case, NULL when none
    idempotency_key TEXT    UNIQUE
) STRICT;

CREATE INDEX cases_created_at ON cases (created_at, id);

CREATE TABLE events (
    case_id         TEXT    NOT NULL REFERENCES cases (id),
    seq             INTEGER NOT NULL,
    type            TEXT    NOT NULL,
    at              TEXT    NOT NULL,
    recorded_at     TEXT    NOT NULL,
    actor           TEXT    NOT NULL,
    payload         TEXT    NOT NULL CHECK (json_valid(payload)),
    idempotency_key TEXT    NOT NULL,
    prev_hash       TEXT    NOT NULL,
    hash            TEXT    NOT NULL,
    -- the last guard against two writers extending a case from one point
    CONSTRAINT events_case_seq UNIQUE (case_id, seq)
) STRICT;

CREATE INDEX events_idempotency_key ON events (case_id, idempotency_key) WHERE idempotency_key <> '';

-- The log is append-only: writ never updates or deletes an event, and these
-- triggers keep anyone else from doing so by mistake. (Someone who drops
-- them is caught by the hash chain.)
-- +goose StatementBegin
CREATE TRIGGER events_no_update BEFORE UPDATE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER events_no_delete BEFORE DELETE ON events
BEGIN
    SELECT RAISE(ABORT, 'events are append-only');
END;
-- +goose StatementEnd

-- +goose Down
DROP TABLE events;
DROP TABLE cases;
