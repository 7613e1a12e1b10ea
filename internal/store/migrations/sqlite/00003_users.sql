-- Users, their grants, their sessions and their calendar-feed tokens. Tokens
-- are kept only as the SHA-256 of the token (lowercase hex): whoever reads
-- this database cannot sign in as anyone. Times are RFC 3339 text in UTC
-- with six fractional digits, as in 00001.

-- +goose Up
CREATE TABLE users (
    id            TEXT NOT NULL PRIMARY KEY,
    email         TEXT NOT NULL,
    -- the address trimmed and lower-cased by writ (Unicode rules, the same
    -- on both databases): no two users share an address in any spelling
    email_key     TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('staff', 'counsel', 'court')),
    -- for staff, the provider they work for as orders name it; '' otherwise
    platform      TEXT NOT NULL,
    -- the argon2id hash in PHC form; '' for a user without a password
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    CHECK ((role = 'staff') = (platform <> ''))
) STRICT;

-- Counsel and the court see a case only through a grant; staff see their
-- platform's cases without one.
CREATE TABLE grants (
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    case_id    TEXT NOT NULL REFERENCES cases (id),
    role       TEXT NOT NULL CHECK (role IN ('counsel', 'court')),
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, case_id)
) STRICT;

CREATE INDEX grants_case ON grants (case_id);

CREATE TABLE sessions (
    token_hash TEXT NOT NULL PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf       TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
) STRICT;

CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- One iCalendar feed per user; a new token replaces the old one.
CREATE TABLE feed_tokens (
    user_id    TEXT NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
) STRICT;

-- +goose Down
DROP TABLE feed_tokens;
DROP TABLE sessions;
DROP TABLE grants;
DROP TABLE users;
