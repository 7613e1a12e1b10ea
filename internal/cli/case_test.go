package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/writ-project/writ/internal/testdb"

	_ "github.com/jackc/pgx/v5/stdlib" // the PostgreSQL driver, to make a schema per test

	"github.com/writ-project/writ/internal/cli"
)

const (
	seedOrderFile = "../../examples/orders/takagi-2022.json"
	konno         = "konnoyukio@CmRUCE"
	aya           = "Aya@ay_chim0807"
)

// databases returns the stores the case commands are tested against:
// SQLite always, PostgreSQL when WRIT_TEST_POSTGRES names a server. Each
// gets a database (or schema) of its own.
func databases(t *testing.T) map[string]func(t *testing.T) string {
	dbs := map[string]func(t *testing.T) string{
		"sqlite": func(t *testing.T) string { return "sqlite:" + filepath.Join(t.TempDir(), "writ.db") },
	}
	dbs["postgres"] = func(t *testing.T) string { return testdb.PostgresSchema(t, "the case commands") }
	return dbs
}

// caseCLI runs case commands against one database.
type caseCLI struct {
	t  *testing.T
	db string
}

func (c caseCLI) run(args ...string) result {
	c.t.Helper()
	return run(c.t, append([]string{"--db", c.db}, args...)...)
}

func (c caseCLI) ok(args ...string) string {
	c.t.Helper()
	r := c.run(args...)
	if r.code != cli.ExitOK {
		c.t.Fatalf("writ %s: exit %d: %s", strings.Join(args, " "), r.code, r.stderr)
	}
	return r.stdout
}

func (c caseCLI) newSeedCase() string {
	c.t.Helper()
	var out struct{ Case string }
	if err := json.Unmarshal([]byte(c.ok("case", "new", "--order", seedOrderFile, "--json")), &out); err != nil || out.Case == "" {
		c.t.Fatalf("case new --json: %v %q", err, out.Case)
	}
	return out.Case
}

// show is the part of `case show --json` the golden test reads.
type show struct {
	Duties []struct {
		ID, Party, Trigger, Due, CalendarDue, Status string
		Steps                                        []string
	}
	Windows []struct{ Account, Kind, Closes string }
	Gate    struct {
		Open     bool
		Reasons  []string
		Accounts []struct {
			Account  string
			Open     bool
			Reasons  []string
			Earliest *string
		}
	}
}

func (c caseCLI) show(id, now string) show {
	c.t.Helper()
	out := c.ok("case", "show", id, "--now", now, "--json")
	// The contract names are snake_case; map them for the decoder.
	out = strings.NewReplacer(`"calendar_due"`, `"CalendarDue"`).Replace(out)
	var s show
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		c.t.Fatalf("case show --json: %v\n%s", err, out)
	}
	return s
}

func (s show) duty(t *testing.T, id string) (due, status string) {
	t.Helper()
	for _, d := range s.Duties {
		if d.ID == id {
			return d.Due, d.Status
		}
	}
	t.Fatalf("no duty %s", id)
	return "", ""
}

func (s show) gate(t *testing.T, account string) bool {
	t.Helper()
	for _, a := range s.Gate.Accounts {
		if a.Account == account {
			return a.Open
		}
	}
	t.Fatalf("no gate for %s", account)
	return false
}

