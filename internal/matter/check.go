package matter

import (
	"fmt"
	"slices"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
)

// Check decides whether an event may be added to a case's events. An event
// that makes no sense in the case as it stood at the event's time — a
// notice before service, a ruling on an objection that does not exist, a
// release while the gate is closed — is refused with the reason. The event
// must carry RecordedAt (the shell's clock): nothing can be recorded as
// having happened after it was recorded.
func Check(events []Event, e Event, cal *courttime.Calendar) error {
	if !slices.Contains(Types, e.Type) {
		return fault.Errorf(fault.Invalid, "unknown event %q", e.Type)
	}
	if e.At.IsZero() {
		return &fault.Error{Code: fault.Invalid, Field: "at", Message: "when the event happened is missing"}
	}
	if !e.RecordedAt.IsZero() && e.At.After(e.RecordedAt) {
		return &fault.Error{Code: fault.Refused, Field: "at", Message: fmt.Sprintf("%s is in the future: record an event once it has happened", e.At.UTC().Format(time.RFC3339))}
	}
	all := Apply(events, time.Time{})
	if e.Type == OrderEntered {
		if all.Order != nil {
			return fault.Errorf(fault.Refused, "the case already has its order; a ruling that modifies it carries the new scope")
		}
		if e.Order == nil {
			return &fault.Error{Code: fault.Invalid, Field: "order", Message: "the order is missing"}
		}
		return nil
	}
	if all.Order == nil {
		return fault.Errorf(fault.Refused, "the case has no order yet")
	}
	if !all.Closed.IsZero() {
		return fault.Errorf(fault.Refused, "the case was closed on %s", courtDay(cal, all.Closed))
	}
	if day := courtDay(cal, e.At); day.Before(all.Original.Date) {
		return &fault.Error{Code: fault.Refused, Field: "at", Message: fmt.Sprintf("%s is before the order was entered (%s)", day, all.Original.Date)}
	}
	// The case as it stood when the event happened.
	then := Apply(events, e.At)
	return checkAt(all, then, e, cal)
}

func refused(format string, args ...any) error { return fault.Errorf(fault.Refused, format, args...) }

func checkAt(all, then *State, e Event, cal *courttime.Calendar) error {
	needAccount := func() error {
		if e.Account == "" {
			return &fault.Error{Code: fault.Invalid, Field: "account", Message: "name the account by its label in the order"}
		}
		if _, ok := all.Original.Target(e.Account); !ok {
			return &fault.Error{Code: fault.Invalid, Field: "account", Message: fmt.Sprintf("%q is not a target of the order (targets: %s)", e.Account, labels(all.Original))}
		}
		return nil
	}
	needServed := func(what string) error {
		if then.Service == nil {
			return refused("%s before the subpoena was served", what)
		}
		return nil
	}
	switch e.Type {
	case SubpoenaServed:
		if all.Service != nil {
			return refused("the subpoena was already recorded as served on %s", courtDay(cal, all.Service.At))
		}
		if e.WithOrder == nil {
			return &fault.Error{Code: fault.Invalid, Field: "with_order", Message: "say whether the order was served with the subpoena"}
		}
	case TargetResolved:
		if err := needAccount(); err != nil {
			return err
		}
		if e.AccountID == "" {
			return &fault.Error{Code: fault.Invalid, Field: "account_id", Message: "the platform's id of the account is missing"}
		}
	case PreservationBegun:
		for _, a := range e.Accounts {
			if _, ok := all.Original.Target(a); !ok {
				return &fault.Error{Code: fault.Invalid, Field: "accounts", Message: fmt.Sprintf("%q is not a target of the order", a)}
			}
		}
	case NoticeSent, NoticeFailed, NoticeDelivered:
		if err := needAccount(); err != nil {
			return err
		}
		if err := needServed("a notice"); err != nil {
			return err
		}
		if e.Type == NoticeDelivered && then.Accounts[e.Account].Notice == nil {
			return refused("no notice to %s had been sent by then", e.Account)
		}
	case ObjectionReceived:
		if err := needAccount(); err != nil {
			return err
		}
		if err := needServed("an objection"); err != nil {
			return err
		}
		if err := newID(all, e); err != nil {
			return err
		}
	case MotionFiled:
		if e.Account != "" {
			if err := needAccount(); err != nil {
				return err
			}
		}
		if e.By != order.Provider && e.By != order.AccountHolder {
			return &fault.Error{Code: fault.Invalid, Field: "by", Message: "a motion is filed by the provider or an account holder"}
		}
		if e.By == order.AccountHolder && e.Account == "" {
			return &fault.Error{Code: fault.Invalid, Field: "account", Message: "name the account of the account holder who filed the motion"}
		}
		if err := newID(all, e); err != nil {
			return err
		}
	case ObjectionWithdrawn, CourtAdvised, Ruling, LetterDrafted:
		return checkContests(then, e)
	case OrderDocument:
		if e.Digest == "" || e.Note == "" {
			return &fault.Error{Code: fault.Invalid, Field: "digest", Message: "the order's document is named by its digest and its file name"}
		}
	case ProductionBuilt:
		if err := newID(all, e); err != nil {
			return err
		}
		if len(e.Accounts) == 0 {
			return &fault.Error{Code: fault.Invalid, Field: "accounts", Message: "a production holds at least one account"}
		}
	case ProductionReleased, ProductionFetched:
		return checkRelease(then, e, cal)
	}
	return nil
}

