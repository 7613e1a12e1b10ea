package cli_test

import (
	"cmp"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"
)

// The expected dates below come from a printed calendar and the rules, not
// from writ: each row says why its date is right.

// TestDeadlineAcceptance checks the periods the specification fixes, through
// the command line and its JSON output.
func TestDeadlineAcceptance(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		// want are the JSON fields and their expected values.
		due, calendarDue, dueFederalOnly, expiresAt string
		// dueLatest is the latest reading; "" when it is due.
		dueLatest string
	}{
		{
			// Thu 2022-10-20 + 10 days = Sun 2022-10-30, which rolls to
			// Mon 2022-10-31; that day ends at midnight PDT (UTC-7, until
			// 2022-11-06), 07:00 UTC on 2022-11-01.
			name:           "seed order notice: 10 days from service on Thu 2022-10-20 end on a Sunday",
			args:           []string{"--from", "2022-10-20", "--days", "10"},
			due:            "2022-10-31",
			calendarDue:    "2022-10-30",
			dueFederalOnly: "2022-10-31",
			expiresAt:      "2022-11-01T07:00:00Z",
		},
		{
			// Fri 2022-10-21 + 21 days = Fri 2022-11-11, Veterans Day; then
			// Saturday and Sunday; Mon 2022-11-14 ends at midnight PST.
			name:           "21 days ending on Veterans Day 2022 roll over the weekend",
			args:           []string{"--from", "2022-10-21", "--days", "21"},
			due:            "2022-11-14",
			calendarDue:    "2022-11-11",
			dueFederalOnly: "2022-11-14",
			expiresAt:      "2022-11-15T08:00:00Z",
		},
		{
			// Mon 2025-11-17 + 10 days = Thu 2025-11-27, Thanksgiving; Fri
			// 2025-11-28 is California's day after Thanksgiving; then the
			// weekend. Federal holidays only: Friday is open.
			name:           "10 days ending on Thanksgiving 2025 in N.D. Cal. by default",
			args:           []string{"--from", "2025-11-17", "--days", "10"},
			due:            "2025-12-01",
			calendarDue:    "2025-11-27",
			dueFederalOnly: "2025-11-28",
			expiresAt:      "2025-12-02T08:00:00Z",
		},
		{
			name:           "10 days ending on Thanksgiving 2025 in N.D. Cal. named",
			args:           []string{"--from", "2025-11-17", "--days", "10", "--court", "cand"},
			due:            "2025-12-01",
			calendarDue:    "2025-11-27",
			dueFederalOnly: "2025-11-28",
			expiresAt:      "2025-12-02T08:00:00Z",
		},
		{
			// Federal days only, in New York time (EST, UTC-5).
			name:           "10 days ending on Thanksgiving 2025 counting federal holidays only",
			args:           []string{"--from", "2025-11-17", "--days", "10", "--court", "us"},
			due:            "2025-11-28",
			calendarDue:    "2025-11-27",
			dueFederalOnly: "2025-11-28",
			expiresAt:      "2025-11-29T05:00:00Z",
		},
		{
			// Thu 2026-08-06 + 30 days = Sat 2026-09-05; Sunday; Mon
			// 2026-09-07 is Labor Day; so Tue 2026-09-08. Rule 6(d) adds 3
			// days after that: Fri 2026-09-11, a court day.
			name:           "30 days after service by mail on 2026-08-06 across Labor Day",
			args:           []string{"--from", "2026-08-06", "--days", "30", "--mail"},
			due:            "2026-09-11",
			calendarDue:    "2026-09-05",
			dueFederalOnly: "2026-09-11",
			expiresAt:      "2026-09-12T07:00:00Z",
		},
		{
			// Fri 2022-01-21 + 21 days = Fri 2022-02-11, which observes
			// Lincoln Day (Sat 2022-02-12) under Cal. Rules of Court, rule
			// 1.11; Saturday, Sunday; Mon 2022-02-14 ends at midnight PST.
			name:           "21 days to the Friday observing Lincoln Day 2022",
			args:           []string{"--from", "2022-01-21", "--days", "21"},
			due:            "2022-02-14",
			calendarDue:    "2022-02-11",
			dueFederalOnly: "2022-02-11",
			expiresAt:      "2022-02-15T08:00:00Z",
		},
		{
			// Fri 2021-08-27 + 28 days = Fri 2021-09-24, Native American Day,
			// not a judicial holiday before 2022 but a day Gov. Code § 6700
			// declares: the latest reading runs to Mon 2021-09-27.
			name:           "28 days to Native American Day 2021",
			args:           []string{"--from", "2021-08-27", "--days", "28"},
			due:            "2021-09-24",
			calendarDue:    "2021-09-24",
			dueFederalOnly: "2021-09-24",
			expiresAt:      "2021-09-25T07:00:00Z",
			dueLatest:      "2021-09-27",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, append([]string{"deadline", "--json"}, tc.args...)...)
			r.mustSucceed(t)
			got := decodeObject(t, r.stdout)
			latest := cmp.Or(tc.dueLatest, tc.due)
			for field, want := range map[string]string{
				"due":              tc.due,
				"calendar_due":     tc.calendarDue,
				"due_federal_only": tc.dueFederalOnly,
				"expires_at":       tc.expiresAt,
				"due_latest":       latest,
			} {
				if got[field] != want {
					t.Errorf("%s = %v, want %s", field, got[field], want)
				}
			}
		})
	}
}

