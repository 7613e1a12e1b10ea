package pages

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/access"
)

// TestFormsTakeTheTimeOfDay: the case page's forms take a day and a time
// in the court's zone, so an act later the same day as the one it answers
// is accepted in its real order.
func TestFormsTakeTheTimeOfDay(t *testing.T) {
	f := newFixture(t)
	path := "/cases/" + f.Own + "/record"
	for _, form := range []url.Values{
		{"type": {"objection_received"}, "at": {"2022-11-09T14:05"}, "account": {"Aya@ay_chim0807"}},
		{"type": {"court_advised"}, "at": {"2022-11-09T16:30"}, "on": {"obj-2"}},
	} {
		form.Set(access.CSRFField, f.CSRF(t, "staff"))
		if resp, body := f.Page(t, "staff", "POST", path, form); resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("%s at %s: %d\n%.600s", form.Get("type"), form.Get("at"), resp.StatusCode, body)
		}
	}
	evs := f.Events(t, f.Own)
	last := evs[len(evs)-1]
	if last.Type != "court_advised" || last.At.Format("2006-01-02T15:04Z") != "2022-11-10T00:30Z" {
		t.Errorf("the advice was recorded as %s at %s; want 16:30 Pacific (00:30 UTC the next day)", last.Type, last.At)
	}
	_, page := f.Page(t, "staff", "GET", "/cases/"+f.Own, nil)
	if !strings.Contains(page, `type="datetime-local"`) {
		t.Error("the case page's forms do not ask for a time of day")
	}
}
