package cases

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
)

// Input is an event as a person states it: the command line's flags of
// `writ case record`, the API's JSON body, a page's form. One decoder
// (Decode) turns every one of them into the case engine's event, with one
// set of defaults and one reading of a day or an instant, so that the
// three ways in cannot drift apart. Its JSON names are the API's contract.
type Input struct {
	Type      string   `json:"type" enum:"subpoena_served,target_resolved,preservation_started,notice_sent,notice_delivered,notice_failed,objection_received,objection_withdrawn,motion_filed,motion_withdrawn,court_advised,ruling,use_acknowledged,case_closed,correction" doc:"What happened. Builds, releases, downloads and voids of productions have their own routes, which check the package."`
	At        string   `json:"at,omitempty" maxLength:"40" doc:"When it happened: YYYY-MM-DD (the start of that day, court time), YYYY-MM-DDTHH:MM (court time) or RFC 3339. Acts done in writ (use_acknowledged) happen now and take no other time."`
	Account   string   `json:"account,omitempty" maxLength:"200" doc:"The account, by its label in the order."`
	AccountID string   `json:"account_id,omitempty" maxLength:"200"`
	Method    string   `json:"method,omitempty" enum:"personal,mail,email,electronic,agent," doc:"How the subpoena was served or the notice sent."`
	WithOrder *bool    `json:"with_order,omitempty" doc:"subpoena_served: the order was served with the subpoena."`
	Conforms  *bool    `json:"conforms,omitempty" doc:"subpoena_served: the subpoena's wording conforms to the order's modifications."`
	ID        string   `json:"id,omitempty" maxLength:"64" pattern:"^[A-Za-z0-9_-]*$" doc:"The id of the objection or motion this creates (default obj-N, mot-N)."`
	On        []string `json:"on,omitempty" maxItems:"50" doc:"The objections or motions this concerns."`
	Outcome   string   `json:"outcome,omitempty" enum:"overruled,sustained,granted,denied,granted_in_part,quashed,modified," doc:"ruling: an objection is overruled or sustained; a motion granted, denied or granted_in_part."`
	Relief    string   `json:"relief,omitempty" enum:"quash,modify," doc:"ruling granting a motion: what it obtained."`
	Scope     string   `json:"scope,omitempty" enum:"account,subpoena," doc:"ruling that quashes or sustains: the account of the objector or movant only, or the whole subpoena."`
	By        string   `json:"by,omitempty" enum:"provider,account_holder,applicant," doc:"motion_filed: who filed it."`
	Docket    string   `json:"docket,omitempty" maxLength:"200"`
	Accounts  []string `json:"accounts,omitempty" maxItems:"200" doc:"preservation_started: the accounts preserved."`
	Note      string   `json:"note,omitempty" maxLength:"4000" doc:"A note for staff, never shown to the applicant."`
	// SealRequested is objection_received's only: the holder asked that
	// the objection be filed under seal.
	SealRequested bool            `json:"seal_requested,omitempty" doc:"objection_received: the account holder asked that the platform ask the court to file the objection under seal. Never shown to the applicant."`
	Order         json.RawMessage `json:"order,omitempty" doc:"ruling that modifies the subpoena: the order as modified, which may only narrow the order in force."`
	Corrects      int64           `json:"corrects,omitempty" minimum:"0" doc:"correction: the seq of the event it corrects (as writ case log lists it)."`
	Reason        string          `json:"reason,omitempty" maxLength:"4000" doc:"correction: why the event is corrected."`
	Strike        bool            `json:"strike,omitempty" doc:"correction: strike the event (it was recorded in error) instead of restating it."`
}

// handRecorded are the events a person records through Decode. The
// order, its document and a drafted letter are kept by intake and the
// letter's own route; productions are built, released, voided and
// downloaded through the case service's own ways, which check the package
// and decide the gate.
var handRecorded = []matter.Type{matter.SubpoenaServed, matter.TargetResolved, matter.PreservationStarted, matter.NoticeSent,
	matter.NoticeDelivered, matter.NoticeFailed, matter.ObjectionReceived, matter.ObjectionWithdrawn, matter.MotionFiled,
	matter.MotionWithdrawn, matter.CourtAdvised, matter.Ruling, matter.UseAcknowledged, matter.CaseClosed, matter.Correction}

// HandRecorded lists, in the command line's spelling, the events Decode
// takes.
func HandRecorded() []string {
	var out []string
	for _, t := range handRecorded {
		out = append(out, strings.ReplaceAll(string(t), "_", "-"))
	}
	return out
}

