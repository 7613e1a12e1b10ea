-- Every time writ showed someone a person's data (the accounts a target
-- resolved to, an objection's text, staff notes, a production), one row:
-- who, when, through what, and which kinds of data. The rows of a case are
-- hash-chained like its events, so that a deleted or altered access is
-- seen, and append-only.

-- +goose Up
CREATE TABLE data_access (
    case_id   text        NOT NULL REFERENCES cases (id),
    seq       bigint      NOT NULL,
    at        timestamptz NOT NULL,
    actor     text        NOT NULL,
    via       text        NOT NULL,
    -- the kinds of data shown, comma-separated, e.g. "account_ids,notes"
    what      text        NOT NULL,
    prev_hash text        NOT NULL,
    hash      text        NOT NULL,
    CONSTRAINT data_access_case_seq UNIQUE (case_id, seq)
);

-- +goose StatementBegin
CREATE FUNCTION data_access_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the data access log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
-- +goose StatementEnd

CREATE TRIGGER data_access_no_change BEFORE UPDATE OR DELETE ON data_access
    FOR EACH ROW EXECUTE FUNCTION data_access_append_only();

CREATE TRIGGER data_access_no_truncate BEFORE TRUNCATE ON data_access
    FOR EACH STATEMENT EXECUTE FUNCTION data_access_append_only();

-- +goose Down
DROP TABLE data_access;
DROP FUNCTION data_access_append_only();
