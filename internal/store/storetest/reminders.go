package storetest

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// claimedAt is when the first claim of these tests is made.
var claimedAt = time.Date(2026, 11, 27, 8, 0, 0, 123456789, zone)

// reminder returns the 3-day reminder of a notice duty due Monday
// 2026-11-30, claimed by who at claimedAt plus after.
func reminder(caseID, who string, after time.Duration) store.Reminder {
	return store.Reminder{
		CaseID: caseID, Duty: "notify/Aya@ay_chim0807", Kind: "3d", Due: courttime.D(2026, 11, 30),
		ClaimedBy: who, ClaimedAt: claimedAt.Add(after), LeaseUntil: claimedAt.Add(after + 10*time.Minute),
	}
}

// reminders opens the reminder store of a fresh store, with one case.
func reminders(t *testing.T, fresh func(*testing.T) Database) (store.ReminderStore, store.Case) {
	t.Helper()
	s, _, _ := newStore(t, fresh)
	return reminderStore(t, s), createCase(t, s)
}

// reminderStore returns the reminder store of s and fails t if it has none.
func reminderStore(t *testing.T, s store.Store) store.ReminderStore {
	t.Helper()
	rs, ok := store.RemindersOf(s)
	if !ok {
		t.Fatalf("the store keeps no reminders")
	}
	return rs
}

// claim claims r and fails t unless the answer is want.
func claim(t *testing.T, rs store.ReminderStore, r store.Reminder, want bool) {
	t.Helper()
	got, err := rs.ClaimReminder(context.Background(), r)
	if err != nil {
		t.Fatalf("ClaimReminder by %s at %v: %v", r.ClaimedBy, r.ClaimedAt, err)
	}
	if got != want {
		t.Fatalf("ClaimReminder by %s at %v = %v, want %v", r.ClaimedBy, r.ClaimedAt, got, want)
	}
}

// only reads a case's reminders and fails t unless there is exactly one.
func only(t *testing.T, rs store.ReminderStore, caseID string) store.Reminder {
	t.Helper()
	got, err := rs.Reminders(context.Background(), caseID)
	if err != nil {
		t.Fatalf("Reminders: %v", err)
	}
	if len(got) != 1 {
		t.Fatalf("%d reminders, want 1: %+v", len(got), got)
	}
	return got[0]
}

