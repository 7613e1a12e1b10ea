package pages

import (
	"fmt"
	"strings"

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
