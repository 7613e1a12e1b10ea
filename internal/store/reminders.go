package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
)

// DefaultLease is how long a claim on a reminder holds when the claimer
// states no lease: long enough for a slow mail server, short enough that a
// reminder whose process died goes out the same hour.
const DefaultLease = 10 * time.Minute

// maxReminderError bounds the stored text of a failed attempt, and
// maxReminderKey a key: a duty ID holds an account's label from the order,
// which is short, but not as short as an idempotency key.
const (
	maxReminderError = 2000
	maxReminderKey   = 1000
)

// Reminder is one reminder or escalation about one duty of a case, as a
// process claims it and then records whether it went out. What is due when
// is decided above the store; the store only makes sure that each reminder
// is claimed by one process at a time and marked sent once.
type Reminder struct {
	CaseID string
	// Duty is the duty's ID within its case ("notify/Aya@ay_chim0807").
	Duty string
	// Kind says which reminder of the duty this is: "3d", "1d" (days
	// before it is due), "overdue".
	Kind string
	// Due is the duty's due day in the court's time zone. A duty whose due
	// day moves gets new reminders.
	Due courttime.Date

	// ClaimedBy names the process that holds (or last held) the claim.
	ClaimedBy string
	// ClaimedAt is when it claimed, by the claimer's clock (UTC,
	// microseconds when read back).
	ClaimedAt time.Time
	// LeaseUntil is when the claim lapses if the reminder was not marked
	// sent by then; another claim may take it over from that moment. Zero
	// in a claim means ClaimedAt + DefaultLease.
	LeaseUntil time.Time
	// Attempts counts the claims, the first included.
	Attempts int
	// SentAt is when the reminder went out; zero until it has.
	SentAt time.Time
	// LastError says why the last attempt failed; "" when none did.
	LastError string
}

// Key identifies a reminder across the database: the case, the duty, the
// kind and the due day, e.g. "c-abc.../notify/Aya@ay_chim0807/3d/2026-11-30".
// Case IDs, kinds and days hold no "/", so the key reads back unambiguously
// even though duty IDs do.
func (r Reminder) Key() string {
	return r.CaseID + "/" + r.Duty + "/" + r.Kind + "/" + r.Due.String()
}

// ReminderStore keeps the reminders writ sends about duties, so that
// several writ processes on one database send each of them once.
type ReminderStore interface {
	// ClaimReminder claims r for r.ClaimedBy until r.LeaseUntil. claimed
	// is true for exactly one of any number of concurrent claims of the
	// same key, and only if the reminder is new or its previous claim's
	// lease ran out (by r.ClaimedAt) without it being marked sent. A case
	// that does not exist is fault.NotFound.
	ClaimReminder(ctx context.Context, r Reminder) (claimed bool, err error)
	// Reminders returns a case's reminders by due day, duty and kind, or
	// fault.NotFound for a case that does not exist.
	Reminders(ctx context.Context, caseID string) ([]Reminder, error)
	// MarkSent records the outcome of an attempt: with errText "" the
	// reminder was sent at at; otherwise errText says why it was not, and
	// the reminder may be claimed again once its lease runs out. A reminder
	// already marked sent stays as it was. An unknown key is
	// fault.NotFound.
	MarkSent(ctx context.Context, key string, at time.Time, errText string) error
}

// RemindersOf returns the reminder store of s, if s keeps reminders (every
// store Open returns does). It is a separate interface so that the event
// store's contract, and its other implementations, stay as they are.
func RemindersOf(s Store) (ReminderStore, bool) {
	rs, ok := s.(ReminderStore)
	return rs, ok
}

var _ ReminderStore = (*sqlStore)(nil)

