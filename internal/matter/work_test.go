package matter

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/courttime"
)

// TestTasks: what the seed case waits on the platform's staff for, step by
// step. Dates counted on a 2022 calendar: served Thursday 2022-10-20, the
// notices are due 10 days later, Sunday 10-30, which rolls to Monday
// 2022-10-31 (Fed. R. Civ. P. 6(a)(1)(C)); an objection received Tuesday
// 2022-11-08 is to be advised to the court within 10 days, by Friday
// 2022-11-18. The windows of notices given 10-21 and 10-28 have closed by
// 2022-12-01.
func TestTasks(t *testing.T) {
	built := act(Event{Type: ProductionBuilt, ID: "prod-1", Accounts: []string{konno, aya}}, at(2022, 12, 1))
	objected := func(t *testing.T) *recorder {
		return objection(noticed(t, seedOrder(t)), aya, "obj-1", at(2022, 11, 8))
	}
	type want struct {
		kind                      TaskKind
		duty, contest, production string
		due                       courttime.Date
		overdue                   bool
	}
	for _, tc := range []struct {
		name string
		r    func(t *testing.T) *recorder
		now  time.Time
		want []want
	}{
		{"NothingBeforeService", func(t *testing.T) *recorder { return newCase(t, seedOrder(t)) }, endOf(2022, 10, 19), nil},
		{"NoticeBounced", func(t *testing.T) *recorder {
			r := newCase(t, seedOrder(t)).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21)).notice(aya, at(2022, 10, 24))
			return r.add(Event{Type: NoticeFailed, At: at(2022, 10, 25), Account: aya, Note: "550 mailbox unavailable"})
		}, endOf(2022, 10, 26), []want{{kind: Renotify, duty: "notify/" + aya, due: courttime.D(2022, 10, 31)}}},
		{"NoticeBouncedOverdue", func(t *testing.T) *recorder {
			r := newCase(t, seedOrder(t)).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21)).notice(aya, at(2022, 10, 24))
			return r.add(Event{Type: NoticeFailed, At: at(2022, 10, 25), Account: aya})
		}, endOf(2022, 11, 1), []want{{kind: Renotify, duty: "notify/" + aya, due: courttime.D(2022, 10, 31), overdue: true}}},
		{"ObjectionNoLetter", objected, endOf(2022, 11, 10),
			[]want{{kind: DraftLetter, duty: "advise_court/obj-1", contest: "obj-1", due: courttime.D(2022, 11, 18)}}},
		{"ObjectionLetterLate", objected, endOf(2022, 11, 21),
			[]want{{kind: DraftLetter, duty: "advise_court/obj-1", contest: "obj-1", due: courttime.D(2022, 11, 18), overdue: true}}},
		{"LetterDrafted", func(t *testing.T) *recorder {
			return objected(t).add(act(Event{Type: LetterDrafted, On: []string{"obj-1"}, Digest: "d1"}, at(2022, 11, 9)))
		}, endOf(2022, 11, 10), []want{{kind: AdviseCourt, duty: "advise_court/obj-1", contest: "obj-1", due: courttime.D(2022, 11, 18)}}},
		{"CourtAdvised", func(t *testing.T) *recorder {
			return objected(t).add(Event{Type: CourtAdvised, At: at(2022, 11, 10), On: []string{"obj-1"}})
		}, endOf(2022, 11, 10), []want{{kind: RecordRuling, contest: "obj-1"}}},
		{"MotionFiled", func(t *testing.T) *recorder {
			return noticed(t, seedOrder(t)).add(Event{Type: MotionFiled, At: at(2022, 11, 9), ID: "mot-1", By: "account_holder", Account: konno})
		}, endOf(2022, 11, 10), []want{{kind: RecordRuling, contest: "mot-1"}}},
		{"RuledAndOpen", func(t *testing.T) *recorder {
			r := objected(t).add(Event{Type: CourtAdvised, At: at(2022, 11, 10), On: []string{"obj-1"}})
			return ruling(r, "obj-1", Overruled, at(2022, 11, 28), nil)
		}, endOf(2022, 12, 1), []want{{kind: BuildProduction}}},
		{"GateOpen", func(t *testing.T) *recorder { return noticed(t, seedOrder(t)) }, endOf(2022, 12, 1), []want{{kind: BuildProduction}}},
		{"WindowsOpen", func(t *testing.T) *recorder { return noticed(t, seedOrder(t)) }, endOf(2022, 11, 15), nil},
		{"Built", func(t *testing.T) *recorder { return noticed(t, seedOrder(t)).add(built) }, at(2022, 12, 2),
			[]want{{kind: ReleaseProduction, production: "prod-1"}}},
		{"Voided", func(t *testing.T) *recorder {
			return noticed(t, seedOrder(t)).add(built).add(act(Event{Type: ProductionVoided, On: []string{"prod-1"}, Note: "wrong window"}, at(2022, 12, 1).Add(time.Hour)))
		}, at(2022, 12, 2), []want{{kind: BuildProduction}}},
		{"Released", func(t *testing.T) *recorder {
			return noticed(t, seedOrder(t)).add(built).add(act(Event{Type: ProductionReleased, On: []string{"prod-1"}}, at(2022, 12, 1).Add(time.Hour)))
		}, at(2022, 12, 2), nil},
		{"Closed", func(t *testing.T) *recorder {
			return objected(t).add(Event{Type: CaseClosed, At: at(2022, 11, 9)})
		}, endOf(2022, 11, 10), nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Tasks(tc.r(t).assess(tc.now))
			if len(got) != len(tc.want) {
				t.Fatalf("tasks %+v; want %+v", got, tc.want)
			}
			for i, w := range tc.want {
				g := got[i]
				if g.Kind != w.kind || g.Duty != w.duty || g.Contest != w.contest || g.Production != w.production || g.Due != w.due || g.Overdue != w.overdue {
					t.Errorf("task %d: %+v; want %+v", i, g, w)
				}
				if g.What == "" || g.Rule == "" {
					t.Errorf("task %d says nothing of what to do or of its rule: %+v", i, g)
				}
				if !g.Due.IsZero() && g.Rule == "" {
					t.Errorf("task %d has a day and no rule", i)
				}
			}
		})
	}
}

