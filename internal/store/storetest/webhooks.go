package storetest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// Webhooks runs the webhook store's behaviour tests against a database:
// endpoints added, listed and removed; a delivery queued once per endpoint
// and event; claimed by one of many claimers, and again only once its
// lease ends; attempts recorded with their outcome; nothing claimed for a
// removed endpoint. It is its own entry point so that the suite's list in
// Run stays as it is.
func Webhooks(t *testing.T, fresh func(t *testing.T) Database) {
	for _, tt := range []struct {
		name string
		fn   func(*testing.T, store.WebhookStore)
	}{
		{"Endpoints", testWebhookEndpoints},
		{"EnqueueOnce", testWebhookEnqueueOnce},
		{"Claim", testWebhookClaim},
		{"Attempts", testWebhookAttempts},
		{"Removed", testWebhookRemoved},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			s, _, _ := newStore(t, fresh)
			ws, ok := store.WebhooksOf(s)
			if !ok {
				t.Fatal("the store keeps no webhooks")
			}
			tt.fn(t, ws)
		})
	}
}

// hookAt is when these tests add their endpoints.
var hookAt = time.Date(2026, 12, 1, 9, 0, 0, 123456789, zone)

const hookSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

func addHook(t *testing.T, ws store.WebhookStore, events ...string) store.WebhookEndpoint {
	t.Helper()
	ep, err := ws.AddWebhook(context.Background(), store.WebhookEndpoint{URL: "https://hooks.example/writ", Secret: hookSecret,
		Events: events, CreatedBy: "os:tester", CreatedAt: hookAt})
	if err != nil {
		t.Fatalf("AddWebhook: %v", err)
	}
	return ep
}

func queueHook(t *testing.T, ws store.WebhookStore, epID, key string, at time.Time) (store.WebhookDelivery, bool) {
	t.Helper()
	d, queued, err := ws.EnqueueWebhook(context.Background(), store.WebhookDelivery{EndpointID: epID, EventKey: key, Kind: "case.opened",
		CaseID: "c-x", Payload: []byte(`{"type":"case.opened"}`), CreatedAt: at})
	if err != nil {
		t.Fatalf("EnqueueWebhook %s: %v", key, err)
	}
	return d, queued
}

