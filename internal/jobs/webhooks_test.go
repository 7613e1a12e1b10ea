package jobs_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/jobs"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/webhook"
)

// receiver is a webhook receiver for the tests: it checks every delivery's
// signature against the clock the test sets, and keeps what it received.
type receiver struct {
	secret string
	clk    *clock

	mu       sync.Mutex
	bodies   []webhook.Body
	ids      map[string]int // webhook-id -> deliveries received
	bad      []string       // why a delivery did not verify
	requests int
	// answer decides the status of request n (1, 2, ...); nil answers 200.
	answer func(n int) int
	// onRequest is called with request n before it is answered.
	onRequest func(n int)
}

func (rc *receiver) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	rc.mu.Lock()
	rc.requests++
	n := rc.requests
	if err := webhook.Verify(rc.secret, r.Header, body, rc.clk.Now()); err != nil {
		rc.bad = append(rc.bad, err.Error())
	}
	answer, hook := rc.answer, rc.onRequest
	rc.mu.Unlock()
	if hook != nil {
		hook(n)
	}
	status := http.StatusOK
	if answer != nil {
		status = answer(n)
	}
	if status == http.StatusOK {
		var b webhook.Body
		if err := json.Unmarshal(body, &b); err != nil {
			rc.mu.Lock()
			rc.bad = append(rc.bad, "body: "+err.Error())
			rc.mu.Unlock()
		}
		rc.mu.Lock()
		if rc.ids == nil {
			rc.ids = map[string]int{}
		}
		rc.ids[r.Header.Get(webhook.HeaderID)]++
		rc.bodies = append(rc.bodies, b)
		rc.mu.Unlock()
	}
	w.WriteHeader(status)
}

// received returns the events taken, as "type case seq", and fails t on
// any delivery that did not verify or any webhook-id taken twice.
func (rc *receiver) received(t *testing.T) map[string]int {
	t.Helper()
	rc.mu.Lock()
	defer rc.mu.Unlock()
	for _, b := range rc.bad {
		t.Errorf("a delivery did not verify: %s", b)
	}
	for id, n := range rc.ids {
		if n != 1 {
			t.Errorf("webhook-id %s was taken %d times", id, n)
		}
	}
	out := map[string]int{}
	for _, b := range rc.bodies {
		out[b.Type+" "+b.Data.CaseID+" "+itoa(b.Data.Seq)]++
	}
	return out
}

func itoa(n int64) string { b, _ := json.Marshal(n); return string(b) }

// openHooks opens a store on dsn as one writ process would.
func openHooks(t *testing.T, dsn string, clk *clock) (*cases.Service, store.WebhookStore, store.Store) {
	t.Helper()
	s, err := store.Open(context.Background(), dsn, clk.Now)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	ws, ok := store.WebhooksOf(s)
	if !ok {
		t.Fatal("the store keeps no webhooks")
	}
	return &cases.Service{Store: s, Now: clk.Now, Actor: "staff:test"}, ws, s
}

// listening starts a receiver of deliveries and adds it as an endpoint for
// events; it is closed when the test ends.
func listening(t *testing.T, ws store.WebhookStore, clk *clock, events ...string) (*receiver, *httptest.Server, store.WebhookEndpoint) {
	t.Helper()
	rc := &receiver{clk: clk}
	srv := httptest.NewServer(rc)
	t.Cleanup(srv.Close)
	ep := addEndpoint(t, ws, srv.URL, clk, events...)
	rc.secret = ep.Secret
	return rc, srv, ep
}

func addEndpoint(t *testing.T, ws store.WebhookStore, url string, clk *clock, events ...string) store.WebhookEndpoint {
	t.Helper()
	secret, err := webhook.NewSecret()
	if err != nil {
		t.Fatal(err)
	}
	ep, err := ws.AddWebhook(context.Background(), store.WebhookEndpoint{URL: url, Secret: secret, Events: events, CreatedBy: "os:tester", CreatedAt: clk.Now()})
	if err != nil {
		t.Fatalf("AddWebhook: %v", err)
	}
	return ep
}

