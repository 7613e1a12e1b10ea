package store

import (
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"strings"

	"golang.org/x/mod/sumdb/tlog"

	"github.com/writ-project/writ/internal/checkpoint"
	"github.com/writ-project/writ/internal/fault"
)

// LogCheck is what CheckLog found: the log as stored, held against a
// checkpoint's size and root.
//
// Every leaf's record is read as stored and its leaf recomputed, so that
// what the hash chains cannot show is caught: events deleted from a case's
// end with its head rolled back, a case deleted with everything of it,
// events deleted or altered and the chain recomputed after them, accesses
// trimmed from a log. Each such record is named (Problems). The recomputed
// leaves of the checkpoint's first Size records must hash to its root, and
// the stored tree must hash to it too and extend to today's tree (a
// consistency proof, RFC 6962 section 2.1.2); a log rewritten whole, leaves
// and tree with it, is caught there, without a record to name.
type LogCheck struct {
	// Size is the number of records the log holds now.
	Size int64
	// Problems lists what is missing or changed; none when today's log
	// extends the checkpoint.
	Problems []LogProblem
}

// LogProblem is one thing missing or changed.
type LogProblem struct {
	// Leaf is the record's place in the log, or -1 for a problem of the
	// log as a whole.
	Leaf int64
	// Record names the record (kind, case, seq), when there is one.
	Record checkpoint.Leaf
	// Problem says what is wrong, in words.
	Problem string
}

// String is the problem as a person reads it.
func (p LogProblem) String() string {
	switch {
	case p.Record.CaseID != "" && p.Leaf >= 0:
		return fmt.Sprintf("case %s %s %d (leaf %d): %s", p.Record.CaseID, p.Record.Kind, p.Record.Seq, p.Leaf, p.Problem)
	case p.Record.CaseID != "":
		return fmt.Sprintf("case %s %s %d: %s", p.Record.CaseID, p.Record.Kind, p.Record.Seq, p.Problem)
	case p.Leaf >= 0:
		return fmt.Sprintf("leaf %d: %s", p.Leaf, p.Problem)
	}
	return p.Problem
}

// checkPage is how many leaves CheckLog reads at a time.
var checkPage = 1000

// CheckLog checks the stored log against a checkpoint; see LogCheck.
func (s *sqlStore) CheckLog(ctx context.Context, size int64, root tlog.Hash) (LogCheck, error) {
	var out LogCheck
	add := func(leaf int64, rec checkpoint.Leaf, format string, args ...any) {
		out.Problems = append(out.Problems, LogProblem{Leaf: leaf, Record: rec, Problem: fmt.Sprintf(format, args...)})
	}
	// The tree is brought up to date first; a leaf table with a hole in
	// it cannot be, and the check goes on with the tree as it is.
	if _, err := s.Tree(ctx); err != nil && !fault.Is(err, fault.Tampered) {
		return out, err
	}
	hashed, err := s.hashedSize(ctx)
	if err != nil {
		return out, err
	}
	var recorded int64
	if err := s.db.QueryRowContext(ctx, `SELECT n FROM log_size WHERE id = 1`).Scan(&recorded); err != nil {
		return out, fault.Wrap(fault.Internal, err, "could not read the log's size")
	}

	var (
		b        checkpoint.RootBuilder
		next     int64 // the leaf expected next
		inPrefix bool  // a problem among the checkpoint's records
	)
	for {
		page, err := s.leafPage(ctx, next)
		if err != nil {
			return out, err
		}
		stored, err := s.leafHashes(ctx, page, hashed)
		if err != nil {
			return out, err
		}
		for _, r := range page {
			if r.idx > next {
				if next == r.idx-1 {
					add(next, checkpoint.Leaf{}, "missing from the log's leaves (deleted)")
				} else {
					add(-1, checkpoint.Leaf{}, "leaves %d to %d are missing from the log (deleted)", next, r.idx-1)
				}
				inPrefix = inPrefix || next < size
				for ; next < r.idx; next++ {
					if h, ok := stored[next]; ok && next < size {
						b.Add(h)
					}
				}
			}
			rec, before := r.leaf, len(out.Problems)
			var h tlog.Hash
			switch {
			case !r.caseExists:
				add(r.idx, rec, "missing: the case no longer exists")
			case !r.exists:
				add(r.idx, rec, "missing: deleted from the case's %s", map[string]string{checkpoint.KindEvent: "events", checkpoint.KindAccess: "access log"}[rec.Kind])
			default:
				h = r.recomputed.Hash()
				if r.hash.Valid && r.hash.String != hex.EncodeToString(h[:]) {
					add(r.idx, rec, "changed since it was recorded (it no longer hashes as its leaf: altered, or its case's chain recomputed)")
				} else if sh, ok := stored[r.idx]; ok && sh != h {
					add(r.idx, rec, "changed since it was recorded (it no longer hashes as the tree's leaf)")
				}
			}
			if len(out.Problems) > before && r.idx < size {
				inPrefix = true
			}
			if r.idx < size {
				b.Add(h)
			}
			next = r.idx + 1
		}
		if len(page) < checkPage {
			break
		}
	}
	out.Size = next
	if next < size {
		inPrefix = true
		gone := fmt.Sprintf("records %d to %d were", next, size-1)
		if next == size-1 {
			gone = fmt.Sprintf("record %d was", next)
		}
		add(-1, checkpoint.Leaf{}, "the log holds %d records, but the checkpoint signed %d: %s deleted from its end", next, size, gone)
	}
	if recorded != next {
		add(-1, checkpoint.Leaf{}, "the log counts %d records but keeps %d leaves", recorded, next)
	}
	if !inPrefix && b.Size() == size && b.Root() != root {
		add(-1, checkpoint.Leaf{}, "the log's first %d records, as stored, do not hash to the checkpoint's root: they were rewritten, and their leaves and the tree with them", size)
	}
	if hashed >= size {
		s.checkStoredTree(ctx, size, root, hashed, add)
	}
	orphans, err := s.recordsWithoutLeaf(ctx)
	if err != nil {
		return out, err
	}
	for _, o := range orphans {
		add(-1, o, "not in the log: written without its place in the log")
	}
	return out, nil
}

