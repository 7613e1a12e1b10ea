package matter

import (
	"fmt"
	"slices"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/order"
)

// Window is the time an account holder (or the platform) has to contest
// the subpoena: to object in writing, or to move the court to quash or
// modify. It runs from the notice to that account holder. Its last day is
// given in the three readings of the calendar (see courttime.Deadline):
// Closes, the court's; DueFederalOnly, counting federal holidays only;
// DueLatest, the latest any reasonable reading allows. A person is told
// Closes; writ judges whether a contest came in time, and when the gate may
// open, by DueLatest, so that no window closes a day early on anyone.
type Window struct {
	Account string      `json:"account"`
	Kind    order.Act   `json:"kind"`
	Party   order.Party `json:"party"`
	// Opens is the day of the notice; null until notice is given.
	Opens courttime.Date `json:"opens"`
	// Closes is the last day to act on the court's reading of its
	// calendar (its judicial holidays).
	Closes         courttime.Date `json:"closes"`
	DueFederalOnly courttime.Date `json:"due_federal_only"`
	// DueLatest is the last day on the latest reading (the state's other
	// declared holidays counted too).
	DueLatest courttime.Date `json:"due_latest"`
	ClosesAt  *time.Time     `json:"closes_at,omitempty"`
	// ClosesLatestAt is the instant DueLatest ends.
	ClosesLatestAt *time.Time `json:"closes_latest_at,omitempty"`
	// Filing is set for a window to file with the court (a motion), which
	// a day the clerk's office is inaccessible extends (Fed. R. Civ. P.
	// 6(a)(3)).
	Filing bool `json:"filing,omitempty"`
	// Open: the window has not closed on the latest reading.
	Open  bool     `json:"open"`
	Rule  string   `json:"rule,omitempty"`
	Steps []string `json:"steps"`
}

// windowActs are the rights to contest that run as windows from a notice.
var windowActs = map[order.Act]bool{order.ObjectInWriting: true, order.MoveToQuash: true}

// Windows lists each account holder's windows at now.
func Windows(s *State, cal *courttime.Calendar, now time.Time) ([]Window, error) {
	if s.Order == nil {
		return nil, nil
	}
	// A window for each account under each condition that opens one: made
	// at that size rather than grown (a Window is large, and a case's
	// assessment is made for each request its kept one cannot answer).
	n := 0
	for _, c := range s.Order.Conditions {
		if windowActs[c.Act] {
			n += len(s.Order.Targets)
		}
	}
	var out []Window
	if n > 0 {
		out = make([]Window, 0, n)
	}
	for _, c := range s.Order.Conditions {
		if !windowActs[c.Act] {
			continue
		}
		for _, t := range s.Order.Targets {
			w := Window{Account: t.Label, Kind: c.Act, Party: c.Party}
			a := s.Accounts[t.Label]
			if a == nil || a.Notice == nil {
				w.Steps = []string{"The window opens when notice is given to this account holder."}
				out = append(out, w)
				continue
			}
			w.Opens = courtDay(cal, a.Notice.Sent)
			// A motion is filed with the court: Fed. R. Civ. P. 6(a)(3)
			// extends its last day past a day the clerk's office was
			// inaccessible. A written objection goes to the platform.
			w.Filing = c.Act == order.MoveToQuash
			r, err := cal.Compute(courttime.Period{Trigger: w.Opens, Days: c.Days, Filing: w.Filing})
			if c.Hours > 0 {
				r, err = cal.Compute(courttime.Period{TriggerAt: a.Notice.Sent, Hours: c.Hours, Filing: w.Filing})
			}
			if err != nil {
				return nil, fmt.Errorf("window %s/%s: %w", c.Key(), t.Label, err)
			}
			closes, latest := r.ExpiresAt, r.ExpiresLatestAt
			w.Closes, w.DueFederalOnly, w.DueLatest, w.ClosesAt, w.ClosesLatestAt, w.Rule = r.Due, r.DueFederalOnly, r.DueLatest, &closes, &latest, r.Rule
			w.Open = now.Before(latest)
			w.Steps = append([]string{fmt.Sprintf("The window runs from the notice to this account holder, on %s.", w.Opens.Long())}, r.Steps...)
			out = append(out, w)
		}
	}
	return out, nil
}

