package cli_test

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/cli"
)

// loggedEvent is an event as writ case log --json prints it.
type loggedEvent struct {
	Seq     int64           `json:"seq"`
	Type    string          `json:"type"`
	At      string          `json:"at"`
	Actor   string          `json:"actor"`
	Payload json.RawMessage `json:"payload"`
}

func caseLog(t *testing.T, c caseCLI, id string) []loggedEvent {
	t.Helper()
	var evs []loggedEvent
	if err := json.Unmarshal([]byte(c.ok("case", "log", id, "--json")), &evs); err != nil {
		t.Fatal(err)
	}
	return evs
}

// TestIdempotencyKeyCannotLoseAWrite: the same key with another request is
// refused naming the key (exit 2) and stores nothing; the same request
// again returns the event stored the first time.
func TestIdempotencyKeyCannotLoseAWrite(t *testing.T) {
	c := caseCLI{t, "sqlite:" + filepath.Join(t.TempDir(), "writ.db")}
	id := c.newSeedCase()
	c.ok("case", "record", id, "subpoena-served", "--at", "2022-10-20")
	first := c.ok("case", "record", id, "notice-sent", "--account", konno, "--at", "2022-10-21", "--idempotency-key", "k-1", "--json")
	again := c.ok("case", "record", id, "notice-sent", "--account", konno, "--at", "2022-10-21", "--idempotency-key", "k-1", "--json")
	if first != again {
		t.Errorf("a retry with the same key and request stored another event:\n%s\n%s", first, again)
	}
	r := c.run("case", "record", id, "notice-sent", "--account", aya, "--at", "2022-10-28", "--idempotency-key", "k-1")
	r.mustBeUsageError(t, "--idempotency-key", "k-1")
	if n := len(caseLog(t, c, id)); n != 3 {
		t.Errorf("%d events; want 3 (order, service, one notice)", n)
	}
}

// TestEventsNameTheirActor: every event names the real person who made
// it: the operating-system user, and the person --actor names.
func TestEventsNameTheirActor(t *testing.T) {
	c := caseCLI{t, "sqlite:" + filepath.Join(t.TempDir(), "writ.db")}
	id := c.newSeedCase()
	c.ok("case", "record", id, "subpoena-served", "--at", "2022-10-20")
	c.ok("--actor", "Jane Doe", "case", "record", id, "notice-sent", "--account", konno, "--at", "2022-10-21")
	evs := caseLog(t, c, id)
	for i, want := range []string{"os:tester", "os:tester", "os:tester for Jane Doe"} {
		if evs[i].Actor != want {
			t.Errorf("event %d (%s) names %q; want %q", evs[i].Seq, evs[i].Type, evs[i].Actor, want)
		}
	}
	env := hermeticEnv()
	env.User = func() string { return "" }
	r := runEnv(t, env, "--db", c.db, "case", "record", id, "notice-sent", "--account", aya, "--at", "2022-10-21")
	r.mustBeUsageError(t, "--actor")
}

// TestRecordInTheCourtsWords: motions are granted or denied and withdrawn
// by their movant; a quash says its scope; a correction supersedes a
// mistaken record; a defective service is cured.
func TestRecordInTheCourtsWords(t *testing.T) {
	c := caseCLI{t, "sqlite:" + filepath.Join(t.TempDir(), "writ.db")}
	id := c.newSeedCase()
	c.ok("case", "record", id, "subpoena-served", "--at", "2022-10-20", "--with-order=false")
	c.ok("case", "record", id, "subpoena-served", "--at", "2022-10-21T09:30")
	c.ok("case", "record", id, "notice-sent", "--account", konno, "--at", "2022-10-21")
	c.ok("case", "record", id, "notice-sent", "--account", aya, "--at", "2022-10-22")
	c.ok("case", "record", id, "correction", "--corrects", "5", "--at", "2022-10-21T15:00", "--reason", "sent on the 21st")
	c.ok("case", "record", id, "motion-filed", "--account", konno, "--by", "account_holder", "--at", "2022-11-01", "--docket", "Dkt. 9")
	if r := c.run("case", "record", id, "ruling", "--on", "mot-1", "--outcome", "overruled", "--at", "2022-12-01"); r.code != cli.ExitUsage || !strings.Contains(r.stderr, "grants it") {
		t.Errorf("a motion overruled: exit %d %s", r.code, r.stderr)
	}
	if r := c.run("case", "record", id, "ruling", "--on", "mot-1", "--outcome", "granted", "--relief", "quash", "--at", "2022-12-01"); r.code != cli.ExitUsage || !strings.Contains(r.stderr, "--scope") {
		t.Errorf("a quash without its scope: exit %d %s", r.code, r.stderr)
	}
	c.ok("case", "record", id, "motion-withdrawn", "--on", "mot-1", "--at", "2022-11-20")
	var show struct {
		Motions []struct {
			ID, Status string
			Timely     bool
		}
		Windows []struct {
			Account string
			Opens   string
		}
	}
	if err := json.Unmarshal([]byte(c.ok("case", "show", id, "--now", "2022-11-21", "--json")), &show); err != nil {
		t.Fatal(err)
	}
	if len(show.Motions) != 1 || show.Motions[0].Status != "withdrawn" || !show.Motions[0].Timely {
		t.Errorf("motions %+v", show.Motions)
	}
	for _, w := range show.Windows {
		if w.Account == aya && w.Opens != "2022-10-21" {
			t.Errorf("Aya's windows open %s; want 2022-10-21, as corrected", w.Opens)
		}
	}
}
