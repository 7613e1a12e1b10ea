package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/fault"
)

// The kinds of a person's data an access shows (Access.What).
const (
	// SeenAccountIDs: the platform's ids of the accounts a target resolved to.
	SeenAccountIDs = "account_ids"
	// SeenNotes: staff notes, which may say how a notice reached someone.
	SeenNotes = "notes"
	// SeenObjectionText: what an account holder wrote to object or move.
	SeenObjectionText = "objection_text"
	// SeenProduction: a production's package, with the records disclosed.
	SeenProduction = "production"
	// SeenContacts: an account holder's e-mail addresses or other contacts.
	SeenContacts = "contacts"
	// SeenEventLog: the case's events in full (the audit page and the
	// log API), which hold all of the above that was recorded.
	SeenEventLog = "event_log"
)

// Access is one time writ showed someone a person's data in a case: who,
// when, through what, and which kinds of data. A case's accesses are
// hash-chained like its events (AccessHash).
type Access struct {
	CaseID string    `json:"case_id"`
	Seq    int64     `json:"seq"`
	At     time.Time `json:"at"`
	// Actor is who was shown the data ("user:u-...").
	Actor string `json:"actor"`
	// Via is the page, API operation or command that showed it, e.g.
	// "page:case", "api:case-log", "cli:case log".
	Via string `json:"via"`
	// What lists the kinds of data shown (SeenAccountIDs, ...), sorted.
	What     []string `json:"what"`
	PrevHash string   `json:"prev_hash"`
	Hash     string   `json:"hash"`
}

// AccessLog keeps the accesses to people's data.
type AccessLog interface {
	// RecordAccess appends an access to its case's chain and returns it
	// with its Seq and hashes. A case that does not exist is
	// fault.NotFound; a access without actor, via or what is
	// fault.Invalid.
	RecordAccess(ctx context.Context, a Access) (Access, error)
	// Accesses returns a case's accesses in order, or fault.NotFound for
	// a case that does not exist.
	Accesses(ctx context.Context, caseID string) ([]Access, error)
	// AccessHead returns the seq and hash of a case's last access as the
	// case records them, moved with every append (0 and "" before any).
	AccessHead(ctx context.Context, caseID string) (seq int64, hash string, err error)
}

// AccessLogOf returns the access log of s, if s keeps one (every store
// Open returns does).
func AccessLogOf(s Store) (AccessLog, bool) {
	l, ok := s.(AccessLog)
	return l, ok
}

var _ AccessLog = (*sqlStore)(nil)

const accessVersion = "writ-access-v1"

// AccessHash returns the hash that links a into its case's access chain:
// the lowercase hex SHA-256 of the compact JSON array
//
//	["writ-access-v1",case_id,seq,at,actor,via,what,prev_hash]
//
// written as Hash writes an event's (what is the kinds joined by ",").
func AccessHash(a Access) string {
	return accessHash(a, strings.Join(a.What, ","))
}

