package jobs_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/jobs"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
)

const (
	konno = "notify/konnoyukio@CmRUCE"
	aya   = "notify/Aya@ay_chim0807"
)

// TestTick follows the seed case through the days around its notice
// deadline, Monday 2026-11-30 (service on Friday 2026-11-20; dates from a
// calendar): a reminder 3 days before, one the day before, an escalation
// the day after; none sent twice, however often the runner ticks. The
// platform notifies konnoyukio on Saturday 2026-11-28, so from then on only
// Aya's notice is owed.
//
// With the index of the cases' summaries (Runner.Index), the same
// reminders go out on the same days.
func TestTick(t *testing.T) {
	t.Parallel()
	for _, db := range databases {
		for _, withIndex := range []bool{false, true} {
			name := db.name
			if withIndex {
				name += "/Index"
			}
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				testTick(t, db, withIndex)
			})
		}
	}
}

func testTick(t *testing.T, db database, withIndex bool) {
	ctx := context.Background()
	clk := newClock(time.Time{})
	svc, rs := open(t, db.dsn(t), clk)
	id := seedCase(t, svc, clk)
	n := &notifier{}
	r := runner(svc, rs, n, clk, "writ-a")
	if withIndex {
		r.Index = &cases.Index{Cases: svc}
	}

	for _, tt := range []struct {
		day    string
		notice string // an account notified that morning
		want   []string
	}{
		{day: "2026-11-21"},
		{day: "2026-11-26"}, // 4 days before; Thanksgiving
		{day: "2026-11-27", want: []string{aya + " 3d", konno + " 3d"}},
		{day: "2026-11-28", notice: "konnoyukio@CmRUCE"}, // 2 days before: 3d already sent
		{day: "2026-11-29", want: []string{aya + " 1d"}},
		{day: "2026-11-30"}, // the due day: 1d already sent
		{day: "2026-12-01", want: []string{aya + " overdue"}},
		{day: "2026-12-02"},
		{day: "2027-01-15"},
	} {
		if tt.notice != "" {
			clk.Set(at(tt.day, 11))
			e := matter.Event{Type: matter.NoticeSent, Account: tt.notice, At: at(tt.day, 10), Method: "email"}
			if _, err := svc.Record(ctx, id, e, ""); err != nil {
				t.Fatalf("%s: recording the notice: %v", tt.day, err)
			}
		}
		for _, hour := range []int{0, 9, 17, 23} {
			clk.Set(at(tt.day, hour).Add(time.Minute))
			sent, err := r.Tick(ctx)
			if err != nil {
				t.Fatalf("%s %02d:01: Tick: %v", tt.day, hour, err)
			}
			got := n.take()
			want := []string{}
			if hour == 0 && tt.want != nil {
				want = tt.want
			}
			if !reflect.DeepEqual(got, want) || sent != len(want) {
				t.Fatalf("%s %02d:01: sent %d %v, want %v", tt.day, hour, sent, got, want)
			}
		}
	}
	if r.Sent() != 4 || r.Failed() != 0 {
		t.Errorf("counters: sent %d, failed %d; want 4, 0", r.Sent(), r.Failed())
	}

	stored, err := rs.Reminders(ctx, id)
	if err != nil {
		t.Fatalf("Reminders: %v", err)
	}
	if len(stored) != 4 {
		t.Fatalf("%d reminders stored, want 4: %+v", len(stored), stored)
	}
	for _, s := range stored {
		if s.Due != courttime.D(2026, 11, 30) || s.ClaimedBy != "writ-a" || s.Attempts != 1 || s.SentAt.IsZero() || s.LastError != "" {
			t.Errorf("stored reminder %+v", s)
		}
	}
}

