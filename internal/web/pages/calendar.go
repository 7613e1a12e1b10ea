package pages

import (
	"html/template"
	"net/http"
	"slices"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/matter"
)

// calendarData is a month of the days duties fall due on the cases the
// user sees, as a grid of weeks from Sunday, with the months either side
// and the user's iCalendar feed.
type calendarData struct {
	// Month names the month in the page's language ("November 2022");
	// Prev and Next are the addresses of the months either side.
	Month, Prev, Next string
	// Key is the month as the query gives it (2022-11).
	Key   string
	Weeks [][]calendarDay
	// Count is how many due dates the month holds.
	Count int
	// CanSubscribe offers a feed address; Feed and Webcal are the one just
	// made (shown once: writ keeps only its hash). Webcal is of a scheme
	// html/template does not pass by itself; writ made it from its own
	// address and a token of letters and digits.
	CanSubscribe bool
	Feed         string
	Webcal       template.URL
}

// calendarDay is a day of the grid: InMonth is false for the days of the
// months either side that fill its first and last weeks.
type calendarDay struct {
	Day     courttime.Date
	InMonth bool
	Items   []calendarItem
}

// calendarItem is a duty falling due on a day, with its rule.
type calendarItem struct {
	CaseID, CaseNumber, What, Rule string
	Status                         matter.Status
}

// calendarPage answers GET /calendar?month=YYYY-MM (default: the month of
// today, in UTC).
func (s *Pages) calendarPage(w http.ResponseWriter, r *http.Request, p access.Principal) {
	s.showCalendar(w, r, p, "")
}

// showCalendar renders the month the query asks for, with feed, a new
// feed address, when one was just made.
func (s *Pages) showCalendar(w http.ResponseWriter, r *http.Request, p access.Principal, feed string) {
	now := s.Now()
	first := courttime.D(now.UTC().Year(), now.UTC().Month(), 1)
	if m := r.URL.Query().Get("month"); m != "" {
		t, err := time.Parse("2006-01", m)
		if err != nil || t.Year() < 1900 || t.Year() > 2200 {
			s.errorPage(w, r, &p, http.StatusBadRequest, sentence(pageLanguage(r), "pages.messages.bad_month", m))
			return
		}
		first = courttime.D(t.Year(), t.Month(), 1)
	}
	last := first.AddDays(32)
	last = courttime.D(last.Year, last.Month, 1).AddDays(-1)
	found, err := s.visible(r, p, now)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	lang := pageLanguage(r)
	byDay := map[courttime.Date][]calendarItem{}
	count := 0
	for _, l := range found {
		for i := range l.Duties {
			due := l.Duties[i].Due()
			if due.IsZero() || due.Before(first) || due.After(last) {
				continue
			}
			d := l.Duties[i].Duty()
			byDay[due] = append(byDay[due], calendarItem{CaseID: l.ID, CaseNumber: l.Number, What: dutyWords(lang, d), Rule: d.Rule, Status: d.Status})
			count++
		}
	}
	d := calendarData{Month: monthWords(lang, first.Month, first.Year), Key: first.String()[:7], Count: count,
		Prev: "/calendar?month=" + first.AddDays(-1).String()[:7], Next: "/calendar?month=" + last.AddDays(1).String()[:7],
		CanSubscribe: s.Access != nil}
	if feed != "" {
		d.Feed = strings.TrimSuffix(s.PublicURL, "/") + feed
		if d.Feed == feed {
			d.Feed = "https://" + r.Host + feed
			if !s.Secure && r.TLS == nil {
				d.Feed = "http://" + r.Host + feed
			}
		}
		d.Webcal = template.URL("webcal://" + strings.SplitN(d.Feed, "://", 2)[1])
	}
	for day := first.AddDays(-int(first.Weekday())); !day.After(last); {
		week := make([]calendarDay, 7)
		for i := range week {
			items := byDay[day]
			slices.SortFunc(items, func(a, b calendarItem) int { return strings.Compare(a.CaseNumber+a.What, b.CaseNumber+b.What) })
			week[i] = calendarDay{Day: day, InMonth: day.Month == first.Month, Items: items}
			day = day.AddDays(1)
		}
		d.Weeks = append(d.Weeks, week)
	}
	s.render(w, r, http.StatusOK, "calendar", page{Title: "Calendar · " + d.Month, Principal: &p, Data: d})
}

// newFeedForm answers POST /calendar/feed: it makes the user a new
// calendar feed address (the one before stops working) and shows it once
// on the calendar's page.
func (s *Pages) newFeedForm(w http.ResponseWriter, r *http.Request, p access.Principal) {
	if s.Access == nil {
		s.errorPage(w, r, &p, http.StatusNotFound, "This server gives no calendar feeds.")
		return
	}
	token, err := s.Access.NewFeedToken(r.Context(), p.User.ID)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	s.showCalendar(w, r, p, "/feed/"+token+".ics")
}
