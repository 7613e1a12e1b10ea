package matter

import (
	"time"

	"github.com/writ-project/writ/internal/courttime"
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
	State      *State        `json:"-"`
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
}

// Assess evaluates a case at now from its events, using only the events
// that had happened by now.
func Assess(events []Event, cal *courttime.Calendar, now time.Time) (*Assessment, error) {
	s := Apply(events, now)
	duties, err := Duties(s, cal, now)
	if err != nil {
		return nil, err
	}
	windows, err := Windows(s, cal, now)
	if err != nil {
		return nil, err
	}
	a := &Assessment{AsOf: now.UTC(), Duties: duties, Windows: windows, State: s,
		Objections: []ContestView{}, Motions: []ContestView{}, Gate: Decide(s, windows, cal, now)}
	if a.Duties == nil {
		a.Duties = []Duty{}
	}
	if a.Windows == nil {
		a.Windows = []Window{}
	}
	for _, c := range s.Contests {
		v := ContestView{ID: c.ID, Account: c.Account, By: string(c.By), Docket: c.Docket, Status: string(c.Status)}
		if c.Outcome != "" {
			v.Status, v.Ruled = string(c.Outcome), courtDay(cal, c.Ruled)
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
