package matter

import (
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
)

// correct records a correction of event seq, now, restating it as r (nil
// strikes it).
func correct(seq int64, reason string, r *Restated) Event {
	return act(Event{Type: Correction, Corrects: seq, Note: reason, Replacement: r}, today)
}

// TestCorrections: events are never edited; a correction supersedes a
// mistaken one, says why, and the fold honours it.
func TestCorrections(t *testing.T) {
	seed := seedOrder(t)
	t.Run("OK wrong day: the windows run from the notice as corrected", func(t *testing.T) {
		// konnoyukio's notice was recorded as given on Friday
		// 2022-10-21 (windows to Monday 2022-11-14); it went out on
		// Monday 2022-10-24: 21 days is Monday 2022-11-14 as well, so
		// take Friday 2022-10-28 instead: 21 days is Friday 2022-11-18.
		r := newCase(t, seed).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21)).notice(aya, at(2022, 10, 21))
		wrong := r.events[2]
		if wrong.Type != NoticeSent || wrong.Account != konno {
			t.Fatalf("event 3 is %s %s", wrong.Type, wrong.Account)
		}
		r.add(correct(wrong.Seq, "the notice went out on the 28th, not the 21st", &Restated{Type: NoticeSent, At: at(2022, 10, 28), Event: Event{Account: konno, Method: "email"}}))
		a := r.assess(endOf(2022, 11, 16))
		for _, w := range a.Windows {
			if w.Account == konno && w.Closes != courttime.D(2022, 11, 18) {
				t.Errorf("konnoyukio's %s window closes %s; want Friday 2022-11-18", w.Kind, w.Closes)
			}
		}
		if a.Gate.Open {
			t.Error("the gate is open on 2022-11-16 although konnoyukio may object until 2022-11-18")
		}
		if len(r.events) != 5 || r.events[2].At != wrong.At {
			t.Error("the mistaken event was changed: events are never edited")
		}
	})
	t.Run("OK wrong account", func(t *testing.T) {
		r := newCase(t, seed).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21)).notice(aya, at(2022, 10, 21))
		r.add(Event{Type: ObjectionReceived, At: at(2022, 11, 8), Account: konno, ID: "obj-1"})
		r.add(correct(5, "the objection came from Aya's holder", &Restated{Type: ObjectionReceived, At: at(2022, 11, 8), Event: Event{Account: aya, ID: "obj-1"}}))
		a := r.assess(endOf(2022, 11, 9))
		if len(a.Objections) != 1 || a.Objections[0].Account != aya {
			t.Fatalf("objections %+v; want one, from %s", a.Objections, aya)
		}
	})
	t.Run("OK a correction of a correction", func(t *testing.T) {
		r := newCase(t, seed).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21))
		r.add(correct(3, "the 22nd", &Restated{Type: NoticeSent, At: at(2022, 10, 22), Event: Event{Account: konno}}))
		r.add(correct(4, "the 24th after all", &Restated{Type: NoticeSent, At: at(2022, 10, 24), Event: Event{Account: konno}}))
		s := Apply(r.events, time.Time{})
		if got := courtDay(r.cal, s.Accounts[konno].Notice.Sent); got != courttime.D(2022, 10, 24) {
			t.Errorf("the notice in effect was given on %s; want 2022-10-24", got)
		}
		if n := len(Effective(r.events)); n != 3 {
			t.Errorf("%d events in effect; want 3 (order, service, the notice as last corrected)", n)
		}
	})
	t.Run("OK strike an event recorded in error", func(t *testing.T) {
		r := newCase(t, seed).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21))
		r.add(correct(3, "recorded in the wrong case", nil))
		if s := Apply(r.events, time.Time{}); s.Accounts[konno].Notice != nil {
			t.Error("a struck notice is still in effect")
		}
	})
	t.Run("OK an objection re-dated before a release by a correction raises an incident", func(t *testing.T) {
		r := newCase(t, seed).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21)).notice(aya, at(2022, 10, 21))
		r.add(act(Event{Type: ProductionBuilt, ID: "prod-1", Accounts: []string{konno, aya}}, today.Add(-3*time.Hour)))
		r.add(act(Event{Type: ProductionReleased, On: []string{"prod-1"}}, today.Add(-2*time.Hour)))
		// An objection recorded as received after the release: late, and
		// no incident; then it turns out it came on 2022-11-10.
		r.add(fact(Event{Type: ObjectionReceived, At: today.Add(-90 * time.Minute), Account: aya, ID: "obj-1"}, today.Add(-time.Hour)))
		if a := r.assess(today); len(a.Incidents) != 0 {
			t.Fatalf("incidents before the correction: %+v", a.Incidents)
		}
		r.add(correct(7, "the objection came by post on 2022-11-10", &Restated{Type: ObjectionReceived, At: at(2022, 11, 10), Event: Event{Account: aya, ID: "obj-1"}}))
		a := r.assess(today)
		if len(a.Incidents) != 1 || a.Incidents[0].Production != "prod-1" {
			t.Fatalf("incidents %+v; want one for prod-1", a.Incidents)
		}
		if !a.Objections[0].Timely {
			t.Error("the objection as corrected came in time")
		}
	})
	for _, tc := range []struct {
		name string
		e    func(r *recorder) Event
		code fault.Code
		says string
	}{
		{"ErrNoReason", func(r *recorder) Event {
			return correct(3, "", &Restated{Type: NoticeSent, At: at(2022, 10, 22), Event: Event{Account: konno}})
		}, fault.Invalid, "say why"},
		{"ErrNoSuchEvent", func(r *recorder) Event { return correct(99, "typo", nil) }, fault.Invalid, "event 99"},
		{"ErrTheOrder", func(r *recorder) Event { return correct(1, "wrong order", nil) }, fault.Refused, "modifies its order by a ruling"},
		{"ErrAnAct", func(r *recorder) Event { return correct(7, "not built", nil) }, fault.Refused, "voided instead"},
		{"ErrAnotherType", func(r *recorder) Event {
			return correct(3, "it failed", &Restated{Type: NoticeFailed, At: at(2022, 10, 21), Event: Event{Account: konno}})
		}, fault.Invalid, "strike this one"},
		{"ErrTheCaseNoLongerStands", func(r *recorder) Event {
			// Service moved after the notices given on 2022-10-21.
			return correct(2, "served later", &Restated{Type: SubpoenaServed, At: at(2022, 10, 25), Event: Event{WithOrder: yes(), Conforms: yes()}})
		}, fault.Refused, "would no longer stand"},
		{"ErrStrikeWhatOthersReferTo", func(r *recorder) Event { return correct(5, "no objection", nil) }, fault.Refused, "refers to obj-1"},
		{"ErrInTheFuture", func(r *recorder) Event {
			return correct(3, "later", &Restated{Type: NoticeSent, At: today.Add(time.Hour), Event: Event{Account: konno}})
		}, fault.Refused, "future"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// 1 order, 2 service, 3 and 4 the notices, 5 obj-1, 6 the
			// ruling on it, 7 a build.
			r := newCase(t, seed).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21)).notice(aya, at(2022, 10, 21))
			r.add(Event{Type: ObjectionReceived, At: at(2022, 11, 8), Account: aya, ID: "obj-1"})
			r.add(Event{Type: Ruling, At: at(2022, 11, 20), On: []string{"obj-1"}, Outcome: Overruled})
			r.add(act(Event{Type: ProductionBuilt, ID: "prod-1", Accounts: []string{konno}}, today.Add(-time.Hour)))
			e := tc.e(r)
			before := len(r.events)
			err := r.try(e)
			if fault.CodeOf(err) != tc.code || !strings.Contains(fault.Message(err), tc.says) {
				t.Fatalf("%v (code %q); want code %q saying %q", err, fault.CodeOf(err), tc.code, tc.says)
			}
			if len(r.events) != before {
				t.Error("a refused correction was kept")
			}
		})
	}
}