// Gate says, for each account, whether its data may be disclosed at a
// moment, and if not, every reason and the earliest day it could open.
type Gate struct {
	Open     bool          `json:"open"`
	Reasons  []string      `json:"reasons"`
	Accounts []AccountGate `json:"accounts"`
	// Causes are the reasons again, each said once however many accounts
	// share it, with the accounts it is about and those it keeps closed:
	// what a person reads, where Accounts repeats a cause per account.
	Causes []Cause `json:"causes,omitempty"`
}

// Cause is one reason the gate is closed, said of no account in
// particular ("No notice has been given to the account holder"), for
// every account it concerns.
type Cause struct {
	Reason string `json:"reason"`
	// Accounts are the accounts it is about: those not noticed, those
	// whose holders may still act, the objector's. A cause about the case
	// (no service, a denial) is about every account it holds.
	Accounts []string `json:"accounts"`
	// Holds are the accounts it keeps closed: more than Accounts when the
	// order's hold reaches the whole subpoena.
	Holds []string `json:"holds"`
}

// AccountGate is the gate for one account.
type AccountGate struct {
	Account string   `json:"account"`
	Open    bool     `json:"open"`
	Reasons []string `json:"reasons"`
	// causes are the reasons as a cause says them (Gate.Causes).
	causes []said
	// Earliest is the first day the gate could open if nothing more
	// happens; null when it depends on an act (a notice, a ruling) that
	// has not happened.
	Earliest courttime.Date `json:"earliest"`
}

// For returns the gate of one account.
func (g Gate) For(label string) (AccountGate, bool) {
	for _, a := range g.Accounts {
		if a.Account == label {
			return a, true
		}
	}
	return AccountGate{}, false
}

// hold returns the order's hold. An order that says nothing of one still
// gets the seed order's reading: a contest holds the whole subpoena until
// resolved, since disclosing while a court considers a motion to quash
// would moot it.
func hold(o *order.Order) order.Condition {
	if c, ok := o.Hold(); ok {
		if c.Scope == "" {
			c.Scope = order.WholeSubpoena
		}
		return c
	}
	return order.Condition{ID: "hold", Act: order.PreserveNotDisclose, While: "contested", Scope: order.WholeSubpoena}
}

// Decide computes the gate at now from the state (folded as of now) and
// the windows at now.
func Decide(s *State, windows []Window, cal *courttime.Calendar, now time.Time) Gate {
	g := Gate{Open: true, Reasons: []string{}}
	if s.Order == nil {
		return Gate{Reasons: []string{"No order has been entered."}, Accounts: []AccountGate{}}
	}
	h := hold(s.Order)
	for _, t := range s.Original.Targets {
		ag := decideAccount(s, h, windows, cal, t.Label)
		if !ag.Open {
			g.Open = false
		}
		for _, r := range ag.Reasons {
			if !slices.Contains(g.Reasons, r) {
				g.Reasons = append(g.Reasons, r)
			}
		}
		for _, c := range ag.causes {
			i := slices.IndexFunc(g.Causes, func(k Cause) bool { return k.Reason == c.reason })
			if i < 0 {
				i = len(g.Causes)
				g.Causes = append(g.Causes, Cause{Reason: c.reason})
			}
			k := &g.Causes[i]
			if !slices.Contains(k.Accounts, c.about) {
				k.Accounts = append(k.Accounts, c.about)
			}
			if !slices.Contains(k.Holds, t.Label) {
				k.Holds = append(k.Holds, t.Label)
			}
		}
		ag.causes = nil
		g.Accounts = append(g.Accounts, ag)
	}
	// A cause names its accounts in the order's order, whichever account's
	// gate first gave it.
	place := func(label string) int {
		return slices.IndexFunc(s.Original.Targets, func(t order.Target) bool { return t.Label == label })
	}
	for i := range g.Causes {
		slices.SortStableFunc(g.Causes[i].Accounts, func(a, b string) int { return place(a) - place(b) })
	}
	if len(g.Accounts) == 0 {
		g.Open = false
		g.Reasons = append(g.Reasons, "The order names no account.")
	}
	return g
}

