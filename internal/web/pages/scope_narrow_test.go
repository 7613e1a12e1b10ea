package pages

import (
	"bytes"
	"context"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
)

// TestNarrowScope: a ruling that modifies the subpoena is entered as the
// scope in force with boxes to untick: the partial offers every account and
// category of the order in force, ticked; the ruling records the order in
// force cut back to the boxes left ticked (a request left with no category
// dropped); a box for something the order in force does not reach adds
// nothing; a ruling that does not modify records no order.
func TestNarrowScope(t *testing.T) {
	seed, err := order.Parse(examples.SeedOrder())
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := pageTemplates["case"].ExecuteTemplate(&buf, "narrow-scope", newScopeChoice(seed)); err != nil {
		t.Fatal(err)
	}
	form := formValues(t, `<form action="/ruling">`+buf.String()+`</form>`, "/ruling")
	if got := form["keep_account"]; !slices.Equal(got, []string{"konnoyukio@CmRUCE", "Aya@ay_chim0807"}) {
		t.Errorf("the accounts offered, ticked: %v", got)
	}
	if got := form["keep_category"]; !slices.Equal(got, []string{"names", "addresses", "emails", "phones", "card_holder", "other_payment", "access_logs"}) {
		t.Errorf("the categories offered, ticked: %v", got)
	}
	if strings.Contains(buf.String(), "JSON") || strings.Contains(buf.String(), "textarea") {
		t.Error("the scope is offered as text to type")
	}

	f := newFixture(t)
	last := func() matter.Event {
		t.Helper()
		c, err := f.Cases.Load(context.Background(), f.Own)
		if err != nil {
			t.Fatal(err)
		}
		return c.Events[len(c.Events)-1]
	}
	post := func(form url.Values) {
		t.Helper()
		form.Set(access.CSRFField, f.CSRF(t, "court"))
		if resp, body := f.Page(t, "court", "POST", "/cases/"+f.Own+"/record", form); resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("%v: %d\n%.1500s", form, resp.StatusCode, body)
		}
	}
	post(url.Values{"type": {"ruling"}, "at": {"2022-12-01"}, "on": {"obj-1"}, "outcome": {"modified"}, "narrow": {"yes"},
		"keep_account":  {"Aya@ay_chim0807", "someone@else"},
		"keep_category": {"names", "emails", "content"}})
	e := last()
	if e.Type != matter.Ruling || e.Order == nil {
		t.Fatalf("recorded %+v", e)
	}
	if len(e.Order.Targets) != 1 || e.Order.Targets[0].Label != "Aya@ay_chim0807" {
		t.Errorf("the accounts as modified: %+v", e.Order.Targets)
	}
	if len(e.Order.Requests) != 1 || e.Order.Requests[0].Number != 1 || !slices.Equal(e.Order.Requests[0].Categories, []order.Category{order.Names, order.Emails}) {
		t.Errorf("the requests as modified: %+v", e.Order.Requests)
	}
	if e.Order.CaseNumber != seed.CaseNumber || len(e.Order.Conditions) != len(seed.Conditions) {
		t.Error("the rest of the order in force did not carry over")
	}

	// A motion denied, the boxes sent all the same: no order as modified.
	form = url.Values{"type": {"motion_filed"}, "at": {"2022-12-02"}, "by": {"provider"}, "docket": {"ECF No. 14"}, access.CSRFField: {f.CSRF(t, "staff")}}
	if resp, body := f.Page(t, "staff", "POST", "/cases/"+f.Own+"/record", form); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("motion: %d\n%.1500s", resp.StatusCode, body)
	}
	post(url.Values{"type": {"ruling"}, "at": {"2022-12-05"}, "on": {last().ID}, "outcome": {"denied"}, "narrow": {"yes"}, "keep_account": {"Aya@ay_chim0807"}})
	if e := last(); e.Type != matter.Ruling || e.Order != nil {
		t.Errorf("a denial recorded %+v", e)
	}
}
