package cli

import (
	"cmp"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/ical"
)

// hoursFlag is --hours, which takes an optional number: "--hours=48" is a
// period of 48 hours, and "--hours" alone makes --days count hours. It
// tells pflag it is a bool so that the bare form parses and the help shows
// "--hours N" rather than a placeholder value.
type hoursFlag struct {
	bare bool
	raw  string
}

func (h *hoursFlag) String() string { return h.raw }
func (h *hoursFlag) Type() string   { return "bool" }
func (h *hoursFlag) Set(v string) error {
	if v == "true" {
		h.bare = true
		return nil
	}
	h.raw = v
	return nil
}

type deadlineFlags struct {
	from, court, tz, title          string
	hours                           hoursFlag
	days                            int
	mail, before, filing, json, ics bool
}

func newDeadline(env Env) *cobra.Command {
	var f deadlineFlags
	cmd := &cobra.Command{
		Use:   "deadline --from DATE --days N",
		Short: "Compute when a period ends under Fed. R. Civ. P. 6, and explain why",
		Long: `Compute the last day of a period stated in a court order or rule, under
Fed. R. Civ. P. 6(a) on the court's calendar, with every step explained.

The day of the trigger is excluded, every day is counted, and a last day
that is a Saturday, Sunday or legal holiday moves to the next day that is
none of these. Legal holidays are the federal ones (5 U.S.C. § 6103(a) and
their observed days), days the President closed the government, and for
periods counted forward the holidays of the state where the court sits.

writ gives three dates. The court's reading (due) counts the state's
judicial holidays. Counting federal holidays only (due_federal_only) gives
the earliest date: schedule your own duties by it. The latest reading
(due_latest) also counts the days the state declares holidays that its
courts do not keep (Rule 6(a)(6)(C) may or may not take them in): judge
whether others acted in time by it.

A day the clerk's office was inaccessible (a closure in a court's calendar
file) extends only a filing with the court, such as a motion to quash:
say so with --filing (Fed. R. Civ. P. 6(a)(3)).

The last day ends at midnight in the court's time zone (Fed. R. Civ. P.
6(a)(4)(A)); --tz reads the time in --from and shows the end in another
zone, the person's own.`,
		Example: `  writ deadline --from 2022-10-20 --days 10
  writ deadline --from 2022-10-21 --days 21 --json
  writ deadline --from 2026-08-06 --days 30 --mail
  writ deadline --from 2026-03-20 --days 14 --before
  writ deadline --from 2026-11-25T16:00 --hours 48
  writ deadline --from 2022-10-21 --days 21 --filing --court cand-2022.json
  writ deadline --from 2022-10-20 --days 10 --tz Asia/Tokyo
  writ deadline --from 2022-10-20 --days 10 --ics --title "Notify account holders" > notice.ics`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDeadline(env, cmd, &f, args)
		},
	}
	fl := cmd.Flags()
	fl.SortFlags = false
	fl.StringVar(&f.from, "from", "", "the day of the event that triggers the period (YYYY-MM-DD), or its time for a period in hours (YYYY-MM-DDTHH:MM, court time)")
	fl.IntVar(&f.days, "days", 0, "the length of the period in days")
	fl.Var(&f.hours, "hours", "the length of the period in hours, as --hours `N` (Fed. R. Civ. P. 6(a)(2)); --hours alone makes --days count hours")
	fl.Lookup("hours").NoOptDefVal = "true"
	fl.StringVar(&f.court, "court", "", "the court's calendar: cand (N.D. Cal., the default), us (federal holidays only), or a calendar file; WRIT_COURT sets the default")
	fl.BoolVar(&f.mail, "mail", false, "service was made by mail: add 3 days under Fed. R. Civ. P. 6(d)")
	fl.BoolVar(&f.before, "before", false, "the period is counted backward from the event (\"14 days before the hearing\"), Fed. R. Civ. P. 6(a)(5)")
	fl.BoolVar(&f.filing, "filing", false, "the period is for a filing with the court (a motion): a day the clerk's office was inaccessible extends it, Fed. R. Civ. P. 6(a)(3)")
	fl.StringVar(&f.tz, "tz", "", "an IANA time zone (Asia/Tokyo) to read a time in --from in and to show the end in; the period still ends at midnight in the court's zone")
	fl.BoolVar(&f.json, "json", false, "print one JSON object")
	fl.BoolVar(&f.ics, "ics", false, "print the deadline as an iCalendar event (RFC 5545) to import into a calendar program")
	fl.StringVar(&f.title, "title", "", "the event's title with --ics (default: a description of the period)")
	return cmd
}