// ParseType reads an event's type, spelled as stored (notice_sent) or as
// the command line spells it (notice-sent).
func ParseType(s string) (matter.Type, error) {
	t := matter.Type(strings.ReplaceAll(strings.TrimSpace(s), "-", "_"))
	switch {
	case slices.Contains(handRecorded, t):
		return t, nil
	case t == matter.ProductionBuilt:
		return t, &fault.Error{Code: fault.Invalid, Field: "type", Message: "a production is built by writ produce (or the case page, or POST .../productions), which decides the gate before reading anything"}
	case t == matter.ProductionReleased:
		return t, &fault.Error{Code: fault.Invalid, Field: "type", Message: "a production is released by writ release (or the case page, or POST .../release), which checks the package and the gate"}
	case t == matter.ProductionDownloaded:
		return t, &fault.Error{Code: fault.Invalid, Field: "type", Message: "a download is recorded by writ itself when the package is downloaded"}
	case t == matter.ProductionVoided:
		return t, &fault.Error{Code: fault.Invalid, Field: "type", Message: "a production is voided by writ void (or the case page, or POST .../void)"}
	case slices.Contains(matter.Types, t):
		return t, &fault.Error{Code: fault.Invalid, Field: "type", Message: fmt.Sprintf("%s is recorded by writ itself, not by hand", t)}
	}
	return t, &fault.Error{Code: fault.Invalid, Field: "type", Message: fmt.Sprintf("%q is not an event; the events recorded by hand are %s", s, strings.Join(HandRecorded(), ", "))}
}

// Decode turns what a person stated into the case engine's event for case
// c, at now (the shell's clock). Facts take the time the person gives (a
// day is its first instant in the court's zone); acts done in writ happen
// now, and a time other than now is refused. Nothing is checked against
// the case here beyond what the input itself says: Record does that.
func Decode(c *Case, in Input, now time.Time) (matter.Event, error) {
	typ, err := ParseType(in.Type)
	if err != nil {
		return matter.Event{}, err
	}
	loc := c.Calendar.Location
	e := matter.Event{Type: typ, Account: strings.TrimSpace(in.Account), AccountID: strings.TrimSpace(in.AccountID),
		Method: in.Method, WithOrder: in.WithOrder, Conforms: in.Conforms, ID: strings.TrimSpace(in.ID), On: in.On,
		Outcome: matter.Outcome(in.Outcome), Relief: matter.Relief(in.Relief), Scope: matter.Scope(in.Scope),
		By: order.Party(in.By), Docket: strings.TrimSpace(in.Docket), Accounts: in.Accounts, Note: strings.TrimSpace(in.Note),
		SealRequested: in.SealRequested}
	if typ == matter.Correction {
		// A correction is made now; the time it gives is the corrected
		// event's.
		e.At = now
	} else if e.At, err = decodeAt(in.At, typ, loc, now); err != nil {
		return matter.Event{}, err
	}
	if len(in.Order) > 0 && string(in.Order) != "null" {
		if e.Order, err = order.Parse(in.Order); err != nil {
			return matter.Event{}, err
		}
	}
	if typ == matter.MotionFiled && e.By == order.Provider {
		// The platform's motion is not an account holder's.
		e.Account = ""
	}
	if typ == matter.UseAcknowledged && e.By == "" {
		e.By = order.Applicant
	}
	if typ == matter.Correction {
		return correction(c, in, e)
	}
	if in.Corrects != 0 || in.Reason != "" || in.Strike {
		return matter.Event{}, &fault.Error{Code: fault.Invalid, Field: "corrects", Message: "corrects, reason and strike belong to a correction"}
	}
	return e, nil
}

// decodeAt reads when an event happened. A fact needs a time; an act done
// in writ happens now: it may name now (today's day, or an instant within
// a minute of now), and nothing else.
func decodeAt(s string, typ matter.Type, loc *time.Location, now time.Time) (time.Time, error) {
	if matter.IsAct(typ) {
		if s == "" {
			return now, nil
		}
		t, err := ParseMoment(s, loc, false)
		if err != nil {
			return time.Time{}, &fault.Error{Code: fault.Invalid, Field: "at", Message: err.Error()}
		}
		sameDay := !strings.ContainsAny(s, "T ") && courttime.DateOf(t.In(loc)) == courttime.DateOf(now.In(loc))
		if !sameDay && (t.Sub(now) > time.Minute || now.Sub(t) > time.Minute) {
			return time.Time{}, &fault.Error{Code: fault.Refused, Field: "at", Message: fmt.Sprintf("%s is done in writ: it happens now and cannot be dated %s", strings.ReplaceAll(string(typ), "_", " "), s)}
		}
		return now, nil
	}
	if strings.TrimSpace(s) == "" {
		return time.Time{}, &fault.Error{Code: fault.Invalid, Field: "at", Message: "say when it happened: a day (YYYY-MM-DD) or a day and time (YYYY-MM-DDTHH:MM) in the court's time zone"}
	}
	t, err := ParseMoment(s, loc, false)
	if err != nil {
		return time.Time{}, &fault.Error{Code: fault.Invalid, Field: "at", Message: err.Error()}
	}
	return t, nil
}