// TestTickAsksTheIndex: with the index of the cases' summaries, a tick
// assesses only the cases whose summary owes a reminder (a duty pending
// within the days before, or overdue), not every case: of a seed case
// served on 2026-11-20 (its notices due 2026-11-30) and one not served
// (no duty triggered), on 2026-11-27 only the first is read, and on
// 2026-11-21, when no reminder is owed yet, neither.
func TestTickAsksTheIndex(t *testing.T) {
	ctx := context.Background()
	clk := newClock(time.Time{})
	svc, rs := open(t, sqliteDSN(t), clk)
	seedCase(t, svc, clk)
	data, err := os.ReadFile(seedOrder)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Open(ctx, data, "", ""); err != nil {
		t.Fatal(err)
	}
	n := &notifier{}
	r := runner(svc, rs, n, clk, "writ-a")
	r.Index = &cases.Index{Cases: svc}
	for _, tt := range []struct {
		day      string
		assessed int64
		want     []string
	}{
		{day: "2026-11-21", assessed: 0, want: []string{}},
		{day: "2026-11-27", assessed: 1, want: []string{aya + " 3d", konno + " 3d"}},
	} {
		clk.Set(at(tt.day, 9))
		if _, err := r.Index.Summaries(ctx, clk.Now()); err != nil {
			t.Fatal(err)
		}
		before := svc.CacheStats()
		if _, err := r.Tick(ctx); err != nil {
			t.Fatalf("%s: Tick: %v", tt.day, err)
		}
		after := svc.CacheStats()
		if got := after.Hits + after.Reads - before.Hits - before.Reads; got != tt.assessed {
			t.Errorf("%s: the tick loaded %d cases; want %d", tt.day, got, tt.assessed)
		}
		if got := n.take(); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: sent %v; want %v", tt.day, got, tt.want)
		}
	}
}

// TestTickReminder checks what a notifier is told.
func TestTickReminder(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	clk := newClock(time.Time{})
	svc, rs := open(t, sqliteDSN(t), clk)
	id := seedCase(t, svc, clk)
	n := &notifier{}
	clk.Set(at("2026-11-27", 8))
	if _, err := runner(svc, rs, n, clk, "writ-a").Tick(ctx); err != nil {
		t.Fatalf("Tick: %v", err)
	}
	if len(n.sent) != 2 {
		t.Fatalf("%d reminders sent, want 2", len(n.sent))
	}
	r := n.sent[0]
	want := store.Reminder{CaseID: id, Duty: r.Duty.ID, Kind: "3d", Due: courttime.D(2026, 11, 30)}
	if r.Key != want.Key() || r.Kind != "3d" || r.Attempt != 1 || r.Today != courttime.D(2026, 11, 27) {
		t.Errorf("reminder %s kind %s attempt %d today %s", r.Key, r.Kind, r.Attempt, r.Today)
	}
	if r.Case.ID != id || r.Case.Number != "22-mc-80240-VKD" || r.Case.Court != "cand" {
		t.Errorf("case %+v", r.Case)
	}
	if r.Duty.Status != matter.DutyPending || r.Duty.Due != courttime.D(2026, 11, 30) || r.Duty.Trigger != courttime.D(2026, 11, 20) || r.Duty.Rule == "" {
		t.Errorf("duty %+v", r.Duty)
	}
}

