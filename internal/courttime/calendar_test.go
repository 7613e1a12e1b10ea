package courttime

import (
	"errors"
	"strings"
	"testing"
	"time"

	rcal "github.com/rickar/cal/v2"
	rus "github.com/rickar/cal/v2/us"
)

func mustCourt(t testing.TB, id string) *Calendar {
	t.Helper()
	c, err := Court(id)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestParseWhen(t *testing.T) {
	for _, tc := range []struct {
		when string
		year int
		want Date
	}{
		{"January 1", 2022, D(2022, 1, 1)},
		{"June 19", 2021, D(2021, 6, 19)},
		{"third Monday in January", 2026, D(2026, 1, 19)},
		{"third Monday of February", 2025, D(2025, 2, 17)},
		{"last Monday in May", 2022, D(2022, 5, 30)},
		{"last Monday in May", 2021, D(2021, 5, 31)}, // May 2021 has five Mondays
		{"first Monday in September", 2026, D(2026, 9, 7)},
		{"fourth Thursday in November", 2025, D(2025, 11, 27)},
		{"fourth Thursday in November", 2024, D(2024, 11, 28)}, // November 2024 began on a Friday
		{"day after fourth Thursday in November", 2025, D(2025, 11, 28)},
		{"the day after fourth Thursday in November", 2026, D(2026, 11, 27)},
		{"fourth Friday in September", 2025, D(2025, 9, 26)},
		{"fourth Monday in October", 1975, D(1975, 10, 27)},
		{"February 29", 2024, D(2024, 2, 29)},
	} {
		t.Run(tc.when, func(t *testing.T) {
			rule, err := parseWhen(tc.when)
			if err != nil {
				t.Fatal(err)
			}
			if got := rule(tc.year); got != tc.want {
				t.Errorf("%s in %d = %v; want %v", tc.when, tc.year, got, tc.want)
			}
		})
	}
	for _, bad := range []string{"", "January", "January 32", "Febuary 1", "third Funday in January", "sixth Monday in May", "third Monday January", "day after", "Easter"} {
		t.Run("ErrInvalid/"+bad, func(t *testing.T) {
			if _, err := parseWhen(bad); err == nil {
				t.Errorf("parseWhen(%q): no error", bad)
			}
		})
	}
}

// TestFederalHolidaysAgainstIndependentCalendar compares every federal
// holiday and its observed day, 1986 to 2100, with rickar/cal, a calendar
// library written independently of writ. (It does not know that Martin
// Luther King, Jr. Day began in 1986 or that Veterans Day was in October
// from 1971 to 1977, so the years before are in the hand-made tables.)
func TestFederalHolidaysAgainstIndependentCalendar(t *testing.T) {
	c := mustCourt(t, "us")
	names := map[*rcal.Holiday]string{
		rus.NewYear: "New Year's Day", rus.MlkDay: "Birthday of Martin Luther King, Jr.",
		rus.PresidentsDay: "Washington's Birthday", rus.MemorialDay: "Memorial Day",
		rus.Juneteenth: "Juneteenth National Independence Day", rus.IndependenceDay: "Independence Day",
		rus.LaborDay: "Labor Day", rus.ColumbusDay: "Columbus Day", rus.VeteransDay: "Veterans Day",
		rus.ThanksgivingDay: "Thanksgiving Day", rus.ChristmasDay: "Christmas Day",
	}
	for year := 1986; year <= LastYear; year++ {
		for h, name := range names {
			actual, observed := h.Calc(year)
			if actual.IsZero() {
				continue // not in force that year (Juneteenth before 2021)
			}
			a, o := DateOf(actual), DateOf(observed)
			if !hasHoliday(c, a, name) {
				t.Errorf("%d: %s on %v is missing", year, name, a)
			}
			if o != a {
				got, ok := c.HolidayOn(o, Scope{})
				if !ok || got.Name != name || got.ObservedFor != a {
					t.Errorf("%d: %s (%v) should be observed on %v; HolidayOn gives %+v", year, name, a, o, got)
				}
			} else if _, ok := c.HolidayOn(a, Scope{}); !ok {
				t.Errorf("%d: %s on %v is not a legal holiday", year, name, a)
			}
		}
	}
}

func hasHoliday(c *Calendar, d Date, name string) bool {
	for _, h := range c.days[d] {
		if h.Name == name && h.ObservedFor.IsZero() {
			return true
		}
	}
	return false
}

func TestHolidaysBeforeTheirStatutes(t *testing.T) {
	c := mustCourt(t, "us")
	for _, tc := range []struct {
		name    string
		day     Date
		holiday bool
	}{
		{"no Martin Luther King, Jr. Day in 1985", D(1985, 1, 21), false},
		{"the first Martin Luther King, Jr. Day, 1986", D(1986, 1, 20), true},
		{"Veterans Day on the fourth Monday of October 1975", D(1975, 10, 27), true},
		{"no Veterans Day on November 11, 1975 (a Tuesday)", D(1975, 11, 11), false},
		{"Veterans Day back on November 11, 1978 (a Saturday, observed Friday)", D(1978, 11, 10), true},
		{"no Juneteenth in 2020 (a Friday)", D(2020, 6, 19), false},
		{"the first Juneteenth, 2021, observed Friday June 18", D(2021, 6, 18), true},
		{"Washington's Birthday, third Monday of February 1971", D(1971, 2, 15), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, ok := c.HolidayOn(tc.day, Scope{}); ok != tc.holiday {
				t.Errorf("HolidayOn(%v) = %v; want %v", tc.day, ok, tc.holiday)
			}
		})
	}
}

