package store_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// TestUniqueGuard checks the last guard against two writers extending a
// case from the same point: were the expected-seq check and the case lock
// ever bypassed, the database itself refuses a second event with the same
// seq, and the store reports it as a conflict.
func TestUniqueGuard(t *testing.T) {
	t.Parallel()
	for _, tt := range databases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			s, err := store.Open(ctx, tt.fresh(t).DSN, time.Now)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer s.Close()
			e := store.NewEvent{Type: "notice_sent", At: time.Now(), Actor: "staff:alice", Payload: json.RawMessage(`{}`)}
			c, first, err := s.CreateCase(ctx, store.NewCase{Number: "22-mc-80240-VKD", Court: "cand"}, e, "")
			if err != nil {
				t.Fatalf("CreateCase: %v", err)
			}

			t.Run("ErrConflict", func(t *testing.T) {
				err := store.AppendAfter(ctx, s, c.ID, 0, e)
				if !fault.Is(err, fault.Conflict) {
					t.Fatalf("a second event 1 gave %v, want a conflict", err)
				}
				evs, err := s.Events(ctx, c.ID)
				if err != nil {
					t.Fatal(err)
				}
				if len(evs) != 1 || evs[0].Hash != first[0].Hash {
					t.Fatalf("events after the refused write: %+v", evs)
				}
			})
		})
	}
}
