package matter

import (
	"fmt"
	"slices"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/order"
)

// TaskKind names an act the procedure waits on the platform's staff for.
// The names are a contract (the pages' queue and its filters use them).
type TaskKind string

// The tasks of a case.
const (
	// Renotify: a notice to an account holder failed (it bounced), so
	// notice is still owed and must go out another way.
	Renotify TaskKind = "renotify"
	// DraftLetter: an objection came in and no letter to the court about
	// it has been drafted yet.
	DraftLetter TaskKind = "draft_letter"
	// AdviseCourt: the letter about an objection is drafted; the court
	// must be advised of it (the letter sent, and its sending recorded).
	AdviseCourt TaskKind = "advise_court"
	// RecordRuling: a contest is before the court (an objection advised to
	// it, a motion filed in it); its ruling is to be recorded when it
	// comes, and the hold lasts until then.
	RecordRuling TaskKind = "record_ruling"
	// BuildProduction: the gate is open and nothing has been built (or
	// every production built was voided).
	BuildProduction TaskKind = "build_production"
	// ReleaseProduction: a production is built and the gate is open for
	// every account in it; it waits to be released.
	ReleaseProduction TaskKind = "release_production"
)

// Task is one act a case waits on now, with the day it is owed by and the
// rule behind that day (invariant 5): the duty it meets, when one does.
// Due is zero when no rule sets a day (a ruling is the court's; the seed
// order sets no day for production), and Rule then says so.
type Task struct {
	Kind TaskKind `json:"kind"`
	// Duty is the ID of the duty the task meets ("" when none).
	Duty       string         `json:"duty,omitempty"`
	Account    string         `json:"account,omitempty"`
	Contest    string         `json:"contest,omitempty"`
	Production string         `json:"production,omitempty"`
	Due        courttime.Date `json:"due,omitzero"`
	Rule       string         `json:"rule"`
	// Overdue: the duty the task meets is overdue.
	Overdue bool `json:"overdue,omitempty"`
	// What says what to do, in words.
	What string `json:"what"`
}

// Tasks lists the acts a case waits on at the assessment's moment, in the
// order the procedure takes them: notices that failed, objections to
// report to the court, rulings to record, productions to build and to
// release. A duty with nothing to do but wait for its day is not a task;
// it is listed by its due date (Assessment.Duties).
func Tasks(a *Assessment) []Task {
	s := a.State
	if s == nil || s.Order == nil {
		return nil
	}
	var out []Task
	duty := func(act order.Act, contest string) (Duty, bool) {
		for _, d := range a.Duties {
			if d.Act == act && d.Contest == contest && (d.Status == DutyPending || d.Status == Overdue) {
				return d, true
			}
		}
		return Duty{}, false
	}
	for _, d := range a.Duties {
		if d.Task != "" && (d.Status == DutyPending || d.Status == Overdue) {
			out = append(out, Task{Kind: Renotify, Duty: d.ID, Account: d.Account, Due: d.Due, Rule: d.Rule, Overdue: d.Status == Overdue, What: d.Task})
		}
	}
	closed := !s.Closed.IsZero()
	for _, c := range s.Contests {
		if c.Resolved() || closed {
			continue
		}
		if c.Kind == Objection && c.Advised.IsZero() {
			// The order makes advising the court a duty with a day (the
			// seed order: within 10 days of receipt); without one there
			// is nothing the platform owes the court about it.
			d, ok := duty(order.AdviseCourt, c.ID)
			if !ok {
				continue
			}
			t := Task{Kind: DraftLetter, Duty: d.ID, Account: c.Account, Contest: c.ID, Due: d.Due, Rule: d.Rule, Overdue: d.Status == Overdue,
				What: fmt.Sprintf("Draft the letter advising the court of objection %s, and advise the court by %s.", c.ID, d.Due.Long())}
			if c.Letter != "" {
				t.Kind = AdviseCourt
				t.What = fmt.Sprintf("The letter about objection %s is drafted: send it to the court and record that the court was advised, by %s.", c.ID, d.Due.Long())
			}
			out = append(out, t)
			continue
		}
		// Before the court: an objection it was advised of, or a motion
		// filed in it. Only the court sets the day it rules.
		what := "objection"
		if c.Kind == Motion {
			what = "motion"
		}
		out = append(out, Task{Kind: RecordRuling, Account: c.Account, Contest: c.ID,
			Rule: fmt.Sprintf("No day: the court rules when it does, and the order holds disclosure until then (%s).", hold(s.Order).Key()),
			What: fmt.Sprintf("Record the court's ruling on %s %s when it comes.", what, c.ID)})
	}
	if closed || !a.Gate.Open && !anyOpen(a.Gate) {
		return out
	}
	due, rule, overdue := courttime.Date{}, "No day: the order sets none for producing; the subpoena's return date and any agreement with the applicant govern.", false
	if d, ok := duty(order.Produce, ""); ok {
		due, rule, overdue = d.Due, d.Rule, d.Status == Overdue
	}
	live := false
	for _, p := range s.Productions {
		if !p.Voided.IsZero() {
			continue
		}
		live = true
		if !p.Released.IsZero() || !openFor(a.Gate, p.Accounts) {
			continue
		}
		out = append(out, Task{Kind: ReleaseProduction, Production: p.ID, Due: due, Rule: rule, Overdue: overdue,
			What: fmt.Sprintf("Production %s is built and the order allows disclosure of every account in it: review and release it.", p.ID)})
	}
	if !live {
		out = append(out, Task{Kind: BuildProduction, Due: due, Rule: rule, Overdue: overdue,
			What: "The order allows disclosure: build the production of the accounts it allows."})
	}
	return out
}

// anyOpen reports whether the gate is open for some account.
func anyOpen(g Gate) bool {
	return slices.ContainsFunc(g.Accounts, func(a AccountGate) bool { return a.Open })
}

// openFor reports whether the gate is open for every one of the accounts.
func openFor(g Gate, accounts []string) bool {
	for _, label := range accounts {
		if a, ok := g.For(label); !ok || !a.Open {
			return false
		}
	}
	return len(accounts) > 0
}

// Until returns the first instant after the assessment's moment at which
// assessing the same events could answer otherwise: an event dated later
// taking effect (Apply folds only what had happened), a duty's last day
// ending (pending turns overdue), a window closing on either reading of
// the calendar. Nothing else in an assessment moves with the clock, so a
// shell may keep an assessment, or what it derived from it, until then
// while no event is recorded. Zero when nothing will change.
func Until(events []Event, a *Assessment) time.Time {
	var next time.Time
	consider := func(t time.Time) {
		if t.After(a.AsOf) && (next.IsZero() || t.Before(next)) {
			next = t
		}
	}
	for _, e := range events {
		consider(e.At)
		if e.Replacement != nil {
			consider(e.Replacement.At)
		}
	}
	for _, d := range a.Duties {
		if d.ExpiresAt != nil {
			consider(*d.ExpiresAt)
		}
	}
	for _, w := range a.Windows {
		if w.ClosesAt != nil {
			consider(*w.ClosesAt)
		}
		if w.ClosesLatestAt != nil {
			consider(*w.ClosesLatestAt)
		}
	}
	return next
}
