// Package jobs sends reminders to staff before each duty of a case is due,
// and an escalation once one is overdue, so that no duty slips.
//
// Reminders are not queued when events are recorded: what is due when is a
// pure function of the case and the moment, so a Runner looks at every case
// on each tick and works out which reminders are owed now. Each reminder
// has a key (case, duty, kind, due day) that is unique in the database;
// the process whose claim inserts it is the only one that sends it, however
// many writ processes tick at once. A reminder whose sending failed, or
// whose process died, is taken over by any process once its lease runs out.
// A duty whose due day moves (a later trigger, a ruling) gets reminders of
// its own, and nothing has to be cancelled.
package jobs

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/store"
)

// KindOverdue is the kind of the escalation sent once a duty is overdue;
// reminders before the due day are "3d", "1d" and so on (see Runner.Before).
const KindOverdue = "overdue"

// Reminder is what a Notifier is asked to send: one reminder (or the
// escalation) about one duty of one case.
type Reminder struct {
	// Key identifies the reminder in the store (store.Reminder.Key).
	Key string
	// Kind is "3d", "1d" ... (days before the due day) or KindOverdue.
	Kind string
	// Case is the stored case: its ID, the court's case number and court.
	Case store.Case
	// Duty is the duty as assessed at the tick: who owes what, by which
	// day, under which rule, and the steps behind the date.
	Duty matter.Duty
	// Today is the day of the tick in the court's time zone.
	Today courttime.Date
	// Attempt counts the claims of this reminder, the first being 1.
	Attempt int
	// DutyRef is the duty's ID with the account it concerns named by its
	// place in the order ("notify/target-1"): what logs may carry.
	DutyRef string
}

// DutyRef returns d's ID with the account it concerns named by its place
// among o's targets ("notify/target-1" for "notify/Aya@ay_chim0807"), or
// "target-?" when the order does not list it, so that a log can say which
// duty without the account's label, which may be a person's name.
func DutyRef(d matter.Duty, o *order.Order) string {
	if d.Account == "" {
		return d.ID
	}
	ref := "target-?"
	if o != nil {
		for i, t := range o.Targets {
			if t.Label == d.Account {
				ref = fmt.Sprintf("target-%d", i+1)
				break
			}
		}
	}
	return strings.ReplaceAll(d.ID, d.Account, ref)
}

// Notifier sends reminders to staff. An error means the reminder was not
// sent; it is tried again once its lease runs out. The error's text is
// logged and stored, so it must not carry a person's data (an account
// holder's name, address, e-mail, phone or IP address).
type Notifier interface {
	Remind(ctx context.Context, r Reminder) error
}

// LogNotifier writes each reminder to a log, for a writ without mail and
// for operators who watch the log. It logs the case and duty IDs, the kind
// and the due day under stable keys, and nothing else of the case.
type LogNotifier struct {
	// Log is where reminders go; nil means slog.Default().
	Log *slog.Logger
}

// Remind logs r: a reminder at level Info, an escalation at Warn.
func (n LogNotifier) Remind(ctx context.Context, r Reminder) error {
	log := n.Log
	if log == nil {
		log = slog.Default()
	}
	level, msg := slog.LevelInfo, "duty due soon"
	if r.Kind == KindOverdue {
		level, msg = slog.LevelWarn, "duty overdue"
	}
	ref := r.DutyRef
	if ref == "" {
		ref = r.Duty.Condition
	}
	log.LogAttrs(ctx, level, msg, attrs(r.Case.ID, ref, r.Kind, r.Duty.Due)...)
	return nil
}

// attrs are the log keys of a reminder. The duty is its DutyRef, which
// names the account by its place in the order, never by its label (a
// handle and display name, which may be a person's name).
func attrs(caseID, duty, kind string, due courttime.Date) []slog.Attr {
	return []slog.Attr{
		slog.String("case_id", caseID),
		slog.String("duty", duty),
		slog.String("kind", kind),
		slog.String("due", due.String()),
	}
}
