package notice

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
)

// Input is what a notice is made from. It holds no clock and does no I/O:
// the shell gathers it (the case's events, the holder's time zone from the
// platform's records, the portal link with its token) and Prepare turns it
// into the facts the templates word.
type Input struct {
	// Events are the case's events; the order in force is taken from them.
	Events   []matter.Event
	Calendar *courttime.Calendar
	// Account is the target's label in the order.
	Account string
	// At is when the notice is given. The account holder's windows run
	// from its day in the court's time zone.
	At time.Time
	// HolderZone is the account holder's time zone, when the platform
	// knows it; nil when not (the notice then says so and gives the time
	// of the country of the foreign proceedings, when it keeps one zone,
	// and UTC).
	HolderZone *time.Location
	// PortalURL is the account holder's link into the portal (with its
	// token); "" when there is no portal (a preview).
	PortalURL string
	// PortalExpires is when the link stops working.
	PortalExpires time.Time
	// ReplyTo is where the account holder can write to the platform (the
	// notice's From address); "" leaves it out.
	ReplyTo string
}

// Facts are everything a notice says, ready for a template. The templates
// word them; nothing in them is worded for one language, except the
// order's own words (Text fields), which stay as the court wrote them.
type Facts struct {
	CaseNumber string
	Court      string
	Judge      string
	JudgeTitle string
	OrderDate  courttime.Date
	Statute    string
	Applicant  string
	// Provider is the platform the notice comes from.
	Provider string

	// Account is the target as the order names it.
	Account order.Target
	// Requests are what the subpoena seeks about the account, as the order
	// allows it.
	Requests []Request
	// Excluded are fields never produced (card numbers ...).
	Excluded []order.Field
	// Purposes are the only uses the applicant may make of what it gets.
	Purposes []string
	// ReleaseNeedsOrder: any other use or release needs the court's order.
	ReleaseNeedsOrder bool
	// Japanese is set when the foreign proceedings are in Japan.
	Japanese bool

	// NoticeDay is the day of the notice in the court's time zone.
	NoticeDay courttime.Date
	// Object and Quash are the account holder's two ways to contest, each
	// with its deadline; nil when the order grants no such right.
	Object *Deadline
	Quash  *Deadline
	// AdviseDays is how many days the platform has to tell the court of an
	// objection (0 when the order says nothing).
	AdviseDays int
	// HoldWhole: one contest holds back the whole subpoena, not only the
	// objector's account.
	HoldWhole bool
	// Hold: the order says the platform preserves but does not disclose
	// while anything is contested.
	Hold bool

	// CourtZone is the court's time zone; HolderZone the account holder's
	// (nil when unknown).
	CourtZone  *time.Location
	HolderZone *time.Location
	// Proceedings is the country of the foreign proceedings, when the
	// holder's zone is unknown and that country keeps one zone: the notice
	// then gives its times in that country's zone too, and says why.
	Proceedings *Country

	// Courthouse is what writ knows of the court: its name in Japanese,
	// where it sits and who helps people without a lawyer (nil when
	// nothing: the notice then invents nothing).
	Courthouse *Courthouse
	// Copy is the copy of the order the notice carries (the shell sets
	// it when it sends; CopyUnknown in a preview and in the portal).
	Copy Copy

	PortalURL     string
	PortalExpires time.Time
	ReplyTo       string
}

// Request is one document request as it reaches the account.
type Request struct {
	Number int
	// SufficientToShow: "documents sufficient to show", not "all
	// documents".
	SufficientToShow bool
	Categories       []order.Category
	// EverRegistered: every value ever registered, not only the current.
	EverRegistered bool
	Windows        []order.Window
}

