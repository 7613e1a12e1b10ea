package storetest

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

func testAppend(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		s, _, clock := newStore(t, fresh)
		c := createCase(t, s)
		recordedAt := clock.Peek().UTC().Truncate(time.Microsecond)
		// A time in a zone east of UTC with nanoseconds, and a payload with
		// space to squeeze out and characters encoding/json would escape.
		at := time.Date(2022, 10, 21, 8, 30, 0, 987654321, zone)
		served := store.NewEvent{
			Type: "subpoena_served", At: at, Actor: "staff:bob",
			Payload: json.RawMessage(" {\n  \"on\" : \"2022-10-20\",\t\"note\": \"<b>&amp;</b> \\u00e9 ü\u2028\",\n \"n\": [1, 2.50, {}] }\n"),
		}
		noticed := event("notice_sent", 2)
		evs, err := s.Append(ctx, c.ID, 1, "", served, noticed)
		if err != nil {
			t.Fatalf("Append: %v", err)
		}
		if len(evs) != 2 {
			t.Fatalf("Append returned %d events, want 2", len(evs))
		}
		want := store.Event{
			CaseID: c.ID, Seq: 2, Type: "subpoena_served",
			At:         time.Date(2022, 10, 20, 23, 30, 0, 987654000, time.UTC),
			RecordedAt: recordedAt, Actor: "staff:bob",
			Payload:  json.RawMessage("{\"on\":\"2022-10-20\",\"note\":\"<b>&amp;</b> \\u00e9 ü\u2028\",\"n\":[1,2.50,{}]}"),
			PrevHash: c.Head, Hash: evs[0].Hash,
		}
		equal(t, "first appended event", evs[0], want)
		if evs[0].At.Location() != time.UTC || evs[0].RecordedAt.Location() != time.UTC {
			t.Errorf("times are not in UTC: %v, %v", evs[0].At, evs[0].RecordedAt)
		}
		if evs[1].Seq != 3 || !evs[1].RecordedAt.Equal(recordedAt) {
			t.Errorf("second event: seq %d recorded %v, want seq 3 recorded with the first", evs[1].Seq, evs[1].RecordedAt)
		}
		all := events(t, s, c.ID)
		checkChain(t, all)
		equal(t, "events read back", all[1:], evs)
		if string(all[1].Payload) != string(want.Payload) {
			t.Errorf("payload read back %s, want byte for byte %s", all[1].Payload, want.Payload)
		}
		got, err := s.Case(ctx, c.ID)
		if err != nil {
			t.Fatalf("Case: %v", err)
		}
		if got.Seq != 3 || got.Head != evs[1].Hash {
			t.Errorf("case head at seq %d %s, want 3 %s", got.Seq, got.Head, evs[1].Hash)
		}
		verifyClean(t, s)
	})

	t.Run("ErrConflict", func(t *testing.T) {
		for _, tt := range []struct {
			name     string
			expected int64
		}{
			{"Stale", 1},
			{"Ahead", 3},
			{"Zero", 0},
			{"Negative", -1},
		} {
			t.Run(tt.name, func(t *testing.T) {
				s, _, _ := newStore(t, fresh)
				c := createCase(t, s)
				appendOK(t, s, c.ID, event("subpoena_served", 1))
				before := events(t, s, c.ID)
				_, err := s.Append(ctx, c.ID, tt.expected, "", event("notice_sent", 2))
				wantCode(t, err, fault.Conflict)
				equal(t, "events after a refused append", events(t, s, c.ID), before)
			})
		}
	})

	t.Run("Retry", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		c := createCase(t, s)
		batch := []store.NewEvent{event("notice_sent", 1), event("notice_sent", 2)}
		first, err := s.Append(ctx, c.ID, 1, "notices-1", batch...)
		if err != nil {
			t.Fatalf("Append: %v", err)
		}
		appendOK(t, s, c.ID, event("objection_received", 3))
		// The retry's expectedSeq is stale twice over, and payloads stated
		// with other spacing are the same payloads.
		batch[1].Payload = json.RawMessage(`{ "n" : 2 }`)
		again, err := s.Append(ctx, c.ID, 1, "notices-1", batch...)
		if err != nil {
			t.Fatalf("Append retried: %v", err)
		}
		equal(t, "events of the retry", again, first)
		all := events(t, s, c.ID)
		if len(all) != 4 {
			t.Fatalf("%d events after a retry, want 4 (stored once)", len(all))
		}
		for _, e := range all[1:3] {
			if e.IdempotencyKey != "notices-1" {
				t.Errorf("event %d key %q, want notices-1", e.Seq, e.IdempotencyKey)
			}
		}
		verifyClean(t, s)
	})

	t.Run("RetryOtherCase", func(t *testing.T) {
		// A key belongs to its case: the same key on another case is a new request.
		s, _, _ := newStore(t, fresh)
		c1, c2 := createCase(t, s), createCase(t, s)
		e1, err := s.Append(ctx, c1.ID, 1, "k", event("notice_sent", 1))
		if err != nil {
			t.Fatalf("Append: %v", err)
		}
		e2, err := s.Append(ctx, c2.ID, 1, "k", event("notice_sent", 1))
		if err != nil {
			t.Fatalf("Append to another case with the same key: %v", err)
		}
		if e2[0].CaseID != c2.ID || e2[0].Hash == e1[0].Hash {
			t.Errorf("the second case got %+v", e2[0])
		}
	})

	t.Run("ErrConflictKeyReused", func(t *testing.T) {
		for _, tt := range []struct {
			name   string
			events []store.NewEvent
		}{
			{"OtherPayload", []store.NewEvent{event("notice_sent", 1), event("notice_sent", 9)}},
			{"OtherType", []store.NewEvent{event("notice_sent", 1), event("notice_bounced", 2)}},
			{"OtherAt", []store.NewEvent{event("notice_sent", 1), func() store.NewEvent {
				e := event("notice_sent", 2)
				e.At = e.At.Add(time.Microsecond)
				return e
			}()}},
			{"OtherActor", []store.NewEvent{event("notice_sent", 1), func() store.NewEvent {
				e := event("notice_sent", 2)
				e.Actor = "staff:mallory"
				return e
			}()}},
			{"Fewer", []store.NewEvent{event("notice_sent", 1)}},
			{"More", []store.NewEvent{event("notice_sent", 1), event("notice_sent", 2), event("notice_sent", 3)}},
		} {
			t.Run(tt.name, func(t *testing.T) {
				s, _, _ := newStore(t, fresh)
				c := createCase(t, s)
				if _, err := s.Append(ctx, c.ID, 1, "notices-1", event("notice_sent", 1), event("notice_sent", 2)); err != nil {
					t.Fatalf("Append: %v", err)
				}
				before := events(t, s, c.ID)
				_, err := s.Append(ctx, c.ID, 3, "notices-1", tt.events...)
				wantCode(t, err, fault.Conflict)
				equal(t, "events after a refused append", events(t, s, c.ID), before)
			})
		}
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		for _, tt := range invalidEvents() {
			t.Run(tt.name, func(t *testing.T) {
				s, _, _ := newStore(t, fresh)
				c := createCase(t, s)
				// A bad event spoils the whole batch: nothing is stored.
				_, err := s.Append(ctx, c.ID, 1, "", event("notice_sent", 1), tt.event)
				wantCode(t, err, fault.Invalid)
				if evs := events(t, s, c.ID); len(evs) != 1 {
					t.Fatalf("%d events after a refused append, want 1", len(evs))
				}
				if got, _ := s.Case(ctx, c.ID); got != c {
					t.Fatalf("case moved to %+v after a refused append", got)
				}
			})
		}
		t.Run("NoEvents", func(t *testing.T) {
			s, _, _ := newStore(t, fresh)
			c := createCase(t, s)
			_, err := s.Append(ctx, c.ID, 1, "")
			wantCode(t, err, fault.Invalid)
		})
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		createCase(t, s)
		_, err := s.Append(ctx, "c-aaaaaaaaaaaa", 1, "", event("notice_sent", 1))
		wantCode(t, err, fault.NotFound)
	})
}

func testEvents(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()

	t.Run("InSeqOrder", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		c1, c2 := createCase(t, s), createCase(t, s)
		for i := 1; i <= 12; i++ {
			appendOK(t, s, c1.ID, event("notice_sent", i))
			appendOK(t, s, c2.ID, event("notice_sent", 100+i))
		}
		for _, c := range []store.Case{c1, c2} {
			evs := events(t, s, c.ID)
			if len(evs) != 13 {
				t.Fatalf("case %s: %d events, want 13", c.ID, len(evs))
			}
			for _, e := range evs {
				if e.CaseID != c.ID {
					t.Fatalf("case %s: got event of case %s", c.ID, e.CaseID)
				}
			}
			checkChain(t, evs)
		}
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		_, err := s.Events(ctx, "c-aaaaaaaaaaaa")
		wantCode(t, err, fault.NotFound)
	})
}