// checkStoredTree holds the stored tree against the checkpoint: its root at
// the checkpoint's size, and the consistency proof from there to today's.
func (s *sqlStore) checkStoredTree(ctx context.Context, size int64, root tlog.Hash, hashed int64, add func(int64, checkpoint.Leaf, string, ...any)) {
	r := s.reader(ctx)
	old, err := tlog.TreeHash(size, r)
	if err != nil {
		add(-1, checkpoint.Leaf{}, "the log's stored tree cannot be read at the checkpoint's size: %s", fault.Message(err))
		return
	}
	if old != root {
		add(-1, checkpoint.Leaf{}, "the log's stored tree of %d records does not hash to the checkpoint's root", size)
		return
	}
	now, err := tlog.TreeHash(hashed, r)
	if err == nil {
		var p tlog.TreeProof
		if p, err = tlog.ProveTree(hashed, size, r); err == nil {
			err = tlog.CheckTree(p, hashed, now, size, root)
		}
	}
	if err != nil {
		add(-1, checkpoint.Leaf{}, "today's tree of %d records does not extend the checkpoint's (the consistency proof fails)", hashed)
	}
}

// leafRow is a leaf of the log with its record as stored.
type leafRow struct {
	idx        int64
	leaf       checkpoint.Leaf
	hash       sql.NullString
	caseExists bool
	exists     bool
	recomputed checkpoint.Leaf
}

