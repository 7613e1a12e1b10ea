package courttime

import (
	"fmt"
	"strings"
	"time"
)

// Limits on a period. They are far beyond any period a court order sets and
// keep every computation inside the years whose holidays are known.
const (
	MaxDays  = 1830 // five years
	MaxHours = 24 * 366
)

// Rule citations used in results.
const (
	ruleDays     = "Fed. R. Civ. P. 6(a)(1)"
	ruleHours    = "Fed. R. Civ. P. 6(a)(2)"
	ruleBackward = "Fed. R. Civ. P. 6(a)(5)"
	ruleMail     = "Fed. R. Civ. P. 6(d)"
	ruleClerk    = "Fed. R. Civ. P. 6(a)(3)"
	mailDays     = 3
)

// Period is a period of time to compute, as a court order or rule states it.
type Period struct {
	// Trigger is the day of the event the period runs from (for periods in
	// days). Fed. R. Civ. P. 6(a)(1)(A) excludes it from the count.
	Trigger Date
	// TriggerAt is the instant of the event (for periods in hours, which
	// begin counting immediately, Fed. R. Civ. P. 6(a)(2)(A)).
	TriggerAt time.Time
	// Days or Hours: exactly one is set.
	Days  int
	Hours int
	// Before is set for a period measured before an event ("14 days before
	// the hearing"); Trigger is then that event.
	Before bool
	// Mail is set when the period runs from service made by mail (or another
	// means of Fed. R. Civ. P. 5(b)(2)(C), (D) or (F)): 3 days are added
	// under Fed. R. Civ. P. 6(d).
	Mail bool
	// Filing is set when the period is for a filing with the court (a motion
	// to quash): only then does a day the clerk's office was inaccessible
	// extend the last day, to the first accessible day that is not a
	// Saturday, Sunday or legal holiday — forward, even for a period counted
	// backward (Fed. R. Civ. P. 6(a)(3) and the 2009 Committee Note to
	// 6(a)(5)). Duties owed to or by the platform are no filings.
	Filing bool
}

// Deadline is a computed period: when it ends, and why.
type Deadline struct {
	Court    string `json:"court"`
	TimeZone string `json:"time_zone"`
	// Trigger is the day of the event the period runs from; TriggerAt the
	// instant, for periods in hours.
	Trigger   Date       `json:"trigger"`
	TriggerAt *time.Time `json:"trigger_at,omitempty"`
	Days      int        `json:"days,omitempty"`
	Hours     int        `json:"hours,omitempty"`
	Direction string     `json:"direction"` // "after" or "before"
	Mail      bool       `json:"mail"`
	// Filing says the period is for a filing with the court, which a day the
	// clerk's office was inaccessible extends (Fed. R. Civ. P. 6(a)(3)).
	Filing bool `json:"filing"`
	// Due is the legal due date: the last day of the period after every
	// roll the rules require.
	Due Date `json:"due"`
	// CalendarDue is the plain count: the day the period's number of days
	// (or hours) after the trigger, on a plain calendar, with no roll and
	// without the 3 days of Rule 6(d).
	CalendarDue Date `json:"calendar_due"`
	// ExpiresAt is the instant, in UTC, at which the period has run: the
	// midnight that ends Due in the court's time zone (Fed. R. Civ. P.
	// 6(a)(4)(A)), or for a period in hours the hour it ends.
	ExpiresAt time.Time `json:"expires_at"`
	// DueFederalOnly is the due date counting only federal holidays and
	// presidential closures, without the state's days or the court's
	// closures: the earliest date any reading gives. A platform schedules
	// its own duties by it.
	DueFederalOnly Date `json:"due_federal_only"`
	// DueLatest is the latest due date any reasonable reading allows: for a
	// period measured after an event it also counts the days the state
	// declares holidays that its courts do not keep (Fed. R. Civ. P.
	// 6(a)(6)(C): "any other day declared a holiday by the state" — no
	// controlling authority settles whether they count). For a period
	// measured before an event every holiday more moves the last day
	// earlier, and state days never count backward under any reading, so
	// the latest reading counts only the days all readings count: federal
	// days and presidential closures (6(a)(5), 6(a)(6)). A platform judges
	// whether others acted in time, and when the gate may open, by it.
	DueLatest Date `json:"due_latest"`
	// ExpiresLatestAt is the instant, in UTC, at which DueLatest ends: at
	// midnight in the court's time zone (Fed. R. Civ. P. 6(a)(4)(A)), or for
	// a period in hours the hour it ends.
	ExpiresLatestAt time.Time `json:"expires_latest_at"`
	// Rule cites the rules applied.
	Rule string `json:"rule"`
	// Steps explain the computation, one sentence each.
	Steps []string `json:"steps"`
}

