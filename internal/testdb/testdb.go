// Package testdb gives tests a PostgreSQL schema of their own in the
// database that WRIT_TEST_POSTGRES names, so that tests run in parallel and
// leave nothing behind. It is imported by tests only.
package testdb

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver

	"github.com/writ-project/writ/internal/testdeps"
)

// PostgresSchema makes a fresh schema, dropped when t ends, and returns a
// DSN whose search_path is that schema. Without WRIT_TEST_POSTGRES the test
// is skipped with a message saying how to run it, or fails under CI
// (testdeps); what names what the test covers, e.g. "the store".
func PostgresSchema(t testing.TB, what string) string {
	t.Helper()
	base := testdeps.Postgres(t)
	u, err := url.Parse(base)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		t.Fatalf("WRIT_TEST_POSTGRES must be a postgres:// URL")
	}
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	schema := "writ_test_" + hex.EncodeToString(b[:])
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := admin.ExecContext(context.Background(), "CREATE SCHEMA "+schema); err != nil {
		admin.Close()
		t.Fatalf("creating the test schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("dropping the test schema: %v", err)
		}
		admin.Close()
	})
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
