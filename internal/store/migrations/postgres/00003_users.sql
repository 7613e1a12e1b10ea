-- Users, their grants, their sessions and their calendar-feed tokens. Tokens
-- are kept only as the SHA-256 of the token (lowercase hex): whoever reads
-- this database cannot sign in as anyone.

-- +goose Up
CREATE TABLE users (
    id            text        NOT NULL PRIMARY KEY,
    email         text        NOT NULL,
    -- the address trimmed and lower-cased by writ (Unicode rules, the same
    -- on both databases): no two users share an address in any spelling
    email_key     text        NOT NULL UNIQUE,
    name          text        NOT NULL,
    role          text        NOT NULL CHECK (role IN ('staff', 'counsel', 'court')),
    -- for staff, the provider they work for as orders name it; '' otherwise
    platform      text        NOT NULL,
    -- the argon2id hash in PHC form; '' for a user without a password
    password_hash text        NOT NULL,
    created_at    timestamptz NOT NULL,
    CHECK ((role = 'staff') = (platform <> ''))
);

-- Counsel and the court see a case only through a grant; staff see their
-- platform's cases without one.
CREATE TABLE grants (
    user_id    text        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    case_id    text        NOT NULL REFERENCES cases (id),
    role       text        NOT NULL CHECK (role IN ('counsel', 'court')),
    created_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, case_id)
);

CREATE INDEX grants_case ON grants (case_id);

CREATE TABLE sessions (
    token_hash text        NOT NULL PRIMARY KEY,
    user_id    text        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf       text        NOT NULL,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);

CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

-- One iCalendar feed per user; a new token replaces the old one.
CREATE TABLE feed_tokens (
    user_id    text        NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash text        NOT NULL UNIQUE,
    created_at timestamptz NOT NULL
);

-- +goose Down
DROP TABLE feed_tokens;
DROP TABLE sessions;
DROP TABLE grants;
DROP TABLE users;