func decideAccount(s *State, h order.Condition, windows []Window, cal *courttime.Calendar, label string) AccountGate {
	ag := AccountGate{Account: label, Reasons: []string{}}
	openEnded := false
	// closed gives a reason the account is closed; once is how the cause
	// is said once for every account it concerns, when the reason speaks
	// of this account (its reason; its account, else this one).
	closed := func(open bool, once said, format string, args ...any) {
		r := fmt.Sprintf(format, args...)
		ag.Reasons = append(ag.Reasons, r)
		if once.reason == "" {
			once.reason = r
		}
		if once.about == "" {
			once.about = label
		}
		if !slices.Contains(ag.causes, once) {
			ag.causes = append(ag.causes, once)
		}
		openEnded = openEnded || open
	}
	var asIs said
	noNotice := "No notice has been given to the account holder: the time to contest runs from the notice."
	day := func(t time.Time) string { return courtDay(cal, t).Long() }
	o := s.Order
	if o.Disposition == order.Denied {
		closed(true, asIs, "The court denied the application: nothing may be disclosed.")
	}
	if !s.Closed.IsZero() {
		closed(true, asIs, "The case was closed on %s.", day(s.Closed))
	}
	if s.Quashed {
		closed(true, asIs, "The court quashed the subpoena.")
	}
	if _, ok := o.Target(label); !ok {
		closed(true, said{reason: "No longer within the scope of the subpoena as the court modified it."}, "%s is no longer within the scope of the subpoena as the court modified it.", label)
	}
	a := s.Accounts[label]
	if a != nil && !a.Sustained.IsZero() {
		closed(true, said{reason: fmt.Sprintf("On %s the court upheld the contest of the account's holder: its data may not be disclosed.", day(a.Sustained))},
			"On %s the court upheld the contest of this account's holder: its data may not be disclosed.", day(a.Sustained))
	}
	switch {
	case s.Service == nil:
		closed(true, asIs, "The subpoena has not been served.")
	case !s.Service.WithOrder:
		closed(true, asIs, "The order was not served with the subpoena on %s, as the order requires; the subpoena must be served again with it.", day(s.Service.At))
	case !s.Service.Conforms:
		closed(true, asIs, "The subpoena served on %s does not conform to the order's modifications; only the subpoena as the order modified it is authorized.", day(s.Service.At))
	}
	if a == nil || a.Notice == nil {
		if a != nil && len(a.Failures) > 0 {
			failed := day(a.Failures[len(a.Failures)-1])
			closed(true, said{reason: fmt.Sprintf("The notice to the account holder failed on %s, and no notice has been given since.", failed)},
				"The notice to this account holder failed on %s, and no notice has been given since.", failed)
		} else {
			closed(true, said{reason: noNotice}, "No notice has been given to this account holder: the time to contest runs from the notice.")
		}
	}
	var earliest courttime.Date
	wholeSubpoena := h.Scope != order.ObjectorAccounts
	for _, w := range windows {
		if w.Account != label && !wholeSubpoena {
			continue
		}
		switch {
		case w.Account != label && w.Opens.IsZero():
			closed(true, said{reason: noNotice, about: w.Account}, "No notice has been given to the holder of %s; under the order a contest by any account holder would hold the whole subpoena.", w.Account)
		case w.Open:
			whose := "This account holder"
			if w.Account != label {
				whose = "The holder of " + w.Account
			}
			until := w.Closes.Long()
			if w.DueLatest != w.Closes {
				until += fmt.Sprintf(" (on the latest reading of the calendar, %s, which writ waits for)", w.DueLatest.Long())
			}
			closed(false, said{reason: fmt.Sprintf("The account holder may %s until the end of %s.", actWords(w.Kind), until), about: w.Account},
				"%s may %s until the end of %s.", whose, actWords(w.Kind), until)
			if next := w.DueLatest.AddDays(1); next.After(earliest) {
				earliest = next
			}
		}
	}
	for _, c := range s.Contests {
		if c.Resolved() || (!wholeSubpoena && c.Account != label && c.Account != "") {
			continue
		}
		what := "An objection received"
		if c.Kind == Motion {
			what = "A motion to quash or modify filed"
		}
		closed(true, said{about: c.Account}, "%s on %s is pending: the order requires the information to be preserved but not disclosed until the court resolves it (%s).", what, day(c.At), h.Key())
	}
	ag.Reasons = dedupe(ag.Reasons)
	ag.Open = len(ag.Reasons) == 0
	if !ag.Open && !openEnded {
		ag.Earliest = earliest
	}
	return ag
}

// said is a reason as a cause says it once (Cause.Reason), and the
// account it is about.
type said struct{ reason, about string }

func actWords(a order.Act) string {
	switch a {
	case order.ObjectInWriting:
		return "object in writing"
	case order.MoveToQuash:
		return "move the court to quash or modify the subpoena"
	}
	return string(a)
}

func dedupe(in []string) []string {
	out := in[:0]
	for _, s := range in {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
