package store

import (
	"context"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"golang.org/x/mod/sumdb/tlog"

	"github.com/writ-project/writ/internal/checkpoint"
	"github.com/writ-project/writ/internal/fault"
)

// LogTree is the Merkle tree over everything the store records, each event
// and each access to a person's data a leaf, in the order they were
// recorded (see package checkpoint). The leaf of a record is written in the
// transaction that writes the record; the tree's stored hashes are brought
// up to date when the tree is next read, so that the root of any size, and
// the proofs, come from O(log n) stored hashes.
type LogTree interface {
	// Tree brings the tree up to the last record and returns its size and
	// root hash. A leaf table with a hole in it, or a record kept before
	// the tree whose record is gone, is fault.Tampered.
	Tree(ctx context.Context) (tlog.Tree, error)
	// TreeHash returns the root hash of the tree's first size records.
	TreeHash(ctx context.Context, size int64) (tlog.Hash, error)
	// ProveTree returns the proof that the tree of size contains the tree
	// of size old as its prefix.
	ProveTree(ctx context.Context, size, old int64) (tlog.TreeProof, error)
	// Leaf returns the leaf of a record (kind checkpoint.KindEvent or
	// KindAccess), recomputed from the record as stored, and its index in
	// the log; fault.NotFound when the log has no such record, and
	// fault.Tampered when the record no longer hashes as its leaf does.
	Leaf(ctx context.Context, kind, caseID string, seq int64) (checkpoint.Leaf, int64, error)
	// ProveLeaf returns the proof that the tree of size contains the leaf
	// at index.
	ProveLeaf(ctx context.Context, size, index int64) (tlog.RecordProof, error)
	// CheckLog checks the log as it is stored against a checkpoint's size
	// and root: see LogCheck.
	CheckLog(ctx context.Context, size int64, root tlog.Hash) (LogCheck, error)
	// SaveCheckpoint keeps a signed checkpoint of size records, made at
	// made, so that proofs can be given against it.
	SaveCheckpoint(ctx context.Context, size int64, made time.Time, signed []byte) error
	// LatestCheckpoint returns the signed checkpoint of the most records
	// (the last made, among those of one size), or fault.NotFound.
	LatestCheckpoint(ctx context.Context) ([]byte, error)
}

// LogTreeOf returns the log tree of s, if s keeps one (every store Open
// returns does).
func LogTreeOf(s Store) (LogTree, bool) {
	t, ok := s.(LogTree)
	return t, ok
}

var _ LogTree = (*sqlStore)(nil)

// eventLeaf is the leaf of a stored event.
func eventLeaf(e Event) checkpoint.Leaf {
	return checkpoint.Leaf{Kind: checkpoint.KindEvent, CaseID: e.CaseID, Seq: e.Seq, RecordHash: Hash(e)}
}

// accessLeaf is the leaf of a stored access.
func accessLeaf(a Access) checkpoint.Leaf {
	return checkpoint.Leaf{Kind: checkpoint.KindAccess, CaseID: a.CaseID, Seq: a.Seq, RecordHash: AccessHash(a)}
}

// recordLeaves gives records the next places in the log, in tx, the
// transaction that writes them. Moving log_size takes its row's lock until
// tx ends, so the leaves are numbered in the order the transactions that
// write records commit, with no gap (a transaction rolled back gives its
// places back).
func (s *sqlStore) recordLeaves(ctx context.Context, tx *sql.Tx, leaves ...checkpoint.Leaf) error {
	if len(leaves) == 0 {
		return nil
	}
	var end int64
	if err := tx.QueryRowContext(ctx, `UPDATE log_size SET n = n + $1 WHERE id = 1 RETURNING n`, int64(len(leaves))).Scan(&end); err != nil {
		return s.dbError(err, "could not give the record its place in the log")
	}
	first := end - int64(len(leaves))
	rows := make([][]any, len(leaves))
	for i, l := range leaves {
		h := l.Hash()
		rows[i] = []any{first + int64(i), l.Kind, l.CaseID, l.Seq, hex.EncodeToString(h[:])}
	}
	if err := insertRows(ctx, tx, `INSERT INTO log_leaves (idx, kind, case_id, seq, leaf_hash) VALUES `, rows); err != nil {
		return s.dbError(err, "could not give the record its place in the log")
	}
	return nil
}

// insertBatch bounds the rows of one INSERT: SQLite finds each numbered
// parameter ($1, $2 ...) by a walk through those before it, so a statement
// of n parameters costs n² (at 500 rows of leaves, more than one statement
// a row did).
const insertBatch = 50