// TestWebhooksAcrossRestart: five cases are opened and two objections
// recorded; a runner stops after its second delivery (mid-queue), one more
// objection is recorded while no runner runs, and a new runner on the same
// database delivers the rest. The receiver takes each event exactly once,
// each signed, and none names an account.
func TestWebhooksAcrossRestart(t *testing.T) {
	for _, db := range databases {
		t.Run(db.name, func(t *testing.T) {
			dsn := db.dsn(t)
			clk := newClock(at("2026-11-20", 9))
			svc, ws, st := openHooks(t, dsn, clk)
			rc := &receiver{clk: clk}
			srv := httptest.NewServer(rc)
			defer srv.Close()
			ep := addEndpoint(t, ws, srv.URL, clk)
			rc.secret = ep.Secret

			ctx := context.Background()
			want := map[string]int{}
			var ids []string
			for range 5 {
				id := seedCase(t, svc, clk)
				ids = append(ids, id)
				want[webhook.CaseOpened+" "+id+" 1"] = 1
			}
			// The objections come the next day: their duties are due
			// on 2026-11-30, more than 3 days on, so no duty is due soon.
			clk.Set(at("2026-11-21", 9))
			object := func(id string) {
				t.Helper()
				e, err := svc.Record(ctx, id, matter.Event{Type: matter.ObjectionReceived, At: at("2026-11-21", 8), Account: "Aya@ay_chim0807"}, "")
				if err != nil {
					t.Fatal(err)
				}
				want[webhook.ObjectionReceived+" "+id+" "+itoa(e.Seq)] = 1
			}
			object(ids[0])
			object(ids[3])

			// Runner A is stopped while its second delivery is with the
			// receiver.
			runCtx, stop := context.WithCancel(ctx)
			second, release := make(chan struct{}), make(chan struct{})
			rc.mu.Lock()
			rc.onRequest = func(n int) {
				if n == 2 {
					close(second)
					<-release
				}
			}
			rc.mu.Unlock()
			a := &jobs.Webhooks{Cases: svc, Hooks: ws, Now: clk.Now, Log: quiet, ID: "runner-a", Every: time.Hour}
			done := make(chan error)
			go func() { done <- a.Run(runCtx) }()
			select {
			case <-second:
			case <-time.After(20 * time.Second):
				t.Fatal("runner A delivered fewer than two events")
			}
			stop()
			close(release)
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			if got := len(rc.received(t)); got != 2 {
				t.Fatalf("runner A, stopped during its second delivery, delivered %d", got)
			}
			rc.mu.Lock()
			rc.onRequest = nil
			rc.mu.Unlock()
			st.Close()

			// Writ is down; then it starts again on the same database,
			// where one more objection is recorded before a runner runs.
			clk.Add(3 * time.Minute) // past runner A's leases
			svc2, ws2, _ := openHooks(t, dsn, clk)
			object2 := func(id string) {
				t.Helper()
				e, err := svc2.Record(ctx, id, matter.Event{Type: matter.ObjectionReceived, At: at("2026-11-21", 9), Account: "konnoyukio@CmRUCE"}, "")
				if err != nil {
					t.Fatal(err)
				}
				want[webhook.ObjectionReceived+" "+id+" "+itoa(e.Seq)] = 1
			}
			object2(ids[4])
			b := &jobs.Webhooks{Cases: svc2, Hooks: ws2, Now: clk.Now, Log: quiet, ID: "runner-b"}
			if _, err := b.Tick(ctx); err != nil {
				t.Fatal(err)
			}
			// A later tick finds nothing new.
			clk.Add(time.Minute)
			if n, err := b.Tick(ctx); err != nil || n != 0 {
				t.Errorf("a second tick delivered %d (%v), want 0", n, err)
			}

			got := rc.received(t)
			if len(got) != len(want) {
				t.Errorf("received %d events, want %d (5 cases opened, 3 objections):\n got %v\nwant %v", len(got), len(want), got, want)
			}
			for k := range want {
				if got[k] != 1 {
					t.Errorf("%s received %d times, want once", k, got[k])
				}
			}
			rc.mu.Lock()
			for _, body := range rc.bodies {
				raw, _ := json.Marshal(body)
				for _, name := range []string{"Aya", "ay_chim0807", "konnoyukio", "CmRUCE"} {
					if strings.Contains(string(raw), name) {
						t.Errorf("a delivery names the account holder (%s): %s", name, raw)
					}
				}
			}
			rc.mu.Unlock()
		})
	}
}

