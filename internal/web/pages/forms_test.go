package pages

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/matter"
)

// TestMoreForms: the case page offers, and records, what else happens under
// the order: a notice delivered or bounced, an objection withdrawn, a
// motion filed by an account holder or the platform, and a ruling that
// modifies the scope with the new scope.
func TestMoreForms(t *testing.T) {
	f := newFixture(t)
	path := "/cases/" + f.Own + "/record"
	post := func(who string, form url.Values) string {
		t.Helper()
		form.Set(access.CSRFField, f.CSRF(t, who))
		resp, body := f.Page(t, who, "POST", path, form)
		if resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("%v: %d\n%.600s", form, resp.StatusCode, body)
		}
		return body
	}
	last := func() matter.Event {
		t.Helper()
		c, err := f.Cases.Load(context.Background(), f.Own)
		if err != nil {
			t.Fatal(err)
		}
		return c.Events[len(c.Events)-1]
	}
	_, page := f.Page(t, "staff", "GET", "/cases/"+f.Own, nil)
	for _, want := range []string{`value="notice_delivered"`, `value="notice_failed"`, `value="objection_withdrawn"`, `value="motion_filed"`} {
		if !strings.Contains(page, want) {
			t.Errorf("staff's case page has no form with %s", want)
		}
	}

	post("staff", url.Values{"type": {"notice_failed"}, "at": {"2022-10-22"}, "account": {"Aya@ay_chim0807"}, "note": {"550 mailbox unavailable"}})
	if e := last(); e.Type != matter.NoticeFailed || e.Account != "Aya@ay_chim0807" || e.Note != "550 mailbox unavailable" {
		t.Errorf("recorded %+v", e)
	}
	_, page = f.Page(t, "staff", "GET", "/cases/"+f.Own, nil)
	if !regexp.MustCompile(`name="type" value="notice_sent"><input type="hidden" name="account" value="Aya@ay_chim0807"`).MatchString(page) {
		t.Error("after the notice bounced, the page does not offer to record a new notice to the account")
	}

	post("staff", url.Values{"type": {"objection_withdrawn"}, "at": {"2022-11-10"}, "on": {"obj-1"}})
	if e := last(); e.Type != matter.ObjectionWithdrawn || len(e.On) != 1 || e.On[0] != "obj-1" {
		t.Errorf("recorded %+v", e)
	}

	post("staff", url.Values{"type": {"motion_filed"}, "at": {"2022-11-11"}, "by": {"provider"}, "account": {"Aya@ay_chim0807"}, "docket": {"ECF No. 12"}})
	mot := last()
	if mot.Type != matter.MotionFiled || mot.By != "provider" || mot.Account != "" || mot.Docket != "ECF No. 12" || mot.ID == "" {
		t.Errorf("recorded %+v", mot)
	}

	_, page = f.Page(t, "court", "GET", "/cases/"+f.Own, nil)
	if !strings.Contains(page, `value="modify"`) || !strings.Contains(page, `name="keep_account"`) || strings.Contains(page, "&#34;case_number&#34;") {
		t.Error("the court's page offers no modifying ruling as the scope in force to narrow, or offers JSON")
	}
	// The court narrows the scope to the first account, keeping every
	// category the page shows in force.
	c, _ := f.Cases.Load(context.Background(), f.Own)
	form := url.Values{"type": {"ruling"}, "at": {"2022-12-01"}, "on": {mot.ID}, "outcome": {"modified"}, "narrow": {"yes"},
		"keep_account": {c.Order.Targets[0].Label}}
	for _, m := range regexp.MustCompile(`name="keep_category" value="([a-z_]+)" checked`).FindAllStringSubmatch(page, -1) {
		form.Add("keep_category", m[1])
	}
	post("court", form)
	if e := last(); e.Type != matter.Ruling || e.Outcome != matter.Modified || e.Order == nil || len(e.Order.Targets) != 1 || e.Order.Targets[0].Label != c.Order.Targets[0].Label {
		t.Errorf("recorded %+v", e)
	}

	form = url.Values{"type": {"ruling"}, "at": {"2022-12-01"}, "on": {"obj-1"}, "outcome": {"modified"}, "order": {`{"case_number": 7}`}}
	form.Set(access.CSRFField, f.CSRF(t, "court"))
	n := f.EventCount(t, f.Own)
	if resp, body := f.Page(t, "court", "POST", path, form); resp.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, "order:") {
		t.Errorf("a modifying ruling with a broken order: %d\n%.400s", resp.StatusCode, body)
	}
	if f.EventCount(t, f.Own) != n {
		t.Error("a refused ruling changed the case")
	}
}

// TestCasePageAsOf: ?now= shows the case as it stood at the end of a day,
// with only the events by then and no forms; a bad day is a clear 422.
func TestCasePageAsOf(t *testing.T) {
	f := newFixture(t)
	_, page := f.Page(t, "staff", "GET", "/cases/"+f.Own+"?now=2022-10-25", nil)
	if !strings.Contains(page, "as it stood at the end of") || strings.Contains(page, "SECRET-OBJECTION-TEXT") {
		t.Error("as of 2022-10-25 the page shows the objection received on 2022-11-08, or no notice that it is a past view")
	}
	if strings.Contains(page, `action="/cases/`+f.Own+`/record"`) {
		t.Error("a past view offers forms")
	}
	// The notice went out on 2022-10-21 (Friday): 21 days later is
	// Friday 2022-11-11, Veterans Day, so the window closes Monday
	// 2022-11-14 (Fed. R. Civ. P. 6(a)(1)(C)); on 2022-10-25 it is open.
	if !strings.Contains(page, "2022-11-14") {
		t.Error("as of 2022-10-25 the page does not show the objection window closing 2022-11-14")
	}
	resp, body := f.Page(t, "staff", "GET", "/cases/"+f.Own+"?now=2022-13-01", nil)
	if resp.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(body, "now:") {
		t.Errorf("a bad day: %d\n%.300s", resp.StatusCode, body)
	}
}

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
