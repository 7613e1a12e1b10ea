package matter

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
)

// Check decides whether an event may be added to a case's events. An event
// that makes no sense in the case as it stood at the event's time — a
// notice before service, a ruling on an objection that does not exist — is
// refused with the reason. The event must carry RecordedAt (the shell's
// clock): nothing can be recorded as having happened after it was
// recorded. An act (see Acts) happens when it is recorded, and is decided
// on every event recorded so far, whatever their At: a release or a
// download while the gate is closed is refused (invariant 1).
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
	if IsAct(e.Type) && !e.At.Equal(e.RecordedAt) {
		return &fault.Error{Code: fault.Refused, Field: "at", Message: fmt.Sprintf("%s is something writ does when it is done: it happens now and cannot be back-dated to %s",
			strings.ReplaceAll(string(e.Type), "_", " "), e.At.In(cal.Location).Format("Monday 2006-01-02 15:04 MST"))}
	}
	if e.Seq == 0 {
		e.Seq = nextSeq(events)
	}
	return check(events, e, cal, false)
}

// check is Check past the event's own time: strict for a new event; in
// replay (checking that a correction leaves every later event standing)
// an act is not decided again, since it was done and stands as done.
func check(events []Event, e Event, cal *courttime.Calendar, replay bool) error {
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
	if e.Type == Correction {
		return checkCorrection(events, e, cal)
	}
	// The case as it stood when the event happened.
	then := Apply(events, e.At)
	return checkAt(all, then, e, cal, replay)
}

// nextSeq is the seq the store will give the next event.
func nextSeq(events []Event) int64 {
	var n int64
	for _, e := range events {
		n = max(n, e.Seq)
	}
	return n + 1
}

func refused(format string, args ...any) error { return fault.Errorf(fault.Refused, format, args...) }

