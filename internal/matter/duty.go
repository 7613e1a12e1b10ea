package matter

import (
	"fmt"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/order"
)

// Status is where a duty stands at a moment.
type Status string

// The statuses of a duty. The names are a contract.
const (
	NotTriggered Status = "not_triggered"
	DutyPending  Status = "pending"
	Met          Status = "met"
	MetLate      Status = "met_late"
	Overdue      Status = "overdue"
)

// Duty is one act a party must do by a day: one condition of the order
// applied to one occurrence of its trigger (one per account for notices,
// one per objection for advising the court).
type Duty struct {
	// ID is stable for a case: the condition's key, and the account or
	// objection it concerns ("notify/Aya@ay_chim0807", "advise_court/obj-1").
	ID        string      `json:"id"`
	Condition string      `json:"condition"`
	Party     order.Party `json:"party"`
	Act       order.Act   `json:"act"`
	Account   string      `json:"account,omitempty"`
	Contest   string      `json:"contest,omitempty"`
	// TriggerEvent is the kind of event the period runs from; Trigger the
	// day it happened (null until it has).
	TriggerEvent   order.Trigger  `json:"trigger_event"`
	Trigger        courttime.Date `json:"trigger"`
	Due            courttime.Date `json:"due"`
	CalendarDue    courttime.Date `json:"calendar_due"`
	DueFederalOnly courttime.Date `json:"due_federal_only"`
	// DueLatest is the due date on the latest reading of the calendar. A
	// duty's status is judged by Due (the court's reading); the platform
	// does well to schedule by DueFederalOnly, the earliest.
	DueLatest courttime.Date `json:"due_latest"`
	ExpiresAt *time.Time     `json:"expires_at,omitempty"`
	Status    Status         `json:"status"`
	// MetAt is when the act was done.
	MetAt *time.Time `json:"met_at,omitempty"`
	Rule  string     `json:"rule,omitempty"`
	Steps []string   `json:"steps"`
	// Text is the condition in the order's words.
	Text string `json:"text,omitempty"`
	// Task is what staff must do now that the status alone does not say:
	// a notice to this account failed (it bounced, or no address took it)
	// and none has been given since, so the notice must go out another
	// way before the duty falls due. Empty when there is nothing to add.
	Task string `json:"task,omitempty"`
}

// occurrence is one happening of a condition's trigger.
type occurrence struct {
	at      time.Time
	account string
	contest string
}

// dutyActs are the acts that are duties (owed by a day), as opposed to
// rights (windows) and holds.
var dutyActs = map[order.Act]bool{
	order.ServeOrderWithSubpoena: true,
	order.NotifyAccountHolders:   true,
	order.AdviseCourt:            true,
	order.Produce:                true,
}

// Duties lists every duty of the order in force, at now.
func Duties(s *State, cal *courttime.Calendar, now time.Time) ([]Duty, error) {
	var out []Duty
	if s.Order == nil {
		return nil, nil
	}
	for _, c := range s.Order.Conditions {
		if !dutyActs[c.Act] {
			continue
		}
		occs, triggered := occurrences(s, c)
		if !triggered {
			out = append(out, Duty{ID: c.Key(), Condition: c.Key(), Party: c.Party, Act: c.Act, TriggerEvent: c.Trigger,
				Status: NotTriggered, Text: c.Text, Steps: []string{notTriggered(c)}})
			continue
		}
		for _, o := range occs {
			d, err := duty(s, cal, c, o, now)
			if err != nil {
				return nil, err
			}
			out = append(out, d)
		}
	}
	return out, nil
}

// occurrences returns each happening of the condition's trigger that a
// duty runs from. Notices are owed to each account, so a notice duty
// triggered by service is one duty per account.
func occurrences(s *State, c order.Condition) ([]occurrence, bool) {
	var at []occurrence
	switch c.Trigger {
	case order.SubpoenaServed, order.SubpoenaReceived, order.OrderServed:
		if s.Service == nil {
			return nil, false
		}
		at = []occurrence{{at: s.Service.At}}
	case order.OrderDate:
		at = []occurrence{{at: s.Original.Date.Start(time.UTC)}}
	case order.NoticeGiven:
		for _, t := range s.Order.Targets {
			if a := s.Accounts[t.Label]; a != nil && a.Notice != nil {
				at = append(at, occurrence{at: a.Notice.Sent, account: t.Label})
			}
		}
	case order.ObjectionReceived:
		for _, k := range s.Contests {
			if k.Kind == Objection {
				at = append(at, occurrence{at: k.At, account: k.Account, contest: k.ID})
			}
		}
	case order.RulingMade:
		for _, k := range s.Contests {
			if !k.Ruled.IsZero() {
				at = append(at, occurrence{at: k.Ruled, contest: k.ID})
			}
		}
	}
	if c.Act == order.NotifyAccountHolders && len(at) == 1 && at[0].account == "" {
		one := at[0]
		at = nil
		for _, t := range s.Order.Targets {
			at = append(at, occurrence{at: one.at, account: t.Label})
		}
	}
	return at, len(at) > 0
}

func notTriggered(c order.Condition) string {
	return fmt.Sprintf("Not yet triggered: the period runs from %s, which has not happened.", triggerWords(c.Trigger))
}

