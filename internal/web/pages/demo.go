package pages

import (
	"context"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/democlock"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/words"
)

// Demo is the clock of a demo server (`writ serve --demo`), which the
// server's Now reads, and which the people walking the demo move forward
// from a banner on every page: a day on, or past the next moment at which
// something in the cases changes on its own. Without it the demo could
// not reach in one sitting what a case does over weeks, since acts done in
// writ (building, releasing, downloading) happen at the clock's time and
// cannot be back-dated.
type Demo struct {
	Clock *democlock.Clock
	// Zone is the time zone the banner reads the clock in: the seed
	// case's court's.
	Zone *time.Location
	// People are the IDs of the demo's users, one of each role, whose
	// sign-in links the sign-in page offers, newly made at each showing:
	// the way back in after signing out. Empty, it offers the first
	// enabled user of each role by e-mail address.
	People []string

	mu sync.Mutex
	// last is the latest move, which the banner reports until the next.
	last *demoMove
}

// demoMove is a move of the demo clock and what it passed.
type demoMove struct {
	to time.Time
	// passed is what changed on its own between the old time and the new
	// (empty for a day on); none is set when nothing lay ahead.
	passed []demoDeadline
	none   bool
}

// demoDeadline is a moment at which something in a case changes on its
// own: a duty's due day ends, an account holder's window closes, the gate
// may open.
type demoDeadline struct {
	at  time.Time
	ref access.CaseRef
	loc *time.Location
	// what says what happens then in a language, naming accounts; only
	// those who may see the case's windows and objections are told it.
	what func(*words.Language) string
}

// demoBanner is what the banner shows one principal.
type demoBanner struct {
	// Now is the clock's time in the court's zone.
	Now string
	// Moved is what the latest move did, in words the principal may read.
	Moved string
	// Back is the page to come back to after a move.
	Back string
}

// demoMorning is the hour of the court's day a move to a deadline lands
// on: the morning after, when a person would look again.
const demoMorning = 9

// banner is the demo banner for a page shown to p (nil when signed out),
// or nil when this server is not a demo.
func (s *Pages) banner(r *http.Request, p *access.Principal) *demoBanner {
	d := s.Demo
	if d == nil {
		return nil
	}
	lang := pageLanguage(r)
	b := &demoBanner{Now: demoTime(lang, d.Clock.Now().In(d.Zone)), Back: backTo(r)}
	d.mu.Lock()
	last := d.last
	d.mu.Unlock()
	if last != nil && p != nil {
		b.Moved = last.words(*p, d.Zone, lang)
	}
	return b
}

// words says what a move did, for p, in lang: the new time to everyone;
// what it passed only to those who may read the case's windows and
// objections (staff and the court), since it names account holders and,
// through their windows, when they were given notice (invariant 3).
func (m *demoMove) words(p access.Principal, zone *time.Location, lang *words.Language) string {
	to := demoTime(lang, m.to.In(zone))
	if m.none {
		w, _ := lang.T("pages.demo.none", to)
		return w
	}
	var said []string
	var when string
	for _, dl := range m.passed {
		if !access.Can(p, access.ViewObjectionText, dl.ref) {
			continue
		}
		when = passedWords(lang, dl.at, dl.loc)
		said = append(said, dl.what(lang))
	}
	if len(said) == 0 {
		w, _ := lang.T("pages.demo.moved", to)
		return w
	}
	w, _ := lang.T("pages.demo.moved_past", to, when, strings.Join(said, sentence(lang, "pages.demo.separator")))
	return w
}

// passedWords names a moment passed, in lang: the end of a day for a
// deadline that ends at midnight in the court's zone, which most do.
func passedWords(lang *words.Language, t time.Time, loc *time.Location) string {
	lt := t.In(loc)
	if lt.Hour() == 0 && lt.Minute() == 0 && lt.Second() == 0 {
		w, _ := lang.T("pages.demo.end_of", dayWords(lang, courttime.DateOf(lt.Add(-time.Nanosecond))))
		return w
	}
	return demoTime(lang, lt)
}