// TestDeadlineJSONContract checks that every field the README promises is
// present with its JSON type: scripts read these names.
func TestDeadlineJSONContract(t *testing.T) {
	r := run(t, "deadline", "--from", "2022-10-20", "--days", "10", "--json")
	r.mustSucceed(t)
	got := decodeObject(t, r.stdout)

	for field, want := range map[string]any{
		"trigger":          "2022-10-20",
		"days":             float64(10),
		"direction":        "after",
		"mail":             false,
		"due":              "2022-10-31",
		"calendar_due":     "2022-10-30",
		"due_federal_only": "2022-10-31",
		"due_latest":       "2022-10-31",
		// Midnight ending Monday 2022-10-31 in Los Angeles, PDT (UTC-7).
		"expires_latest_at": "2022-11-01T07:00:00Z",
		"filing":            false,
		"court":             "cand",
		"time_zone":         "America/Los_Angeles",
	} {
		t.Run(field, func(t *testing.T) {
			v, ok := got[field]
			if !ok {
				t.Fatalf("field %q is missing", field)
			}
			if fmt.Sprintf("%T", v) != fmt.Sprintf("%T", want) {
				t.Fatalf("%s is a JSON %T, want %T", field, v, want)
			}
			if v != want {
				t.Errorf("%s = %v, want %v", field, v, want)
			}
		})
	}

	t.Run("expires_at", func(t *testing.T) {
		s, ok := got["expires_at"].(string)
		if !ok {
			t.Fatalf("expires_at = %#v, want a string", got["expires_at"])
		}
		at, err := time.Parse(time.RFC3339, s)
		if err != nil {
			t.Fatalf("expires_at %q is not RFC 3339: %v", s, err)
		}
		if !strings.HasSuffix(s, "Z") {
			t.Errorf("expires_at %q is not in UTC (no Z)", s)
		}
		// Midnight ending Monday 2022-10-31 in Los Angeles, still PDT (UTC-7).
		if want := time.Date(2022, 11, 1, 7, 0, 0, 0, time.UTC); !at.Equal(want) {
			t.Errorf("expires_at = %s, want %s", at, want)
		}
	})

	t.Run("rule", func(t *testing.T) {
		s, ok := got["rule"].(string)
		if !ok || !strings.Contains(s, "6(a)(1)") {
			t.Errorf("rule = %#v, want a string citing Fed. R. Civ. P. 6(a)(1)", got["rule"])
		}
	})

	t.Run("steps", func(t *testing.T) {
		raw, ok := got["steps"].([]any)
		if !ok || len(raw) == 0 {
			t.Fatalf("steps = %#v, want a non-empty array", got["steps"])
		}
		rolled := false
		for i, v := range raw {
			s, ok := v.(string)
			if !ok {
				t.Fatalf("steps[%d] = %#v, want a string", i, v)
			}
			if strings.Contains(s, "Sunday") && strings.Contains(s, "6(a)(1)(C)") {
				rolled = true
			}
		}
		if !rolled {
			t.Errorf("no step says the last day is a Sunday and cites 6(a)(1)(C): %q", raw)
		}
	})

	t.Run("no hours fields for a period in days", func(t *testing.T) {
		for _, field := range []string{"hours", "trigger_at"} {
			if v, ok := got[field]; ok {
				t.Errorf("%s = %v, want it absent for a period in days", field, v)
			}
		}
	})
}

