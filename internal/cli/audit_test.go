package cli_test

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	_ "modernc.org/sqlite" // to tamper with the database behind writ's back

	"github.com/writ-project/writ/internal/cli"
	"github.com/writ-project/writ/internal/store"
)

// TestMain lets the test binary stand in for the writ binary: run with
// WRIT_TEST_AS_WRIT=1 it is writ (stopping cleanly on SIGTERM, as
// cmd/writ does), so tests can start real processes.
func TestMain(m *testing.M) {
	if os.Getenv("WRIT_TEST_AS_WRIT") == "1" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		code := cli.Run(ctx, os.Args[1:], cli.OSEnv())
		stop()
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// tamperedCase records the seed case up to an objection in a fresh SQLite
// file and returns the database path and the case id.
func tamperedCase(t *testing.T) (string, string) {
	path := filepath.Join(t.TempDir(), "writ.db")
	c := caseCLI{t, "sqlite:" + path}
	id := c.newSeedCase()
	c.ok("case", "record", id, "subpoena-served", "--at", "2022-10-20")
	c.ok("case", "record", id, "notice-sent", "--account", aya, "--at", "2022-10-21")
	c.ok("case", "record", id, "notice-sent", "--account", konno, "--at", "2022-10-21")
	c.ok("case", "record", id, "objection-received", "--account", aya, "--at", "2022-11-08")
	return path, id
}

// TestAuditVerifyDetectsTampering changes the stored log the way someone
// with access to the database file could, and checks that `writ audit
// verify` fails and names the case and the event.
func TestAuditVerifyDetectsTampering(t *testing.T) {
	for _, tc := range []struct {
		name string
		sql  []string
		seq  string
	}{
		{"a payload altered", []string{`UPDATE events SET payload = replace(payload, 'Aya@ay_chim0807', 'konnoyukio@CmRUCE') WHERE seq = 5`}, "event 5"},
		{"a time altered", []string{`UPDATE events SET at = '2022-10-15T07:00:00.000000Z' WHERE seq = 2`}, "event 2"},
		{"two events swapped", []string{`UPDATE events SET seq = 100 WHERE seq = 3`, `UPDATE events SET seq = 3 WHERE seq = 4`, `UPDATE events SET seq = 4 WHERE seq = 100`}, "event 3"},
		{"an event deleted", []string{`DELETE FROM events WHERE seq = 3`}, "event "},
		{"the last event deleted", []string{`DELETE FROM events WHERE seq = 5`}, "event "},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, id := tamperedCase(t)
			c := caseCLI{t, "sqlite:" + path}
			if out := c.ok("audit", "verify"); !strings.Contains(out, "verifies") {
				t.Fatalf("untampered log does not verify: %s", out)
			}
			db, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range append([]string{"DROP TRIGGER events_no_update", "DROP TRIGGER events_no_delete"}, tc.sql...) {
				if _, err := db.Exec(s); err != nil {
					t.Fatalf("%s: %v", s, err)
				}
			}
			db.Close()
			r := c.run("audit", "verify")
			if r.code != cli.ExitFailure {
				t.Fatalf("audit verify exit %d after tampering; want 1\n%s%s", r.code, r.stdout, r.stderr)
			}
			if !strings.Contains(r.stderr, "case "+id) || !strings.Contains(r.stderr, tc.seq) {
				t.Errorf("audit verify does not name case %s %s: %q", id, tc.seq, r.stderr)
			}
		})
	}
}

// TestTwoProcesses starts real writ processes that record into one case at
// once: one wins each race, the others are told another write came first,
// and the log has no gap and no duplicate.
func TestTwoProcesses(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	path, id := tamperedCase(t)
	var wg sync.WaitGroup
	outs := make([]string, 2)
	codes := make([]int, 2)
	for i := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cmd := exec.Command(exe, "--db", "sqlite:"+path, "case", "record", id, "objection-received",
				"--account", konno, "--at", "2022-11-09", "--id", []string{"obj-p", "obj-q"}[i])
			cmd.Env = append(os.Environ(), "WRIT_TEST_AS_WRIT=1")
			out, err := cmd.CombinedOutput()
			outs[i] = string(out)
			if ee, ok := err.(*exec.ExitError); ok {
				codes[i] = ee.ExitCode()
			} else if err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	for i := range 2 {
		if codes[i] != 0 && !strings.Contains(outs[i], "another write came first") {
			t.Errorf("process %d: exit %d %q", i, codes[i], outs[i])
		}
	}
	c := caseCLI{t, "sqlite:" + path}
	log := c.ok("case", "log", id, "--json")
	won := 0
	for i := range 2 {
		if codes[i] == 0 {
			won++
		}
	}
	if n := strings.Count(log, `"seq"`); won == 0 || n != 5+won {
		t.Errorf("%d processes won; the log has %d events; want %d", won, n, 5+won)
	}
	if out := c.ok("audit", "verify"); !strings.Contains(out, "verifies") {
		t.Errorf("audit verify after concurrent writers: %s", out)
	}
}

