package pages

import (
	"fmt"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/words"
)

// dayWords writes a day as the pages show it, its weekday and its date,
// in lang, from the catalogue's pages.day: "Monday 2022-10-31" in
// English (as courttime's Long writes it), "2022-10-31（月）" in
// Japanese. No day is a dash.
func dayWords(lang *words.Language, d courttime.Date) string {
	if d.IsZero() {
		return "—"
	}
	w, err := lang.T("pages.day."+strings.ToLower(d.Weekday().String()), d.String())
	if err != nil {
		return d.Long()
	}
	return w
}

// codeWords says a code of writ's vocabulary (an event's type
// "order_entered", a webhook's kind "duty.due_soon", a report's dimension
// "legal_basis") in lang, from the catalogue's group pages.GROUP, where
// the code is the key. A code the catalogue does not word is shown as
// the pages showed codes before, its underscores as spaces.
func codeWords(lang *words.Language, group string, code any) string {
	c := fmt.Sprint(code)
	if w, err := lang.T("pages." + group + "." + c); err == nil {
		return w
	}
	return strings.ReplaceAll(c, "_", " ")
}

// sentence is words the pages compose in Go, in lang: the catalogue's
// key formatted with args. The catalogue has every key in every language
// (words.Load sees to it), so a key missing here is a typo, shown as the
// key itself for the tests that read the page to catch.
func sentence(lang *words.Language, key string, args ...any) string {
	w, err := lang.T(key, args...)
	if err != nil {
		return key
	}
	return w
}

// momentWords writes an instant as the timeline and the productions show
// it, in lang, from the catalogue's pages.moment: its day with a short
// weekday, then the time of day in t's zone: "Thu 2022-10-20 00:00 PDT"
// in English, "2022-10-20（木） 00:00 PDT" in Japanese.
func momentWords(lang *words.Language, t time.Time) string {
	return sentence(lang, "pages.moment."+strings.ToLower(t.Weekday().String()), t.Format("2006-01-02"), t.Format("15:04 MST"))
}

// monthWords names a month of a year as the calendar does, in lang:
// "November 2022", "2022年11月".
func monthWords(lang *words.Language, m time.Month, year int) string {
	return sentence(lang, "pages.month."+strings.ToLower(m.String()), year)
}
