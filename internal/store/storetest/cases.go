package storetest

import (
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// caseID is the form of a generated case ID.
var caseID = regexp.MustCompile(`^c-[a-z2-7]{12}$`)

func testCreateCase(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		s, _, clock := newStore(t, fresh)
		recordedAt := clock.Peek().UTC().Truncate(time.Microsecond)
		first := event("order_entered", 0)
		c, evs, err := s.CreateCase(ctx, seed, first, "")
		if err != nil {
			t.Fatalf("CreateCase: %v", err)
		}
		if !caseID.MatchString(c.ID) {
			t.Errorf("case ID %q is not c- and 12 lowercase base32 characters", c.ID)
		}
		if len(evs) != 1 {
			t.Fatalf("CreateCase returned %d events, want 1", len(evs))
		}
		want := store.Event{
			CaseID: c.ID, Seq: 1, Type: first.Type, At: first.At, RecordedAt: recordedAt, Actor: first.Actor,
			Payload: first.Payload, PrevHash: store.ZeroHash, Hash: evs[0].Hash,
		}
		equal(t, "first event", evs[0], want)
		checkChain(t, evs)
		equal(t, "case", c, store.Case{ID: c.ID, Number: seed.Number, Court: seed.Court, CreatedAt: recordedAt, Seq: 1, Head: evs[0].Hash})

		got, err := s.Case(ctx, c.ID)
		if err != nil {
			t.Fatalf("Case: %v", err)
		}
		equal(t, "case read back", got, c)
		equal(t, "events read back", events(t, s, c.ID), evs)
	})

	t.Run("UniqueIDs", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		seen := map[string]bool{}
		for range 20 {
			c := createCase(t, s)
			if seen[c.ID] {
				t.Fatalf("case ID %s generated twice", c.ID)
			}
			seen[c.ID] = true
		}
	})

	t.Run("Retry", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		c1, evs1, err := s.CreateCase(ctx, seed, event("order_entered", 0), "create-1")
		if err != nil {
			t.Fatalf("CreateCase: %v", err)
		}
		appendOK(t, s, c1.ID, event("subpoena_served", 1))
		c2, evs2, err := s.CreateCase(ctx, seed, event("order_entered", 0), "create-1")
		if err != nil {
			t.Fatalf("CreateCase retried: %v", err)
		}
		if c2.ID != c1.ID || c2.Seq != 2 {
			t.Errorf("retry returned case %s at seq %d, want %s as it is now (seq 2)", c2.ID, c2.Seq, c1.ID)
		}
		equal(t, "events of the retry", evs2, evs1)
		if evs1[0].IdempotencyKey != "create-1" {
			t.Errorf("first event's key = %q, want create-1", evs1[0].IdempotencyKey)
		}
		cases, err := s.Cases(ctx)
		if err != nil {
			t.Fatalf("Cases: %v", err)
		}
		if len(cases) != 1 {
			t.Errorf("%d cases after a retry, want 1", len(cases))
		}
	})

	t.Run("ErrConflict", func(t *testing.T) {
		for _, tt := range []struct {
			name  string
			c     store.NewCase
			first store.NewEvent
		}{
			{"OtherNumber", store.NewCase{Number: "23-mc-80001-VKD", Court: "cand"}, event("order_entered", 0)},
			{"OtherCourt", store.NewCase{Number: seed.Number, Court: "us"}, event("order_entered", 0)},
			{"OtherEvent", seed, event("order_entered", 1)},
		} {
			t.Run(tt.name, func(t *testing.T) {
				s, _, _ := newStore(t, fresh)
				if _, _, err := s.CreateCase(ctx, seed, event("order_entered", 0), "create-1"); err != nil {
					t.Fatalf("CreateCase: %v", err)
				}
				_, _, err := s.CreateCase(ctx, tt.c, tt.first, "create-1")
				wantCode(t, err, fault.Conflict)
				if cases, _ := s.Cases(ctx); len(cases) != 1 {
					t.Errorf("%d cases, want 1", len(cases))
				}
			})
		}
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		for _, tt := range invalidEvents() {
			t.Run(tt.name, func(t *testing.T) {
				s, _, _ := newStore(t, fresh)
				_, _, err := s.CreateCase(ctx, seed, tt.event, "")
				wantCode(t, err, fault.Invalid)
				wantNoCases(t, s)
			})
		}
		for _, tt := range []struct {
			name string
			c    store.NewCase
			key  string
		}{
			{"NoNumber", store.NewCase{Court: "cand"}, ""},
			{"NoCourt", store.NewCase{Number: seed.Number}, ""},
			{"NumberNotUTF8", store.NewCase{Number: "22-mc-\xff", Court: "cand"}, ""},
			{"KeyTooLong", seed, strings.Repeat("k", 201)},
		} {
			t.Run(tt.name, func(t *testing.T) {
				s, _, _ := newStore(t, fresh)
				_, _, err := s.CreateCase(ctx, tt.c, event("order_entered", 0), tt.key)
				wantCode(t, err, fault.Invalid)
				wantNoCases(t, s)
			})
		}
	})
}

