package cli_test

import (
	"strings"
	"testing"
	"time"
)

// holidaysOf runs `writ holidays --json` and returns the list of holidays
// and the year it is for.
func holidaysOf(t *testing.T, r result) (year float64, list []map[string]any) {
	t.Helper()
	r.mustSucceed(t)
	got := decodeObject(t, r.stdout)
	year, _ = got["year"].(float64)
	raw, ok := got["holidays"].([]any)
	if !ok {
		t.Fatalf("holidays = %#v, want an array", got["holidays"])
	}
	for i, v := range raw {
		h, ok := v.(map[string]any)
		if !ok {
			t.Fatalf("holidays[%d] = %#v, want an object", i, v)
		}
		list = append(list, h)
	}
	return year, list
}

// TestHolidays2026NorthernDistrict checks days of the N.D. Cal. calendar for
// 2026, each verified on a printed 2026 calendar.
func TestHolidays2026NorthernDistrict(t *testing.T) {
	year, list := holidaysOf(t, run(t, "holidays", "--year", "2026", "--json"))
	if year != 2026 {
		t.Errorf("year = %v, want 2026", year)
	}
	for _, tc := range []struct {
		name        string
		date        string
		weekday     string
		kind        string
		forwardOnly bool
		observedFor string // "" when the day is the holiday itself
	}{
		{"New Year's Day", "2026-01-01", "Thursday", "federal", false, ""},
		{"Lincoln Day", "2026-02-12", "Thursday", "state", true, ""},
		// July 4, 2026 is a Saturday: the Friday before stands for it
		// (5 U.S.C. § 6103(b)).
		{"Independence Day", "2026-07-03", "Friday", "federal", false, "2026-07-04"},
		{"Thanksgiving", "2026-11-26", "Thursday", "federal", false, ""},
		{"Day after Thanksgiving", "2026-11-27", "Friday", "state", true, ""},
	} {
		t.Run(tc.date+" "+tc.name, func(t *testing.T) {
			h := find(list, tc.date, tc.name)
			if h == nil {
				t.Fatalf("no holiday named %q on %s in %v", tc.name, tc.date, list)
			}
			if h["weekday"] != tc.weekday {
				t.Errorf("weekday = %v, want %s", h["weekday"], tc.weekday)
			}
			if h["kind"] != tc.kind {
				t.Errorf("kind = %v, want %s", h["kind"], tc.kind)
			}
			if h["forward_only"] != tc.forwardOnly {
				t.Errorf("forward_only = %v, want %v", h["forward_only"], tc.forwardOnly)
			}
			if got, _ := h["observed_for"].(string); got != tc.observedFor {
				t.Errorf("observed_for = %q, want %q", got, tc.observedFor)
			}
		})
	}

	t.Run("2026-07-04 points to the day that stands for it", func(t *testing.T) {
		h := find(list, "2026-07-04", "Independence Day")
		if h == nil || h["observed_on"] != "2026-07-03" {
			t.Errorf("2026-07-04 = %v, want Independence Day observed_on 2026-07-03", h)
		}
	})

	t.Run("no Columbus Day in California's list of its own", func(t *testing.T) {
		// Columbus Day is a federal holiday, but not a California judicial
		// holiday since 2022 (AB 855): it may appear as federal, and never
		// as state.
		for _, h := range list {
			if strings.Contains(h["name"].(string), "Columbus") && h["kind"] != "federal" {
				t.Errorf("Columbus Day listed as %v", h["kind"])
			}
		}
	})
}

// TestHolidays2022And2021 is the acceptance of issue 12: in 2022 Lincoln
// Day (Sat 2022-02-12) is observed Fri 2022-02-11 (Cal. Rules of Court, rule
// 1.11) and Native American Day is Fri 2022-09-23; in 2021 Native American
// Day was not yet a judicial holiday.
func TestHolidays2022And2021(t *testing.T) {
	r := run(t, "holidays", "--year", "2022", "--court", "cand")
	r.mustSucceed(t)
	for _, want := range []string{
		"Fri 2022-02-11  Lincoln Day (observed for Sat 2022-02-12)",
		"Fri 2022-09-23  Native American Day",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("2022 lacks %q:\n%s", want, r.stdout)
		}
	}
	r21 := run(t, "holidays", "--year", "2021", "--court", "cand")
	r21.mustSucceed(t)
	if strings.Contains(r21.stdout, "Native American Day") {
		t.Errorf("2021 lists Native American Day:\n%s", r21.stdout)
	}
	if !strings.Contains(r21.stdout, "--latest") {
		t.Errorf("2021 does not say that --latest lists more days:\n%s", r21.stdout)
	}

	_, list := holidaysOf(t, run(t, "holidays", "--year", "2022", "--json"))
	if h := find(list, "2022-02-11", "Lincoln Day"); h == nil || h["observed_for"] != "2022-02-12" || h["kind"] != "state" {
		t.Errorf("2022-02-11 = %v; want Lincoln Day, state, observed_for 2022-02-12", h)
	}
	if h := find(list, "2022-09-09", "Admission Day"); h != nil {
		t.Errorf("Admission Day listed without --latest: %v", h)
	}
}