func triggerWords(t order.Trigger) string {
	switch t {
	case order.SubpoenaServed:
		return "service of the subpoena"
	case order.OrderServed:
		return "service of the order"
	case order.SubpoenaReceived:
		return "receipt of the subpoena"
	case order.NoticeGiven:
		return "the notice to the account holder"
	case order.ObjectionReceived:
		return "receipt of an objection"
	case order.RulingMade:
		return "the court's ruling"
	case order.OrderDate:
		return "the date of the order"
	}
	return string(t)
}

// duty computes one duty from one occurrence of its trigger.
func duty(s *State, cal *courttime.Calendar, c order.Condition, o occurrence, now time.Time) (Duty, error) {
	d := Duty{ID: c.Key(), Condition: c.Key(), Party: c.Party, Act: c.Act, Account: o.account, Contest: o.contest,
		TriggerEvent: c.Trigger, Trigger: courtDay(cal, o.at), Text: c.Text}
	if o.account != "" {
		d.ID += "/" + o.account
	}
	if o.contest != "" && c.Act == order.AdviseCourt {
		d.ID = c.Key() + "/" + o.contest
	}
	var expires time.Time
	if c.Days == 0 && c.Hours == 0 {
		// "At the time of service": due the day of the trigger.
		d.Due, d.CalendarDue, d.DueFederalOnly, d.DueLatest = d.Trigger, d.Trigger, d.Trigger, d.Trigger
		expires = d.Trigger.End(cal.Location)
		d.Steps = []string{fmt.Sprintf("The order requires this at the time of %s, on %s; there is no period to count.", triggerWords(c.Trigger), d.Trigger.Long())}
	} else {
		// Fed. R. Civ. P. 6(d)'s 3 days for mail are not added: they extend
		// periods after service under Rule 5(b), and neither a subpoena
		// (Rule 45(b)) nor a notice under the order is such service.
		// Counting without them never makes a duty later than it is.
		p := courttime.Period{Trigger: d.Trigger, Days: c.Days, Before: c.Direction == order.Before}
		if c.Hours > 0 {
			p = courttime.Period{TriggerAt: o.at, Hours: c.Hours, Before: c.Direction == order.Before}
		}
		r, err := cal.Compute(p)
		if err != nil {
			return Duty{}, fmt.Errorf("duty %s: %w", d.ID, err)
		}
		d.Due, d.CalendarDue, d.DueFederalOnly, d.DueLatest, d.Rule = r.Due, r.CalendarDue, r.DueFederalOnly, r.DueLatest, r.Rule
		d.Steps = append([]string{fmt.Sprintf("The period runs from %s, on %s.", triggerWords(c.Trigger), d.Trigger.Long())}, r.Steps...)
		expires = r.ExpiresAt
	}
	d.ExpiresAt = &expires
	met, ok := metAt(s, c, o)
	switch {
	case ok && !met.After(now) && met.Before(expires):
		d.Status, d.MetAt = Met, &met
	case ok && !met.After(now):
		d.Status, d.MetAt = MetLate, &met
	case now.Before(expires):
		d.Status = DutyPending
	default:
		d.Status = Overdue
	}
	if c.Act == order.NotifyAccountHolders {
		failedNotice(s, cal, &d)
	}
	return d, nil
}

// failedNotice sets the task of a notice duty whose last notice failed.
// A notice that bounced was not given (the order requires the platform to
// "notify", not to try), so the duty is owed again, and the staff who sent
// it must know before the due day that another channel is needed: another
// verified address, post, or the platform's own message to the account.
func failedNotice(s *State, cal *courttime.Calendar, d *Duty) {
	a := s.Accounts[d.Account]
	if a == nil || a.Notice != nil || len(a.Failures) == 0 || (d.Status != DutyPending && d.Status != Overdue) {
		return
	}
	failed := courtDay(cal, a.Failures[len(a.Failures)-1])
	why := ""
	if a.FailureNote != "" {
		why = " (" + a.FailureNote + ")"
	}
	if d.Status == Overdue {
		d.Task = fmt.Sprintf("The notice to this account holder failed on %s%s, and the duty is overdue: give notice another way at once and record it.", failed.Long(), why)
	} else {
		d.Task = fmt.Sprintf("The notice to this account holder failed on %s%s: give notice another way (another verified address, post, or the platform's own message to the account) and record it by %s.", failed.Long(), why, d.Due.Long())
	}
	d.Steps = append(d.Steps, fmt.Sprintf("A notice was attempted and failed on %s; a failed notice is not notice, so the duty is still owed.", failed.Long()))
}

// metAt returns when the act a duty requires was done, if it was.
func metAt(s *State, c order.Condition, o occurrence) (time.Time, bool) {
	switch c.Act {
	case order.ServeOrderWithSubpoena:
		if s.Service != nil && s.Service.WithOrder {
			return s.Service.At, true
		}
	case order.NotifyAccountHolders:
		if a := s.Accounts[o.account]; a != nil && a.Notice != nil {
			return a.Notice.Sent, true
		}
	case order.AdviseCourt:
		if k := s.Contest(o.contest); k != nil && !k.Advised.IsZero() {
			return k.Advised, true
		}
	case order.Produce:
		for _, p := range s.Productions {
			if !p.Released.IsZero() {
				return p.Released, true
			}
		}
	}
	return time.Time{}, false
}

// courtDay is the day an instant falls on in the court's time zone.
func courtDay(cal *courttime.Calendar, t time.Time) courttime.Date {
	return courttime.DateOf(t.In(cal.Location))
}
