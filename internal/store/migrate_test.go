package store_test

import (
	"context"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/store"
)

// TestMigrations runs every migration up, down to nothing, and up again,
// so that a Down that does not undo its Up is found here and not in an
// operator's rollback.
func TestMigrations(t *testing.T) {
	t.Parallel()
	for _, tt := range databases {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			d := tt.fresh(t)
			db, err := store.OpenDB(d.DSN)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			p, err := store.Migrator(db, d.DSN)
			if err != nil {
				t.Fatal(err)
			}
			sources := p.ListSources()
			if len(sources) == 0 {
				t.Fatal("no migrations")
			}
			latest := sources[len(sources)-1].Version

			// tables reports whether the store's tables can be read.
			tables := func() bool {
				var n int
				return db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM cases) + (SELECT count(*) FROM events)`).Scan(&n) == nil
			}
			version := func(want int64) {
				t.Helper()
				got, err := p.GetDBVersion(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if got != want {
					t.Fatalf("schema version %d, want %d", got, want)
				}
			}

			for round := 1; round <= 2; round++ {
				if _, err := p.Up(ctx); err != nil {
					t.Fatalf("up, round %d: %v", round, err)
				}
				version(latest)
				if !tables() {
					t.Fatalf("up, round %d: no tables", round)
				}
				if round == 2 {
					break
				}
				if _, err := p.DownTo(ctx, 0); err != nil {
					t.Fatalf("down: %v", err)
				}
				version(0)
				if tables() {
					t.Fatal("down: the tables are still there")
				}
			}

			// The schema that went down and up again works, and Open finds
			// nothing left to do.
			s, err := store.Open(ctx, d.DSN, time.Now)
			if err != nil {
				t.Fatalf("Open: %v", err)
			}
			defer s.Close()
			if _, _, err := s.CreateCase(ctx, store.NewCase{Number: "22-mc-80240-VKD", Court: "cand"},
				store.NewEvent{Type: "order_entered", At: time.Now(), Actor: "staff:alice", Payload: []byte(`{}`)}, ""); err != nil {
				t.Fatalf("CreateCase: %v", err)
			}
			if _, err := p.Up(ctx); err != nil {
				t.Fatalf("up with nothing to do: %v", err)
			}
		})
	}
}
