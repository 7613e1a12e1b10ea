package cases

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/matter"
)

// TestCaseAssess: a case's assessment is kept with the parsed case (whose
// head it is of) and served again for a later moment only while the
// assessment holds (matter.Until): it is then what assessing afresh gives,
// word for word but for its moment; a moment before the one assessed, or at
// or after the first instant the assessment could change (the notices'
// last day ending: pending turns overdue), is assessed afresh. A recorded
// event makes a new head, hence a new parsed case with nothing kept. The
// seed case served Friday 2026-11-20: the notices are due Monday
// 2026-11-30, overdue from the end of that day in San Jose.
func TestCaseAssess(t *testing.T) {
	ctx := context.Background()
	svc := testService(t)
	sc, err := svc.Open(ctx, examples.SeedOrder(), "", "")
	if err != nil {
		t.Fatal(err)
	}
	c := mustLoad(t, svc, sc.ID)
	sj := c.Calendar.Location
	yes := true
	served := matter.Event{Type: matter.SubpoenaServed, At: time.Date(2026, 11, 20, 10, 0, 0, 0, sj), WithOrder: &yes, Conforms: &yes}
	if _, err := svc.Record(ctx, sc.ID, served, ""); err != nil {
		t.Fatal(err)
	}
	c = mustLoad(t, svc, sc.ID)
	overdue := time.Date(2026, 12, 1, 0, 0, 0, 0, sj)

	// check assesses c at now and compares with a fresh assessment; kept
	// says whether the kept assessment was to be served.
	var first *matter.Assessment
	check := func(name string, now time.Time, kept bool) {
		t.Helper()
		got, err := c.Assess(now)
		if err != nil {
			t.Fatal(err)
		}
		want, err := matter.Assess(c.Events, c.Calendar, now)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the assessment at %s is not what assessing afresh gives:\n got %+v\nwant %+v", name, now, got, want)
		}
		if first == nil {
			first = got
			return
		}
		if same := len(got.Duties) > 0 && &got.Duties[0] == &first.Duties[0]; same != kept {
			t.Errorf("%s: the kept assessment served = %v; want %v", name, same, kept)
		}
	}
	check("first", time.Date(2026, 11, 23, 9, 0, 0, 0, sj), false)
	check("an hour later", time.Date(2026, 11, 23, 10, 0, 0, 0, sj), true)
	check("the last instant of the notices' last day", overdue.Add(-time.Nanosecond), true)
	check("before the moment assessed", time.Date(2026, 11, 22, 9, 0, 0, 0, sj), false)
	first = nil
	check("first again", time.Date(2026, 11, 23, 9, 0, 0, 0, sj), false)
	check("the notices overdue", overdue, false)
	if a, _ := c.Assess(overdue); a.Duties[0].Status != matter.Overdue && a.Duties[1].Status != matter.Overdue {
		t.Errorf("at %s no duty is overdue: %+v", overdue, a.Duties)
	}

	t.Run("ANewHeadKeepsNothing", func(t *testing.T) {
		now := time.Date(2026, 11, 23, 9, 0, 0, 0, sj)
		before, err := c.Assess(now)
		if err != nil {
			t.Fatal(err)
		}
		notice := matter.Event{Type: matter.NoticeSent, At: time.Date(2026, 11, 21, 9, 0, 0, 0, sj), Account: "konnoyukio@CmRUCE"}
		if _, err := svc.Record(ctx, sc.ID, notice, ""); err != nil {
			t.Fatal(err)
		}
		after, err := mustLoad(t, svc, sc.ID).Assess(now)
		if err != nil {
			t.Fatal(err)
		}
		if reflect.DeepEqual(before.Duties, after.Duties) {
			t.Errorf("the notice recorded changed no duty: %+v", after.Duties)
		}
	})
}