// insertRows inserts rows, each a list of values, by statements of up to
// insertBatch rows: one round trip for the many leaves or hashes of a
// transaction rather than one each.
func insertRows(ctx context.Context, tx *sql.Tx, insert string, rows [][]any) error {
	for len(rows) > 0 {
		n := min(len(rows), insertBatch)
		var (
			b    strings.Builder
			args []any
		)
		b.WriteString(insert)
		for i, r := range rows[:n] {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteByte('(')
			for j, v := range r {
				if j > 0 {
					b.WriteString(", ")
				}
				args = append(args, v)
				fmt.Fprintf(&b, "$%d", len(args))
			}
			b.WriteByte(')')
		}
		if _, err := tx.ExecContext(ctx, b.String(), args...); err != nil {
			return err
		}
		rows = rows[n:]
	}
	return nil
}

// growChunk bounds the leaves one transaction takes into the tree, so that
// taking in a large log kept before the tree (the migration's leaves) holds
// no lock for long.
var growChunk int64 = 4096

// Tree brings the stored hashes up to the log's end; see LogTree.
func (s *sqlStore) Tree(ctx context.Context) (tlog.Tree, error) {
	for {
		var (
			hashed, size int64
			done         bool
		)
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			// The row of log_tree is the lock of whoever takes leaves into
			// the tree: one at a time, whatever the number of processes.
			if err := tx.QueryRowContext(ctx, `UPDATE log_tree SET hashed = hashed WHERE id = 1 RETURNING hashed`).Scan(&hashed); err != nil {
				return s.dbError(err, "could not read the log's tree")
			}
			if err := tx.QueryRowContext(ctx, `SELECT n FROM log_size WHERE id = 1`).Scan(&size); err != nil {
				return s.dbError(err, "could not read the log's size")
			}
			if hashed >= size {
				done = true
				return nil
			}
			return s.grow(ctx, tx, hashed, min(size, hashed+growChunk))
		})
		if err != nil {
			return tlog.Tree{}, err
		}
		if done {
			h, err := s.TreeHash(ctx, hashed)
			if err != nil {
				return tlog.Tree{}, err
			}
			return tlog.Tree{N: hashed, Hash: h}, nil
		}
	}
}

// grow takes the leaves from..to-1 into the tree: their stored hashes, and
// those of the subtrees they complete.
func (s *sqlStore) grow(ctx context.Context, tx *sql.Tx, from, to int64) error {
	rows, err := tx.QueryContext(ctx, `SELECT idx, kind, case_id, seq, leaf_hash FROM log_leaves WHERE idx >= $1 AND idx < $2 ORDER BY idx`, from, to)
	if err != nil {
		return fault.Wrap(fault.Internal, err, "could not read the log's leaves")
	}
	type leafRow struct {
		idx  int64
		leaf checkpoint.Leaf
		hash sql.NullString
	}
	var leaves []leafRow
	for rows.Next() {
		var r leafRow
		if err := rows.Scan(&r.idx, &r.leaf.Kind, &r.leaf.CaseID, &r.leaf.Seq, &r.hash); err != nil {
			rows.Close()
			return fault.Wrap(fault.Internal, err, "could not read the log's leaves")
		}
		leaves = append(leaves, r)
	}
	if err := rows.Err(); err != nil {
		return fault.Wrap(fault.Internal, err, "could not read the log's leaves")
	}
	rows.Close()
	r := &hashReader{q: tx, ctx: ctx, pending: map[int64]tlog.Hash{}}
	var stored [][]any
	for i, l := range leaves {
		if want := from + int64(i); l.idx != want {
			return fault.Errorf(fault.Tampered, "leaf %d is missing from the log: `writ audit verify --checkpoint` says what changed", want)
		}
		var h tlog.Hash
		if l.hash.Valid {
			b, err := hex.DecodeString(l.hash.String)
			if err != nil || len(b) != tlog.HashSize {
				return fault.Errorf(fault.Tampered, "leaf %d's hash is not a SHA-256 hash", l.idx)
			}
			copy(h[:], b)
		} else {
			// A record kept before the tree: its leaf is computed from the
			// record as it stands now, once.
			leaf, err := s.storedLeaf(ctx, tx, l.leaf.Kind, l.leaf.CaseID, l.leaf.Seq)
			if err != nil {
				return err
			}
			h = leaf.Hash()
			if _, err := tx.ExecContext(ctx, `UPDATE log_leaves SET leaf_hash = $1 WHERE idx = $2`, hex.EncodeToString(h[:]), l.idx); err != nil {
				return s.dbError(err, "could not write a leaf of the log")
			}
		}
		hashes, err := tlog.StoredHashesForRecordHash(l.idx, h, r)
		if err != nil {
			return fault.Wrap(fault.Internal, err, "could not compute the log's tree")
		}
		first := tlog.StoredHashIndex(0, l.idx)
		for j, sh := range hashes {
			r.pending[first+int64(j)] = sh
			stored = append(stored, []any{first + int64(j), sh[:]})
		}
	}
	if err := insertRows(ctx, tx, `INSERT INTO log_hashes (id, hash) VALUES `, stored); err != nil {
		return s.dbError(err, "could not write the log's tree")
	}
	if _, err := tx.ExecContext(ctx, `UPDATE log_tree SET hashed = $1 WHERE id = 1`, to); err != nil {
		return s.dbError(err, "could not write the log's tree")
	}
	return nil
}

