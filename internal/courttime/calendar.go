package courttime

import (
	"bytes"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"time"
	_ "time/tzdata" // court time zones must resolve the same on every machine
)

//go:embed calendars/*.json
var embedded embed.FS

// DefaultCourt is the calendar used when none is named: the court of the seed
// order, the Northern District of California.
const DefaultCourt = "cand"

// The years for which holidays are computed: the triggers writ accepts
// (FirstYear..LastYear) plus room for the longest period and its rolls.
const (
	firstHolidayYear = FirstYear - 1
	lastHolidayYear  = LastYear + MaxDays/365 + 2
)

// Calendar is a court's calendar: its time zone and the days on which it
// counts as closed under Fed. R. Civ. P. 6(a). It is built from data (an
// embedded file per court, or a user's own file) and is safe for concurrent
// use once built.
type Calendar struct {
	ID          string
	Name        string
	Description string
	// State names the state whose holidays count forward, if any.
	State    string
	TimeZone string
	Location *time.Location

	days map[Date][]Holiday
}

// calendarFile is the JSON form of a calendar file.
type calendarFile struct {
	ID          string    `json:"id"`
	Name        string    `json:"name"`
	Description string    `json:"description,omitempty"`
	Extends     string    `json:"extends,omitempty"`
	TimeZone    string    `json:"time_zone"`
	State       string    `json:"state,omitempty"`
	Holidays    []Rule    `json:"holidays,omitempty"`
	Closures    []Closure `json:"closures,omitempty"`
	// WeekendObservance says how the state observes its holidays that fall
	// on a weekend, by years; a file that extends another inherits it.
	WeekendObservance []WeekendObservance `json:"weekend_observance,omitempty"`
}

// Courts lists the ids of the embedded court calendars.
func Courts() []string {
	entries, _ := fs.ReadDir(embedded, "calendars")
	var ids []string
	for _, e := range entries {
		id := strings.TrimSuffix(e.Name(), ".json")
		if id != "federal" {
			ids = append(ids, id)
		}
	}
	return ids
}

// ErrUnknownCourt is returned for a court id that has no embedded calendar.
var ErrUnknownCourt = errors.New("unknown court")

// Court returns the embedded calendar of the court with this id ("cand",
// "us", ...).
func Court(id string) (*Calendar, error) {
	if id == "federal" || !slices.Contains(Courts(), id) {
		return nil, fmt.Errorf("%w %q: the calendars writ knows are %s, or give the path of a calendar file",
			ErrUnknownCourt, id, strings.Join(Courts(), ", "))
	}
	b, err := embedded.ReadFile("calendars/" + id + ".json")
	if err != nil {
		return nil, err
	}
	return ParseCalendar(b)
}

