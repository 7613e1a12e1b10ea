package courttime

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Kind says where a legal holiday comes from, because Fed. R. Civ. P. 6(a)
// treats them differently: state holidays count only for periods measured
// forward from an event, the days a state declares but its courts do not
// keep count only under the latest reading, and a day the clerk's office was
// inaccessible is no holiday at all but extends a filing.
type Kind string

const (
	// Federal is a day of 5 U.S.C. § 6103(a) or the day set aside for
	// observing one — Fed. R. Civ. P. 6(a)(6)(A).
	Federal Kind = "federal"
	// ExecutiveOrder is a day the President closed the executive departments
	// — "any day declared a holiday by the President", Fed. R. Civ. P. 6(a)(6)(B).
	ExecutiveOrder Kind = "executive_order"
	// State is a holiday of the state where the court sits that its own
	// courts keep (for California, a judicial holiday of Cal. Code Civ.
	// Proc. § 135) — Fed. R. Civ. P. 6(a)(6)(C), for periods measured after
	// an event only. It counts in the court's reading and the latest one.
	State Kind = "state"
	// StateDeclared is a day the state declares a holiday that its courts do
	// not keep (for California, a day of Cal. Gov. Code § 6700 that Code
	// Civ. Proc. § 135 excepts, such as Admission Day). Whether Fed. R. Civ.
	// P. 6(a)(6)(C) ("any other day declared a holiday by the state") takes
	// it in is unsettled, so it counts only under the latest reading
	// (due_latest), and only for periods measured after an event.
	StateDeclared Kind = "state_declared"
	// CourtClosure is a day the clerk's office was inaccessible (closed by
	// general order, the weather, an outage of electronic filing). It is not
	// a legal holiday: under Fed. R. Civ. P. 6(a)(3) it extends only a
	// filing with the court whose last day (or last hour) it is, to the
	// first accessible day that is not a Saturday, Sunday or legal holiday —
	// forward, even for a period counted backward. It moves no other period.
	// writ knows inaccessibility by whole days: a closure covers the last
	// hour of a period in hours that ends that day (6(a)(3)(B)).
	CourtClosure Kind = "court"
)

// Holiday is one legal holiday on one day.
type Holiday struct {
	Date Date   `json:"date"`
	Name string `json:"name"`
	Kind Kind   `json:"kind"`
	// Cite is the law or order that makes the day a holiday.
	Cite string `json:"cite,omitempty"`
	// Note says what is uncertain about the day, or how it was checked.
	Note string `json:"note,omitempty"`
	// ObservedFor is set when Date is the day set aside for observing a
	// holiday that falls on a weekend: it is the day the holiday stands for.
	ObservedFor Date `json:"observed_for,omitzero"`
	// ObservedBy cites the rule that sets the observed day aside, when the
	// calendar names it (Cal. Rules of Court, rule 1.11).
	ObservedBy string `json:"observed_by,omitempty"`
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
	// Monday after (5 U.S.C. § 6103(b) and Exec. Order 11582 for federal
	// holidays; Cal. Rules of Court, rule 1.11 for California's judicial
	// holidays). New Year's Day on a Saturday is therefore observed on
	// December 31 of the year before.
	NearestWeekday Observance = "nearest_weekday"
	// FollowingMonday: only Sunday moves, to the Monday after (Cal. Gov.
	// Code § 6701 for California's fixed-date holidays).
	FollowingMonday Observance = "following_monday"
	// NotMoved says in a file that a holiday on a weekend is not moved, where a
	// calendar's weekend_observance would otherwise move it.
	NotMoved Observance = "none"
)

// Rule is a recurring holiday as a statute states it. The When field is
// written in the statute's own words ("January 1", "third Monday in
// January", "last Monday in May", "day after fourth Thursday in November"),
// so the person who checks a calendar file reads the law, not code. A
// holiday whose day follows the moon (Lunar New Year) is listed day by day
// in Dates instead, for the years someone has checked.
type Rule struct {
	Name     string     `json:"name"`
	When     string     `json:"when,omitempty"`
	Dates    []Date     `json:"dates,omitempty"`
	From     int        `json:"from,omitempty"`  // first year the holiday exists
	Until    int        `json:"until,omitempty"` // last year it exists (0: still in force)
	Observed Observance `json:"observed,omitempty"`
	// Kind is "state" (the default in a court's file) or "state_declared";
	// in the federal file every rule is federal.
	Kind Kind   `json:"kind,omitempty"`
	Cite string `json:"cite,omitempty"`
	Note string `json:"note,omitempty"`
	// Counts is "both" or "forward"; empty takes the default of its kind.
	Counts string `json:"counts,omitempty"`

	when dayRule
}

// Closure is a single day: in the federal file a day the President closed
// the executive departments; in a court's file, unless Kind says otherwise,
// a day the clerk's office was inaccessible (Fed. R. Civ. P. 6(a)(3)).
type Closure struct {
	Date Date   `json:"date"`
	Name string `json:"name"`
	// Kind is "court" (the default in a court's file: the clerk's office
	// was inaccessible), "state" or "state_declared" (a one-off day the
	// state declared a holiday), or "executive_order" (a presidential
	// closure writ's own data does not have yet).
	Kind   Kind   `json:"kind,omitempty"`
	Cite   string `json:"cite,omitempty"`
	Note   string `json:"note,omitempty"`
	Counts string `json:"counts,omitempty"`
}

// WeekendObservance is how a state observes its holidays (kind state) that
// fall on a weekend, in the years it is in force. A calendar lists them in
// weekend_observance; a rule's own observed setting wins over them.
type WeekendObservance struct {
	Observed Observance `json:"observed"`
	From     int        `json:"from,omitempty"`
	Until    int        `json:"until,omitempty"`
	Cite     string     `json:"cite,omitempty"`
	Note     string     `json:"note,omitempty"`
}

func (w WeekendObservance) inForce(year int) bool {
	return (w.From == 0 || year >= w.From) && (w.Until == 0 || year <= w.Until)
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

// days returns the days of the rule in a year: the one its words give, or
// those of its list that fall in the year.
func (r *Rule) days(year int) []Date {
	if r.when != nil {
		return []Date{r.when(year)}
	}
	var out []Date
	for _, d := range r.Dates {
		if d.Year == year {
			out = append(out, d)
		}
	}
	return out
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

// forwardOnly resolves a Counts setting against its kind's default: the
// state's days count forward only (Fed. R. Civ. P. 6(a)(6)(C)).
func forwardOnly(counts string, kind Kind) (bool, error) {
	switch counts {
	case "":
		return kind == State || kind == StateDeclared, nil
	case "forward":
		return true, nil
	case "both":
		return false, nil
	}
	return false, fmt.Errorf("counts must be \"both\" or \"forward\", not %q", counts)
}
