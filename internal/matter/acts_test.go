package matter

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
)

// act is something writ itself does (build, release, download,
// acknowledge): it happens when writ records it.
func act(e Event, now time.Time) Event {
	e.At, e.RecordedAt = now, now
	return e
}

// fact is something that happened in the world, told to writ at recorded.
func fact(e Event, recorded time.Time) Event {
	e.RecordedAt = recorded
	return e
}

// today is the real day writ works on in these tests: long after the
// seed case's dates, as when a case is recorded from its papers.
var today = time.Date(2026, 12, 2, 9, 30, 0, 0, la)

// contestedLate is the seed case served 2022-10-20 with both notices
// given 2022-10-21, and an objection dated 2022-11-20 that writ was told
// of only today: the finding of issue 11.
func contestedLate(t *testing.T) *recorder {
	r := newCase(t, seedOrder(t)).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21)).notice(aya, at(2022, 10, 21))
	return r.add(fact(Event{Type: ObjectionReceived, At: at(2022, 11, 20), Account: aya, ID: "obj-1"}, today))
}

// TestActsCannotBeBackdated: building, releasing, downloading and
// acknowledging are writ's own acts. They happen now and are decided on
// everything recorded so far, whatever the dates those records carry.
func TestActsCannotBeBackdated(t *testing.T) {
	t.Run("ErrBuildBackdated", func(t *testing.T) {
		r := contestedLate(t)
		e := Event{Type: ProductionBuilt, At: at(2022, 11, 16), RecordedAt: today, ID: "prod-1", Accounts: []string{konno, aya}}
		err := r.try(e)
		if !fault.Is(err, fault.Refused) || !strings.Contains(fault.Message(err), "cannot be back-dated") {
			t.Fatalf("a build dated 2022-11-16 recorded on 2026-12-02: %v; want refused, cannot be back-dated", err)
		}
	})
	t.Run("ErrBuildWhileContested", func(t *testing.T) {
		r := contestedLate(t)
		err := r.try(act(Event{Type: ProductionBuilt, ID: "prod-1", Accounts: []string{konno}}, today))
		if !fault.Is(err, fault.GateClosed) || !strings.Contains(fault.Message(err), "pending") {
			t.Fatalf("a build today with an objection pending: %v; want gate_closed naming the pending objection", err)
		}
	})
	t.Run("ErrReleaseBackdated", func(t *testing.T) {
		r := contestedLate(t)
		r.add(act(Event{Type: Ruling, On: []string{"obj-1"}, Outcome: Overruled}, today.Add(-2*time.Hour)))
		r.add(act(Event{Type: ProductionBuilt, ID: "prod-1", Accounts: []string{konno, aya}}, today.Add(-time.Hour)))
		err := r.try(Event{Type: ProductionReleased, At: today.Add(-30 * time.Minute), RecordedAt: today, On: []string{"prod-1"}})
		if !fault.Is(err, fault.Refused) {
			t.Fatalf("a release dated half an hour before it was recorded: %v; want refused", err)
		}
	})
	t.Run("ErrReleaseAfterLateObjection", func(t *testing.T) {
		// Built while the gate was open; then an objection dated before
		// the build is recorded. The release, now, is judged on it.
		r := newCase(t, seedOrder(t)).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21)).notice(aya, at(2022, 10, 21))
		r.add(act(Event{Type: ProductionBuilt, ID: "prod-1", Accounts: []string{konno, aya}}, today.Add(-time.Hour)))
		r.add(fact(Event{Type: ObjectionReceived, At: at(2022, 11, 10), Account: aya, ID: "obj-1"}, today.Add(-30*time.Minute)))
		err := r.try(act(Event{Type: ProductionReleased, On: []string{"prod-1"}}, today))
		if !fault.Is(err, fault.GateClosed) {
			t.Fatalf("release with an objection recorded since the build: %v; want gate_closed", err)
		}
	})
	t.Run("ErrDownloadWhileContested", func(t *testing.T) {
		// Released lawfully; then a late objection came in. Counsel may
		// not download while it is pending.
		r := newCase(t, seedOrder(t)).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21)).notice(aya, at(2022, 10, 21))
		r.add(act(Event{Type: ProductionBuilt, ID: "prod-1", Accounts: []string{konno, aya}}, today.Add(-3*time.Hour)))
		r.add(act(Event{Type: ProductionReleased, On: []string{"prod-1"}}, today.Add(-2*time.Hour)))
		r.add(act(Event{Type: UseAcknowledged, By: order.Applicant}, today.Add(-90*time.Minute)))
		r.add(fact(Event{Type: ObjectionReceived, At: today.Add(-time.Hour), Account: konno, ID: "obj-1"}, today.Add(-time.Hour)))
		err := r.try(act(Event{Type: ProductionDownloaded, By: order.Applicant, On: []string{"prod-1"}}, today))
		if !fault.Is(err, fault.GateClosed) {
			t.Fatalf("counsel's download with an objection pending: %v; want gate_closed", err)
		}
	})
	t.Run("ErrAcknowledgedBeforeRelease", func(t *testing.T) {
		r := newCase(t, seedOrder(t))
		err := r.try(Event{Type: UseAcknowledged, At: at(2022, 12, 1), RecordedAt: today, By: order.Applicant})
		if !fault.Is(err, fault.Refused) {
			t.Fatalf("an acknowledgment dated before it was made: %v; want refused", err)
		}
	})
	t.Run("OK", func(t *testing.T) {
		r := newCase(t, seedOrder(t)).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21)).notice(aya, at(2022, 10, 21))
		r.add(act(Event{Type: ProductionBuilt, ID: "prod-1", Accounts: []string{konno, aya}}, today.Add(-time.Hour)))
		r.add(act(Event{Type: ProductionReleased, On: []string{"prod-1"}}, today.Add(-30*time.Minute)))
		r.add(act(Event{Type: UseAcknowledged, By: order.Applicant}, today.Add(-20*time.Minute)))
		r.add(act(Event{Type: ProductionDownloaded, By: order.Applicant, On: []string{"prod-1"}}, today))
	})
}

