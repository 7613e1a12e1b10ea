package pages

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/access"
)

// TestIntakeTakesNoJSON: the staff's intake takes the court's document
// (its text or PDF), which writ reads and shows as a form, and never an
// order written as JSON (issue 15: no JSON anywhere for staff): a JSON
// file or a JSON text is refused, saying where such an order is taken in
// (the API, the command line), and nothing is stored. The review's
// confirmation builds the order from the form's fields alone: a JSON
// order sent beside them is not read.
func TestIntakeTakesNoJSON(t *testing.T) {
	f := newFixture(t)
	before := len(f.cases(t))
	seed := examples.SeedOrder()
	for name, send := range map[string]func() (*http.Response, string){
		"file": func() (*http.Response, string) { return f.upload(t, "staff", "takagi-2022.json", seed) },
		"text": func() (*http.Response, string) {
			return f.Page(t, "staff", "POST", "/intake", url.Values{access.CSRFField: {f.CSRF(t, "staff")}, "order": {string(seed)}, "again": {"yes"}})
		},
	} {
		resp, page := send()
		if resp.StatusCode != http.StatusUnsupportedMediaType || !strings.Contains(page, "/api/v1/cases") || !strings.Contains(page, "writ case new") {
			t.Errorf("an order as JSON (%s): %d\n%.1500s", name, resp.StatusCode, page)
		}
	}
	if n := len(f.cases(t)); n != before {
		t.Fatalf("%d cases after JSON was refused; want %d", n, before)
	}
	// The confirmation with no fields but a JSON order: nothing opens.
	form := url.Values{access.CSRFField: {f.CSRF(t, "staff")}, "original": {base64Text(string(seed))}, "name": {"order.txt"},
		"order": {string(seed)}, "again": {"yes"}}
	if resp, _ := f.Page(t, "staff", "POST", "/intake/confirm", form); resp.StatusCode == http.StatusSeeOther || len(f.cases(t)) != before {
		t.Errorf("the confirmation opened a case from a JSON order: %d", resp.StatusCode)
	}
}