// TestTickBefore: the days before the due day are configurable, and a
// duty is owed the reminder of the tightest window that holds.
func TestTickBefore(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name   string
		before []int
		days   []string
		want   []string // the kinds sent for Aya's notice, day by day
	}{
		{"Default", nil, []string{"2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30"}, []string{"", "3d", "", "1d", ""}},
		{"Week", []int{7, 3, 1}, []string{"2026-11-22", "2026-11-23", "2026-11-27", "2026-11-29"}, []string{"", "7d", "3d", "1d"}},
		{"Unordered", []int{1, 3, 3}, []string{"2026-11-27", "2026-11-29"}, []string{"3d", "1d"}},
		{"DueDay", []int{0}, []string{"2026-11-29", "2026-11-30", "2026-12-01"}, []string{"", "0d", "overdue"}},
		// Started late, on the day before: only the 1-day reminder, not
		// the missed 3-day one beside it.
		{"StartedLate", nil, []string{"2026-11-29"}, []string{"1d"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			clk := newClock(time.Time{})
			svc, rs := open(t, sqliteDSN(t), clk)
			seedCase(t, svc, clk)
			n := &notifier{}
			r := runner(svc, rs, n, clk, "writ-a")
			r.Before = tt.before
			for i, day := range tt.days {
				clk.Set(at(day, 9))
				if _, err := r.Tick(context.Background()); err != nil {
					t.Fatalf("%s: Tick: %v", day, err)
				}
				want := []string{}
				if tt.want[i] != "" {
					want = []string{aya + " " + tt.want[i], konno + " " + tt.want[i]}
				}
				if got := n.take(); !reflect.DeepEqual(got, want) {
					t.Errorf("%s: sent %v, want %v", day, got, want)
				}
			}
		})
	}
}

// TestTickClosed: a closed case owes no reminders.
func TestTickClosed(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	clk := newClock(time.Time{})
	svc, rs := open(t, sqliteDSN(t), clk)
	id := seedCase(t, svc, clk)
	clk.Set(at("2026-11-22", 12))
	if _, err := svc.Record(ctx, id, matter.Event{Type: matter.CaseClosed, At: at("2026-11-22", 11)}, ""); err != nil {
		t.Fatalf("closing the case: %v", err)
	}
	n := &notifier{}
	clk.Set(at("2026-12-01", 9))
	if sent, err := runner(svc, rs, n, clk, "writ-a").Tick(ctx); err != nil || sent != 0 {
		t.Fatalf("Tick on a closed case = %d, %v; want 0, nil", sent, err)
	}
}

// TestConcurrentRunners runs two Runners, each on a store of its own over
// one database as two writ processes would, ticking at once many times a
// day through the seed cases' deadlines: every reminder goes out exactly
// once in total.
func TestConcurrentRunners(t *testing.T) {
	t.Parallel()
	const (
		caseCount        = 3
		tickersPerRunner = 3
		ticksPerDay      = 4
	)
	for _, db := range databases {
		t.Run(db.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			dsn := db.dsn(t)
			clk := newClock(time.Time{})
			svcA, rsA := open(t, dsn, clk)
			svcB, rsB := open(t, dsn, clk)
			var ids []string
			for range caseCount {
				ids = append(ids, seedCase(t, svcA, clk))
			}
			n := &notifier{}
			runners := []*jobs.Runner{runner(svcA, rsA, n, clk, "writ-a"), runner(svcB, rsB, n, clk, "writ-b")}

			for day := at("2026-11-25", 9); day.Before(at("2026-12-04", 0)); day = day.AddDate(0, 0, 1) {
				clk.Set(day)
				var (
					wg    sync.WaitGroup
					start = make(chan struct{})
					mu    sync.Mutex
					errs  []error
				)
				for i := range len(runners) * tickersPerRunner {
					r := runners[i%len(runners)]
					wg.Go(func() {
						<-start
						for range ticksPerDay {
							if _, err := r.Tick(ctx); err != nil {
								mu.Lock()
								errs = append(errs, err)
								mu.Unlock()
							}
						}
					})
				}
				close(start)
				wg.Wait()
				if err := errors.Join(errs...); err != nil {
					t.Fatalf("%s: %v", day.Format(time.DateOnly), err)
				}
			}

			want := map[string]bool{}
			for _, id := range ids {
				for _, duty := range []string{aya, konno} {
					for _, kind := range []string{"3d", "1d", "overdue"} {
						want[store.Reminder{CaseID: id, Duty: duty, Kind: kind, Due: courttime.D(2026, 11, 30)}.Key()] = true
					}
				}
			}
			got := map[string]int{}
			for _, r := range n.sent {
				got[r.Key]++
			}
			for key := range want {
				if got[key] != 1 {
					t.Errorf("reminder %s sent %d times, want once", key, got[key])
				}
			}
			for key, count := range got {
				if !want[key] {
					t.Errorf("unexpected reminder %s sent %d times", key, count)
				}
			}
			if total := runners[0].Sent() + runners[1].Sent(); total != int64(len(want)) {
				t.Errorf("the runners count %d sent, want %d", total, len(want))
			}
			t.Logf("writ-a sent %d, writ-b sent %d", runners[0].Sent(), runners[1].Sent())
		})
	}
}

