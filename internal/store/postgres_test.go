package store_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/testdb"
	"github.com/writ-project/writ/internal/testdeps"

	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/store/storetest"
)

func TestPostgres(t *testing.T) {
	t.Parallel()
	testdeps.Postgres(t)
	storetest.Run(t, postgresDatabase)
}

// postgresDatabase makes a schema of its own in the database named by
// WRIT_TEST_POSTGRES, so that tests run in parallel and leave nothing
// behind; the DSN it returns sets the search_path to it.
func postgresDatabase(t *testing.T) storetest.Database {
	dsn := testdb.PostgresSchema(t, "the store tests")

	// run runs statements on one session of the schema, after setup.
	run := func(ctx context.Context, setup string, statements ...string) error {
		db, err := store.OpenDB(dsn)
		if err != nil {
			return err
		}
		defer db.Close()
		conn, err := db.Conn(ctx)
		if err != nil {
			return err
		}
		defer conn.Close()
		if setup != "" {
			if _, err := conn.ExecContext(ctx, setup); err != nil {
				return err
			}
		}
		for _, st := range statements {
			if _, err := conn.ExecContext(ctx, st); err != nil {
				return fmt.Errorf("%s: %w", strings.TrimSpace(st), err)
			}
		}
		return nil
	}
	return storetest.Database{
		DSN: dsn,
		Exec: func(ctx context.Context, statement string) error {
			return run(ctx, "", statement)
		},
		Tamper: func(t *testing.T, statements ...string) {
			t.Helper()
			// The replica role fires no ordinary triggers and checks no
			// foreign keys: the append-only guard and the case reference
			// are off for this session.
			if err := run(context.Background(), "SET session_replication_role = replica", statements...); err != nil {
				t.Fatalf("tampering: %v", err)
			}
		},
	}
}

// databases are the databases that tests beyond the conformance suite run
// on, each making a fresh database per test.
var databases = []struct {
	name  string
	fresh func(*testing.T) storetest.Database
}{
	{"SQLite", sqliteDatabase},
	{"PostgreSQL", postgresDatabase},
}

// TestPostgresReadOnly: a database that takes no writes (here, every
// transaction read-only, as on a replica) still opens once its schema is
// up to date, and Writable says it takes no writes, so that writ serve can
// say so when it starts and /readyz can answer 503 (issue 13, item 7).
func TestPostgresReadOnly(t *testing.T) {
	testdeps.Postgres(t)
	ctx := context.Background()
	dsn := testdb.PostgresSchema(t, "the read-only test")
	rw, err := store.Open(ctx, dsn, time.Now)
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	if err := rw.Writable(ctx); err != nil {
		t.Fatalf("a writable database: %v", err)
	}
	ro, err := store.Open(ctx, dsn+"&default_transaction_read_only=on", time.Now)
	if err != nil {
		t.Fatalf("opening the read-only database: %v", err)
	}
	defer ro.Close()
	if err := ro.Writable(ctx); err == nil {
		t.Error("a read-only database says it takes writes")
	}
}
