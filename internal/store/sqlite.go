package store

import (
	"database/sql"
	"errors"
	"strings"
	"time"

	"github.com/pressly/goose/v3"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/writ-project/writ/internal/fault"
)

// sqlitePragmas are set through the DSN, so that every connection the pool
// opens gets them, not only the first:
//   - busy_timeout(10000): a writer waits up to 10 s for another's lock
//     instead of failing at once;
//   - journal_mode(WAL): readers do not block the writer;
//   - synchronous(FULL): a commit is on disk before it is acknowledged, so
//     an acknowledged write survives a crash or power loss;
//   - foreign_keys(1): no event without its case;
//   - _txlock=immediate: a transaction takes the write lock when it begins,
//     so two writers queue rather than one failing when it first writes.
const sqlitePragmas = "_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(FULL)" +
	"&_pragma=foreign_keys(1)&_txlock=immediate"

// sqliteMaxConns bounds the pool, and the pool keeps that many open. The
// database/sql default keeps only 2 idle connections and opens any number:
// under concurrent requests it opened connections and closed them again
// after one query each, and opening one (the file, the pragmas, reading the
// schema) costs far more than a query. SQLite runs one writer at a time and,
// in WAL mode, readers beside it; its queries cost CPU, not waiting, so a
// few connections per core serve as many requests as more would, and the
// rest wait their turn in the pool instead of in SQLite's busy handler.
const sqliteMaxConns = 8

// sqliteTime is how SQLite keeps times: RFC 3339 in UTC with six fractional
// digits, fixed width, so that text order is time order.
const sqliteTime = "2006-01-02T15:04:05.000000Z"

var sqliteDialect = dialect{
	name:  "sqlite",
	goose: goose.DialectSQLite3,
	// The transaction already holds the database's write lock.
	lockCase: `SELECT seq, head FROM cases WHERE id = $1`,
	timeArg:  func(t time.Time) any { return t.UTC().Format(sqliteTime) },
	// Deferred, unlike the transactions that write (_txlock=immediate): a
	// reader takes no write lock, so that readers run side by side and
	// beside the writer, each on the snapshot of its first read (WAL).
	beginRead: `BEGIN DEFERRED`,
	isUnique: func(err error) bool {
		var e *sqlite.Error
		return errors.As(err, &e) &&
			(e.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE || e.Code() == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY)
	},
}

// sqliteDSN returns the driver's DSN for a database file.
func sqliteDSN(path string) (string, error) {
	switch {
	case path == "":
		return "", &fault.Error{Code: fault.Invalid, Field: "database", Message: "sqlite: needs a file path"}
	case path == ":memory:" || strings.HasPrefix(path, "file:"):
		// An in-memory database would be a different one on every pooled
		// connection; a URI would bypass the pragmas.
		return "", &fault.Error{Code: fault.Invalid, Field: "database", Message: "sqlite: needs a plain file path"}
	case strings.ContainsRune(path, '?'):
		return "", &fault.Error{Code: fault.Invalid, Field: "database", Message: "sqlite: the file path must not contain '?'"}
	}
	return path + "?" + sqlitePragmas, nil
}

// openSQLite opens (creating if need be) the SQLite database at path.
func openSQLite(path string) (*sql.DB, error) {
	dsn, err := sqliteDSN(path)
	if err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not open the SQLite database %s", path)
	}
	db.SetMaxOpenConns(sqliteMaxConns)
	db.SetMaxIdleConns(sqliteMaxConns)
	return db, nil
}