// claimReminder inserts a reminder, or takes over one whose lease ran out
// unsent, in one statement: the database's unique key decides between
// concurrent claims, and the row lock (PostgreSQL) or the write lock
// (SQLite) makes the take-over's check and update one step.
const claimReminder = `
INSERT INTO reminders (key, case_id, duty, kind, due, claimed_by, claimed_at, lease_until, attempts, last_error)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1, '')
ON CONFLICT (key) DO UPDATE SET
    claimed_by = excluded.claimed_by, claimed_at = excluded.claimed_at,
    lease_until = excluded.lease_until, attempts = reminders.attempts + 1
WHERE reminders.sent_at IS NULL AND reminders.lease_until <= excluded.claimed_at`

// ClaimReminder claims a reminder; see ReminderStore.
func (s *sqlStore) ClaimReminder(ctx context.Context, r Reminder) (bool, error) {
	r, err := checkClaim(r)
	if err != nil {
		return false, err
	}
	if _, err := s.caseByID(ctx, s.db, r.CaseID); err != nil {
		return false, err
	}
	res, err := s.db.ExecContext(ctx, claimReminder, r.Key(), r.CaseID, r.Duty, r.Kind, r.Due.String(),
		r.ClaimedBy, s.d.timeArg(r.ClaimedAt), s.d.timeArg(r.LeaseUntil))
	if err != nil {
		return false, fault.Wrap(fault.Internal, err, "could not claim reminder %s", r.Key())
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fault.Wrap(fault.Internal, err, "could not claim reminder %s", r.Key())
	}
	return n == 1, nil
}

// checkClaim checks a claim and returns it with its times as stored.
func checkClaim(r Reminder) (Reminder, error) {
	for _, f := range []struct{ name, value string }{
		{"case_id", r.CaseID}, {"duty", r.Duty}, {"kind", r.Kind}, {"claimed_by", r.ClaimedBy},
	} {
		if f.value == "" {
			return r, invalid(f.name, "is required")
		}
		if err := checkText(f.value, f.name); err != nil {
			return r, err
		}
	}
	if strings.Contains(r.CaseID, "/") {
		return r, invalid("case_id", "must not contain '/'")
	}
	if strings.Contains(r.Kind, "/") {
		return r, invalid("kind", "must not contain '/'")
	}
	if r.Due.IsZero() {
		return r, invalid("due", "is required")
	}
	if y := r.Due.Year; y < 1 || y > 9999 {
		return r, invalid("due", "must be a day between the years 1 and 9999")
	}
	if len(r.Key()) > maxReminderKey {
		return r, invalid("duty", "makes a reminder key longer than %d bytes", maxReminderKey)
	}
	if r.ClaimedAt.IsZero() {
		return r, invalid("claimed_at", "is required")
	}
	r.ClaimedAt = storedTime(r.ClaimedAt)
	if r.LeaseUntil.IsZero() {
		r.LeaseUntil = r.ClaimedAt.Add(DefaultLease)
	}
	r.LeaseUntil = storedTime(r.LeaseUntil)
	if !r.LeaseUntil.After(r.ClaimedAt) {
		return r, invalid("lease_until", "must be after claimed_at")
	}
	return r, nil
}

const reminderColumns = `key, case_id, duty, kind, due, claimed_by, claimed_at, lease_until, attempts, sent_at, last_error`