// TestWebhookRetried: a receiver that fails twice (503) is tried again
// after 30 seconds, then after 2 more minutes, and takes the third
// attempt; nothing is sent before a retry is due, and each attempt is
// logged with its status.
func TestWebhookRetried(t *testing.T) {
	for _, db := range databases {
		t.Run(db.name, func(t *testing.T) {
			ctx := context.Background()
			clk := newClock(at("2026-11-20", 9))
			svc, ws, _ := openHooks(t, db.dsn(t), clk)
			rc := &receiver{clk: clk, answer: func(n int) int {
				if n <= 2 {
					return http.StatusServiceUnavailable
				}
				return http.StatusOK
			}}
			srv := httptest.NewServer(rc)
			defer srv.Close()
			ep := addEndpoint(t, ws, srv.URL, clk, webhook.CaseOpened)
			rc.secret = ep.Secret
			id := seedCase(t, svc, clk)
			r := &jobs.Webhooks{Cases: svc, Hooks: ws, Now: clk.Now, Log: quiet, ID: "runner"}
			requests := func() int { rc.mu.Lock(); defer rc.mu.Unlock(); return rc.requests }

			start := clk.Now()
			steps := []struct {
				after    time.Duration // since start
				requests int           // received by then
			}{
				{0, 1},                         // the first attempt, refused
				{29 * time.Second, 1},          // the retry is not due yet
				{30 * time.Second, 2},          // the second attempt, refused
				{(2*60 + 29) * time.Second, 2}, // 2 minutes after it are not over
				{(2*60 + 30) * time.Second, 3}, // the third, taken
				{(60 * time.Minute), 3},        // and nothing more
			}
			for _, s := range steps {
				clk.Set(start.Add(s.after))
				_, _ = r.Tick(ctx)
				if got := requests(); got != s.requests {
					t.Fatalf("after %v: %d requests, want %d", s.after, got, s.requests)
				}
			}
			got := rc.received(t)
			if len(got) != 1 || got[webhook.CaseOpened+" "+id+" 1"] != 1 {
				t.Errorf("received %v, want the case opened once", got)
			}
			list, err := ws.WebhookDeliveries(ctx, ep.ID, 10)
			if err != nil || len(list) != 1 {
				t.Fatalf("deliveries: %v, %v", list, err)
			}
			d := list[0]
			if d.DeliveredAt.IsZero() || d.Attempts != 3 || d.LastStatus != 200 {
				t.Errorf("delivery %+v: want delivered on attempt 3 with 200", d)
			}
			attempts, err := ws.WebhookAttempts(ctx, d.ID)
			if err != nil {
				t.Fatal(err)
			}
			var statuses []int
			for _, a := range attempts {
				statuses = append(statuses, a.Status)
			}
			if len(statuses) != 3 || statuses[0] != 503 || statuses[1] != 503 || statuses[2] != 200 {
				t.Errorf("attempts logged with statuses %v, want [503 503 200]", statuses)
			}
		})
	}
}

