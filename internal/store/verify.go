package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"database/sql/driver"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/writ-project/writ/internal/fault"
)

// Audit is what a check of the whole store found: every case's chain of
// events and its head, every case's access log and its head, and every
// blob against its name.
type Audit struct {
	// Cases counts the cases read, Events the events their heads say they
	// hold, Accesses the accesses read and Blobs the blobs.
	Cases, Events, Accesses, Blobs int64
	// Breaks are every failed check: the events' (as Verify), then the
	// access logs', then the blobs' (as VerifyBlobs), each in the order of
	// the cases' ids.
	Breaks []Break
	// Orphans are the blobs no event of their case names (see
	// VerifyBlobs): kept, and no break.
	Orphans []Break
}

// Auditor checks a whole store at once.
type Auditor interface {
	// Audit reads every case, event, access and blob once, in parallel,
	// and checks them all (see Audit). Each case is read in one snapshot:
	// an append that commits while Audit runs cannot show up as a break.
	Audit(ctx context.Context) (*Audit, error)
}

// AuditorOf returns the auditor of s, if it has one (every store Open
// returns does).
func AuditorOf(s Store) (Auditor, bool) {
	a, ok := s.(Auditor)
	return a, ok
}

var _ Auditor = (*sqlStore)(nil)

// What an audit checks.
const (
	auditEvents = 1 << iota
	auditAccesses
	auditBlobs
	auditAll = auditEvents | auditAccesses | auditBlobs
)

// Audit checks the whole store; see Auditor.
func (s *sqlStore) Audit(ctx context.Context) (*Audit, error) {
	return s.audit(ctx, auditAll)
}

// Verify recomputes every case's chain and reports every break.
func (s *sqlStore) Verify(ctx context.Context) ([]Break, error) {
	a, err := s.audit(ctx, auditEvents)
	if err != nil {
		return nil, err
	}
	return a.Breaks, nil
}

// VerifyBlobs checks every blob; see Store.
func (s *sqlStore) VerifyBlobs(ctx context.Context) (breaks, orphans []Break, err error) {
	a, err := s.audit(ctx, auditBlobs)
	if err != nil {
		return nil, nil, err
	}
	return a.Breaks, a.Orphans, nil
}

// An audit cuts the cases, in the order of their ids, into ranges of
// about auditRange cases (partitions), and checks the ranges on as many
// connections at once as there are cores. A range is read in one read
// transaction of one connection (one snapshot: a case, its events, its
// accesses and its blobs are read as they stood together), a table at a
// time in the order of the cases' ids, so that what is held at once is a
// range's cases, never the events: the memory an audit takes does not grow
// with the store.
var (
	auditRangeMin, auditRangeMax = 64, 2048
	auditWorkers                 = runtime.GOMAXPROCS(0)
)

// auditPart is one range of cases, [from, to); "" leaves a side open.
type auditPart struct {
	from, to string
}

func (s *sqlStore) audit(ctx context.Context, what int) (*Audit, error) {
	if s.d.name == "sqlite" {
		return s.auditScan(ctx, what)
	}
	return s.auditRanges(ctx, what)
}

// auditRanges is audit on PostgreSQL, whose index scans read as fast as its
// tables: each range of cases, read in the order of their ids, is checked
// as it is read.
func (s *sqlStore) auditRanges(ctx context.Context, what int) (*Audit, error) {
	parts, err := s.auditParts(ctx)
	if err != nil {
		return nil, err
	}
	results := make([]*auditResult, len(parts))
	errs := make([]error, len(parts))
	work := make(chan int)
	var wg sync.WaitGroup
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for range min(max(1, auditWorkers), len(parts)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				results[i], errs[i] = s.auditPart(ctx, parts[i], what)
				if errs[i] != nil {
					cancel()
				}
			}
		}()
	}
	for i := range parts {
		select {
		case work <- i:
		case <-ctx.Done():
		}
	}
	close(work)
	wg.Wait()
	a := &Audit{Breaks: []Break{}}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var accessBreaks, blobBreaks []Break
	for _, r := range results {
		a.Cases += r.cases
		a.Events += r.events
		a.Accesses += r.accesses
		a.Blobs += r.blobs
		a.Breaks = append(a.Breaks, r.eventBreaks...)
		accessBreaks = append(accessBreaks, r.accessBreaks...)
		blobBreaks = append(blobBreaks, r.blobBreaks...)
		a.Orphans = append(a.Orphans, r.orphans...)
	}
	a.Breaks = append(append(a.Breaks, accessBreaks...), blobBreaks...)
	return a, nil
}

