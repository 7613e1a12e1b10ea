package matter

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/order"
)

// TestGateCauses: the gate says each cause once, with the accounts it
// concerns and the accounts it keeps closed, however many accounts share
// it. The dates are the seed order's, counted on a calendar: a notice on
// Fri 2022-10-21 gives 21 days to Fri 2022-11-11, Veterans Day, so the
// window runs to Mon 2022-11-14; a notice on Fri 2022-10-28 to Fri
// 2022-11-18.
func TestGateCauses(t *testing.T) {
	seed := seedOrder(t)
	both := []string{konno, aya}
	type cause struct {
		phrase          string
		accounts, holds []string
	}
	for _, tc := range []struct {
		name  string
		build func() *recorder
		now   time.Time
		want  []cause
	}{
		{"not served: one cause for both accounts", func() *recorder { return newCase(t, seed) }, endOf(2022, 10, 19),
			[]cause{{"The subpoena has not been served.", both, both}, {"No notice has been given", both, both}}},
		{"served, no notice: one cause naming both accounts", func() *recorder { return newCase(t, seed).served(at(2022, 10, 20)) }, endOf(2022, 10, 25),
			[]cause{{"No notice has been given", both, both}}},
		{"noticed the same day: each window once for both", func() *recorder {
			return newCase(t, seed).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21)).notice(aya, at(2022, 10, 21))
		}, endOf(2022, 11, 1),
			[]cause{{"may move the court to quash or modify the subpoena until the end of Monday 2022-11-14", both, both},
				{"may object in writing until the end of Monday 2022-11-14", both, both}}},
		{"noticed on two days: a window per day, each holding the whole subpoena", func() *recorder { return noticed(t, seed) }, endOf(2022, 11, 1),
			[]cause{{"may move the court to quash or modify the subpoena until the end of Monday 2022-11-14", []string{konno}, both},
				{"may move the court to quash or modify the subpoena until the end of Friday 2022-11-18", []string{aya}, both},
				{"may object in writing until the end of Monday 2022-11-14", []string{konno}, both},
				{"may object in writing until the end of Friday 2022-11-18", []string{aya}, both}}},
		{"a hold of the objector's account only", func() *recorder { return noticed(t, withScope(seed, order.ObjectorAccounts)) }, endOf(2022, 11, 16),
			[]cause{{"may move the court to quash or modify the subpoena until the end of Friday 2022-11-18", []string{aya}, []string{aya}},
				{"may object in writing until the end of Friday 2022-11-18", []string{aya}, []string{aya}}}},
		{"one notice missing holds the whole subpoena", func() *recorder {
			return newCase(t, seed).served(at(2022, 10, 20)).notice(konno, at(2022, 10, 21))
		}, endOf(2022, 11, 21),
			[]cause{{"No notice has been given", []string{aya}, both}}},
		{"an objection pending holds both", func() *recorder { return objection(noticed(t, seed), aya, "obj-1", at(2022, 11, 8)) }, endOf(2022, 11, 21),
			[]cause{{"An objection received on Tuesday 2022-11-08 is pending", []string{aya}, both}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := tc.build().assess(tc.now).Gate
			if len(g.Causes) != len(tc.want) {
				t.Fatalf("%d causes; want %d:\n%s", len(g.Causes), len(tc.want), causeLines(g.Causes))
			}
			for i, w := range tc.want {
				c := g.Causes[i]
				if !strings.Contains(c.Reason, w.phrase) || !slices.Equal(c.Accounts, w.accounts) || !slices.Equal(c.Holds, w.holds) {
					t.Errorf("cause %d: %q about %v holding %v; want %q about %v holding %v", i, c.Reason, c.Accounts, c.Holds, w.phrase, w.accounts, w.holds)
				}
				if strings.Contains(c.Reason, "this account") || strings.Contains(c.Reason, "This account") {
					t.Errorf("cause %d speaks of one account though it is said once: %q", i, c.Reason)
				}
			}
		})
	}
	t.Run("an open gate has no cause", func(t *testing.T) {
		g := noticed(t, seed).assess(endOf(2022, 11, 21)).Gate
		if !g.Open || len(g.Causes) != 0 {
			t.Errorf("open %v, causes %s", g.Open, causeLines(g.Causes))
		}
	})
	t.Run("every account's reason is in a cause that holds it", func(t *testing.T) {
		g := objection(noticed(t, seed), aya, "obj-1", at(2022, 11, 8)).assess(endOf(2022, 11, 2)).Gate
		for _, ag := range g.Accounts {
			n := 0
			for _, c := range g.Causes {
				if slices.Contains(c.Holds, ag.Account) {
					n++
				}
			}
			if n != len(ag.Reasons) {
				t.Errorf("%s: %d reasons, held by %d causes\n%s", ag.Account, len(ag.Reasons), n, causeLines(g.Causes))
			}
		}
	})
}

func causeLines(cs []Cause) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString(c.Reason + " " + strings.Join(c.Accounts, ",") + " / " + strings.Join(c.Holds, ",") + "\n")
	}
	return b.String()
}