// TestCure: a service without the order, or of a subpoena that does not
// conform, is cured by serving again; the duties then run from the curing
// service. A good service is never recorded twice.
func TestCure(t *testing.T) {
	seed := seedOrder(t)
	no := false
	r := newCase(t, seed).add(Event{Type: SubpoenaServed, At: at(2022, 10, 20), WithOrder: &no, Conforms: yes()})
	a := r.assess(endOf(2022, 10, 21))
	if ag, _ := a.Gate.For(konno); !strings.Contains(strings.Join(ag.Reasons, " "), "not served with the subpoena") {
		t.Fatalf("before the cure: %v", ag.Reasons)
	}
	// Served again, with the order, on Monday 2022-10-24: the notices
	// are due 10 days later, Thursday 2022-11-03.
	r.add(Event{Type: SubpoenaServed, At: at(2022, 10, 24), WithOrder: yes(), Conforms: yes()})
	a = r.assess(endOf(2022, 10, 25))
	d := findDuty(t, a, "notify/"+konno)
	if d.Trigger != courttime.D(2022, 10, 24) || d.Due != courttime.D(2022, 11, 3) {
		t.Errorf("notify duty: trigger %s due %s; want the curing service Monday 2022-10-24, due Thursday 2022-11-03", d.Trigger, d.Due)
	}
	if ag, _ := a.Gate.For(konno); strings.Contains(strings.Join(ag.Reasons, " "), "not served with the subpoena") {
		t.Errorf("after the cure the gate still says: %v", ag.Reasons)
	}
	if len(a.State.Services) != 2 {
		t.Errorf("services %d; want both kept", len(a.State.Services))
	}
	if err := r.try(Event{Type: SubpoenaServed, At: at(2022, 10, 26), WithOrder: yes(), Conforms: yes()}); !fault.Is(err, fault.Refused) {
		t.Errorf("a third service after a good one: %v; want refused", err)
	}
}

