package pages

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/reader"
	"github.com/writ-project/writ/internal/web/webtest"
)

var (
	inputTag    = regexp.MustCompile(`<input ([^>]*)>`)
	textareaTag = regexp.MustCompile(`(?s)<textarea ([^>]*)>(.*?)</textarea>`)
	selectTag   = regexp.MustCompile(`(?s)<select ([^>]*)>(.*?)</select>`)
	optionTag   = regexp.MustCompile(`<option([^>]*)>([^<]*)`)
	attribute   = regexp.MustCompile(`([a-z-]+)(?:="([^"]*)")?`)
)

// attrs reads a tag's attributes.
func attrs(s string) map[string]string {
	out := map[string]string{}
	for _, m := range attribute.FindAllStringSubmatch(s, -1) {
		out[m[1]] = html.UnescapeString(m[2])
	}
	return out
}

// formValues is what a browser sends of the form posting to action, its
// fields as the page fills them, submitted by its plain submit button:
// text and hidden inputs, checked boxes, textareas, and the selected (or
// first) option of each select. Buttons send nothing.
func formValues(t *testing.T, page, action string) url.Values {
	t.Helper()
	m := regexp.MustCompile(`(?s)<form [^>]*action="` + regexp.QuoteMeta(action) + `"[^>]*>(.*?)</form>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no form posting to %s on the page:\n%.800s", action, page)
	}
	form := m[1]
	v := url.Values{}
	for _, in := range inputTag.FindAllStringSubmatch(form, -1) {
		a := attrs(in[1])
		if a["name"] == "" {
			continue
		}
		if typ := a["type"]; typ == "checkbox" || typ == "radio" {
			if _, on := a["checked"]; !on {
				continue
			}
		}
		v.Add(a["name"], a["value"])
	}
	for _, ta := range textareaTag.FindAllStringSubmatch(form, -1) {
		v.Add(attrs(ta[1])["name"], html.UnescapeString(ta[2]))
	}
	for _, sel := range selectTag.FindAllStringSubmatch(form, -1) {
		name := attrs(sel[1])["name"]
		opts := optionTag.FindAllStringSubmatch(sel[2], -1)
		if len(opts) == 0 {
			continue
		}
		chosen := opts[0]
		for _, o := range opts {
			if _, on := attrs(o[1])["selected"]; on {
				chosen = o
			}
		}
		value, ok := attrs(chosen[1])["value"]
		if !ok { // an option without a value sends its text
			value = html.UnescapeString(chosen[2])
		}
		v.Add(name, value)
	}
	return v
}

// TestIntakeFormBuildsTheOrder: the review is a form with a person's label
// on every field and no JSON; submitted as the page fills it, it builds
// the very order that the same order sent as JSON builds. Both for the
// reader's proposal of the seed order's text and for the seed order as
// examples/orders/takagi-2022.json has it (its windows, bounds and
// evidence), shown in the form.
func TestIntakeFormBuildsTheOrder(t *testing.T) {
	f := newFixture(t)
	text := webtest.SeedOrderText(t)
	opened := func(resp *http.Response, page string) *order.Order {
		t.Helper()
		if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/cases/c-") {
			t.Fatalf("no case opened: %d\n%.2000s", resp.StatusCode, page)
		}
		c, err := f.Cases.Load(context.Background(), strings.TrimPrefix(resp.Header.Get("Location"), "/cases/"))
		if err != nil {
			t.Fatal(err)
		}
		return c.Order
	}

	t.Run("Proposal", func(t *testing.T) {
		resp, page := f.upload(t, "staff", "order.txt", []byte(text))
		if resp.StatusCode != 200 {
			t.Fatalf("upload: %d", resp.StatusCode)
		}
		for _, no := range []string{"/order/", "/targets/", "JSON", `{&#34;`, `&#34;case_number&#34;`} {
			if strings.Contains(page, no) {
				t.Errorf("the review page shows %q", no)
			}
		}
		for _, want := range []string{"<legend>Caption</legend>", "<legend>Accounts</legend>", "<legend>Requests</legend>", "<legend>Conditions</legend>",
			"<legend>Use restriction</legend>", "Case number <input", "Account 2", "Request 2, period 2", "% sure", `href="#span-`, "check this first"} {
			if !strings.Contains(page, want) {
				t.Errorf("the review page lacks %q", want)
			}
		}
		form := formValues(t, page, "/intake/confirm")
		form.Set(access.CSRFField, f.CSRF(t, "staff"))
		form.Set("again", "yes") // the fixture has this order open already
		viaForm := opened(f.Page(t, "staff", "POST", "/intake/confirm", form))

		proposal, err := json.Marshal(reader.Read(text).Order)
		if err != nil {
			t.Fatal(err)
		}
		// The same order as JSON, opened as the API and the command line
		// open it (the page takes no JSON).
		c, err := f.Cases.Open(context.Background(), proposal, "", "staff")
		if err != nil {
			t.Fatal(err)
		}
		loaded, err := f.Cases.Load(context.Background(), c.ID)
		if err != nil {
			t.Fatal(err)
		}
		viaJSON := loaded.Order
		if !reflect.DeepEqual(viaForm, viaJSON) {
			t.Errorf("the form built\n%s\nthe JSON built\n%s", webtest.MustJSON(t, viaForm), webtest.MustJSON(t, viaJSON))
		}
	})

	t.Run("SeedOrder", func(t *testing.T) {
		want, err := order.Parse(examples.SeedOrder())
		if err != nil {
			t.Fatal(err)
		}
		// The review shows the whole order in the form (the page takes no
		// JSON: the review is rendered with the order, as it is for a
		// person's corrections).
		p, err := f.Access.Authenticate(context.Background(), f.Tokens["staff"], webtestNow())
		if err != nil {
			t.Fatal(err)
		}
		rec := httptest.NewRecorder()
		f.pages.review(rec, httptest.NewRequest("POST", "/intake/confirm", nil), p, http.StatusOK, text, []byte(text), "order.txt", want, nil, false)
		if rec.Code != 200 {
			t.Fatalf("review: %d\n%.1000s", rec.Code, rec.Body.String())
		}
		page := rec.Body.String()
		form := formValues(t, page, "/intake/confirm")
		form.Set(access.CSRFField, f.CSRF(t, "staff"))
		form.Set("again", "yes")
		if got := opened(f.Page(t, "staff", "POST", "/intake/confirm", form)); !reflect.DeepEqual(got, want) {
			t.Errorf("the form built\n%s\nthe JSON is\n%s", webtest.MustJSON(t, got), webtest.MustJSON(t, want))
		}
	})
}

