package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/base32"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/pressly/goose/v3"

	"github.com/writ-project/writ/internal/checkpoint"
	"github.com/writ-project/writ/internal/fault"
)

// dialect is what differs between SQLite and PostgreSQL. Everything else,
// the chain, the checks and the transactions, is written once in sqlStore,
// so that the two databases cannot drift apart in behaviour; the
// conformance suite (storetest) holds them to that.
type dialect struct {
	// name is "sqlite" or "postgres": the migrations folder, and what logs say.
	name  string
	goose goose.Dialect
	// lockCase reads the seq and head of case $1 and keeps any other writer
	// from appending to it until the transaction ends.
	lockCase string
	// timeArg turns a stored time into a query argument.
	timeArg func(time.Time) any
	// isUnique reports whether err is a unique-constraint violation.
	isUnique func(error) bool
	// beginRead begins, on a connection of its own, a transaction that
	// only reads, all of it from one snapshot (an audit's).
	beginRead string
}

// sqlStore is the Store over database/sql, for both dialects.
type sqlStore struct {
	db  *sql.DB
	d   dialect
	now func() time.Time
	// hot reads the queries asked on every request through statements
	// prepared once (see reads).
	hot *prepared

	closeOnce sync.Once
	closeErr  error

	// pagesFile is the SQLite file as the audit reads its pages
	// (verify_pages.go), closed after db.
	pagesFile auditFile
}

// newCaseID returns a fresh case ID: "c-" and 12 lowercase base32
// characters (60 random bits), short enough to read out on the phone and
// safe in a URL.
func newCaseID() (string, error) {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fault.Wrap(fault.Internal, err, "could not generate a case ID")
	}
	s := base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b[:])
	return "c-" + strings.ToLower(s[:12]), nil
}

// createAttempts bounds the retries of CreateCase after a unique violation:
// a concurrent request with the same idempotency key, found on the next
// attempt, or (in theory) a case ID drawn twice.
const createAttempts = 3

// CreateCase creates a case and its first event in one transaction.
func (s *sqlStore) CreateCase(ctx context.Context, c NewCase, first NewEvent, key string) (Case, []Event, error) {
	if err := checkNewCase(c); err != nil {
		return Case{}, nil, err
	}
	first, err := normalize(first, "event")
	if err != nil {
		return Case{}, nil, err
	}
	if err := checkKey(key); err != nil {
		return Case{}, nil, err
	}
	for attempt := 1; ; attempt++ {
		var (
			cs  Case
			evs []Event
		)
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			if key != "" {
				found, stored, ok, err := s.caseByKey(ctx, tx, key)
				if err != nil {
					return err
				}
				if ok {
					if found.Number != c.Number || found.Court != c.Court || len(stored) != 1 || !sameEvent(stored[0], first) {
						return fault.Errorf(fault.Conflict, "the idempotency key was already used to create a different case")
					}
					cs, evs = found, stored
					return nil
				}
			}
			id, err := newCaseID()
			if err != nil {
				return err
			}
			recordedAt := storedTime(s.now())
			evs = chain(id, 0, ZeroHash, key, recordedAt, []NewEvent{first})
			cs = Case{ID: id, Number: c.Number, Court: c.Court, CreatedAt: recordedAt, Seq: 1, Head: evs[0].Hash}
			if err := s.insertCase(ctx, tx, cs, key); err != nil {
				return err
			}
			return s.insertEvents(ctx, tx, evs, first)
		})
		if err != nil && s.d.isUnique(err) && attempt < createAttempts {
			continue
		}
		if err != nil {
			return Case{}, nil, err
		}
		return cs, evs, nil
	}
}

// checkNewCase checks what a caller states to open a case.
func checkNewCase(c NewCase) error {
	if c.Number == "" {
		return invalid("number", "is required")
	}
	if err := checkText(c.Number, "number"); err != nil {
		return err
	}
	if c.Court == "" {
		return invalid("court", "is required")
	}
	return checkText(c.Court, "court")
}

// Case returns one case.
func (s *sqlStore) Case(ctx context.Context, id string) (Case, error) {
	return s.caseByID(ctx, s.reads(), id)
}