// invalidEvents are events the store must refuse, whatever the call.
func invalidEvents() []struct {
	name  string
	event store.NewEvent
} {
	with := func(f func(*store.NewEvent)) store.NewEvent {
		e := event("objection_received", 1)
		f(&e)
		return e
	}
	payload := func(p string) store.NewEvent {
		return with(func(e *store.NewEvent) { e.Payload = json.RawMessage(p) })
	}
	return []struct {
		name  string
		event store.NewEvent
	}{
		{"NoType", with(func(e *store.NewEvent) { e.Type = "" })},
		{"NoAt", with(func(e *store.NewEvent) { e.At = time.Time{} })},
		{"AtBeyond9999", with(func(e *store.NewEvent) { e.At = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) })},
		{"ActorNotUTF8", with(func(e *store.NewEvent) { e.Actor = "staff:\xc3" })},
		{"TypeWithNUL", with(func(e *store.NewEvent) { e.Type = "ruling\x00" })},
		{"NoPayload", payload("")},
		{"PayloadNull", payload("null")},
		{"PayloadArray", payload(`[{"n":1}]`)},
		{"PayloadString", payload(`"text"`)},
		{"PayloadNumber", payload(`1`)},
		{"PayloadNotJSON", payload(`{"n":`)},
		{"PayloadTwoObjects", payload(`{"n":1}{"n":2}`)},
		{"PayloadNotUTF8", payload("{\"n\":\"\xff\"}")},
	}
}

// wantNoCases fails t unless the store holds no case.
func wantNoCases(t *testing.T, s store.Store) {
	t.Helper()
	cases, err := s.Cases(context.Background())
	if err != nil {
		t.Fatalf("Cases: %v", err)
	}
	if len(cases) != 0 {
		t.Fatalf("%d cases stored, want none", len(cases))
	}
}

func testCase(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()

	t.Run("ErrNotFound", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		createCase(t, s)
		for _, id := range []string{"c-aaaaaaaaaaaa", "", "c-' OR '1'='1"} {
			_, err := s.Case(ctx, id)
			wantCode(t, err, fault.NotFound)
		}
	})
}

func testCases(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()

	t.Run("Empty", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		wantNoCases(t, s)
	})

	t.Run("NewestFirst", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		var want []store.Case
		for range 4 {
			want = append([]store.Case{createCase(t, s)}, want...)
		}
		// Appending moves a case's head, not its place in the list.
		appendOK(t, s, want[3].ID, event("subpoena_served", 1))
		want[3], _ = s.Case(ctx, want[3].ID)
		got, err := s.Cases(ctx)
		if err != nil {
			t.Fatalf("Cases: %v", err)
		}
		equal(t, "cases", got, want)
	})
}