func TestScopes(t *testing.T) {
	cand := mustCourt(t, "cand")
	for _, tc := range []struct {
		name                       string
		day                        Date
		forward, backward, fedOnly bool // is it a court day in each scope?
	}{
		{"Lincoln Day 2026 (Thursday): California, forward only", D(2026, 2, 12), false, true, true},
		{"Cesar Chavez Day 2025 (Monday)", D(2025, 3, 31), false, true, true},
		{"Cesar Chavez Day 2024 fell on a Sunday: observed Monday April 1", D(2024, 4, 1), false, true, true},
		{"Lincoln Day 2023 fell on a Sunday: observed Monday February 13", D(2023, 2, 13), false, true, true},
		// Cal. Rules of Court, rule 1.11: a judicial holiday on a Saturday is
		// observed the Friday before. Sat 2022-02-12 -> Fri 2022-02-11.
		{"Lincoln Day 2022 fell on a Saturday: observed Friday February 11", D(2022, 2, 11), false, true, true},
		{"Lincoln Day 2022 itself, a Saturday", D(2022, 2, 12), false, false, false},
		// Native American Day became a judicial holiday only in 2022 (AB 855).
		{"Native American Day 2021 (Friday 09-24) was not yet a judicial holiday", D(2021, 9, 24), true, true, true},
		{"Native American Day 2022 (Friday 09-23)", D(2022, 9, 23), false, true, true},
		// Admission Day (Gov. Code § 6700) is not a judicial holiday (Code
		// Civ. Proc. § 135): it counts only for the latest reading.
		{"Admission Day 2022 (Friday 09-09) is not a judicial holiday", D(2022, 9, 9), true, true, true},
		{"Native American Day 2025 (fourth Friday of September)", D(2025, 9, 26), false, true, true},
		{"day after Thanksgiving 2025", D(2025, 11, 28), false, true, true},
		{"Thanksgiving 2025: federal, every scope", D(2025, 11, 27), false, false, false},
		{"presidential closure 2024-12-24: every scope", D(2024, 12, 24), false, false, false},
		{"presidential closure for President Carter 2025-01-09", D(2025, 1, 9), false, false, false},
		{"an ordinary Tuesday", D(2026, 11, 24), true, true, true},
		{"a Saturday", D(2026, 11, 28), false, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := cand.IsCourtDay(tc.day, Scope{}); got != tc.forward {
				t.Errorf("forward: court day = %v; want %v", got, tc.forward)
			}
			if got := cand.IsCourtDay(tc.day, Scope{Backward: true}); got != tc.backward {
				t.Errorf("backward: court day = %v; want %v", got, tc.backward)
			}
			if got := cand.IsCourtDay(tc.day, Scope{FederalOnly: true}); got != tc.fedOnly {
				t.Errorf("federal only: court day = %v; want %v", got, tc.fedOnly)
			}
		})
	}
}