// InputError is a problem with one field of a Period. Field names the
// field, so that a command line can name its flag and an API its parameter.
type InputError struct {
	Field   string
	Problem string
}

func (e *InputError) Error() string { return e.Field + ": " + e.Problem }

// Compute counts a period on the court's calendar under Fed. R. Civ. P. 6.
func (c *Calendar) Compute(p Period) (Deadline, error) {
	if err := c.validate(p); err != nil {
		return Deadline{}, err
	}
	d := c.computeDays
	if p.Hours > 0 {
		d = c.computeHours
	}
	r := d(p)
	// A period counted backward can end before the first year whose
	// holidays writ knows; its date would be a guess.
	if r.Due.Year < FirstYear {
		field := "days"
		if p.Hours > 0 {
			field = "hours"
		}
		return Deadline{}, &InputError{field, fmt.Sprintf("counted back from %s, the period would end on %s, before %d: writ does not know the holidays of those years", p.Trigger, r.Due, FirstYear)}
	}
	return r, nil
}

func (c *Calendar) validate(p Period) error {
	switch {
	case p.Days != 0 && p.Hours != 0:
		return &InputError{"hours", "give a period in days or in hours, not both"}
	case p.Days == 0 && p.Hours == 0:
		return &InputError{"days", "the period is missing: give a number of days (at least 1)"}
	case p.Days < 0 || p.Days > MaxDays:
		return &InputError{"days", fmt.Sprintf("must be a whole number of days from 1 to %d, not %d", MaxDays, p.Days)}
	case p.Mail && p.Before:
		return &InputError{"mail", "Fed. R. Civ. P. 6(d) adds 3 days only to a period that runs after service, not to one counted backward"}
	case p.Hours < 0 || p.Hours > MaxHours:
		return &InputError{"hours", fmt.Sprintf("must be a whole number of hours from 1 to %d, not %d", MaxHours, p.Hours)}
	}
	trigger := p.Trigger
	if p.Hours > 0 {
		if p.TriggerAt.IsZero() {
			return &InputError{"trigger", "a period in hours runs from an instant: give the time of the event as well as its day"}
		}
		trigger = DateOf(p.TriggerAt.In(c.Location))
	}
	if trigger.IsZero() {
		return &InputError{"trigger", "the day of the event the period runs from is missing"}
	}
	if trigger.Year < FirstYear || trigger.Year > LastYear {
		return &InputError{"trigger", fmt.Sprintf("%s is outside the years writ knows the holidays of (%d to %d)", trigger, FirstYear, LastYear)}
	}
	return nil
}

// closed is a day a roll passed over, and why.
type closed struct {
	day Date
	// why is "" in a quiet reading.
	why string
}

func whys(cs []closed) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.why
	}
	return out
}

// roll moves a last day that is a Saturday, Sunday or legal holiday to the
// next day that is none of those, counting forward or backward (Fed. R.
// Civ. P. 6(a)(1)(C), 6(a)(5)), and says why for each day passed over. A
// day the clerk's office was inaccessible is no legal holiday and does not
// stop here; extend deals with it.
func (c *Calendar) roll(d Date, s Scope) (Date, []closed) {
	s.Filing = false
	step := 1
	if s.Backward {
		step = -1
	}
	var why []closed
	for !c.IsCourtDay(d, s) {
		why = append(why, c.passedOver(d, s))
		d = d.AddDays(step)
	}
	return d, why
}

// extend applies Fed. R. Civ. P. 6(a)(3) to a filing: if the clerk's office
// is inaccessible on the last day, the time for filing is extended to the
// first accessible day that is not a Saturday, Sunday or legal holiday.
// That day lies after the last day even when the period is counted
// backward (2009 Committee Note to Rule 6(a)(5)); which days are legal
// holidays still depends on how the period is measured (6(a)(6)(C)).
func (c *Calendar) extend(d Date, s Scope) (Date, []closed) {
	if !s.Filing {
		return d, nil
	}
	if _, ok := c.inaccessible(d); !ok {
		return d, nil
	}
	var why []closed
	for !c.IsCourtDay(d, s) {
		why = append(why, c.passedOver(d, s))
		d = d.AddDays(1)
	}
	return d, why
}

// passedOver is a day d passed over, with why unless s is quiet.
func (c *Calendar) passedOver(d Date, s Scope) closed {
	if s.quiet {
		return closed{day: d}
	}
	return closed{d, c.whyClosed(d, s)}
}