// TestWebhookDutiesAndGate: the seed case's two notices are due Monday
// 2026-11-30. Three days before, each duty is due soon; the day before,
// due soon again (the 1-day reminder); the day after, overdue; each once
// however often the runner ticks. Once both holders have been noticed and
// their windows have closed, the gate opens for the case: once. The duties
// name the accounts by their place in the order.
//
// With the index of the cases' summaries (Webhooks.Index), the same events
// reach the receiver on the same days.
func TestWebhookDutiesAndGate(t *testing.T) {
	for _, withIndex := range []bool{false, true} {
		name := "EveryCase"
		if withIndex {
			name = "Index"
		}
		t.Run(name, func(t *testing.T) { testWebhookDutiesAndGate(t, withIndex) })
	}
}

func testWebhookDutiesAndGate(t *testing.T, withIndex bool) {
	ctx := context.Background()
	clk := newClock(at("2026-11-20", 9))
	svc, ws, _ := openHooks(t, sqliteDSN(t), clk)
	rc, _, _ := listening(t, ws, clk, webhook.DutyDueSoon, webhook.DutyOverdue, webhook.GateOpened)
	id := seedCase(t, svc, clk)
	r := &jobs.Webhooks{Cases: svc, Hooks: ws, Now: clk.Now, Log: quiet, ID: "runner"}
	if withIndex {
		r.Index = &cases.Index{Cases: svc}
	}
	tick := func(day string, hour int) {
		t.Helper()
		clk.Set(at(day, hour))
		if _, err := r.Tick(ctx); err != nil {
			t.Fatalf("tick on %s: %v", day, err)
		}
	}
	taken := func() []string {
		rc.mu.Lock()
		defer rc.mu.Unlock()
		var out []string
		for _, b := range rc.bodies {
			if b.Data.CaseID != id {
				t.Errorf("an event of another case: %+v", b)
			}
			out = append(out, b.Type+" "+b.Data.Duty+" "+b.Data.Due)
		}
		rc.bodies = nil
		slices.Sort(out)
		return out
	}
	for _, step := range []struct {
		day  string
		want []string
	}{
		{"2026-11-26", nil}, // 4 days before: nothing yet
		{"2026-11-27", []string{"duty.due_soon notify/target-1 2026-11-30", "duty.due_soon notify/target-2 2026-11-30"}},
		{"2026-11-28", nil}, // still the 3-day reminder's days
		{"2026-11-29", []string{"duty.due_soon notify/target-1 2026-11-30", "duty.due_soon notify/target-2 2026-11-30"}},
		{"2026-11-30", nil},
		{"2026-12-01", []string{"duty.overdue notify/target-1 2026-11-30", "duty.overdue notify/target-2 2026-11-30"}},
		{"2026-12-02", nil},
	} {
		tick(step.day, 9)
		tick(step.day, 15)
		if got := taken(); !slices.Equal(got, step.want) {
			t.Errorf("on %s received %q, want %q", step.day, got, step.want)
		}
	}

	for _, account := range []string{"konnoyukio@CmRUCE", "Aya@ay_chim0807"} {
		if _, err := svc.Record(ctx, id, matter.Event{Type: matter.NoticeSent, At: at("2026-12-02", 8), Account: account, Method: "email"}, ""); err != nil {
			t.Fatal(err)
		}
	}
	tick("2026-12-10", 9) // the windows to object and to move are open
	if got := taken(); len(got) != 0 {
		t.Errorf("while the windows ran: %q", got)
	}
	tick("2027-02-01", 9)
	tick("2027-02-02", 9)
	got := taken()
	gate := 0
	for _, g := range got {
		if strings.HasPrefix(g, webhook.GateOpened) {
			gate++
		}
	}
	if gate != 1 {
		t.Errorf("after the windows closed: %q, want the gate opened once", got)
	}
	rc.received(t) // every delivery signed, none twice
}