func TestCourt(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		c := mustCourt(t, "cand")
		if c.TimeZone != "America/Los_Angeles" || c.Location.String() != "America/Los_Angeles" || c.State != "California" {
			t.Errorf("cand = %s %s %s", c.TimeZone, c.Location, c.State)
		}
	})
	t.Run("ErrUnknownCourt", func(t *testing.T) {
		for _, id := range []string{"nowhere", "federal", "", "CAND"} {
			_, err := Court(id)
			if !errors.Is(err, ErrUnknownCourt) || !strings.Contains(err.Error(), "cand") {
				t.Errorf("Court(%q) = %v; want ErrUnknownCourt listing the known courts", id, err)
			}
		}
	})
}

func TestParseCalendar(t *testing.T) {
	t.Run("extends with a closure", func(t *testing.T) {
		c, err := ParseCalendar([]byte(`{"id": "cand-go", "name": "N.D. Cal. with a closure", "extends": "cand",
			"closures": [{"date": "2026-12-28", "name": "Clerk's office closed", "cite": "General Order"}]}`))
		if err != nil {
			t.Fatal(err)
		}
		if c.TimeZone != "America/Los_Angeles" || c.State != "California" {
			t.Errorf("did not inherit zone and state: %q %q", c.TimeZone, c.State)
		}
		// A closure in a court's file is a day the clerk's office was
		// inaccessible: it stops a filing in either direction and is no
		// legal holiday for anything else (Fed. R. Civ. P. 6(a)(3)).
		for _, s := range []Scope{{Filing: true}, {Backward: true, Filing: true}} {
			if c.IsCourtDay(D(2026, 12, 28), s) {
				t.Errorf("the court's closure is a court day for a filing in scope %+v", s)
			}
		}
		for _, s := range []Scope{{}, {Backward: true}, {FederalOnly: true, Filing: true}} {
			if !c.IsCourtDay(D(2026, 12, 28), s) {
				t.Errorf("the court's closure counts in scope %+v", s)
			}
		}
		if c.IsCourtDay(D(2026, 2, 12), Scope{}) {
			t.Error("Lincoln Day from the extended calendar is missing")
		}
	})
	t.Run("own state holiday counting both ways", func(t *testing.T) {
		c, err := ParseCalendar([]byte(`{"id": "x", "name": "X", "time_zone": "America/Chicago", "state": "Texas",
			"holidays": [{"name": "Texas Independence Day", "when": "March 2", "counts": "both"}]}`))
		if err != nil {
			t.Fatal(err)
		}
		if c.IsCourtDay(D(2026, 3, 2), Scope{Backward: true}) {
			t.Error("a holiday with counts=both does not count backward")
		}
	})
	t.Run("ErrInvalid lists every problem", func(t *testing.T) {
		_, err := ParseCalendar([]byte(`{"id": "bad", "name": "", "time_zone": "Mars/Olympus",
			"holidays": [{"name": "A", "when": "third Funday in May"}, {"name": "", "when": "May 1", "observed": "sometimes", "counts": "sideways"}],
			"closures": [{"name": "no date"}]}`))
		if err == nil {
			t.Fatal("no error")
		}
		for _, want := range []string{"name: missing", "time_zone", "holidays[0].when", "holidays[1].name", "holidays[1].observed", "holidays[1].counts", "closures[0].date"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("error does not name %q: %v", want, err)
			}
		}
	})
	t.Run("ErrInvalid unknown field and bad JSON", func(t *testing.T) {
		for _, in := range []string{`{"id": "x", "name": "X", "time_zone": "UTC", "holiday": []}`, `{"id": `, `[]`,
			`{"id": "x", "name": "X", "extends": "nowhere"}`, `{"id": "x", "name": "X", "extends": "federal"}`,
			`{"id": "x", "name": "X", "closures": [{"date": "2022-02-30", "name": "n"}], "time_zone": "UTC"}`} {
			if _, err := ParseCalendar([]byte(in)); err == nil {
				t.Errorf("ParseCalendar(%s): no error", in)
			}
		}
	})
}