// whyClosed says in words why d is not a day on which a period may end.
func (c *Calendar) whyClosed(d Date, s Scope) string {
	if d.IsWeekend() {
		return fmt.Sprintf("%s is a %s", d, d.Weekday())
	}
	h, _ := c.HolidayOn(d, s)
	what := h.Name
	if h.Cite != "" {
		what += ", " + h.Cite
	}
	if !h.ObservedFor.IsZero() {
		what += fmt.Sprintf("; observed for %s", h.ObservedFor.Long())
		if h.ObservedBy != "" {
			what += " under " + h.ObservedBy
		}
	}
	state := cmpOr(c.State, "the state")
	switch h.Kind {
	case Federal:
		return fmt.Sprintf("%s is a legal holiday (%s) — Fed. R. Civ. P. 6(a)(6)(A)", d, what)
	case ExecutiveOrder:
		return fmt.Sprintf("%s is a legal holiday: the President closed the executive departments (%s) — Fed. R. Civ. P. 6(a)(6)(B)", d, what)
	case State:
		return fmt.Sprintf("%s is a legal holiday of %s (%s), which counts for a period measured after an event — Fed. R. Civ. P. 6(a)(6)(C)", d, state, what)
	case StateDeclared:
		return fmt.Sprintf("%s is a day %s declares a holiday but its courts do not keep (%s) — Fed. R. Civ. P. 6(a)(6)(C), latest reading only", d, state, what)
	default:
		return fmt.Sprintf("%s: the clerk's office was inaccessible (%s), so nothing could be filed — Fed. R. Civ. P. 6(a)(3)", d, what)
	}
}

