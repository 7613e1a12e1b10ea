-- Cases and their hash-chained events. Payloads are json, not jsonb: json
-- keeps the text byte for byte, and the hash covers those bytes.

-- +goose Up
CREATE TABLE cases (
    id              text        NOT NULL PRIMARY KEY,
    number          text        NOT NULL,
    court           text        NOT NULL,
    created_at      timestamptz NOT NULL,
    -- seq and head: the case's last event, moved in the same transaction
    -- as every append.
    seq             bigint      NOT NULL,
    head            text        NOT NULL,
    -- the key of the request that created the case, NULL when none
    idempotency_key text        UNIQUE
);

CREATE INDEX cases_created_at ON cases (created_at, id);

CREATE TABLE events (
    case_id         text        NOT NULL REFERENCES cases (id),
    seq             bigint      NOT NULL,
    type            text        NOT NULL,
    at              timestamptz NOT NULL,
    recorded_at     timestamptz NOT NULL,
    actor           text        NOT NULL,
    payload         json        NOT NULL,
    idempotency_key text        NOT NULL,
    prev_hash       text        NOT NULL,
    hash            text        NOT NULL,
    -- the last guard against two writers extending a case from one point
    CONSTRAINT events_case_seq UNIQUE (case_id, seq)
);

CREATE INDEX events_idempotency_key ON events (case_id, idempotency_key) WHERE idempotency_key <> '';

-- The log is append-only: writ never updates or deletes an event, and this
-- trigger keeps anyone else from doing so by mistake. (Someone who disables
-- it is caught by the hash chain.)
-- +goose StatementBegin
CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'events are append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
-- +goose StatementEnd

CREATE TRIGGER events_no_change BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION events_append_only();

CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION events_append_only();

-- +goose Down
DROP TABLE events;
DROP FUNCTION events_append_only();
DROP TABLE cases;