// TestAuditVerifyAccessLog: an access to a person's data erased from, or
// altered in, a case's access log behind writ's back is found by `writ
// audit verify`, which names the case and the access.
func TestAuditVerifyAccessLog(t *testing.T) {
	path, id := tamperedCase(t)
	st, err := store.Open(context.Background(), "sqlite:"+path, time.Now)
	if err != nil {
		t.Fatal(err)
	}
	l, _ := store.AccessLogOf(st)
	for i, who := range []string{"staff:u-1", "court:u-2", "staff:u-1"} {
		if _, err := l.RecordAccess(context.Background(), store.Access{CaseID: id, At: time.Date(2022, 11, 9, 9, i, 0, 0, time.UTC), Actor: who, Via: "page:case", What: []string{store.SeenNotes}}); err != nil {
			t.Fatal(err)
		}
	}
	st.Close()
	c := caseCLI{t, "sqlite:" + path}
	if out := c.ok("audit", "verify"); !strings.Contains(out, "3 accesses") {
		t.Fatalf("before tampering: %s", out)
	}
	list := c.ok("audit", "accesses", id)
	for _, want := range []string{"court:u-2", "page:case", "notes", "2022-11-09 09:01:00"} {
		if !strings.Contains(list, want) {
			t.Errorf("writ audit accesses lacks %q:\n%s", want, list)
		}
	}
	var js []store.Access
	if err := json.Unmarshal([]byte(c.ok("audit", "accesses", id, "--json")), &js); err != nil || len(js) != 3 || js[1].Actor != "court:u-2" {
		t.Errorf("writ audit accesses --json: %v %+v", err, js)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"DROP TRIGGER data_access_no_delete", "DELETE FROM data_access WHERE seq = 2"} {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
	db.Close()
	r := c.run("audit", "verify")
	if r.code != cli.ExitFailure || !strings.Contains(r.stderr, "case "+id+" access 2") {
		t.Errorf("audit verify after an access was erased: exit %d %q", r.code, r.stderr)
	}
	if r := c.run("audit", "accesses", id); r.code != cli.ExitFailure || !strings.Contains(r.stderr, "from access 2") {
		t.Errorf("audit accesses after an access was erased: exit %d %q", r.code, r.stderr)
	}
}

// TestAuditVerifyFilesAndAccessHead: writ audit verify also checks every
// file kept with an event against the SHA-256 the event names, and that
// each case's access log ends where the case says it does (issue 13,
// item 8).
func TestAuditVerifyFilesAndAccessHead(t *testing.T) {
	for _, tc := range []struct {
		name, sql, says string
	}{
		{"a file altered", `UPDATE blobs SET data = X'00'`, "blob "},
		{"the last access deleted", `DELETE FROM data_access WHERE seq = 2`, "deleted from its end"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, id := tamperedCase(t)
			ctx := context.Background()
			st, err := store.Open(ctx, "sqlite:"+path, func() time.Time { return fixedNow })
			if err != nil {
				t.Fatal(err)
			}
			c, _ := st.Case(ctx, id)
			proof := []byte("%PDF-1.4 the proof of a notice")
			name := sha256Hex(proof)
			if _, err := st.Append(ctx, id, c.Seq, "", store.NewEvent{Type: "notice_sent", At: fixedNow, Actor: "os:tester",
				Payload: json.RawMessage(`{"account":"` + aya + `","digest":"` + name + `"}`), Blobs: [][]byte{proof}}); err != nil {
				t.Fatal(err)
			}
			l, _ := store.AccessLogOf(st)
			for range 2 {
				if _, err := l.RecordAccess(ctx, store.Access{CaseID: id, At: fixedNow, Actor: "staff:u-1", Via: "page:case", What: []string{store.SeenNotes}}); err != nil {
					t.Fatal(err)
				}
			}
			st.Close()
			cl := caseCLI{t, "sqlite:" + path}
			if out := cl.ok("audit", "verify"); !strings.Contains(out, "files kept with the events") {
				t.Fatalf("untampered: %s", out)
			}
			db, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range []string{"DROP TRIGGER data_access_no_delete", tc.sql} {
				if _, err := db.Exec(s); err != nil {
					t.Fatalf("%s: %v", s, err)
				}
			}
			db.Close()
			r := cl.run("audit", "verify")
			if r.code != cli.ExitFailure || !strings.Contains(r.stderr+r.stdout, tc.says) || !strings.Contains(r.stderr, id) {
				t.Errorf("audit verify after %s: exit %d\n%s%s", tc.name, r.code, r.stdout, r.stderr)
			}
		})
	}
}

func sha256Hex(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}