// Reminders returns a case's reminders.
func (s *sqlStore) Reminders(ctx context.Context, caseID string) ([]Reminder, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+reminderColumns+` FROM reminders WHERE case_id = $1 ORDER BY due, duty, kind`, caseID)
	if err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the reminders of case %s", caseID)
	}
	defer rows.Close()
	out := []Reminder{}
	for rows.Next() {
		r, err := scanReminder(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fault.Wrap(fault.Internal, err, "could not read the reminders of case %s", caseID)
	}
	if len(out) == 0 {
		// No reminders is normal; no case is an error, and says which.
		if _, err := s.caseByID(ctx, s.db, caseID); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// scanReminder reads a row of reminderColumns and checks that its key is
// the one its fields make.
func scanReminder(r scanner) (Reminder, error) {
	var (
		rem                    Reminder
		key                    string
		due                    dateCol
		claimed, lease, sentAt timeCol
	)
	if err := r.Scan(&key, &rem.CaseID, &rem.Duty, &rem.Kind, &due, &rem.ClaimedBy, &claimed, &lease,
		&rem.Attempts, &sentAt, &rem.LastError); err != nil {
		return Reminder{}, fault.Wrap(fault.Internal, err, "could not read a reminder")
	}
	var err error
	if rem.Due, err = due.date(); err != nil {
		return Reminder{}, err
	}
	if rem.ClaimedAt, err = claimed.time("claimed_at"); err != nil {
		return Reminder{}, err
	}
	if rem.LeaseUntil, err = lease.time("lease_until"); err != nil {
		return Reminder{}, err
	}
	if sentAt.Valid {
		rem.SentAt = sentAt.T
	} else if sentAt.Bad != "" {
		return Reminder{}, fault.Wrap(fault.Internal, fmt.Errorf("stored sent_at %q is not a time", sentAt.Bad),
			"a stored reminder cannot be read")
	}
	if rem.Key() != key {
		return Reminder{}, fault.Errorf(fault.Tampered, "reminder %s is stored under the key %s", rem.Key(), key)
	}
	return rem, nil
}

// MarkSent records the outcome of an attempt to send a reminder.
func (s *sqlStore) MarkSent(ctx context.Context, key string, at time.Time, errText string) error {
	if key == "" {
		return invalid("key", "is required")
	}
	if at.IsZero() {
		return invalid("at", "is required")
	}
	if err := checkText(errText, "error"); err != nil {
		return err
	}
	errText = truncate(errText, maxReminderError)
	var (
		res sql.Result
		err error
	)
	if errText == "" {
		res, err = s.db.ExecContext(ctx, `UPDATE reminders SET sent_at = $1, last_error = '' WHERE key = $2 AND sent_at IS NULL`,
			s.d.timeArg(storedTime(at)), key)
	} else {
		// The lease stays as it is: the reminder is tried again once it
		// runs out, by whichever process comes first.
		res, err = s.db.ExecContext(ctx, `UPDATE reminders SET last_error = $1 WHERE key = $2 AND sent_at IS NULL`, errText, key)
	}
	if err != nil {
		return fault.Wrap(fault.Internal, err, "could not record reminder %s", key)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return fault.Wrap(fault.Internal, err, "could not record reminder %s", key)
	}
	if n == 1 {
		return nil
	}
	var one int
	err = s.db.QueryRowContext(ctx, `SELECT 1 FROM reminders WHERE key = $1`, key).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return fault.Errorf(fault.NotFound, "reminder %s was never claimed", key)
	}
	if err != nil {
		return fault.Wrap(fault.Internal, err, "could not record reminder %s", key)
	}
	// Already sent: the first record of it stands.
	return nil
}

// truncate shortens s to at most n bytes without splitting a character.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// dateCol scans a day column of either database: PostgreSQL gives a
// time.Time at midnight UTC, SQLite the text the store wrote.
type dateCol struct{ v any }

// Scan implements sql.Scanner.
func (c *dateCol) Scan(v any) error {
	c.v = v
	return nil
}

// date returns the scanned day.
func (c dateCol) date() (courttime.Date, error) {
	switch v := c.v.(type) {
	case time.Time:
		return courttime.D(v.Year(), v.Month(), v.Day()), nil
	case string:
		return parseDay(v)
	case []byte:
		return parseDay(string(v))
	}
	return courttime.Date{}, fault.Wrap(fault.Internal, fmt.Errorf("stored due %v is not a day", c.v), "a stored reminder cannot be read")
}

func parseDay(s string) (courttime.Date, error) {
	d, err := courttime.ParseDate(s)
	if err != nil {
		return courttime.Date{}, fault.Wrap(fault.Internal, err, "a stored reminder cannot be read")
	}
	return d, nil
}