// TestRetryAfterLease: a reminder whose notice failed stays unsent and
// claimed until its lease ends; then whichever runner ticks first sends it.
func TestRetryAfterLease(t *testing.T) {
	t.Parallel()
	for _, db := range databases {
		for _, retrier := range []string{"writ-a", "writ-b"} {
			t.Run(db.name+"/"+retrier, func(t *testing.T) {
				t.Parallel()
				ctx := context.Background()
				dsn := db.dsn(t)
				clk := newClock(time.Time{})
				svcA, rsA := open(t, dsn, clk)
				svcB, rsB := open(t, dsn, clk)
				id := seedCase(t, svcA, clk)
				nA, nB := &notifier{}, &notifier{}
				a, b := runner(svcA, rsA, nA, clk, "writ-a"), runner(svcB, rsB, nB, clk, "writ-b")
				byID := map[string]*jobs.Runner{"writ-a": a, "writ-b": b}
				other := map[string]string{"writ-a": "writ-b", "writ-b": "writ-a"}

				clk.Set(at("2026-11-27", 9))
				nA.failWith(errors.New("smtp: 451 4.3.0 try again later"))
				sent, err := a.Tick(ctx)
				if sent != 0 || err == nil || !strings.Contains(err.Error(), "451") {
					t.Fatalf("Tick with a failing notifier = %d, %v; want 0 and the notifier's error", sent, err)
				}
				if a.Failed() != 2 {
					t.Errorf("runner counts %d failures, want 2", a.Failed())
				}
				nA.failWith(nil)
				for _, s := range reminders(t, rsA, id) {
					if !s.SentAt.IsZero() || !strings.Contains(s.LastError, "451") || s.ClaimedBy != "writ-a" {
						t.Fatalf("after the failure: %+v", s)
					}
				}

				// Within the lease no one sends it, not even the claimer.
				clk.Add(jobs.DefaultLease - time.Second)
				for _, r := range []*jobs.Runner{a, b} {
					if sent, err := r.Tick(ctx); sent != 0 || err != nil {
						t.Fatalf("Tick within the lease = %d, %v; want 0, nil", sent, err)
					}
				}

				clk.Add(time.Second)
				if sent, err := byID[retrier].Tick(ctx); sent != 2 || err != nil {
					t.Fatalf("Tick by %s after the lease = %d, %v; want 2, nil", retrier, sent, err)
				}
				if sent, err := byID[other[retrier]].Tick(ctx); sent != 0 || err != nil {
					t.Fatalf("Tick by %s after the retry = %d, %v; want 0, nil", other[retrier], sent, err)
				}
				for _, s := range reminders(t, rsB, id) {
					if s.SentAt.IsZero() || s.LastError != "" || s.ClaimedBy != retrier || s.Attempts != 2 {
						t.Fatalf("after the retry: %+v", s)
					}
				}
				var retried []jobs.Reminder
				for _, n := range []*notifier{nA, nB} {
					retried = append(retried, n.sent...)
				}
				if len(retried) != 2 {
					t.Fatalf("%d reminders sent in all, want 2", len(retried))
				}
				for _, r := range retried {
					if r.Attempt != 2 {
						t.Errorf("reminder %s sent as attempt %d, want 2", r.Key, r.Attempt)
					}
				}
			})
		}
	}
}

