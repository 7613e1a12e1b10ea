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
	for _, file := range files {
		c.TimeZone = cmpOr(c.TimeZone, file.TimeZone)
		c.State = cmpOr(c.State, file.State)
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
	problems = append(problems, c.add(federal, Federal, ExecutiveOrder)...)
	for _, file := range files {
		problems = append(problems, c.add(file, State, CourtClosure)...)
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

// add computes every day of a file's rules and closures over the supported
// years. Recurring rules get ruleKind, single days closureKind.
func (c *Calendar) add(f *calendarFile, ruleKind, closureKind Kind) []string {
	var problems []string
	for i := range f.Holidays {
		r := &f.Holidays[i]
		at := fmt.Sprintf("holidays[%d]", i)
		var err error
		if r.when, err = parseWhen(r.When); err != nil {
			problems = append(problems, at+".when: "+err.Error())
			continue
		}
		if r.Name == "" {
			problems = append(problems, at+".name: missing")
		}
		switch r.Observed {
		case NoObservance, NearestWeekday, FollowingMonday:
		default:
			problems = append(problems, fmt.Sprintf("%s.observed: %q is not one of nearest_weekday, following_monday", at, r.Observed))
		}
		fwd, err := forwardOnly(r.Counts, ruleKind)
		if err != nil {
			problems = append(problems, at+".counts: "+err.Error())
		}
		for y := firstHolidayYear; y <= lastHolidayYear; y++ {
			if !r.inForce(y) {
				continue
			}
			day := r.when(y)
			h := Holiday{Date: day, Name: r.Name, Kind: ruleKind, Cite: r.Cite, ForwardOnly: fwd}
			if obs := r.Observed.observe(day); obs != day {
				h.ObservedOn = obs
				c.days[obs] = append(c.days[obs], Holiday{Date: obs, Name: r.Name, Kind: ruleKind, Cite: r.Cite, ObservedFor: day, ForwardOnly: fwd})
			}
			c.days[day] = append(c.days[day], h)
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
		fwd, err := forwardOnly(cl.Counts, closureKind)
		if err != nil {
			problems = append(problems, at+".counts: "+err.Error())
		}
		c.days[cl.Date] = append(c.days[cl.Date], Holiday{Date: cl.Date, Name: cl.Name, Kind: closureKind, Cite: cl.Cite, ForwardOnly: fwd})
	}
	return problems
}

func kindRank(k Kind) int {
	return slices.Index([]Kind{Federal, ExecutiveOrder, CourtClosure, State}, k)
}

// Holidays returns every legal holiday of the calendar in a year, in date
// order: the statutory days, the days set aside for observing them (with the
// day each stands for), closures, and the state's days.
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
}

// HolidayOn returns the legal holiday that falls on d under the scope, if
// any. When several fall on one day, the federal one is named first.
func (c *Calendar) HolidayOn(d Date, s Scope) (Holiday, bool) {
	for _, h := range c.days[d] {
		if s.Backward && h.ForwardOnly {
			continue
		}
		if s.FederalOnly && h.Kind != Federal && h.Kind != ExecutiveOrder {
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
// 6(a)(1)(C)).
func (c *Calendar) IsCourtDay(d Date, s Scope) bool {
	if d.IsWeekend() {
		return false
	}
	_, ok := c.HolidayOn(d, s)
	return !ok
}
