package cli_test

import (
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/cli"
)

// logCLI runs writ on one database with the log's key configured.
type logCLI struct {
	t   *testing.T
	db  string
	env map[string]string
}

func (c logCLI) run(args ...string) result {
	c.t.Helper()
	env := hermeticEnv()
	env.Getenv = func(k string) string { return c.env[k] }
	return runEnv(c.t, env, append([]string{"--db", c.db}, args...)...)
}

func (c logCLI) ok(args ...string) string {
	c.t.Helper()
	r := c.run(args...)
	if r.code != cli.ExitOK {
		c.t.Fatalf("writ %s: exit %d: %s", strings.Join(args, " "), r.code, r.stderr)
	}
	return r.stdout
}

// fails runs writ and wants exit 1 with every one of words on stderr or
// stdout; it returns both.
func (c logCLI) fails(words []string, args ...string) string {
	c.t.Helper()
	r := c.run(args...)
	if r.code != cli.ExitFailure {
		c.t.Fatalf("writ %s: exit %d (stdout %q, stderr %q), want %d", strings.Join(args, " "), r.code, r.stdout, r.stderr, cli.ExitFailure)
	}
	for _, w := range words {
		if !strings.Contains(r.stdout+r.stderr, w) {
			c.t.Errorf("writ %s does not say %q:\n%s%s", strings.Join(args, " "), w, r.stdout, r.stderr)
		}
	}
	return r.stdout + r.stderr
}

