package cases

import (
	"context"
	"reflect"
	"sync"
	"testing"
	"time"
	"unsafe"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
)

// TestIndex: the index assesses a case once and serves its summary while
// the case's head is unchanged and the moment asked about lies within what
// the assessment holds for; a recorded event, a clock past a duty's last
// day, or a moment before the one assessed make it assess that case again,
// and only that one. Two seed cases served Friday 2026-11-20: the notices
// are due Monday 2026-11-30, overdue from the end of that day in San Jose.
func TestIndex(t *testing.T) {
	ctx := context.Background()
	svc := testService(t)
	var ids []string
	for range 2 {
		c, err := svc.Open(ctx, examples.SeedOrder(), "", "")
		if err != nil {
			t.Fatal(err)
		}
		loaded, err := svc.Load(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		yes := true
		served := matter.Event{Type: matter.SubpoenaServed, At: time.Date(2026, 11, 20, 10, 0, 0, 0, loaded.Calendar.Location), WithOrder: &yes, Conforms: &yes}
		if _, err := svc.Record(ctx, c.ID, served, ""); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}
	x := &Index{Cases: svc}
	byID := func(now time.Time) map[string]*Summary {
		t.Helper()
		all, err := x.Summaries(ctx, now)
		if err != nil {
			t.Fatal(err)
		}
		if len(all) != 2 {
			t.Fatalf("%d summaries; want 2", len(all))
		}
		m := map[string]*Summary{}
		for _, s := range all {
			m[s.ID] = s
		}
		return m
	}
	thursday := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	first := byID(thursday)
	s := first[ids[0]]
	if s.Number != "22-mc-80240-VKD" || s.Court != "cand" || s.Applicant != "Hidenori Takagi" || s.Provider != "Twitter, Inc." || len(s.Labels) != 2 {
		t.Errorf("summary %+v does not name the seed case", s)
	}
	next, ok := s.NextDue()
	if !ok || next.Due != courttime.D(2026, 11, 30) || next.Act != "notify_account_holders" || next.Rule == "" {
		t.Errorf("next due %+v, %v; want the notices, Monday 2026-11-30, with their rule", next, ok)
	}
	if want := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC); !s.Until.Equal(want) {
		t.Errorf("held until %s; want %s (the end of 2026-11-30 in San Jose)", s.Until.UTC(), want)
	}
	for _, d := range s.Duties {
		if d := d.Duty(); len(d.Steps) > 0 || d.Text != "" || d.ExpiresAt != nil || d.MetAt != nil {
			t.Errorf("duty %s keeps its steps, text or instants in the index", d.ID)
		}
	}
	if size := unsafe.Sizeof(DutyLine{}); size > 40 {
		t.Errorf("a duty's line takes %d bytes; want at most 40 (a hundred thousand cases' index lives in memory)", size)
	}

	if again := byID(thursday.Add(time.Hour)); again[ids[0]] != s || again[ids[1]] != first[ids[1]] {
		t.Error("an unchanged case was assessed again within the time its assessment holds")
	}

	loc := s.Location
	notice := matter.Event{Type: matter.NoticeSent, At: time.Date(2026, 11, 25, 10, 0, 0, 0, loc), Account: "Aya@ay_chim0807", Method: "email"}
	if _, err := svc.Record(ctx, ids[0], notice, ""); err != nil {
		t.Fatal(err)
	}
	after := byID(thursday.Add(2 * time.Hour))
	if after[ids[0]] == s || after[ids[0]].Seq != s.Seq+1 {
		t.Error("a case recorded to was not assessed again")
	}
	if after[ids[1]] != first[ids[1]] {
		t.Error("a case not recorded to was assessed again because another was")
	}

	tuesday := byID(time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC))
	overdue := 0
	for _, d := range tuesday[ids[1]].Duties {
		if d.Status() == matter.Overdue {
			overdue++
		}
	}
	if tuesday[ids[1]] == first[ids[1]] || overdue != 2 {
		t.Errorf("on Tuesday 2026-12-01 the case has %d overdue duties; want both notices", overdue)
	}

	if back := byID(thursday.Add(-48 * time.Hour)); back[ids[1]].From.After(thursday.Add(-48*time.Hour)) || back[ids[1]] == tuesday[ids[1]] {
		t.Error("a moment before the one assessed was answered from the later assessment")
	}
}

// TestSummaryMatches: a search finds a case by its number or applicant,
// and by an account's label only when labels are allowed.
func TestSummaryMatches(t *testing.T) {
	s := &Summary{Number: "22-mc-80240-VKD", Applicant: "Hidenori Takagi", Labels: []string{"Aya@ay_chim0807"}}
	for _, tc := range []struct {
		q      string
		labels bool
		want   bool
	}{
		{"", false, true},
		{"80240", false, true},
		{" takagi ", false, true},
		{"ay_chim", true, true},
		{"ay_chim", false, false},
		{"81000", true, false},
	} {
		if got := s.Matches(tc.q, tc.labels); got != tc.want {
			t.Errorf("Matches(%q, %v) = %v; want %v", tc.q, tc.labels, got, tc.want)
		}
	}
}