func testWebhookEndpoints(t *testing.T, ws store.WebhookStore) {
	ctx := context.Background()
	a := addHook(t, ws, "case.opened", "gate.opened")
	b := addHook(t, ws)
	if a.ID == b.ID || a.ID == "" {
		t.Fatalf("ids %q and %q", a.ID, b.ID)
	}
	got, err := ws.Webhook(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.URL != a.URL || got.Secret != hookSecret || len(got.Events) != 2 || !got.Receives("gate.opened") || got.Receives("duty.overdue") ||
		!got.CreatedAt.Equal(hookAt.UTC().Truncate(time.Microsecond)) {
		t.Errorf("read back %+v", got)
	}
	if !b.Receives("duty.overdue") {
		t.Error("an endpoint with no kinds named does not receive every kind")
	}
	wantCode(t, ws.RemoveWebhook(ctx, a.ID, "", hookAt.Add(time.Hour)), fault.Invalid)
	if err := ws.RemoveWebhook(ctx, a.ID, "kenji@platform.example", hookAt.Add(time.Hour)); err != nil {
		t.Fatal(err)
	}
	wantCode(t, ws.RemoveWebhook(ctx, a.ID, "kenji@platform.example", hookAt.Add(time.Hour)), fault.NotFound)
	// Who removed it is kept with when, as who added it is.
	if got, err := ws.Webhook(ctx, a.ID); err != nil || got.RemovedBy != "kenji@platform.example" || !got.RemovedAt.Equal(hookAt.Add(time.Hour).UTC().Truncate(time.Microsecond)) {
		t.Errorf("a removed endpoint reads back as removed by %q at %v (%v), want kenji@platform.example an hour after it was added", got.RemovedBy, got.RemovedAt, err)
	}
	list, err := ws.Webhooks(ctx)
	if err != nil || len(list) != 1 || list[0].ID != b.ID {
		t.Errorf("Webhooks after removing one = %v, %v; want the other alone", list, err)
	}
	_, err = ws.AddWebhook(ctx, store.WebhookEndpoint{URL: "https://x", Secret: "plain", CreatedBy: "x", CreatedAt: hookAt})
	wantCode(t, err, fault.Invalid)
}

func testWebhookEnqueueOnce(t *testing.T, ws store.WebhookStore) {
	a, b := addHook(t, ws), addHook(t, ws)
	first, queued := queueHook(t, ws, a.ID, "c-x/1/case.opened", hookAt)
	if !queued || len(first.ID) != len("msg_")+26 {
		t.Fatalf("first queueing: %v, id %q", queued, first.ID)
	}
	again, queued := queueHook(t, ws, a.ID, "c-x/1/case.opened", hookAt.Add(time.Minute))
	if queued || again.ID != first.ID {
		t.Errorf("queued again: %v, id %s (first %s)", queued, again.ID, first.ID)
	}
	other, queued := queueHook(t, ws, b.ID, "c-x/1/case.opened", hookAt)
	if !queued || other.ID == first.ID {
		t.Errorf("the same event for another endpoint: queued %v, id %s", queued, other.ID)
	}
	_, _, err := ws.EnqueueWebhook(context.Background(), store.WebhookDelivery{EndpointID: "wh-none", EventKey: "k", Kind: "k", Payload: []byte("{}"), CreatedAt: hookAt})
	wantCode(t, err, fault.NotFound)
}

func testWebhookClaim(t *testing.T, ws store.WebhookStore) {
	ctx := context.Background()
	ep := addHook(t, ws)
	keys := []string{"k1", "k2", "k3"}
	for _, k := range keys {
		queueHook(t, ws, ep.ID, k, hookAt)
	}
	// Eight claimers at once: each delivery goes to one of them.
	var mu sync.Mutex
	claimed := map[string]int{}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got, err := ws.ClaimWebhooks(ctx, "p"+string(rune('0'+i)), hookAt, hookAt.Add(time.Minute), 10)
			if err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			for _, d := range got {
				claimed[d.EventKey]++
				if d.Attempts != 1 {
					t.Errorf("%s claimed with attempts %d, want 1", d.EventKey, d.Attempts)
				}
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	for _, k := range keys {
		if claimed[k] != 1 {
			t.Errorf("%s claimed %d times, want once", k, claimed[k])
		}
	}
	// Within the lease nobody claims them; once it ends, anyone may.
	if got, _ := ws.ClaimWebhooks(ctx, "late", hookAt.Add(59*time.Second), hookAt.Add(2*time.Minute), 10); len(got) != 0 {
		t.Errorf("%d claimed while the leases ran", len(got))
	}
	got, err := ws.ClaimWebhooks(ctx, "late", hookAt.Add(time.Minute), hookAt.Add(2*time.Minute), 10)
	if err != nil || len(got) != len(keys) || got[0].Attempts != 2 {
		t.Errorf("after the leases: %d claimed (%v), want %d on their second attempt", len(got), err, len(keys))
	}
	// A delivery not due yet is not claimed.
	if _, _, err := ws.EnqueueWebhook(ctx, store.WebhookDelivery{EndpointID: ep.ID, EventKey: "later", Kind: "k", Payload: []byte("{}"),
		CreatedAt: hookAt, NextAt: hookAt.Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	got, _ = ws.ClaimWebhooks(ctx, "p", hookAt.Add(30*time.Minute), hookAt.Add(31*time.Minute), 10)
	for _, d := range got {
		if d.EventKey == "later" {
			t.Error("a delivery was claimed before it was due")
		}
	}
}

func testWebhookAttempts(t *testing.T, ws store.WebhookStore) {
	ctx := context.Background()
	ep := addHook(t, ws)
	d, _ := queueHook(t, ws, ep.ID, "k", hookAt)
	claim := func(now time.Time) store.WebhookDelivery {
		t.Helper()
		got, err := ws.ClaimWebhooks(ctx, "p", now, now.Add(time.Minute), 10)
		if err != nil || len(got) != 1 {
			t.Fatalf("claim at %v: %d, %v", now, len(got), err)
		}
		return got[0]
	}
	c := claim(hookAt)
	retry := hookAt.Add(30 * time.Second)
	if err := ws.RecordWebhookAttempt(ctx, c.ID, c.Attempts, store.WebhookOutcome{At: hookAt.Add(time.Second), Status: 503, Error: "the receiver answered 503", NextAt: retry}); err != nil {
		t.Fatal(err)
	}
	// The retry is due at its time, not before, though the claim ended.
	if got, _ := ws.ClaimWebhooks(ctx, "p", retry.Add(-time.Second), retry, 10); len(got) != 0 {
		t.Error("claimed before its retry was due")
	}
	c = claim(retry)
	if c.LastStatus != 503 || c.LastError == "" || c.Attempts != 2 {
		t.Errorf("after a failed attempt: %+v", c)
	}
	if err := ws.RecordWebhookAttempt(ctx, c.ID, c.Attempts, store.WebhookOutcome{At: retry.Add(time.Second), Status: 204, Delivered: true}); err != nil {
		t.Fatal(err)
	}
	wantCode(t, ws.RecordWebhookAttempt(ctx, c.ID, 3, store.WebhookOutcome{At: retry.Add(2 * time.Second), Status: 200, Delivered: true}), fault.NotFound)
	if got, _ := ws.ClaimWebhooks(ctx, "p", hookAt.Add(time.Hour), hookAt.Add(2*time.Hour), 10); len(got) != 0 {
		t.Error("a delivered delivery was claimed again")
	}
	list, err := ws.WebhookDeliveries(ctx, ep.ID, 10)
	if err != nil || len(list) != 1 || list[0].ID != d.ID || list[0].DeliveredAt.IsZero() || list[0].LastStatus != 204 || list[0].LastError != "" {
		t.Errorf("deliveries = %+v, %v", list, err)
	}
	attempts, err := ws.WebhookAttempts(ctx, d.ID)
	if err != nil || len(attempts) != 2 || attempts[0].Status != 503 || attempts[1].Status != 204 || attempts[0].Attempt != 1 {
		t.Errorf("attempts = %+v, %v", attempts, err)
	}
}

func testWebhookRemoved(t *testing.T, ws store.WebhookStore) {
	ctx := context.Background()
	ep := addHook(t, ws)
	queueHook(t, ws, ep.ID, "k", hookAt)
	if err := ws.RemoveWebhook(ctx, ep.ID, "kenji@platform.example", hookAt); err != nil {
		t.Fatal(err)
	}
	if got, _ := ws.ClaimWebhooks(ctx, "p", hookAt, hookAt.Add(time.Minute), 10); len(got) != 0 {
		t.Error("a delivery of a removed endpoint was claimed")
	}
	_, _, err := ws.EnqueueWebhook(ctx, store.WebhookDelivery{EndpointID: ep.ID, EventKey: "k2", Kind: "k", Payload: []byte("{}"), CreatedAt: hookAt})
	wantCode(t, err, fault.NotFound)
}
