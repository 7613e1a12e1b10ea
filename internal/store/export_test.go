package store

import (
	"context"
	"database/sql"
	"strings"
	"time"

	"github.com/pressly/goose/v3"
)

// OpenDB opens the database named by dsn as Open does, without migrating it.
func OpenDB(dsn string) (*sql.DB, error) {
	db, _, err := openDB(dsn)
	return db, err
}

// Migrator returns the goose provider Open migrates db, named by dsn, with.
func Migrator(db *sql.DB, dsn string) (*goose.Provider, error) {
	d := sqliteDialect
	if strings.HasPrefix(dsn, "postgres") {
		d = postgresDialect
	}
	return migrator(db, d)
}

// DB returns the pool of a store Open returned.
func DB(s Store) *sql.DB { return s.(*sqlStore).db }

// AppendAfter writes an event after seq with none of Append's checks, as a
// writer that skipped the case lock would: only the UNIQUE (case_id, seq)
// constraint stands in its way.
func AppendAfter(ctx context.Context, s Store, caseID string, seq int64, e NewEvent) error {
	st := s.(*sqlStore)
	return st.inTx(ctx, func(tx *sql.Tx) error {
		return st.insertEvents(ctx, tx, chain(caseID, seq, ZeroHash, "", time.Unix(0, 0), []NewEvent{e}))
	})
}

// SmallAuditRanges makes an audit cut the store into ranges of a case or
// a row or two, so that every audit of the tests reads many ranges side
// by side and stitches them together. It is for TestMain, before any test
// runs.
func SmallAuditRanges() {
	auditRangeMin, auditRangeMax, auditScanMin, auditPagesMin = 1, 2, 1, 1
	auditWorkers = 3
}

// AuditThroughTheEngine makes every audit of a SQLite store read through
// the engine (on) or from the file's pages when it can (off, the default).
// Only for a test that runs alone.
func AuditThroughTheEngine(on bool) { sqlitePagesOn = !on }

// AuditsFromPages counts the audits that have read the file's pages.
func AuditsFromPages() int64 { return auditsFromPages.Load() }