// correction builds a correction of the event in effect that was recorded
// as in.Corrects: the event as it was, with what the person restated (the
// day, the account, the method ...), or struck.
func correction(c *Case, in Input, e matter.Event) (matter.Event, error) {
	if in.Corrects <= 0 {
		return matter.Event{}, &fault.Error{Code: fault.Invalid, Field: "corrects", Message: "name the event to correct by its seq, as writ case log lists it"}
	}
	var target *matter.Event
	for _, ev := range matter.Effective(c.Events) {
		if ev.Seq == in.Corrects || ev.CorrectedBy == in.Corrects {
			target = &ev
			break
		}
	}
	if target == nil {
		return matter.Event{}, &fault.Error{Code: fault.Invalid, Field: "corrects", Message: fmt.Sprintf("case %s has no event %d in effect", c.ID, in.Corrects)}
	}
	// The event in effect at that place may already be a correction's
	// replacement: this correction then supersedes that correction.
	out := matter.Event{Type: matter.Correction, At: e.At, Corrects: target.Seq, Note: strings.TrimSpace(in.Reason)}
	if target.CorrectedBy != 0 {
		out.Corrects = target.CorrectedBy
	}
	if in.Strike {
		return out, nil
	}
	r := *target
	r.Seq, r.RecordedAt, r.Actor, r.CorrectedBy, r.Type, r.At = 0, time.Time{}, "", 0, "", time.Time{}
	at := target.At
	if strings.TrimSpace(in.At) != "" {
		t, err := ParseMoment(in.At, c.Calendar.Location, false)
		if err != nil {
			return matter.Event{}, &fault.Error{Code: fault.Invalid, Field: "at", Message: err.Error()}
		}
		at = t
	}
	if e.Account != "" {
		r.Account = e.Account
	}
	if e.AccountID != "" {
		r.AccountID = e.AccountID
	}
	if e.Method != "" {
		r.Method = e.Method
	}
	if e.WithOrder != nil {
		r.WithOrder = e.WithOrder
	}
	if e.Conforms != nil {
		r.Conforms = e.Conforms
	}
	if e.Docket != "" {
		r.Docket = e.Docket
	}
	if e.Note != "" {
		r.Note = e.Note
	}
	if e.By != "" {
		r.By = e.By
	}
	if len(e.Accounts) > 0 {
		r.Accounts = e.Accounts
	}
	if e.Outcome != "" {
		r.Outcome, r.Relief, r.Scope, r.Order = e.Outcome, e.Relief, e.Scope, e.Order
	}
	out.Replacement = &matter.Restated{Type: target.Type, At: at, Event: r}
	return out, nil
}

// ParseMoment reads a day or an instant, the one reading of a time that
// every way into writ shares: RFC 3339; a day and a time of day in the
// court's zone (YYYY-MM-DDTHH:MM[:SS], or with a space, as a browser's
// datetime-local field sends it); or a day alone, which is its first
// instant in the court's zone (when something happened), or its last when
// endOfDay is set (as of when a case is shown).
func ParseMoment(s string, loc *time.Location, endOfDay bool) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	datePart, clock, hasClock := strings.Cut(strings.Replace(s, " ", "T", 1), "T")
	day, err := courttime.ParseDate(datePart)
	if err != nil {
		if len(s) == len("2006-01-02") {
			return time.Time{}, err
		}
		return time.Time{}, fmt.Errorf("%q is neither a day (YYYY-MM-DD), a day and time in the court's zone (YYYY-MM-DDTHH:MM) nor an instant (RFC 3339)", s)
	}
	if !hasClock {
		if endOfDay {
			return day.End(loc).Add(-time.Nanosecond), nil
		}
		return day.Start(loc), nil
	}
	for _, layout := range []string{"15:04", "15:04:05"} {
		if c, err := time.Parse(layout, clock); err == nil {
			return time.Date(day.Year, day.Month, day.Day, c.Hour(), c.Minute(), c.Second(), 0, loc), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a time of day: write HH:MM on the 24-hour clock, as %sT14:30", clock, datePart)
}

// NowOnly accepts a moment given for an act that can only happen now: it
// must name now, as today's date in the court's zone or an instant within a
// minute of now. what says what happens now ("a production is built"). An
// act asked for at another moment is refused, never quietly done now.
func NowOnly(v string, loc *time.Location, now time.Time, what string) error {
	t, err := ParseMoment(v, loc, false)
	if err != nil {
		return err
	}
	today := courttime.DateOf(now.In(loc))
	if !strings.ContainsAny(strings.TrimSpace(v), "T ") && courttime.DateOf(t.In(loc)) == today {
		return nil
	}
	if d := t.Sub(now); d > time.Minute || d < -time.Minute {
		return fmt.Errorf("%s now (%s) and cannot be dated %s; to see how the case stood on a day, show the case as of that day (writ case show --now DAY, or ?now=DAY)", what, today, v)
	}
	return nil
}
