-- The head of each case's access log, kept on the case as the head of its
-- events is: the seq and hash of its last access, moved in the transaction
-- that appends one. Without it, deleting the last accesses of a case left
-- a chain that still verified (writ audit verify compares the two).
-- Existing logs get the head they have.

-- +goose Up
ALTER TABLE cases ADD COLUMN access_seq bigint NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN access_head text NOT NULL DEFAULT '';
UPDATE cases SET
    access_seq = COALESCE((SELECT MAX(seq) FROM data_access WHERE data_access.case_id = cases.id), 0),
    access_head = COALESCE((SELECT hash FROM data_access WHERE data_access.case_id = cases.id ORDER BY seq DESC LIMIT 1), '');

-- +goose Down
ALTER TABLE cases DROP COLUMN access_head;
ALTER TABLE cases DROP COLUMN access_seq;
