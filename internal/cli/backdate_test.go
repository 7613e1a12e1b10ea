package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/cli"
)

// TestNoBackdatedDisclosure reproduces the finding of issue 11: the seed
// case served 2022-10-20, both notices given 2022-10-21, and an objection
// dated 2022-11-20 that writ was told of today (2026-11-26) and that is
// pending. Building "as of" 2022-11-16, or recording a build and a release
// dated before the objection, must not disclose anything: writ's acts
// happen now, on everything it has been told.
func TestNoBackdatedDisclosure(t *testing.T) {
	needPackages(t)
	dir := t.TempDir()
	demo := filepath.Join(dir, "demo")
	run(t, "demo-data", "--accounts", "40", "--events", "5000", "--seed", "7", "--out", demo).mustSucceed(t)
	env := hermeticEnv()
	vars := map[string]string{"WRIT_DB": "sqlite:" + filepath.Join(dir, "writ.db"), "WRIT_SOURCE": "demo:" + demo}
	env.Getenv = func(k string) string { return vars[k] }
	w := func(args ...string) result { return runEnv(t, env, args...) }
	ok := func(args ...string) string {
		t.Helper()
		r := w(args...)
		if r.code != cli.ExitOK {
			t.Fatalf("writ %s: exit %d\n%s", strings.Join(args, " "), r.code, r.stderr)
		}
		return r.stdout
	}
	id := strings.TrimSpace(ok("case", "new", "--order", seedOrderFile))
	ok("case", "record", id, "subpoena-served", "--at", "2022-10-20")
	ok("case", "record", id, "notice-sent", "--account", konno, "--at", "2022-10-21")
	ok("case", "record", id, "notice-sent", "--account", aya, "--at", "2022-10-21")
	ok("case", "record", id, "objection-received", "--account", aya, "--at", "2022-11-20")

	out := filepath.Join(dir, "prod-backdated")
	if r := w("produce", id, "--out", out, "--now", "2022-11-16"); r.code == cli.ExitOK {
		t.Errorf("writ produce --now 2022-11-16 built a package while an objection is pending:\n%s", r.stdout)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a refused production left %s behind", out)
	}
	if r := w("produce", id, "--out", out); r.code != cli.ExitFailure || !strings.Contains(r.stderr, "pending") {
		t.Errorf("writ produce now: exit %d, %s; want refused with the pending objection", r.code, r.stderr)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Errorf("a refused production left %s behind", out)
	}
	if r := w("case", "record", id, "production-built", "--at", "2022-11-16", "--accounts", konno+","+aya, "--id", "prod-1"); r.code == cli.ExitOK {
		t.Errorf("a build dated 2022-11-16 was recorded: %s", r.stdout)
	}
	if r := w("case", "record", id, "production-released", "--at", "2022-11-17", "--on", "prod-1"); r.code == cli.ExitOK {
		t.Errorf("a release dated 2022-11-17 was recorded: %s", r.stdout)
	}
	if log := ok("case", "log", id); strings.Contains(log, "production_") {
		t.Errorf("the log holds a production:\n%s", log)
	}
	if out := ok("audit", "verify"); !strings.Contains(out, "verifies") {
		t.Errorf("audit verify: %s", out)
	}
}