// TestIncidents: a fact recorded after an act it would have prevented is
// kept — it is the truth — and the case shows an incident.
func TestIncidents(t *testing.T) {
	r := newCase(t, seedOrder(t)).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21)).notice(aya, at(2022, 10, 21))
	released := time.Date(2022, 11, 16, 11, 0, 0, 0, la) // windows closed Monday 2022-11-14
	r.add(act(Event{Type: ProductionBuilt, ID: "prod-1", Accounts: []string{konno, aya}}, released.Add(-time.Hour)))
	r.add(act(Event{Type: ProductionReleased, On: []string{"prod-1"}}, released))
	if a := r.assess(today); len(a.Incidents) != 0 {
		t.Fatalf("incidents before any late fact: %+v", a.Incidents)
	}
	// An objection received on 2022-11-10 (in time) that staff record a
	// week after the release.
	r.add(fact(Event{Type: ObjectionReceived, At: at(2022, 11, 10), Account: aya, ID: "obj-1"}, released.AddDate(0, 0, 7)))
	a := r.assess(today)
	if len(a.Incidents) != 1 {
		t.Fatalf("incidents: %+v; want 1", a.Incidents)
	}
	in := a.Incidents[0]
	if in.Production != "prod-1" || in.Kind != "released_while_contested" || !in.At.Equal(released) {
		t.Errorf("incident %+v", in)
	}
	for _, want := range []string{"prod-1", "Wednesday 2022-11-16", "Thursday 2022-11-10", "Wednesday 2022-11-23"} {
		if !strings.Contains(in.Message, want) {
			t.Errorf("incident message %q does not say %q", in.Message, want)
		}
	}
	if len(in.Facts) != 1 || in.Facts[0] != int64(len(r.events)) {
		t.Errorf("incident facts %v; want the objection's seq %d", in.Facts, len(r.events))
	}
	// A late objection dated after the release is no incident: nothing
	// was disclosed while it was pending.
	r2 := newCase(t, seedOrder(t)).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21)).notice(aya, at(2022, 10, 21))
	r2.add(act(Event{Type: ProductionBuilt, ID: "prod-1", Accounts: []string{konno, aya}}, released.Add(-time.Hour)))
	r2.add(act(Event{Type: ProductionReleased, On: []string{"prod-1"}}, released))
	r2.add(fact(Event{Type: ObjectionReceived, At: released.Add(24 * time.Hour), Account: aya, ID: "obj-1"}, released.AddDate(0, 0, 7)))
	if a := r2.assess(today); len(a.Incidents) != 0 {
		t.Fatalf("an objection after the release raised %+v", a.Incidents)
	}
}

