package matter

import (
	"fmt"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/order"
)

// Assessment is how a case stands at a moment: everything `writ case show`
// prints. Its JSON names are a contract.
type Assessment struct {
	AsOf       time.Time     `json:"as_of"`
	Duties     []Duty        `json:"duties"`
	Windows    []Window      `json:"windows"`
	Objections []ContestView `json:"objections"`
	Motions    []ContestView `json:"motions"`
	Gate       Gate          `json:"gate"`
	// Incidents are acts the order, on what writ has been told since, did
	// not allow (see Incident). For staff and the court.
	Incidents []Incident `json:"incidents"`
	State     *State     `json:"-"`
}

// ContestView is an objection or a motion as `case show` lists it.
type ContestView struct {
	ID       string         `json:"id"`
	Account  string         `json:"account,omitempty"`
	By       string         `json:"by,omitempty"`
	Received courttime.Date `json:"received,omitzero"`
	Filed    courttime.Date `json:"filed,omitzero"`
	Docket   string         `json:"docket,omitempty"`
	Advised  courttime.Date `json:"advised,omitzero"`
	Status   string         `json:"status"`
	Ruled    courttime.Date `json:"ruled,omitzero"`
	// Relief and Scope say what a ruling that granted a motion or
	// sustained an objection did, and how far it reaches.
	Relief Relief `json:"relief,omitempty"`
	Scope  Scope  `json:"scope,omitempty"`
	// Timely is false for an objection or motion that came after the
	// holder's window to make it had closed (on the latest reading of the
	// calendar). A late one still holds the gate until the court rules:
	// whether to hear it is the court's call, not the platform's.
	Timely bool `json:"timely"`
	// Late says, when it is not timely, when the window closed.
	Late string `json:"late,omitempty"`
}

// Assess evaluates a case at now from its events, using only the events
// that had happened by now.
func Assess(events []Event, cal *courttime.Calendar, now time.Time) (*Assessment, error) {
	// The events that had happened by now, once for the fold and the
	// incidents alike.
	happened := Happened(events, now)
	s := fold(happened)
	duties, err := Duties(s, cal, now)
	if err != nil {
		return nil, err
	}
	windows, err := Windows(s, cal, now)
	if err != nil {
		return nil, err
	}
	incidents, err := Incidents(happened, cal)
	if err != nil {
		return nil, err
	}
	a := &Assessment{AsOf: now.UTC(), Duties: duties, Windows: windows, State: s,
		Objections: []ContestView{}, Motions: []ContestView{}, Gate: Decide(s, windows, cal, now), Incidents: incidents}
	if a.Incidents == nil {
		a.Incidents = []Incident{}
	}
	if a.Duties == nil {
		a.Duties = []Duty{}
	}
	if a.Windows == nil {
		a.Windows = []Window{}
	}
	for _, c := range s.Contests {
		v := ContestView{ID: c.ID, Account: c.Account, By: string(c.By), Docket: c.Docket, Status: string(c.Status), Timely: true}
		if c.Outcome != "" {
			v.Status, v.Ruled, v.Relief, v.Scope = string(c.Outcome), courtDay(cal, c.Ruled), c.Relief, c.Scope
		}
		if closed, late := Late(c, windows); late {
			v.Timely, v.Late = false, fmt.Sprintf("It came on %s, after the window to make it closed at the end of %s.", courtDay(cal, c.At).Long(), closed.Long())
		}
		if !c.Advised.IsZero() {
			v.Advised = courtDay(cal, c.Advised)
		}
		if c.Kind == Objection {
			v.Received = courtDay(cal, c.At)
			a.Objections = append(a.Objections, v)
		} else {
			v.Filed = courtDay(cal, c.At)
			a.Motions = append(a.Motions, v)
		}
	}
	return a, nil
}

// Late reports whether a contest came after the window to make it had
// closed, and the last day of that window. An objection is judged by its
// holder's window to object in writing, a holder's motion by the window to
// move; a motion by the platform by the last of the holders' windows to
// move. A window is judged by its latest reading (the latest day any
// reasonable reading of the calendar allows), so that nobody is called
// late who may not be. Before notice there is no window, and nothing is
// late.
func Late(c *Contest, windows []Window) (courttime.Date, bool) {
	kind := order.ObjectInWriting
	if c.Kind == Motion {
		kind = order.MoveToQuash
	}
	var last *Window
	for i, w := range windows {
		if w.Kind != kind || w.ClosesLatestAt == nil || (c.Account != "" && w.Account != c.Account) {
			continue
		}
		if last == nil || w.ClosesLatestAt.After(*last.ClosesLatestAt) {
			last = &windows[i]
		}
		if c.Account == "" && w.Opens.IsZero() {
			return courttime.Date{}, false
		}
	}
	if last == nil || c.At.Before(*last.ClosesLatestAt) {
		return courttime.Date{}, false
	}
	return last.DueLatest, true
}