// utc is t as the store gives it back.
func utc(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

// testReminders: each reminder about a duty is claimed by one process at a
// time, however many try at once, and marked sent once; a claim whose lease
// ran out unsent may be taken over.
func testReminders(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()

	t.Run("OK", func(t *testing.T) {
		rs, c := reminders(t, fresh)
		r := reminder(c.ID, "writ-a", 0)
		if want := c.ID + "/notify/Aya@ay_chim0807/3d/2026-11-30"; r.Key() != want {
			t.Fatalf("Key() = %q, want %q", r.Key(), want)
		}
		if got, err := rs.Reminders(ctx, c.ID); err != nil || len(got) != 0 {
			t.Fatalf("Reminders of a new case = %+v, %v; want none", got, err)
		}
		claim(t, rs, r, true)
		claim(t, rs, reminder(c.ID, "writ-b", time.Minute), false)
		claim(t, rs, reminder(c.ID, "writ-a", time.Minute), false) // not even by its holder
		want := r
		want.ClaimedAt, want.LeaseUntil, want.Attempts = utc(r.ClaimedAt), utc(r.LeaseUntil), 1
		equal(t, "claimed reminder", only(t, rs, c.ID), want)

		sent := claimedAt.Add(2 * time.Minute)
		if err := rs.MarkSent(ctx, r.Key(), sent, ""); err != nil {
			t.Fatalf("MarkSent: %v", err)
		}
		want.SentAt = utc(sent)
		got := only(t, rs, c.ID)
		equal(t, "sent reminder", got, want)
		if got.SentAt.Location() != time.UTC || got.ClaimedAt.Location() != time.UTC {
			t.Errorf("times are not in UTC: %v, %v", got.ClaimedAt, got.SentAt)
		}
		// Sent is sent: no lease running out makes it claimable again, and
		// later records of it change nothing.
		claim(t, rs, reminder(c.ID, "writ-b", 24*time.Hour), false)
		if err := rs.MarkSent(ctx, r.Key(), sent.Add(time.Hour), ""); err != nil {
			t.Fatalf("MarkSent again: %v", err)
		}
		if err := rs.MarkSent(ctx, r.Key(), sent.Add(time.Hour), "smtp: connection refused"); err != nil {
			t.Fatalf("MarkSent a failure after the success: %v", err)
		}
		equal(t, "reminder marked again", only(t, rs, c.ID), want)
	})

	t.Run("Failed", func(t *testing.T) {
		// A failed attempt keeps its lease; once it runs out, any process
		// may try again.
		rs, c := reminders(t, fresh)
		r := reminder(c.ID, "writ-a", 0)
		claim(t, rs, r, true)
		if err := rs.MarkSent(ctx, r.Key(), claimedAt.Add(time.Second), "smtp: 451 try again later"); err != nil {
			t.Fatalf("MarkSent a failure: %v", err)
		}
		got := only(t, rs, c.ID)
		if !got.SentAt.IsZero() || got.LastError != "smtp: 451 try again later" {
			t.Fatalf("after a failure: sent %v, error %q", got.SentAt, got.LastError)
		}
		claim(t, rs, reminder(c.ID, "writ-b", 10*time.Minute-time.Microsecond), false)
		claim(t, rs, reminder(c.ID, "writ-b", 10*time.Minute), true) // the lease ends when it says
		claim(t, rs, reminder(c.ID, "writ-a", 11*time.Minute), false)
		got = only(t, rs, c.ID)
		if got.ClaimedBy != "writ-b" || got.Attempts != 2 || !got.ClaimedAt.Equal(utc(claimedAt.Add(10*time.Minute))) {
			t.Fatalf("after the take-over: %+v", got)
		}
		if err := rs.MarkSent(ctx, r.Key(), claimedAt.Add(11*time.Minute), ""); err != nil {
			t.Fatalf("MarkSent: %v", err)
		}
		got = only(t, rs, c.ID)
		if got.SentAt.IsZero() || got.LastError != "" {
			t.Fatalf("after the retry: sent %v, error %q", got.SentAt, got.LastError)
		}
	})

	t.Run("Lapsed", func(t *testing.T) {
		// A process that claimed and died never marks anything; the claim
		// lapses with its lease.
		rs, c := reminders(t, fresh)
		r := reminder(c.ID, "writ-a", 0)
		r.LeaseUntil = time.Time{} // the default lease
		claim(t, rs, r, true)
		if got := only(t, rs, c.ID); !got.LeaseUntil.Equal(utc(claimedAt).Add(store.DefaultLease)) {
			t.Fatalf("lease until %v, want %v after the claim", got.LeaseUntil, store.DefaultLease)
		}
		claim(t, rs, reminder(c.ID, "writ-b", store.DefaultLease-time.Second), false)
		claim(t, rs, reminder(c.ID, "writ-b", store.DefaultLease+time.Second), true)
	})

	t.Run("Distinct", func(t *testing.T) {
		// Each case, duty, kind and due day is a reminder of its own.
		s, _, _ := newStore(t, fresh)
		rs := reminderStore(t, s)
		c1, c2 := createCase(t, s), createCase(t, s)
		base := reminder(c1.ID, "writ-a", 0)
		variants := []func(r *store.Reminder){
			func(r *store.Reminder) {},
			func(r *store.Reminder) { r.Kind = "1d" },
			func(r *store.Reminder) { r.Kind = "overdue" },
			func(r *store.Reminder) { r.Duty = "notify/konnoyukio@CmRUCE" },
			func(r *store.Reminder) { r.Due = courttime.D(2026, 12, 1) },
		}
		for _, v := range variants {
			r := base
			v(&r)
			claim(t, rs, r, true)
			r.CaseID = c2.ID
			claim(t, rs, r, true)
		}
		got, err := rs.Reminders(ctx, c1.ID)
		if err != nil {
			t.Fatalf("Reminders: %v", err)
		}
		var keys []string
		for _, r := range got {
			keys = append(keys, strings.TrimPrefix(r.Key(), c1.ID+"/"))
		}
		equal(t, "reminders by due day, duty and kind", keys, []string{
			"notify/Aya@ay_chim0807/1d/2026-11-30",
			"notify/Aya@ay_chim0807/3d/2026-11-30",
			"notify/Aya@ay_chim0807/overdue/2026-11-30",
			"notify/konnoyukio@CmRUCE/3d/2026-11-30",
			"notify/Aya@ay_chim0807/3d/2026-12-01",
		})
	})

	t.Run("Concurrent", func(t *testing.T) {
		// Claimers in two processes race for one reminder: one wins. Once
		// its lease lapses unsent, they race again and again one wins.
		db := fresh(t)
		stores := []store.Store{open(t, db, NewClock()), open(t, db, NewClock())}
		c := createCase(t, stores[0])
		for round, after := range []time.Duration{0, time.Hour} {
			var (
				wg    sync.WaitGroup
				start = make(chan struct{})
				won   = make([]bool, writers)
				errs  = make([]error, writers)
			)
			for w := range writers {
				wg.Go(func() {
					<-start
					rs := reminderStore(t, stores[w%len(stores)])
					won[w], errs[w] = rs.ClaimReminder(ctx, reminder(c.ID, fmt.Sprintf("writ-%d", w), after))
				})
			}
			close(start)
			wg.Wait()
			n := 0
			for w := range writers {
				if errs[w] != nil {
					t.Fatalf("round %d, claimer %d: %v", round, w, errs[w])
				}
				if won[w] {
					n++
				}
			}
			if n != 1 {
				t.Fatalf("round %d: %d claims won, want 1", round, n)
			}
		}
		if got := only(t, reminderStore(t, stores[1]), c.ID); got.Attempts != 2 {
			t.Errorf("%d attempts recorded, want 2", got.Attempts)
		}
	})

	t.Run("ErrInvalid", func(t *testing.T) {
		rs, c := reminders(t, fresh)
		for _, tt := range []struct {
			name   string
			change func(r *store.Reminder)
		}{
			{"NoCase", func(r *store.Reminder) { r.CaseID = "" }},
			{"NoDuty", func(r *store.Reminder) { r.Duty = "" }},
			{"NoKind", func(r *store.Reminder) { r.Kind = "" }},
			{"KindWithSlash", func(r *store.Reminder) { r.Kind = "3d/x" }},
			{"NoDue", func(r *store.Reminder) { r.Due = courttime.Date{} }},
			{"NoClaimer", func(r *store.Reminder) { r.ClaimedBy = "" }},
			{"NoClaimTime", func(r *store.Reminder) { r.ClaimedAt = time.Time{} }},
			{"LeaseBeforeClaim", func(r *store.Reminder) { r.LeaseUntil = r.ClaimedAt.Add(-time.Second) }},
			{"DutyNotUTF8", func(r *store.Reminder) { r.Duty = "notify/\xff" }},
			{"DutyNUL", func(r *store.Reminder) { r.Duty = "notify/\x00" }},
			{"DutyTooLong", func(r *store.Reminder) { r.Duty = "notify/" + strings.Repeat("a", 1000) }},
		} {
			t.Run(tt.name, func(t *testing.T) {
				r := reminder(c.ID, "writ-a", 0)
				tt.change(&r)
				_, err := rs.ClaimReminder(ctx, r)
				wantCode(t, err, fault.Invalid)
			})
		}
		t.Run("MarkSent", func(t *testing.T) {
			r := reminder(c.ID, "writ-a", 0)
			claim(t, rs, r, true)
			wantCode(t, rs.MarkSent(ctx, "", claimedAt, ""), fault.Invalid)
			wantCode(t, rs.MarkSent(ctx, r.Key(), time.Time{}, ""), fault.Invalid)
			wantCode(t, rs.MarkSent(ctx, r.Key(), claimedAt, "bad \x00 error"), fault.Invalid)
		})
		if got, err := rs.Reminders(ctx, c.ID); err != nil || len(got) != 1 || !got[0].SentAt.IsZero() || got[0].LastError != "" {
			t.Fatalf("after refused requests: %+v, %v", got, err)
		}
	})

	t.Run("ErrNotFound", func(t *testing.T) {
		rs, c := reminders(t, fresh)
		_, err := rs.ClaimReminder(ctx, reminder("c-aaaaaaaaaaaa", "writ-a", 0))
		wantCode(t, err, fault.NotFound)
		_, err = rs.Reminders(ctx, "c-aaaaaaaaaaaa")
		wantCode(t, err, fault.NotFound)
		wantCode(t, rs.MarkSent(ctx, reminder(c.ID, "writ-a", 0).Key(), claimedAt, ""), fault.NotFound)
	})

	t.Run("LongError", func(t *testing.T) {
		// A long error is kept in part, cut between characters.
		rs, c := reminders(t, fresh)
		r := reminder(c.ID, "writ-a", 0)
		claim(t, rs, r, true)
		if err := rs.MarkSent(ctx, r.Key(), claimedAt, strings.Repeat("é", 5000)); err != nil {
			t.Fatalf("MarkSent: %v", err)
		}
		got := only(t, rs, c.ID)
		if len(got.LastError) == 0 || len(got.LastError) > 2000 || got.LastError != strings.Repeat("é", len(got.LastError)/2) {
			t.Fatalf("stored error of %d bytes: %.20q...", len(got.LastError), got.LastError)
		}
	})
}