// TestWebhooksAskTheIndex: with the index of the cases' summaries, a tick
// assesses every case once, and after that only the cases whose summary
// changed (an event recorded, the clock past what an assessment held for)
// or that owe a duty's event (due soon or overdue); an endpoint added makes
// the next tick assess every case again, so that it hears of what the
// others heard of. Two seed cases served 2026-11-20 (notices due
// 2026-11-30), on 2026-11-21.
func TestWebhooksAskTheIndex(t *testing.T) {
	ctx := context.Background()
	clk := newClock(at("2026-11-20", 9))
	svc, ws, _ := openHooks(t, sqliteDSN(t), clk)
	_, srv, _ := listening(t, ws, clk, webhook.CaseOpened)
	first := seedCase(t, svc, clk)
	seedCase(t, svc, clk)
	r := &jobs.Webhooks{Cases: svc, Hooks: ws, Now: clk.Now, Log: quiet, ID: "runner", Index: &cases.Index{Cases: svc}}
	for _, step := range []struct {
		name string
		do   func()
		want int64
	}{
		{"the first tick", nil, 2},
		{"nothing changed", nil, 0},
		{"an event recorded", func() {
			e := matter.Event{Type: matter.NoticeSent, At: at("2026-11-21", 8), Account: "konnoyukio@CmRUCE", Method: "email"}
			if _, err := svc.Record(ctx, first, e, ""); err != nil {
				t.Fatal(err)
			}
		}, 1},
		{"an endpoint added", func() { addEndpoint(t, ws, srv.URL, clk, webhook.CaseOpened) }, 2},
		{"nothing changed again", nil, 0},
	} {
		clk.Set(at("2026-11-21", 9))
		if step.do != nil {
			step.do()
		}
		if _, err := r.Index.Summaries(ctx, clk.Now()); err != nil {
			t.Fatal(err)
		}
		before := svc.CacheStats()
		if _, err := r.Tick(ctx); err != nil {
			t.Fatalf("%s: Tick: %v", step.name, err)
		}
		after := svc.CacheStats()
		if got := after.Hits + after.Reads - before.Hits - before.Reads; got != step.want {
			t.Errorf("%s: the tick loaded %d cases; want %d", step.name, got, step.want)
		}
	}
}

// TestWebhookRemovedMidQueue: an endpoint removed while its deliveries are
// claimed gets none of the rest: they are given up, not sent.
func TestWebhookRemovedMidQueue(t *testing.T) {
	ctx := context.Background()
	clk := newClock(at("2026-11-20", 9))
	svc, ws, _ := openHooks(t, sqliteDSN(t), clk)
	rc, _, ep := listening(t, ws, clk, webhook.CaseOpened)
	seedCase(t, svc, clk)
	seedCase(t, svc, clk)
	rc.onRequest = func(n int) {
		if n == 1 {
			if err := ws.RemoveWebhook(ctx, ep.ID, "kenji@platform.example", clk.Now()); err != nil {
				t.Error(err)
			}
		}
	}
	r := &jobs.Webhooks{Cases: svc, Hooks: ws, Now: clk.Now, Log: quiet, ID: "runner"}
	_, _ = r.Tick(ctx)
	if got := len(rc.received(t)); got != 1 {
		t.Errorf("the receiver took %d, want only the one under way when the endpoint was removed", got)
	}
	list, err := ws.WebhookDeliveries(ctx, ep.ID, 10)
	if err != nil || len(list) != 2 {
		t.Fatalf("deliveries: %d, %v; want 2", len(list), err)
	}
	delivered, gaveUp := 0, 0
	for _, d := range list {
		if !d.DeliveredAt.IsZero() {
			delivered++
		}
		if !d.FailedAt.IsZero() && strings.Contains(d.LastError, "removed") {
			gaveUp++
		}
	}
	if delivered != 1 || gaveUp != 1 {
		t.Errorf("%d delivered and %d given up, want 1 and 1", delivered, gaveUp)
	}
}
