-- One-time links for a user: an invitation, which sets the password of the
-- person it was made for (a new user, or a reset), and the demo's sign-in
-- link, which signs its user in once. As with sessions, only the SHA-256 of
-- the token is kept (lowercase hex): whoever reads this database can use no
-- link. A link works until it expires, once; used_at records when.

-- +goose Up
CREATE TABLE user_links (
    hash       text        NOT NULL PRIMARY KEY CHECK (length(hash) = 64),
    user_id    text        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       text        NOT NULL CHECK (kind IN ('invitation', 'sign_in')),
    -- who made it, as events name their actor ("staff:u-..."; "demo")
    created_by text        NOT NULL,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    -- NULL until the link was used
    used_at    timestamptz
);

CREATE INDEX user_links_user ON user_links (user_id);

-- +goose Down
DROP TABLE user_links;