// TestDeadlineBadInput checks that wrong input is refused before anything
// is computed, with one line naming the flag at fault.
func TestDeadlineBadInput(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		// names must all appear on stderr.
		names []string
	}{
		{"a negative period", []string{"--from", "2022-10-20", "--days", "-3"}, []string{"--days"}},
		{"February 30", []string{"--from", "2022-02-30", "--days", "10"}, []string{"--from"}},
		{"a court writ does not know", []string{"--from", "2022-10-20", "--days", "10", "--court", "nowhere"}, []string{"--court"}},
		{"days that are not a number", []string{"--from", "2022-10-20", "--days", "x"}, []string{"--days"}},
		{"no trigger", []string{"--days", "10"}, []string{"--from"}},
		{"no period", []string{"--from", "2022-10-20"}, []string{"--days"}},
		{"an unknown flag", []string{"--from", "2022-10-20", "--days", "10", "--served-by-fax"}, []string{"--served-by-fax"}},
		{"a period of 0 days", []string{"--from", "2022-10-20", "--days", "0"}, []string{"--days"}},
		{"month 13", []string{"--from", "2022-13-01", "--days", "10"}, []string{"--from"}},
		{"a trigger before 1971", []string{"--from", "1960-01-01", "--days", "10"}, []string{"--from"}},
		{"a trigger after 2100", []string{"--from", "2101-01-01", "--days", "10"}, []string{"--from"}},
		{"JSON and iCalendar at once", []string{"--from", "2022-10-20", "--days", "10", "--json", "--ics"}, []string{"--json", "--ics"}},
		{"a period longer than five years", []string{"--from", "2022-10-20", "--days", "1831"}, []string{"--days"}},
		{"mail added to a period counted backward", []string{"--from", "2022-10-20", "--days", "10", "--mail", "--before"}, []string{"--mail"}},
		{"a time zone that does not exist", []string{"--from", "2022-10-20", "--days", "10", "--tz", "Mars/Olympus_Mons"}, []string{"--tz"}},
		{"days and hours at once", []string{"--from", "2026-11-25T16:00", "--days", "2", "--hours=48"}, []string{"--hours"}},
		{"hours that are not a number written --hours=two", []string{"--from", "2026-11-25T16:00", "--hours=two"}, []string{"--hours"}},
		{"hours that are not a number written --hours two", []string{"--from", "2026-11-25T16:00", "--hours", "two"}, []string{"--hours"}},
		{"a fraction of an hour", []string{"--from", "2026-11-25T16:00", "--hours", "48.5"}, []string{"--hours"}},
		{"a period of 0 hours written --hours=0", []string{"--from", "2026-11-25T16:00", "--hours=0"}, []string{"--hours", "not 0"}},
		{"a period of 0 hours written --hours 0", []string{"--from", "2026-11-25T16:00", "--hours", "0"}, []string{"--hours", "not 0"}},
		{"--hours with no number", []string{"--from", "2026-11-25T16:00", "--hours"}, []string{"--hours"}},
		{"a time of day that does not exist", []string{"--from", "2026-11-25T25:00", "--hours", "48"}, []string{"--from"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, append([]string{"deadline"}, tc.args...)...)
			r.mustBeUsageError(t, tc.names...)
		})
	}
}

