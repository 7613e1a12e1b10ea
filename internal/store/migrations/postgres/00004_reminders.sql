-- Reminders and escalations about duties: one row per reminder that a writ
-- process claimed. The key (case, duty, kind, due day) is unique across the
-- database, so however many processes look at a duty at once, one inserts
-- the row and only that one sends. A claim whose lease ran out before it
-- was marked sent (its process died, or the notice failed) may be taken
-- over. due is the court's day.

-- +goose Up
CREATE TABLE reminders (
    key         text        NOT NULL PRIMARY KEY,
    case_id     text        NOT NULL REFERENCES cases (id),
    duty        text        NOT NULL,
    kind        text        NOT NULL,
    due         date        NOT NULL,
    claimed_by  text        NOT NULL,
    claimed_at  timestamptz NOT NULL,
    lease_until timestamptz NOT NULL,
    attempts    integer     NOT NULL,
    -- NULL until the reminder was sent
    sent_at     timestamptz,
    -- why the last attempt failed, '' when none did
    last_error  text        NOT NULL DEFAULT ''
);

CREATE INDEX reminders_case ON reminders (case_id, due);

-- +goose Down
DROP TABLE reminders;
