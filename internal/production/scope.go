package production

import (
	"fmt"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/source"
)

// Window is a time window of an order's request, resolved for one account
// to the instants it covers. An access-log entry may be produced only when
// it falls inside a window of a request that reaches access logs.
type Window struct {
	// Request is the number of the request the window belongs to.
	Request int `json:"request"`
	// Kind is the window's shape in the order (account_creation_day, range,
	// or "unlimited" for a request that sets no window).
	Kind string `json:"kind"`
	// FirstDay and LastDay are the days the window covers in the court's
	// time zone, both included.
	FirstDay courttime.Date `json:"first_day"`
	LastDay  courttime.Date `json:"last_day"`
	// From is the first instant inside the window (zero for an unlimited
	// window), To the first instant after it, both in UTC.
	From time.Time `json:"from,omitzero"`
	To   time.Time `json:"to"`
	// Rule says, in words, how the window was read from the order.
	Rule string `json:"rule"`
}

// Unlimited is the Kind of the window of a request that sets none: it
// reaches every entry up to the end of the response date.
const Unlimited = "unlimited"

// Contains reports whether t is inside the window.
func (w Window) Contains(t time.Time) bool { return !t.Before(w.From) && t.Before(w.To) }

// Source returns the window in the form a source takes, so that the
// windows are pushed down to where the log lives.
func (w Window) Source() source.Window { return source.Window{From: w.From, To: w.To} }

// SourceWindows returns the windows in the form a source takes.
func SourceWindows(ws []Window) []source.Window {
	out := make([]source.Window, len(ws))
	for i, w := range ws {
		out[i] = w.Source()
	}
	return out
}

// Scope resolves the windows of every request of the order that reaches
// access logs, for an account created at created, with resp the day the
// platform responds (the day the production is built) and loc the court's
// time zone. The court's days become instants in its zone and are returned
// in UTC:
//
//   - account_creation_day is the whole day on which the account was
//     created, in the court's zone: an account created at 23:59 Pacific
//     time was created on that Pacific day, although it is already the
//     next day in UTC, and the window is that Pacific day.
//   - a range runs from the start of its first day to the end of its last
//     day in the court's zone; a range "until the date that you respond"
//     ends at the end of the response date (Fed. R. Civ. P. 6(a)(4)(A)
//     reads a day as ending at midnight in the court's zone).
//   - a request without windows is not limited in time; it reaches every
//     entry up to the end of the response date, since a production cannot
//     hold what had not happened when it was built.
//
// Scope returns no windows when the order does not allow access logs.
func Scope(o *order.Order, resp courttime.Date, loc *time.Location, created time.Time) ([]Window, error) {
	if o == nil {
		return nil, fault.Errorf(fault.Invalid, "no order")
	}
	if loc == nil {
		return nil, fault.Errorf(fault.Invalid, "no court time zone")
	}
	if resp.IsZero() {
		return nil, fault.Errorf(fault.Invalid, "no response date: the access-log windows run until the day the platform responds")
	}
	if !o.Allows(order.AccessLogs) {
		return nil, nil
	}
	var ws []Window
	for _, r := range o.Requests {
		if !reaches(r, order.AccessLogs) {
			continue
		}
		rws, err := requestWindows(o, r, resp, loc, created)
		if err != nil {
			return nil, err
		}
		ws = append(ws, rws...)
	}
	return ws, nil
}

// requestWindows resolves the windows of one request (see Scope).
func requestWindows(o *order.Order, r order.Request, resp courttime.Date, loc *time.Location, created time.Time) ([]Window, error) {
	if len(r.Windows) == 0 {
		return []Window{{
			Request: r.Number, Kind: Unlimited,
			LastDay: resp, To: resp.End(loc).UTC(),
			Rule: fmt.Sprintf("request %d sets no window: every entry up to the end of the response date %s (%s)", r.Number, resp, loc),
		}}, nil
	}
	var ws []Window
	for i, w := range r.Windows {
		field := fmt.Sprintf("order: request %d, window %d", r.Number, i+1)
		switch w.Kind {
		case order.AccountCreationDay:
			if created.IsZero() {
				return nil, &fault.Error{Code: fault.Invalid, Field: field,
					Message: "the account's creation time is not known, so the window of the day it was created cannot be applied; resolve the account again"}
			}
			day := courttime.DateOf(created.In(loc))
			ws = append(ws, Window{
				Request: r.Number, Kind: string(w.Kind), FirstDay: day, LastDay: day,
				From: day.Start(loc).UTC(), To: day.End(loc).UTC(),
				Rule: fmt.Sprintf("the day the account was created: created %s, which is %s in the court's time zone (%s)",
					created.UTC().Format(time.RFC3339), day, loc),
			})
		case order.Range:
			from, to, ok := w.Resolve(o.Date, resp)
			if !ok {
				return nil, &fault.Error{Code: fault.Invalid, Field: field,
					Message: "the window is not a range with both ends known (from and to)"}
			}
			if to.Before(from) {
				return nil, &fault.Error{Code: fault.Invalid, Field: field,
					Message: fmt.Sprintf("the window ends on %s, before it begins on %s", to, from)}
			}
			ws = append(ws, Window{
				Request: r.Number, Kind: string(w.Kind), FirstDay: from, LastDay: to,
				From: from.Start(loc).UTC(), To: to.End(loc).UTC(),
				Rule: fmt.Sprintf("from %s (%s) through %s (%s), whole days in the court's time zone (%s)", from, w.From, to, w.To, loc),
			})
		default:
			return nil, &fault.Error{Code: fault.Invalid, Field: field,
				Message: fmt.Sprintf("writ does not know the window kind %q", w.Kind)}
		}
	}
	return ws, nil
}

// reaches reports whether a request names a category.
func reaches(r order.Request, c order.Category) bool {
	for _, rc := range r.Categories {
		if rc == c {
			return true
		}
	}
	return false
}

// inAny reports whether t is inside any of the windows.
func inAny(ws []Window, t time.Time) bool {
	for _, w := range ws {
		if w.Contains(t) {
			return true
		}
	}
	return false
}