// TestDeadlineBeforeKnownYears checks that a period counted backward may not
// end in a year whose holidays writ does not know. Christmas Day 1969 was a
// Thursday and a legal holiday; writ's calendars begin with 1971 (the
// Uniform Monday Holiday Act), so it must refuse rather than call that day
// open.
func TestDeadlineBeforeKnownYears(t *testing.T) {
	// 1971-01-01 - 372 days = Thu 1969-12-25.
	r := run(t, "deadline", "--from", "1971-01-01", "--days", "372", "--before", "--json")
	if r.code == 0 && strings.Contains(r.stdout, `"due": "1969-12-25"`) {
		t.Fatalf("writ gave Christmas Day 1969 as the last day of a period; want exit 2 (outside the years writ knows) or a roll to Wed 1969-12-24:\n%s", r.stdout)
	}
	if r.code == 0 {
		return // a correct roll is acceptable too
	}
	r.mustBeUsageError(t)
}

// TestDeadlineHumanOutput checks the plain-text result: the due date with
// its weekday first, then every step, numbered.
func TestDeadlineHumanOutput(t *testing.T) {
	args := []string{"deadline", "--from", "2022-10-20", "--days", "10"}
	r := run(t, args...)
	r.mustSucceed(t)
	if !strings.HasPrefix(r.stdout, "Due Monday 2022-10-31") {
		t.Errorf("output does not begin with the due date and its weekday:\n%s", r.stdout)
	}
	for _, want := range []string{"Sunday 2022-10-30", "Fed. R. Civ. P. 6(a)(1)", "cand"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}

	j := run(t, append(args, "--json")...)
	j.mustSucceed(t)
	steps, _ := decodeObject(t, j.stdout)["steps"].([]any)
	if len(steps) == 0 {
		t.Fatal("the JSON result has no steps to compare with")
	}
	for i, s := range steps {
		if want := fmt.Sprintf("%d. %s\n", i+1, s); !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks step %d as %q:\n%s", i+1, want, r.stdout)
		}
	}
}

// TestDeadlineHours checks a period in hours (Fed. R. Civ. P. 6(a)(2)) in
// the three ways the command line accepts it. 48 hours from Wed 2026-11-25
// 16:00 PST end Fri 2026-11-27 16:00, California's day after Thanksgiving;
// the weekend follows, so the period runs until Mon 2026-11-30 16:00 PST,
// which is 2026-12-01 00:00 UTC.
func TestDeadlineHours(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"--hours 48", []string{"--from", "2026-11-25T16:00", "--hours", "48"}},
		{"--days 48 --hours", []string{"--from", "2026-11-25T16:00", "--days", "48", "--hours"}},
		{"--hours=48", []string{"--from", "2026-11-25T16:00", "--hours=48"}},
		{"--hours 48 before --from", []string{"--hours", "48", "--from", "2026-11-25T16:00"}},
		{"the trigger with its own offset", []string{"--from", "2026-11-26T00:00:00Z", "--hours", "48"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, append([]string{"deadline", "--json"}, tc.args...)...)
			r.mustSucceed(t)
			got := decodeObject(t, r.stdout)
			for field, want := range map[string]any{
				"due":          "2026-11-30",
				"calendar_due": "2026-11-27",
				"expires_at":   "2026-12-01T00:00:00Z",
				"trigger_at":   "2026-11-26T00:00:00Z",
				"trigger":      "2026-11-25",
				"hours":        float64(48),
			} {
				if got[field] != want {
					t.Errorf("%s = %v, want %v", field, got[field], want)
				}
			}
			if v, ok := got["days"]; ok {
				t.Errorf("days = %v, want it absent for a period in hours", v)
			}
		})
	}

	t.Run("a day without a time of day", func(t *testing.T) {
		r := run(t, "deadline", "--from", "2026-11-25", "--hours", "48")
		r.mustBeUsageError(t, "--from")
	})
}