// Cases returns every case, newest first.
func (s *sqlStore) Cases(ctx context.Context) ([]Case, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+caseColumns+` FROM cases ORDER BY created_at DESC, id DESC`)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not list the cases")
	}
	defer rows.Close()
	cases := []Case{}
	for rows.Next() {
		c, err := scanCase(rows)
		if err != nil {
			return nil, err
		}
		cases = append(cases, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not list the cases")
	}
	return cases, nil
}

// Append appends events to a case after expectedSeq, in one transaction.
func (s *sqlStore) Append(ctx context.Context, caseID string, expectedSeq int64, key string, events ...NewEvent) ([]Event, error) {
	if len(events) == 0 {
		return nil, invalid("events", "at least one event is required")
	}
	norm := make([]NewEvent, len(events))
	for i, e := range events {
		var err error
		if norm[i], err = normalize(e, fmt.Sprintf("events[%d]", i)); err != nil {
			return nil, err
		}
	}
	if err := checkKey(key); err != nil {
		return nil, err
	}
	var out []Event
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		seq, head, err := s.lockCase(ctx, tx, caseID)
		if err != nil {
			return err
		}
		// A retry is recognised before the seq is checked: the first
		// attempt moved the case on, so the retry's expectedSeq is stale.
		if key != "" {
			stored, err := s.eventsByKey(ctx, tx, caseID, key)
			if err != nil {
				return err
			}
			if len(stored) > 0 {
				if !sameEvents(stored, norm) {
					return fault.Errorf(fault.Conflict, "the idempotency key was already used on case %s for different events", caseID)
				}
				out = stored
				return nil
			}
		}
		if seq != expectedSeq {
			return fault.Errorf(fault.Conflict, "case %s is at event %d, not %d: another write came first; reload and try again", caseID, seq, expectedSeq)
		}
		out = chain(caseID, seq, head, key, storedTime(s.now()), norm)
		if err := s.insertEvents(ctx, tx, out, norm...); err != nil {
			return err
		}
		last := out[len(out)-1]
		return s.moveHead(ctx, tx, caseID, seq, last.Seq, last.Hash)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// sameEvents reports whether stored events record what events state, in order.
func sameEvents(stored []Event, events []NewEvent) bool {
	if len(stored) != len(events) {
		return false
	}
	for i := range stored {
		if !sameEvent(stored[i], events[i]) {
			return false
		}
	}
	return true
}

// Events returns a case's events in seq order.
func (s *sqlStore) Events(ctx context.Context, caseID string) ([]Event, error) {
	evs, err := s.queryEvents(ctx, s.reads(), `WHERE case_id = $1 ORDER BY seq`, caseID)
	if err != nil {
		return nil, err
	}
	if len(evs) == 0 {
		// Every case has a first event, so no events most likely means no
		// case; say which.
		if _, err := s.caseByID(ctx, s.reads(), caseID); err != nil {
			return nil, err
		}
	}
	return evs, nil
}

// Close closes the database; closing twice is harmless.
func (s *sqlStore) Close() error {
	s.closeOnce.Do(func() {
		var stmts error
		if s.hot != nil {
			stmts = s.hot.close()
		}
		s.closeErr = errors.Join(stmts, s.db.Close(), s.pagesFile.close())
	})
	return s.closeErr
}

// inTx runs fn in a transaction and commits it if fn succeeds. On SQLite
// the transaction takes the write lock up front (_txlock=immediate), so two
// writers queue instead of failing halfway.
func (s *sqlStore) inTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return s.dbError(err, "could not start a transaction")
	}
	if err := fn(tx); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return s.dbError(err, "could not commit the transaction")
	}
	return nil
}

// dbError wraps an error of the database: a unique violation means another
// writer came first (fault.Conflict); anything else is fault.Internal.
func (s *sqlStore) dbError(err error, msg string) error {
	if s.d.isUnique(err) {
		return fault.Wrap(fault.Conflict, err, "another write came first; reload and try again")
	}
	return fault.Wrap(fault.Internal, err, "%s", msg)
}

// execer is a *sql.DB or a *sql.Tx, for writing.
type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// reads is the querier for the reads asked on every request: through
// statements prepared once (prepared), outside any transaction.
func (s *sqlStore) reads() querier {
	if s.hot == nil {
		return s.db
	}
	return s.hot
}

// querier is what both *sql.DB and *sql.Tx offer for reading.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

const caseColumns = `id, number, court, created_at, seq, head`

// scanner is a *sql.Row or *sql.Rows.
type scanner interface{ Scan(dest ...any) error }