// TestDutyLine: a duty's line gives back what lists show of the duty (its
// ID, condition, party, act, the account or objection its ID names, day,
// status and rule) and its days order as the days do.
func TestDutyLine(t *testing.T) {
	for _, d := range []matter.Duty{
		{ID: "notify/Aya@ay_chim0807", Condition: "notify", Party: order.Provider, Act: order.NotifyAccountHolders, Account: "Aya@ay_chim0807",
			Due: courttime.D(2022, 10, 31), Status: matter.Overdue, Rule: "Fed. R. Civ. P. 6(a)(1)"},
		{ID: "advise_court/obj-1", Condition: "advise_court", Party: order.Provider, Act: order.AdviseCourt, Contest: "obj-1",
			Due: courttime.D(2024, 2, 29), Status: matter.DutyPending, Rule: "Fed. R. Civ. P. 6(a)(1)"},
		{ID: "advise_court", Condition: "advise_court", Party: order.Provider, Act: order.AdviseCourt, Status: matter.NotTriggered},
	} {
		l := lineOf(d)
		if got := l.Duty(); !reflect.DeepEqual(got, d) {
			t.Errorf("line of %+v gives back %+v", d, got)
		}
		if l.Owed() != (d.Status == matter.DutyPending || d.Status == matter.Overdue) {
			t.Errorf("%s: owed %v with status %s", d.ID, l.Owed(), d.Status)
		}
	}
	met := lineOf(matter.Duty{ID: "serve_order", Condition: "serve_order", Due: courttime.D(2022, 10, 20), Status: matter.Met,
		Steps: []string{"The order requires this at the time of service of the subpoena, on Thursday 2022-10-20; there is no period to count."}})
	if met.Rule() == "" || met.Rule() != met.Duty().Rule {
		t.Errorf("a duty owed at the time of its trigger has rule %q; want its first step (the order's term)", met.Rule())
	}
	days := []courttime.Date{{}, courttime.D(1900, 1, 1), courttime.D(2022, 1, 31), courttime.D(2022, 2, 1), courttime.D(2022, 12, 31), courttime.D(2200, 12, 31)}
	for i, d := range days {
		if got := dayOf(d).date(); got != d {
			t.Errorf("day %s comes back as %s", d, got)
		}
		if i > 0 && dayOf(days[i-1]) >= dayOf(d) {
			t.Errorf("day %s does not order after %s", d, days[i-1])
		}
	}
}

// TestTaskLine: a task kept in a summary gives back the task matter
// made, with what it is (its kind, contest or production), so that a page
// can say it in another language without reading matter's English back.
func TestTaskLine(t *testing.T) {
	day := courttime.D(2022, 11, 18)
	for _, task := range []matter.Task{
		{Kind: matter.DraftLetter, Duty: "advise_court/obj-1", Account: "Aya@ay_chim0807", Contest: "obj-1", Due: day, Rule: "Fed. R. Civ. P. 6(a)(1)", What: "Draft the letter."},
		{Kind: matter.RecordRuling, Account: "Aya@ay_chim0807", Contest: "mot-1", Rule: "No day.", What: "Record the court's ruling on motion mot-1 when it comes."},
		{Kind: matter.ReleaseProduction, Production: "p-1", Rule: "No day.", What: "Release it."},
		{Kind: matter.BuildProduction, Rule: "No day.", What: "Build it."},
		{Kind: matter.Renotify, Duty: "notify/Aya@ay_chim0807", Account: "Aya@ay_chim0807", Due: day, Overdue: true, Rule: "Fed. R. Civ. P. 6(a)(1)", What: "Give notice again."},
	} {
		l := taskLineOf(task)
		if got := l.Task(); !reflect.DeepEqual(got, task) {
			t.Errorf("line of %+v gives back %+v", task, got)
		}
		if l.What() != task.What || l.Duty() != task.Duty || l.Due() != task.Due || l.Rule() != task.Rule || l.Overdue() != task.Overdue {
			t.Errorf("line of %+v says otherwise: %+v", task, l)
		}
	}
}

// TestIndexOnceAtOnce: lists asked for at once of an index not yet built
// (the first home pages while writ serve builds it) read each case once,
// not once per list; and a case the service's cache does not hold is read
// past the cache, not kept in it.
func TestIndexOnceAtOnce(t *testing.T) {
	ctx := context.Background()
	const n = 6
	cs, _ := openCases(t, n)
	svc := &Service{Store: cs, Now: time.Now, Actor: "test"}
	x := &Index{Cases: svc}
	// One instant for the four lists: a summary made at a later instant
	// does not hold for an earlier one (its From), so lists asked for at
	// instants a few microseconds apart may rightly read a case again.
	now := time.Now()
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if all, err := x.Summaries(ctx, now); err != nil || len(all) != n {
				t.Errorf("%d summaries, %v; want %d", len(all), err, n)
			}
		})
	}
	wg.Wait()
	if got := cs.total(); got != n {
		t.Errorf("%d cases' events read by four lists at once; want %d, each case once", got, n)
	}
	if held := svc.CacheStats().Held; held != 0 {
		t.Errorf("the cache holds %d cases after the index read them; want none", held)
	}
}
