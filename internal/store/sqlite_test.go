package store_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/store/storetest"
)

func TestSQLite(t *testing.T) {
	t.Parallel()
	storetest.Run(t, sqliteDatabase)
}

// sqliteDatabase makes a database file in the test's temporary folder.
func sqliteDatabase(t *testing.T) storetest.Database {
	path := filepath.Join(t.TempDir(), "writ.db")
	dsn := "sqlite:" + path
	return storetest.Database{
		DSN: dsn,
		Exec: func(ctx context.Context, statement string) error {
			db, err := store.OpenDB(dsn)
			if err != nil {
				return err
			}
			defer db.Close()
			_, err = db.ExecContext(ctx, statement)
			return err
		},
		Tamper: func(t *testing.T, statements ...string) {
			t.Helper()
			// Without the store's pragmas foreign keys are off, and the
			// append-only triggers are dropped first.
			db, err := sql.Open("sqlite", path+"?_pragma=busy_timeout(10000)")
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			ctx := context.Background()
			for _, trigger := range []string{"events_no_update", "events_no_delete", "data_access_no_update", "data_access_no_delete"} {
				if _, err := db.ExecContext(ctx, "DROP TRIGGER "+trigger); err != nil {
					t.Fatalf("dropping the guard %s: %v", trigger, err)
				}
			}
			for _, st := range statements {
				if _, err := db.ExecContext(ctx, st); err != nil {
					t.Fatalf("tampering with %q: %v", st, err)
				}
			}
		},
	}
}

// TestSQLitePragmas checks that every pooled connection, not only the
// first, is set up for durability and concurrency.
func TestSQLitePragmas(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, err := store.Open(ctx, sqliteDatabase(t).DSN, time.Now)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	db := store.DB(s)
	const conns = 3
	var held []*sql.Conn
	for range conns {
		c, err := db.Conn(ctx)
		if err != nil {
			t.Fatal(err)
		}
		held = append(held, c)
	}
	for i, c := range held {
		for _, tt := range []struct{ pragma, want string }{
			{"journal_mode", "wal"},
			{"synchronous", "2"}, // FULL
			{"foreign_keys", "1"},
			{"busy_timeout", "10000"},
		} {
			var got string
			if err := c.QueryRowContext(ctx, "PRAGMA "+tt.pragma).Scan(&got); err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("connection %d: %s = %s, want %s", i, tt.pragma, got, tt.want)
			}
		}
		c.Close()
	}
}

// TestSQLiteImmediate checks that a transaction takes the write lock when
// it begins: a second writer waits for the first instead of both reading
// and one failing when it writes.
func TestSQLiteImmediate(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, err := store.Open(ctx, sqliteDatabase(t).DSN, time.Now)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	db := store.DB(s)
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	begun := make(chan time.Time, 1)
	wg.Go(func() {
		tx2, err := db.BeginTx(ctx, nil)
		if err != nil {
			t.Error(err)
			return
		}
		begun <- time.Now()
		tx2.Rollback()
	})
	time.Sleep(200 * time.Millisecond)
	released := time.Now()
	tx.Rollback()
	wg.Wait()
	if at := <-begun; at.Before(released) {
		t.Errorf("a second transaction began while the first held the database: not BEGIN IMMEDIATE")
	}
}

func TestOpen(t *testing.T) {
	t.Parallel()
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		dir := t.TempDir()
		for _, dsn := range []string{"sqlite:" + filepath.Join(dir, "a"), filepath.Join(dir, "b.db")} {
			s, err := store.Open(ctx, dsn, time.Now)
			if err != nil {
				t.Fatalf("Open(%q): %v", dsn, err)
			}
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
		}
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		for _, tt := range []struct {
			name string
			dsn  string
			now  func() time.Time
		}{
			{"NoClock", filepath.Join(t.TempDir(), "a.db"), nil},
			{"Empty", "", time.Now},
			{"OtherDatabase", "mysql://localhost/writ", time.Now},
			{"NoExtension", "writ", time.Now},
			{"SQLiteNoPath", "sqlite:", time.Now},
			{"SQLiteMemory", "sqlite::memory:", time.Now},
			{"SQLiteURI", "sqlite:file:writ.db?mode=memory", time.Now},
			{"PostgresBadURL", "postgres://host:port/db", time.Now},
		} {
			t.Run(tt.name, func(t *testing.T) {
				s, err := store.Open(ctx, tt.dsn, tt.now)
				if err == nil {
					s.Close()
				}
				if fault.CodeOf(err) != fault.Invalid {
					t.Fatalf("Open(%q) = %v, want an invalid error", tt.dsn, err)
				}
			})
		}
	})
}
