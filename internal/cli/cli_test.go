package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/cli"
)

// fixedNow is the clock of every test: Thanksgiving Day 2026, at noon UTC.
var fixedNow = time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)

// result is what one run of the command line left behind.
type result struct {
	code           int
	stdout, stderr string
}

// hermeticEnv is a process environment with no WRIT_* settings, a fixed
// clock and real file reads (tests write their calendar files to t.TempDir).
func hermeticEnv() cli.Env {
	return cli.Env{
		Stdin:    strings.NewReader(""),
		Getenv:   func(string) string { return "" },
		Now:      func() time.Time { return fixedNow },
		ReadFile: os.ReadFile,
		User:     func() string { return "tester" },
	}
}

// run runs writ in-process in the hermetic environment.
func run(t testing.TB, args ...string) result {
	t.Helper()
	return runEnv(t, hermeticEnv(), args...)
}

// runEnv runs writ in-process in env, capturing its output.
func runEnv(t testing.TB, env cli.Env, args ...string) result {
	t.Helper()
	var stdout, stderr bytes.Buffer
	env.Stdout, env.Stderr = &stdout, &stderr
	code := cli.Run(context.Background(), args, env)
	return result{code, stdout.String(), stderr.String()}
}

// mustSucceed fails the test unless the run exited 0 with nothing on stderr.
func (r result) mustSucceed(t testing.TB) {
	t.Helper()
	if r.code != cli.ExitOK || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q; want exit 0 and no stderr", r.code, r.stderr)
	}
}

// mustBeUsageError checks the contract for wrong input: exit 2, exactly one
// line on stderr naming every one of names, nothing on stdout.
func (r result) mustBeUsageError(t testing.TB, names ...string) {
	t.Helper()
	if r.code != cli.ExitUsage {
		t.Errorf("exit %d, want %d (stderr %q)", r.code, cli.ExitUsage, r.stderr)
	}
	if !isOneLine(r.stderr) {
		t.Errorf("stderr is not exactly one line: %q", r.stderr)
	}
	for _, name := range names {
		if !strings.Contains(r.stderr, name) {
			t.Errorf("stderr %q does not name %q", r.stderr, name)
		}
	}
	if r.stdout != "" {
		t.Errorf("stdout %q, want nothing: no result may be printed for wrong input", r.stdout)
	}
}

// isOneLine reports whether s is one non-empty line ending in a newline.
func isOneLine(s string) bool {
	return len(s) > 1 && strings.Count(s, "\n") == 1 && strings.HasSuffix(s, "\n")
}

// decodeObject decodes a --json result, failing the test if it is not one
// JSON object.
func decodeObject(t testing.TB, s string) map[string]any {
	t.Helper()
	var m map[string]any
	dec := json.NewDecoder(strings.NewReader(s))
	if err := dec.Decode(&m); err != nil {
		t.Fatalf("output is not a JSON object: %v\n%s", err, s)
	}
	if dec.More() {
		t.Fatalf("output holds more than one JSON value:\n%s", s)
	}
	return m
}
