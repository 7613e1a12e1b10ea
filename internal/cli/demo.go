package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/config"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/demo"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/seal"
	"github.com/writ-project/writ/internal/source"
	"github.com/writ-project/writ/internal/store"
)

// demoStep is one event of the seed case's timeline, as DESIGN.md pins it.
type demoStep struct {
	day string
	e   matter.Event
}

func yes() *bool { b := true; return &b }

var demoTimeline = []demoStep{
	{"2022-10-20", matter.Event{Type: matter.SubpoenaServed, Method: "personal", WithOrder: yes(), Conforms: yes()}},
	{"2022-10-21", matter.Event{Type: matter.NoticeSent, Account: "konnoyukio@CmRUCE", Method: "email"}},
	{"2022-10-28", matter.Event{Type: matter.NoticeSent, Account: "Aya@ay_chim0807", Method: "email"}},
	{"2022-11-08", matter.Event{Type: matter.ObjectionReceived, Account: "Aya@ay_chim0807", ID: "obj-1", Note: "demo objection"}},
	{"2022-11-15", matter.Event{Type: matter.CourtAdvised, On: []string{"obj-1"}}},
	{"2022-12-05", matter.Event{Type: matter.Ruling, On: []string{"obj-1"}, Outcome: matter.Overruled}},
}

func storeUsers(svc *cases.Service) (store.UserStore, bool) { return store.UsersOf(svc.Store) }

// demoMorning is the hour of --demo-now at which the demo's clock starts,
// in the court's time zone: the start of a working day.
const demoMorning = 9

// demoSessionTTL is how long a demo session lasts on the demo's clock. The
// clock is moved weeks on in a sitting, and the sign-in links the demo
// prints must still work after it has been.
const demoSessionTTL = 5 * 365 * 24 * time.Hour

// demoStart reads --demo-now, the demo's first day, and returns the
// instant its clock starts: 09:00 that day in the seed court's zone. The
// seed order cannot be opened before the day it was entered.
func demoStart(v string) (time.Time, error) {
	day, err := courttime.ParseDate(v)
	if err != nil {
		return time.Time{}, flagError("demo-now", err)
	}
	o, err := order.Parse(examples.SeedOrder())
	if err != nil {
		return time.Time{}, failure{err}
	}
	cal, err := courttime.Court(o.Court.ID)
	if err != nil {
		return time.Time{}, failure{err}
	}
	if day.Before(o.Date) {
		return time.Time{}, flagError("demo-now", fmt.Errorf("%s is before the seed order was entered, %s: the demo starts on that day or later", day.Long(), o.Date.Long()))
	}
	return time.Date(day.Year, day.Month, day.Day, demoMorning, 0, 0, 0, cal.Location), nil
}

// dbNamed names where a database was chosen ("--db" or "WRIT_DB"), or is
// "" when neither names one.
func dbNamed(env Env, db *dbFlags) string {
	switch {
	case db.dsn != "":
		return "--db"
	case env.Getenv("WRIT_DB") != "":
		return "WRIT_DB"
	}
	return ""
}

// demoRun is what a run of the demo leaves in its folder besides the
// platform and the sealing key, which never change and are slow to make:
// the database (with its journal), the packages built and the outbox.
var demoRun = []string{"writ.db", "writ.db-wal", "writ.db-shm", "writ.db-journal", "packages", "outbox"}

// freshDemo removes what the last run of the demo left in dir, so that
// the seed case starts again from --demo-now, and says so on stderr. A
// database left from before would hold acts recorded on the last run's
// clock, which this run's could not come after.
func freshDemo(env Env, dir string) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	var removed []string
	for _, name := range demoRun {
		path := filepath.Join(dir, name)
		if _, err := os.Lstat(path); err != nil {
			continue
		}
		if err := os.RemoveAll(path); err != nil {
			return fmt.Errorf("start the demo afresh: %w", err)
		}
		removed = append(removed, name)
	}
	if len(removed) > 0 {
		fmt.Fprintf(env.Stderr, "writ serve --demo: starting afresh: removed the last run's %s from %s (the demo platform is kept)\n", strings.Join(removed, ", "), dir)
	}
	return nil
}

// demoEmpty refuses to load the demo into a database, named by --db or
// WRIT_DB, that already holds cases: the demo's clock and its seed case
// would be mixed with them.
func demoEmpty(ctx context.Context, svc *cases.Service, named, dir string) error {
	all, err := svc.Store.Cases(ctx)
	if err != nil {
		return failure{err}
	}
	if len(all) == 0 {
		return nil
	}
	what := fmt.Sprintf("%d cases", len(all))
	if len(all) == 1 {
		what = "1 case"
	}
	return fmt.Errorf("%s: the database holds %s, and --demo loads its seed case only into a database without cases: start without --db and WRIT_DB for a fresh demo database in %s, or name a new database (--db sqlite:demo.db)",
		named, what, dir)
}

