package cli_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/testdb"
)

// TestTwoServesRemindOnce starts two real `writ serve` processes on one
// PostgreSQL database holding five seed cases whose subpoena was served
// in 2022 and whose account holders were never given notice: each case's
// two notice duties are long overdue, so each process's first tick owes
// the same ten escalations at the same moment. Each must be sent exactly
// once, by one of the two, and both processes must stop cleanly on
// SIGTERM.
func TestTwoServesRemindOnce(t *testing.T) {
	dsn := testdb.PostgresSchema(t, "two writ serve processes sharing reminders")
	c := caseCLI{t, dsn}
	var ids []string
	for range 5 {
		id := c.newSeedCase()
		c.ok("case", "record", id, "subpoena-served", "--at", "2022-10-20")
		ids = append(ids, id)
	}

	type proc struct {
		cmd    *exec.Cmd
		stderr *syncBuffer
		done   chan error
	}
	var procs []*proc
	for range 2 {
		p := &proc{stderr: &syncBuffer{}, done: make(chan error, 1)}
		p.cmd = exec.Command(os.Args[0], "serve", "--addr", "127.0.0.1:0", "--db", dsn)
		p.cmd.Env = append(os.Environ(), "WRIT_TEST_AS_WRIT=1", "WRIT_DB=", "WRIT_DATA="+t.TempDir())
		p.cmd.Stdout, p.cmd.Stderr = &syncBuffer{}, p.stderr
		procs = append(procs, p)
	}
	// Start both before either can tick far: they race for the same claims.
	for _, p := range procs {
		if err := p.cmd.Start(); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range procs {
		go func() { p.done <- p.cmd.Wait() }()
	}
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		for _, p := range procs {
			_ = p.cmd.Process.Signal(syscall.SIGTERM)
		}
		for i, p := range procs {
			select {
			case err := <-p.done:
				if err != nil {
					t.Errorf("writ serve %d did not stop cleanly: %v\n%s", i+1, err, p.stderr.String())
				}
			case <-time.After(30 * time.Second):
				_ = p.cmd.Process.Kill()
				t.Errorf("writ serve %d did not stop on SIGTERM", i+1)
			}
		}
	}
	defer stop()

	st, err := store.Open(context.Background(), dsn, time.Now)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rs, _ := store.RemindersOf(st)
	sent := func() (n int) {
		for _, id := range ids {
			all, err := rs.Reminders(context.Background(), id)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range all {
				if !r.SentAt.IsZero() {
					n++
				}
			}
		}
		return n
	}
	ticked := regexp.MustCompile(`"msg":"reminders started"`)
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) && (sent() < 10 || !ticked.MatchString(procs[0].stderr.String()) || !ticked.MatchString(procs[1].stderr.String())) {
		time.Sleep(100 * time.Millisecond)
	}
	// Both have ticked once: let a straggler's claims settle, then stop.
	time.Sleep(500 * time.Millisecond)
	stop()

	if n := sent(); n != 10 {
		t.Fatalf("%d escalations marked sent; want 10 (5 cases x 2 notice duties)", n)
	}
	count := map[string]int{}
	for i, p := range procs {
		for _, line := range strings.Split(p.stderr.String(), "\n") {
			var rec struct{ Msg, CaseID, Duty, Kind string }
			var raw map[string]any
			if json.Unmarshal([]byte(line), &raw) != nil || raw["msg"] != "duty overdue" {
				continue
			}
			rec.CaseID, rec.Duty, rec.Kind = raw["case_id"].(string), raw["duty"].(string), raw["kind"].(string)
			count[rec.CaseID+" "+rec.Duty+" "+rec.Kind]++
			t.Logf("writ serve %d sent %s %s %s", i+1, rec.CaseID, rec.Duty, rec.Kind)
		}
		for _, secret := range []string{"Aya", "konno", "@example"} {
			if strings.Contains(p.stderr.String(), secret) {
				t.Errorf("writ serve %d's log names a person (%q)", i+1, secret)
			}
		}
	}
	if len(count) != 10 {
		t.Errorf("%d distinct escalations in the logs; want 10", len(count))
	}
	for k, n := range count {
		if n != 1 {
			t.Errorf("escalation %s sent %d times", k, n)
		}
	}
}
