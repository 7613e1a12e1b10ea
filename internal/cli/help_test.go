package cli_test

import (
	"strings"
	"testing"
)

// TestHelp checks that every way of asking for help succeeds and prints the
// usage with the commands or flags a user needs.
func TestHelp(t *testing.T) {
	commands := []string{"Usage:", "deadline", "holidays", "version"}
	deadlineFlags := []string{"Usage:", "--from", "--days", "--hours", "--court", "--mail", "--before", "--tz", "--json", "--ics", "--title"}
	holidaysFlags := []string{"Usage:", "--year", "--court", "--tz", "--json"}
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"no arguments", nil, commands},
		{"help", []string{"help"}, commands},
		{"--help", []string{"--help"}, commands},
		{"-h", []string{"-h"}, commands},
		{"deadline --help", []string{"deadline", "--help"}, deadlineFlags},
		{"help deadline", []string{"help", "deadline"}, deadlineFlags},
		{"holidays --help", []string{"holidays", "--help"}, holidaysFlags},
		{"help holidays", []string{"help", "holidays"}, holidaysFlags},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, tc.args...)
			r.mustSucceed(t)
			for _, want := range tc.want {
				if !strings.Contains(r.stdout, want) {
					t.Errorf("help lacks %q:\n%s", want, r.stdout)
				}
			}
		})
	}
}

// TestUnknownCommand checks that a command writ does not have is wrong
// input, named on one line.
func TestUnknownCommand(t *testing.T) {
	r := run(t, "dedline")
	r.mustBeUsageError(t, "dedline")
}

// TestVersion checks that version succeeds and names writ.
func TestVersion(t *testing.T) {
	r := run(t, "version")
	r.mustSucceed(t)
	if !strings.HasPrefix(r.stdout, "writ ") || !isOneLine(r.stdout) {
		t.Errorf("version printed %q, want one line beginning \"writ \"", r.stdout)
	}
}

// TestKeygen: the secret key goes to stdout, the public key to stderr, and
// the two belong together.
func TestKeygen(t *testing.T) {
	r := run(t, "keygen")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "AGE-SECRET-KEY-1") || !strings.Contains(r.stderr, "public key: age1") {
		t.Fatalf("keygen: exit %d stdout %q stderr %q", r.code, r.stdout, r.stderr)
	}
	if again := run(t, "keygen"); again.stdout == r.stdout {
		t.Error("two keys are the same")
	}
}