// hashReader reads the tree's stored hashes, those being written first.
type hashReader struct {
	q       querier
	ctx     context.Context
	pending map[int64]tlog.Hash
}

// ReadHashes implements tlog.HashReader.
func (r *hashReader) ReadHashes(ids []int64) ([]tlog.Hash, error) {
	ctx := r.ctx
	out := make([]tlog.Hash, len(ids))
	var want []any
	var marks []string
	at := map[int64][]int{}
	for i, id := range ids {
		if h, ok := r.pending[id]; ok {
			out[i] = h
			continue
		}
		if _, ok := at[id]; !ok {
			want = append(want, id)
			marks = append(marks, fmt.Sprintf("$%d", len(want)))
		}
		at[id] = append(at[id], i)
	}
	if len(want) == 0 {
		return out, nil
	}
	rows, err := r.q.QueryContext(ctx, `SELECT id, hash FROM log_hashes WHERE id IN (`+strings.Join(marks, ", ")+`)`, want...)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the log's tree")
	}
	defer rows.Close()
	found := 0
	for rows.Next() {
		var (
			id int64
			b  []byte
		)
		if err := rows.Scan(&id, &b); err != nil {
			return nil, fault.Wrap(fault.Internal, err, "could not read the log's tree")
		}
		if len(b) != tlog.HashSize {
			return nil, fault.Errorf(fault.Tampered, "the log's stored hash %d is not a SHA-256 hash", id)
		}
		for _, i := range at[id] {
			copy(out[i][:], b)
		}
		found++
	}
	if err := rows.Err(); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the log's tree")
	}
	if found != len(want) {
		return nil, fault.Errorf(fault.Tampered, "the log's tree is missing stored hashes: `writ audit verify --checkpoint` says what changed")
	}
	return out, nil
}

// reader returns a hash reader over the database.
func (s *sqlStore) reader(ctx context.Context) *hashReader {
	return &hashReader{q: s.db, ctx: ctx}
}

// hashedSize returns how many leaves the stored hashes cover.
func (s *sqlStore) hashedSize(ctx context.Context) (int64, error) {
	var n int64
	if err := s.db.QueryRowContext(ctx, `SELECT hashed FROM log_tree WHERE id = 1`).Scan(&n); err != nil {
		return 0, fault.Wrap(fault.Internal, err, "could not read the log's tree")
	}
	return n, nil
}

// checkSize refuses a size the stored tree does not reach.
func (s *sqlStore) checkSize(ctx context.Context, size int64) error {
	hashed, err := s.hashedSize(ctx)
	if err != nil {
		return err
	}
	if size < 0 || size > hashed {
		return fault.Errorf(fault.Invalid, "the log's tree holds %d records, not %d", hashed, size)
	}
	return nil
}

// TreeHash returns the root of the tree's first size records.
func (s *sqlStore) TreeHash(ctx context.Context, size int64) (tlog.Hash, error) {
	if err := s.checkSize(ctx, size); err != nil {
		return tlog.Hash{}, err
	}
	return tlog.TreeHash(size, s.reader(ctx))
}

// ProveTree proves that the tree of size extends that of size old.
func (s *sqlStore) ProveTree(ctx context.Context, size, old int64) (tlog.TreeProof, error) {
	if err := s.checkSize(ctx, size); err != nil {
		return nil, err
	}
	if old < 0 || old > size {
		return nil, fault.Errorf(fault.Invalid, "a tree of %d records cannot extend one of %d", size, old)
	}
	return tlog.ProveTree(size, old, s.reader(ctx))
}

