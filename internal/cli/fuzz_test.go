package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/cli"
)

// fuzzFiles are the calendar files the fuzzed command line can name; any
// other path does not exist. Reading nothing from disk keeps the fuzzer
// hermetic and fast.
var fuzzFiles = map[string]string{
	"court.json": `{"id": "cand-2027", "name": "N.D. Cal. with its 2027 closures", "extends": "cand",
 "closures": [{"date": "2027-01-04", "name": "Clerk's office closed by General Order", "cite": "G.O. 99"}]}`,
	"bad.json":  `{"id": "x", "name": "X", "extends": "cand", "holidays": [{"name": "F", "when": "third Funday in January"}]}`,
	"notz.json": `{"id": "x", "name": "X"}`,
}

func fuzzEnv(stdout, stderr *bytes.Buffer) cli.Env {
	return cli.Env{
		Stdin:  strings.NewReader(""),
		Stdout: stdout,
		Stderr: stderr,
		Getenv: func(string) string { return "" },
		Now:    func() time.Time { return fixedNow },
		ReadFile: func(name string) ([]byte, error) {
			if s, ok := fuzzFiles[name]; ok {
				return []byte(s), nil
			}
			return nil, fs.ErrNotExist
		},
	}
}

// fuzzRun runs writ and checks what must hold for any input: an exit code
// of 0, 1 or 2; for 1 and 2 exactly one line on stderr; for 2 nothing on
// stdout; for 0 nothing on stderr.
func fuzzRun(t *testing.T, args []string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = cli.Run(context.Background(), args, fuzzEnv(&out, &errOut))
	switch code {
	case cli.ExitOK:
		if errOut.Len() != 0 {
			t.Fatalf("%q: exit 0 with stderr %q", args, errOut.String())
		}
	case cli.ExitFailure, cli.ExitUsage:
		if !isOneLine(errOut.String()) {
			t.Fatalf("%q: exit %d with stderr %q, want exactly one line", args, code, errOut.String())
		}
		if code == cli.ExitUsage && out.Len() != 0 {
			t.Fatalf("%q: exit 2 (nothing done) but stdout %q", args, out.String())
		}
	default:
		t.Fatalf("%q: exit %d, want 0, 1 or 2", args, code)
	}
	return code, out.String(), errOut.String()
}

// FuzzRun feeds writ argument lists, separated by NUL bytes.
func FuzzRun(f *testing.F) {
	for _, seed := range [][]string{
		nil,
		{"help"},
		{"--help"},
		{"version"},
		{"deadline", "--from", "2022-10-20", "--days", "10"},
		{"deadline", "--from", "2022-10-20", "--days", "10", "--json"},
		{"deadline", "--from", "2022-10-20", "--days", "10", "--ics", "--title", "Notify account holders"},
		{"deadline", "--from", "2022-10-21", "--days", "21", "--court", "us"},
		{"deadline", "--from", "2025-11-17", "--days", "10", "--court", "cand"},
		{"deadline", "--from", "2026-08-06", "--days", "30", "--mail"},
		{"deadline", "--from", "2026-03-20", "--days", "14", "--before"},
		{"deadline", "--from", "2026-11-25T16:00", "--hours", "48"},
		{"deadline", "--from", "2026-11-25T16:00", "--days", "48", "--hours"},
		{"deadline", "--from", "2026-11-25T16:00:00-08:00", "--hours=48", "--before", "--tz", "Asia/Tokyo"},
		{"deadline", "--from", "2027-01-01", "--days", "3", "--court", "court.json"},
		{"deadline", "--from", "2027-01-01", "--days", "3", "--court", "bad.json"},
		{"deadline", "--from", "2027-01-01", "--days", "3", "--court", "notz.json"},
		{"deadline", "--from", "2027-01-01", "--days", "3", "--court", "./missing.json"},
		{"deadline", "--from", "2100-12-31", "--days", "1830", "--mail"},
		{"deadline", "--from", "1971-01-01", "--days", "1830", "--before"},
		{"deadline", "--from", "2022-02-30", "--days", "-3"},
		{"deadline", "--from", "2022-10-20", "--days", "x", "--json", "--ics"},
		{"holidays", "--year", "2026"},
		{"holidays", "--year", "2026", "--court", "us", "--json"},
		{"holidays", "--court", "court.json", "--tz", "UTC"},
		{"holidays", "--year", "1950"},
	} {
		f.Add(strings.Join(seed, "\x00"))
	}
	f.Fuzz(func(t *testing.T, joined string) {
		var args []string
		if joined != "" {
			args = strings.Split(joined, "\x00")
		}
		fuzzRun(t, args)
	})
}

