package jobs

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
)

// The defaults of a Runner.
const (
	// DefaultEvery: reminders are about days, so a few minutes late is on
	// time, and every tick assesses every case.
	DefaultEvery = 5 * time.Minute
	// DefaultLease is the store's: how long a claim holds before another
	// process may take the reminder over.
	DefaultLease = store.DefaultLease
	// markTimeout bounds recording an outcome after the run was stopped.
	markTimeout = 30 * time.Second
)

// DefaultBefore are the days before a duty's due day on which staff are
// reminded: 3 days, then the day before.
var DefaultBefore = []int{3, 1}

// Runner sends the reminders and escalations owed on each tick. Several
// Runners, in one process or many, may share a database: each reminder is
// sent by one of them. A Runner must not be copied after first use.
type Runner struct {
	// Cases reads and assesses the cases.
	Cases *cases.Service
	// Index, when set, is the summaries of every case (the pages' own,
	// kept current as cases change and the clock moves): a tick then
	// assesses only the cases whose summary owes a reminder, not every
	// case (at 100,000 cases, a minute of CPU a tick).
	Index *cases.Index
	// Reminders records which reminders were claimed and sent, in the same
	// database as the cases (store.RemindersOf).
	Reminders store.ReminderStore
	// Notify sends a reminder.
	Notify Notifier
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Before lists the days before the due day on which to remind
	// ("3d", "1d"); empty means DefaultBefore.
	Before []int
	// Every is the time between ticks of Run; zero means DefaultEvery.
	Every time.Duration
	// Lease is how long a claim on a reminder holds; zero means
	// DefaultLease. A notifier gets half of it, so that no one takes a
	// reminder over while it may still be going out.
	Lease time.Duration
	// Log receives what the Runner does; nil means slog.Default().
	Log *slog.Logger
	// ID names this Runner in the claims it makes; empty means the host
	// name, the process ID and a random suffix.
	ID string

	sent, failed atomic.Int64
	idOnce       sync.Once
	defaultID    string
}

// Sent counts the reminders this Runner has sent, for metrics.
func (r *Runner) Sent() int64 { return r.sent.Load() }

// Failed counts the attempts to send a reminder that failed, for metrics.
func (r *Runner) Failed() int64 { return r.failed.Load() }

// settings is a Runner's configuration with the defaults filled in.
type settings struct {
	now          func() time.Time
	before       []int // ascending
	every, lease time.Duration
	log          *slog.Logger
	id           string
}

// settings checks the Runner's configuration and fills in the defaults,
// without changing the Runner (Tick may run concurrently with Run).
func (r *Runner) settings() (settings, error) {
	switch {
	case r.Cases == nil || r.Cases.Store == nil:
		return settings{}, &fault.Error{Code: fault.Invalid, Field: "cases", Message: "the runner needs the cases"}
	case r.Reminders == nil:
		return settings{}, &fault.Error{Code: fault.Invalid, Field: "reminders", Message: "the runner needs a reminder store"}
	case r.Notify == nil:
		return settings{}, &fault.Error{Code: fault.Invalid, Field: "notify", Message: "the runner needs a notifier"}
	case r.Every < 0:
		return settings{}, &fault.Error{Code: fault.Invalid, Field: "every", Message: "must not be negative"}
	case r.Lease < 0:
		return settings{}, &fault.Error{Code: fault.Invalid, Field: "lease", Message: "must not be negative"}
	}
	s := settings{now: r.Now, every: r.Every, lease: r.Lease, log: r.Log, id: r.ID, before: slices.Clone(r.Before)}
	if s.now == nil {
		s.now = time.Now
	}
	if len(s.before) == 0 {
		s.before = slices.Clone(DefaultBefore)
	}
	for _, n := range s.before {
		if n < 0 || n > 366 {
			return settings{}, &fault.Error{Code: fault.Invalid, Field: "before",
				Message: fmt.Sprintf("%d is not a number of days before a due day (0 to 366)", n)}
		}
	}
	slices.Sort(s.before)
	s.before = slices.Compact(s.before)
	if s.every == 0 {
		s.every = DefaultEvery
	}
	if s.lease == 0 {
		s.lease = DefaultLease
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.id == "" {
		r.idOnce.Do(func() { r.defaultID = newID() })
		s.id = r.defaultID
	}
	return s, nil
}

// newID names a process: its host, its process ID and a random suffix, so
// that two Runners never share a name.
func newID() string {
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "writ"
	}
	var b [3]byte
	_, _ = rand.Read(b[:])
	return fmt.Sprintf("%s-%d-%s", host, os.Getpid(), hex.EncodeToString(b[:]))
}

