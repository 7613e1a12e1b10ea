package courttime

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a day on the court's calendar, with no time and no zone. Court
// deadlines are days ("within 10 calendar days"), so writ keeps them as days
// and turns them into instants only at the edge, in the court's time zone
// (Fed. R. Civ. P. 6(a)(4)). The zero Date is not a valid day.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// FirstYear and LastYear bound the triggers writ counts from. The Uniform
// Monday Holiday Act took effect in 1971; before it the federal holidays were
// different days, and writ does not pretend to know them.
const (
	FirstYear = 1971
	LastYear  = 2100
)

// D builds a Date. It is meant for tests and tables; it normalises like
// time.Date (February 30 becomes March 2), so parse user input with ParseDate.
func D(year int, month time.Month, day int) Date {
	return DateOf(time.Date(year, month, day, 0, 0, 0, 0, time.UTC))
}

// DateOf returns the day on which t falls in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// ParseDate reads a day written as YYYY-MM-DD and says precisely what is
// wrong when it is not one, because the person typing it is usually copying
// a date from a court paper and needs to see which part is off.
func ParseDate(s string) (Date, error) {
	parts := strings.Split(s, "-")
	if len(parts) != 3 || len(parts[0]) != 4 || len(parts[1]) != 2 || len(parts[2]) != 2 {
		return Date{}, fmt.Errorf("%q is not a date in the form YYYY-MM-DD (for example 2022-10-20)", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || strings.ContainsAny(p, "+-") {
			return Date{}, fmt.Errorf("%q is not a date in the form YYYY-MM-DD (for example 2022-10-20)", s)
		}
		n[i] = v
	}
	year, month, day := n[0], n[1], n[2]
	if month < 1 || month > 12 {
		return Date{}, fmt.Errorf("%q is not a date: there is no month %d", s, month)
	}
	last := daysIn(year, time.Month(month))
	if day < 1 || day > last {
		return Date{}, fmt.Errorf("%q is not a date: %s %d has %d days", s, time.Month(month), year, last)
	}
	return Date{year, time.Month(month), day}, nil
}

func daysIn(year int, month time.Month) int {
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

func (d Date) t() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// AddDays returns the day n days after d (before it when n is negative).
func (d Date) AddDays(n int) Date { return DateOf(d.t().AddDate(0, 0, n)) }

// Weekday returns the day of the week.
func (d Date) Weekday() time.Weekday { return d.t().Weekday() }

// IsWeekend reports whether d is a Saturday or a Sunday.
func (d Date) IsWeekend() bool {
	w := d.Weekday()
	return w == time.Saturday || w == time.Sunday
}

// Before reports whether d is an earlier day than e.
func (d Date) Before(e Date) bool { return d.t().Before(e.t()) }

// After reports whether d is a later day than e.
func (d Date) After(e Date) bool { return d.t().After(e.t()) }

// DaysUntil returns the number of days from d to e (negative if e is earlier).
func (d Date) DaysUntil(e Date) int { return int(e.t().Sub(d.t()).Hours() / 24) }

// String writes the day as YYYY-MM-DD.
func (d Date) String() string {
	var b [10]byte
	return string(d.appendText(b[:0]))
}

// appendText appends the day as YYYY-MM-DD, as fmt's "%04d-%02d-%02d"
// writes it. Every step of every computation carries days, and a case
// whose assessment is not kept is counted afresh on each request: written
// digit by digit, a day costs one allocation instead of fmt's five.
func (d Date) appendText(b []byte) []byte {
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 99 || d.Day < 0 || d.Day > 99 {
		return fmt.Appendf(b, "%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	y, m := d.Year, int(d.Month)
	return append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d.Day/10), byte('0'+d.Day%10))
}

// Long writes the day with its weekday ("Monday 2022-10-31"), the form the
// explanations use so a reader never has to look the weekday up.
func (d Date) Long() string {
	var b [20]byte
	return string(d.appendText(append(append(b[:0], d.Weekday().String()...), ' ')))
}

// Start returns the instant at which the day begins in loc.
func (d Date) Start(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// End returns the instant at which the day ends in loc: midnight, the start of
// the next day. Fed. R. Civ. P. 6(a)(4)(A): for electronic filing the last day
// ends at midnight in the court's time zone.
func (d Date) End(loc *time.Location) time.Time { return d.AddDays(1).Start(loc) }

// MarshalJSON writes the day as "YYYY-MM-DD".
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	// The day's text has only digits and dashes, which JSON writes as
	// they are.
	b := make([]byte, 0, 12)
	return append(d.appendText(append(b, '"')), '"'), nil
}

// UnmarshalJSON reads "YYYY-MM-DD" (or null, the zero Date).
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("a date must be a string in the form YYYY-MM-DD")
	}
	v, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MarshalText and UnmarshalText let a Date be a map key or a flag value.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads "YYYY-MM-DD".
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}