// demoTime writes a moment as the banner shows it, in lang: its day with
// the weekday (pages.day), then the time of day in t's zone:
// "Tuesday 2022-11-08 09:00 PST" in English.
func demoTime(lang *words.Language, t time.Time) string {
	return dayWords(lang, courttime.DateOf(t)) + " " + t.Format("15:04 MST")
}

// demoClockForm moves the demo clock, as a button of the banner asks:
// move=day a day on (the same time of day in the court's zone), or
// move=deadline to the morning after the next deadline in the cases. Any
// signed-in user may; a server that is not a demo answers 404.
func (s *Pages) demoClockForm(w http.ResponseWriter, r *http.Request) {
	if s.Demo == nil {
		http.NotFound(w, r)
		return
	}
	s.signedIn(func(w http.ResponseWriter, r *http.Request, p access.Principal) {
		d := s.Demo
		now := d.Clock.Now()
		m := &demoMove{}
		switch r.PostFormValue("move") {
		case "day":
			m.to = now.In(d.Zone).AddDate(0, 0, 1)
		case "deadline":
			next, err := s.nextDeadlines(r.Context(), now)
			if err != nil {
				s.pageFault(w, r, p, err)
				return
			}
			if len(next) == 0 {
				m.to, m.none = now, true
				break
			}
			m.to, m.passed = morningAfter(next[0].at, next[0].loc), next
		default:
			s.errorPage(w, r, &p, http.StatusBadRequest, `move: say "day" (a day on) or "deadline" (to the next deadline).`)
			return
		}
		if !m.none {
			if err := d.Clock.MoveTo(m.to); err != nil {
				s.pageFault(w, r, p, err)
				return
			}
		}
		d.mu.Lock()
		d.last = m
		d.mu.Unlock()
		s.Log.InfoContext(r.Context(), "demo clock moved", "move", r.PostFormValue("move"), "to", m.to.UTC().Format(time.RFC3339))
		http.Redirect(w, r, localPath(r.PostFormValue("back")), http.StatusSeeOther)
	})(w, r)
}

// morningAfter is the first demoMorning hour in the court's zone after t.
func morningAfter(t time.Time, loc *time.Location) time.Time {
	lt := t.In(loc)
	m := time.Date(lt.Year(), lt.Month(), lt.Day(), demoMorning, 0, 0, 0, loc)
	if !m.After(t) {
		m = m.AddDate(0, 0, 1)
	}
	return m
}

// backTo is the page a move of the clock returns to: the page shown, or,
// for a page shown in answer to a form (a refusal, a notice sent), the
// case's page, since the form's own address answers only a POST.
func backTo(r *http.Request) string {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return r.URL.RequestURI()
	}
	if id := r.PathValue("id"); id != "" {
		return "/cases/" + url.PathEscape(id)
	}
	return "/"
}

// localPath is back when it is a path on this server, else the home page:
// the form's field must not send anyone elsewhere.
func localPath(back string) string {
	if !strings.HasPrefix(back, "/") || strings.HasPrefix(back, "//") || strings.HasPrefix(back, "/\\") {
		return "/"
	}
	return back
}