// scanCase reads a row of caseColumns.
func scanCase(r scanner) (Case, error) {
	var (
		c       Case
		created timeCol
	)
	if err := r.Scan(&c.ID, &c.Number, &c.Court, &created, &c.Seq, &c.Head); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return Case{}, err
		}
		return Case{}, fault.Wrap(fault.Internal, err, "could not read a case")
	}
	t, err := created.time("created_at")
	if err != nil {
		return Case{}, err
	}
	c.CreatedAt = t
	return c, nil
}

// caseByID reads one case.
func (s *sqlStore) caseByID(ctx context.Context, q querier, id string) (Case, error) {
	c, err := scanCase(q.QueryRowContext(ctx, `SELECT `+caseColumns+` FROM cases WHERE id = $1`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Case{}, fault.Wrap(fault.NotFound, err, "case %s does not exist", id)
	}
	return c, err
}

// caseByKey finds the case created with an idempotency key, and its first
// event; ok is false when the key was never used.
func (s *sqlStore) caseByKey(ctx context.Context, tx *sql.Tx, key string) (c Case, first []Event, ok bool, err error) {
	c, err = scanCase(tx.QueryRowContext(ctx, `SELECT `+caseColumns+` FROM cases WHERE idempotency_key = $1`, key))
	if errors.Is(err, sql.ErrNoRows) {
		return Case{}, nil, false, nil
	}
	if err != nil {
		return Case{}, nil, false, err
	}
	first, err = s.queryEvents(ctx, tx, `WHERE case_id = $1 AND seq = 1`, c.ID)
	if err != nil {
		return Case{}, nil, false, err
	}
	return c, first, true, nil
}

// insertCase writes a case row with the seq and head of its first event.
func (s *sqlStore) insertCase(ctx context.Context, tx *sql.Tx, c Case, key string) error {
	k := sql.NullString{String: key, Valid: key != ""}
	_, err := tx.ExecContext(ctx,
		`INSERT INTO cases (id, number, court, created_at, seq, head, idempotency_key) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
		c.ID, c.Number, c.Court, s.d.timeArg(c.CreatedAt), c.Seq, c.Head, k)
	if err != nil {
		return s.dbError(err, "could not create the case")
	}
	return nil
}

// lockCase reads the seq and head of a case and holds off every other
// writer to it until tx ends.
func (s *sqlStore) lockCase(ctx context.Context, tx *sql.Tx, caseID string) (seq int64, head string, err error) {
	err = tx.QueryRowContext(ctx, s.d.lockCase, caseID).Scan(&seq, &head)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, "", fault.Wrap(fault.NotFound, err, "case %s does not exist", caseID)
	}
	if err != nil {
		return 0, "", s.dbError(err, "could not read the case")
	}
	return seq, head, nil
}

// moveHead records the case's new last event. The seq in the WHERE clause
// is a second guard: it matches only if no one else moved the head.
func (s *sqlStore) moveHead(ctx context.Context, tx *sql.Tx, caseID string, fromSeq, toSeq int64, head string) error {
	res, err := tx.ExecContext(ctx, `UPDATE cases SET seq = $1, head = $2 WHERE id = $3 AND seq = $4`, toSeq, head, caseID, fromSeq)
	if err != nil {
		return s.dbError(err, "could not update the case")
	}
	n, err := res.RowsAffected()
	if err != nil {
		return s.dbError(err, "could not update the case")
	}
	if n != 1 {
		return fault.Errorf(fault.Conflict, "case %s changed while it was being written; reload and try again", caseID)
	}
	return nil
}

// chain numbers and links events after the event (seq, head) of a case,
// all recorded at the same instant under the same key.
func chain(caseID string, seq int64, head, key string, recordedAt time.Time, events []NewEvent) []Event {
	out := make([]Event, len(events))
	for i, ne := range events {
		e := Event{
			CaseID: caseID, Seq: seq + int64(i) + 1, Type: ne.Type, At: ne.At, RecordedAt: recordedAt,
			Actor: ne.Actor, Payload: ne.Payload, IdempotencyKey: key, PrevHash: head,
		}
		e.Hash = Hash(e)
		out[i], head = e, e.Hash
	}
	return out
}

// insertEvents writes chained events, and the blobs of each (news, the
// new events as the caller stated them, in the same order).
func (s *sqlStore) insertEvents(ctx context.Context, tx *sql.Tx, events []Event, news ...NewEvent) error {
	for i, e := range events {
		if i < len(news) {
			for _, b := range news[i].Blobs {
				if err := s.insertBlob(ctx, tx, e.CaseID, b, e.RecordedAt); err != nil {
					return err
				}
			}
		}
		_, err := tx.ExecContext(ctx,
			`INSERT INTO events (case_id, seq, type, at, recorded_at, actor, payload, idempotency_key, prev_hash, hash)
			 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
			e.CaseID, e.Seq, e.Type, s.d.timeArg(e.At), s.d.timeArg(e.RecordedAt), e.Actor, string(e.Payload),
			e.IdempotencyKey, e.PrevHash, e.Hash)
		if err != nil {
			return s.dbError(err, "could not write the event")
		}
	}
	leaves := make([]checkpoint.Leaf, len(events))
	for i, e := range events {
		leaves[i] = eventLeaf(e)
	}
	return s.recordLeaves(ctx, tx, leaves...)
}