// TestSeedCaseGolden records the seed order's case through the command
// line, on every database, and checks the dates and the gate that
// DESIGN.md pins. The dates were counted on a printed 2022 calendar:
// 2022-10-30 was a Sunday, 2022-11-11 (Veterans Day) a Friday.
func TestSeedCaseGolden(t *testing.T) {
	for name, dsn := range databases(t) {
		t.Run(name, func(t *testing.T) {
			c := caseCLI{t, dsn(t)}
			id := c.newSeedCase()
			c.ok("case", "record", id, "subpoena-served", "--at", "2022-10-20", "--method", "personal")

			s := c.show(id, "2022-10-20")
			for _, acct := range []string{konno, aya} {
				if due, status := s.duty(t, "notify/"+acct); due != "2022-10-31" || status != "pending" {
					t.Errorf("notify %s: due %s %s; want 2022-10-31 pending", acct, due, status)
				}
			}

			c.ok("case", "record", id, "notice-sent", "--account", konno, "--at", "2022-10-21", "--method", "email")
			c.ok("case", "record", id, "notice-sent", "--account", aya, "--at", "2022-10-28", "--method", "email")
			s = c.show(id, "2022-11-02")
			for _, w := range s.Windows {
				want := map[string]string{konno: "2022-11-14", aya: "2022-11-18"}[w.Account]
				if w.Closes != want {
					t.Errorf("window %s %s closes %s; want %s", w.Account, w.Kind, w.Closes, want)
				}
			}
			if s.Gate.Open || s.gate(t, konno) || s.gate(t, aya) {
				t.Errorf("gate open on 2022-11-02 while the windows are open")
			}
			// Without an objection: closed on 2022-11-18, open on 2022-11-19.
			if s := c.show(id, "2022-11-18"); s.Gate.Open {
				t.Errorf("gate open on 2022-11-18")
			}
			if s := c.show(id, "2022-11-19"); !s.Gate.Open {
				t.Errorf("gate closed on 2022-11-19 with no contest: %v", s.Gate.Reasons)
			}

			c.ok("case", "record", id, "objection-received", "--account", aya, "--at", "2022-11-08")
			s = c.show(id, "2022-11-21")
			if due, _ := s.duty(t, "advise_court/obj-1"); due != "2022-11-18" {
				t.Errorf("advise court due %s; want 2022-11-18", due)
			}
			if s.gate(t, konno) || s.gate(t, aya) {
				t.Errorf("gate open on 2022-11-21 with an objection pending")
			}
			// Recorded after the fact, the objection now closes 2022-11-19 too.
			if s := c.show(id, "2022-11-19"); s.Gate.Open {
				t.Errorf("gate open on 2022-11-19 with an objection pending")
			}

			c.ok("case", "record", id, "court-advised", "--on", "obj-1", "--at", "2022-11-15")
			c.ok("case", "record", id, "ruling", "--on", "obj-1", "--outcome", "overruled", "--at", "2022-12-05")
			s = c.show(id, "2022-12-05")
			if !s.gate(t, konno) || !s.gate(t, aya) || !s.Gate.Open {
				t.Errorf("gate closed after the ruling on 2022-12-05: %v", s.Gate.Reasons)
			}
			if _, status := s.duty(t, "advise_court/obj-1"); status != "met" {
				t.Errorf("advise court %s; want met", status)
			}

			if out := c.ok("audit", "verify"); !strings.Contains(out, "verifies: 7 events in 1 cases") {
				t.Errorf("audit verify: %q", out)
			}
			if out := c.ok("case", "log", id); strings.Count(out, "\n") != 8 {
				t.Errorf("case log has %d lines; want a header and 7 events:\n%s", strings.Count(out, "\n"), out)
			}
			if out := c.ok("case", "list", "--json"); !strings.Contains(out, id) {
				t.Errorf("case list does not list %s", id)
			}
		})
	}
}

func TestCaseRecordRefusals(t *testing.T) {
	c := caseCLI{t, "sqlite:" + filepath.Join(t.TempDir(), "writ.db")}
	id := c.newSeedCase()
	for _, tc := range []struct {
		name string
		args []string
		code int
		says string
	}{
		{"a notice before service", []string{"notice-sent", "--account", aya, "--at", "2022-10-21"}, cli.ExitFailure, "before the subpoena was served"},
		{"an unknown event", []string{"party", "--at", "2022-10-21"}, cli.ExitUsage, "not an event"},
		{"no --at", []string{"subpoena-served"}, cli.ExitUsage, "--at"},
		{"a bad date", []string{"subpoena-served", "--at", "2022-02-30"}, cli.ExitUsage, "February 2022 has 28 days"},
		{"a ruling on nothing", []string{"ruling", "--on", "obj-7", "--outcome", "overruled", "--at", "2022-12-05"}, cli.ExitFailure, "obj-7"},
		{"service, recorded", []string{"subpoena-served", "--at", "2022-10-20"}, cli.ExitOK, ""},
		{"a notice to someone the order does not name", []string{"notice-sent", "--account", "nobody", "--at", "2022-10-21"}, cli.ExitUsage, "--account"},
		{"an event in the future", []string{"notice-sent", "--account", aya, "--at", "2027-01-04"}, cli.ExitFailure, "future"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := c.run(append([]string{"case", "record", id}, tc.args...)...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.says) {
				t.Errorf("exit %d, stderr %q; want exit %d saying %q", r.code, r.stderr, tc.code, tc.says)
			}
		})
	}
	if r := c.run("case", "show", "c-nosuchcase"); r.code != cli.ExitFailure || !strings.Contains(r.stderr, "c-nosuchcase") {
		t.Errorf("show of a missing case: exit %d %q", r.code, r.stderr)
	}
}

