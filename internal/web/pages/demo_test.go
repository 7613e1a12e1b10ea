package pages

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/democlock"
)

// demoFixture is the fixture served as a demo whose clock reads start and
// moves only when it is moved (its machine clock stands still).
func demoFixture(t *testing.T, start time.Time) (*fixture, *democlock.Clock) {
	t.Helper()
	clock := democlock.New(start, func() time.Time { return start })
	f := newFixture(t, func(s *Pages) {
		s.Now, s.Cases.Now = clock.Now, clock.Now
		s.Demo = &Demo{Clock: clock, Zone: start.Location()}
	})
	return f, clock
}

// moveClock presses a button of the demo banner as who, on the page back.
func (f *fixture) moveClock(t *testing.T, who, move, back string) (int, string) {
	t.Helper()
	resp, body := f.Page(t, who, "POST", "/demo/clock", url.Values{"csrf": {f.CSRF(t, who)}, "move": {move}, "back": {back}})
	return resp.StatusCode, resp.Header.Get("Location") + body
}

// TestDemoClock: the demo's banner shows its clock on every page, and its
// two buttons move it: a day on, and past the next moment something in the
// cases changes on its own. The fixture's case (service Thursday
// 2022-10-20, notice to Aya@ay_chim0807 Friday 2022-10-21, her objection
// Tuesday 2022-11-08) has its next such moments at the end of Monday
// 2022-11-14, when her windows close (21 days from 2022-10-21 is Friday
// 2022-11-11, Veterans Day, then a weekend: `writ deadline --from
// 2022-10-21 --days 21`), then at the end of Friday 2022-11-18, when the
// court must have been advised of her objection (10 days from 2022-11-08).
func TestDemoClock(t *testing.T) {
	la, _ := time.LoadLocation("America/Los_Angeles")
	f, clock := demoFixture(t, time.Date(2022, 11, 8, 9, 0, 0, 0, la))

	t.Run("Banner", func(t *testing.T) {
		for _, who := range []string{"staff", "counsel", "court"} {
			_, body := f.Page(t, who, "GET", "/", nil)
			if !strings.Contains(body, "Demo clock: Tuesday 2022-11-08 09:00 PST") || !strings.Contains(body, `action="/demo/clock"`) {
				t.Errorf("%s's home page has no demo banner with its buttons:\n%.1500s", who, body)
			}
		}
		if _, body := f.Page(t, "anonymous", "GET", "/signin", nil); !strings.Contains(body, "Demo clock: Tuesday 2022-11-08 09:00 PST") || strings.Contains(body, `action="/demo/clock"`) {
			t.Errorf("the sign-in page shows the clock without its buttons:\n%.1500s", body)
		}
	})
	t.Run("ADayOn", func(t *testing.T) {
		code, loc := f.moveClock(t, "staff", "day", "/cases/"+f.Own)
		if code != 303 || !strings.HasPrefix(loc, "/cases/"+f.Own) {
			t.Fatalf("a day on: %d %.300s", code, loc)
		}
		if got, want := clock.Now(), time.Date(2022, 11, 9, 9, 0, 0, 0, la); !got.Equal(want) {
			t.Errorf("a day on, the clock reads %s, want %s", got, want)
		}
	})
	t.Run("ToTheNextDeadline", func(t *testing.T) {
		if code, loc := f.moveClock(t, "staff", "deadline", "/"); code != 303 || loc != "/" {
			t.Fatalf("to the next deadline: %d %.300s", code, loc)
		}
		if got, want := clock.Now(), time.Date(2022, 11, 15, 9, 0, 0, 0, la); !got.Equal(want) {
			t.Errorf("the clock reads %s, want the morning after her windows closed, %s", got, want)
		}
		_, body := f.Page(t, "staff", "GET", "/", nil)
		for _, want := range []string{"Demo clock: Tuesday 2022-11-15 09:00 PST", "Monday 2022-11-14", "Aya@ay_chim0807", "object in writing"} {
			if !strings.Contains(body, want) {
				t.Errorf("staff's banner after the move lacks %q:\n%.2000s", want, body)
			}
		}
		// The court sees the case's windows; counsel learn only the time
		// (invariant 3): not whose window, not when it closed.
		if _, body := f.Page(t, "court", "GET", "/", nil); !strings.Contains(body, "Aya@ay_chim0807") {
			t.Errorf("the court's banner does not say what the move passed:\n%.2000s", body)
		}
		_, body = f.Page(t, "counsel", "GET", "/", nil)
		if !strings.Contains(body, "Demo clock: Tuesday 2022-11-15 09:00 PST") {
			t.Errorf("counsel's banner does not show the time:\n%.2000s", body)
		}
		for _, secret := range []string{"Aya", "konnoyukio", "2022-11-14", "object in writing", "window"} {
			if strings.Contains(body, secret) {
				t.Errorf("counsel's banner shows %q", secret)
			}
		}
		f.moveClock(t, "counsel", "deadline", "/")
		if got, want := clock.Now(), time.Date(2022, 11, 19, 9, 0, 0, 0, la); !got.Equal(want) {
			t.Errorf("the clock reads %s, want the morning after the court had to be advised, %s", got, want)
		}
		if _, body := f.Page(t, "staff", "GET", "/", nil); !strings.Contains(body, "Friday 2022-11-18") || !strings.Contains(body, "advise the court") {
			t.Errorf("staff's banner does not say the move passed the day to advise the court:\n%.2000s", body)
		}
	})
	t.Run("ErrBadMove", func(t *testing.T) {
		before := clock.Now()
		for _, form := range []url.Values{
			{"csrf": {f.CSRF(t, "staff")}, "move": {"back"}},
			{"move": {"day"}},
		} {
			resp, body := f.Page(t, "staff", "POST", "/demo/clock", form)
			if resp.StatusCode < 400 {
				t.Errorf("POST /demo/clock %v: %d\n%.400s", form, resp.StatusCode, body)
			}
		}
		if resp, _ := f.Page(t, "anonymous", "POST", "/demo/clock", url.Values{"move": {"day"}}); resp.StatusCode != 403 {
			t.Errorf("signed out: %d, want 403", resp.StatusCode)
		}
		if !clock.Now().Equal(before) {
			t.Errorf("a refused move moved the clock from %s to %s", before, clock.Now())
		}
	})
	t.Run("BackFromAnAnsweredForm", func(t *testing.T) {
		// A refused form answers with the case page at the form's
		// address, which takes only a POST: the banner goes back to the
		// case's page instead.
		_, body := f.Page(t, "staff", "POST", "/cases/"+f.Own+"/record", url.Values{"csrf": {f.CSRF(t, "staff")}, "type": {"no_such_event"}})
		if !strings.Contains(body, `name="back" value="/cases/`+f.Own+`"`) {
			t.Errorf("the banner of a page answering a form does not go back to the case page:\n%.2000s", body)
		}
	})
	t.Run("BackStaysOnWrit", func(t *testing.T) {
		for _, back := range []string{"//evil.example/x", "https://evil.example/", "/\\evil.example"} {
			if code, loc := f.moveClock(t, "staff", "day", back); code != 303 || !strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//") || strings.HasPrefix(loc, "/\\") {
				t.Errorf("back=%q: %d to %q", back, code, loc)
			}
		}
	})
}

// TestDemoClockNotADemo: a server that is not a demo has no clock to move:
// the route answers 404 to everyone, and no page shows a banner.
func TestDemoClockNotADemo(t *testing.T) {
	f := newFixture(t)
	for _, who := range []string{"anonymous", "staff", "counsel", "court"} {
		form := url.Values{"move": {"day"}}
		if who != "anonymous" {
			form.Set("csrf", f.CSRF(t, who))
		}
		if resp, _ := f.Page(t, who, "POST", "/demo/clock", form); resp.StatusCode != 404 {
			t.Errorf("POST /demo/clock as %s: %d, want 404", who, resp.StatusCode)
		}
		if _, body := f.Page(t, who, "GET", "/", nil); strings.Contains(body, "Demo clock") {
			t.Errorf("%s's page shows a demo clock on a server that is not a demo", who)
		}
	}
}
