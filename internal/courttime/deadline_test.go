package courttime

import (
	"bufio"
	"errors"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// readTable reads a tab-separated table from testdata: the first line that
// is not a comment names the columns.
func readTable(t *testing.T, name string) []map[string]string {
	t.Helper()
	f, err := os.Open("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var header []string
	var rows []map[string]string
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if strings.HasPrefix(text, "#") || strings.TrimSpace(text) == "" {
			continue
		}
		cols := strings.Split(text, "\t")
		if header == nil {
			header = cols
			continue
		}
		if len(cols) != len(header) {
			t.Fatalf("%s:%d: %d columns, want %d", name, line, len(cols), len(header))
		}
		row := map[string]string{"line": name + ":" + strconv.Itoa(line)}
		for i, h := range header {
			row[h] = cols[i]
		}
		rows = append(rows, row)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatalf("%s has no rows", name)
	}
	return rows
}

func date(t *testing.T, s string) Date {
	t.Helper()
	d, err := ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestHolidayTables checks every holiday of the hand-made tables: the
// statutory day is listed under its name, and the day it is observed is a
// legal holiday (forward) on the calendar.
func TestHolidayTables(t *testing.T) {
	for _, tc := range []struct {
		file, court string
		scope       Scope
		kind        Kind
	}{
		{"federal-holidays-2020-2030.tsv", "us", Scope{}, Federal},
		{"cand-holidays-2020-2030.tsv", "cand", Scope{}, State},
		// The days California declares that are not judicial holidays
		// count only under the latest reading.
		{"cand-declared-2020-2030.tsv", "cand", Scope{Latest: true}, StateDeclared},
	} {
		c := mustCourt(t, tc.court)
		for _, row := range readTable(t, tc.file) {
			t.Run(row["date"]+" "+row["name"], func(t *testing.T) {
				day := date(t, row["date"])
				if got := day.Weekday().String()[:3]; got != row["weekday"] {
					t.Fatalf("%s: table says %s, calendar %s", row["line"], row["weekday"], got)
				}
				if !hasHolidayOfKind(c, day, row["name"], tc.kind) {
					t.Errorf("%s: %s (%s) is not listed on %v", row["line"], row["name"], tc.kind, day)
				}
				if row["observed"] == "none" {
					for _, near := range []Date{day.AddDays(-1), day.AddDays(1)} {
						if h, ok := c.HolidayOn(near, tc.scope); ok && h.Name == row["name"] {
							t.Errorf("%s: observed on %v, want no observance", row["line"], near)
						}
					}
					return
				}
				obs := date(t, row["observed"])
				h, ok := c.HolidayOn(obs, tc.scope)
				if !ok || h.Name != row["name"] {
					t.Errorf("%s: %v is not a legal holiday for %s (got %+v)", row["line"], obs, row["name"], h)
				}
				if tc.kind == StateDeclared && obs.Weekday() != time.Monday {
					// Columbus Day is also a federal holiday; every other
					// day of this table must leave the court's reading alone.
					if !c.IsCourtDay(obs, Scope{}) {
						t.Errorf("%s: %v counts in the court's reading", row["line"], obs)
					}
				}
				if obs != day && h.ObservedFor != day {
					t.Errorf("%s: %v stands for %v, want %v", row["line"], obs, h.ObservedFor, day)
				}
			})
		}
	}
}

// TestPeriodTable computes every period of testdata/periods.tsv, whose
// expected dates were worked out by hand on printed calendars.
func TestPeriodTable(t *testing.T) {
	courts := map[string]*Calendar{"us": mustCourt(t, "us"), "cand": mustCourt(t, "cand")}
	for _, row := range readTable(t, "periods.tsv") {
		name := strings.Join([]string{row["calendar"], row["trigger"], row["direction"], row["days"], "mail=" + row["mail"]}, " ")
		t.Run(name, func(t *testing.T) {
			c := courts[row["calendar"]]
			if c == nil {
				t.Fatalf("%s: unknown calendar %q", row["line"], row["calendar"])
			}
			days, err := strconv.Atoi(row["days"])
			if err != nil {
				t.Fatal(err)
			}
			d, err := c.Compute(Period{Trigger: date(t, row["trigger"]), Days: days, Before: row["direction"] == "before", Mail: row["mail"] == "yes"})
			if err != nil {
				t.Fatalf("%s: %v", row["line"], err)
			}
			if d.CalendarDue.String() != row["calendar_due"] || d.Due.String() != row["due"] {
				t.Errorf("%s: calendar_due %v, due %v; want %s, %s (%s)\nsteps:\n  %s", row["line"], d.CalendarDue, d.Due,
					row["calendar_due"], row["due"], row["why"], strings.Join(d.Steps, "\n  "))
			}
		})
	}
}

// TestReadingsTable computes every period of testdata/readings.tsv under
// the three readings: the court's (due), federal holidays only
// (due_federal_only) and the latest any reading allows (due_latest). The
// calendar cand-go is cand with the clerk's-office closures listed in
// testdata/README.md.
func TestReadingsTable(t *testing.T) {
	goFile := `{"id": "cand-go", "name": "N.D. Cal. with closures of the clerk's office", "extends": "cand",
	 "closures": [{"date": "2007-08-31", "name": "Clerk's office inaccessible"},
	              {"date": "2022-10-31", "name": "Clerk's office closed by General Order", "cite": "G.O. 99"},
	              {"date": "2025-11-26", "name": "Clerk's office inaccessible"},
	              {"date": "2026-11-18", "name": "Clerk's office inaccessible"}]}`
	cgo, err := ParseCalendar([]byte(goFile))
	if err != nil {
		t.Fatal(err)
	}
	courts := map[string]*Calendar{"us": mustCourt(t, "us"), "cand": mustCourt(t, "cand"), "cand-go": cgo}
	for _, row := range readTable(t, "readings.tsv") {
		name := strings.Join([]string{row["calendar"], row["trigger"], row["direction"], row["days"], "mail=" + row["mail"], "filing=" + row["filing"]}, " ")
		t.Run(name, func(t *testing.T) {
			c := courts[row["calendar"]]
			if c == nil {
				t.Fatalf("%s: unknown calendar %q", row["line"], row["calendar"])
			}
			days, err := strconv.Atoi(row["days"])
			if err != nil {
				t.Fatal(err)
			}
			d, err := c.Compute(Period{Trigger: date(t, row["trigger"]), Days: days, Before: row["direction"] == "before",
				Mail: row["mail"] == "yes", Filing: row["filing"] == "yes"})
			if err != nil {
				t.Fatalf("%s: %v", row["line"], err)
			}
			got := []string{d.CalendarDue.String(), d.Due.String(), d.DueFederalOnly.String(), d.DueLatest.String()}
			want := []string{row["calendar_due"], row["due"], row["due_federal_only"], row["due_latest"]}
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("%s: calendar_due, due, due_federal_only, due_latest = %v; want %v (%s)\nsteps:\n  %s",
					row["line"], got, want, row["why"], strings.Join(d.Steps, "\n  "))
			}
			if d.Filing != (row["filing"] == "yes") {
				t.Errorf("filing = %v", d.Filing)
			}
			if d.ExpiresLatestAt != d.DueLatest.End(c.Location).UTC() {
				t.Errorf("expires_latest_at %v is not the end of %v in %s", d.ExpiresLatestAt, d.DueLatest, c.TimeZone)
			}
			if d.DueLatest != d.Due && !strings.Contains(strings.Join(d.Steps, "\n"), d.DueLatest.Long()) {
				t.Errorf("no step names the latest date %s:\n%s", d.DueLatest.Long(), strings.Join(d.Steps, "\n"))
			}
		})
	}
}

// TestSeedOrder pins the periods of the seed order (N.D. Cal. 22-mc-80240)
// as a lawyer would read them, with their explanations.
func TestSeedOrder(t *testing.T) {
	cand := mustCourt(t, "cand")
	for _, tc := range []struct {
		name            string
		p               Period
		due, plain, fed Date
		expires         string
		stepsMention    []string
	}{
		{"notice within 10 calendar days of service on 2022-10-20",
			Period{Trigger: D(2022, 10, 20), Days: 10}, D(2022, 10, 31), D(2022, 10, 30), D(2022, 10, 31),
			"2022-11-01T07:00:00Z", []string{"2022-10-30 is a Sunday; the period continues to Monday 2022-10-31 — Fed. R. Civ. P. 6(a)(1)(C)", "6(a)(1)(A)", "6(a)(4)(A)"}},
		{"21 days from a notice on 2022-10-21: Veterans Day, then a weekend",
			Period{Trigger: D(2022, 10, 21), Days: 21}, D(2022, 11, 14), D(2022, 11, 11), D(2022, 11, 14),
			"2022-11-15T08:00:00Z", []string{"Veterans Day", "2022-11-12 is a Saturday", "2022-11-13 is a Sunday"}},
		{"21 days from a notice on 2022-10-28",
			Period{Trigger: D(2022, 10, 28), Days: 21}, D(2022, 11, 18), D(2022, 11, 18), D(2022, 11, 18),
			"2022-11-19T08:00:00Z", []string{"Friday 2022-11-18 is not a Saturday, Sunday or legal holiday"}},
		{"advise the court within 10 days of an objection on 2022-11-08",
			Period{Trigger: D(2022, 11, 8), Days: 10}, D(2022, 11, 18), D(2022, 11, 18), D(2022, 11, 18),
			"2022-11-19T08:00:00Z", nil},
		{"Thanksgiving and California's day after: 2025-11-17 + 10",
			Period{Trigger: D(2025, 11, 17), Days: 10}, D(2025, 12, 1), D(2025, 11, 27), D(2025, 11, 28),
			"2025-12-02T08:00:00Z", []string{"Day after Thanksgiving", "6(a)(6)(C)", "federal legal holidays only", "Friday 2025-11-28"}},
		{"service by mail: 2026-08-06 + 30 days, Labor Day, then 3 days",
			Period{Trigger: D(2026, 8, 6), Days: 30, Mail: true}, D(2026, 9, 11), D(2026, 9, 5), D(2026, 9, 11),
			"2026-09-12T07:00:00Z", []string{"Labor Day", "6(d)", "2026-09-08 + 3 days = Friday 2026-09-11"}},
		{"11 days before a hearing on Monday 2026-02-23 lands on Lincoln Day, which does not count backward",
			Period{Trigger: D(2026, 2, 23), Days: 11, Before: true}, D(2026, 2, 12), D(2026, 2, 12), D(2026, 2, 12),
			"2026-02-13T08:00:00Z", []string{"Thursday 2026-02-12 is not a Saturday, Sunday or legal holiday"}},
		{"14 days before a hearing on 2026-01-15 lands on New Year's Day and goes back to 2025-12-31",
			Period{Trigger: D(2026, 1, 15), Days: 14, Before: true}, D(2025, 12, 31), D(2026, 1, 1), D(2025, 12, 31),
			"2026-01-01T08:00:00Z", []string{"New Year's Day", "counting backward", "Wednesday 2025-12-31", "6(a)(5)"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := cand.Compute(tc.p)
			if err != nil {
				t.Fatal(err)
			}
			if d.Due != tc.due || d.CalendarDue != tc.plain || d.DueFederalOnly != tc.fed {
				t.Errorf("due %v, calendar_due %v, federal only %v; want %v, %v, %v", d.Due, d.CalendarDue, d.DueFederalOnly, tc.due, tc.plain, tc.fed)
			}
			if got := d.ExpiresAt.Format(time.RFC3339); got != tc.expires {
				t.Errorf("expires_at %s; want %s", got, tc.expires)
			}
			all := strings.Join(d.Steps, "\n")
			for _, want := range tc.stepsMention {
				if !strings.Contains(all, want) {
					t.Errorf("steps do not say %q:\n%s", want, all)
				}
			}
			if !strings.HasPrefix(d.Rule, "Fed. R. Civ. P. 6(a)") {
				t.Errorf("rule %q", d.Rule)
			}
		})
	}
}

func TestHours(t *testing.T) {
	cand := mustCourt(t, "cand")
	la := cand.Location
	for _, tc := range []struct {
		name    string
		at      time.Time
		hours   int
		before  bool
		due     Date
		expires string
	}{
		{"48 hours from Wednesday 16:00 before Thanksgiving 2026: Thursday and California's Friday, then the weekend",
			time.Date(2026, 11, 25, 16, 0, 0, 0, la), 48, false, D(2026, 11, 30), "2026-12-01T00:00:00Z"},
		{"24 hours from a Tuesday 09:30 ends Wednesday 09:30",
			time.Date(2026, 11, 17, 9, 30, 0, 0, la), 24, false, D(2026, 11, 18), "2026-11-18T17:30:00Z"},
		{"72 hours from Thursday 10:00 lands on Sunday: the same time Monday",
			time.Date(2026, 10, 22, 10, 0, 0, 0, la), 72, false, D(2026, 10, 26), "2026-10-26T17:00:00Z"},
		{"hours are counted as they pass: 24 hours across the end of daylight time",
			time.Date(2026, 10, 31, 12, 0, 0, 0, la), 24, false, D(2026, 11, 2), "2026-11-02T19:00:00Z"},
		{"24 hours before a Monday 10:00 hearing lands on Sunday: back to Friday 10:00",
			time.Date(2026, 11, 16, 10, 0, 0, 0, la), 24, true, D(2026, 11, 13), "2026-11-13T18:00:00Z"},
		// Wed 2021-09-22 10:00 PDT + 48 hours = Fri 2021-09-24 10:00, Native
		// American Day, not yet a judicial holiday: the period ends then.
		{"48 hours to Native American Day 2021, not yet a judicial holiday",
			time.Date(2021, 9, 22, 10, 0, 0, 0, la), 48, false, D(2021, 9, 24), "2021-09-24T17:00:00Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := cand.Compute(Period{TriggerAt: tc.at, Hours: tc.hours, Before: tc.before})
			if err != nil {
				t.Fatal(err)
			}
			if d.Due != tc.due || d.ExpiresAt.Format(time.RFC3339) != tc.expires {
				t.Errorf("due %v expires %s; want %v %s\n%s", d.Due, d.ExpiresAt.Format(time.RFC3339), tc.due, tc.expires, strings.Join(d.Steps, "\n"))
			}
			if !strings.Contains(d.Rule, "6(a)(2)") {
				t.Errorf("rule %q does not cite 6(a)(2)", d.Rule)
			}
		})
	}
}

