-- Managing people from the command line (writ user): whether a staff member
-- administers their platform's people (only staff may), who created each
-- user (the operating-system user and the person --actor named), and when a
-- user was disabled (NULL while they may sign in). Rows from before get no
-- administrator, no recorded creator and stay enabled.

-- +goose Up
ALTER TABLE users
    ADD COLUMN admin       boolean     NOT NULL DEFAULT false,
    ADD COLUMN created_by  text        NOT NULL DEFAULT '',
    ADD COLUMN disabled_at timestamptz,
    ADD CONSTRAINT users_admin_staff CHECK (NOT admin OR role = 'staff');

-- +goose Down
ALTER TABLE users
    DROP CONSTRAINT users_admin_staff,
    DROP COLUMN disabled_at,
    DROP COLUMN created_by,
    DROP COLUMN admin;
