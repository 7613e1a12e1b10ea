package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"embed"
	"io/fs"
	"time"

	"github.com/pressly/goose/v3"

	"github.com/writ-project/writ/internal/fault"
)

// migrations holds one folder of versioned goose SQL files per dialect;
// the two folders keep the same version numbers for the same change.
//
//go:embed migrations/sqlite/*.sql migrations/postgres/*.sql
var migrations embed.FS

// migrator returns the goose provider for a database's migrations.
func migrator(db *sql.DB, d dialect) (*goose.Provider, error) {
	fsys, err := fs.Sub(migrations, "migrations/"+d.name)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the %s migrations", d.name)
	}
	p, err := goose.NewProvider(d.goose, db, fsys)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the %s migrations", d.name)
	}
	return p, nil
}

// migrateUp applies every pending migration. On PostgreSQL several writ
// processes may start at once; an advisory lock, one per schema, lets one
// migrate while the others wait, and they then find nothing to do.
func migrateUp(ctx context.Context, db *sql.DB, d dialect) error {
	p, err := migrator(db, d)
	if err != nil {
		return err
	}
	if d.name == postgresDialect.name {
		conn, err := db.Conn(ctx)
		if err != nil {
			return fault.Wrap(fault.Internal, err, "could not connect to the database")
		}
		defer conn.Close()
		const key = `hashtext('writ-migrate:' || current_schema())`
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock(`+key+`)`); err != nil {
			return fault.Wrap(fault.Internal, err, "could not connect to the database")
		}
		defer func() {
			// A session that kept the lock must not go back to the pool.
			if _, err := conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock(`+key+`)`); err != nil {
				_ = conn.Raw(func(any) error { return driver.ErrBadConn })
			}
		}()
	}
	for attempt := 1; ; attempt++ {
		_, err := p.Up(ctx)
		if err == nil {
			return nil
		}
		// SQLite has no advisory lock: two processes opening a new file at
		// once both try to migrate it, and the one that comes second fails.
		// Once the first is done there is nothing left to do.
		if pending, perr := p.HasPending(ctx); perr == nil && !pending {
			return nil
		}
		if attempt == migrateAttempts {
			return fault.Wrap(fault.Internal, err, "could not bring the %s database schema up to date", d.name)
		}
		select {
		case <-ctx.Done():
			return fault.Wrap(fault.Internal, ctx.Err(), "could not bring the %s database schema up to date", d.name)
		case <-time.After(time.Duration(attempt) * 50 * time.Millisecond):
		}
	}
}

// migrateAttempts bounds the tries of migrateUp.
const migrateAttempts = 5