// ProveLeaf proves that the tree of size holds the leaf at index.
func (s *sqlStore) ProveLeaf(ctx context.Context, size, index int64) (tlog.RecordProof, error) {
	if err := s.checkSize(ctx, size); err != nil {
		return nil, err
	}
	if index < 0 || index >= size {
		return nil, fault.Errorf(fault.Invalid, "leaf %d is not among the first %d records", index, size)
	}
	return tlog.ProveRecord(size, index, s.reader(ctx))
}

// Leaf returns a record's leaf and place; see LogTree.
func (s *sqlStore) Leaf(ctx context.Context, kind, caseID string, seq int64) (checkpoint.Leaf, int64, error) {
	var (
		idx    int64
		stored sql.NullString
	)
	err := s.db.QueryRowContext(ctx, `SELECT idx, leaf_hash FROM log_leaves WHERE kind = $1 AND case_id = $2 AND seq = $3`, kind, caseID, seq).
		Scan(&idx, &stored)
	if errors.Is(err, sql.ErrNoRows) {
		return checkpoint.Leaf{}, 0, fault.Errorf(fault.NotFound, "the log holds no %s %d of case %s", kind, seq, caseID)
	}
	if err != nil {
		return checkpoint.Leaf{}, 0, fault.Wrap(fault.Internal, err, "could not read the log's leaves")
	}
	leaf, err := s.storedLeaf(ctx, s.db, kind, caseID, seq)
	if err != nil {
		return checkpoint.Leaf{}, 0, err
	}
	if h := leaf.Hash(); stored.Valid && stored.String != hex.EncodeToString(h[:]) {
		return checkpoint.Leaf{}, 0, fault.Errorf(fault.Tampered, "case %s %s %d has changed since it was recorded: `writ audit verify` says how", caseID, kind, seq)
	}
	return leaf, idx, nil
}

// storedLeaf computes the leaf of a record from the record as stored.
func (s *sqlStore) storedLeaf(ctx context.Context, q querier, kind, caseID string, seq int64) (checkpoint.Leaf, error) {
	switch kind {
	case checkpoint.KindEvent:
		evs, err := s.queryEvents(ctx, q, `WHERE case_id = $1 AND seq = $2`, caseID, seq)
		if err != nil {
			return checkpoint.Leaf{}, err
		}
		if len(evs) == 0 {
			return checkpoint.Leaf{}, fault.Errorf(fault.Tampered, "case %s event %d is in the log but no longer stored", caseID, seq)
		}
		return eventLeaf(evs[0]), nil
	case checkpoint.KindAccess:
		var (
			a    = Access{CaseID: caseID, Seq: seq}
			at   timeCol
			what string
		)
		err := q.QueryRowContext(ctx, `SELECT at, actor, via, what, prev_hash FROM data_access WHERE case_id = $1 AND seq = $2`, caseID, seq).
			Scan(&at, &a.Actor, &a.Via, &what, &a.PrevHash)
		if errors.Is(err, sql.ErrNoRows) {
			return checkpoint.Leaf{}, fault.Errorf(fault.Tampered, "case %s access %d is in the log but no longer stored", caseID, seq)
		}
		if err != nil {
			return checkpoint.Leaf{}, fault.Wrap(fault.Internal, err, "could not read the access log of case %s", caseID)
		}
		if a.At, err = at.time("at"); err != nil {
			return checkpoint.Leaf{}, err
		}
		a.What = strings.Split(what, ",")
		return accessLeaf(a), nil
	}
	return checkpoint.Leaf{}, fault.Errorf(fault.Invalid, "the log holds events and accesses, not %q", kind)
}

// SaveCheckpoint keeps a signed checkpoint; see LogTree.
func (s *sqlStore) SaveCheckpoint(ctx context.Context, size int64, made time.Time, signed []byte) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO log_checkpoints (size, made_at, note) VALUES ($1, $2, $3)`,
		size, s.d.timeArg(storedTime(made)), string(signed))
	if err != nil {
		return s.dbError(err, "could not keep the checkpoint")
	}
	return nil
}

// LatestCheckpoint returns the checkpoint of the most records; see LogTree.
func (s *sqlStore) LatestCheckpoint(ctx context.Context) ([]byte, error) {
	var note string
	err := s.db.QueryRowContext(ctx, `SELECT note FROM log_checkpoints ORDER BY size DESC, made_at DESC LIMIT 1`).Scan(&note)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fault.Errorf(fault.NotFound, "no checkpoint of the log has been made: writ audit checkpoint makes one")
	}
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the checkpoints")
	}
	return []byte(note), nil
}