// TestTimely: an objection or a motion that came after its holder's window
// closed is marked late; it still holds the gate until the court rules.
func TestTimely(t *testing.T) {
	seed := seedOrder(t)
	// Notices Friday 2022-10-21: windows to Monday 2022-11-14 (the 21st
	// day is Veterans Day, Friday 2022-11-11).
	r := newCase(t, seed).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21)).notice(aya, at(2022, 10, 21))
	r.add(Event{Type: ObjectionReceived, At: time.Date(2022, 11, 14, 23, 30, 0, 0, la), Account: aya, ID: "obj-1"})
	r.add(Event{Type: ObjectionReceived, At: at(2022, 11, 15), Account: konno, ID: "obj-2"})
	r.add(Event{Type: MotionFiled, At: at(2022, 11, 16), Account: konno, By: order.AccountHolder, ID: "mot-1"})
	a := r.assess(endOf(2022, 11, 20))
	want := map[string]bool{"obj-1": true, "obj-2": false, "mot-1": false}
	for _, v := range append(a.Objections, a.Motions...) {
		if v.Timely != want[v.ID] {
			t.Errorf("%s timely=%v; want %v", v.ID, v.Timely, want[v.ID])
		}
		if !v.Timely && !strings.Contains(v.Late, "Monday 2022-11-14") {
			t.Errorf("%s late: %q does not say the window closed on Monday 2022-11-14", v.ID, v.Late)
		}
	}
	if ag, _ := a.Gate.For(konno); ag.Open {
		t.Error("late contests opened the gate")
	}
}

// TestWindowsNeverCloseEarly: a window is judged by the latest reasonable
// reading of the calendar (issue 12). Dates checked on a calendar.
func TestWindowsNeverCloseEarly(t *testing.T) {
	for _, tc := range []struct {
		name           string
		notice         courttime.Date
		closes, latest courttime.Date
		late           time.Time // an objection at this moment is timely
	}{
		// Friday 2022-01-21 + 21 = Friday 2022-02-11: Lincoln Day (Saturday
		// 2022-02-12) observed that Friday (Cal. Rules of Court, rule
		// 1.11), so the window runs to Monday 2022-02-14.
		{"Lincoln Day on a Saturday, observed the Friday before", courttime.D(2022, 1, 21), courttime.D(2022, 2, 14), courttime.D(2022, 2, 14),
			time.Date(2022, 2, 12, 11, 0, 0, 0, la)},
		// Friday 2021-09-03 + 21 = Friday 2021-09-24, Native American Day,
		// which California declared but its courts did not keep until
		// 2022: the court's reading ends that Friday, the latest reading
		// on Monday 2021-09-27.
		{"Native American Day 2021: the latest reading", courttime.D(2021, 9, 3), courttime.D(2021, 9, 24), courttime.D(2021, 9, 27),
			time.Date(2021, 9, 25, 11, 0, 0, 0, la)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := *seedOrder(t)
			o.Date = tc.notice.AddDays(-10)
			r := newCase(t, &o).served(tc.notice.AddDays(-1).Start(la).Add(10 * time.Hour))
			r.notice(konno, tc.notice.Start(la).Add(10*time.Hour)).notice(aya, tc.notice.Start(la).Add(10*time.Hour))
			r.add(Event{Type: ObjectionReceived, At: tc.late, Account: aya, ID: "obj-1"})
			a := r.assess(tc.latest.AddDays(5).End(la).Add(-time.Second))
			for _, w := range a.Windows {
				if w.Kind != order.ObjectInWriting {
					continue
				}
				if w.Closes != tc.closes || w.DueLatest != tc.latest {
					t.Errorf("%s: closes %s (%s), latest %s (%s); want %s, %s", w.Account, w.Closes, w.Closes.Weekday(), w.DueLatest, w.DueLatest.Weekday(), tc.closes, tc.latest)
				}
			}
			if !a.Objections[0].Timely {
				t.Errorf("an objection on %s was judged late: %s", tc.late.Format("Monday 2006-01-02"), a.Objections[0].Late)
			}
			// Without the objection, the gate waits for the latest day.
			r2 := newCase(t, &o).served(tc.notice.AddDays(-1).Start(la).Add(10 * time.Hour))
			r2.notice(konno, tc.notice.Start(la).Add(10*time.Hour)).notice(aya, tc.notice.Start(la).Add(10*time.Hour))
			if a := r2.assess(tc.latest.End(la).Add(-time.Second)); a.Gate.Open {
				t.Errorf("the gate opened on %s, the last day of the latest reading", tc.latest)
			}
			if a := r2.assess(tc.latest.AddDays(1).End(la).Add(-time.Second)); !a.Gate.Open {
				t.Errorf("the gate is still closed the day after %s: %v", tc.latest, a.Gate.Reasons)
			}
		})
	}
}
