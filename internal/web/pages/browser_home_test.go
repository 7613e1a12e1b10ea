package pages

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestBrowserWorkQueue: in a browser, the staff's home shows the work
// queue; the search form, filled in and sent, keeps the search in the
// address and narrows the queue and the cases to what it asks for. A
// screenshot of the queue is kept.
func TestBrowserWorkQueue(t *testing.T) {
	f := newQueueFixture(t)
	ctx := webtest.Browser(t)
	do := webtest.Steps(t, ctx)
	do("open the home page", webtest.SessionCookie(f.URL, f.Tokens["staff"]), chromedp.Navigate(f.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`form.search`)))
	text := webtest.WaitText(t, ctx, "To do now")
	for _, want := range []string{"give notice another way", "Record the court's ruling", "26-mc-00004-D", "Fed. R. Civ. P. 6(a)(1)"} {
		if !strings.Contains(text, want) {
			t.Errorf("the work queue does not show %q", want)
		}
	}
	webtest.Shoot(t, ctx, "home-staff.png")

	do("search for what is overdue before the court in San Jose",
		chromedp.SetValue(chromedp.CSS(`form.search select[name="due"]`), "overdue"),
		chromedp.SetValue(chromedp.CSS(`form.search select[name="court"]`), "cand"),
		chromedp.Click(chromedp.CSS(`form.search button[type="submit"]`)),
	)
	text = webtest.WaitText(t, ctx, "2 cases")
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil || !strings.Contains(loc, "due=overdue") || !strings.Contains(loc, "court=cand") {
		t.Errorf("the search is not in the address: %q (%v)", loc, err)
	}
	if strings.Contains(text, "26-mc-00004-D") || !strings.Contains(text, "26-mc-00005-E") {
		t.Errorf("the search for what is overdue shows:\n%.2000s", text)
	}
}

// TestBrowserCalendar: the calendar is a click away from any page, and
// shows the month of today with its due dates. A screenshot is kept. (A
// browser of its own: one browser's context lasts a minute, which a
// loaded machine needs for the queue's steps alone.)
func TestBrowserCalendar(t *testing.T) {
	f := newQueueFixture(t)
	ctx := webtest.Browser(t)
	do := webtest.Steps(t, ctx)
	do("open the home page", webtest.SessionCookie(f.URL, f.Tokens["staff"]), chromedp.Navigate(f.URL+"/"),
		chromedp.WaitVisible(chromedp.CSS(`header a[href="/calendar"]`)))
	do("open the calendar", chromedp.Click(chromedp.CSS(`header a[href="/calendar"]`)), chromedp.WaitVisible(chromedp.CSS(`table.calendar`)))
	text := webtest.WaitText(t, ctx, "November 2026")
	if !strings.Contains(text, "26-mc-00004-D") {
		t.Errorf("the month does not show D's notices due on the 30th:\n%.2000s", text)
	}
	webtest.Shoot(t, ctx, "calendar-staff.png")
}