// loadDemo makes the demo platform (once: it is kept between runs), the
// seed case with its events before --demo-now, and a user for each role,
// and returns a sign-in line for each. The database is empty (freshDemo,
// demoEmpty); the clock reads 09:00 on --demo-now.
func loadDemo(ctx context.Context, env Env, cfg config.Config, svc *cases.Service, users store.UserStore, guard *access.Authenticator, f *serveFlags, base string) (lines, people []string, err error) {
	platform := filepath.Join(f.demoDir, "platform")
	if _, err := os.Stat(filepath.Join(platform, "accounts.jsonl")); err != nil {
		if _, err := demo.Generate(demo.Options{Accounts: 500, Events: 100000, Seed: 1}, platform); err != nil {
			return nil, nil, err
		}
	}
	c, err := svc.Open(ctx, examples.SeedOrder(), "demo-seed-case", "demo:seed-timeline")
	if err != nil {
		return nil, nil, err
	}
	id := c.ID
	loaded, err := svc.Load(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	// The timeline's facts happened on their days; those before the
	// demo's first day are recorded, and the rest are for the person
	// walking the demo to do.
	start := env.Now()
	today := courttime.DateOf(start.In(loaded.Calendar.Location))
	served := false
	for i, step := range demoTimeline {
		day, err := courttime.ParseDate(step.day)
		if err != nil {
			return nil, nil, err
		}
		if !day.Before(today) {
			break
		}
		e := step.e
		e.At, e.Actor = day.Start(loaded.Calendar.Location), "demo:seed-timeline"
		if _, err := svc.Record(ctx, id, e, fmt.Sprintf("demo-%d", i)); err != nil {
			return nil, nil, err
		}
		if e.Type == matter.SubpoenaServed {
			served = true
			if err := demoPreserve(ctx, cfg, svc, id, platform, e.At.Add(time.Hour)); err != nil {
				return nil, nil, err
			}
		}
	}
	if !served {
		// Service is the demo's first step: the platform resolves and
		// preserves the accounts as the demo starts, so that notices can
		// be sent from the case page once service is recorded.
		if err := demoPreserve(ctx, cfg, svc, id, platform, start); err != nil {
			return nil, nil, err
		}
	}
	for _, u := range []struct {
		email, name string
		role        access.Role
		platform    string
		grant       bool
	}{
		{"staff@platform.example", "Platform legal staff", access.Staff, "Twitter, Inc.", false},
		{"counsel@applicant.example", "Applicant's counsel", access.Counsel, "", true},
		{"clerk@court.example", "Clerk of the court", access.Court, "", true},
	} {
		user, err := users.UserByEmail(ctx, u.email)
		if fault.Is(err, fault.NotFound) {
			// Demo users sign in by link; they get no password.
			user, err = guard.CreateUser(ctx, store.NewUser{Email: u.email, Name: u.name, Role: string(u.role), Platform: u.platform}, "")
		}
		if err != nil {
			return nil, nil, err
		}
		if u.grant {
			if err := users.Grant(ctx, user.ID, id, string(u.role)); err != nil {
				return nil, nil, err
			}
		}
		// A link signs its person in once (a link in a terminal or a
		// browser's history opens nothing after); the demo's sign-in page
		// offers new ones, the way back in after signing out.
		token, err := guard.IssueSignInLink(ctx, user.ID, "demo", env.Now(), demoSessionTTL)
		if err != nil {
			return nil, nil, err
		}
		people = append(people, user.ID)
		lines = append(lines, fmt.Sprintf("sign in as %-8s %s/auth/link?token=%s", string(u.role)+":", base, token))
	}
	return lines, people, nil
}

// demoPreserve preserves the seed accounts as the platform would on
// service, with a sealing key kept in the demo folder when none is set.
func demoPreserve(ctx context.Context, cfg config.Config, svc *cases.Service, id, platform string, at time.Time) error {
	key := cfg.SealKey
	if key == "" {
		path := filepath.Join(filepath.Dir(platform), "seal.key")
		b, err := os.ReadFile(path)
		if err != nil {
			k, _, err := seal.NewKey()
			if err != nil {
				return err
			}
			// A new file only its owner may read, never over another.
			if err := seal.WriteKeyFile(path, k); err != nil {
				return err
			}
			b = []byte(k)
		}
		key = string(b)
	}
	src, err := source.OpenDemo(platform)
	if err != nil {
		return err
	}
	defer src.Close()
	_, err = svc.Preserve(ctx, id, src, key, at, "demo:seed-timeline")
	return err
}