// Run ticks at once and then every r.Every until ctx is done, and then
// returns nil: a reminder being sent when ctx ends is told so through its
// context, and its outcome is recorded before Run returns. A failed tick is
// logged and the next one tries again. Run returns an error only if the
// Runner is not configured correctly.
func (r *Runner) Run(ctx context.Context) error {
	cfg, err := r.settings()
	if err != nil {
		return err
	}
	cfg.log.LogAttrs(ctx, slog.LevelInfo, "reminders started", slog.String("runner", cfg.id), slog.Duration("every", cfg.every))
	ticker := time.NewTicker(cfg.every)
	defer ticker.Stop()
	for {
		if _, err := r.Tick(ctx); err != nil && ctx.Err() == nil {
			cfg.log.LogAttrs(ctx, slog.LevelError, "reminders: tick incomplete; the next tick tries again",
				slog.String("runner", cfg.id), slog.Any("error", err))
		}
		select {
		case <-ctx.Done():
			cfg.log.LogAttrs(context.WithoutCancel(ctx), slog.LevelInfo, "reminders stopped", slog.String("runner", cfg.id))
			return nil
		case <-ticker.C:
		}
	}
}

// Tick makes one pass over every case (with Index, over the cases whose
// summary owes a reminder): it assesses the case at now, and for
// each duty that is pending and due within one of r.Before days in the
// court's time zone, or overdue, it claims the reminder owed, sends it and
// records that it was sent. It returns how many reminders it sent. A case
// that cannot be assessed, or a reminder that cannot be sent, does not stop
// the others; the error reports them all.
func (r *Runner) Tick(ctx context.Context) (sent int, err error) {
	cfg, err := r.settings()
	if err != nil {
		return 0, err
	}
	now := cfg.now()
	ids, err := r.owing(ctx, cfg, now)
	if err != nil {
		return 0, err
	}
	var errs []error
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return sent, errors.Join(append(errs, err)...)
		}
		n, err := r.tickCase(ctx, cfg, id, now)
		sent += n
		if err != nil {
			errs = append(errs, err)
		}
	}
	return sent, errors.Join(errs...)
}

// owing lists the cases a tick at now assesses: every case, or with the
// index the cases whose summary at now owes a reminder. A summary holds
// the duties the case's assessment at now has (the index assesses again a
// case recorded to since, or whose assessment the clock has moved past),
// so a case it leaves out owes nothing; the reminders of a case it lists
// are decided on the case's own assessment, as without it.
func (r *Runner) owing(ctx context.Context, cfg settings, now time.Time) ([]string, error) {
	if r.Index == nil {
		list, err := r.Cases.Store.Cases(ctx)
		if err != nil {
			return nil, err
		}
		ids := make([]string, len(list))
		for i, c := range list {
			ids[i] = c.ID
		}
		return ids, nil
	}
	all, err := r.Index.Summaries(ctx, now)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, s := range all {
		if owes(s, now, cfg.before) {
			ids = append(ids, s.ID)
		}
	}
	return ids, nil
}

// owes reports whether a case's summary at now holds a duty owed a
// reminder (owed), which is also a duty's event for the webhooks; a closed
// case owes nothing more.
func owes(s *cases.Summary, now time.Time, before []int) bool {
	if s.Closed {
		return false
	}
	var duties []matter.Duty
	for i := range s.Duties {
		if s.Duties[i].Owed() {
			duties = append(duties, s.Duties[i].Duty())
		}
	}
	return len(owed(duties, s.Today(now), before)) > 0
}

// owedReminder is a reminder a duty is owed at a tick.
type owedReminder struct {
	duty matter.Duty
	kind string
}

// owed lists the reminders the duties of a case are owed on a day. A
// pending duty gets the reminder of the tightest window that holds today:
// with before = [1, 3], a duty due in 2 days is owed "3d", and a duty due
// tomorrow or today "1d". So a reminder missed while writ was down is not
// sent late beside a more urgent one. An overdue duty is owed its
// escalation. Duties met, met late or not yet triggered are owed nothing.
func owed(duties []matter.Duty, today courttime.Date, before []int) []owedReminder {
	var out []owedReminder
	for _, d := range duties {
		switch d.Status {
		case matter.DutyPending:
			left := today.DaysUntil(d.Due)
			if left < 0 {
				continue
			}
			for _, n := range before {
				if left <= n {
					out = append(out, owedReminder{duty: d, kind: fmt.Sprintf("%dd", n)})
					break
				}
			}
		case matter.Overdue:
			out = append(out, owedReminder{duty: d, kind: KindOverdue})
		}
	}
	return out
}

