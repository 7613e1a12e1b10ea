-- The log's Merkle tree (issue 18): every record writ keeps, each event and
-- each access to a person's data, is a leaf, numbered from 0 in the order
-- it was recorded, in the transaction that records it. Signed checkpoints
-- of the tree, kept outside the database, show later that nothing was
-- deleted, altered or re-chained since.
--
-- log_leaves: a leaf per record, with the leaf's hash (hex) as written;
-- log_size: the number of leaves, the one row every writer moves (and
-- holds until it commits), which numbers the leaves in the order their
-- transactions commit; log_hashes: the tree's stored hashes
-- (golang.org/x/mod/sumdb/tlog), by their stored index, filled in by writ
-- when it next reads the tree, up to log_tree.hashed leaves;
-- log_checkpoints: the checkpoints writ signed.
--
-- Records kept before this migration become the first leaves, in the order
-- of the time each was recorded (an event's recorded_at, an access's at),
-- then events before accesses, then case and seq. Neither database keeps
-- the order in which its rows were committed; these times are the store's
-- own clock at each write, which is the order of the writes as far as any
-- stored row can tell, and anyone can recompute it from the rows. Their
-- leaf hashes are NULL until writ first reads the tree, which computes
-- them from the records as they stand then; no checkpoint covers them
-- before that.

-- +goose Up
CREATE TABLE log_leaves (
    idx       bigint NOT NULL PRIMARY KEY,
    kind      text   NOT NULL CHECK (kind IN ('event', 'access')),
    case_id   text   NOT NULL,
    seq       bigint NOT NULL,
    leaf_hash text,
    CONSTRAINT log_leaves_record UNIQUE (kind, case_id, seq)
);

CREATE TABLE log_size (
    id integer NOT NULL PRIMARY KEY CHECK (id = 1),
    n  bigint  NOT NULL
);

CREATE TABLE log_tree (
    id     integer NOT NULL PRIMARY KEY CHECK (id = 1),
    hashed bigint  NOT NULL
);

CREATE TABLE log_hashes (
    id   bigint NOT NULL PRIMARY KEY,
    hash bytea  NOT NULL
);

CREATE TABLE log_checkpoints (
    size    bigint      NOT NULL,
    made_at timestamptz NOT NULL,
    note    text        NOT NULL
);

CREATE INDEX log_checkpoints_made ON log_checkpoints (made_at);

INSERT INTO log_leaves (idx, kind, case_id, seq, leaf_hash)
SELECT ROW_NUMBER() OVER (ORDER BY t, k, case_id, seq) - 1, kind, case_id, seq, NULL FROM (
    SELECT recorded_at AS t, 0 AS k, 'event' AS kind, case_id, seq FROM events
    UNION ALL
    SELECT at AS t, 1 AS k, 'access' AS kind, case_id, seq FROM data_access
) AS records;

INSERT INTO log_size (id, n) SELECT 1, COUNT(*) FROM log_leaves;
INSERT INTO log_tree (id, hashed) VALUES (1, 0);

-- A leaf is never deleted, and its hash is written once: with its record,
-- or (for a record kept before this migration) when writ first reads the
-- tree.
-- +goose StatementBegin
CREATE FUNCTION log_leaves_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.leaf_hash IS NULL AND NEW.idx = OLD.idx AND NEW.kind = OLD.kind
       AND NEW.case_id = OLD.case_id AND NEW.seq = OLD.seq THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'the log is append-only' USING ERRCODE = 'insufficient_privilege';
END;
$$;
-- +goose StatementEnd

CREATE TRIGGER log_leaves_no_change BEFORE UPDATE OR DELETE ON log_leaves
    FOR EACH ROW EXECUTE FUNCTION log_leaves_append_only();

CREATE TRIGGER log_leaves_no_truncate BEFORE TRUNCATE ON log_leaves
    FOR EACH STATEMENT EXECUTE FUNCTION log_leaves_append_only();

-- +goose Down
DROP TABLE log_checkpoints;
DROP TABLE log_hashes;
DROP TABLE log_tree;
DROP TABLE log_size;
DROP TABLE log_leaves;
DROP FUNCTION log_leaves_append_only();
