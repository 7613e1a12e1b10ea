-- Sealed blobs: records preserved under a case, encrypted before they reach
-- the store. A blob is named by the SHA-256 of its bytes, which the event
-- that refers to it carries in the hash chain; so a blob cannot be changed
-- without the change being seen.

-- +goose Up
CREATE TABLE blobs (
    case_id    TEXT NOT NULL REFERENCES cases (id),
    sha256     TEXT NOT NULL,
    data       BLOB NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (case_id, sha256)
) STRICT;

-- +goose Down
DROP TABLE blobs;