// TestHolidaysLatest checks --latest: the days California declares holidays
// that its courts do not keep are listed apart, as counting only for the
// latest reading.
func TestHolidaysLatest(t *testing.T) {
	r := run(t, "holidays", "--year", "2021", "--latest")
	r.mustSucceed(t)
	for _, want := range []string{"Fri 2021-09-24  Native American Day", "Thu 2021-09-09  Admission Day", "counts only for the latest reading"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
	_, list := holidaysOf(t, run(t, "holidays", "--year", "2026", "--latest", "--json"))
	for _, tc := range []struct{ date, name, kind string }{
		{"2026-02-17", "Lunar New Year", "state_declared"},           // Tuesday
		{"2026-04-24", "Genocide Remembrance Day", "state_declared"}, // Friday
		{"2026-09-09", "Admission Day", "state_declared"},            // Wednesday
		{"2026-10-12", "Columbus Day", "state_declared"},             // Monday, federal too
		{"2026-10-12", "Columbus Day", "federal"},
	} {
		found := false
		for _, h := range list {
			if h["date"] == tc.date && h["name"] == tc.name && h["kind"] == tc.kind {
				found = true
			}
		}
		if !found {
			t.Errorf("no %s %s of kind %s", tc.date, tc.name, tc.kind)
		}
	}
}

// find returns the holiday on date whose name contains name, or nil.
func find(list []map[string]any, date, name string) map[string]any {
	for _, h := range list {
		n, _ := h["name"].(string)
		if h["date"] == date && strings.Contains(n, name) {
			return h
		}
	}
	return nil
}

// TestHolidaysFederalOnly checks that the us calendar has no state days.
func TestHolidaysFederalOnly(t *testing.T) {
	_, list := holidaysOf(t, run(t, "holidays", "--year", "2026", "--court", "us", "--json"))
	if find(list, "2026-11-26", "Thanksgiving") == nil {
		t.Error("Thanksgiving 2026-11-26 is missing")
	}
	for _, h := range list {
		if h["kind"] == "state" || h["forward_only"] == true {
			t.Errorf("state day in the federal calendar: %v", h)
		}
		if h["date"] == "2026-11-27" {
			t.Errorf("the day after Thanksgiving is listed: %v", h)
		}
	}
}

// TestHolidaysBadInput checks that a year outside the known ones is refused.
func TestHolidaysBadInput(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		flag string
	}{
		{"1950, before the Uniform Monday Holiday Act", []string{"--year", "1950"}, "--year"},
		{"a year that is not a number", []string{"--year", "next"}, "--year"},
		{"a court writ does not know", []string{"--court", "nowhere"}, "--court"},
		{"an unknown flag", []string{"--state", "CA"}, "--state"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := run(t, append([]string{"holidays"}, tc.args...)...)
			r.mustBeUsageError(t, tc.flag)
		})
	}
}

// TestHolidaysDefaultYear checks that without --year the year is the one
// the clock shows in the court's own time zone: 23:30 on New Year's Eve in
// Los Angeles is already 2027 in UTC and in New York.
func TestHolidaysDefaultYear(t *testing.T) {
	env := hermeticEnv()
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 31, 23, 30, 0, 0, la) // 2027-01-01T07:30:00Z
	env.Now = func() time.Time { return now.UTC() }
	for _, tc := range []struct {
		name  string
		court string
		year  float64
	}{
		{"N.D. Cal. is still in 2026", "cand", 2026},
		{"federal days only, in New York time, is in 2027", "us", 2027},
	} {
		t.Run(tc.name, func(t *testing.T) {
			year, _ := holidaysOf(t, runEnv(t, env, "holidays", "--court", tc.court, "--json"))
			if year != tc.year {
				t.Errorf("year = %v, want %v", year, tc.year)
			}
		})
	}
}

// TestHolidaysHumanOutput checks that the plain list gives each date with
// its weekday, and says which day stands for a weekend holiday.
func TestHolidaysHumanOutput(t *testing.T) {
	r := run(t, "holidays", "--year", "2026")
	r.mustSucceed(t)
	for _, want := range []string{
		"Thu 2026-01-01",
		"Thu 2026-02-12",
		"Fri 2026-07-03",
		"observed for Sat 2026-07-04",
		"Thu 2026-11-26",
		"Fri 2026-11-27",
		"forward periods only",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
}