// keygen makes a key pair in dir and returns the private key's file and
// the public key's.
func keygen(t *testing.T, dir, name string) (private, public string) {
	t.Helper()
	private = filepath.Join(dir, name+".key")
	r := run(t, "audit", "keygen", "--name", name, "--out", private)
	if r.code != cli.ExitOK || r.stdout != "" {
		t.Fatalf("audit keygen: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	pub, ok := strings.CutPrefix(strings.TrimSpace(r.stderr), "public key: ")
	if !ok || !strings.HasPrefix(pub, name+"+") {
		t.Fatalf("audit keygen stderr = %q, want the public key", r.stderr)
	}
	public = filepath.Join(dir, name+".pub")
	if err := os.WriteFile(public, []byte(pub+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return private, public
}

func TestAuditKeygen(t *testing.T) {
	dir := t.TempDir()
	private, _ := keygen(t, dir, "writ.platform.example")
	info, err := os.Stat(private)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("the key file's mode is %v, want 0600", info.Mode().Perm())
	}
	b, _ := os.ReadFile(private)
	if !strings.HasPrefix(string(b), "PRIVATE+KEY+writ.platform.example+") {
		t.Errorf("the key file holds %q", b)
	}
	t.Run("ErrExists", func(t *testing.T) {
		r := run(t, "audit", "keygen", "--name", "writ.platform.example", "--out", private)
		r.mustBeUsageError(t, "--out", "already exists")
		if again, _ := os.ReadFile(private); string(again) != string(b) {
			t.Error("the key file was overwritten")
		}
	})
	t.Run("Stdout", func(t *testing.T) {
		r := run(t, "audit", "keygen", "--name", "writ.test")
		if r.code != cli.ExitOK || !strings.HasPrefix(r.stdout, "PRIVATE+KEY+writ.test+") || !strings.HasPrefix(r.stderr, "public key: writ.test+") {
			t.Errorf("audit keygen to stdout: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
		}
	})
	t.Run("ErrNoName", func(t *testing.T) {
		run(t, "audit", "keygen").mustBeUsageError(t, "--name")
	})
}

// TestAuditCheckpoint: a checkpoint made today is extended by tomorrow's
// log; a record deleted behind writ's back with its case's head rolled
// back, which the hash chain cannot see, is named against it; a forged
// checkpoint is refused; a proof of an event checks offline and fails
// when altered.
func TestAuditCheckpoint(t *testing.T) {
	path, id := tamperedCase(t)
	dir := t.TempDir()
	private, public := keygen(t, dir, "writ.test")
	c := logCLI{t, "sqlite:" + path, map[string]string{"WRIT_LOG_KEY_FILE": private}}

	cp := filepath.Join(dir, "first.checkpoint")
	if out := c.ok("audit", "checkpoint", "--out", cp); !strings.Contains(out, "checkpoint of 5 records") {
		t.Errorf("audit checkpoint says %q, want 5 records (the case's events; the CLI showed no one's data)", out)
	}
	c.run("audit", "checkpoint", "--out", cp).mustBeUsageError(t, "--out", "already exists")
	if out := c.ok("audit", "verify", "--checkpoint", cp); !strings.Contains(out, "extends") {
		t.Errorf("verify --checkpoint of an untouched log says %q", out)
	}
	// The public key from a file or on the command line, as a witness has it.
	pub, _ := os.ReadFile(public)
	noKey := logCLI{t, c.db, nil}
	noKey.ok("audit", "verify", "--checkpoint", cp, "--key", public)
	noKey.ok("audit", "verify", "--checkpoint", cp, "--key", strings.TrimSpace(string(pub)))

	t.Run("Prove", func(t *testing.T) {
		proof := filepath.Join(t.TempDir(), "proof.json")
		c.ok("audit", "prove", id, "5", "--out", proof)
		out := noKey.ok("audit", "check-proof", "--key", public, proof)
		if !strings.Contains(out, "case "+id+" event 5") || !strings.Contains(out, "record 4 of the log of writ.test") {
			t.Errorf("check-proof says %q", out)
		}
		b, _ := os.ReadFile(proof)
		var p map[string]any
		if err := json.Unmarshal(b, &p); err != nil {
			t.Fatal(err)
		}
		p["record_hash"] = strings.Repeat("0", 64)
		altered, _ := json.Marshal(p)
		if err := os.WriteFile(proof, altered, 0o644); err != nil {
			t.Fatal(err)
		}
		noKey.fails([]string{"does not check"}, "audit", "check-proof", "--key", public, proof)
	})

	// A record after the checkpoint: no proof until the next one.
	c.ok("case", "record", id, "objection-received", "--account", konno, "--at", "2022-11-09")
	c.fails([]string{"after the latest checkpoint", "writ audit checkpoint"}, "audit", "prove", id, "6")
	if out := c.ok("audit", "verify", "--checkpoint", cp); !strings.Contains(out, "holds 6 records now") {
		t.Errorf("verify --checkpoint after one more event says %q", out)
	}

	t.Run("ErrForged", func(t *testing.T) {
		_, otherPublic := keygen(t, t.TempDir(), "writ.test")
		noKey.fails([]string{"not signed by"}, "audit", "verify", "--checkpoint", cp, "--key", otherPublic)
		b, _ := os.ReadFile(cp)
		lines := strings.Split(string(b), "\n")
		root := []byte(lines[2])
		root[0] ^= 1 // another base64 character
		lines[2] = string(root)
		forged := filepath.Join(t.TempDir(), "forged.checkpoint")
		if err := os.WriteFile(forged, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
		c.fails([]string{"refused", "altered"}, "audit", "verify", "--checkpoint", forged)
	})

	t.Run("ErrTrailingDeletion", func(t *testing.T) {
		deleteFromEnd(t, path)
		// The chain alone sees nothing.
		if out := c.ok("audit", "verify"); !strings.Contains(out, "verifies") {
			t.Fatalf("audit verify after a trailing deletion: %s", out)
		}
		c.fails([]string{"case " + id + " event 5 (leaf 4): missing", "does not extend"}, "audit", "verify", "--checkpoint", cp)
	})
}

// TestAuditHistory: the court is shown a case's history and keeps it; the
// case goes on; shown its history again, made since the first, the court
// checks offline with the public key that nothing it was first shown has
// changed. After the log is rewritten (an event edited, chain, leaves and
// tree recomputed, a new checkpoint signed with the platform's own key), no
// history made since the first checks.
func TestAuditHistory(t *testing.T) {
	path, id := tamperedCase(t)
	dir := t.TempDir()
	private, public := keygen(t, dir, "writ.test")
	c := logCLI{t, "sqlite:" + path, map[string]string{"WRIT_LOG_KEY_FILE": private}}
	noKey := logCLI{t, c.db, nil}

	c.fails([]string{"no checkpoint", "writ audit checkpoint"}, "audit", "history", id)
	c.ok("audit", "checkpoint")
	first := filepath.Join(dir, "history-1.json")
	c.ok("audit", "history", id, "--out", first)
	out := noKey.ok("audit", "check-history", "--key", public, first)
	if !strings.Contains(out, "5 events of case "+id) || !strings.Contains(out, "writ.test") {
		t.Errorf("check-history says %q, want the case's 5 events in the log of writ.test", out)
	}
	b, _ := os.ReadFile(first)
	if strings.Contains(string(b), "payload") || strings.Contains(string(b), "@") {
		t.Errorf("the history carries the events' contents:\n%s", b)
	}

	// An event after the checkpoint is left out, and said so, until the next.
	c.ok("case", "record", id, "objection-received", "--account", konno, "--at", "2022-11-09")
	r := c.run("audit", "history", id, "--since", first)
	if r.code != cli.ExitOK || !strings.Contains(r.stderr, "event 6") || !strings.Contains(r.stderr, "writ audit checkpoint") {
		t.Errorf("history with an event after the checkpoint: exit %d, stderr %q, want event 6 said to be left out", r.code, r.stderr)
	}
	c.ok("audit", "checkpoint")
	second := filepath.Join(dir, "history-2.json")
	c.ok("audit", "history", id, "--since", first, "--out", second)
	out = noKey.ok("audit", "check-history", "--key", public, second, "--since", first)
	if !strings.Contains(out, "all 5 events") || !strings.Contains(out, "1 event recorded since") {
		t.Errorf("check-history --since says %q, want the 5 events unchanged and 1 since", out)
	}
	noKey.fails([]string{"no proof", "--since"}, "audit", "check-history", "--key", public, first, "--since", second)

	t.Run("ErrTrailingDeletion", func(t *testing.T) {
		// The case's last two events deleted and its head rolled back: the
		// chain verifies, and a history made now shows four events.
		deleteFromEnd(t, path)
		third := filepath.Join(t.TempDir(), "history-3.json")
		c.fails([]string{"does not extend", "event 5"}, "audit", "history", id, "--since", first, "--out", third)
		noKey.fails([]string{"event 5", "not in the later"}, "audit", "check-history", "--key", public, third, "--since", first)
	})
}

// deleteFromEnd deletes the seed case's events from the fifth on and rolls
// its head back, as someone holding the database file could: the chain
// alone still verifies.
func deleteFromEnd(t *testing.T, path string) {
	t.Helper()
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range []string{
		"DROP TRIGGER events_no_delete",
		"DELETE FROM events WHERE seq >= 5",
		"UPDATE cases SET seq = 4, head = (SELECT hash FROM events WHERE seq = 4)",
	} {
		if _, err := db.Exec(s); err != nil {
			t.Fatalf("%s: %v", s, err)
		}
	}
}