// ParseCalendar builds a calendar from the JSON of a calendar file. The
// federal holidays and presidential closures are always included: Fed. R.
// Civ. P. 6(a)(6)(A) and (B) apply in every federal court. A file may name an
// embedded calendar in "extends" to add its own closures to that court's.
// Every problem found is reported, each with where it is in the file.
func ParseCalendar(data []byte) (*Calendar, error) {
	f, err := decodeCalendar(data)
	if err != nil {
		return nil, err
	}
	files := []*calendarFile{f}
	for base := f.Extends; base != ""; {
		if base == "federal" || len(files) > 8 {
			return nil, fmt.Errorf("calendar %q: extends: %q cannot be extended", f.ID, base)
		}
		b, err := embedded.ReadFile("calendars/" + base + ".json")
		if err != nil {
			return nil, fmt.Errorf("calendar %q: extends: %w %q (known: %s)", f.ID, ErrUnknownCourt, base, strings.Join(Courts(), ", "))
		}
		parent, err := decodeCalendar(b)
		if err != nil {
			return nil, err
		}
		files = append(files, parent)
		base = parent.Extends
	}
	fed, err := embedded.ReadFile("calendars/federal.json")
	if err != nil {
		return nil, err
	}
	federal, err := decodeCalendar(fed)
	if err != nil {
		return nil, err
	}

	c := &Calendar{ID: f.ID, Name: f.Name, Description: f.Description, days: map[Date][]Holiday{}}
	var weekend []WeekendObservance
	for _, file := range files {
		c.TimeZone = cmpOr(c.TimeZone, file.TimeZone)
		c.State = cmpOr(c.State, file.State)
		if weekend == nil {
			weekend = file.WeekendObservance
		}
	}
	var problems []string
	if c.ID == "" {
		problems = append(problems, "id: missing")
	}
	if c.Name == "" {
		problems = append(problems, "name: missing")
	}
	if c.TimeZone == "" {
		problems = append(problems, "time_zone: missing (an IANA zone such as America/Los_Angeles)")
	} else if c.Location, err = time.LoadLocation(c.TimeZone); err != nil {
		problems = append(problems, fmt.Sprintf("time_zone: %q is not an IANA time zone", c.TimeZone))
	}
	problems = append(problems, c.add(federal, true, federal.WeekendObservance)...)
	for _, file := range files {
		problems = append(problems, c.add(file, false, weekend)...)
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("calendar %q: %s", f.ID, strings.Join(problems, "; "))
	}
	for d := range c.days {
		slices.SortStableFunc(c.days[d], func(a, b Holiday) int { return kindRank(a.Kind) - kindRank(b.Kind) })
	}
	return c, nil
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func decodeCalendar(data []byte) (*calendarFile, error) {
	var f calendarFile
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("calendar file is not valid: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("calendar file is not valid: it holds more than one JSON value")
	}
	return &f, nil
}

// The kinds a court's own file may give its rules and its closures. The
// federal file's rules are all federal and its closures all presidential.
var (
	ruleKinds    = []Kind{State, StateDeclared}
	closureKinds = []Kind{CourtClosure, State, StateDeclared, ExecutiveOrder}
)

// add computes every day of a file's rules and closures over the supported
// years. In the federal file rules are Federal and closures ExecutiveOrder;
// in a court's file a rule is State and a closure CourtClosure unless its
// kind says otherwise. weekend is how the state observes its own holidays
// (kind State) that fall on a weekend, where a rule does not say.
func (c *Calendar) add(f *calendarFile, federal bool, weekend []WeekendObservance) []string {
	var problems []string
	for i, w := range f.WeekendObservance {
		if w.Observed != NearestWeekday && w.Observed != FollowingMonday && w.Observed != NotMoved {
			problems = append(problems, fmt.Sprintf("weekend_observance[%d].observed: %q is not one of nearest_weekday, following_monday, none", i, w.Observed))
		}
	}
	for i := range f.Holidays {
		r := &f.Holidays[i]
		at := fmt.Sprintf("holidays[%d]", i)
		kind, err := kindOf(r.Kind, federal, Federal, State, ruleKinds)
		if err != nil {
			problems = append(problems, at+".kind: "+err.Error())
		}
		switch {
		case r.When != "" && len(r.Dates) > 0:
			problems = append(problems, at+": give when or dates, not both")
			continue
		case r.When == "" && len(r.Dates) > 0:
			r.when = nil
		default:
			if r.when, err = parseWhen(r.When); err != nil {
				problems = append(problems, at+".when: "+err.Error())
				continue
			}
		}
		if r.Name == "" {
			problems = append(problems, at+".name: missing")
		}
		switch r.Observed {
		case NoObservance, NearestWeekday, FollowingMonday, NotMoved:
		default:
			problems = append(problems, fmt.Sprintf("%s.observed: %q is not one of nearest_weekday, following_monday, none", at, r.Observed))
		}
		fwd, err := forwardOnly(r.Counts, kind)
		if err != nil {
			problems = append(problems, at+".counts: "+err.Error())
		}
		for y := firstHolidayYear; y <= lastHolidayYear; y++ {
			if !r.inForce(y) {
				continue
			}
			obs, by := r.Observed, ""
			if obs == NoObservance && kind == State {
				// Cal. Rules of Court, rule 1.11 and the like: the state's
				// own rule for its holidays on a weekend, as in force that year.
				for _, w := range weekend {
					if w.inForce(y) {
						obs, by = w.Observed, w.Cite
						break
					}
				}
			}
			for _, day := range r.days(y) {
				h := Holiday{Date: day, Name: r.Name, Kind: kind, Cite: r.Cite, Note: r.Note, ForwardOnly: fwd}
				if o := obs.observe(day); o != day {
					h.ObservedOn = o
					c.days[o] = append(c.days[o], Holiday{Date: o, Name: r.Name, Kind: kind, Cite: r.Cite, Note: r.Note,
						ObservedFor: day, ObservedBy: by, ForwardOnly: fwd})
				}
				c.days[day] = append(c.days[day], h)
			}
		}
	}
	for i, cl := range f.Closures {
		at := fmt.Sprintf("closures[%d]", i)
		if cl.Date.IsZero() {
			problems = append(problems, at+".date: missing")
			continue
		}
		if cl.Name == "" {
			problems = append(problems, at+".name: missing")
		}
		kind, err := kindOf(cl.Kind, federal, ExecutiveOrder, CourtClosure, closureKinds)
		if err != nil {
			problems = append(problems, at+".kind: "+err.Error())
		}
		fwd := false
		if kind == CourtClosure && cl.Counts != "" {
			problems = append(problems, at+`.counts: a day the clerk's office was inaccessible is no holiday: it extends a filing whose last day it is, forward in either direction (Fed. R. Civ. P. 6(a)(3)); remove counts, or give a kind ("state", "state_declared", "executive_order")`)
		} else if fwd, err = forwardOnly(cl.Counts, kind); err != nil {
			problems = append(problems, at+".counts: "+err.Error())
		}
		c.days[cl.Date] = append(c.days[cl.Date], Holiday{Date: cl.Date, Name: cl.Name, Kind: kind, Cite: cl.Cite, Note: cl.Note, ForwardOnly: fwd})
	}
	return problems
}

// kindOf resolves the kind a file gives a rule or a closure: the federal
// file's entries are always of their federal kind; a court's file may
// choose among allowed.
func kindOf(k Kind, federal bool, federalKind, def Kind, allowed []Kind) (Kind, error) {
	if federal {
		return federalKind, nil
	}
	if k == "" {
		return def, nil
	}
	if !slices.Contains(allowed, k) {
		names := make([]string, len(allowed))
		for i, a := range allowed {
			names[i] = string(a)
		}
		return def, fmt.Errorf("%q is not one of %s", k, strings.Join(names, ", "))
	}
	return k, nil
}

func kindRank(k Kind) int {
	return slices.Index([]Kind{Federal, ExecutiveOrder, State, StateDeclared, CourtClosure}, k)
}

// Holidays returns every day of the calendar in a year, in date order: the
// statutory days, the days set aside for observing them (with the day each
// stands for), the state's days, the days it declares but its courts do not
// keep (kind state_declared), and the days the clerk's office was
// inaccessible (kind court). Kind says how each counts.
func (c *Calendar) Holidays(year int) []Holiday {
	var out []Holiday
	for d, hs := range c.days {
		if d.Year == year {
			out = append(out, hs...)
		}
	}
	slices.SortStableFunc(out, func(a, b Holiday) int {
		if a.Date != b.Date {
			return a.Date.t().Compare(b.Date.t())
		}
		return kindRank(a.Kind) - kindRank(b.Kind)
	})
	return out
}

// Scope selects which legal holidays count when deciding whether a day is
// one on which a period may end.
type Scope struct {
	// Backward is set for periods measured before an event: state holidays
	// do not count then (Fed. R. Civ. P. 6(a)(6)(C) is limited to periods
	// measured after an event).
	Backward bool
	// FederalOnly counts only the federal days and presidential closures,
	// leaving out the state's and the court's own: the earliest date any
	// federal court could compute.
	FederalOnly bool
	// Latest also counts the days the state declares holidays that its
	// courts do not keep (kind state_declared), for periods measured after
	// an event: the latest date any reasonable reading of Fed. R. Civ. P.
	// 6(a)(6)(C) allows. Counting backward, the latest reading counts only
	// the days every reading counts (federal days and presidential
	// closures), since each holiday more moves a backward period earlier.
	Latest bool
	// Filing also treats the days the clerk's office was inaccessible as
	// days on which nothing can be filed (Fed. R. Civ. P. 6(a)(3)). They are
	// no legal holidays: a period for anything but a filing ignores them.
	Filing bool

	// quiet counts for the dates only, without the words of the steps:
	// Compute shows the steps of the court's reading, and of the latest
	// reading only where its date differs, so the other readings are
	// counted quiet and their words never written.
	quiet bool
}

// counts reports whether h counts as a day closed under the scope.
func (h Holiday) counts(s Scope) bool {
	if s.Backward && h.ForwardOnly {
		return false
	}
	switch h.Kind {
	case Federal, ExecutiveOrder:
		// Fed. R. Civ. P. 6(a)(6)(A), (B): in every court, in every reading.
		return true
	case CourtClosure:
		return s.Filing && !s.FederalOnly
	case State:
		return !s.FederalOnly && !(s.Latest && s.Backward)
	case StateDeclared:
		return s.Latest && !s.FederalOnly && !s.Backward
	}
	return false
}

// HolidayOn returns the legal holiday that falls on d under the scope, if
// any (with Scope.Filing, also a day the clerk's office was inaccessible).
// When several fall on one day, the federal one is named first.
func (c *Calendar) HolidayOn(d Date, s Scope) (Holiday, bool) {
	for _, h := range c.days[d] {
		if !h.counts(s) {
			continue
		}
		if !h.ObservedOn.IsZero() {
			// The statutory day of a holiday observed on another day; the
			// observed day is the legal holiday (Fed. R. Civ. P. 6(a)(6)(A):
			// "the day set aside by statute for observing" it).
			continue
		}
		return h, true
	}
	return Holiday{}, false
}

// IsCourtDay reports whether d is not a Saturday, Sunday or legal holiday
// under the scope: a day on which a period may end (Fed. R. Civ. P.
// 6(a)(1)(C)). With Scope.Filing, a day the clerk's office was inaccessible
// is not one either.
func (c *Calendar) IsCourtDay(d Date, s Scope) bool {
	if d.IsWeekend() {
		return false
	}
	_, ok := c.HolidayOn(d, s)
	return !ok
}

// inaccessible returns the entry saying the clerk's office was inaccessible
// on d, if the calendar has one.
func (c *Calendar) inaccessible(d Date) (Holiday, bool) {
	for _, h := range c.days[d] {
		if h.Kind == CourtClosure {
			return h, true
		}
	}
	return Holiday{}, false
}
