-- Every time writ showed someone a person's data (the accounts a target
-- resolved to, an objection's text, staff notes, a production), one row:
-- who, when, through what, and which kinds of data. The rows of a case are
-- hash-chained like its events, so that a deleted or altered access is
-- seen, and append-only. Times are RFC 3339 text in UTC with six
-- fractional digits.

-- +goose Up
CREATE TABLE data_access (
    case_id   TEXT    NOT NULL REFERENCES cases (id),
    seq       INTEGER NOT NULL,
    at        TEXT    NOT NULL,
    actor     TEXT    NOT NULL,
    via       TEXT    NOT NULL,
    -- the kinds of data shown, comma-separated, e.g. "account_ids,notes"
    what      TEXT    NOT NULL,
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL,
    CONSTRAINT data_access_case_seq UNIQUE (case_id, seq)
) STRICT;

-- +goose StatementBegin
CREATE TRIGGER data_access_no_update BEFORE UPDATE ON data_access
BEGIN
    SELECT RAISE(ABORT, 'the data access log is append-only');
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER data_access_no_delete BEFORE DELETE ON data_access
BEGIN
    SELECT RAISE(ABORT, 'the data access log is append-only');
END;
-- +goose StatementEnd

-- +goose Down
DROP TABLE data_access;