// writeFile writes a calendar file into a fresh temporary directory and
// returns its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestDeadlineCourtFile checks a court's own calendar file passed with
// --court: a closure it adds moves a due date, and a malformed file is
// refused with its problem named.
func TestDeadlineCourtFile(t *testing.T) {
	// Without the closure, 10 days from Thu 2022-10-20 are due Mon
	// 2022-10-31 (TestDeadlineAcceptance). A closure in a court's file is a
	// day the clerk's office was inaccessible (Fed. R. Civ. P. 6(a)(3)): a
	// filing runs to Tue 2022-11-01; any other period stays on Monday.
	goFile := `{"id": "cand-2022", "name": "N.D. Cal. with a 2022 closure", "extends": "cand",
 "closures": [{"date": "2022-10-31", "name": "Clerk's office closed by General Order", "cite": "G.O. 99"}]}`
	for _, tc := range []struct {
		name                 string
		args                 []string
		due, latest, expires string
		filing               bool
	}{
		{"a General Order closing the clerk's office on the last day of a filing", []string{"--filing"}, "2022-11-01", "2022-11-01", "2022-11-02T07:00:00Z", true},
		{"the same General Order does not move a period that is no filing", nil, "2022-10-31", "2022-10-31", "2022-11-01T07:00:00Z", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, "cand-2022.json", goFile)
			r := run(t, append([]string{"deadline", "--from", "2022-10-20", "--days", "10", "--court", path, "--json"}, tc.args...)...)
			r.mustSucceed(t)
			got := decodeObject(t, r.stdout)
			for field, want := range map[string]any{
				"due":              tc.due,
				"due_latest":       tc.latest,
				"due_federal_only": "2022-10-31",
				"court":            "cand-2022",
				"time_zone":        "America/Los_Angeles",
				"expires_at":       tc.expires,
				"filing":           tc.filing,
			} {
				if got[field] != want {
					t.Errorf("%s = %v, want %v", field, got[field], want)
				}
			}
			if !strings.Contains(fmt.Sprint(got["steps"]), "G.O. 99") {
				t.Errorf("no step cites the General Order: %v", got["steps"])
			}
		})
	}

	t.Run("the extended court's state holidays still count", func(t *testing.T) {
		path := writeFile(t, "cand-plus.json", `{"id": "cand-plus", "name": "N.D. Cal.", "extends": "cand"}`)
		r := run(t, "deadline", "--from", "2025-11-17", "--days", "10", "--court", path, "--json")
		r.mustSucceed(t)
		if due := decodeObject(t, r.stdout)["due"]; due != "2025-12-01" {
			t.Errorf("due = %v, want 2025-12-01 (Thanksgiving, California's day after, the weekend)", due)
		}
	})

	for _, tc := range []struct {
		name, content string
		// problem must appear on stderr besides --court.
		problem string
	}{
		{"a file that is not JSON", `{"id": "x", "name": `, "not valid"},
		{"a field writ does not know", `{"id": "x", "name": "X", "extends": "cand", "colour": "red"}`, `"colour"`},
		{"a holiday rule no statute writes", `{"id": "x", "name": "X", "extends": "cand", "holidays": [{"name": "F", "when": "third Funday in January"}]}`, "Funday"},
		{"no time zone and nothing to extend", `{"id": "x", "name": "X"}`, "time_zone"},
		{"a closure on a day that does not exist", `{"id": "x", "name": "X", "extends": "cand", "closures": [{"date": "2027-02-30", "name": "C"}]}`, "2027-02-30"},
		{"extending a court writ does not know", `{"id": "x", "name": "X", "extends": "nowhere"}`, "nowhere"},
		{"a closure with no name", `{"id": "x", "name": "X", "extends": "cand", "closures": [{"date": "2027-01-04"}]}`, "closures[0].name"},
		{"a time zone that does not exist", `{"id": "x", "name": "X", "time_zone": "Pacific/Atlantis"}`, "Pacific/Atlantis"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := writeFile(t, "court.json", tc.content)
			r := run(t, "deadline", "--from", "2022-10-20", "--days", "10", "--court", path)
			r.mustBeUsageError(t, "--court", tc.problem)
		})
	}

	t.Run("a file that is not there", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "missing.json")
		r := run(t, "deadline", "--from", "2022-10-20", "--days", "10", "--court", path)
		r.mustBeUsageError(t, "--court", path)
	})
}