func runDeadline(env Env, cmd *cobra.Command, f *deadlineFlags, args []string) error {
	if f.json && f.ics {
		return errors.New("--json and --ics: choose one output")
	}
	// --tz is the reader's zone, never the court's: Fed. R. Civ. P.
	// 6(a)(4)(A) ends the last day at midnight in the court's time zone.
	cal, err := loadCourt(env, f.court, "")
	if err != nil {
		return err
	}
	tz, err := readerZone(f.tz)
	if err != nil {
		return err
	}
	in := cal.Location
	if tz != nil {
		in = tz
	}
	p, err := periodFromFlags(cmd, f, args, in, cal.Location)
	if err != nil {
		return err
	}
	d, err := cal.Compute(p)
	if err != nil {
		var in *courttime.InputError
		if errors.As(err, &in) {
			return flagError(flagFor(in.Field, p), errors.New(in.Problem))
		}
		return failure{err}
	}
	out := env.Stdout
	switch {
	case f.json:
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(deadlineJSON(d, tz))
	case f.ics:
		return writeICS(out, env.Now(), cal, d, f.title)
	}
	return printDeadline(out, cal, d, tz)
}

// readerZone reads --tz: the zone of the person reading, or nil.
func readerZone(tz string) (*time.Location, error) {
	if tz == "" {
		return nil, nil
	}
	loc, err := time.LoadLocation(tz)
	if err != nil || strings.HasPrefix(tz, "/") {
		return nil, flagError("tz", fmt.Errorf("%q is not an IANA time zone (for example America/Los_Angeles or Asia/Tokyo)", tz))
	}
	return loc, nil
}

// deadlineOut is a deadline as `writ deadline --json` prints it: the
// computed deadline and, with --tz, the instants it ends in that zone.
type deadlineOut struct {
	courttime.Deadline
	TZ                string `json:"tz,omitempty"`
	ExpiresAtTZ       string `json:"expires_at_tz,omitempty"`
	ExpiresLatestAtTZ string `json:"expires_latest_at_tz,omitempty"`
}

func deadlineJSON(d courttime.Deadline, tz *time.Location) deadlineOut {
	out := deadlineOut{Deadline: d}
	if tz != nil {
		out.TZ = tz.String()
		out.ExpiresAtTZ = d.ExpiresAt.In(tz).Format(time.RFC3339)
		out.ExpiresLatestAtTZ = d.ExpiresLatestAt.In(tz).Format(time.RFC3339)
	}
	return out
}

// flagFor maps a field of courttime.Period to the flag that set it.
func flagFor(field string, p courttime.Period) string {
	switch field {
	case "trigger":
		return "from"
	case "days":
		if p.Hours > 0 {
			return "hours"
		}
	}
	return field
}

// periodFromFlags reads the period from the flags, checking each value and
// naming the flag when one is wrong.
// Times in --from are read in loc; a period in days counts from the day the
// instant falls on in the court's zone.
func periodFromFlags(cmd *cobra.Command, f *deadlineFlags, args []string, loc, court *time.Location) (courttime.Period, error) {
	var p courttime.Period
	raw := f.hours.raw
	if f.hours.bare && len(args) == 1 {
		// "--hours 48": the flag takes an optional value, so the number
		// arrives as an argument.
		raw, args = args[0], nil
	}
	hours := 0
	switch {
	case raw != "":
		n, err := strconv.Atoi(raw)
		if err != nil {
			return p, flagError("hours", fmt.Errorf("%q is not a whole number of hours", raw))
		}
		if n < 1 {
			return p, flagError("hours", fmt.Errorf("must be a whole number of hours from 1, not %d", n))
		}
		hours = n
	case f.hours.bare:
		if !cmd.Flags().Changed("days") {
			return p, errors.New("--hours: give the number of hours, as --hours 48 (or --days 48 --hours)")
		}
		hours, f.days = f.days, 0
	}
	if len(args) > 0 {
		return p, fmt.Errorf("unexpected argument %q (the flags are --from, --days, --hours, --court, --mail, --before)", args[0])
	}
	if f.from == "" {
		return p, errors.New("--from is required: the day of the event the period runs from, as YYYY-MM-DD")
	}
	if hours == 0 && !cmd.Flags().Changed("days") {
		return p, errors.New("--days is required: the length of the period (or --hours for a period in hours)")
	}
	if hours == 0 && f.days == 0 {
		return p, flagError("days", errors.New("must be a whole number of days from 1, not 0"))
	}
	p.Days, p.Hours, p.Mail, p.Before, p.Filing = f.days, hours, f.mail, f.before, f.filing
	if hours > 0 {
		at, err := parseInstant(f.from, loc)
		if err != nil {
			return p, flagError("from", err)
		}
		p.TriggerAt = at
		return p, nil
	}
	day, err := parseDay(f.from, loc, court)
	if err != nil {
		return p, flagError("from", err)
	}
	p.Trigger = day
	return p, nil
}

