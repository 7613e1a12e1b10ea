package matter

import (
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/courttime"
)

// TestFailedNoticeRaisesATask: a notice that failed is not notice. The
// notify duty is owed again, and it carries a task for staff to give
// notice another way before it falls due (service on Thursday 2022-10-20,
// so 10 days run to Sunday 2022-10-30 and the duty is due Monday
// 2022-10-31, counted on a printed calendar).
func TestFailedNoticeRaisesATask(t *testing.T) {
	dutyOf := func(t *testing.T, r *recorder, now courttime.Date, account string) Duty {
		t.Helper()
		return findDuty(t, r.assess(endOf(now.Year, now.Month, now.Day)), "notify/"+account)
	}

	t.Run("Pending", func(t *testing.T) {
		r := newCase(t, seedOrder(t)).served(at(2022, 10, 20))
		r.notice(aya, at(2022, 10, 21))
		r.add(Event{Type: NoticeFailed, At: at(2022, 10, 24), Account: aya, Note: "smtp 550 5.1.1: mailbox unavailable (2 of 2 addresses)"})
		d := dutyOf(t, r, courttime.D(2022, 10, 24), aya)
		if d.Status != DutyPending || d.Due != courttime.D(2022, 10, 31) {
			t.Fatalf("after the failure: %s due %v; want pending, due 2022-10-31", d.Status, d.Due)
		}
		for _, want := range []string{"failed on Monday 2022-10-24", "550 5.1.1", "another way", "by Monday 2022-10-31"} {
			if !strings.Contains(d.Task, want) {
				t.Errorf("task %q does not say %q", d.Task, want)
			}
		}
		if !strings.Contains(strings.Join(d.Steps, " "), "failed notice is not notice") {
			t.Errorf("the steps do not say why the duty is owed again: %v", d.Steps)
		}
		// The other account's duty is untouched.
		if other := dutyOf(t, r, courttime.D(2022, 10, 24), konno); other.Task != "" {
			t.Errorf("%s has a task: %q", konno, other.Task)
		}
		// Before the failure, the notice of 10-21 met the duty.
		if before := dutyOf(t, r, courttime.D(2022, 10, 22), aya); before.Status != Met || before.Task != "" {
			t.Errorf("before the failure: %s %q; want met, no task", before.Status, before.Task)
		}
	})

	t.Run("Overdue", func(t *testing.T) {
		r := newCase(t, seedOrder(t)).served(at(2022, 10, 20))
		r.add(Event{Type: NoticeFailed, At: at(2022, 10, 28), Account: konno, Note: "no verified e-mail address"})
		d := dutyOf(t, r, courttime.D(2022, 11, 1), konno)
		if d.Status != Overdue || !strings.Contains(d.Task, "overdue") || !strings.Contains(d.Task, "Friday 2022-10-28") {
			t.Fatalf("on 2022-11-01: %s %q; want overdue with a task", d.Status, d.Task)
		}
		// On the due day itself it is still pending.
		if d := dutyOf(t, r, courttime.D(2022, 10, 31), konno); d.Status != DutyPending || d.Task == "" {
			t.Fatalf("on 2022-10-31: %s %q; want pending with a task", d.Status, d.Task)
		}
	})

	t.Run("NoticeGivenAgain", func(t *testing.T) {
		r := newCase(t, seedOrder(t)).served(at(2022, 10, 20))
		r.add(Event{Type: NoticeFailed, At: at(2022, 10, 24), Account: aya, Note: "bounced"})
		r.notice(aya, at(2022, 10, 25))
		if d := dutyOf(t, r, courttime.D(2022, 10, 26), aya); d.Status != Met || d.Task != "" {
			t.Fatalf("after a notice by post: %s %q; want met, no task", d.Status, d.Task)
		}
	})
}