// TestDeadlineWritCourt checks that WRIT_COURT sets the default calendar,
// and that --court still wins over it.
func TestDeadlineWritCourt(t *testing.T) {
	env := hermeticEnv()
	env.Getenv = func(k string) string {
		if k == "WRIT_COURT" {
			return "us"
		}
		return ""
	}
	for _, tc := range []struct {
		name       string
		args       []string
		due, court string
	}{
		// 2025-11-17 + 10 days = Thanksgiving; federal only: Friday.
		{"WRIT_COURT=us counts federal holidays only", nil, "2025-11-28", "us"},
		{"--court cand overrides WRIT_COURT", []string{"--court", "cand"}, "2025-12-01", "cand"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			args := append([]string{"deadline", "--from", "2025-11-17", "--days", "10", "--json"}, tc.args...)
			r := runEnv(t, env, args...)
			r.mustSucceed(t)
			got := decodeObject(t, r.stdout)
			if got["due"] != tc.due || got["court"] != tc.court {
				t.Errorf("due %v in court %v, want %s in %s", got["due"], got["court"], tc.due, tc.court)
			}
		})
	}
}

// TestDeadlineICS checks the iCalendar export (RFC 5545) of the seed order's
// deadline, due Mon 2022-10-31.
func TestDeadlineICS(t *testing.T) {
	args := []string{"deadline", "--from", "2022-10-20", "--days", "10", "--ics"}
	r := run(t, args...)
	r.mustSucceed(t)
	cal, err := ics.ParseCalendar(strings.NewReader(r.stdout))
	if err != nil {
		t.Fatalf("output is not iCalendar: %v\n%s", err, r.stdout)
	}
	events := cal.Events()
	if len(events) != 1 {
		t.Fatalf("%d VEVENTs, want 1", len(events))
	}
	ev := events[0]

	prop := func(t *testing.T, p ics.ComponentProperty) *ics.IANAProperty {
		t.Helper()
		v := ev.GetProperty(p)
		if v == nil {
			t.Fatalf("the event has no %s", p)
		}
		return v
	}
	t.Run("DTSTART is the all-day due date", func(t *testing.T) {
		p := prop(t, ics.ComponentPropertyDtStart)
		if p.Value != "20221031" || !isDateValue(p) {
			t.Errorf("DTSTART = %q %v, want 20221031 with VALUE=DATE", p.Value, p.ICalParameters)
		}
	})
	t.Run("DTEND is the day after", func(t *testing.T) {
		p := prop(t, ics.ComponentPropertyDtEnd)
		if p.Value != "20221101" || !isDateValue(p) {
			t.Errorf("DTEND = %q %v, want 20221101 with VALUE=DATE", p.Value, p.ICalParameters)
		}
	})
	t.Run("UID", func(t *testing.T) {
		if ev.Id() == "" {
			t.Error("the event has no UID")
		}
	})
	t.Run("DTSTAMP is the clock", func(t *testing.T) {
		if p := prop(t, ics.ComponentPropertyDtstamp); p.Value != "20261126T120000Z" {
			t.Errorf("DTSTAMP = %q, want 20261126T120000Z", p.Value)
		}
	})
	t.Run("DESCRIPTION holds the steps", func(t *testing.T) {
		j := run(t, "deadline", "--from", "2022-10-20", "--days", "10", "--json")
		j.mustSucceed(t)
		steps, _ := decodeObject(t, j.stdout)["steps"].([]any)
		if len(steps) == 0 {
			t.Fatal("the JSON result has no steps to compare with")
		}
		desc := prop(t, ics.ComponentPropertyDescription).Value
		for _, s := range steps {
			if !strings.Contains(desc, s.(string)) {
				t.Errorf("DESCRIPTION lacks the step %q:\n%s", s, desc)
			}
		}
	})
	t.Run("reminders 3 days and 1 day before", func(t *testing.T) {
		var triggers []string
		for _, a := range ev.Alarms() {
			if p := a.GetProperty(ics.ComponentPropertyTrigger); p != nil {
				triggers = append(triggers, p.Value)
			}
		}
		if strings.Join(triggers, ",") != "-P3D,-P1D" {
			t.Errorf("alarm triggers %q, want -P3D and -P1D", triggers)
		}
	})
	t.Run("lines are at most 75 octets", func(t *testing.T) {
		// RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets,
		// excluding the line break.
		for i, line := range strings.Split(strings.TrimRight(r.stdout, "\r\n"), "\n") {
			if line = strings.TrimSuffix(line, "\r"); len(line) > 75 {
				t.Errorf("line %d is %d octets: %q", i+1, len(line), line)
			}
		}
	})
	t.Run("lines end in CRLF", func(t *testing.T) {
		// RFC 5545 3.1: "a CRLF sequence (CR character followed by LF
		// character)" delimits lines; some importers reject bare LF.
		if !strings.HasSuffix(r.stdout, "\r\n") {
			t.Fatalf("the output does not end in CRLF: %q", tail(r.stdout))
		}
		lines := strings.Split(strings.TrimSuffix(r.stdout, "\r\n"), "\r\n")
		for i, line := range lines {
			if strings.ContainsAny(line, "\r\n") {
				t.Fatalf("line %d has a bare CR or LF: %q", i+1, line)
			}
		}
	})
	t.Run("the same deadline gets the same UID", func(t *testing.T) {
		again := run(t, args...)
		again.mustSucceed(t)
		cal2, err := ics.ParseCalendar(strings.NewReader(again.stdout))
		if err != nil {
			t.Fatal(err)
		}
		if ev2 := cal2.Events(); len(ev2) != 1 || ev2[0].Id() != ev.Id() {
			t.Errorf("second export has a different UID; want %q", ev.Id())
		}
	})
	t.Run("a different period gets a different UID", func(t *testing.T) {
		other := run(t, "deadline", "--from", "2022-10-21", "--days", "10", "--ics")
		other.mustSucceed(t)
		cal2, err := ics.ParseCalendar(strings.NewReader(other.stdout))
		if err != nil {
			t.Fatal(err)
		}
		if ev2 := cal2.Events(); len(ev2) != 1 || ev2[0].Id() == ev.Id() {
			t.Errorf("a period from another trigger has the UID %q too", ev.Id())
		}
	})
}