// TestActsProperty: for any events, recorded in any order with any dates,
// no production is built, released or downloaded while a contest known at
// that moment is unresolved, a window is open, or the subpoena is not
// served and noticed.
func TestActsProperty(t *testing.T) {
	seed := seedOrder(t)
	rng := rand.New(rand.NewPCG(11, 80240))
	runs := 300
	if testing.Short() {
		runs = 50
	}
	acted := 0
	for run := 0; run < runs; run++ {
		o := seed
		if rng.IntN(2) == 0 {
			o = withScope(seed, order.ObjectorAccounts)
		}
		r := newCase(t, o)
		clock := at(2022, 10, 14)
		var contests, productions []string
		for step := 0; step < 40; step++ {
			// writ's clock moves on; facts may be dated any time up to it.
			clock = clock.Add(time.Duration(rng.IntN(6*24)) * time.Hour)
			when := clock.Add(-time.Duration(rng.IntN(40*24)) * time.Hour)
			account := []string{konno, aya}[rng.IntN(2)]
			var e Event
			switch rng.IntN(17) {
			case 0, 1:
				e = fact(Event{Type: SubpoenaServed, At: when, WithOrder: yes(), Conforms: yes()}, clock)
			case 2, 3, 4:
				e = fact(Event{Type: NoticeSent, At: when, Account: account}, clock)
			case 5:
				e = fact(Event{Type: ObjectionReceived, At: when, Account: account, ID: "c" + string(rune('a'+step))}, clock)
				contests = append(contests, e.ID)
			case 6:
				e = fact(Event{Type: MotionFiled, At: when, Account: account, By: order.AccountHolder, ID: "c" + string(rune('a'+step))}, clock)
				contests = append(contests, e.ID)
			case 7, 8:
				if len(contests) == 0 {
					continue
				}
				id := contests[rng.IntN(len(contests))]
				e = fact(Event{Type: Ruling, At: when, On: []string{id}, Outcome: []Outcome{Overruled, Denied}[rng.IntN(2)]}, clock)
				if rng.IntN(4) == 0 {
					e.Outcome, e.Relief, e.Scope = []Outcome{Sustained, Granted}[rng.IntN(2)], ReliefQuash, ScopeAccount
					if e.Outcome == Sustained {
						e.Relief = ""
					}
				}
			case 9, 10:
				e = act(Event{Type: ProductionBuilt, ID: "p" + string(rune('a'+step)), Accounts: []string{konno, aya}[:1+rng.IntN(2)]}, clock)
			case 11, 12:
				if len(productions) == 0 {
					continue
				}
				e = act(Event{Type: ProductionReleased, On: []string{productions[rng.IntN(len(productions))]}}, clock)
			case 13:
				e = act(Event{Type: UseAcknowledged, By: order.Applicant}, clock)
			case 14, 15, 16:
				if len(productions) == 0 {
					continue
				}
				e = act(Event{Type: ProductionDownloaded, By: order.Applicant, On: []string{productions[rng.IntN(len(productions))]}}, clock)
			}
			if r.try(e) != nil {
				continue
			}
			switch e.Type {
			case ProductionBuilt:
				productions = append(productions, e.ID)
			case ProductionReleased, ProductionDownloaded:
			default:
				continue
			}
			acted++
			// Everything recorded so far, evaluated when the act was done.
			s := Apply(r.events, time.Time{})
			accounts := e.Accounts
			if e.Type != ProductionBuilt {
				accounts = s.Production(e.On[0]).Accounts
			}
			ws, err := Windows(s, r.cal, e.At)
			if err != nil {
				t.Fatal(err)
			}
			h := hold(s.Order)
			for _, label := range accounts {
				acc := s.Accounts[label]
				if s.Service == nil || acc == nil || acc.Notice == nil {
					t.Fatalf("run %d: %s of %s without service or notice", run, e.Type, label)
				}
				for _, w := range ws {
					if (w.Account == label || h.Scope == order.WholeSubpoena) && (w.Opens.IsZero() || w.Open) {
						t.Fatalf("run %d: %s of %s at %v while %s's window %s is open", run, e.Type, label, e.At, w.Account, w.Kind)
					}
				}
				for _, c := range s.Contests {
					if (h.Scope == order.WholeSubpoena || c.Account == label || c.Account == "") && !c.Resolved() {
						t.Fatalf("run %d: %s of %s at %v while contest %s is unresolved", run, e.Type, label, e.At, c.ID)
					}
				}
			}
		}
	}
	if acted < runs/5 {
		t.Fatalf("only %d acts in %d runs: the generator is too weak to mean anything", acted, runs)
	}
	t.Logf("%d builds, releases and downloads were allowed, each checked", acted)
}
