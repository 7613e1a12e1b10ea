package store_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/checkpoint"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/store/storetest"
)

// TestLogTree runs the log tree's part of the conformance suite on each
// database.
func TestLogTree(t *testing.T) {
	t.Parallel()
	for _, db := range databases {
		t.Run(db.name, func(t *testing.T) {
			t.Parallel()
			storetest.RunLog(t, db.fresh)
		})
	}
}

// TestLogTreeOfAnOldDatabase: a database kept before the log's tree
// (migration 00011) gets a leaf for every record it holds, in the order of
// their recording times (then events before accesses, then case and seq),
// so that the first checkpoint covers them and verify works from there.
func TestLogTreeOfAnOldDatabase(t *testing.T) {
	t.Parallel()
	for _, tt := range databases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			d := tt.fresh(t)
			clock := storetest.NewClock()
			s, err := store.Open(ctx, d.DSN, clock.Now)
			if err != nil {
				t.Fatal(err)
			}
			al, _ := store.AccessLogOf(s)
			ev := func(n int) store.NewEvent {
				return store.NewEvent{Type: "notice_sent", At: time.Date(2022, 10, 20, 0, 0, 0, 0, time.UTC), Actor: "staff:alice",
					Payload: json.RawMessage(fmt.Sprintf(`{"n":%d}`, n))}
			}
			// What was recorded, in order of recording time: a's first
			// event, then an access to a told as of an hour before (before
			// everything), b's first event, a's second, an access to b.
			a, first, err := s.CreateCase(ctx, store.NewCase{Number: "22-mc-1", Court: "cand"}, ev(0), "")
			if err != nil {
				t.Fatal(err)
			}
			early, err := al.RecordAccess(ctx, store.Access{CaseID: a.ID, At: first[0].RecordedAt.Add(-time.Hour), Actor: "user:u-1", Via: "page:case", What: []string{store.SeenNotes}})
			if err != nil {
				t.Fatal(err)
			}
			_, bFirst, err := s.CreateCase(ctx, store.NewCase{Number: "22-mc-2", Court: "cand"}, ev(1), "")
			if err != nil {
				t.Fatal(err)
			}
			aSecond, err := s.Append(ctx, a.ID, 1, "", ev(2))
			if err != nil {
				t.Fatal(err)
			}
			late, err := al.RecordAccess(ctx, store.Access{CaseID: bFirst[0].CaseID, At: clock.Now(), Actor: "user:u-1", Via: "page:case", What: []string{store.SeenNotes}})
			if err != nil {
				t.Fatal(err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}

			// The tree's tables as they were before it: gone.
			db, err := store.OpenDB(d.DSN)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			p, err := store.Migrator(db, d.DSN)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := p.DownTo(ctx, 10); err != nil {
				t.Fatalf("down to 10: %v", err)
			}

			s, err = store.Open(ctx, d.DSN, clock.Now)
			if err != nil {
				t.Fatalf("Open of the old database: %v", err)
			}
			defer s.Close()
			lt, _ := store.LogTreeOf(s)
			want := []checkpoint.Leaf{
				{Kind: checkpoint.KindAccess, CaseID: a.ID, Seq: 1, RecordHash: early.Hash},
				{Kind: checkpoint.KindEvent, CaseID: a.ID, Seq: 1, RecordHash: first[0].Hash},
				{Kind: checkpoint.KindEvent, CaseID: bFirst[0].CaseID, Seq: 1, RecordHash: bFirst[0].Hash},
				{Kind: checkpoint.KindEvent, CaseID: a.ID, Seq: 2, RecordHash: aSecond[0].Hash},
				{Kind: checkpoint.KindAccess, CaseID: bFirst[0].CaseID, Seq: 1, RecordHash: late.Hash},
			}
			var b checkpoint.RootBuilder
			for i, w := range want {
				b.Add(w.Hash())
				got, idx, err := lt.Leaf(ctx, w.Kind, w.CaseID, w.Seq)
				if err != nil {
					t.Fatalf("Leaf(%s): %v", w, err)
				}
				if got != w || idx != int64(i) {
					t.Errorf("Leaf(%s) = %+v at %d, want at %d", w, got, idx, i)
				}
			}
			tr, err := lt.Tree(ctx)
			if err != nil {
				t.Fatalf("Tree: %v", err)
			}
			if tr.N != int64(len(want)) || tr.Hash != b.Root() {
				t.Fatalf("Tree = %d records, root %x; want %d, %x", tr.N, tr.Hash, len(want), b.Root())
			}
			// A record made now comes after them.
			next, err := s.Append(ctx, a.ID, 2, "", ev(3))
			if err != nil {
				t.Fatal(err)
			}
			if _, idx, err := lt.Leaf(ctx, checkpoint.KindEvent, a.ID, next[0].Seq); err != nil || idx != int64(len(want)) {
				t.Errorf("the first event after the migration is leaf %d (%v), want %d", idx, err, len(want))
			}
			c, err := lt.CheckLog(ctx, tr.N, tr.Hash)
			if err != nil || len(c.Problems) != 0 {
				t.Fatalf("CheckLog of the old database = %+v, %v", c, err)
			}
			// And a deletion from a case's end, its head rolled back, is
			// caught there as anywhere.
			d.Tamper(t,
				fmt.Sprintf(`DELETE FROM events WHERE case_id = '%s' AND seq >= 2`, a.ID),
				fmt.Sprintf(`UPDATE cases SET seq = 1, head = '%s' WHERE id = '%s'`, first[0].Hash, a.ID))
			c, err = lt.CheckLog(ctx, tr.N, tr.Hash)
			if err != nil {
				t.Fatal(err)
			}
			named := false
			for _, p := range c.Problems {
				named = named || (p.Record.CaseID == a.ID && p.Record.Seq == 2 && p.Leaf == 3)
			}
			if !named {
				t.Errorf("CheckLog does not name event 2 of case %s (leaf 3): %+v", a.ID, c.Problems)
			}
		})
	}
}
