package matter

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/order"
)

// noticed is the seed case served on 2022-10-20 with both notices given:
// konnoyukio's on 2022-10-21 (windows close 2022-11-14), Aya's on
// 2022-10-28 (windows close 2022-11-18).
func noticed(t *testing.T, o *order.Order) *recorder {
	return newCase(t, o).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21)).notice(aya, at(2022, 10, 28))
}

func objection(r *recorder, account, id string, when time.Time) *recorder {
	return r.add(Event{Type: ObjectionReceived, At: when, Account: account, ID: id})
}

func ruling(r *recorder, id string, outcome Outcome, when time.Time, scope *order.Order) *recorder {
	return r.add(Event{Type: Ruling, At: when, On: []string{id}, Outcome: outcome, Order: scope})
}

func withScope(o *order.Order, s order.HoldScope) *order.Order {
	c := *o
	c.Conditions = append([]order.Condition(nil), o.Conditions...)
	for i := range c.Conditions {
		if c.Conditions[i].Act == order.PreserveNotDisclose {
			c.Conditions[i].Scope = s
		}
	}
	return &c
}

// TestGate walks the gate through the situations a platform meets. For each
// account: whether it is open, a phrase its reasons must contain, and the
// earliest day it could open (zero: none can be given).
func TestGate(t *testing.T) {
	seed := seedOrder(t)
	perAccount := withScope(seed, order.ObjectorAccounts)
	allDocs := *seed
	allDocs.Requests = append([]order.Request(nil), seed.Requests...)
	for i := range allDocs.Requests {
		allDocs.Requests[i].Standard = order.AllDocuments
	}
	denied := *seed
	denied.Disposition = order.Denied
	onlyKonno := *seed
	onlyKonno.Targets = seed.Targets[:1]

	type want struct {
		open     bool
		reason   string
		earliest courttime.Date
	}
	for _, tc := range []struct {
		name  string
		build func() *recorder
		now   time.Time
		konno want
		aya   want
	}{
		{"no service", func() *recorder { return newCase(t, seed) }, endOf(2022, 10, 19),
			want{false, "not been served", courttime.Date{}}, want{false, "not been served", courttime.Date{}}},
		{"served without the order", func() *recorder {
			no := false
			return newCase(t, seed).add(Event{Type: SubpoenaServed, At: at(2022, 10, 20), WithOrder: &no, Conforms: yes()}).notice(konno, at(2022, 10, 21)).notice(aya, at(2022, 10, 21))
		}, endOf(2022, 12, 1), want{false, "The order was not served with the subpoena", courttime.Date{}}, want{false, "not served with the subpoena", courttime.Date{}}},
		{"a subpoena that still asks for all documents", func() *recorder {
			no := false
			return newCase(t, seed).add(Event{Type: SubpoenaServed, At: at(2022, 10, 20), WithOrder: yes(), Conforms: &no}).notice(konno, at(2022, 10, 21)).notice(aya, at(2022, 10, 21))
		}, endOf(2022, 12, 1), want{false, "does not conform to the order's modifications", courttime.Date{}}, want{false, "does not conform", courttime.Date{}}},
		{"served, no notice yet", func() *recorder { return newCase(t, seed).served(at(2022, 10, 20)) }, endOf(2022, 10, 25),
			want{false, "No notice has been given to this account holder", courttime.Date{}}, want{false, "No notice", courttime.Date{}}},
		{"served long ago, never noticed: still closed", func() *recorder { return newCase(t, seed).served(at(2022, 10, 20)) }, endOf(2023, 6, 1),
			want{false, "No notice", courttime.Date{}}, want{false, "No notice", courttime.Date{}}},
		{"notice failed and not given again", func() *recorder {
			return newCase(t, seed).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21)).
				add(Event{Type: NoticeFailed, At: at(2022, 10, 22), Account: konno, Note: "bounced"}).notice(aya, at(2022, 10, 21))
		}, endOf(2022, 12, 1), want{false, "failed on Saturday 2022-10-22", courttime.Date{}}, want{false, "No notice has been given to the holder of " + konno, courttime.Date{}}},
		{"notice failed, then given again: the window runs from the new notice", func() *recorder {
			return newCase(t, seed).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21)).
				add(Event{Type: NoticeFailed, At: at(2022, 10, 22), Account: konno}).notice(konno, at(2022, 10, 24)).notice(aya, at(2022, 10, 21))
		}, endOf(2022, 11, 14), want{false, "until the end of Monday 2022-11-14", courttime.D(2022, 11, 15)}, want{false, "until the end of Monday 2022-11-14", courttime.D(2022, 11, 15)}},
		{"windows open", func() *recorder { return noticed(t, seed) }, endOf(2022, 11, 2),
			want{false, "This account holder may object in writing until the end of Monday 2022-11-14", courttime.D(2022, 11, 19)},
			want{false, "may object in writing until the end of Friday 2022-11-18", courttime.D(2022, 11, 19)}},
		{"one window closed, the other open: the whole subpoena waits", func() *recorder { return noticed(t, seed) }, endOf(2022, 11, 15),
			want{false, "The holder of " + aya + " may object", courttime.D(2022, 11, 19)}, want{false, "until the end of Friday 2022-11-18", courttime.D(2022, 11, 19)}},
		{"last day of the last window", func() *recorder { return noticed(t, seed) }, endOf(2022, 11, 18),
			want{false, "2022-11-18", courttime.D(2022, 11, 19)}, want{false, "2022-11-18", courttime.D(2022, 11, 19)}},
		{"all windows closed, no contest", func() *recorder { return noticed(t, seed) }, endOf(2022, 11, 19),
			want{true, "", courttime.Date{}}, want{true, "", courttime.Date{}}},
		{"objection pending holds the whole subpoena", func() *recorder { return objection(noticed(t, seed), aya, "obj-1", at(2022, 11, 8)) }, endOf(2022, 11, 21),
			want{false, "An objection received on Tuesday 2022-11-08 is pending", courttime.Date{}}, want{false, "pending", courttime.Date{}}},
		{"objection pending, court advised late: still held", func() *recorder {
			return objection(noticed(t, seed), aya, "obj-1", at(2022, 11, 8)).add(Event{Type: CourtAdvised, At: at(2022, 11, 28), On: []string{"obj-1"}})
		}, endOf(2022, 11, 30), want{false, "pending", courttime.Date{}}, want{false, "pending", courttime.Date{}}},
		{"motion to quash by an account holder pending", func() *recorder {
			return noticed(t, seed).add(Event{Type: MotionFiled, At: at(2022, 11, 10), Account: konno, By: order.AccountHolder, ID: "m-1", Docket: "Dkt. 12"})
		}, endOf(2022, 11, 30), want{false, "A motion to quash or modify filed on Thursday 2022-11-10 is pending", courttime.Date{}}, want{false, "motion", courttime.Date{}}},
		{"motion to quash by the platform pending", func() *recorder {
			return noticed(t, seed).add(Event{Type: MotionFiled, At: at(2022, 11, 3), By: order.Provider, ID: "m-1"})
		}, endOf(2022, 11, 30), want{false, "motion", courttime.Date{}}, want{false, "motion", courttime.Date{}}},
		{"objection overruled", func() *recorder {
			return ruling(objection(noticed(t, seed), aya, "obj-1", at(2022, 11, 8)), "obj-1", Overruled, at(2022, 12, 5), nil)
		}, endOf(2022, 12, 5), want{true, "", courttime.Date{}}, want{true, "", courttime.Date{}}},
		{"objection overruled, evaluated the day before the ruling", func() *recorder {
			return ruling(objection(noticed(t, seed), aya, "obj-1", at(2022, 11, 8)), "obj-1", Overruled, at(2022, 12, 5), nil)
		}, endOf(2022, 12, 4), want{false, "pending", courttime.Date{}}, want{false, "pending", courttime.Date{}}},
		{"objection sustained: the objector's account stays closed, the other opens", func() *recorder {
			return ruling(objection(noticed(t, seed), aya, "obj-1", at(2022, 11, 8)), "obj-1", Sustained, at(2022, 12, 5), nil)
		}, endOf(2022, 12, 6), want{true, "", courttime.Date{}}, want{false, "upheld the contest", courttime.Date{}}},
		{"motion by an account holder granted: subpoena quashed as to that account", func() *recorder {
			r := noticed(t, seed).add(Event{Type: MotionFiled, At: at(2022, 11, 10), Account: konno, By: order.AccountHolder, ID: "m-1"})
			return r.add(Event{Type: Ruling, At: at(2022, 12, 5), On: []string{"m-1"}, Outcome: Granted, Relief: ReliefQuash, Scope: ScopeAccount})
		}, endOf(2022, 12, 6), want{false, "upheld the contest", courttime.Date{}}, want{true, "", courttime.Date{}}},
		{"motion by an account holder granted: the whole subpoena quashed", func() *recorder {
			r := noticed(t, seed).add(Event{Type: MotionFiled, At: at(2022, 11, 10), Account: konno, By: order.AccountHolder, ID: "m-1"})
			return r.add(Event{Type: Ruling, At: at(2022, 12, 5), On: []string{"m-1"}, Outcome: Granted, Relief: ReliefQuash, Scope: ScopeSubpoena})
		}, endOf(2022, 12, 6), want{false, "quashed the subpoena", courttime.Date{}}, want{false, "quashed the subpoena", courttime.Date{}}},
		{"motion by an account holder denied", func() *recorder {
			r := noticed(t, seed).add(Event{Type: MotionFiled, At: at(2022, 11, 10), Account: konno, By: order.AccountHolder, ID: "m-1"})
			return r.add(Event{Type: Ruling, At: at(2022, 12, 5), On: []string{"m-1"}, Outcome: Denied})
		}, endOf(2022, 12, 6), want{true, "", courttime.Date{}}, want{true, "", courttime.Date{}}},
		{"motion withdrawn by its movant", func() *recorder {
			r := noticed(t, seed).add(Event{Type: MotionFiled, At: at(2022, 11, 10), Account: konno, By: order.AccountHolder, ID: "m-1"})
			return r.add(Event{Type: MotionWithdrawn, At: at(2022, 11, 30), On: []string{"m-1"}})
		}, endOf(2022, 11, 30), want{true, "", courttime.Date{}}, want{true, "", courttime.Date{}}},
		{"motion by the platform: subpoena quashed", func() *recorder {
			r := noticed(t, seed).add(Event{Type: MotionFiled, At: at(2022, 11, 3), By: order.Provider, ID: "m-1"})
			return ruling(r, "m-1", Quashed, at(2022, 12, 5), nil)
		}, endOf(2022, 12, 6), want{false, "quashed the subpoena", courttime.Date{}}, want{false, "quashed the subpoena", courttime.Date{}}},
		{"objection sustained as to the whole subpoena", func() *recorder {
			r := objection(noticed(t, seed), aya, "obj-1", at(2022, 11, 8))
			return r.add(Event{Type: Ruling, At: at(2022, 12, 5), On: []string{"obj-1"}, Outcome: Sustained, Scope: ScopeSubpoena})
		}, endOf(2022, 12, 6), want{false, "quashed the subpoena", courttime.Date{}}, want{false, "quashed the subpoena", courttime.Date{}}},
		{"motion granted in part: the subpoena modified to one account", func() *recorder {
			r := noticed(t, seed).add(Event{Type: MotionFiled, At: at(2022, 11, 10), Account: aya, By: order.AccountHolder, ID: "m-1"})
			return r.add(Event{Type: Ruling, At: at(2022, 12, 5), On: []string{"m-1"}, Outcome: GrantedInPart, Relief: ReliefModify, Order: &onlyKonno})
		}, endOf(2022, 12, 6), want{true, "", courttime.Date{}}, want{false, "no longer within the scope", courttime.Date{}}},
		{"subpoena modified to one account", func() *recorder {
			return ruling(objection(noticed(t, seed), aya, "obj-1", at(2022, 11, 8)), "obj-1", Modified, at(2022, 12, 5), &onlyKonno)
		}, endOf(2022, 12, 6), want{true, "", courttime.Date{}}, want{false, "no longer within the scope", courttime.Date{}}},
		{"objection withdrawn", func() *recorder {
			return objection(noticed(t, seed), aya, "obj-1", at(2022, 11, 8)).add(Event{Type: ObjectionWithdrawn, At: at(2022, 11, 20), On: []string{"obj-1"}})
		}, endOf(2022, 11, 21), want{true, "", courttime.Date{}}, want{true, "", courttime.Date{}}},
		{"objection withdrawn while a window is still open", func() *recorder {
			return objection(noticed(t, seed), aya, "obj-1", at(2022, 11, 8)).add(Event{Type: ObjectionWithdrawn, At: at(2022, 11, 9), On: []string{"obj-1"}})
		}, endOf(2022, 11, 10), want{false, "may object", courttime.D(2022, 11, 19)}, want{false, "may object", courttime.D(2022, 11, 19)}},
		{"hold scope objector_accounts: the other account opens", func() *recorder { return objection(noticed(t, perAccount), aya, "obj-1", at(2022, 11, 8)) }, endOf(2022, 11, 21),
			want{true, "", courttime.Date{}}, want{false, "pending", courttime.Date{}}},
		{"hold scope objector_accounts: each account waits for its own window only", func() *recorder { return noticed(t, perAccount) }, endOf(2022, 11, 15),
			want{true, "", courttime.Date{}}, want{false, "until the end of Friday 2022-11-18", courttime.D(2022, 11, 19)}},
		{"hold scope objector_accounts: a platform's motion still holds every account", func() *recorder {
			return noticed(t, perAccount).add(Event{Type: MotionFiled, At: at(2022, 11, 3), By: order.Provider, ID: "m-1"})
		}, endOf(2022, 11, 21), want{false, "motion", courttime.Date{}}, want{false, "motion", courttime.Date{}}},
		{"an all_documents order follows the same gate", func() *recorder { return noticed(t, &allDocs) }, endOf(2022, 11, 19),
			want{true, "", courttime.Date{}}, want{true, "", courttime.Date{}}},
		{"a denied order never opens", func() *recorder { return noticed(t, &denied) }, endOf(2023, 1, 1),
			want{false, "denied the application", courttime.Date{}}, want{false, "denied", courttime.Date{}}},
		{"a closed case", func() *recorder { return noticed(t, seed).add(Event{Type: CaseClosed, At: at(2022, 11, 30)}) }, endOf(2022, 12, 1),
			want{false, "closed on Wednesday 2022-11-30", courttime.Date{}}, want{false, "closed", courttime.Date{}}},
		{"a late objection still holds", func() *recorder { return objection(noticed(t, seed), konno, "obj-late", at(2022, 11, 25)) }, endOf(2022, 11, 25),
			want{false, "pending", courttime.Date{}}, want{false, "pending", courttime.Date{}}},
		{"a late objection: the gate was open the day before it came", func() *recorder { return objection(noticed(t, seed), konno, "obj-late", at(2022, 11, 25)) }, endOf(2022, 11, 24),
			want{true, "", courttime.Date{}}, want{true, "", courttime.Date{}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := tc.build().assess(tc.now)
			for label, w := range map[string]want{konno: tc.konno, aya: tc.aya} {
				ag, ok := a.Gate.For(label)
				if !ok {
					t.Fatalf("no gate for %s", label)
				}
				reasons := strings.Join(ag.Reasons, " | ")
				if ag.Open != w.open {
					t.Errorf("%s: open=%v; want %v (reasons: %s)", label, ag.Open, w.open, reasons)
				}
				if w.reason != "" && !strings.Contains(reasons, w.reason) {
					t.Errorf("%s: reasons %q do not say %q", label, reasons, w.reason)
				}
				if ag.Open && len(ag.Reasons) != 0 {
					t.Errorf("%s: open with reasons %q", label, reasons)
				}
				if ag.Earliest != w.earliest {
					t.Errorf("%s: earliest %v; want %v", label, ag.Earliest, w.earliest)
				}
			}
			if a.Gate.Open != (tc.konno.open && tc.aya.open) {
				t.Errorf("case gate open=%v", a.Gate.Open)
			}
		})
	}
}