// reminders reads a case's reminders and fails t unless there are two.
func reminders(t *testing.T, rs store.ReminderStore, caseID string) []store.Reminder {
	t.Helper()
	got, err := rs.Reminders(context.Background(), caseID)
	if err != nil {
		t.Fatalf("Reminders: %v", err)
	}
	if len(got) != 2 {
		t.Fatalf("%d reminders stored, want 2: %+v", len(got), got)
	}
	return got
}

// blocking is a notifier that waits for its context to end.
type blocking struct{ entered chan struct{} }

func (b blocking) Remind(ctx context.Context, _ jobs.Reminder) error {
	select {
	case b.entered <- struct{}{}:
	default:
	}
	<-ctx.Done()
	return ctx.Err()
}

// TestRun: Run ticks until its context ends, then returns nil promptly;
// a reminder being sent at that moment is told, and its failure recorded.
func TestRun(t *testing.T) {
	t.Parallel()

	// run starts r.Run and returns a function that cancels it and fails t
	// unless it returns nil within a few seconds.
	run := func(t *testing.T, r *jobs.Runner) (stop func()) {
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- r.Run(ctx) }()
		return func() {
			t.Helper()
			cancel()
			select {
			case err := <-done:
				if err != nil {
					t.Fatalf("Run returned %v after being stopped, want nil", err)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("Run did not stop within 5 s of its context ending")
			}
		}
	}

	t.Run("OK", func(t *testing.T) {
		t.Parallel()
		clk := newClock(time.Time{})
		svc, rs := open(t, sqliteDSN(t), clk)
		id := seedCase(t, svc, clk)
		n := &notifier{}
		r := runner(svc, rs, n, clk, "writ-a")
		r.Every = 5 * time.Millisecond
		clk.Set(at("2026-11-27", 9))
		stop := run(t, r)
		deadline := time.Now().Add(5 * time.Second)
		for r.Sent() < 2 && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		clk.Set(at("2026-11-29", 9)) // the runner keeps ticking
		for r.Sent() < 4 && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		stop()
		if got := len(n.take()); got != 4 || r.Sent() != 4 {
			t.Fatalf("sent %d (counted %d), want 4", got, r.Sent())
		}
		if stored, err := rs.Reminders(context.Background(), id); err != nil || len(stored) != 4 {
			t.Fatalf("Reminders = %d, %v; want 4", len(stored), err)
		}
	})

	t.Run("StopWhileSending", func(t *testing.T) {
		t.Parallel()
		clk := newClock(time.Time{})
		svc, rs := open(t, sqliteDSN(t), clk)
		id := seedCase(t, svc, clk)
		b := blocking{entered: make(chan struct{}, 1)}
		r := runner(svc, rs, b, clk, "writ-a")
		clk.Set(at("2026-11-27", 9))
		stop := run(t, r)
		select {
		case <-b.entered:
		case <-time.After(5 * time.Second):
			t.Fatal("the runner never sent a reminder")
		}
		stop()
		stored, err := rs.Reminders(context.Background(), id)
		if err != nil || len(stored) != 1 {
			t.Fatalf("Reminders = %+v, %v; want the one being sent", stored, err)
		}
		if s := stored[0]; !s.SentAt.IsZero() || !strings.Contains(s.LastError, "context canceled") {
			t.Errorf("the interrupted reminder is stored as %+v, want unsent with the reason", s)
		}
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		t.Parallel()
		err := (&jobs.Runner{}).Run(context.Background())
		if !fault.Is(err, fault.Invalid) {
			t.Fatalf("Run of an empty runner = %v, want invalid", err)
		}
	})
}

