package matter

import (
	"fmt"
	"strings"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
)

// checkCorrection decides whether a correction may be recorded. Events are
// never edited: a correction supersedes one mistaken event, says why, and
// restates it as it should have been (or strikes it). What writ did — a
// build, a release, a download, an acknowledgment, a letter drafted — is
// not a statement that can be mistaken and is never corrected (a bad
// production is voided instead); nor is the order entered (the court
// modifies its order by a ruling). The case as corrected must still make
// sense: every event from the corrected one on is checked again, in the
// order recorded, against the events before it.
func checkCorrection(events []Event, e Event, cal *courttime.Calendar) error {
	if strings.TrimSpace(e.Note) == "" {
		return &fault.Error{Code: fault.Invalid, Field: "note", Message: "say why the event is corrected"}
	}
	target, ok := inEffect(events, e.Corrects)
	if !ok {
		return &fault.Error{Code: fault.Invalid, Field: "corrects", Message: fmt.Sprintf("event %d is not an event in effect in this case (it does not exist, or was struck)", e.Corrects)}
	}
	switch {
	case target.Type == OrderEntered:
		return &fault.Error{Code: fault.Refused, Field: "corrects", Message: "the order entered is not corrected: the court modifies its order by a ruling, and an order taken in wrongly is taken in again as a new case"}
	case IsAct(target.Type):
		return &fault.Error{Code: fault.Refused, Field: "corrects", Message: fmt.Sprintf("event %d is something writ did (%s): it stands as done; a production is voided instead", e.Corrects, target.Type)}
	}
	if r := e.Replacement; r != nil {
		switch {
		case r.Type != target.Type:
			return &fault.Error{Code: fault.Invalid, Field: "replacement.type", Message: fmt.Sprintf("a correction restates a %s as a %s; to record another kind of event, strike this one and record the other", target.Type, target.Type)}
		case r.At.IsZero():
			return &fault.Error{Code: fault.Invalid, Field: "replacement.at", Message: "when the event happened is missing"}
		case !e.RecordedAt.IsZero() && r.At.After(e.RecordedAt):
			return &fault.Error{Code: fault.Refused, Field: "replacement.at", Message: "the corrected time is in the future"}
		case r.ID != target.ID:
			return &fault.Error{Code: fault.Invalid, Field: "replacement.id", Message: fmt.Sprintf("a correction keeps the id %q: other events refer to it", target.ID)}
		}
	}
	// Check every event from the corrected one on, in the order recorded,
	// against the events before it, in the case as corrected. Acts are not
	// decided again: they were done and stand; a fact that would have
	// prevented one raises an incident instead (invariant 10).
	corrected := Effective(append(append([]Event(nil), events...), e))
	if e.Replacement == nil {
		for _, ev := range corrected {
			if target.ID != "" && ev.Seq > target.Seq && refersTo(ev, target.ID) {
				return fault.Errorf(fault.Refused, "event %d (%s) refers to %s: correct or strike it first", ev.Seq, ev.Type, target.ID)
			}
		}
	}
	for i, ev := range corrected {
		if ev.Seq < target.Seq {
			continue
		}
		if err := check(corrected[:i], ev, cal, true); err != nil {
			if ev.CorrectedBy == e.Seq {
				return err
			}
			return fault.Errorf(fault.Refused, "with this correction, event %d (%s of %s) would no longer stand: %s",
				ev.Seq, strings.ReplaceAll(string(ev.Type), "_", " "), courtDay(cal, ev.At).Long(), fault.Message(err))
		}
	}
	return nil
}

// inEffect finds the event in effect that was recorded with seq n: an
// event no correction superseded, or a correction's replacement (whose
// seq is the correction's own).
func inEffect(events []Event, n int64) (Event, bool) {
	for _, e := range Effective(events) {
		if e.Seq == n && e.CorrectedBy == 0 {
			return e, true
		}
		if e.CorrectedBy == n {
			return e, true
		}
	}
	return Event{}, false
}

func refersTo(e Event, id string) bool {
	for _, on := range e.On {
		if on == id {
			return true
		}
	}
	return false
}
