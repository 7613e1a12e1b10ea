package order

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"time"

	"github.com/writ-project/writ/internal/courttime"
)

// Ref names a day the order does not state as a date.
type Ref string

const (
	// RefOrderDate is the day the order was entered.
	RefOrderDate Ref = "order_date"
	// RefResponseDate is the day the platform responds: "until the date
	// that you respond to this request". writ takes it as the day the
	// production is built.
	RefResponseDate Ref = "response_date"
)

// Bound is one end of a window: a date, a day named by reference, or a
// number of months before a date ("the three-month period immediately
// preceding September 8, 2022"). In JSON it is a string: "2022-06-08",
// "order_date", "response_date" or "3 months before 2022-09-08".
type Bound struct {
	Date         courttime.Date
	Ref          Ref
	MonthsBefore int
}

// String writes the bound in its JSON form.
func (b Bound) String() string {
	switch {
	case b.Ref != "":
		return string(b.Ref)
	case b.MonthsBefore == 1:
		return "1 month before " + b.Date.String()
	case b.MonthsBefore > 1:
		return fmt.Sprintf("%d months before %s", b.MonthsBefore, b.Date)
	}
	return b.Date.String()
}

// monthsBeforeForm is "N months before DATE", N from 1 to 999 written
// without leading zeros, as the schema's pattern has it.
var monthsBeforeForm = regexp.MustCompile(`^([1-9][0-9]{0,2}) months? before (\S+)$`)

// ParseBound reads a bound from its JSON string form.
func ParseBound(s string) (Bound, error) {
	switch Ref(s) {
	case RefOrderDate, RefResponseDate:
		return Bound{Ref: Ref(s)}, nil
	}
	if m := monthsBeforeForm.FindStringSubmatch(s); m != nil {
		months, _ := strconv.Atoi(m[1])
		d, err := courttime.ParseDate(m[2])
		if err != nil {
			return Bound{}, err
		}
		return Bound{Date: d, MonthsBefore: months}, nil
	}
	d, err := courttime.ParseDate(s)
	if err != nil {
		return Bound{}, fmt.Errorf("%q is not a window bound: write a date (2022-06-08), order_date, response_date, or \"3 months before 2022-09-08\"", s)
	}
	return Bound{Date: d}, nil
}

// MarshalJSON writes the bound as a string.
func (b Bound) MarshalJSON() ([]byte, error) { return json.Marshal(b.String()) }

// UnmarshalJSON reads the bound from a string.
func (b *Bound) UnmarshalJSON(data []byte) error {
	var s string
	if err := json.Unmarshal(data, &s); err != nil {
		return fmt.Errorf("a window bound must be a string: a date, order_date, response_date or \"N months before DATE\"")
	}
	v, err := ParseBound(s)
	if err != nil {
		return err
	}
	*b = v
	return nil
}

// Resolve returns the day a bound stands for, given the order's date and
// the day the platform responds (zero while it has not).
//
// "N months before DATE" is the same day of the month N months earlier;
// when that month is shorter, its last day (three months before May 31 is
// February 28 or 29, not March 3).
func (b Bound) Resolve(orderDate, responseDate courttime.Date) (courttime.Date, bool) {
	switch {
	case b.Ref == RefOrderDate:
		return orderDate, !orderDate.IsZero()
	case b.Ref == RefResponseDate:
		return responseDate, !responseDate.IsZero()
	case b.MonthsBefore > 0:
		return monthsBefore(b.Date, b.MonthsBefore), true
	}
	return b.Date, !b.Date.IsZero()
}

func monthsBefore(d courttime.Date, n int) courttime.Date {
	y, m := d.Year, int(d.Month)-n
	for m < 1 {
		m += 12
		y--
	}
	// The day before the first of the next month is the month's last day.
	last := courttime.D(y, time.Month(m)+1, 1).AddDays(-1)
	return courttime.D(y, time.Month(m), min(d.Day, last.Day))
}
