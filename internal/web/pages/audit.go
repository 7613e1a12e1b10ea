package pages

import (
	"net/http"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/store"
)

// auditData is a case's audit page: its events with their hashes, and
// whether the chain verifies (invariant 4).
type auditData struct {
	CaseID, CaseNumber string
	Events             []store.Event
	Breaks             []store.Break
	Verified           bool
	// Accesses is who was shown a person's data in the case, and
	// AccessBreak the first access whose chain link fails (0: none).
	Accesses    []store.Access
	AccessBreak int64
}

// auditPage shows a case's hash-chained log, for the roles that may see
// the audit trail (staff and the court; the payloads name accounts, so
// never counsel).
func (s *Pages) auditPage(w http.ResponseWriter, r *http.Request, p access.Principal) {
	c, _, ok := s.pageCase(w, r, p, access.ViewAudit)
	if !ok {
		return
	}
	breaks, err := s.Cases.Store.Verify(r.Context())
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	d := auditData{CaseID: c.ID, CaseNumber: c.Order.CaseNumber, Events: c.Stored}
	for _, b := range breaks {
		if b.CaseID == c.ID {
			d.Breaks = append(d.Breaks, b)
		}
	}
	d.Verified = len(d.Breaks) == 0
	// This page shows the events in full: record that before reading the
	// access log, so that the log shows this visit too.
	if err := s.Seen.Record(r.Context(), p, c.ID, "page:audit", store.SeenEventLog); err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	if s.Accesses != nil {
		if d.Accesses, err = s.Accesses.Accesses(r.Context(), c.ID); err != nil {
			s.pageFault(w, r, p, err)
			return
		}
		d.AccessBreak = store.VerifyAccesses(d.Accesses)
	}
	s.render(w, r, http.StatusOK, "audit", page{Title: "Audit " + c.Order.CaseNumber, Principal: &p, Data: d})
}
