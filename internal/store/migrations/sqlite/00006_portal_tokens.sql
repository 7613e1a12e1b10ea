-- The links a notice gives an account holder into the portal: one row per
-- token issued for (case, account label). The token itself is never
-- stored, only its SHA-256 in lowercase hex, so that someone who reads the
-- database cannot open anyone's portal. A token opens the portal until it
-- expires; the first submission made with it marks it used, and it opens
-- nothing after that. Times are RFC 3339 text in UTC with six fractional
-- digits (fixed width, so text order is time order).

-- +goose Up
CREATE TABLE portal_tokens (
    hash       TEXT NOT NULL PRIMARY KEY CHECK (length(hash) = 64),
    case_id    TEXT NOT NULL REFERENCES cases (id),
    account    TEXT NOT NULL,
    issued_at  TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    -- NULL until a submission consumed the token
    used_at    TEXT
) STRICT;

CREATE INDEX portal_tokens_account ON portal_tokens (case_id, account);

-- +goose Down
DROP TABLE portal_tokens;
