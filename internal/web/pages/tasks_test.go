package pages

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestBouncedNoticeIsATask: a notice that bounced shows on the staff's
// dashboard as something to do now, days before its duty is due: served
// Friday 2026-11-20, the notice duty is due Monday 2026-11-30 (10 days);
// the notice sent Monday 2026-11-23 bounced on Tuesday 2026-11-24; on
// Thursday 2026-11-26 the dashboard says to give notice another way by
// 2026-11-30, and so does the case page. Counsel see no such task.
func TestBouncedNoticeIsATask(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	c, err := f.Cases.Open(ctx, examples.SeedOrder(), "", "")
	if err != nil {
		t.Fatal(err)
	}
	cc, err := f.Cases.Load(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	loc := cc.Calendar.Location
	at := func(day string) time.Time {
		d, _ := time.ParseInLocation("2006-01-02", day, loc)
		return d.Add(10 * time.Hour)
	}
	for _, e := range []matter.Event{
		{Type: matter.SubpoenaServed, At: at("2026-11-20"), WithOrder: webtest.Ptr(true), Conforms: webtest.Ptr(true)},
		{Type: matter.NoticeSent, At: at("2026-11-23"), Account: "Aya@ay_chim0807", Method: "email"},
		{Type: matter.NoticeFailed, At: at("2026-11-24"), Account: "Aya@ay_chim0807", Note: "550 5.1.1 mailbox unavailable"},
	} {
		if _, err := f.Cases.Record(ctx, c.ID, e, ""); err != nil {
			t.Fatal(err)
		}
	}
	_, home := f.Page(t, "staff", "GET", "/", nil)
	i := strings.Index(home, "To do now")
	if i < 0 {
		t.Fatalf("the staff's dashboard has no tasks:\n%.2000s", home)
	}
	tasks := home[i:]
	if j := strings.Index(tasks, "</section>"); j > 0 {
		tasks = tasks[:j]
	}
	if !strings.Contains(tasks, "/cases/"+c.ID) || !strings.Contains(tasks, "notify/Aya@ay_chim0807") ||
		!strings.Contains(tasks, "give notice another way") || !strings.Contains(tasks, "2026-11-30") {
		t.Errorf("the task does not say what to do by when:\n%s", tasks)
	}
	_, page := f.Page(t, "staff", "GET", "/cases/"+c.ID, nil)
	if !strings.Contains(page, `class="task"`) {
		t.Error("the case page does not show the task")
	}
	if _, home := f.Page(t, "counsel", "GET", "/", nil); strings.Contains(home, "To do now") {
		t.Error("counsel see the platform's tasks")
	}
}