func TestCaseNewRejectsBadOrders(t *testing.T) {
	dir := t.TempDir()
	c := caseCLI{t, "sqlite:" + filepath.Join(dir, "writ.db")}
	seed, err := os.ReadFile(seedOrderFile)
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(string(seed), `"days": 10,`, `"days": -10,`, 1)
	bad = strings.Replace(bad, `"names", "addresses"`, `"names", "shoe_size"`, 1)
	bad = strings.Replace(bad, `"date": "2022-10-13"`, `"date": 20221013`, 1)
	file := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(file, []byte(bad), 0o600); err != nil {
		t.Fatal(err)
	}
	r := c.run("case", "new", "--order", file)
	if r.code != cli.ExitUsage {
		t.Fatalf("exit %d; want 2", r.code)
	}
	for _, path := range []string{"days", "categories", "date"} {
		if !strings.Contains(r.stderr, path) {
			t.Errorf("stderr does not name %s:\n%s", path, r.stderr)
		}
	}
	if out := c.ok("case", "list", "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("a case was stored from a bad order: %s", out)
	}
}

// TestConcurrentRecords has several writers — each with its own connection
// pool, as separate processes would — record objections in one case at
// once: each either lands or is refused with a conflict, nothing is lost or
// stored twice, and a retry with the same idempotency key is stored once.
func TestConcurrentRecords(t *testing.T) {
	for name, dsn := range databases(t) {
		t.Run(name, func(t *testing.T) {
			c := caseCLI{t, dsn(t)}
			id := c.newSeedCase()
			c.ok("case", "record", id, "subpoena-served", "--at", "2022-10-20")
			const writers = 8
			var wg sync.WaitGroup
			results := make([]result, writers)
			for i := range writers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					results[i] = c.run("case", "record", id, "objection-received", "--account", aya,
						"--at", "2022-11-08", "--id", "obj-w"+string(rune('a'+i)))
				}()
			}
			wg.Wait()
			won := 0
			for _, r := range results {
				switch {
				case r.code == cli.ExitOK:
					won++
				case !strings.Contains(r.stderr, "another write came first"):
					t.Errorf("a writer failed without a conflict: exit %d %q", r.code, r.stderr)
				}
			}
			var log []struct {
				Seq     int64
				Payload struct{ ID string }
			}
			if err := json.Unmarshal([]byte(c.ok("case", "log", id, "--json")), &log); err != nil {
				t.Fatal(err)
			}
			if won == 0 || len(log) != 2+won {
				t.Errorf("%d writers won; the log has %d events; want 2 + %d", won, len(log), won)
			}
			seen := map[string]bool{}
			for i, e := range log {
				if e.Seq != int64(i+1) || (e.Payload.ID != "" && seen[e.Payload.ID]) {
					t.Errorf("event %d: seq %d id %q (gap or duplicate)", i, e.Seq, e.Payload.ID)
				}
				seen[e.Payload.ID] = true
			}

			args := []string{"case", "record", id, "objection-received", "--account", konno, "--at", "2022-11-09", "--idempotency-key", "req-42", "--json"}
			first, again := c.ok(args...), c.ok(args...)
			if first != again {
				t.Errorf("a retry with the same key returned another event:\n%s\n%s", first, again)
			}
			if err := json.Unmarshal([]byte(c.ok("case", "log", id, "--json")), &log); err != nil {
				t.Fatal(err)
			}
			if len(log) != 3+won {
				t.Errorf("after the retried record the log has %d events; want %d", len(log), 3+won)
			}
		})
	}
}

// TestCaseListDueWithin: with the clock at 2026-11-26, a subpoena served on
// Friday 2026-11-20 makes the notices due Monday 2026-11-30 (counted on a
// printed 2026 calendar): within 7 days, not within 3.
func TestCaseListDueWithin(t *testing.T) {
	c := caseCLI{t, "sqlite:" + filepath.Join(t.TempDir(), "writ.db")}
	id := c.newSeedCase()
	idle := c.newSeedCase()
	c.ok("case", "record", id, "subpoena-served", "--at", "2026-11-20")
	var rows []struct {
		Case string
		Due  []struct{ ID, Due, Status string }
	}
	if err := json.Unmarshal([]byte(c.ok("case", "list", "--due-within", "7d", "--json")), &rows); err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Case != id || len(rows[0].Due) != 2 || rows[0].Due[0].Due != "2026-11-30" {
		t.Errorf("--due-within 7d: %+v; want only %s with its two notices due 2026-11-30", rows, id)
	}
	if out := c.ok("case", "list", "--due-within", "3d", "--json"); strings.TrimSpace(out) != "[]" {
		t.Errorf("--due-within 3d lists %s", out)
	}
	if out := c.ok("case", "list"); !strings.Contains(out, idle) || !strings.Contains(out, "Monday 2026-11-30") {
		t.Errorf("case list:\n%s", out)
	}
	c.run("case", "list", "--due-within", "soon").mustBeUsageError(t, "--due-within")
}
