package matter

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
)

const (
	konno = "konnoyukio@CmRUCE"
	aya   = "Aya@ay_chim0807"
)

var la = mustLoc("America/Los_Angeles")

func mustLoc(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

// at is 10:00 in San Jose on a day: when something happened.
func at(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 10, 0, 0, 0, la) }

// endOf is the last instant of a day in San Jose: "as of that day".
func endOf(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d+1, 0, 0, 0, 0, la).Add(-time.Nanosecond)
}

func seedOrder(t testing.TB) *order.Order {
	t.Helper()
	b, err := os.ReadFile("../../examples/orders/takagi-2022.json")
	if err != nil {
		t.Fatal(err)
	}
	var o order.Order
	if err := json.Unmarshal(b, &o); err != nil {
		t.Fatal(err)
	}
	return &o
}

func cand(t testing.TB) *courttime.Calendar {
	c, err := courttime.Court("cand")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func yes() *bool { b := true; return &b }

// recorder builds a case's events, checking each as the store's caller
// would, and failing the test on a refusal.
type recorder struct {
	t      testing.TB
	cal    *courttime.Calendar
	events []Event
}

func newCase(t testing.TB, o *order.Order) *recorder {
	r := &recorder{t: t, cal: cand(t)}
	r.add(Event{Type: OrderEntered, At: o.Date.Start(la).Add(12 * time.Hour), Order: o})
	return r
}

func (r *recorder) try(e Event) error {
	e.Seq = int64(len(r.events) + 1)
	switch {
	case !e.RecordedAt.IsZero():
	case IsAct(e.Type):
		// writ's own acts happen when it records them.
		e.RecordedAt = e.At
	default:
		e.RecordedAt = e.At.Add(time.Hour)
	}
	if err := Check(r.events, e, r.cal); err != nil {
		return err
	}
	r.events = append(r.events, e)
	return nil
}

func (r *recorder) add(e Event) *recorder {
	r.t.Helper()
	if err := r.try(e); err != nil {
		r.t.Fatalf("%s refused: %v", e.Type, err)
	}
	return r
}

func (r *recorder) served(when time.Time) *recorder {
	return r.add(Event{Type: SubpoenaServed, At: when, Method: "personal", WithOrder: yes(), Conforms: yes()})
}

func (r *recorder) notice(account string, when time.Time) *recorder {
	return r.add(Event{Type: NoticeSent, At: when, Account: account, Method: "email"})
}

func (r *recorder) assess(now time.Time) *Assessment {
	r.t.Helper()
	a, err := Assess(r.events, r.cal, now)
	if err != nil {
		r.t.Fatal(err)
	}
	return a
}

func findDuty(t *testing.T, a *Assessment, id string) Duty {
	t.Helper()
	for _, d := range a.Duties {
		if d.ID == id {
			return d
		}
	}
	t.Fatalf("no duty %s among %v", id, a.Duties)
	return Duty{}
}

// TestSeedOrderGolden pins the reading of the seed order (DESIGN.md): the
// dates below were counted on a printed 2022 calendar.
func TestSeedOrderGolden(t *testing.T) {
	c := newCase(t, seedOrder(t)).served(at(2022, 10, 20))

	a := c.assess(endOf(2022, 10, 20))
	for _, id := range []string{"notify/" + konno, "notify/" + aya} {
		d := findDuty(t, a, id)
		if d.Due != courttime.D(2022, 10, 31) || d.CalendarDue != courttime.D(2022, 10, 30) || d.Status != DutyPending {
			t.Errorf("%s: due %v (calendar %v) %s; want 2022-10-31 (2022-10-30) pending", id, d.Due, d.CalendarDue, d.Status)
		}
	}
	if d := findDuty(t, a, "serve_order"); d.Status != Met {
		t.Errorf("serve_order: %s; want met", d.Status)
	}

	c.notice(konno, at(2022, 10, 21)).notice(aya, at(2022, 10, 28))
	a = c.assess(endOf(2022, 11, 2))
	for _, w := range a.Windows {
		want := map[string]courttime.Date{konno: courttime.D(2022, 11, 14), aya: courttime.D(2022, 11, 18)}[w.Account]
		if w.Closes != want || !w.Open {
			t.Errorf("window %s/%s closes %v open=%v; want %v, open", w.Account, w.Kind, w.Closes, w.Open, want)
		}
	}
	for _, id := range []string{"notify/" + konno, "notify/" + aya} {
		if d := findDuty(t, a, id); d.Status != Met {
			t.Errorf("%s: %s; want met", id, d.Status)
		}
	}
	if a.Gate.Open || gateOpen(a, konno) || gateOpen(a, aya) {
		t.Errorf("gate open on 2022-11-02 while windows are open: %+v", a.Gate)
	}

	// Without an objection, the gate opens the day after the last window closes.
	quiet := &recorder{t: t, cal: c.cal, events: append([]Event(nil), c.events...)}
	if a := quiet.assess(endOf(2022, 11, 18)); a.Gate.Open {
		t.Errorf("gate open on 2022-11-18: %+v", a.Gate)
	} else if ag, _ := a.Gate.For(konno); ag.Earliest != courttime.D(2022, 11, 19) {
		t.Errorf("earliest for %s = %v; want 2022-11-19", konno, ag.Earliest)
	}
	if a := quiet.assess(endOf(2022, 11, 19)); !a.Gate.Open {
		t.Errorf("gate closed on 2022-11-19 without any contest: %+v", a.Gate)
	}

	c.add(Event{Type: ObjectionReceived, At: at(2022, 11, 8), Account: aya, ID: "obj-1"})
	a = c.assess(endOf(2022, 11, 21))
	d := findDuty(t, a, "advise_court/obj-1")
	if d.Due != courttime.D(2022, 11, 18) || d.Status != Overdue {
		t.Errorf("advise court: due %v %s; want 2022-11-18 overdue (not advised)", d.Due, d.Status)
	}
	if gateOpen(a, konno) || gateOpen(a, aya) {
		t.Errorf("gate open on 2022-11-21 with an objection pending: %+v", a.Gate)
	}
	if !strings.Contains(strings.Join(a.Gate.Reasons, " "), "pending") {
		t.Errorf("reasons do not say an objection is pending: %v", a.Gate.Reasons)
	}

	c.add(Event{Type: CourtAdvised, At: at(2022, 11, 15), On: []string{"obj-1"}})
	c.add(Event{Type: Ruling, At: at(2022, 12, 5), On: []string{"obj-1"}, Outcome: Overruled})
	if a := c.assess(endOf(2022, 12, 4)); a.Gate.Open {
		t.Errorf("gate open on 2022-12-04, before the ruling")
	}
	a = c.assess(endOf(2022, 12, 5))
	if !gateOpen(a, konno) || !gateOpen(a, aya) || !a.Gate.Open {
		t.Errorf("gate closed after the objection was overruled: %+v", a.Gate)
	}
	if d := findDuty(t, a, "advise_court/obj-1"); d.Status != Met {
		t.Errorf("advise court: %s; want met", d.Status)
	}
}

func gateOpen(a *Assessment, label string) bool {
	ag, ok := a.Gate.For(label)
	return ok && ag.Open
}

func TestCheckRefuses(t *testing.T) {
	o := seedOrder(t)
	served := func() *recorder { return newCase(t, o).served(at(2022, 10, 20)) }
	// built: both notices given 2022-10-21, the windows closed Monday
	// 2022-11-14, a production built on 2022-11-20.
	built := func() *recorder {
		return served().notice(aya, at(2022, 10, 21)).notice(konno, at(2022, 10, 21)).
			add(Event{Type: ProductionBuilt, At: at(2022, 11, 20), ID: "p1", Accounts: []string{aya}})
	}
	objected := func() *recorder {
		return served().add(Event{Type: ObjectionReceived, At: at(2022, 11, 8), Account: aya, ID: "obj-1"})
	}
	moved := func() *recorder {
		return served().add(Event{Type: MotionFiled, At: at(2022, 11, 8), Account: aya, By: order.AccountHolder, ID: "m1"})
	}
	for _, tc := range []struct {
		name string
		r    *recorder
		e    Event
		code fault.Code
	}{
		{"a notice before service", newCase(t, o), Event{Type: NoticeSent, At: at(2022, 10, 21), Account: aya}, fault.Refused},
		{"a notice dated before the recorded service", served(), Event{Type: NoticeSent, At: at(2022, 10, 19), Account: aya}, fault.Refused},
		{"a notice to an account the order does not name", served(), Event{Type: NoticeSent, At: at(2022, 10, 21), Account: "someone_else"}, fault.Invalid},
		{"a ruling on an objection that does not exist", served(), Event{Type: Ruling, At: at(2022, 12, 5), On: []string{"obj-9"}, Outcome: Overruled}, fault.Refused},
		{"a ruling without an outcome", served().add(Event{Type: ObjectionReceived, At: at(2022, 11, 8), Account: aya, ID: "obj-1"}), Event{Type: Ruling, At: at(2022, 12, 5), On: []string{"obj-1"}}, fault.Invalid},
		{"a modifying ruling without the new scope", served().add(Event{Type: ObjectionReceived, At: at(2022, 11, 8), Account: aya, ID: "obj-1"}), Event{Type: Ruling, At: at(2022, 12, 5), On: []string{"obj-1"}, Outcome: Modified}, fault.Invalid},
		{"withdrawing an objection twice", served().add(Event{Type: ObjectionReceived, At: at(2022, 11, 8), Account: aya, ID: "obj-1"}).add(Event{Type: ObjectionWithdrawn, At: at(2022, 11, 9), On: []string{"obj-1"}}), Event{Type: ObjectionWithdrawn, At: at(2022, 11, 10), On: []string{"obj-1"}}, fault.Refused},
		{"a second service", served(), Event{Type: SubpoenaServed, At: at(2022, 10, 21), WithOrder: yes()}, fault.Refused},
		{"a cure dated before the defective service", newCase(t, o).add(Event{Type: SubpoenaServed, At: at(2022, 10, 20), WithOrder: new(bool), Conforms: yes()}), Event{Type: SubpoenaServed, At: at(2022, 10, 19), WithOrder: yes(), Conforms: yes()}, fault.Refused},
		{"an event in the future", served(), Event{Type: NoticeSent, At: at(2022, 10, 25), RecordedAt: at(2022, 10, 24), Account: aya}, fault.Refused},
		{"an event before the order", newCase(t, o), Event{Type: SubpoenaServed, At: at(2022, 10, 1), WithOrder: yes()}, fault.Refused},
		{"a second order", newCase(t, o), Event{Type: OrderEntered, At: at(2022, 10, 14), Order: o}, fault.Refused},
		{"an objection id used twice", served().add(Event{Type: ObjectionReceived, At: at(2022, 11, 8), Account: aya, ID: "obj-1"}), Event{Type: ObjectionReceived, At: at(2022, 11, 9), Account: konno, ID: "obj-1"}, fault.Conflict},
		{"a build while the windows are open", served().notice(aya, at(2022, 10, 21)).notice(konno, at(2022, 10, 21)), Event{Type: ProductionBuilt, At: at(2022, 11, 1), ID: "p1", Accounts: []string{aya}}, fault.GateClosed},
		{"a download before release", built(), Event{Type: ProductionDownloaded, At: at(2022, 11, 22), By: order.Applicant, On: []string{"p1"}}, fault.Refused},
		{"a release of a voided production", built().add(Event{Type: ProductionVoided, At: at(2022, 11, 21), On: []string{"p1"}, Note: "the wrong account"}), Event{Type: ProductionReleased, At: at(2022, 11, 22), On: []string{"p1"}}, fault.Refused},
		{"voiding without a reason", built(), Event{Type: ProductionVoided, At: at(2022, 11, 21), On: []string{"p1"}}, fault.Invalid},
		{"overruling a motion", served().add(Event{Type: MotionFiled, At: at(2022, 11, 1), ID: "m1", By: order.Provider}), Event{Type: Ruling, At: at(2022, 12, 5), On: []string{"m1"}, Outcome: Overruled}, fault.Invalid},
		{"granting an objection", objected(), Event{Type: Ruling, At: at(2022, 12, 5), On: []string{"obj-1"}, Outcome: Granted, Relief: ReliefQuash}, fault.Invalid},
		{"granting a motion without saying what it obtains", moved(), Event{Type: Ruling, At: at(2022, 12, 5), On: []string{"m1"}, Outcome: Granted}, fault.Invalid},
		{"quashing on a holder's motion without a scope", moved(), Event{Type: Ruling, At: at(2022, 12, 5), On: []string{"m1"}, Outcome: Granted, Relief: ReliefQuash}, fault.Invalid},
		{"a scope on a denial", moved(), Event{Type: Ruling, At: at(2022, 12, 5), On: []string{"m1"}, Outcome: Denied, Scope: ScopeAccount}, fault.Invalid},
		{"withdrawing a motion as an objection", moved(), Event{Type: ObjectionWithdrawn, At: at(2022, 11, 9), On: []string{"m1"}}, fault.Refused},
		{"withdrawing an objection as a motion", objected(), Event{Type: MotionWithdrawn, At: at(2022, 11, 9), On: []string{"obj-1"}}, fault.Refused},
		{"an unknown event", newCase(t, o), Event{Type: "party", At: at(2022, 10, 20)}, fault.Invalid},
		{"service without saying whether the order was served", newCase(t, o), Event{Type: SubpoenaServed, At: at(2022, 10, 20)}, fault.Invalid},
		{"a motion by nobody", served(), Event{Type: MotionFiled, At: at(2022, 11, 1), ID: "m1"}, fault.Invalid},
		{"advising the court of a motion", served().add(Event{Type: MotionFiled, At: at(2022, 11, 1), ID: "m1", By: order.Provider}), Event{Type: CourtAdvised, At: at(2022, 11, 2), On: []string{"m1"}}, fault.Refused},
		{"anything after the case is closed", served().add(Event{Type: CaseClosed, At: at(2022, 12, 20)}), Event{Type: NoticeSent, At: at(2022, 12, 21), Account: aya}, fault.Refused},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := len(tc.r.events)
			err := tc.r.try(tc.e)
			if fault.CodeOf(err) != tc.code {
				t.Fatalf("error %v (code %q); want code %q", err, fault.CodeOf(err), tc.code)
			}
			if len(tc.r.events) != before {
				t.Error("a refused event was kept")
			}
		})
	}
}