func TestHolidaysOfAYear(t *testing.T) {
	// 2022 on the cand calendar, from a printed 2022 calendar: New Year's Day
	// 2022 fell on a Saturday and was observed on Friday 2021-12-31, so 2022
	// lists the Saturday only; Lincoln Day (Saturday) was observed Friday
	// February 11 (Cal. Rules of Court, rule 1.11); Juneteenth (Sunday) was
	// observed Monday June 20; Christmas (Sunday) Monday December 26.
	// Admission Day (Friday September 9) and Columbus Day (no longer a
	// California judicial holiday from 2022) are listed as days the state
	// declares, besides Columbus Day's federal entry.
	hs := mustCourt(t, "cand").Holidays(2022)
	var got []string
	for _, h := range hs {
		s := h.Date.String() + " " + h.Name
		if !h.ObservedFor.IsZero() {
			s += " (for " + h.ObservedFor.String() + ")"
		}
		got = append(got, s)
	}
	want := []string{
		"2022-01-01 New Year's Day",
		"2022-01-17 Birthday of Martin Luther King, Jr.",
		"2022-02-11 Lincoln Day (for 2022-02-12)",
		"2022-02-12 Lincoln Day",
		"2022-02-21 Washington's Birthday",
		"2022-03-31 Cesar Chavez Day",
		"2022-05-30 Memorial Day",
		"2022-06-19 Juneteenth National Independence Day",
		"2022-06-20 Juneteenth National Independence Day (for 2022-06-19)",
		"2022-07-04 Independence Day",
		"2022-09-05 Labor Day",
		"2022-09-09 Admission Day",
		"2022-09-23 Native American Day",
		"2022-10-10 Columbus Day",
		"2022-10-10 Columbus Day",
		"2022-11-11 Veterans Day",
		"2022-11-24 Thanksgiving Day",
		"2022-11-25 Day after Thanksgiving",
		"2022-12-25 Christmas Day",
		"2022-12-26 Christmas Day (for 2022-12-25)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("2022 holidays:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// 2021 ends with the day observed for New Year's Day 2022.
	h21 := mustCourt(t, "us").Holidays(2021)
	if last := h21[len(h21)-1]; last.Date != D(2021, 12, 31) || last.ObservedFor != D(2022, 1, 1) {
		t.Errorf("last holiday of 2021 = %+v; want 2021-12-31 observed for 2022-01-01", last)
	}
	_ = time.UTC
}

// TestSaturdayRule checks California's observance of a judicial holiday that
// falls on a weekend (Cal. Rules of Court, rule 1.11, adopted as rule 987,
// operative January 1, 1989): Saturday -> the Friday before, Sunday -> the
// Monday after. Before 1989 only the Sunday rule of Gov. Code § 6701 is
// applied. Every weekday below was read off a printed calendar.
func TestSaturdayRule(t *testing.T) {
	cand := mustCourt(t, "cand")
	for _, tc := range []struct {
		name     string
		day      Date
		holiday  string // "" when the day must be a court day (forward, court's reading)
		standsOn Date   // the statutory day the observed day stands for
	}{
		{"Fri 2022-02-11 stands for Lincoln Day, Sat 2022-02-12", D(2022, 2, 11), "Lincoln Day", D(2022, 2, 12)},
		{"Fri 2028-02-11 stands for Lincoln Day, Sat 2028-02-12", D(2028, 2, 11), "Lincoln Day", D(2028, 2, 12)},
		{"Fri 2029-03-30 stands for Cesar Chavez Day, Sat 2029-03-31", D(2029, 3, 30), "Cesar Chavez Day", D(2029, 3, 31)},
		{"Mon 2023-02-13 stands for Lincoln Day, Sun 2023-02-12", D(2023, 2, 13), "Lincoln Day", D(2023, 2, 12)},
		{"Mon 2024-04-01 stands for Cesar Chavez Day, Sun 2024-03-31", D(2024, 4, 1), "Cesar Chavez Day", D(2024, 3, 31)},
		{"Fri 1983-02-11: Lincoln Day on Sat 1983-02-12, before rule 987 was operative", D(1983, 2, 11), "", Date{}},
		{"Mon 2028-02-14 is an ordinary Monday", D(2028, 2, 14), "", Date{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h, ok := cand.HolidayOn(tc.day, Scope{})
			if tc.holiday == "" {
				if ok {
					t.Fatalf("%v is %+v; want a court day", tc.day, h)
				}
				return
			}
			if !ok || h.Name != tc.holiday || h.ObservedFor != tc.standsOn {
				t.Fatalf("%v = %+v, %v; want %s observed for %v", tc.day, h, ok, tc.holiday, tc.standsOn)
			}
			if h.Kind != State {
				t.Errorf("kind %s; want state", h.Kind)
			}
			if tc.standsOn.Weekday() == time.Saturday && !strings.Contains(h.ObservedBy, "rule 1.11") {
				t.Errorf("observed_by %q does not cite rule 1.11", h.ObservedBy)
			}
		})
	}
}

// TestStateDeclaredDays checks the days Cal. Gov. Code § 6700 declares
// holidays that Cal. Code Civ. Proc. § 135 excepts from the judicial
// holidays: they count only for the latest reading, forward.
func TestStateDeclaredDays(t *testing.T) {
	cand := mustCourt(t, "cand")
	latest := Scope{Latest: true}
	for _, tc := range []struct {
		name   string
		day    Date
		want   string // the holiday under the latest reading, "" for none
		court  bool   // is it a court day in the court's reading?
		judges bool   // is it a judicial holiday (kind state) that day?
	}{
		{"Admission Day, Fri 2022-09-09", D(2022, 9, 9), "Admission Day", true, false},
		{"Admission Day on Sun 2029-09-09 is observed Mon 2029-09-10 (Gov. Code § 6701)", D(2029, 9, 10), "Admission Day", true, false},
		{"no Friday for Admission Day on Sat 2028-09-09 (§ 6701 moves only Sundays)", D(2028, 9, 8), "", true, false},
		{"Native American Day 2015, Fri 09-25 (AB 1973)", D(2015, 9, 25), "Native American Day", true, false},
		{"Native American Day 2021, Fri 09-24", D(2021, 9, 24), "Native American Day", true, false},
		{"no Native American Day in 2014 (Fri 09-26)", D(2014, 9, 26), "", true, false},
		{"Native American Day 2022 is a judicial holiday", D(2022, 9, 23), "Native American Day", false, true},
		{"Genocide Remembrance Day, Thu 2025-04-24 (AB 1801)", D(2025, 4, 24), "Genocide Remembrance Day", true, false},
		{"no Genocide Remembrance Day in 2020 (Fri 04-24)", D(2020, 4, 24), "", true, false},
		{"Lunar New Year, Wed 2025-01-29 (AB 2596)", D(2025, 1, 29), "Lunar New Year", true, false},
		{"the new moon of Lunar New Year in California, Fri 2024-02-09", D(2024, 2, 9), "Lunar New Year (new moon in California)", true, false},
		{"no Lunar New Year in 2022 (Tue 02-01)", D(2022, 2, 1), "", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h, ok := cand.HolidayOn(tc.day, latest)
			if got := map[bool]string{true: h.Name, false: ""}[ok]; got != tc.want {
				t.Fatalf("latest reading: %v = %q; want %q", tc.day, got, tc.want)
			}
			if ok && !tc.judges && h.Kind != StateDeclared {
				t.Errorf("kind %s; want %s", h.Kind, StateDeclared)
			}
			if got := cand.IsCourtDay(tc.day, Scope{}); got != tc.court {
				t.Errorf("court's reading: court day = %v; want %v", got, tc.court)
			}
			if !cand.IsCourtDay(tc.day, Scope{FederalOnly: true, Latest: true}) {
				t.Error("a California day counts when only federal days should")
			}
			if !cand.IsCourtDay(tc.day, Scope{Backward: true, Latest: true}) {
				t.Error("a California day counts for a period measured before an event")
			}
		})
	}
}

