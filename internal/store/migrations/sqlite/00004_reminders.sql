-- Reminders and escalations about duties: one row per reminder that a writ
-- process claimed. The key (case, duty, kind, due day) is unique across the
-- database, so however many processes look at a duty at once, one inserts
-- the row and only that one sends. A claim whose lease ran out before it
-- was marked sent (its process died, or the notice failed) may be taken
-- over. Times are RFC 3339 text in UTC with six fractional digits (fixed
-- width, so text order is time order); due is the court's day, YYYY-MM-DD.

-- +goose Up
CREATE TABLE reminders (
    key         TEXT    NOT NULL PRIMARY KEY,
    case_id     TEXT    NOT NULL REFERENCES cases (id),
    duty        TEXT    NOT NULL,
    kind        TEXT    NOT NULL,
    due         TEXT    NOT NULL CHECK (due GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    claimed_by  TEXT    NOT NULL,
    claimed_at  TEXT    NOT NULL,
    lease_until TEXT    NOT NULL,
    attempts    INTEGER NOT NULL,
    -- NULL until the reminder was sent
    sent_at     TEXT,
    -- why the last attempt failed, '' when none did
    last_error  TEXT    NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX reminders_case ON reminders (case_id, due);

-- +goose Down
DROP TABLE reminders;
