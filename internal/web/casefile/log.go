package casefile

import (
	"encoding/json"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
)

// A case's event log is shown whole to those who may see who the account
// holders are (the platform's staff). The court, which sees the audit trail
// but not who the account holders are, reads of each event what its case
// page's timeline shows it, no more (issue 13): through the API's event log
// and the audit page as through the case page. One rule decides it
// (TextShown, ShownPayload), used by all three.

// LogEvent is an event of a case's log as a principal may see it: the
// stored event, with its hashes, which are of the whole event, and its
// payload whole or as ShownPayload shows it.
type LogEvent struct {
	store.Event
	// Withheld is set when parts of the payload were left out for the
	// caller's role; its hash, of the whole payload, then cannot be
	// recomputed from what is shown, and writ audit verify checks it.
	Withheld bool `json:"withheld,omitempty"`
}

// Log is case c's events as p may see them: whole for a principal who may
// see who the account holders are, else each as ShownPayload shows it,
// with the objections advised to the court as of now. seen lists the
// kinds of a person's data the events shown hold, for the access log
// (Recorder.Record): the whole event log, or only what was shown of it.
func Log(p access.Principal, ref access.CaseRef, c *cases.Case, now time.Time) (events []LogEvent, seen []string) {
	events = make([]LogEvent, 0, len(c.Stored))
	if access.Can(p, access.ViewIdentities, ref) {
		for _, se := range c.Stored {
			events = append(events, LogEvent{Event: se})
		}
		return events, []string{store.SeenEventLog}
	}
	st := matter.Apply(c.Events, now)
	for i, se := range c.Stored {
		l := LogEvent{Event: se, Withheld: true}
		l.Payload = json.RawMessage(`{}`)
		if i < len(c.Events) {
			var shown []string
			l.Payload, l.Withheld, shown = ShownPayload(c.Events[i], se, st)
			seen = append(seen, shown...)
		}
		events = append(events, l)
	}
	return events, dedupe(seen)
}

// TextShown reports whether one who sees the case but not who the account
// holders are (the court) reads what event e says, its note and its files:
// a motion's, filed with the court, and an objection's once the court was
// advised of it in st.
func TextShown(e matter.Event, st *matter.State) bool {
	if e.Type == matter.MotionFiled {
		return true
	}
	if e.Type != matter.ObjectionReceived {
		return false
	}
	con := st.Contest(e.ID)
	return con != nil && !con.Advised.IsZero()
}

// logShown are the fields of an event's payload that the case page shows
// anyone who sees the case's timeline: what happened, to which account
// label, on what, with what outcome, the order. A field not listed is
// withheld, so that a field added to events later is withheld until
// someone decides the court may read it.
var logShown = map[string]bool{
	"order": true, "account": true, "method": true, "with_order": true, "conforms": true, "id": true, "on": true, "by": true,
	"outcome": true, "relief": true, "scope": true, "docket": true, "corrects": true,
}

// ShownPayload is the payload of event e, stored as se, as the case page
// shows it to the court, whose advice is in st: the fields of logShown;
// the note and files of an event whose text is shown (TextShown); of a
// correction, its reason and what it restated, as the timeline says them.
// withheld is set when something was left out; seen lists the kinds of a
// person's data it shows, for the access log.
func ShownPayload(e matter.Event, se store.Event, st *matter.State) (payload json.RawMessage, withheld bool, seen []string) {
	var all map[string]json.RawMessage
	if err := json.Unmarshal(se.Payload, &all); err != nil {
		return json.RawMessage(`{}`), true, nil
	}
	text := TextShown(e, st)
	out := map[string]json.RawMessage{}
	for k, v := range all {
		switch {
		case logShown[k]:
			out[k] = v
		case (k == "note" || k == "attachments") && text:
			out[k] = v
			seen = append(seen, store.SeenObjectionText)
		case k == "note" && e.Type == matter.Correction:
			// The correction's reason, which the timeline shows.
			out[k] = v
		case k == "replacement" && e.Replacement != nil:
			r := e.Replacement
			b, err := json.Marshal(struct {
				Type    matter.Type `json:"type"`
				At      time.Time   `json:"at"`
				Account string      `json:"account,omitempty"`
			}{r.Type, r.At, r.Account})
			if err != nil {
				withheld = true
				continue
			}
			out[k] = b
			withheld = withheld || r.Note != "" || r.AccountID != "" || len(r.Attachments) > 0 || len(r.Accounts) > 0
		default:
			withheld = true
		}
	}
	b, err := json.Marshal(out)
	if err != nil {
		return json.RawMessage(`{}`), true, nil
	}
	return b, withheld, dedupe(seen)
}

// dedupe keeps the first of each word.
func dedupe(words []string) []string {
	var out []string
	have := map[string]bool{}
	for _, w := range words {
		if !have[w] {
			have[w] = true
			out = append(out, w)
		}
	}
	return out
}
