package courttime

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    Date
		problem string // a part of the error message; empty when the date is valid
	}{
		{"2022-10-20", D(2022, time.October, 20), ""},
		{"2024-02-29", D(2024, time.February, 29), ""}, // 2024 is a leap year
		{"2000-02-29", D(2000, time.February, 29), ""}, // divisible by 400: leap
		{"2022-02-30", Date{}, "February 2022 has 28 days"},
		{"2023-02-29", Date{}, "February 2023 has 28 days"},
		{"2100-02-29", Date{}, "February 2100 has 28 days"}, // divisible by 100, not 400: not leap
		{"2022-04-31", Date{}, "April 2022 has 30 days"},
		{"2022-13-01", Date{}, "no month 13"},
		{"2022-00-10", Date{}, "no month 0"},
		{"2022-10-00", Date{}, "October 2022 has 31 days"},
		{"2022/10/20", Date{}, "YYYY-MM-DD"},
		{"10/20/2022", Date{}, "YYYY-MM-DD"},
		{"2022-1-5", Date{}, "YYYY-MM-DD"},
		{"22-10-20", Date{}, "YYYY-MM-DD"},
		{"", Date{}, "YYYY-MM-DD"},
		{"2022-10-2x", Date{}, "YYYY-MM-DD"},
		{"+022-10-20", Date{}, "YYYY-MM-DD"},
		{"2022-+1-20", Date{}, "YYYY-MM-DD"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseDate(tc.in)
			if tc.problem == "" {
				if err != nil || got != tc.want {
					t.Fatalf("ParseDate(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.problem) {
				t.Fatalf("ParseDate(%q) error = %v; want one saying %q", tc.in, err, tc.problem)
			}
		})
	}
}

func TestDateArithmetic(t *testing.T) {
	for _, tc := range []struct {
		name string
		from Date
		n    int
		want Date
	}{
		{"across the 2024 leap day", D(2024, 2, 28), 2, D(2024, 3, 1)},
		{"across February 2100, not a leap year", D(2100, 2, 28), 1, D(2100, 3, 1)},
		{"across February 1972, a leap year", D(1972, 2, 28), 1, D(1972, 2, 29)},
		{"across a year end", D(2021, 12, 25), 10, D(2022, 1, 4)},
		{"backward across a year end", D(2022, 1, 4), -10, D(2021, 12, 25)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.from.AddDays(tc.n); got != tc.want {
				t.Errorf("%v + %d days = %v; want %v", tc.from, tc.n, got, tc.want)
			}
			if got := tc.from.DaysUntil(tc.want); got != tc.n {
				t.Errorf("DaysUntil = %d; want %d", got, tc.n)
			}
		})
	}
	// 2022-10-31 was a Monday, 2100-12-31 will be a Friday (checked on a printed calendar).
	if w := D(2022, 10, 31).Weekday(); w != time.Monday {
		t.Errorf("2022-10-31 is a %v; want Monday", w)
	}
	if w := D(2100, 12, 31).Weekday(); w != time.Friday {
		t.Errorf("2100-12-31 is a %v; want Friday", w)
	}
}

func TestDateEnd(t *testing.T) {
	la, _ := time.LoadLocation("America/Los_Angeles")
	for _, tc := range []struct {
		name string
		day  Date
		want string
	}{
		{"daylight time (PDT, UTC-7)", D(2022, 10, 31), "2022-11-01T07:00:00Z"},
		{"standard time (PST, UTC-8)", D(2022, 11, 14), "2022-11-15T08:00:00Z"},
		{"the day daylight time ends: it has 25 hours", D(2022, 11, 6), "2022-11-07T08:00:00Z"},
		{"the day before daylight time ends", D(2022, 11, 5), "2022-11-06T07:00:00Z"},
		{"the day daylight time starts", D(2023, 3, 12), "2023-03-13T07:00:00Z"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.day.End(la).UTC().Format(time.RFC3339); got != tc.want {
				t.Errorf("end of %v in Los Angeles = %s; want %s", tc.day, got, tc.want)
			}
		})
	}
}

func TestDateJSON(t *testing.T) {
	var v struct{ D Date }
	if err := json.Unmarshal([]byte(`{"D":"2022-10-31"}`), &v); err != nil || v.D != D(2022, 10, 31) {
		t.Fatalf("unmarshal: %v, %v", v.D, err)
	}
	b, _ := json.Marshal(v)
	if string(b) != `{"D":"2022-10-31"}` {
		t.Errorf("marshal: %s", b)
	}
	for _, bad := range []string{`{"D":"2022-02-30"}`, `{"D":20221031}`, `{"D":"tomorrow"}`} {
		if err := json.Unmarshal([]byte(bad), &v); err == nil {
			t.Errorf("unmarshal %s: no error", bad)
		}
	}
}

// FuzzParseDate checks that any input either parses to a real day that
// prints back as the same text, or is refused with an error; never a panic.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2022-10-20", "2022-02-30", "2024-02-29", "9999-99-99", "-001-01-01", "2022-10-20T10:00", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			return
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q) = %v, which prints differently", s, d)
		}
		if d.AddDays(0) != d {
			t.Fatalf("ParseDate(%q) = %v is not a normalised day", s, d)
		}
	})
}

// TestDateText: a day prints as fmt's "%04d-%02d-%02d" would print it, and
// as JSON as that string, for every day writ counts and for days outside
// them (a year before 1000, beyond 9999, before year 0, and a day not
// normalised), so that the text every step and answer carries does not
// change with how it is made.
func TestDateText(t *testing.T) {
	check := func(d Date) {
		t.Helper()
		want := fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
		if got := d.String(); got != want {
			t.Fatalf("%#v.String() = %q, want %q", d, got, want)
		}
		if got, want := d.Long(), d.Weekday().String()+" "+want; got != want {
			t.Fatalf("%#v.Long() = %q, want %q", d, got, want)
		}
		wantJSON, _ := json.Marshal(want)
		if d.IsZero() {
			wantJSON = []byte("null")
		}
		if got, err := d.MarshalJSON(); err != nil || string(got) != string(wantJSON) {
			t.Fatalf("%#v.MarshalJSON() = %s, %v; want %s", d, got, err, wantJSON)
		}
	}
	for d := D(FirstYear-10, 1, 1); !d.After(D(LastYear+10, 12, 31)); d = d.AddDays(1) {
		check(d)
	}
	for _, d := range []Date{{}, {Year: 7, Month: 3, Day: 9}, {Year: 999, Month: 12, Day: 31}, {Year: 12345, Month: 1, Day: 2},
		{Year: -1, Month: 1, Day: 1}, {Year: -12345, Month: 10, Day: 10}, {Year: 2022, Month: 13, Day: 40}, {Year: 2022, Month: 0, Day: 0}, {Year: 2022, Month: 1, Day: 100}} {
		check(d)
	}
}