// newID refuses an objection, motion or production without an id or with
// one already used in the case.
func newID(all *State, e Event) error {
	if e.ID == "" {
		return &fault.Error{Code: fault.Invalid, Field: "id", Message: "the event needs an id"}
	}
	if all.Contest(e.ID) != nil || all.Production(e.ID) != nil {
		return &fault.Error{Code: fault.Conflict, Field: "id", Message: fmt.Sprintf("%q is already used in this case", e.ID)}
	}
	return nil
}

func checkContests(then *State, e Event) error {
	if len(e.On) == 0 {
		return &fault.Error{Code: fault.Invalid, Field: "on", Message: "name the objection or motion"}
	}
	for _, id := range e.On {
		c := then.Contest(id)
		switch {
		case c == nil:
			return &fault.Error{Code: fault.Refused, Field: "on", Message: fmt.Sprintf("there was no objection or motion %q at that time", id)}
		case e.Type == ObjectionWithdrawn && c.Kind != Objection:
			return refused("%q is a motion; a motion is withdrawn by the court's ruling on it", id)
		case c.Resolved():
			return refused("%q was already resolved", id)
		case (e.Type == CourtAdvised || e.Type == LetterDrafted) && c.Kind != Objection:
			return refused("%q is a motion filed in court; the court is advised of objections", id)
		}
	}
	if e.Type == LetterDrafted && (len(e.On) != 1 || e.Digest == "") {
		return &fault.Error{Code: fault.Invalid, Field: "digest", Message: "a drafted letter concerns one objection and names the PDF kept"}
	}
	if e.Type == Ruling {
		switch e.Outcome {
		case Overruled, Sustained, Quashed:
		case Modified:
			if e.Order == nil {
				return &fault.Error{Code: fault.Invalid, Field: "order", Message: "a ruling that modifies the subpoena carries the order as modified"}
			}
		default:
			return &fault.Error{Code: fault.Invalid, Field: "outcome", Message: "the outcome is one of overruled, sustained, quashed, modified"}
		}
	}
	return nil
}

// checkRelease refuses a release unless the gate is open, at the moment of
// release, for every account in the production (invariant 1).
func checkRelease(then *State, e Event, cal *courttime.Calendar) error {
	if len(e.On) != 1 {
		return &fault.Error{Code: fault.Invalid, Field: "on", Message: "name the one production"}
	}
	p := then.Production(e.On[0])
	if p == nil {
		return &fault.Error{Code: fault.Refused, Field: "on", Message: fmt.Sprintf("there was no production %q at that time", e.On[0])}
	}
	if e.Type == ProductionFetched {
		if p.Released.IsZero() {
			return refused("production %q has not been released", p.ID)
		}
		if then.Acknowledged.IsZero() {
			return refused("the applicant has not acknowledged the use restriction")
		}
		return nil
	}
	if !p.Released.IsZero() {
		return refused("production %q was already released", p.ID)
	}
	windows, err := Windows(then, cal, e.At)
	if err != nil {
		return err
	}
	g := Decide(then, windows, cal, e.At)
	for _, label := range p.Accounts {
		ag, ok := g.For(label)
		if !ok {
			return &fault.Error{Code: fault.GateClosed, Message: fmt.Sprintf("%q is not a target of the order", label)}
		}
		if !ag.Open {
			return &fault.Error{Code: fault.GateClosed, Message: fmt.Sprintf("the gate is closed for %s: %s", label, ag.Reasons[0])}
		}
	}
	return nil
}

func labels(o *order.Order) string {
	var out []string
	for _, t := range o.Targets {
		out = append(out, t.Label)
	}
	return fmt.Sprint(out)
}