// auditParts cuts the cases into ranges, reading their ids once and
// keeping only every range's first.
func (s *sqlStore) auditParts(ctx context.Context) ([]auditPart, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM cases`).Scan(&n); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the event log")
	}
	// Enough ranges for every connection to have several, so that one
	// slow range does not leave the others' cores idle.
	size := min(max(n/(8*max(1, auditWorkers)), auditRangeMin), auditRangeMax)
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM cases ORDER BY id`)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the event log")
	}
	defer rows.Close()
	parts := []auditPart{{}}
	for i := 0; rows.Next(); i++ {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fault.Wrap(fault.Internal, err, "could not read the event log")
		}
		if i > 0 && i%size == 0 {
			parts[len(parts)-1].to = id
			parts = append(parts, auditPart{from: id})
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the event log")
	}
	return parts, nil
}

// where restricts a column to the range, with its arguments.
func (p auditPart) where(column string) (string, []any) {
	switch {
	case p.from != "" && p.to != "":
		return " WHERE " + column + " >= $1 AND " + column + " < $2", []any{p.from, p.to}
	case p.from != "":
		return " WHERE " + column + " >= $1", []any{p.from}
	case p.to != "":
		return " WHERE " + column + " < $1", []any{p.to}
	}
	return "", nil
}

// auditResult is what the audit of one range found.
type auditResult struct {
	cases, events, accesses, blobs int64
	eventBreaks                    []Break
	accessBreaks                   []Break
	blobBreaks                     []Break
	orphans                        []Break
}

// auditCase is what a range's audit keeps of one case while it reads.
type auditCase struct {
	// record is set for a case whose record was read; a blob whose case
	// record is gone has an auditCase without one.
	record           bool
	seq, accessSeq   int64
	head, accessHead string
	hasEvents        bool
	blobs            []string // the names of its blobs
	named            []bool   // whether an event names blobs[i]
	// The access log as read so far: the last access that verified, its
	// hash, and the first that did not (0: none).
	accessLast int64
	accessHash string
	accessBad  int64
}