// TestUntil: an assessment holds, unchanged, until the instant Until
// names. Served Friday 2026-11-20, the notices are due Monday 2026-11-30;
// on Thursday 2026-11-26 nothing changes before the end of that Monday in
// San Jose, 2026-12-01 08:00 UTC (Pacific Standard Time is UTC-8), when
// both notice duties fall overdue.
func TestUntil(t *testing.T) {
	r := newCase(t, seedOrder(t)).served(at(2026, 11, 20))
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	got := Until(r.events, r.assess(now))
	if want := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Fatalf("Until = %s; want %s", got.UTC(), want)
	}
	if after := r.assess(got); findDuty(t, after, "notify/"+aya).Status != Overdue {
		t.Errorf("at %s the notice duty is %s; want overdue", got.UTC(), findDuty(t, after, "notify/"+aya).Status)
	}
}

// TestUntilProperty: for histories of the seed case and moments every 13
// hours through them, the assessment at any instant before Until (just
// before it, and half way) is the assessment at the moment itself.
func TestUntilProperty(t *testing.T) {
	histories := map[string]func(t *testing.T) *recorder{
		"Noticed": func(t *testing.T) *recorder { return noticed(t, seedOrder(t)) },
		"Bounced": func(t *testing.T) *recorder {
			r := newCase(t, seedOrder(t)).served(at(2022, 10, 20)).notice(aya, at(2022, 10, 24))
			return r.add(Event{Type: NoticeFailed, At: at(2022, 10, 25), Account: aya})
		},
		"Objected": func(t *testing.T) *recorder {
			r := objection(noticed(t, seedOrder(t)), aya, "obj-1", at(2022, 11, 8))
			r.add(Event{Type: CourtAdvised, At: at(2022, 11, 15), On: []string{"obj-1"}})
			return ruling(r, "obj-1", Overruled, at(2022, 11, 28), nil)
		},
		"Corrected": func(t *testing.T) *recorder {
			r := noticed(t, seedOrder(t))
			return r.add(correct(3, "the notice went out later", &Restated{Type: NoticeSent, At: at(2022, 11, 2), Event: Event{Account: konno, Method: "email"}}))
		},
	}
	shown := func(a *Assessment) string {
		b, _ := json.Marshal(struct {
			D, W, O, M, G, I any
			T                []Task
		}{a.Duties, a.Windows, a.Objections, a.Motions, a.Gate, a.Incidents, Tasks(a)})
		return string(b)
	}
	for name, h := range histories {
		t.Run(name, func(t *testing.T) {
			r := h(t)
			for now := at(2022, 10, 1); now.Before(at(2023, 1, 31)); now = now.Add(13 * time.Hour) {
				a := r.assess(now)
				until := Until(r.events, a)
				if !until.IsZero() && !until.After(now) {
					t.Fatalf("at %s Until is %s, not after it", now, until)
				}
				probe := []time.Time{now.Add(1000 * 24 * time.Hour)}
				if !until.IsZero() {
					probe = []time.Time{until.Add(-time.Nanosecond), now.Add(until.Sub(now) / 2)}
				}
				for _, p := range probe {
					if got, want := shown(r.assess(p)), shown(a); got != want {
						t.Fatalf("at %s (Until %s) the case reads otherwise than at %s:\n%s\nwant\n%s", p, until, now, got, want)
					}
				}
			}
		})
	}
}