// rolled turns the days passed over by a roll into one sentence. For a
// period in hours the period ends at the same time on the day found.
func rolled(last, due Date, why []string, backward, hours bool) string {
	rule, ends := "6(a)(1)(C)", "so it is the last day"
	if hours {
		rule, ends = "6(a)(2)(C)", "so the period ends then"
	}
	switch {
	case len(why) == 0:
		return fmt.Sprintf("%s is not a Saturday, Sunday or legal holiday, %s — Fed. R. Civ. P. %s.", last.Long(), ends, rule)
	case backward && hours:
		return fmt.Sprintf("%s; counting backward, the period runs until the same time on the previous day that is none of these, %s — Fed. R. Civ. P. %s, 6(a)(5).", strings.Join(why, "; "), due.Long(), rule)
	case backward:
		return fmt.Sprintf("%s; counting backward, the period ends on the previous day that is none of these, %s — Fed. R. Civ. P. %s, 6(a)(5).", strings.Join(why, "; "), due.Long(), rule)
	case hours:
		return fmt.Sprintf("%s; the period runs until the same time on %s — Fed. R. Civ. P. %s.", strings.Join(why, "; "), due.Long(), rule)
	}
	return fmt.Sprintf("%s; the period continues to %s — Fed. R. Civ. P. %s.", strings.Join(why, "; "), due.Long(), rule)
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// settle takes the last day of a plain count to the due date: the roll past
// weekends and holidays and, for a filing, the extension past a day the
// clerk's office was inaccessible (Fed. R. Civ. P. 6(a)(3)); then for
// service by mail the 3 added days of Fed. R. Civ. P. 6(d), which run "after
// the period would otherwise expire under Rule 6(a)", and the same again.
// It returns the due date, the steps and every day passed over.
func (c *Calendar) settle(last Date, p Period, s Scope) (Date, []string, []closed) {
	hours := p.Hours > 0
	due, why := c.roll(last, s)
	var steps []string
	if !s.quiet {
		steps = []string{rolled(last, due, whys(why), s.Backward, hours)}
	}
	due, more, why := c.extended(due, s, hours, why)
	steps = append(steps, more...)
	if p.Mail {
		added := due.AddDays(mailDays)
		if !s.quiet {
			steps = append(steps, fmt.Sprintf("Service was made by mail, so 3 days are added after the period would otherwise expire: %s + 3 days = %s — Fed. R. Civ. P. 6(d).", due, added.Long()))
		}
		var again []closed
		due, again = c.roll(added, s)
		if !s.quiet {
			steps = append(steps, rolled(added, due, whys(again), false, hours))
		}
		due, more, why = c.extended(due, s, hours, append(why, again...))
		steps = append(steps, more...)
	}
	return due, steps, why
}

// extended applies extend to a last day and says so.
func (c *Calendar) extended(last Date, s Scope, hours bool, why []closed) (Date, []string, []closed) {
	due, ext := c.extend(last, s)
	if len(ext) == 0 {
		return last, nil, why
	}
	if s.quiet {
		return due, nil, append(why, ext...)
	}
	rule, when := "6(a)(3)(A)", "the time for filing is extended to"
	if hours {
		rule, when = "6(a)(3)(B)", "the time for filing is extended to the same time on"
	}
	dir := ""
	if s.Backward {
		dir = " (forward, although the period is counted backward: 2009 Committee Note to Rule 6(a)(5))"
	}
	return due, []string{fmt.Sprintf("%s; %s the first accessible day that is not a Saturday, Sunday or legal holiday, %s%s — Fed. R. Civ. P. %s.",
		strings.Join(whys(ext), "; "), when, due.Long(), dir, rule)}, append(why, ext...)
}

// readings are the scopes of the three dates a deadline gives.
func readings(p Period) (court, federal, latest Scope) {
	court = Scope{Backward: p.Before, Filing: p.Filing}
	// The federal-only date leaves out the court's own closures as well as
	// the state's days: it is the earliest date, to schedule one's own
	// duties by.
	federal = Scope{Backward: p.Before, FederalOnly: true, quiet: true}
	latest = Scope{Backward: p.Before, Latest: true, Filing: p.Filing, quiet: true}
	return court, federal, latest
}

// latestStep explains the latest date where it differs from the court's,
// naming every day its count passed over.
func (c *Calendar) latestStep(due, latest Date, passed []closed) string {
	return fmt.Sprintf("The latest reading also counts the days %s declares holidays but its courts do not keep, as \"any other day declared a holiday by the state\" (Fed. R. Civ. P. 6(a)(6)(C)): %s; the last day would be %s instead of %s. Judge whether others acted in time, and when the gate may open, by this date (due_latest).",
		cmpOr(c.State, "the state"), strings.Join(whys(passed), "; "), latest.Long(), due.Long())
}

// inaccessibleStep says so when the clerk's office was inaccessible on the
// last day of a period that is no filing, so that a reader does not wonder
// why the day did not move it.
func (c *Calendar) inaccessibleStep(p Period, due Date) []string {
	h, ok := c.inaccessible(due)
	if p.Filing || !ok {
		return nil
	}
	what := h.Name
	if h.Cite != "" {
		what += ", " + h.Cite
	}
	return []string{fmt.Sprintf("The clerk's office was inaccessible on %s (%s); that extends only a filing with the court (Fed. R. Civ. P. 6(a)(3)), which this period is not, so the day stands.", due.Long(), what)}
}

// countDays is the whole computation for a period in days, in one scope; it
// returns the due date, the plain count, the steps and the days passed over.
func (c *Calendar) countDays(p Period, s Scope) (due, plain Date, steps []string, passed []closed) {
	sign := 1
	if p.Before {
		sign = -1
	}
	last := p.Trigger.AddDays(sign * p.Days)
	if s.quiet {
		due, _, passed := c.settle(last, p, s)
		return due, last, nil, passed
	}
	if p.Before {
		steps = append(steps,
			fmt.Sprintf("The event is on %s; that day is excluded and the count runs backward from it — Fed. R. Civ. P. 6(a)(1)(A), 6(a)(5).", p.Trigger.Long()),
			fmt.Sprintf("Counting %s back, every day including Saturdays, Sundays and legal holidays, the last day is %s — Fed. R. Civ. P. 6(a)(1)(B).", plural(p.Days, "day"), last.Long()))
	} else {
		steps = append(steps,
			fmt.Sprintf("The trigger is %s; that day is excluded — Fed. R. Civ. P. 6(a)(1)(A).", p.Trigger.Long()),
			fmt.Sprintf("Counting %s, every day including Saturdays, Sundays and legal holidays, the last day is %s — Fed. R. Civ. P. 6(a)(1)(B).", plural(p.Days, "day"), last.Long()))
	}
	due, more, passed := c.settle(last, p, s)
	return due, last, append(steps, more...), passed
}

func (c *Calendar) computeDays(p Period) Deadline {
	court, federal, latest := readings(p)
	due, plain, steps, _ := c.countDays(p, court)
	fedDue, _, _, _ := c.countDays(p, federal)
	latestDue, _, _, passed := c.countDays(p, latest)
	if latestDue != due {
		// Its step names every day the latest reading passed over.
		latest.quiet = false
		_, _, _, passed = c.countDays(p, latest)
	}
	d := c.result(p)
	d.Due, d.CalendarDue, d.DueFederalOnly, d.DueLatest = due, plain, fedDue, latestDue
	d.ExpiresAt = due.End(c.Location).UTC()
	d.ExpiresLatestAt = latestDue.End(c.Location).UTC()
	d.Steps = append(steps, c.inaccessibleStep(p, due)...)
	d.Steps = append(d.Steps, fmt.Sprintf("The last day ends at midnight in the court's time zone (%s), the instant %s — Fed. R. Civ. P. 6(a)(4)(A).",
		c.TimeZone, d.ExpiresAt.Format(time.RFC3339)))
	if fedDue != due {
		d.Steps = append(d.Steps, fmt.Sprintf("Counting federal legal holidays only, without %s's or the court's own, the last day would be %s.", cmpOr(c.State, "the state"), fedDue.Long()))
	}
	if latestDue != due {
		d.Steps = append(d.Steps, c.latestStep(due, latestDue, passed))
	}
	return d
}

// result fills in what every deadline carries about its period.
func (c *Calendar) result(p Period) Deadline {
	d := Deadline{Court: c.ID, TimeZone: c.TimeZone, Trigger: p.Trigger, Days: p.Days, Hours: p.Hours, Direction: "after", Mail: p.Mail, Filing: p.Filing}
	rules := []string{ruleDays}
	if p.Hours > 0 {
		rules = []string{ruleHours}
	}
	if p.Before {
		d.Direction = "before"
		rules = append(rules, ruleBackward)
	}
	if p.Mail {
		rules = append(rules, ruleMail)
	}
	if p.Filing {
		rules = append(rules, ruleClerk)
	}
	d.Rule = strings.Join(rules, "; ")
	return d
}

// countHours computes a period in hours in one scope: it ends the given
// number of hours after the event, and if that falls on a Saturday, Sunday
// or legal holiday, at the same time on the next day that is not one (Fed.
// R. Civ. P. 6(a)(2)(C)); for a filing, a day the clerk's office was
// inaccessible moves it to the same time on the first accessible day
// (6(a)(3)(B)).
func (c *Calendar) countHours(p Period, s Scope) (end time.Time, plain, due Date, steps []string, passed []closed) {
	sign := 1
	if p.Before {
		sign = -1
	}
	at := p.TriggerAt.In(c.Location)
	end = at.Add(time.Duration(sign*p.Hours) * time.Hour)
	last := DateOf(end)
	if s.quiet {
		due, _, passed := c.settle(last, p, s)
		h, m, sec := end.Clock()
		return time.Date(due.Year, due.Month, due.Day, h, m, sec, 0, c.Location), last, due, nil, passed
	}
	steps = append(steps,
		fmt.Sprintf("The event is at %s; the count begins immediately — Fed. R. Civ. P. 6(a)(2)(A).", at.Format("Monday 2006-01-02 15:04 MST")),
		fmt.Sprintf("Counting %s, every hour including those of Saturdays, Sundays and legal holidays, the period would end at %s — Fed. R. Civ. P. 6(a)(2)(B).", plural(p.Hours, "hour"), end.Format("Monday 2006-01-02 15:04 MST")))
	due, more, passed := c.settle(last, p, s)
	h, m, sec := end.Clock()
	end = time.Date(due.Year, due.Month, due.Day, h, m, sec, 0, c.Location)
	return end, last, due, append(steps, more...), passed
}

func (c *Calendar) computeHours(p Period) Deadline {
	court, federal, latest := readings(p)
	end, plain, due, steps, _ := c.countHours(p, court)
	_, _, fedDue, _, _ := c.countHours(p, federal)
	latestEnd, _, latestDue, _, passed := c.countHours(p, latest)
	if latestDue != due {
		// Its step names every day the latest reading passed over.
		latest.quiet = false
		_, _, _, _, passed = c.countHours(p, latest)
	}
	p.Trigger = DateOf(p.TriggerAt.In(c.Location))
	d := c.result(p)
	at := p.TriggerAt.UTC()
	d.TriggerAt = &at
	d.Due, d.CalendarDue, d.DueFederalOnly, d.DueLatest = due, plain, fedDue, latestDue
	d.ExpiresAt = end.UTC()
	d.ExpiresLatestAt = latestEnd.UTC()
	d.Steps = append(steps, c.inaccessibleStep(p, due)...)
	d.Steps = append(d.Steps, fmt.Sprintf("In UTC the period ends at %s.", d.ExpiresAt.Format(time.RFC3339)))
	if latestDue != due {
		d.Steps = append(d.Steps, c.latestStep(due, latestDue, passed))
	}
	return d
}