// TestGateProperty records random sequences of events — each checked as
// the store's caller would — and evaluates the gate at random moments: it
// is never open for an account whose own window has not closed, nor while
// a contest within the hold's scope is unresolved, nor before service.
func TestGateProperty(t *testing.T) {
	seed := seedOrder(t)
	rng := rand.New(rand.NewPCG(22, 80240))
	runs := 400
	if testing.Short() {
		runs = 60
	}
	opened := 0
	for run := 0; run < runs; run++ {
		o := seed
		if rng.IntN(2) == 0 {
			o = withScope(seed, order.ObjectorAccounts)
		}
		r := newCase(t, o)
		start := at(2022, 10, 14)
		contests := []string{}
		for step := 0; step < 14; step++ {
			when := start.AddDate(0, 0, rng.IntN(70))
			account := []string{konno, aya}[rng.IntN(2)]
			var e Event
			switch rng.IntN(9) {
			case 0:
				e = Event{Type: SubpoenaServed, At: when, WithOrder: yes(), Conforms: yes()}
			case 1, 2:
				e = Event{Type: NoticeSent, At: when, Account: account}
			case 3:
				e = Event{Type: NoticeFailed, At: when, Account: account}
			case 4:
				id := "c" + string(rune('a'+step))
				e = Event{Type: ObjectionReceived, At: when, Account: account, ID: id}
				contests = append(contests, id)
			case 5:
				id := "c" + string(rune('a'+step))
				e = Event{Type: MotionFiled, At: when, Account: account, By: order.AccountHolder, ID: id}
				if rng.IntN(2) == 0 {
					e.Account, e.By = "", order.Provider
				}
				contests = append(contests, id)
			case 6, 7:
				if len(contests) == 0 {
					continue
				}
				outcome := []Outcome{Overruled, Sustained, Quashed}[rng.IntN(3)]
				e = Event{Type: Ruling, At: when, On: []string{contests[rng.IntN(len(contests))]}, Outcome: outcome}
			case 8:
				if len(contests) == 0 {
					continue
				}
				e = Event{Type: ObjectionWithdrawn, At: when, On: []string{contests[rng.IntN(len(contests))]}}
			}
			_ = r.try(e) // refused events are simply not recorded
		}
		for probe := 0; probe < 10; probe++ {
			now := start.AddDate(0, 0, rng.IntN(120))
			a := r.assess(now)
			s := a.State
			h := hold(s.Order)
			for _, ag := range a.Gate.Accounts {
				if !ag.Open {
					continue
				}
				opened++
				acc := s.Accounts[ag.Account]
				if s.Service == nil || acc == nil || acc.Notice == nil {
					t.Fatalf("run %d at %v: %s open without service or notice", run, now, ag.Account)
				}
				for _, w := range a.Windows {
					if w.Account == ag.Account && (w.Open || w.ClosesAt == nil || now.Before(*w.ClosesAt)) {
						t.Fatalf("run %d at %v: %s open while its window %s is open until %v", run, now, ag.Account, w.Kind, w.Closes)
					}
				}
				for _, c := range s.Contests {
					inScope := h.Scope == order.WholeSubpoena || c.Account == ag.Account || c.Account == ""
					if inScope && !c.Resolved() {
						t.Fatalf("run %d at %v: %s open while contest %s is unresolved", run, now, ag.Account, c.ID)
					}
				}
			}
		}
	}
	// The property means something only if the gate does open in some runs.
	if opened < runs/10 {
		t.Fatalf("the gate opened only %d times in %d runs: the generator is too weak", opened, runs)
	}
	t.Logf("the gate was open for %d account-moments", opened)
}
