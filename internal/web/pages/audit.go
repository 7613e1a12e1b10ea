package pages

import (
	"net/http"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/casefile"
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
	// Whole for staff; for the court, each event as its case page shows
	// it (casefile.Log: the API's event log shows the same).
	events, seen := casefile.Log(p, ref, c, s.Now())
	d := auditData{CaseID: c.ID, CaseNumber: c.Order.CaseNumber, Partial: !access.Can(p, access.ViewIdentities, ref)}
	name := s.actorNames(r.Context(), pageLanguage(r))
	for _, e := range events {
		d.Events = append(d.Events, auditLine{Seq: e.Seq, Type: e.Type, At: e.At, RecordedAt: e.RecordedAt, Actor: e.Actor, By: name(e.Actor),
			Payload: string(e.Payload), Hash: e.Hash, PrevHash: e.PrevHash, Withheld: e.Withheld})
	}
	for _, b := range breaks {
		if b.CaseID == c.ID {
			d.Breaks = append(d.Breaks, b)
		}
	}
	d.Verified = len(d.Breaks) == 0
	// Record what this page shows before reading the access log, so that
	// the log shows this visit too.
	if err := s.Seen.Record(r.Context(), p, c.ID, "page:audit", seen...); err != nil {
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