// nextDeadlines returns what happens at the earliest moment after now at
// which something in the server's cases changes on its own — a pending
// duty's due day ends, a window closes (on the latest reading of the
// calendar, which is when writ treats it as closed), an account's gate may
// open — and nil when nothing lies ahead.
func (s *Pages) nextDeadlines(ctx context.Context, now time.Time) ([]demoDeadline, error) {
	all, err := s.Cases.Store.Cases(ctx)
	if err != nil {
		return nil, err
	}
	var ahead []demoDeadline
	for _, sc := range all {
		c, a, err := s.Cases.Assess(ctx, sc.ID, now)
		if err != nil {
			return nil, err
		}
		loc := c.Calendar.Location
		number := c.Order.CaseNumber
		add := func(at time.Time, what func(*words.Language) string) {
			if at.After(now) {
				ahead = append(ahead, demoDeadline{at: at, ref: access.CaseRef{ID: c.ID, Provider: c.Order.Provider}, loc: loc,
					what: func(lang *words.Language) string { return sentence(lang, "pages.demo.in_case", what(lang), number) }})
			}
		}
		for _, du := range a.Duties {
			if du.Status == matter.DutyPending && du.ExpiresAt != nil {
				add(*du.ExpiresAt, func(lang *words.Language) string {
					return sentence(lang, "pages.demo.fell_due", dutyWords(lang, du))
				})
			}
		}
		for _, w := range a.Windows {
			if w.ClosesLatestAt != nil {
				add(*w.ClosesLatestAt, func(lang *words.Language) string {
					return sentence(lang, "pages.demo.window_closed", w.Account, windowWords(lang, w.Kind))
				})
			}
		}
		for _, g := range a.Gate.Accounts {
			if !g.Open && !g.Earliest.IsZero() {
				add(g.Earliest.Start(loc), func(lang *words.Language) string {
					return sentence(lang, "pages.demo.may_open", g.Account, dayWords(lang, g.Earliest))
				})
			}
		}
	}
	if len(ahead) == 0 {
		return nil, nil
	}
	sort.SliceStable(ahead, func(i, j int) bool { return ahead[i].at.Before(ahead[j].at) })
	n := 1
	for n < len(ahead) && ahead[n].at.Equal(ahead[0].at) {
		n++
	}
	return ahead[:n], nil
}

// dutyWords names a duty in lang: whose it is and what it asks ("the
// platform's duty to notify A"), from the catalogue's pages.duty.
func dutyWords(lang *words.Language, d matter.Duty) string {
	who := codeWords(lang, "duty_party", d.Party)
	var what string
	switch d.Act {
	case order.NotifyAccountHolders:
		what = sentence(lang, "pages.duty.notify", d.Account)
	case order.AdviseCourt:
		what = sentence(lang, "pages.duty.advise", d.Contest)
	case order.ServeOrderWithSubpoena:
		what = sentence(lang, "pages.duty.serve")
	default:
		what = codeWords(lang, "act", d.Act)
	}
	return sentence(lang, "pages.duty.line", who, what)
}

// windowWords names what a window is for, in lang.
func windowWords(lang *words.Language, a order.Act) string {
	if w, err := lang.T("pages.window." + string(a)); err == nil {
		return w
	}
	return codeWords(lang, "act", a)
}

// demoLinkTTL is how long a sign-in link the demo's sign-in page offers
// works, on the demo's clock: it is made to be followed at once, and the
// next showing of the page makes new ones.
const demoLinkTTL = time.Hour

// demoLink is a sign-in link of the demo's sign-in page.
type demoLink struct {
	Role access.Role
	Name string
	// Path is the link, on this server.
	Path string
}

// demoLinks makes a sign-in link for each of the demo's people.
func (s *Pages) demoLinks(ctx context.Context) ([]demoLink, error) {
	if s.Demo == nil || s.Access == nil || s.Users == nil {
		return nil, nil
	}
	people, err := s.demoPeople(ctx)
	if err != nil {
		return nil, err
	}
	var out []demoLink
	for _, u := range people {
		token, err := s.Access.IssueSignInLink(ctx, u.ID, "demo", s.Now(), demoLinkTTL)
		if err != nil {
			return nil, err
		}
		out = append(out, demoLink{Role: access.Role(u.Role), Name: u.Name, Path: "/auth/link?token=" + url.QueryEscape(token)})
	}
	return out, nil
}

// demoPeople are the users the demo's sign-in page offers links for.
func (s *Pages) demoPeople(ctx context.Context) ([]store.User, error) {
	var out []store.User
	if len(s.Demo.People) > 0 {
		for _, id := range s.Demo.People {
			u, err := s.Users.User(ctx, id)
			if err != nil {
				return nil, err
			}
			if !u.Disabled() {
				out = append(out, u)
			}
		}
		return out, nil
	}
	all, err := s.Users.Users(ctx)
	if err != nil {
		return nil, err
	}
	for _, role := range []access.Role{access.Staff, access.Counsel, access.Court} {
		for _, u := range all {
			if access.Role(u.Role) == role && !u.Disabled() {
				out = append(out, u)
				break
			}
		}
	}
	return out, nil
}