// Deadline is the last day of one of the account holder's windows, with
// how it was counted.
type Deadline struct {
	// Act is the way to contest it closes: an objection in writing to the
	// platform, which must reach the platform, or a motion, which must be
	// filed with (received by) the court.
	Act  order.Act
	Days int
	// Opens is the notice's day; Plain the day the count of Days lands on;
	// Due the last day after the rolls of Fed. R. Civ. P. 6(a)(1)(C).
	Opens, Plain, Due courttime.Date
	// Skipped are the days between Plain and Due that could not be the
	// last day, each with why (a weekend or a legal holiday).
	Skipped []Skipped
	// Closes is the instant the window closes: midnight at the end of Due
	// in the court's time zone (Fed. R. Civ. P. 6(a)(4)(A)). It is what
	// the holder is told: the court's reading, never a later day.
	Closes time.Time
	// ClosesLatest is when the window closes on the latest reading of the
	// calendar, by which writ judges whether a contest came in time.
	ClosesLatest time.Time
	Rule         string
	// Steps is the computation in words (English, from courttime).
	Steps []string
	// Text is the condition in the order's words.
	Text string
	// CourtZone and HolderZone are the court's time zone and the account
	// holder's (nil when unknown), to state the deadline in both.
	CourtZone, HolderZone *time.Location
	// Proceedings is as in Facts: the country whose time is given when
	// the holder's is unknown.
	Proceedings *Country
}

// Skipped is a day a period could not end on.
type Skipped struct {
	Day courttime.Date
	// Holiday names the legal holiday, or the closure of the clerk's
	// office; "" for a Saturday or Sunday.
	Holiday string
	// Cite is the law or order that makes it one ("G.O. 99").
	Cite string
	// Kind says why the day does not count, as the templates word it: a
	// federal or presidential holiday, a holiday of the state where the
	// court sits (Fed. R. Civ. P. 6(a)(6)(C)), or a day the clerk's office
	// is inaccessible (courttime.CourtClosure), which only a filing with
	// the court skips (Fed. R. Civ. P. 6(a)(3)); "" for a weekend.
	Kind courttime.Kind
}

// Prepare gathers the facts of the notice to one account holder. It
// computes the windows with the case engine, as they will run from a
// notice given at in.At, so the dates it states are the dates writ will
// enforce.
func Prepare(in Input) (*Facts, error) {
	if in.Calendar == nil {
		return nil, fault.Errorf(fault.Internal, "notice: no court calendar")
	}
	if in.At.IsZero() {
		return nil, &fault.Error{Code: fault.Invalid, Field: "at", Message: "when the notice is given is missing"}
	}
	s := matter.Apply(in.Events, time.Time{})
	o := s.Order
	if o == nil {
		return nil, fault.Errorf(fault.Refused, "the case has no order")
	}
	target, ok := o.Target(in.Account)
	if !ok {
		var labels []string
		for _, t := range o.Targets {
			labels = append(labels, t.Label)
		}
		return nil, &fault.Error{Code: fault.Invalid, Field: "account",
			Message: fmt.Sprintf("%q is not a target of the order (targets: %s)", in.Account, strings.Join(labels, ", "))}
	}
	f := &Facts{
		CaseNumber: o.CaseNumber, Court: o.Court.Name, Judge: o.Judge, JudgeTitle: o.JudgeTitle, OrderDate: o.Date,
		Statute: o.Statute, Applicant: o.Applicant, Provider: o.Provider, Account: target, Excluded: o.ExcludedFields,
		Purposes: o.UseRestriction.Purposes, ReleaseNeedsOrder: o.UseRestriction.ReleaseRequiresCourtOrder,
		Japanese: JapaneseProceedings(o), CourtZone: in.Calendar.Location, HolderZone: in.HolderZone,
		PortalURL: in.PortalURL, PortalExpires: in.PortalExpires, ReplyTo: in.ReplyTo,
		NoticeDay: courttime.DateOf(in.At.In(in.Calendar.Location)),
	}
	if in.HolderZone == nil {
		f.Proceedings, _ = ProceedingsCountry(o)
	}
	f.Courthouse, _ = CourthouseOf(o)
	for _, r := range o.Requests {
		f.Requests = append(f.Requests, Request{Number: r.Number, SufficientToShow: r.Standard == order.SufficientToShow,
			Categories: r.Categories, EverRegistered: r.History == order.EverRegistered, Windows: r.Windows})
	}
	if c, ok := o.Condition(order.AdviseCourt); ok {
		f.AdviseDays = c.Days
	}
	if c, ok := o.Hold(); ok {
		f.Hold, f.HoldWhole = true, c.Scope != order.ObjectorAccounts
	}

	// The windows as they will run from this notice: the case as it
	// stands, with the notice added.
	events := append(append([]matter.Event(nil), in.Events...),
		matter.Event{Seq: 1 << 62, Type: matter.NoticeSent, At: in.At, Account: in.Account, Method: "email"})
	after := matter.Apply(events, time.Time{})
	windows, err := matter.Windows(after, in.Calendar, in.At)
	if err != nil {
		return nil, err
	}
	for _, w := range windows {
		if w.Account != in.Account || w.ClosesAt == nil {
			continue
		}
		c, _ := o.Condition(w.Kind)
		d := &Deadline{Act: w.Kind, Days: c.Days, Opens: w.Opens, Due: w.Closes, Closes: *w.ClosesAt, Rule: w.Rule, Steps: w.Steps, Text: c.Text,
			CourtZone: in.Calendar.Location, HolderZone: in.HolderZone, Proceedings: f.Proceedings}
		d.ClosesLatest = d.Closes
		if w.ClosesLatestAt != nil {
			d.ClosesLatest = *w.ClosesLatestAt
		}
		if c.Days > 0 {
			d.Plain = w.Opens.AddDays(c.Days)
			// The days are those of the window's own reading: a day the
			// clerk's office is inaccessible moves only a filing with the
			// court (Fed. R. Civ. P. 6(a)(3)), so it is named for a motion
			// and never for an objection to the platform.
			scope := courttime.Scope{Filing: w.Filing}
			for day := d.Plain; day.Before(d.Due); day = day.AddDays(1) {
				sk := Skipped{Day: day}
				if h, ok := in.Calendar.HolidayOn(day, scope); ok {
					sk.Holiday, sk.Cite, sk.Kind = h.Name, h.Cite, h.Kind
				}
				d.Skipped = append(d.Skipped, sk)
			}
		} else {
			d.Plain = d.Due
		}
		switch w.Kind {
		case order.ObjectInWriting:
			f.Object = d
		case order.MoveToQuash:
			f.Quash = d
		}
	}
	if f.Object == nil && f.Quash == nil {
		return nil, fault.Errorf(fault.Refused, "the order gives account holders no time to object or move the court, so there is no window to notify them of")
	}
	return f, nil
}

