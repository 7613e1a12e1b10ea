-- Managing people from the command line (writ user): whether a staff member
-- administers their platform's people (only staff may), who created each
-- user (the operating-system user and the person --actor named), and when a
-- user was disabled (NULL while they may sign in). Rows from before get no
-- administrator, no recorded creator and stay enabled. Times are RFC 3339
-- text in UTC with six fractional digits, as in 00001.

-- +goose Up
ALTER TABLE users ADD COLUMN admin INTEGER NOT NULL DEFAULT 0 CHECK (admin IN (0, 1) AND (admin = 0 OR role = 'staff'));
ALTER TABLE users ADD COLUMN created_by TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN disabled_at TEXT;

-- +goose Down
ALTER TABLE users DROP COLUMN disabled_at;
ALTER TABLE users DROP COLUMN created_by;
ALTER TABLE users DROP COLUMN admin;
