package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/config"
	"github.com/writ-project/writ/internal/demo"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
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

// loadDemo makes the demo platform, the seed case up to --demo-now and a
// user for each role, and returns a sign-in line for each. It is safe to
// run again on the same folder: what exists is kept.
func loadDemo(ctx context.Context, env Env, cfg config.Config, svc *cases.Service, users store.UserStore, guard *access.Authenticator, f *serveFlags, base string) ([]string, error) {
	platform := filepath.Join(f.demoDir, "platform")
	if _, err := os.Stat(filepath.Join(platform, "accounts.jsonl")); err != nil {
		if _, err := demo.Generate(demo.Options{Accounts: 500, Events: 100000, Seed: 1}, platform); err != nil {
			return nil, err
		}
	}
	all, err := svc.Store.Cases(ctx)
	if err != nil {
		return nil, err
	}
	var id string
	if len(all) > 0 {
		id = all[len(all)-1].ID
	} else {
		c, err := svc.Open(ctx, examples.SeedOrder(), "demo-seed-case", "demo:seed-timeline")
		if err != nil {
			return nil, err
		}
		id = c.ID
		loaded, err := svc.Load(ctx, id)
		if err != nil {
			return nil, err
		}
		until, err := parseMoment(f.demoNow, loaded.Calendar.Location, true)
		if err != nil {
			return nil, fault.Errorf(fault.Invalid, "--demo-now: %v", err)
		}
		for i, step := range demoTimeline {
			at, _ := parseMoment(step.day, loaded.Calendar.Location, false)
			if at.After(until) {
				break
			}
			e := step.e
			e.At, e.Actor = at, "demo:seed-timeline"
			if _, err := svc.Record(ctx, id, e, fmt.Sprintf("demo-%d", i)); err != nil {
				return nil, err
			}
			if e.Type == matter.SubpoenaServed {
				if err := demoPreserve(ctx, cfg, svc, id, platform, at.Add(time.Hour)); err != nil {
					return nil, err
				}
			}
		}
	}
	var lines []string
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
			return nil, err
		}
		if u.grant {
			if err := users.Grant(ctx, user.ID, id, string(u.role)); err != nil {
				return nil, err
			}
		}
		token, _, err := guard.StartSession(ctx, user.ID, env.Now())
		if err != nil {
			return nil, err
		}
		lines = append(lines, fmt.Sprintf("sign in as %-8s %s/auth/link?token=%s", string(u.role)+":", base, token))
	}
	return lines, nil
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
			if err := os.WriteFile(path, []byte(k+"\n"), 0o600); err != nil {
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
