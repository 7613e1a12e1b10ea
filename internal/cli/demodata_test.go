package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDemoData makes a small demo platform through the command line and
// checks the summary line, the files, and that a second run with the same
// seed makes the same bytes.
func TestDemoData(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo")
	args := []string{"demo-data", "--accounts", "50", "--events", "5000", "--seed", "3", "--out", dir}
	r := run(t, args...)
	r.mustSucceed(t)
	if !isOneLine(r.stdout) {
		t.Fatalf("stdout %q, want one summary line", r.stdout)
	}
	for _, want := range []string{dir, "50 accounts", "5000 access-log lines (access.jsonl)", " bytes, ", " s\n"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("summary %q lacks %q", r.stdout, want)
		}
	}
	first, err := os.ReadFile(filepath.Join(dir, "access.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "accounts.jsonl")); err != nil {
		t.Error(err)
	}
	if readme, err := os.ReadFile(filepath.Join(dir, "README.txt")); err != nil || !strings.Contains(string(readme), "SYNTHETIC") {
		t.Errorf("README.txt does not say the data is synthetic: %v", err)
	}
	run(t, args...).mustSucceed(t)
	again, _ := os.ReadFile(filepath.Join(dir, "access.jsonl"))
	if string(first) != string(again) {
		t.Error("the same seed made another access log")
	}

	r = run(t, "demo-data", "--accounts", "50", "--events", "5000", "--out", dir, "--gzip")
	r.mustSucceed(t)
	if !strings.Contains(r.stdout, "access.jsonl.gz") {
		t.Errorf("summary %q does not name access.jsonl.gz", r.stdout)
	}
	if _, err := os.Stat(filepath.Join(dir, "access.jsonl")); err == nil {
		t.Error("the plain log of the earlier run is still there beside the gzip one")
	}
}

// TestDemoDataErrors checks that wrong input names the flag, exits 2 and
// writes nothing.
func TestDemoDataErrors(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo")
	for _, tc := range []struct {
		args []string
		flag string
	}{
		{[]string{"demo-data"}, "--out"},
		{[]string{"demo-data", "--out", dir, "--accounts", "2"}, "--accounts"},
		{[]string{"demo-data", "--out", dir, "--accounts", "many"}, "--accounts"},
		{[]string{"demo-data", "--out", dir, "--events", "-5"}, "--events"},
		{[]string{"demo-data", "--out", dir, "--accounts", "100", "--events", "10"}, "--events"},
		{[]string{"demo-data", "--out", dir, "--seed", "x"}, "--seed"},
		{[]string{"demo-data", "--out", dir, "extra"}, "extra"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			run(t, tc.args...).mustBeUsageError(t, tc.flag)
			if _, err := os.Stat(dir); err == nil {
				t.Errorf("wrong input created %s", dir)
			}
		})
	}
}

// TestDemoDataHelp checks the command's help lists its flags.
func TestDemoDataHelp(t *testing.T) {
	r := run(t, "demo-data", "--help")
	r.mustSucceed(t)
	for _, want := range []string{"Usage:", "--accounts", "--events", "--seed", "--out", "--gzip", "synthetic"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("help lacks %q", want)
		}
	}
	if r := run(t, "help"); !strings.Contains(r.stdout, "demo-data") {
		t.Error("writ help does not list demo-data")
	}
}