func isDateValue(p *ics.IANAProperty) bool {
	v := p.ICalParameters["VALUE"]
	return len(v) == 1 && v[0] == "DATE"
}

// tail returns the last few bytes of s, for messages.
func tail(s string) string {
	if len(s) > 20 {
		return s[len(s)-20:]
	}
	return s
}

// TestDeadlineTZ checks --tz: times in --from are read in that zone and the
// end of the period is shown in it too, but the period still ends at
// midnight in the court's zone (Fed. R. Civ. P. 6(a)(4)(A)).
func TestDeadlineTZ(t *testing.T) {
	t.Run("the end of the seed order's notice period shown in Tokyo", func(t *testing.T) {
		// Mon 2022-10-31 ends at midnight PDT = 2022-11-01 07:00 UTC =
		// Tue 2022-11-01 16:00 JST (UTC+9, no daylight time).
		r := run(t, "deadline", "--from", "2022-10-20", "--days", "10", "--tz", "Asia/Tokyo", "--json")
		r.mustSucceed(t)
		got := decodeObject(t, r.stdout)
		for field, want := range map[string]string{
			"due":                  "2022-10-31",
			"time_zone":            "America/Los_Angeles",
			"expires_at":           "2022-11-01T07:00:00Z",
			"tz":                   "Asia/Tokyo",
			"expires_at_tz":        "2022-11-01T16:00:00+09:00",
			"expires_latest_at_tz": "2022-11-01T16:00:00+09:00",
		} {
			if got[field] != want {
				t.Errorf("%s = %v, want %s", field, got[field], want)
			}
		}
		h := run(t, "deadline", "--from", "2022-10-20", "--days", "10", "--tz", "Asia/Tokyo")
		h.mustSucceed(t)
		for _, want := range []string{"Due Monday 2022-10-31", "America/Los_Angeles", "Tuesday 2022-11-01 16:00 JST"} {
			if !strings.Contains(h.stdout, want) {
				t.Errorf("output lacks %q:\n%s", want, h.stdout)
			}
		}
	})
	t.Run("a time in --from is read in Tokyo", func(t *testing.T) {
		// Thu 2026-11-26 09:00 JST = Wed 2026-11-25 16:00 PST: the same
		// 48 hours as TestDeadlineHours, to Mon 2026-11-30 16:00 PST.
		r := run(t, "deadline", "--from", "2026-11-26T09:00", "--hours", "48", "--tz", "Asia/Tokyo", "--json")
		r.mustSucceed(t)
		got := decodeObject(t, r.stdout)
		for field, want := range map[string]string{
			"trigger":       "2026-11-25",
			"trigger_at":    "2026-11-26T00:00:00Z",
			"due":           "2026-11-30",
			"expires_at":    "2026-12-01T00:00:00Z",
			"expires_at_tz": "2026-12-01T09:00:00+09:00",
		} {
			if got[field] != want {
				t.Errorf("%s = %v, want %s", field, got[field], want)
			}
		}
	})
	t.Run("a day counted from an instant is the court's day", func(t *testing.T) {
		// Fri 2022-10-21 08:00 JST = Thu 2022-10-20 16:00 PDT: the
		// trigger is the court's Thursday, due Mon 2022-10-31.
		r := run(t, "deadline", "--from", "2022-10-21T08:00", "--days", "10", "--tz", "Asia/Tokyo", "--json")
		r.mustSucceed(t)
		got := decodeObject(t, r.stdout)
		if got["trigger"] != "2022-10-20" || got["due"] != "2022-10-31" {
			t.Errorf("trigger %v, due %v; want 2022-10-20, 2022-10-31", got["trigger"], got["due"])
		}
	})
	t.Run("no tz fields without --tz", func(t *testing.T) {
		r := run(t, "deadline", "--from", "2022-10-20", "--days", "10", "--json")
		r.mustSucceed(t)
		got := decodeObject(t, r.stdout)
		for _, field := range []string{"tz", "expires_at_tz", "expires_latest_at_tz"} {
			if v, ok := got[field]; ok {
				t.Errorf("%s = %v without --tz", field, v)
			}
		}
	})
}

// TestDeadlineReadings checks that the plain output gives the three dates
// with what each is for.
func TestDeadlineReadings(t *testing.T) {
	r := run(t, "deadline", "--from", "2021-08-27", "--days", "28")
	r.mustSucceed(t)
	for _, want := range []string{
		"Due Friday 2021-09-24",
		"court's reading (due):",
		"federal holidays only (due_federal_only):",
		"latest reading (due_latest):",
		"Monday 2021-09-27",
		"Native American Day",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	h := run(t, "deadline", "--help")
	h.mustSucceed(t)
	if !strings.Contains(h.stdout, "--filing") {
		t.Errorf("help lacks --filing:\n%s", h.stdout)
	}
}