// leafPage reads up to checkPage leaves from index from on, each with its
// record as stored (none where it is gone).
func (s *sqlStore) leafPage(ctx context.Context, from int64) ([]leafRow, error) {
	rows, err := s.db.QueryContext(ctx, `
		SELECT l.idx, l.kind, l.case_id, l.seq, l.leaf_hash, c.id IS NOT NULL,
			e.seq IS NOT NULL, e.type, e.at, e.recorded_at, e.actor, CAST(e.payload AS TEXT), e.idempotency_key, e.prev_hash,
			a.seq IS NOT NULL, a.at, a.actor, a.via, a.what, a.prev_hash
		FROM log_leaves l
		LEFT JOIN cases c ON c.id = l.case_id
		LEFT JOIN events e ON l.kind = 'event' AND e.case_id = l.case_id AND e.seq = l.seq
		LEFT JOIN data_access a ON l.kind = 'access' AND a.case_id = l.case_id AND a.seq = l.seq
		WHERE l.idx >= $1 ORDER BY l.idx LIMIT $2`, from, checkPage)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the log's leaves")
	}
	defer rows.Close()
	var page []leafRow
	for rows.Next() {
		var (
			r                                 leafRow
			isEvent, isAccess                 bool
			eType, eActor, ePayload, eKey     sql.NullString
			ePrev, aActor, aVia, aWhat, aPrev sql.NullString
			eAt, eRec, aAt                    timeCol
		)
		if err := rows.Scan(&r.idx, &r.leaf.Kind, &r.leaf.CaseID, &r.leaf.Seq, &r.hash, &r.caseExists,
			&isEvent, &eType, &eAt, &eRec, &eActor, &ePayload, &eKey, &ePrev,
			&isAccess, &aAt, &aActor, &aVia, &aWhat, &aPrev); err != nil {
			return nil, fault.Wrap(fault.Internal, err, "could not read the log's leaves")
		}
		switch {
		case isEvent:
			e := Event{CaseID: r.leaf.CaseID, Seq: r.leaf.Seq, Type: eType.String, At: eAt.T, RecordedAt: eRec.T,
				Actor: eActor.String, Payload: []byte(ePayload.String), IdempotencyKey: eKey.String, PrevHash: ePrev.String}
			r.exists, r.recomputed = true, eventLeaf(e)
		case isAccess:
			a := Access{CaseID: r.leaf.CaseID, Seq: r.leaf.Seq, At: aAt.T, Actor: aActor.String, Via: aVia.String,
				What: strings.Split(aWhat.String, ","), PrevHash: aPrev.String}
			r.exists, r.recomputed = true, accessLeaf(a)
		}
		page = append(page, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the log's leaves")
	}
	return page, nil
}

// leafHashes reads the tree's stored hashes of the leaves of a page (those
// the tree has taken in, below hashed), by leaf index.
func (s *sqlStore) leafHashes(ctx context.Context, page []leafRow, hashed int64) (map[int64]tlog.Hash, error) {
	out := map[int64]tlog.Hash{}
	if len(page) == 0 {
		return out, nil
	}
	lo, hi := page[0].idx, min(page[len(page)-1].idx, hashed-1)
	if lo > hi {
		return out, nil
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, hash FROM log_hashes WHERE id >= $1 AND id <= $2`,
		tlog.StoredHashIndex(0, lo), tlog.StoredHashIndex(0, hi))
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the log's tree")
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id int64
			b  []byte
		)
		if err := rows.Scan(&id, &b); err != nil {
			return nil, fault.Wrap(fault.Internal, err, "could not read the log's tree")
		}
		if level, n := tlog.SplitStoredHashIndex(id); level == 0 && len(b) == tlog.HashSize {
			var h tlog.Hash
			copy(h[:], b)
			out[n] = h
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the log's tree")
	}
	return out, nil
}

// recordsWithoutLeaf lists the events and accesses the log has no leaf for.
// A record and its leaf are written in one transaction, so one statement
// sees both or neither.
func (s *sqlStore) recordsWithoutLeaf(ctx context.Context) ([]checkpoint.Leaf, error) {
	rows, err := s.db.QueryContext(ctx, `
		SELECT 'event', e.case_id, e.seq FROM events e
		WHERE NOT EXISTS (SELECT 1 FROM log_leaves l WHERE l.kind = 'event' AND l.case_id = e.case_id AND l.seq = e.seq)
		UNION ALL
		SELECT 'access', a.case_id, a.seq FROM data_access a
		WHERE NOT EXISTS (SELECT 1 FROM log_leaves l WHERE l.kind = 'access' AND l.case_id = a.case_id AND l.seq = a.seq)
		ORDER BY 2, 1, 3 LIMIT 1000`)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the log")
	}
	defer rows.Close()
	var out []checkpoint.Leaf
	for rows.Next() {
		var l checkpoint.Leaf
		if err := rows.Scan(&l.Kind, &l.CaseID, &l.Seq); err != nil {
			return nil, fault.Wrap(fault.Internal, err, "could not read the log")
		}
		out = append(out, l)
	}
	if err := rows.Err(); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the log")
	}
	return out, nil
}