// Last returns the later of the two deadlines: the last moment the account
// holder can act at all.
func (f *Facts) Last() *Deadline {
	switch {
	case f.Object == nil:
		return f.Quash
	case f.Quash == nil || !f.Quash.Closes.After(f.Object.Closes):
		return f.Object
	}
	return f.Quash
}

// SameDeadline reports whether the two ways to contest close at the same
// moment, so that the notice states the deadline once.
func (f *Facts) SameDeadline() bool {
	return f.Object != nil && f.Quash != nil && f.Object.Closes.Equal(f.Quash.Closes)
}

// TokenLife is how long a portal link outlives the account holder's last
// deadline: long enough to come back and read the receipt, to tell the
// platform of a motion filed on the last day, or to object late and leave
// it to the court whether that counts.
const TokenLife = 30 * 24 * time.Hour

// TokenExpiry is when the portal link of a notice expires: the end of the
// holder's last window, on the latest reading of the calendar (by which
// writ judges a contest timely), plus TokenLife.
func (f *Facts) TokenExpiry() time.Time {
	var last time.Time
	for _, d := range []*Deadline{f.Object, f.Quash} {
		if d != nil && d.ClosesLatest.After(last) {
			last = d.ClosesLatest
		}
	}
	return last.Add(TokenLife)
}

// AlsoIn is the zone the notice gives its times in besides the court's:
// the holder's, else that of the country of the foreign proceedings, else
// UTC.
func (f *Facts) AlsoIn() *time.Location {
	switch {
	case f.HolderZone != nil:
		return f.HolderZone
	case f.Proceedings != nil:
		return f.Proceedings.Zone
	}
	return time.UTC
}

// japan finds Japan named as the place of the foreign proceedings.
var japan = regexp.MustCompile(`(?i)\bjapan(ese)?\b|日本`)

// JapaneseProceedings reports whether the order's foreign proceedings are
// in Japan: its proceedings_country, or, when the order does not give one,
// Japan named in the use restriction ("the anticipated civil action in
// Japan ...").
func JapaneseProceedings(o *order.Order) bool {
	if o.ProceedingsCountry != "" {
		return o.ProceedingsCountry == "JP"
	}
	for _, p := range append([]string{o.UseRestriction.Text}, o.UseRestriction.Purposes...) {
		if japan.MatchString(p) {
			return true
		}
	}
	return false
}
