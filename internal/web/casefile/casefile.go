// Package casefile is a case as writ's web hands it to one principal:
// loading it, with the one refusal that makes a case the principal may not
// see look exactly like one that does not exist (Load); the view of it
// that the principal's role may have (CaseView, Redact), and its event
// log (Log, ShownPayload); and the record, in the case's access log, that
// they were shown a person's data (Recorder).
// The API and the pages both answer through it, so that neither can tell
// counsel more than the other.
package casefile

import (
	"context"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/store"
)

// Cases is what Load needs of the case service.
type Cases interface {
	Load(ctx context.Context, id string) (*cases.Case, error)
}

// Load loads case id for p. A case that does not exist and a case p may
// not see get the same refusal, NotFound, so that no one can probe case
// IDs; what p may then do with the case is the caller's to check
// (access.Check) against the ref returned.
func Load(ctx context.Context, cs Cases, p access.Principal, id string) (*cases.Case, access.CaseRef, error) {
	c, err := cs.Load(ctx, id)
	if fault.Is(err, fault.NotFound) {
		return nil, access.CaseRef{}, NotFound(id)
	}
	if err != nil {
		return nil, access.CaseRef{}, err
	}
	ref := access.CaseRef{ID: c.ID, Provider: c.Order.Provider}
	if !access.Can(p, access.ViewCaseStatus, ref) {
		return nil, access.CaseRef{}, NotFound(id)
	}
	return c, ref, nil
}

// NotFound is the refusal for a case that does not exist, or is not the
// principal's to see: in the store's words for a case that does not
// exist, so that the two cannot be told apart.
func NotFound(id string) error {
	return fault.Errorf(fault.NotFound, "case %s does not exist", id)
}

// CaseView is a case as the API shows it. For the applicant's counsel it
// holds only what counsel may see: status and dates, never who the account
// holders are nor what they wrote.
type CaseView struct {
	Case       string               `json:"case"`
	CaseNumber string               `json:"case_number"`
	Court      string               `json:"court"`
	Provider   string               `json:"provider"`
	Applicant  string               `json:"applicant"`
	AsOf       time.Time            `json:"as_of"`
	Duties     []matter.Duty        `json:"duties"`
	Windows    []matter.Window      `json:"windows"`
	Objections []matter.ContestView `json:"objections"`
	Motions    []matter.ContestView `json:"motions"`
	Gate       matter.Gate          `json:"gate"`
	// Incidents are acts the order, on what writ was told since, did not
	// allow (for staff and the court; never counsel).
	Incidents []matter.Incident `json:"incidents"`
	// Redacted is set when parts were withheld from the caller's role.
	Redacted bool `json:"redacted,omitempty"`
}

// View is a case's assessment as the API and the pages show it, before
// Redact takes out what a role may not see.
func View(c *cases.Case, a *matter.Assessment) CaseView {
	return CaseView{Case: c.ID, CaseNumber: c.Order.CaseNumber, Court: c.Order.Court.ID, Provider: c.Order.Provider, Applicant: c.Order.Applicant,
		AsOf: a.AsOf, Duties: a.Duties, Windows: a.Windows, Objections: a.Objections, Motions: a.Motions, Gate: a.Gate, Incidents: a.Incidents}
}

// Redact keeps of a case what the applicant's counsel may see (invariant
// 3): the applicant's own duties, and whether the gate is open. The
// platform's duties are withheld, because their triggers tell when each
// notice went out and whether, and when, an objection came in; so are the
// windows, the contests and the gate's reasons, which name accounts.
func Redact(v CaseView) CaseView {
	out := CaseView{Case: v.Case, CaseNumber: v.CaseNumber, Court: v.Court, Provider: v.Provider, Applicant: v.Applicant, AsOf: v.AsOf,
		Duties: []matter.Duty{}, Windows: []matter.Window{}, Objections: []matter.ContestView{}, Motions: []matter.ContestView{},
		Incidents: []matter.Incident{}, Redacted: true}
	for _, d := range v.Duties {
		if d.Party != order.Applicant {
			continue
		}
		out.Duties = append(out.Duties, matter.Duty{ID: d.Condition, Condition: d.Condition, Party: d.Party, Act: d.Act,
			TriggerEvent: d.TriggerEvent, Trigger: d.Trigger, Due: d.Due, CalendarDue: d.CalendarDue, DueFederalOnly: d.DueFederalOnly, DueLatest: d.DueLatest,
			Status: d.Status, Rule: d.Rule, Steps: d.Steps, Text: d.Text})
	}
	out.Gate = matter.Gate{Open: v.Gate.Open, Reasons: []string{}, Accounts: []matter.AccountGate{}}
	if !v.Gate.Open {
		out.Gate.Reasons = []string{"The order does not allow disclosure yet: the account holders' time to contest has not run out, or a contest is before the court."}
	}
	return out
}

// AccessLog is what Seen needs of the store's access log.
type AccessLog interface {
	RecordAccess(ctx context.Context, a store.Access) (store.Access, error)
}

// Recorder records in a case's access log who was shown which kinds of a
// person's data.
type Recorder struct {
	// Log is the store's access log; nil when the store keeps none, and
	// then no one's data is shown.
	Log AccessLog
	Now func() time.Time
}

// Record records that p is being shown the kinds of a person's data in
// what, through via, before the answer is written: if the access cannot
// be recorded, the data is not shown. Nothing is recorded when what is
// empty (the answer shows no one's data).
func (w Recorder) Record(ctx context.Context, p access.Principal, caseID, via string, what ...string) error {
	if len(what) == 0 {
		return nil
	}
	if w.Log == nil {
		return fault.Errorf(fault.Internal, "this store keeps no access log, so no one's data is shown")
	}
	_, err := w.Log.RecordAccess(ctx, store.Access{CaseID: caseID, At: w.Now(), Actor: p.Actor(), Via: via, What: what})
	return err
}

// RecordAct is the act of the policy that recording an event of type t
// is: rulings are the court's (or the staff's, when the ruling reached
// them), the acknowledgment of the use restriction is the applicant's
// counsel's, everything else the platform's staff's.
func RecordAct(t matter.Type) access.Act {
	switch t {
	case matter.Ruling:
		return access.RecordRuling
	case matter.UseAcknowledged:
		return access.AcknowledgeUse
	}
	return access.RecordEvent
}
