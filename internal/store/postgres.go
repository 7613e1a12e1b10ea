package store

import (
	"database/sql"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"

	"github.com/writ-project/writ/internal/fault"
)

// pgMaxConns bounds one process's pool, so that several writ processes
// stay well inside PostgreSQL's default of 100 connections.
const pgMaxConns = 16

var postgresDialect = dialect{
	name:  "postgres",
	goose: goose.DialectPostgres,
	// The row lock queues concurrent appends to one case; the seq read
	// after the lock is granted is the latest committed one.
	lockCase: `SELECT seq, head FROM cases WHERE id = $1 FOR UPDATE`,
	timeArg:  func(t time.Time) any { return t.UTC() },
	// One snapshot for the whole transaction.
	beginRead: `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY`,
	isUnique: func(err error) bool {
		var e *pgconn.PgError
		return errors.As(err, &e) && e.Code == "23505" // unique_violation
	},
}

// openPostgres connects to PostgreSQL. Parameters of the URL that pgx does
// not know, such as search_path, are sent to the server for every session.
func openPostgres(dsn string) (*sql.DB, error) {
	cfg, err := pgx.ParseConfig(dsn)
	if err != nil {
		return nil, &fault.Error{Code: fault.Invalid, Field: "database", Message: "not a valid PostgreSQL URL", Err: err}
	}
	db := stdlib.OpenDB(*cfg)
	db.SetMaxOpenConns(pgMaxConns)
	db.SetMaxIdleConns(pgMaxConns)
	return db, nil
}
