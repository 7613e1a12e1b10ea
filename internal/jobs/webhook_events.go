package jobs

import (
	"fmt"
	"time"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/webhook"
)

// hookEvent is one event a case holds for the webhooks, under the key it
// is queued by.
type hookEvent struct {
	// Key names the event in writ: the same event always has the same
	// key, so that it is queued once per endpoint.
	Key string
	// Recorded: an event of the log (its Timestamp is when writ recorded
	// it), not one computed at the tick. An endpoint hears of recorded
	// events from when it was added.
	Recorded bool
	Body     webhook.Body
}

// caseEvents derives a case's events for the webhooks at now: the events
// recorded (the case opened, objections received, productions released),
// and, while the case is open, its duties due soon or overdue (as the
// reminders reckon them) and the gate, when it is open for every account.
// What they carry follows the access policy for any reader: the case's ID,
// number and court, writ's ids of objections and productions, duties with
// the account named by its place in the order; never an account's label.
func caseEvents(c *cases.Case, a *matter.Assessment, today courttime.Date, now time.Time, before []int) []hookEvent {
	base := webhook.Data{CaseID: c.ID, CaseNumber: c.Order.CaseNumber, Court: c.Order.Court.ID}
	day := func(t time.Time) string { return courttime.DateOf(t.In(c.Calendar.Location)).String() }
	var out []hookEvent
	recorded := func(e matter.Event, kind string, data webhook.Data) {
		data.Seq = e.Seq
		out = append(out, hookEvent{Key: fmt.Sprintf("%s/%d/%s", c.ID, e.Seq, kind), Recorded: true,
			Body: webhook.Body{Type: kind, Timestamp: e.RecordedAt.UTC(), Data: data}})
	}
	for _, e := range c.Events {
		if e.At.After(now) {
			continue
		}
		d := base
		switch e.Type {
		case matter.OrderEntered:
			recorded(e, webhook.CaseOpened, d)
		case matter.ObjectionReceived:
			d.Objection, d.Received = e.ID, day(e.At)
			recorded(e, webhook.ObjectionReceived, d)
		case matter.ProductionReleased:
			if len(e.On) == 1 {
				d.Production = e.On[0]
				if p := a.State.Production(e.On[0]); p != nil {
					d.Accounts = len(p.Accounts)
				}
			}
			recorded(e, webhook.ProductionReleased, d)
		}
	}
	if a.State == nil || !a.State.Closed.IsZero() {
		return out
	}
	for _, o := range owed(a.Duties, today, before) {
		kind := webhook.DutyDueSoon
		if o.kind == KindOverdue {
			kind = webhook.DutyOverdue
		}
		ref := DutyRef(o.duty, c.Order)
		d := base
		d.Duty, d.Party, d.Act, d.Due, d.Status = ref, string(o.duty.Party), string(o.duty.Act), o.duty.Due.String(), string(o.duty.Status)
		out = append(out, hookEvent{Key: fmt.Sprintf("%s/duty/%s/%s/%s", c.ID, ref, o.kind, o.duty.Due),
			Body: webhook.Body{Type: kind, Timestamp: now.UTC(), Data: d}})
	}
	if a.Gate.Open {
		// The gate opens once before any contest, and at most once after
		// each (a contest closes it until the court rules): the number of
		// contests names the opening.
		d := base
		d.Accounts = len(a.Gate.Accounts)
		out = append(out, hookEvent{Key: fmt.Sprintf("%s/gate.opened/%d", c.ID, len(a.State.Contests)),
			Body: webhook.Body{Type: webhook.GateOpened, Timestamp: now.UTC(), Data: d}})
	}
	return out
}