// eventsByKey returns the events a case stored under an idempotency key.
func (s *sqlStore) eventsByKey(ctx context.Context, tx *sql.Tx, caseID, key string) ([]Event, error) {
	return s.queryEvents(ctx, tx, `WHERE case_id = $1 AND idempotency_key = $2 ORDER BY seq`, caseID, key)
}

const eventColumns = `case_id, seq, type, at, recorded_at, actor, CAST(payload AS TEXT), idempotency_key, prev_hash, hash`

// queryEvents reads the events selected by a WHERE (and ORDER BY) clause.
func (s *sqlStore) queryEvents(ctx context.Context, q querier, where string, args ...any) ([]Event, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+eventColumns+` FROM events `+where, args...)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the events")
	}
	defer rows.Close()
	evs := []Event{}
	for rows.Next() {
		var (
			e       Event
			at, rec timeCol
			payload string
		)
		if err := rows.Scan(&e.CaseID, &e.Seq, &e.Type, &at, &rec, &e.Actor, &payload, &e.IdempotencyKey, &e.PrevHash, &e.Hash); err != nil {
			return nil, fault.Wrap(fault.Internal, err, "could not read the events")
		}
		if e.At, err = at.time("at"); err != nil {
			return nil, err
		}
		if e.RecordedAt, err = rec.time("recorded_at"); err != nil {
			return nil, err
		}
		e.Payload = json.RawMessage(payload)
		evs = append(evs, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the events")
	}
	return evs, nil
}

// timeCol scans a time column of either database: PostgreSQL gives a
// time.Time, SQLite the text the store wrote. Text that does not parse is
// kept in Bad rather than failing the scan, so that Verify can report it
// as a break.
type timeCol struct {
	T     time.Time
	Valid bool
	Bad   string
}

// Scan implements sql.Scanner.
func (c *timeCol) Scan(v any) error {
	*c = timeCol{}
	var s string
	switch v := v.(type) {
	case nil:
		return nil
	case time.Time:
		c.T, c.Valid = v.UTC(), true
		return nil
	case string:
		s = v
	case []byte:
		s = string(v)
	default:
		c.Bad = fmt.Sprint(v)
		return nil
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		c.Bad = s
		return nil
	}
	c.T, c.Valid = t.UTC(), true
	return nil
}

// time returns the scanned time, or an error naming the column.
func (c timeCol) time(column string) (time.Time, error) {
	if !c.Valid {
		return time.Time{}, fault.Wrap(fault.Internal, fmt.Errorf("stored %s %q is not a time", column, c.Bad),
			"a stored time cannot be read; `writ audit verify` says where")
	}
	return c.T, nil
}

// errProbeDone ends the write probe's transaction without committing.
var errProbeDone = errors.New("write probe done")

// Writable tries a write that changes nothing (an update of no row, in a
// transaction rolled back), which a read-only database refuses before it
// looks at any row: SQLite takes its write lock, PostgreSQL checks the
// transaction's mode.
func (s *sqlStore) Writable(ctx context.Context) error {
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE cases SET seq = seq WHERE id = ''`); err != nil {
			return err
		}
		return errProbeDone
	})
	if errors.Is(err, errProbeDone) {
		return nil
	}
	return fault.Wrap(fault.Internal, err, "the database does not take writes")
}