func checkAt(all, then *State, e Event, cal *courttime.Calendar, replay bool) error {
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
		if e.WithOrder == nil {
			return &fault.Error{Code: fault.Invalid, Field: "with_order", Message: "say whether the order was served with the subpoena"}
		}
		// A defective service (without the order, or of a subpoena that
		// does not conform) is cured by serving again; a good one is not
		// served twice, and a record that is wrong is corrected instead.
		if sv := all.Service; sv != nil {
			if sv.WithOrder && sv.Conforms {
				return refused("the subpoena was already recorded as served, with the order, on %s; if that record is wrong, correct it", courtDay(cal, sv.At))
			}
			if !e.At.After(sv.At) {
				return &fault.Error{Code: fault.Refused, Field: "at", Message: fmt.Sprintf("a service that cures the defective one of %s must come after it", courtDay(cal, sv.At))}
			}
		}
	case TargetResolved:
		if err := needAccount(); err != nil {
			return err
		}
		if e.AccountID == "" {
			return &fault.Error{Code: fault.Invalid, Field: "account_id", Message: "the platform's id of the account is missing"}
		}
	case PreservationStarted:
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
	case ObjectionWithdrawn, MotionWithdrawn, CourtAdvised, Ruling, LetterDrafted:
		return checkContests(all, then, e, cal)
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
		if !replay {
			return MayDisclose(all, cal, e.At, e.Accounts)
		}
	case ProductionReleased, ProductionDownloaded, ProductionVoided:
		return checkProduction(all, e, cal, replay)
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

func checkContests(all, then *State, e Event, cal *courttime.Calendar) error {
	if len(e.On) == 0 {
		return &fault.Error{Code: fault.Invalid, Field: "on", Message: "name the objection or motion"}
	}
	for _, id := range e.On {
		c := then.Contest(id)
		switch {
		case c == nil:
			return &fault.Error{Code: fault.Refused, Field: "on", Message: fmt.Sprintf("there was no objection or motion %q at that time%s", id, laterSameDay(all, id, e, cal))}
		case e.Type == ObjectionWithdrawn && c.Kind != Objection:
			return refused("%q is a motion; record motion-withdrawn when the movant withdraws it", id)
		case e.Type == MotionWithdrawn && c.Kind != Motion:
			return refused("%q is an objection; record objection-withdrawn when its author withdraws it", id)
		case c.Resolved():
			return refused("%q was already resolved", id)
		case (e.Type == CourtAdvised || e.Type == LetterDrafted) && c.Kind != Objection:
			return refused("%q is a motion filed in court; the court is advised of objections", id)
		}
		if e.Type == Ruling {
			if err := checkRuling(then, c, e); err != nil {
				return err
			}
		}
	}
	if e.Type == LetterDrafted && (len(e.On) != 1 || e.Digest == "") {
		return &fault.Error{Code: fault.Invalid, Field: "digest", Message: "a drafted letter concerns one objection and names the PDF kept"}
	}
	return nil
}

// laterSameDay says, when an event refers to a contest received later on
// the same day, that the time of day decides: a day given alone is its
// first instant.
func laterSameDay(all *State, id string, e Event, cal *courttime.Calendar) string {
	c := all.Contest(id)
	if c == nil || courtDay(cal, c.At) != courtDay(cal, e.At) {
		return ""
	}
	return fmt.Sprintf(": it came in at %s that day; give the time of day, after it", c.At.In(cal.Location).Format("15:04 MST"))
}

// checkRuling checks a ruling in the court's words: an objection is
// overruled or sustained; a motion is granted, denied or granted in part,
// and a granted one says whether the subpoena is quashed or modified. A
// quash (or a sustained objection) says how far it reaches: the account
// or the whole subpoena. A modification carries the order as modified,
// which may only narrow the order in force.
func checkRuling(then *State, c *Contest, e Event) error {
	if !slices.Contains(Outcomes, e.Outcome) {
		return &fault.Error{Code: fault.Invalid, Field: "outcome", Message: "the outcome is one of overruled or sustained (an objection); granted, denied or granted_in_part (a motion); quashed or modified"}
	}
	switch {
	case c.Kind == Objection && (e.Outcome == Granted || e.Outcome == Denied || e.Outcome == GrantedInPart):
		return &fault.Error{Code: fault.Invalid, Field: "outcome", Message: fmt.Sprintf("%s is an objection: the court overrules or sustains it", c.ID)}
	case c.Kind == Motion && (e.Outcome == Overruled || e.Outcome == Sustained):
		return &fault.Error{Code: fault.Invalid, Field: "outcome", Message: fmt.Sprintf("%s is a motion: the court grants it, denies it or grants it in part", c.ID)}
	}
	r := relief(e.Outcome, e.Relief)
	switch {
	case (e.Outcome == Granted || e.Outcome == GrantedInPart) && r != ReliefQuash && r != ReliefModify:
		return &fault.Error{Code: fault.Invalid, Field: "relief", Message: "say what granting the motion does: relief quash or modify"}
	case e.Relief != "" && e.Outcome != Granted && e.Outcome != GrantedInPart:
		return &fault.Error{Code: fault.Invalid, Field: "relief", Message: "relief is what a granted motion obtains; the outcome says the rest"}
	}
	switch r {
	case ReliefQuash:
		switch e.Scope {
		case ScopeSubpoena:
		case ScopeAccount:
			if c.Account == "" {
				return &fault.Error{Code: fault.Invalid, Field: "scope", Message: fmt.Sprintf("%s was not brought for an account: the quash reaches the whole subpoena (scope subpoena)", c.ID)}
			}
		case "":
			if c.Account != "" && e.Outcome != Sustained {
				return &fault.Error{Code: fault.Invalid, Field: "scope", Message: fmt.Sprintf("say how far the quash reaches: scope account (%s only) or subpoena (the whole subpoena)", c.Account)}
			}
		default:
			return &fault.Error{Code: fault.Invalid, Field: "scope", Message: "the scope is account or subpoena"}
		}
	case ReliefModify:
		if e.Order == nil {
			return &fault.Error{Code: fault.Invalid, Field: "order", Message: "a ruling that modifies the subpoena carries the order as modified"}
		}
		if e.Scope == ScopeAccount {
			return &fault.Error{Code: fault.Invalid, Field: "scope", Message: "a modification is the whole order as modified: the accounts it still reaches are its targets"}
		}
		if problems := order.Widening(then.Order, e.Order); len(problems) > 0 {
			var says []string
			for _, p := range problems {
				says = append(says, p.String())
			}
			return &fault.Error{Code: fault.Refused, Field: "order", Message: "a modification may only narrow the order in force, and this one widens it: " + strings.Join(says, "; ")}
		}
	default:
		if e.Scope != "" {
			return &fault.Error{Code: fault.Invalid, Field: "scope", Message: fmt.Sprintf("a ruling that is %s quashes nothing: it has no scope", e.Outcome)}
		}
		if e.Order != nil {
			return &fault.Error{Code: fault.Invalid, Field: "order", Message: "only a ruling that modifies the subpoena carries an order"}
		}
	}
	return nil
}

// checkProduction checks the acts on a built production: releasing it,
// downloading it, voiding it. A release and the applicant's download are
// decided by the gate now, on everything recorded (invariant 1); staff may
// download what they built to review it; nothing voided leaves.
func checkProduction(all *State, e Event, cal *courttime.Calendar, replay bool) error {
	if len(e.On) != 1 {
		return &fault.Error{Code: fault.Invalid, Field: "on", Message: "name the one production"}
	}
	p := all.Production(e.On[0])
	if p == nil || p.Built.After(e.At) {
		return &fault.Error{Code: fault.Refused, Field: "on", Message: fmt.Sprintf("there is no production %q", e.On[0])}
	}
	if !p.Voided.IsZero() && !replay {
		return refused("production %q was voided on %s (%s): it is never released nor downloaded", p.ID, courtDay(cal, p.Voided).Long(), p.VoidReason)
	}
	switch e.Type {
	case ProductionVoided:
		if strings.TrimSpace(e.Note) == "" {
			return &fault.Error{Code: fault.Invalid, Field: "note", Message: "say why the production is voided"}
		}
		return nil
	case ProductionDownloaded:
		switch e.By {
		case order.Provider:
			return nil
		case order.Applicant, "":
		default:
			return &fault.Error{Code: fault.Invalid, Field: "by", Message: "a production is downloaded by the provider's staff or the applicant's counsel"}
		}
		if p.Released.IsZero() {
			return refused("production %q has not been released", p.ID)
		}
		if all.Acknowledged.IsZero() {
			return refused("the applicant has not acknowledged the use restriction")
		}
	case ProductionReleased:
		if !p.Released.IsZero() {
			return refused("production %q was already released", p.ID)
		}
	}
	if replay {
		return nil
	}
	return MayDisclose(all, cal, e.At, p.Accounts)
}

// MayDisclose decides whether the data of these accounts may leave writ at
// now, on the state folded from every event recorded, whatever their At
// (invariant 1): it is nil when the gate is open for each, and otherwise a
// gate_closed error with every reason.
func MayDisclose(all *State, cal *courttime.Calendar, now time.Time, accounts []string) error {
	windows, err := Windows(all, cal, now)
	if err != nil {
		return err
	}
	g := Decide(all, windows, cal, now)
	var reasons []string
	for _, label := range accounts {
		ag, ok := g.For(label)
		if !ok {
			reasons = append(reasons, fmt.Sprintf("%s: not a target of the order", label))
			continue
		}
		for _, r := range ag.Reasons {
			reasons = append(reasons, label+": "+r)
		}
	}
	if len(reasons) > 0 {
		return fault.Errorf(fault.GateClosed, "the order does not allow disclosure now (%s):\n%s",
			now.In(cal.Location).Format("Monday 2006-01-02 15:04 MST"), strings.Join(reasons, "\n"))
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
