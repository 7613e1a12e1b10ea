package store_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/store"
)

// TestMigrationUserAdminDisabled: the migration that adds a user's admin
// flag, creator and disabled time keeps the users made before it (no
// administrator, no creator, enabled), enforces that only staff administer,
// and going down keeps them too, so that an operator's rollback loses no
// one.
func TestMigrationUserAdminDisabled(t *testing.T) {
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
			var version int64
			for _, src := range p.ListSources() {
				if strings.HasSuffix(src.Path, "_user_admin_disabled.sql") {
					version = src.Version
				}
			}
			if version == 0 {
				t.Fatal("no migration *_user_admin_disabled.sql")
			}
			if _, err := p.UpTo(ctx, version-1); err != nil {
				t.Fatalf("up to %d: %v", version-1, err)
			}
			if _, err := db.ExecContext(ctx, `INSERT INTO users (id, email, email_key, name, role, platform, password_hash, created_at)
				VALUES ('u-aaaaaaaaaaaa', 'alice@platform.example', 'alice@platform.example', 'Alice', 'staff', 'Twitter, Inc.', '', '2022-10-20T09:00:00.000000Z'),
				       ('u-bbbbbbbbbbbb', 'carol@counsel.example', 'carol@counsel.example', 'Carol', 'counsel', '', '', '2022-10-20T09:00:00.000000Z')`); err != nil {
				t.Fatalf("a user before the migration: %v", err)
			}

			for round := 1; round <= 2; round++ {
				if _, err := p.Up(ctx); err != nil {
					t.Fatalf("up, round %d: %v", round, err)
				}
				s, err := store.Open(ctx, d.DSN, time.Now)
				if err != nil {
					t.Fatalf("Open: %v", err)
				}
				us, _ := store.UsersOf(s)
				u, err := us.UserByEmail(ctx, "alice@platform.example")
				if err != nil {
					t.Fatalf("round %d: the user made before the migration: %v", round, err)
				}
				if u.Admin || u.CreatedBy != "" || u.Disabled() {
					t.Errorf("round %d: a user from before is %+v; want no admin, no creator, enabled", round, u)
				}
				if round == 1 {
					if _, err := us.DisableUser(ctx, u.ID, time.Now()); err != nil {
						t.Fatalf("DisableUser: %v", err)
					}
				}
				s.Close()
				// The database itself refuses an administrator who is not staff.
				if _, err := db.ExecContext(ctx, `UPDATE users SET admin = true WHERE id = 'u-bbbbbbbbbbbb'`); err == nil {
					t.Errorf("round %d: the database let counsel be an administrator", round)
				}
				if round == 2 {
					break
				}
				if _, err := p.DownTo(ctx, version-1); err != nil {
					t.Fatalf("down to %d: %v", version-1, err)
				}
				var n int
				if err := db.QueryRowContext(ctx, `SELECT count(*) FROM users`).Scan(&n); err != nil || n != 2 {
					t.Fatalf("users after going down: %d, %v; want 2", n, err)
				}
			}
		})
	}
}