// auditPart checks one range, in one read transaction of one connection.
func (s *sqlStore) auditPart(ctx context.Context, p auditPart, what int) (*auditResult, error) {
	conn, release, err := s.auditConn(ctx)
	if err != nil {
		return nil, err
	}
	defer release()
	if _, err := conn.ExecContext(ctx, s.d.beginRead); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the event log")
	}
	defer func() {
		// A connection that cannot end its transaction is not given back
		// to the pool in one.
		if _, err := conn.ExecContext(context.WithoutCancel(ctx), "ROLLBACK"); err != nil {
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		}
	}()
	r := &auditResult{}
	cases, ids, err := auditCases(ctx, conn, p)
	if err != nil {
		return nil, err
	}
	for _, id := range ids {
		r.cases++
		r.events += cases[id].seq
	}
	if what&(auditBlobs) != 0 {
		if err := auditBlobRows(ctx, conn, p, cases, r); err != nil {
			return nil, err
		}
	}
	if what&(auditEvents|auditBlobs) != 0 {
		if err := auditEventRows(ctx, conn, p, cases, ids, what, r); err != nil {
			return nil, err
		}
	}
	if what&auditBlobs != 0 {
		blobCases := make([]string, 0, len(cases))
		for id, c := range cases {
			if len(c.blobs) > 0 {
				blobCases = append(blobCases, id)
			}
		}
		slices.Sort(blobCases)
		for _, id := range blobCases {
			c := cases[id]
			for i, name := range c.blobs {
				if !c.named[i] {
					r.orphans = append(r.orphans, Break{CaseID: id, Problem: fmt.Sprintf("blob %s is named by no event", name)})
				}
			}
		}
	}
	if what&auditAccesses != 0 {
		if err := auditAccessRows(ctx, conn, p, cases, ids, r); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// auditCases reads the range's cases, and their ids in order.
func auditCases(ctx context.Context, conn *sql.Conn, p auditPart) (map[string]*auditCase, []string, error) {
	where, args := p.where("id")
	rows, err := conn.QueryContext(ctx, `SELECT id, seq, head, access_seq, access_head FROM cases`+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, nil, fault.Wrap(fault.Internal, err, "could not read the event log")
	}
	defer rows.Close()
	cases := map[string]*auditCase{}
	var ids []string
	for rows.Next() {
		var id string
		c := &auditCase{record: true, accessHash: ZeroHash}
		if err := rows.Scan(&id, &c.seq, &c.head, &c.accessSeq, &c.accessHead); err != nil {
			return nil, nil, fault.Wrap(fault.Internal, err, "could not read the event log")
		}
		cases[id] = c
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fault.Wrap(fault.Internal, err, "could not read the event log")
	}
	return cases, ids, nil
}

// auditBlobRows checks the range's blobs against their names, and notes
// each blob's name with its case for the events to name.
func auditBlobRows(ctx context.Context, conn *sql.Conn, p auditPart, cases map[string]*auditCase, r *auditResult) error {
	where, args := p.where("case_id")
	rows, err := conn.QueryContext(ctx, `SELECT case_id, sha256, data FROM blobs`+where+` ORDER BY case_id, sha256`, args...)
	if err != nil {
		return fault.Wrap(fault.Internal, err, "could not read the blobs")
	}
	defer rows.Close()
	for rows.Next() {
		var id, name string
		var data sql.RawBytes
		if err := rows.Scan(&id, &name, &data); err != nil {
			return fault.Wrap(fault.Internal, err, "could not read the blobs")
		}
		r.blobs++
		if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != name {
			r.blobBreaks = append(r.blobBreaks, Break{CaseID: id, Problem: fmt.Sprintf("blob %s no longer matches its SHA-256", name)})
		}
		c := cases[id]
		if c == nil {
			// A blob whose case record is gone: its events, if any, are
			// still read below.
			c = &auditCase{}
			cases[id] = c
		}
		c.blobs = append(c.blobs, name)
		c.named = append(c.named, false)
	}
	if err := rows.Err(); err != nil {
		return fault.Wrap(fault.Internal, err, "could not read the blobs")
	}
	return nil
}

// auditEventRows reads the range's events in the order of their cases and
// seqs, checks each case's chain against its head (when what holds
// auditEvents), and marks the blobs their payloads name.
func auditEventRows(ctx context.Context, conn *sql.Conn, p auditPart, cases map[string]*auditCase, ids []string, what int, r *auditResult) error {
	where, args := p.where("case_id")
	rows, err := conn.QueryContext(ctx, `SELECT case_id, seq, type, at, recorded_at, actor, CAST(payload AS TEXT), idempotency_key, prev_hash, hash
FROM events`+where+` ORDER BY case_id, seq`, args...)
	if err != nil {
		return fault.Wrap(fault.Internal, err, "could not read the event log")
	}
	defer rows.Close()
	checkEvents := what&auditEvents != 0
	// Cases are checked in the order of their ids, those without events
	// among them: next is the place in ids of the next case with a record.
	next := 0
	var ch *chainCheck
	flush := func(upTo string) {
		if ch != nil {
			r.eventBreaks = append(r.eventBreaks, ch.end()...)
			ch = nil
		}
		for ; next < len(ids) && (upTo == "" || ids[next] < upTo); next++ {
			if !cases[ids[next]].hasEvents {
				c := cases[ids[next]]
				empty := &chainCheck{caseID: ids[next], hasCase: true, caseSeq: c.seq, caseHead: c.head, prev: ZeroHash, next: 1}
				r.eventBreaks = append(r.eventBreaks, empty.end()...)
			}
		}
	}
	var canon []byte
	for rows.Next() {
		var (
			e              Event
			payload        sql.RawBytes
			at, recordedAt timeCol
		)
		if err := rows.Scan(&e.CaseID, &e.Seq, &e.Type, &at, &recordedAt, &e.Actor, &payload, &e.IdempotencyKey, &e.PrevHash, &e.Hash); err != nil {
			return fault.Wrap(fault.Internal, err, "could not read the event log")
		}
		e.At, e.RecordedAt, e.Payload = at.T, recordedAt.T, json.RawMessage(payload)
		c := cases[e.CaseID]
		if c != nil {
			for i, name := range c.blobs {
				if !c.named[i] && bytes.Contains(payload, []byte(name)) {
					c.named[i] = true
				}
			}
		}
		if !checkEvents {
			continue
		}
		if ch == nil || ch.caseID != e.CaseID {
			if c != nil && !c.record {
				c = nil // noted by auditBlobRows for a blob
			}
			flush(e.CaseID)
			ch = &chainCheck{caseID: e.CaseID, hasCase: c != nil, prev: ZeroHash, next: 1}
			if c != nil {
				ch.caseSeq, ch.caseHead = c.seq, c.head
				c.hasEvents = true
				if next < len(ids) && ids[next] == e.CaseID {
					next++
				}
			}
		}
		canon = appendCanonical(canon[:0], e, e.Payload)
		sum := sha256.Sum256(canon)
		ch.link(e, hex.EncodeToString(sum[:]), at.Bad, recordedAt.Bad)
	}
	if err := rows.Err(); err != nil {
		return fault.Wrap(fault.Internal, err, "could not read the event log")
	}
	if checkEvents {
		flush("")
	}
	return nil
}

// auditAccessRows reads the range's access logs in the order of their
// cases and seqs and checks each against its chain and its case's head
// (as VerifyAccesses and VerifyAccessHead do), for the cases whose
// records are there.
func auditAccessRows(ctx context.Context, conn *sql.Conn, p auditPart, cases map[string]*auditCase, ids []string, r *auditResult) error {
	where, args := p.where("case_id")
	rows, err := conn.QueryContext(ctx, `SELECT case_id, seq, at, actor, via, what, prev_hash, hash FROM data_access`+where+` ORDER BY case_id, seq`, args...)
	if err != nil {
		return fault.Wrap(fault.Internal, err, "could not read the access logs")
	}
	defer rows.Close()
	var cur *auditCase
	curID := ""
	for rows.Next() {
		var (
			a    Access
			at   timeCol
			what string
		)
		if err := rows.Scan(&a.CaseID, &a.Seq, &at, &a.Actor, &a.Via, &what, &a.PrevHash, &a.Hash); err != nil {
			return fault.Wrap(fault.Internal, err, "could not read the access logs")
		}
		r.accesses++
		if a.CaseID != curID {
			curID, cur = a.CaseID, cases[a.CaseID]
			if cur != nil && !cur.record {
				cur = nil
			}
		}
		if cur == nil || cur.accessBad != 0 {
			continue // no case record (the events' check says so), or broken already
		}
		a.At = at.T
		n := cur.accessLast + 1
		if a.Seq != n || a.PrevHash != cur.accessHash || at.Bad != "" || accessHash(a, what) != a.Hash {
			cur.accessBad = n
			continue
		}
		cur.accessLast, cur.accessHash = a.Seq, a.Hash
	}
	if err := rows.Err(); err != nil {
		return fault.Wrap(fault.Internal, err, "could not read the access logs")
	}
	// As VerifyAccesses and VerifyAccessHead say it.
	for _, id := range ids {
		c := cases[id]
		if c.accessBad != 0 {
			r.accessBreaks = append(r.accessBreaks, Break{CaseID: id, Seq: c.accessBad, Problem: fmt.Sprintf("access %d: the access log's chain breaks here", c.accessBad)})
			continue
		}
		last, lastHash := c.accessLast, ""
		if last > 0 {
			lastHash = c.accessHash
		}
		if p := accessHeadProblem(last, lastHash, c.accessSeq, c.accessHead); p != "" {
			r.accessBreaks = append(r.accessBreaks, Break{CaseID: id, Seq: c.accessSeq, Problem: "access log: " + p})
		}
	}
	return nil
}

// chainCheck checks one case's events as they are read, in seq order. Each link
// is checked against the stored hash before it, not a recomputed one, so
// that one altered event is reported once rather than as the ruin of every
// event after it.
type chainCheck struct {
	caseID   string
	hasCase  bool
	caseSeq  int64
	caseHead string

	next   int64  // the seq the next event should have
	prev   string // the stored hash of the event before
	last   int64  // the seq of the last event read, 0 for none
	breaks []Break
}

// link checks one event, whose contents hash to hash (Hash(e), computed
// by the caller into a buffer it reuses). badAt and badRecordedAt hold
// time text that did not parse (SQLite only).
func (c *chainCheck) link(e Event, hash, badAt, badRecordedAt string) {
	var problems []string
	switch {
	case e.Seq > c.next:
		missing := fmt.Sprintf("event %d is missing", c.next)
		if e.Seq > c.next+1 {
			missing = fmt.Sprintf("events %d to %d are missing", c.next, e.Seq-1)
		}
		if c.last == 0 {
			c.report(c.next, fmt.Sprintf("%s: the chain starts at event %d", missing, e.Seq))
		} else {
			c.report(c.next, fmt.Sprintf("%s: the chain goes from event %d to event %d", missing, c.last, e.Seq))
		}
	case e.Seq < c.next:
		problems = append(problems, fmt.Sprintf("it is numbered %d but follows event %d", e.Seq, c.last))
	}
	if e.PrevHash != c.prev {
		if c.last == 0 {
			problems = append(problems, "it is the first event but its prev_hash is not the zero hash")
		} else {
			problems = append(problems, fmt.Sprintf("its prev_hash is not the hash of event %d before it (an event was removed, reordered or renumbered)", c.last))
		}
	}
	if badAt != "" || badRecordedAt != "" {
		problems = append(problems, "a stored time is not a time")
	}
	if hash != e.Hash {
		problems = append(problems, "its contents do not match its hash (its type, times, actor, key, payload, seq or case were altered)")
	}
	if len(problems) > 0 {
		c.report(e.Seq, "event "+fmt.Sprint(e.Seq)+": "+strings.Join(problems, "; "))
	}
	c.prev, c.last = e.Hash, e.Seq
	if e.Seq >= c.next {
		c.next = e.Seq + 1
	}
}

// end checks the case record against the last event, and returns the
// case's breaks.
func (c *chainCheck) end() []Break {
	switch {
	case !c.hasCase:
		c.report(c.last, fmt.Sprintf("the case record is missing (deleted?) but its events remain, the last being event %d", c.last))
	case c.last == 0:
		c.report(c.caseSeq, "the case has no events (they were deleted?)")
	case c.caseSeq > c.last:
		c.report(c.last+1, fmt.Sprintf("the case head is at event %d but the last event is %d: events after %d were deleted", c.caseSeq, c.last, c.last))
	case c.caseSeq < c.last:
		c.report(c.caseSeq+1, fmt.Sprintf("the case head is at event %d but events run to %d: events were added behind the store's back, or the head was altered", c.caseSeq, c.last))
	case c.caseHead != c.prev:
		c.report(c.caseSeq, fmt.Sprintf("the case head hash does not match the hash of its last event %d: the head or the event was altered", c.last))
	}
	return c.breaks
}

func (c *chainCheck) report(seq int64, problem string) {
	c.breaks = append(c.breaks, Break{CaseID: c.caseID, Seq: seq, Problem: problem})
}
