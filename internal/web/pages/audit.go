package pages

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
)

// auditData is a case's audit page: its events with their hashes, and
// whether the chain verifies (invariant 4).
type auditData struct {
	CaseID, CaseNumber string
	Events             []auditLine
	Breaks             []store.Break
	Verified           bool
	// Partial is set when the payloads are shown as the principal's case
	// page shows the events (the court's), not whole.
	Partial bool
	// Accesses is who was shown a person's data in the case, and
	// AccessBreak the first access whose chain link fails (0: none).
	Accesses    []store.Access
	AccessBreak int64
	// AccessHead says how the access log's end differs from the head the
	// case records ("" when it ends there): deleting the last accesses
	// leaves a chain that verifies, but not this.
	AccessHead string
}

// auditLine is one event of the audit page.
type auditLine struct {
	Seq            int64
	Type           string
	At, RecordedAt time.Time
	Actor, By      string
	Payload        string
	Hash, PrevHash string
	Withheld       bool
}

// auditPage shows a case's hash-chained log, for the roles that may see
// the audit trail (staff and the court; counsel never). Staff see every
// payload whole; anyone who may not see who the account holders are (the
// court) sees of each event what their case page shows of it, no more
// (issue 13): the hashes are of the whole events, and the page says that
// the chain verifies, which writ checked on the whole.
func (s *Pages) auditPage(w http.ResponseWriter, r *http.Request, p access.Principal) {
	c, ref, ok := s.pageCase(w, r, p, access.ViewAudit)
	if !ok {
		return
	}
	breaks, err := s.Cases.Store.Verify(r.Context())
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	whole := access.Can(p, access.ViewIdentities, ref)
	a, err := matter.Assess(c.Events, c.Calendar, s.Now())
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	d := auditData{CaseID: c.ID, CaseNumber: c.Order.CaseNumber, Partial: !whole}
	seen := []string{store.SeenEventLog}
	if !whole {
		seen = nil
	}
	name := s.actorNames(r.Context())
	advised := advisedOf(a)
	for i, se := range c.Stored {
		l := auditLine{Seq: se.Seq, Type: se.Type, At: se.At, RecordedAt: se.RecordedAt, Actor: se.Actor, By: name(se.Actor),
			Payload: string(se.Payload), Hash: se.Hash, PrevHash: se.PrevHash}
		if !whole && i < len(c.Events) {
			var shown []string
			l.Payload, l.Withheld, shown = shownPayload(c.Events[i], se, advised)
			seen = append(seen, shown...)
		}
		d.Events = append(d.Events, l)
	}
	for _, b := range breaks {
		if b.CaseID == c.ID {
			d.Breaks = append(d.Breaks, b)
		}
	}
	d.Verified = len(d.Breaks) == 0
	// Record what this page shows before reading the access log, so that
	// the log shows this visit too.
	if err := s.Seen.Record(r.Context(), p, c.ID, "page:audit", dedupe(seen)...); err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	if s.Accesses != nil {
		// The head first: an access recorded between the two readings
		// is then one past the head, not a mismatch.
		seq, head, err := s.Accesses.AccessHead(r.Context(), c.ID)
		if err != nil {
			s.pageFault(w, r, p, err)
			return
		}
		if d.Accesses, err = s.Accesses.Accesses(r.Context(), c.ID); err != nil {
			s.pageFault(w, r, p, err)
			return
		}
		d.AccessBreak = store.VerifyAccesses(d.Accesses)
		upTo := d.Accesses
		for len(upTo) > 0 && upTo[len(upTo)-1].Seq > seq {
			upTo = upTo[:len(upTo)-1]
		}
		d.AccessHead = store.VerifyAccessHead(upTo, seq, head)
	}
	s.render(w, r, http.StatusOK, "audit", page{Title: "Audit " + c.Order.CaseNumber, Principal: &p, Data: d})
}

// auditShown are the fields of an event's payload that the case page
// shows anyone who sees the case's timeline: what happened, to which
// account label, on what, with what outcome, the order. A field not
// listed is withheld, so that a field added to events later is withheld
// until someone decides the court may read it.
var auditShown = map[string]bool{
	"order": true, "account": true, "method": true, "with_order": true, "conforms": true, "id": true, "on": true, "by": true,
	"outcome": true, "relief": true, "scope": true, "docket": true, "corrects": true,
}

// shownPayload is an event's payload as the case page shows it to the
// court: the fields of auditShown; the note and files of a motion, and of
// an objection once the court was advised of it; of a correction, its
// reason and what it restated, as the timeline says them. withheld is set
// when something was left out; seen lists the kinds of a person's data it
// shows, for the access log.
func shownPayload(e matter.Event, se store.Event, advised map[string]bool) (payload string, withheld bool, seen []string) {
	var all map[string]json.RawMessage
	if err := json.Unmarshal(se.Payload, &all); err != nil {
		return "", true, nil
	}
	out := map[string]json.RawMessage{}
	for k, v := range all {
		switch {
		case auditShown[k]:
			out[k] = v
		case (k == "note" || k == "attachments") && textShown(e, advised):
			out[k] = v
			seen = append(seen, store.SeenObjectionText)
		case k == "note" && e.Type == matter.Correction:
			// The correction's reason, which the timeline shows.
			out[k] = v
		case k == "replacement" && e.Replacement != nil:
			r := e.Replacement
			b, _ := json.Marshal(struct {
				Type    matter.Type `json:"type"`
				At      time.Time   `json:"at"`
				Account string      `json:"account,omitempty"`
			}{r.Type, r.At, r.Account})
			out[k] = b
			withheld = withheld || r.Note != "" || r.AccountID != "" || len(r.Attachments) > 0 || len(r.Accounts) > 0
		default:
			withheld = true
		}
	}
	b, err := json.Marshal(out)
	if err != nil {
		return "", true, nil
	}
	return string(b), withheld, seen
}

// dedupe keeps the first of each word.
func dedupe(words []string) []string {
	var out []string
	have := map[string]bool{}
	for _, w := range words {
		if !have[w] {
			have[w] = true
			out = append(out, w)
		}
	}
	return out
}