// FuzzParseInstant feeds the --from flag, for a period in days and for one
// in hours. Whatever the value, writ refuses it naming --from or computes a
// due date that is a weekday on or after the plain count.
func FuzzParseInstant(f *testing.F) {
	for _, seed := range []string{
		"2022-10-20",
		"2022-10-20T14:30",
		"2022-10-20T14:30:59",
		"2022-10-20 14:30",
		"2022-10-20T14:30:00Z",
		"2022-10-20T14:30:00+09:00",
		"2026-03-08T02:30", // does not exist in Los Angeles
		"2026-11-01T01:30", // happens twice in Los Angeles
		"2026-11-25T16:00",
		"2022-02-29",
		"2024-02-29T23:59",
		"1970-12-31T23:59:59-12:00",
		"2100-12-31T23:59",
		"2022-10-20T24:00",
		"2022-10-20T",
		"+022-10-20",
		"2022-1-20",
		"",
	} {
		f.Add(seed, false)
		f.Add(seed, true)
	}
	f.Fuzz(func(t *testing.T, from string, hours bool) {
		args := []string{"deadline", "--from=" + from, "--json"}
		if hours {
			args = append(args, "--hours=48")
		} else {
			args = append(args, "--days=10")
		}
		code, stdout, stderr := fuzzRun(t, args)
		switch code {
		case cli.ExitFailure:
			t.Fatalf("%q: exit 1 for a value of --from", args)
		case cli.ExitUsage:
			if !strings.Contains(stderr, "--from") {
				t.Fatalf("%q: refused without naming --from: %q", args, stderr)
			}
			return
		}
		var d struct {
			Trigger     string `json:"trigger"`
			TriggerAt   string `json:"trigger_at"`
			Due         string `json:"due"`
			CalendarDue string `json:"calendar_due"`
			ExpiresAt   string `json:"expires_at"`
		}
		if err := json.Unmarshal([]byte(stdout), &d); err != nil {
			t.Fatalf("%q: output is not JSON: %v", args, err)
		}
		due := mustDay(t, d.Due)
		plain := mustDay(t, d.CalendarDue)
		if due.Before(plain) {
			t.Fatalf("%q: due %s before the plain count %s", args, d.Due, d.CalendarDue)
		}
		if w := due.Weekday(); w == time.Saturday || w == time.Sunday {
			t.Fatalf("%q: due on a %s", args, w)
		}
		if due.Sub(plain) > 10*24*time.Hour {
			t.Fatalf("%q: due %s more than 10 days after the plain count %s", args, d.Due, d.CalendarDue)
		}
		end, err := time.Parse(time.RFC3339, d.ExpiresAt)
		if err != nil || !strings.HasSuffix(d.ExpiresAt, "Z") {
			t.Fatalf("%q: expires_at %q is not RFC 3339 in UTC", args, d.ExpiresAt)
		}
		if hours {
			at, err := time.Parse(time.RFC3339, d.TriggerAt)
			if err != nil {
				t.Fatalf("%q: trigger_at %q is not RFC 3339", args, d.TriggerAt)
			}
			if end.Sub(at) < 48*time.Hour {
				t.Fatalf("%q: a 48-hour period ends %s after it began", args, end.Sub(at))
			}
		} else if trigger := mustDay(t, d.Trigger); trigger.AddDate(0, 0, 10) != plain {
			t.Fatalf("%q: plain count %s is not 10 days after the trigger %s", args, d.CalendarDue, d.Trigger)
		}
	})
}

// mustDay parses a YYYY-MM-DD day of the JSON output.
func mustDay(t *testing.T, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatalf("%q is not a YYYY-MM-DD day: %v", s, err)
	}
	return d
}