// TestClerkInaccessible checks how a court file marks a day the clerk's
// office was inaccessible (Fed. R. Civ. P. 6(a)(3)): a closure without a
// kind, or with "kind": "court". It is no legal holiday; only a filing sees
// it.
func TestClerkInaccessible(t *testing.T) {
	// Mon 2026-12-28 and Tue 2026-12-29: the clerk's office inaccessible;
	// Wed 2026-12-30: a one-off state holiday.
	c, err := ParseCalendar([]byte(`{"id": "cand-go", "name": "N.D. Cal. with a closure", "extends": "cand",
		"closures": [{"date": "2026-12-28", "name": "Clerk's office closed by General Order", "cite": "G.O. 99"},
		             {"date": "2026-12-29", "name": "Clerk's office closed (power outage)", "kind": "court"},
		             {"date": "2026-12-30", "name": "Day of mourning proclaimed by the Governor", "kind": "state"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []Date{D(2026, 12, 28), D(2026, 12, 29)} {
		for _, s := range []Scope{{}, {Backward: true}, {Latest: true}, {FederalOnly: true}} {
			if !c.IsCourtDay(d, s) {
				t.Errorf("%v: an inaccessible clerk's office is a legal holiday in scope %+v", d, s)
			}
		}
		if c.IsCourtDay(d, Scope{Filing: true}) {
			t.Errorf("%v: a filing can be made on a day the clerk's office was inaccessible", d)
		}
		if h, ok := c.HolidayOn(d, Scope{Filing: true}); !ok || h.Kind != CourtClosure {
			t.Errorf("%v: %+v; want kind court", d, h)
		}
	}
	if c.IsCourtDay(D(2026, 12, 30), Scope{}) || !c.IsCourtDay(D(2026, 12, 30), Scope{Backward: true}) {
		t.Error(`a closure of "kind": "state" does not count like a state holiday`)
	}
	t.Run("ErrInvalid counts on a clerk's-office closure", func(t *testing.T) {
		_, err := ParseCalendar([]byte(`{"id": "x", "name": "X", "extends": "cand",
			"closures": [{"date": "2026-12-28", "name": "Closed", "counts": "forward"}]}`))
		if err == nil || !strings.Contains(err.Error(), "closures[0].counts") {
			t.Errorf("error %v; want closures[0].counts named", err)
		}
	})
	t.Run("ErrInvalid kind", func(t *testing.T) {
		_, err := ParseCalendar([]byte(`{"id": "x", "name": "X", "extends": "cand",
			"holidays": [{"name": "H", "when": "May 1", "kind": "federal"}],
			"closures": [{"date": "2026-12-28", "name": "Closed", "kind": "weekend"}]}`))
		for _, want := range []string{"holidays[0].kind", "closures[0].kind"} {
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("error %v; want %s named", err, want)
			}
		}
	})
}

func hasHolidayOfKind(c *Calendar, d Date, name string, k Kind) bool {
	for _, h := range c.days[d] {
		if h.Name == name && h.Kind == k && h.ObservedFor.IsZero() {
			return true
		}
	}
	return false
}

// TestPresidentialClosures checks closures and their citations as checked
// against the Federal Register (see calendars/federal.json).
func TestPresidentialClosures(t *testing.T) {
	us := mustCourt(t, "us")
	for _, tc := range []struct {
		day  Date
		cite string
	}{
		{D(1997, 12, 26), "Exec. Order 13068"}, // Friday, the day after Christmas 1997
		{D(2007, 12, 24), "Exec. Order 13453"}, // Monday
		{D(2018, 12, 5), "Exec. Order 13852"},  // Wednesday, President George H. W. Bush
		{D(2018, 12, 24), "Exec. Order 13854"}, // Monday
		{D(2019, 12, 24), "Exec. Order 13900"}, // Tuesday
		{D(2024, 12, 24), "Exec. Order 14129"}, // Tuesday
		{D(2025, 1, 9), "Exec. Order 14133"},   // Thursday, President Carter
		{D(2025, 12, 26), "Exec. Order 14371"}, // Friday
	} {
		h, ok := us.HolidayOn(tc.day, Scope{})
		if !ok || h.Kind != ExecutiveOrder || !strings.HasPrefix(h.Cite, tc.cite) {
			t.Errorf("%v: %+v; want a presidential closure citing %s", tc.day, h, tc.cite)
		}
	}
}