// accessHash is AccessHash with what already joined, as it is stored.
func accessHash(a Access, what string) string {
	b := make([]byte, 0, 256)
	b = append(b, '[')
	b = appendString(b, accessVersion)
	b = append(b, ',')
	b = appendString(b, a.CaseID)
	b = append(b, ',')
	b = strconv.AppendInt(b, a.Seq, 10)
	b = append(b, ',')
	b = appendString(b, formatTime(a.At))
	b = append(b, ',')
	b = appendString(b, a.Actor)
	b = append(b, ',')
	b = appendString(b, a.Via)
	b = append(b, ',')
	b = appendString(b, what)
	b = append(b, ',')
	b = appendString(b, a.PrevHash)
	b = append(b, ']')
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// VerifyAccesses checks a case's accesses as Accesses returned them: seqs
// 1, 2, 3..., each linked to the one before and hashing to its Hash. It
// returns the seq of the first access that does not, or 0 when all do.
func VerifyAccesses(as []Access) int64 {
	prev := ZeroHash
	for i, a := range as {
		if a.Seq != int64(i+1) || a.PrevHash != prev || AccessHash(a) != a.Hash {
			return int64(i + 1)
		}
		prev = a.Hash
	}
	return 0
}

// VerifyAccessHead checks that a case's accesses end where the case says
// its access log ends (AccessHead): deleting the last accesses leaves a
// chain that verifies, but not a head that matches. It returns "" when
// they agree, else the problem in words.
func VerifyAccessHead(as []Access, seq int64, hash string) string {
	last, lastHash := int64(0), ""
	if n := len(as); n > 0 {
		last, lastHash = as[n-1].Seq, as[n-1].Hash
	}
	return accessHeadProblem(last, lastHash, seq, hash)
}

// accessHeadProblem compares the last access of a log (its seq and hash;
// 0 and "" for none) with the head its case records.
func accessHeadProblem(last int64, lastHash string, seq int64, hash string) string {
	switch {
	case last < seq:
		return fmt.Sprintf("the access log ends at access %d, but the case records %d: accesses were deleted from its end", last, seq)
	case last > seq:
		return fmt.Sprintf("the access log holds %d accesses, but the case records %d", last, seq)
	case lastHash != hash:
		return "the last access's hash is not the head the case records"
	}
	return ""
}

// accessAttempts bounds the retries of RecordAccess when another access to
// the same case took the next seq first.
const accessAttempts = 8

// RecordAccess appends an access; see AccessLog.
func (s *sqlStore) RecordAccess(ctx context.Context, a Access) (Access, error) {
	if a.Actor == "" || a.Via == "" || len(a.What) == 0 {
		return a, invalid("access", "needs an actor, a via and what was seen")
	}
	for _, f := range append([]string{a.Actor, a.Via}, a.What...) {
		if err := checkText(f, "access"); err != nil {
			return a, err
		}
	}
	if a.At.IsZero() {
		return a, invalid("at", "is required")
	}
	a.At = storedTime(a.At)
	a.What = slices.Clone(a.What)
	slices.Sort(a.What)
	a.What = slices.Compact(a.What)
	for range accessAttempts {
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			// The case's row is locked (on PostgreSQL) for the rest of the
			// transaction, so that accesses to one case are appended one
			// after another rather than racing for the next seq and the
			// log's leaf counter and retrying (twelve at once ran out of
			// tries under load).
			if _, _, err := s.lockCase(ctx, tx, a.CaseID); err != nil {
				return err
			}
			a.Seq, a.PrevHash = 1, ZeroHash
			err := tx.QueryRowContext(ctx, `SELECT seq + 1, hash FROM data_access WHERE case_id = $1 ORDER BY seq DESC LIMIT 1`, a.CaseID).
				Scan(&a.Seq, &a.PrevHash)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return fault.Wrap(fault.Internal, err, "could not read the access log of case %s", a.CaseID)
			}
			a.Hash = AccessHash(a)
			_, err = tx.ExecContext(ctx, `INSERT INTO data_access (case_id, seq, at, actor, via, what, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
				a.CaseID, a.Seq, s.d.timeArg(a.At), a.Actor, a.Via, strings.Join(a.What, ","), a.PrevHash, a.Hash)
			if err != nil {
				return s.dbError(err, "could not record an access to case "+a.CaseID)
			}
			// The case keeps the head; another access that took this seq
			// first makes the update miss, and the append is tried again.
			res, err := tx.ExecContext(ctx, `UPDATE cases SET access_seq = $1, access_head = $2 WHERE id = $3 AND access_seq = $4`,
				a.Seq, a.Hash, a.CaseID, a.Seq-1)
			if err != nil {
				return s.dbError(err, "could not record an access to case "+a.CaseID)
			}
			if n, err := res.RowsAffected(); err != nil || n != 1 {
				return fault.Errorf(fault.Conflict, "another access to case %s came first", a.CaseID)
			}
			return s.recordLeaves(ctx, tx, accessLeaf(a))
		})
		if fault.Is(err, fault.Conflict) {
			continue
		}
		return a, err
	}
	return a, fault.Errorf(fault.Conflict, "could not record an access to case %s: too many at once", a.CaseID)
}

// AccessHead returns the head of a case's access log; see AccessLog.
func (s *sqlStore) AccessHead(ctx context.Context, caseID string) (int64, string, error) {
	var seq int64
	var hash string
	err := s.db.QueryRowContext(ctx, `SELECT access_seq, access_head FROM cases WHERE id = $1`, caseID).Scan(&seq, &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", fault.Wrap(fault.NotFound, err, "case %s does not exist", caseID)
	}
	if err != nil {
		return 0, "", fault.Wrap(fault.Internal, err, "could not read the access log's head of case %s", caseID)
	}
	return seq, hash, nil
}

// Accesses returns a case's accesses; see AccessLog.
func (s *sqlStore) Accesses(ctx context.Context, caseID string) ([]Access, error) {
	if _, err := s.caseByID(ctx, s.db, caseID); err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT case_id, seq, at, actor, via, what, prev_hash, hash FROM data_access WHERE case_id = $1 ORDER BY seq`, caseID)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the access log of case %s", caseID)
	}
	defer rows.Close()
	out := []Access{}
	for rows.Next() {
		var (
			a    Access
			at   timeCol
			what string
		)
		if err := rows.Scan(&a.CaseID, &a.Seq, &at, &a.Actor, &a.Via, &what, &a.PrevHash, &a.Hash); err != nil {
			return nil, fault.Wrap(fault.Internal, err, "could not read the access log of case %s", caseID)
		}
		if a.At, err = at.time("at"); err != nil {
			return nil, err
		}
		a.What = strings.Split(what, ",")
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the access log of case %s", caseID)
	}
	return out, nil
}