// parseDay reads a day (the court's day as written), or an instant read in
// loc, of which it takes the day in the court's zone.
func parseDay(s string, loc, court *time.Location) (courttime.Date, error) {
	if !strings.ContainsAny(s, "T ") {
		return courttime.ParseDate(s)
	}
	at, err := parseInstant(s, loc)
	if err != nil {
		return courttime.Date{}, err
	}
	return courttime.DateOf(at.In(court)), nil
}

// parseInstant reads a time of day on a date: in court time
// (2022-10-20T14:30), or with its own offset (RFC 3339).
func parseInstant(s string, loc *time.Location) (time.Time, error) {
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	datePart, clock, ok := strings.Cut(strings.Replace(s, " ", "T", 1), "T")
	if !ok {
		return time.Time{}, fmt.Errorf("%q has no time of day: a period in hours runs from an instant, as 2022-10-20T14:30 (court time) or 2022-10-20T14:30:00Z", s)
	}
	day, err := courttime.ParseDate(datePart)
	if err != nil {
		return time.Time{}, err
	}
	for _, layout := range []string{"15:04", "15:04:05"} {
		if c, err := time.Parse(layout, clock); err == nil {
			return time.Date(day.Year, day.Month, day.Day, c.Hour(), c.Minute(), c.Second(), 0, loc), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a time of day: write HH:MM on the 24-hour clock, as 2022-10-20T14:30", clock)
}

func printDeadline(w io.Writer, cal *courttime.Calendar, d courttime.Deadline, tz *time.Location) error {
	ends := fmt.Sprintf("at midnight ending that day, %s (%s)", cal.TimeZone, d.ExpiresAt.Format(time.RFC3339))
	if d.Hours > 0 {
		ends = fmt.Sprintf("at %s (%s)", d.ExpiresAt.In(cal.Location).Format("15:04 MST"), d.ExpiresAt.Format(time.RFC3339))
	}
	fmt.Fprintf(w, "Due %s, %s\n", d.Due.Long(), ends)
	if tz != nil {
		const long = "Monday 2006-01-02 15:04 MST"
		fmt.Fprintf(w, "  that is %s in %s", d.ExpiresAt.In(tz).Format(long), tz)
		if d.DueLatest != d.Due {
			fmt.Fprintf(w, "; the latest reading ends %s", d.ExpiresLatestAt.In(tz).Format(long))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w)
	state := cmp.Or(cal.State, "the state")
	courts := state + "'s judicial holidays count"
	if cal.State == "" {
		courts = "the court's calendar"
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "  court's reading (due):\t%s\t%s\n", d.Due.Long(), courts)
	fmt.Fprintf(tw, "  federal holidays only (due_federal_only):\t%s\tthe earliest: schedule your own duties by it\n", d.DueFederalOnly.Long())
	fmt.Fprintf(tw, "  latest reading (due_latest):\t%s\talso %s's other declared holidays: judge others' timeliness by it\n", d.DueLatest.Long(), state)
	fmt.Fprintf(tw, "  plain calendar count:\t%s\n", d.CalendarDue.Long())
	fmt.Fprintf(tw, "  rule:\t%s\n", d.Rule)
	fmt.Fprintf(tw, "  court calendar:\t%s (%s)\n", cal.ID, cal.Name)
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nHow:")
	for i, s := range d.Steps {
		fmt.Fprintf(w, "  %d. %s\n", i+1, s)
	}
	return nil
}

// describe says what the period is, in a line: "10 days after 2022-10-20".
func describe(d courttime.Deadline) string {
	n := plural(d.Days, "day")
	from := d.Trigger.String()
	if d.Hours > 0 {
		n, from = plural(d.Hours, "hour"), d.TriggerAt.Format(time.RFC3339)
	}
	s := fmt.Sprintf("%s %s %s", n, d.Direction, from)
	if d.Mail {
		s += ", served by mail"
	}
	return s
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

func writeICS(w io.Writer, now time.Time, cal *courttime.Calendar, d courttime.Deadline, title string) error {
	if title == "" {
		title = "Deadline: " + describe(d)
	}
	var desc strings.Builder
	fmt.Fprintf(&desc, "%s. Due %s on the calendar of %s. %s.\n", describe(d), d.Due.Long(), cal.Name, d.Rule)
	for _, s := range d.Steps {
		desc.WriteString("\n" + s)
	}
	// The same period on the same calendar always gets the same UID, so
	// importing it again updates the event instead of adding a copy.
	sum := sha256.Sum256([]byte(strings.Join([]string{cal.ID, cal.TimeZone, describe(d), title}, "\x00")))
	return ical.Write(w, now, ical.Event{
		UID:         fmt.Sprintf("%x@writ", sum[:16]),
		Day:         d.Due,
		Summary:     title,
		Description: desc.String(),
		Reminders:   []int{3, 1},
	})
}