// TestIntakeFormLists: the lists grow and shrink by buttons that post the
// form back, with nothing stored; a mistake is named as the form labels
// the field.
func TestIntakeFormLists(t *testing.T) {
	f := newFixture(t)
	_, page := f.upload(t, "staff", "order.txt", []byte(webtest.SeedOrderText(t)))
	form := formValues(t, page, "/intake/confirm")
	form.Set(access.CSRFField, f.CSRF(t, "staff"))
	before := len(f.cases(t))
	post := func(edit string) string {
		t.Helper()
		form.Set("edit", edit)
		resp, page := f.Page(t, "staff", "POST", "/intake/confirm", form)
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %d\n%.1000s", edit, resp.StatusCode, page)
		}
		form = formValues(t, page, "/intake/confirm")
		form.Set(access.CSRFField, f.CSRF(t, "staff"))
		return page
	}
	page = post("add-target")
	if !strings.Contains(page, "<legend>Account 3</legend>") || !form.Has("t.2.label") || form.Get("t.2.label") != "" {
		t.Errorf("adding an account: %v", form["t.2.label"])
	}
	page = post("remove-target-0")
	if strings.Contains(page, "<legend>Account 3</legend>") || form.Get("t.0.label") != "Aya@ay_chim0807" {
		t.Errorf("removing the first account left %q first", form.Get("t.0.label"))
	}
	post("add-window-0")
	if form.Get("r.0.w.0.kind") != string(order.Range) {
		t.Errorf("adding a period to request 1: %v", form["r.0.w.0.kind"])
	}
	post("remove-condition-5")
	if form.Has("c.5.act") {
		t.Error("the hold was not removed")
	}
	post("add-purpose")
	if !form.Has("purpose.2") {
		t.Error("no third purpose")
	}
	if n := len(f.cases(t)); n != before {
		t.Fatalf("editing the lists stored %d cases", n-before)
	}
	// The empty account and purpose, a period with no ends, and no hold:
	// the problems are named as the form labels the fields.
	form.Del("edit")
	form.Set("again", "yes")
	form.Set("t.1.label", "")
	resp, page := f.Page(t, "staff", "POST", "/intake/confirm", form)
	if resp.StatusCode != 422 {
		t.Fatalf("an invalid form: %d", resp.StatusCode)
	}
	for _, want := range []string{"Account 2: label: is required", "Request 1, period 1: from", "Use restriction, purpose 3"} {
		if !strings.Contains(html.UnescapeString(page), want) {
			t.Errorf("the problems lack %q", want)
		}
	}
	if n := len(f.cases(t)); n != before {
		t.Fatal("an invalid form opened a case")
	}
}

// TestIntakeSameOrderAgain: the same order (court, case number, platform)
// taken in again through the review points to the case already open, with a link, and stores
// nothing; a second case opens only when the person ticks the box that
// says so. The same case number directed to another platform is another
// case.
func TestIntakeSameOrderAgain(t *testing.T) {
	f := newFixture(t)
	link := `<a href="/cases/` + f.Own + `">`

	t.Run("Review", func(t *testing.T) {
		n := len(f.cases(t))
		resp, page := f.upload(t, "staff", "order.txt", []byte(webtest.SeedOrderText(t)))
		if resp.StatusCode != 200 || !strings.Contains(page, "already open") || !strings.Contains(page, link) {
			t.Errorf("the review does not say the order is open already: %d", resp.StatusCode)
		}
		form := formValues(t, page, "/intake/confirm")
		form.Set(access.CSRFField, f.CSRF(t, "staff"))
		resp, page = f.Page(t, "staff", "POST", "/intake/confirm", form)
		if resp.StatusCode != http.StatusConflict || !strings.Contains(page, link) || !strings.Contains(page, "Open a second case") {
			t.Errorf("confirming the same order again: %d", resp.StatusCode)
		}
		if len(f.cases(t)) != n {
			t.Fatal("confirming the same order again opened a case")
		}
		form.Set("again", "yes")
		if resp, _ := f.Page(t, "staff", "POST", "/intake/confirm", form); resp.StatusCode != http.StatusSeeOther || len(f.cases(t)) != n+1 {
			t.Errorf("a second case, chosen: %d", resp.StatusCode)
		}
	})
}

// base64Text is a document as the review form carries it.
func base64Text(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
