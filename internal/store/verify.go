package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/writ-project/writ/internal/fault"
)

// verifyQuery reads every case with its events, and every event whose case
// is gone, in one statement: one snapshot, so an append committing while
// Verify runs cannot show up as a break. Rows come grouped by case, events
// in seq order.
const verifyQuery = `
SELECT COALESCE(c.id, e.case_id), c.id IS NOT NULL, c.seq, c.head,
       e.seq, e.type, e.at, e.recorded_at, e.actor, CAST(e.payload AS TEXT), e.idempotency_key, e.prev_hash, e.hash
FROM cases c FULL OUTER JOIN events e ON e.case_id = c.id
ORDER BY COALESCE(c.id, e.case_id), e.seq`

// Verify recomputes every case's chain and reports every break.
func (s *sqlStore) Verify(ctx context.Context) ([]Break, error) {
	rows, err := s.db.QueryContext(ctx, verifyQuery)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the event log")
	}
	defer rows.Close()
	breaks := []Break{}
	var ch *chainCheck
	for rows.Next() {
		var (
			id                             string
			hasCase                        bool
			caseSeq, seq                   sql.NullInt64
			head, typ, actor, payload, key sql.NullString
			prevHash, hash                 sql.NullString
			at, recordedAt                 timeCol
		)
		if err := rows.Scan(&id, &hasCase, &caseSeq, &head, &seq, &typ, &at, &recordedAt, &actor, &payload, &key, &prevHash, &hash); err != nil {
			return nil, fault.Wrap(fault.Internal, err, "could not read the event log")
		}
		if ch == nil || ch.caseID != id {
			if ch != nil {
				breaks = append(breaks, ch.end()...)
			}
			ch = &chainCheck{caseID: id, hasCase: hasCase, caseSeq: caseSeq.Int64, caseHead: head.String, prev: ZeroHash, next: 1}
		}
		if !seq.Valid {
			continue // a case without events; end() reports it
		}
		ch.link(Event{
			CaseID: id, Seq: seq.Int64, Type: typ.String, At: at.T, RecordedAt: recordedAt.T, Actor: actor.String,
			Payload: json.RawMessage(payload.String), IdempotencyKey: key.String, PrevHash: prevHash.String, Hash: hash.String,
		}, at.Bad, recordedAt.Bad)
	}
	if err := rows.Err(); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the event log")
	}
	if ch != nil {
		breaks = append(breaks, ch.end()...)
	}
	return breaks, nil
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

// link checks one event. badAt and badRecordedAt hold time text that did
// not parse (SQLite only).
func (c *chainCheck) link(e Event, badAt, badRecordedAt string) {
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
	if Hash(e) != e.Hash {
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
