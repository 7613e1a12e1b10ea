package courttime

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Kind says where a legal holiday comes from, because Fed. R. Civ. P. 6(a)(6)
// treats them differently: state holidays count only for periods measured
// forward from an event.
type Kind string

const (
	// Federal is a day of 5 U.S.C. § 6103(a) or the day set aside for
	// observing one — Fed. R. Civ. P. 6(a)(6)(A).
	Federal Kind = "federal"
	// ExecutiveOrder is a day the President closed the executive departments
	// — "any day declared a holiday by the President", Fed. R. Civ. P. 6(a)(6)(B).
	ExecutiveOrder Kind = "executive_order"
	// State is a holiday of the state where the court sits — Fed. R. Civ. P.
	// 6(a)(6)(C), for periods measured after an event only.
	State Kind = "state"
	// CourtClosure is a day the court itself was closed (a general order, or an
	// inaccessible clerk's office under Fed. R. Civ. P. 6(a)(3)).
	CourtClosure Kind = "court"
)

// Holiday is one legal holiday on one day.
type Holiday struct {
	Date Date   `json:"date"`
	Name string `json:"name"`
	Kind Kind   `json:"kind"`
	// Cite is the law or order that makes the day a holiday.
	Cite string `json:"cite,omitempty"`
	// ObservedFor is set when Date is the day set aside for observing a
	// holiday that falls on a weekend: it is the day the holiday stands for.
	ObservedFor Date `json:"observed_for,omitzero"`
	// ObservedOn is set on the statutory day of a holiday that falls on a
	// weekend and is observed on another day.
	ObservedOn Date `json:"observed_on,omitzero"`
	// ForwardOnly is true for days that count only when a period is measured
	// after an event (state holidays, Fed. R. Civ. P. 6(a)(6)(C)).
	ForwardOnly bool `json:"forward_only"`
}

// Observance says which weekday stands for a fixed-date holiday that falls
// on a weekend.
type Observance string

const (
	// NoObservance: a holiday on a weekend is not moved.
	NoObservance Observance = ""
	// NearestWeekday: Saturday is observed the Friday before, Sunday the
	// Monday after (5 U.S.C. § 6103(b); Exec. Order 11582). New Year's Day on
	// a Saturday is therefore observed on December 31 of the year before.
	NearestWeekday Observance = "nearest_weekday"
	// FollowingMonday: only Sunday moves, to the Monday after (the rule of
	// Cal. Gov. Code § 6700(b) for California's fixed-date holidays).
	FollowingMonday Observance = "following_monday"
)

// Rule is a recurring holiday as a statute states it. The When field is
// written in the statute's own words ("January 1", "third Monday in
// January", "last Monday in May", "day after fourth Thursday in November"),
// so the person who checks a calendar file reads the law, not code.
type Rule struct {
	Name     string     `json:"name"`
	When     string     `json:"when"`
	From     int        `json:"from,omitempty"`  // first year the holiday exists
	Until    int        `json:"until,omitempty"` // last year it exists (0: still in force)
	Observed Observance `json:"observed,omitempty"`
	Cite     string     `json:"cite,omitempty"`
	Note     string     `json:"note,omitempty"`
	// Counts is "both" or "forward"; empty takes the default of its kind.
	Counts string `json:"counts,omitempty"`

	when dayRule
}

// Closure is a single day on which the government or the court was closed.
type Closure struct {
	Date   Date   `json:"date"`
	Name   string `json:"name"`
	Cite   string `json:"cite,omitempty"`
	Counts string `json:"counts,omitempty"`
}

// dayRule finds the day of a holiday in a year.
type dayRule func(year int) Date

var ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}

func parseMonth(s string) (time.Month, bool) {
	for m := time.January; m <= time.December; m++ {
		if strings.EqualFold(s, m.String()) {
			return m, true
		}
	}
	return 0, false
}

func parseWeekday(s string) (time.Weekday, bool) {
	for w := time.Sunday; w <= time.Saturday; w++ {
		if strings.EqualFold(s, w.String()) {
			return w, true
		}
	}
	return 0, false
}

// parseWhen reads the words of a rule. It accepts exactly the forms that
// statutes use for holidays; anything else is an error naming the form
// expected, because a calendar file that silently drops a holiday would move
// deadlines.
func parseWhen(s string) (dayRule, error) {
	words := strings.Fields(strings.TrimPrefix(strings.TrimSpace(s), "the "))
	switch {
	case len(words) >= 3 && strings.EqualFold(words[0], "day") && strings.EqualFold(words[1], "after"):
		inner, err := parseWhen(strings.Join(words[2:], " "))
		if err != nil {
			return nil, err
		}
		return func(y int) Date { return inner(y).AddDays(1) }, nil
	case len(words) == 2:
		m, ok := parseMonth(words[0])
		day, err := strconv.Atoi(words[1])
		if !ok || err != nil || day < 1 || day > daysIn(2000, m) {
			break
		}
		return func(y int) Date { return D(y, m, day) }, nil
	case len(words) == 4 && (strings.EqualFold(words[2], "in") || strings.EqualFold(words[2], "of")):
		n, okN := ordinals[strings.ToLower(words[0])]
		w, okW := parseWeekday(words[1])
		m, okM := parseMonth(words[3])
		if !okN || !okW || !okM {
			break
		}
		return func(y int) Date { return nthWeekday(y, m, w, n) }, nil
	}
	return nil, fmt.Errorf("%q is not a holiday rule: write \"January 1\", \"third Monday in January\", \"last Monday in May\" or \"day after fourth Thursday in November\"", s)
}

// nthWeekday returns the n-th weekday w of month m (n = -1: the last one).
func nthWeekday(year int, m time.Month, w time.Weekday, n int) Date {
	if n < 0 {
		last := D(year, m, daysIn(year, m))
		return last.AddDays(-((int(last.Weekday()) - int(w) + 7) % 7))
	}
	first := D(year, m, 1)
	return first.AddDays((int(w)-int(first.Weekday())+7)%7 + 7*(n-1))
}

// inForce reports whether the rule applies in year.
func (r *Rule) inForce(year int) bool {
	return (r.From == 0 || year >= r.From) && (r.Until == 0 || year <= r.Until)
}

// observe returns the weekday that stands for a holiday on d, or d itself.
func (o Observance) observe(d Date) Date {
	switch {
	case o == NearestWeekday && d.Weekday() == time.Saturday:
		return d.AddDays(-1)
	case (o == NearestWeekday || o == FollowingMonday) && d.Weekday() == time.Sunday:
		return d.AddDays(1)
	}
	return d
}

// forwardOnly resolves a Counts setting against its kind's default.
func forwardOnly(counts string, kind Kind) (bool, error) {
	switch counts {
	case "":
		return kind == State, nil
	case "forward":
		return true, nil
	case "both":
		return false, nil
	}
	return false, fmt.Errorf("counts must be \"both\" or \"forward\", not %q", counts)
}