// tickCase sends the reminders one case is owed at now.
func (r *Runner) tickCase(ctx context.Context, cfg settings, caseID string, now time.Time) (int, error) {
	c, a, err := r.Cases.Assess(ctx, caseID, now)
	if err != nil {
		cfg.log.LogAttrs(ctx, slog.LevelError, "reminders: cannot assess case", slog.String("case_id", caseID), slog.Any("error", err))
		return 0, fmt.Errorf("case %s: %w", caseID, err)
	}
	if a.State != nil && !a.State.Closed.IsZero() {
		return 0, nil // a case closed by now owes nothing more
	}
	today := courttime.DateOf(now.In(c.Calendar.Location))
	due := owed(a.Duties, today, cfg.before)
	if len(due) == 0 {
		return 0, nil
	}
	// Reminders already sent, or held by a live claim, are skipped without
	// a write; the claim decides the rest.
	stored, err := r.Reminders.Reminders(ctx, caseID)
	if err != nil {
		return 0, fmt.Errorf("case %s: %w", caseID, err)
	}
	known := map[string]store.Reminder{}
	for _, s := range stored {
		known[s.Key()] = s
	}
	sent := 0
	var errs []error
	for _, o := range due {
		claim := store.Reminder{CaseID: caseID, Duty: o.duty.ID, Kind: o.kind, Due: o.duty.Due}
		prev, ok := known[claim.Key()]
		if ok && (!prev.SentAt.IsZero() || now.Before(prev.LeaseUntil)) {
			continue
		}
		done, err := r.send(ctx, cfg, c, claim, o.duty, today, prev.Attempts+1)
		if done {
			sent++
		}
		if err != nil {
			errs = append(errs, err)
		}
	}
	return sent, errors.Join(errs...)
}

// send claims a reminder and, if the claim is this Runner's, sends it and
// records the outcome. done reports whether it was sent.
func (r *Runner) send(ctx context.Context, cfg settings, c *cases.Case, claim store.Reminder, d matter.Duty, today courttime.Date, attempt int) (done bool, err error) {
	claim.ClaimedBy, claim.ClaimedAt = cfg.id, cfg.now()
	claim.LeaseUntil = claim.ClaimedAt.Add(cfg.lease)
	key := claim.Key()
	ok, err := r.Reminders.ClaimReminder(ctx, claim)
	if err != nil || !ok {
		return false, err
	}
	ref := DutyRef(d, c.Order)
	la := append(attrs(claim.CaseID, ref, claim.Kind, claim.Due), slog.String("runner", cfg.id), slog.Int("attempt", attempt))

	// Half the lease for the notifier: past it, the send is abandoned
	// rather than risk going out twice when another process takes over.
	nctx, cancel := context.WithTimeout(ctx, cfg.lease/2)
	err = r.Notify.Remind(nctx, Reminder{Key: key, Kind: claim.Kind, Case: c.Case, Duty: d, DutyRef: ref, Today: today, Attempt: attempt})
	cancel()

	// The outcome is recorded even when the run was stopped meanwhile: a
	// reminder sent but not marked would go out again.
	mctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), markTimeout)
	defer cancel()
	if err != nil {
		r.failed.Add(1)
		cfg.log.LogAttrs(ctx, slog.LevelWarn, "reminder not sent; it is tried again when its lease ends",
			append(la, slog.Time("retry_after", claim.LeaseUntil.UTC()), slog.Any("error", err))...)
		if merr := r.Reminders.MarkSent(mctx, key, cfg.now(), err.Error()); merr != nil {
			return false, errors.Join(fmt.Errorf("reminder %s: %w", key, err), merr)
		}
		return false, fmt.Errorf("reminder %s: %w", key, err)
	}
	r.sent.Add(1)
	cfg.log.LogAttrs(ctx, slog.LevelInfo, "reminder sent", la...)
	if err := r.Reminders.MarkSent(mctx, key, cfg.now(), ""); err != nil {
		cfg.log.LogAttrs(ctx, slog.LevelError, "reminder sent but not recorded; it may go out again when its lease ends",
			append(la, slog.Any("error", err))...)
		return true, fmt.Errorf("reminder %s: %w", key, err)
	}
	return true, nil
}