// TestRunnerInvalid: a Runner missing a part, or with a setting out of
// range, says which and does nothing.
func TestRunnerInvalid(t *testing.T) {
	t.Parallel()
	clk := newClock(at("2026-11-27", 9))
	svc, rs := open(t, sqliteDSN(t), clk)
	for _, tt := range []struct {
		name   string
		field  string
		change func(r *jobs.Runner)
	}{
		{"NoCases", "cases", func(r *jobs.Runner) { r.Cases = nil }},
		{"NoStore", "cases", func(r *jobs.Runner) { r.Cases = &cases.Service{} }},
		{"NoReminders", "reminders", func(r *jobs.Runner) { r.Reminders = nil }},
		{"NoNotifier", "notify", func(r *jobs.Runner) { r.Notify = nil }},
		{"NegativeEvery", "every", func(r *jobs.Runner) { r.Every = -time.Second }},
		{"NegativeLease", "lease", func(r *jobs.Runner) { r.Lease = -time.Second }},
		{"NegativeBefore", "before", func(r *jobs.Runner) { r.Before = []int{3, -1} }},
		{"BeforeTooFar", "before", func(r *jobs.Runner) { r.Before = []int{400} }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := runner(svc, rs, &notifier{}, clk, "writ-a")
			tt.change(r)
			_, err := r.Tick(context.Background())
			var fe *fault.Error
			if !errors.As(err, &fe) || fe.Code != fault.Invalid || fe.Field != tt.field {
				t.Fatalf("Tick = %v, want invalid naming %s", err, tt.field)
			}
		})
	}
}

// TestLogs: what the runner and LogNotifier log carries the stable keys,
// and nothing of the case beyond its ID and the duty's ID: no name,
// handle field, evidence or order text.
func TestLogs(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	clk := newClock(time.Time{})
	svc, rs := open(t, sqliteDSN(t), clk)
	seedCase(t, svc, clk)
	r := &jobs.Runner{Cases: svc, Reminders: rs, Notify: jobs.LogNotifier{Log: log}, Now: clk.Now, Log: log, ID: "writ-a"}
	clk.Set(at("2026-11-27", 9))
	if _, err := r.Tick(ctx); err != nil {
		t.Fatalf("Tick: %v", err)
	}
	clk.Set(at("2026-12-01", 9))
	if _, err := r.Tick(ctx); err != nil {
		t.Fatalf("Tick: %v", err)
	}
	// A failure is logged with the notifier's error: back on 2026-11-27,
	// a reminder 7 days before is owed and fails.
	r.Notify = &notifier{fail: errors.New("smtp: 451 try again later")}
	r.Before = []int{7}
	clk.Set(at("2026-11-27", 9))
	if _, err := r.Tick(ctx); err == nil {
		t.Fatal("Tick with a failing notifier: no error")
	}

	allowed := map[string]bool{"time": true, "level": true, "msg": true, "case_id": true, "duty": true, "kind": true,
		"due": true, "runner": true, "attempt": true, "error": true, "retry_after": true}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	counts := map[string]int{}
	for _, line := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		for k := range rec {
			if !allowed[k] {
				t.Errorf("log key %q in %s", k, line)
			}
		}
		// Not even the accounts' labels from the order: a display name
		// may be a person's name.
		for _, s := range []string{"konnoyukio", "Aya", "CmRUCE", "ay_chim0807", "tweet", "Takagi", "Twitter"} {
			if strings.Contains(line, s) {
				t.Errorf("log line carries %s: %s", s, line)
			}
		}
		counts[fmt.Sprint(rec["msg"])]++
		if rec["msg"] == "duty due soon" || rec["msg"] == "duty overdue" {
			if d := fmt.Sprint(rec["duty"]); rec["case_id"] == "" || d != "notify/target-1" && d != "notify/target-2" || rec["due"] != "2026-11-30" {
				t.Errorf("reminder logged as %s", line)
			}
		}
	}
	want := map[string]int{"duty due soon": 2, "duty overdue": 2, "reminder sent": 4, "reminder not sent; it is tried again when its lease ends": 2}
	for msg, n := range want {
		if counts[msg] != n {
			t.Errorf("%d lines %q, want %d; all: %v", counts[msg], msg, n, counts)
		}
	}
}