// TestHoursReadings checks the latest reading and the clerk's office for
// periods in hours (Fed. R. Civ. P. 6(a)(2)(C), 6(a)(3)(B)).
func TestHoursReadings(t *testing.T) {
	cgo, err := ParseCalendar([]byte(`{"id": "cand-go", "name": "N.D. Cal.", "extends": "cand",
		"closures": [{"date": "2026-11-18", "name": "Clerk's office inaccessible"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	la := cgo.Location
	for _, tc := range []struct {
		name                  string
		p                     Period
		due, latest           Date
		expires, expiresLater string
	}{
		// Fri 2021-09-24 10:00 PDT (17:00Z) is Native American Day, a §
		// 6700 day only; the latest reading runs to the same time Mon
		// 2021-09-27 (17:00Z).
		{"48 hours to Native American Day 2021",
			Period{TriggerAt: time.Date(2021, 9, 22, 10, 0, 0, 0, la), Hours: 48}, D(2021, 9, 24), D(2021, 9, 27),
			"2021-09-24T17:00:00Z", "2021-09-27T17:00:00Z"},
		// Tue 2026-11-17 09:30 PST + 24 hours = Wed 2026-11-18 09:30, when
		// the clerk's office is inaccessible: a filing runs to the same
		// time Thu 2026-11-19 (17:30Z).
		{"24 hours for a filing into a day the clerk's office is inaccessible",
			Period{TriggerAt: time.Date(2026, 11, 17, 9, 30, 0, 0, la), Hours: 24, Filing: true}, D(2026, 11, 19), D(2026, 11, 19),
			"2026-11-19T17:30:00Z", "2026-11-19T17:30:00Z"},
		{"the same 24 hours, not for a filing",
			Period{TriggerAt: time.Date(2026, 11, 17, 9, 30, 0, 0, la), Hours: 24}, D(2026, 11, 18), D(2026, 11, 18),
			"2026-11-18T17:30:00Z", "2026-11-18T17:30:00Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := cgo.Compute(tc.p)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{d.Due.String(), d.DueLatest.String(), d.ExpiresAt.Format(time.RFC3339), d.ExpiresLatestAt.Format(time.RFC3339)}
			want := []string{tc.due.String(), tc.latest.String(), tc.expires, tc.expiresLater}
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("due, due_latest, expires_at, expires_latest_at = %v; want %v\n%s", got, want, strings.Join(d.Steps, "\n"))
			}
		})
	}
}

func TestComputeErrInvalid(t *testing.T) {
	cand := mustCourt(t, "cand")
	for _, tc := range []struct {
		name  string
		p     Period
		field string
	}{
		{"negative days", Period{Trigger: D(2022, 10, 20), Days: -3}, "days"},
		{"no period", Period{Trigger: D(2022, 10, 20)}, "days"},
		{"too long", Period{Trigger: D(2022, 10, 20), Days: MaxDays + 1}, "days"},
		{"days and hours", Period{Trigger: D(2022, 10, 20), Days: 1, Hours: 1}, "hours"},
		{"no trigger", Period{Days: 10}, "trigger"},
		{"before 1971", Period{Trigger: D(1970, 12, 31), Days: 10}, "trigger"},
		{"after 2100", Period{Trigger: D(2101, 1, 1), Days: 10}, "trigger"},
		{"hours without an instant", Period{Trigger: D(2022, 10, 20), Hours: 10}, "trigger"},
		{"counted back past 1971", Period{Trigger: D(1971, 1, 1), Days: 1, Before: true}, "days"},
		{"counted back to New Year's Day 1971, which rolls into 1970", Period{Trigger: D(1971, 1, 2), Days: 1, Before: true}, "days"},
		{"mail counted backward", Period{Trigger: D(2022, 10, 20), Days: 10, Mail: true, Before: true}, "mail"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := cand.Compute(tc.p)
			in, ok := err.(*InputError)
			if !ok || in.Field != tc.field {
				t.Errorf("error %v; want an InputError on %s", err, tc.field)
			}
		})
	}
}

// TestPeriodProperties checks, for random periods over the whole range,
// what must hold whatever the holidays are: the due date is a court day, is
// never before the plain count (never after it, counting backward), and no
// court day lies strictly between the two.
func TestPeriodProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1782, 2022))
	first, last := D(FirstYear, 1, 1), D(LastYear, 12, 31)
	span := first.DaysUntil(last)
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for _, id := range []string{"cand", "us"} {
		c := mustCourt(t, id)
		for i := 0; i < n; i++ {
			p := Period{Trigger: first.AddDays(rng.IntN(span + 1)), Days: 1 + rng.IntN(400), Before: rng.IntN(4) == 0}
			p.Mail = !p.Before && rng.IntN(4) == 0
			d, err := c.Compute(p)
			if p.Before && p.Trigger.AddDays(-p.Days).Year < FirstYear+1 {
				// Counting back into 1970 is refused (or ends in 1971);
				// TestComputeErrInvalid covers it.
				continue
			}
			if err != nil {
				t.Fatalf("%s %+v: %v", id, p, err)
			}
			s := Scope{Backward: p.Before}
			if !c.IsCourtDay(d.Due, s) {
				t.Fatalf("%s %+v: due %v is a weekend or holiday", id, p, d.Due)
			}
			// Fewer holidays can only end a forward period sooner; backward,
			// state holidays never count, so both dates are the same.
			if (!p.Before && d.DueFederalOnly.After(d.Due)) || (p.Before && d.DueFederalOnly != d.Due) {
				t.Fatalf("%s %+v: federal-only %v against the court's %v", id, p, d.DueFederalOnly, d.Due)
			}
			// The latest reading counts more days forward, never fewer, and
			// backward the same days as every reading.
			if (!p.Before && d.DueLatest.Before(d.Due)) || (p.Before && d.DueLatest != d.Due) {
				t.Fatalf("%s %+v: latest %v against the court's %v", id, p, d.DueLatest, d.Due)
			}
			if !c.IsCourtDay(d.DueLatest, Scope{Backward: p.Before, Latest: true}) {
				t.Fatalf("%s %+v: due_latest %v is a weekend or holiday under the latest reading", id, p, d.DueLatest)
			}
			lo, hi := d.CalendarDue, d.Due
			if p.Mail {
				lo = d.CalendarDue.AddDays(mailDays)
				if d.Due.Before(lo) {
					t.Fatalf("%s %+v: due %v is before the 3 days of Rule 6(d) run out (%v)", id, p, d.Due, lo)
				}
				continue // court days may lie between: the 3 days of 6(d) run on any day
			}
			if p.Before {
				lo, hi = d.Due, d.CalendarDue
			}
			if hi.Before(lo) {
				t.Fatalf("%s %+v: due %v is on the wrong side of the plain count %v", id, p, d.Due, d.CalendarDue)
			}
			for x := lo.AddDays(1); x.Before(hi); x = x.AddDays(1) {
				if c.IsCourtDay(x, s) {
					t.Fatalf("%s %+v: %v, between the plain count %v and due %v, is a court day", id, p, x, d.CalendarDue, d.Due)
				}
			}
			if d.Due.End(c.Location) != d.ExpiresAt.In(c.Location) {
				t.Fatalf("%s %+v: expires_at %v is not the end of %v", id, p, d.ExpiresAt, d.Due)
			}
		}
	}
}

// TestFilingProperties checks, for random periods on a calendar whose
// clerk's office was inaccessible on many random days, what Fed. R. Civ. P.
// 6(a)(3) requires whatever the days are: a period that is no filing ends
// where it would with no closure at all; a filing never ends earlier than
// that, never on a day the clerk's office was inaccessible, and never on a
// Saturday, Sunday or legal holiday.
func TestFilingProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 3))
	first := D(2020, 1, 1)
	var closures []string
	for i := 0; i < 400; i++ {
		d := first.AddDays(rng.IntN(3650))
		closures = append(closures, `{"date": "`+d.String()+`", "name": "Clerk's office inaccessible"}`)
	}
	cgo, err := ParseCalendar([]byte(`{"id": "cand-go", "name": "N.D. Cal.", "extends": "cand", "closures": [` + strings.Join(closures, ",") + `]}`))
	if err != nil {
		t.Fatal(err)
	}
	cand := mustCourt(t, "cand")
	for i := 0; i < 5000; i++ {
		p := Period{Trigger: first.AddDays(60 + rng.IntN(3400)), Days: 1 + rng.IntN(60), Before: rng.IntN(3) == 0}
		p.Mail = !p.Before && rng.IntN(4) == 0
		plain, err1 := cand.Compute(p)
		other, err2 := cgo.Compute(p)
		p.Filing = true
		filing, err3 := cgo.Compute(p)
		if err := errors.Join(err1, err2, err3); err != nil {
			t.Fatalf("%+v: %v", p, err)
		}
		if other.Due != plain.Due || other.DueLatest != plain.DueLatest || other.DueFederalOnly != plain.DueFederalOnly {
			t.Fatalf("%+v: a period that is no filing moved: %v/%v/%v, without closures %v/%v/%v", p,
				other.Due, other.DueFederalOnly, other.DueLatest, plain.Due, plain.DueFederalOnly, plain.DueLatest)
		}
		for _, d := range []Date{filing.Due, filing.DueLatest} {
			if d.Before(plain.Due) {
				t.Fatalf("%+v: the filing ends %v, before %v", p, d, plain.Due)
			}
			if _, ok := cgo.inaccessible(d); ok {
				t.Fatalf("%+v: the filing ends %v, when the clerk's office was inaccessible", p, d)
			}
		}
		if !cgo.IsCourtDay(filing.Due, Scope{Backward: p.Before, Filing: true}) {
			t.Fatalf("%+v: the filing ends %v, a Saturday, Sunday or legal holiday", p, filing.Due)
		}
		if filing.DueFederalOnly != plain.DueFederalOnly {
			t.Fatalf("%+v: federal only %v moved for a filing (%v)", p, filing.DueFederalOnly, plain.DueFederalOnly)
		}
	}
}
