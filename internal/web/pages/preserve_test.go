package pages

import (
	"net/url"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/seal"
	"github.com/writ-project/writ/internal/web/productions"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestPreserveFromThePage: the order requires the platform to preserve the
// information sought and not to disclose it. Staff preserve the accounts'
// records from the case page, as writ preserve does: each account resolved
// in the platform's records, its records sealed and kept, the preservation
// recorded as their act; the form is offered until every account is
// preserved, and to no one who may not preserve.
func TestPreserveFromThePage(t *testing.T) {
	key, _, err := seal.NewKey()
	if err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, func(s *Pages) {
		s.Packages = &productions.Packages{Dir: t.TempDir(), Source: webtest.Platform(t), SealKey: key}
	})
	form := `action="/cases/` + f.Own + `/preserve"`
	if _, page := f.Page(t, "staff", "GET", "/cases/"+f.Own, nil); !strings.Contains(page, form) {
		t.Fatalf("the case page offers staff no preservation:\n%.3000s", page)
	}
	if _, page := f.Page(t, "counsel", "GET", "/cases/"+f.Own, nil); strings.Contains(page, form) {
		t.Error("the case page offers counsel the preservation")
	}
	if resp, _ := f.Page(t, "counsel", "POST", "/cases/"+f.Own+"/preserve", url.Values{access.CSRFField: {f.CSRF(t, "counsel")}}); resp.StatusCode != 403 && resp.StatusCode != 404 {
		t.Errorf("counsel preserving: %d, want refused", resp.StatusCode)
	}
	if n := strings.Count(eventTypes(t, f), "preservation_started"); n != 0 {
		t.Fatalf("%d preservations before staff preserved", n)
	}

	resp, page := f.Page(t, "staff", "POST", "/cases/"+f.Own+"/preserve", url.Values{access.CSRFField: {f.CSRF(t, "staff")}})
	if resp.StatusCode != 200 || !strings.Contains(page, "Preserved the records of 2 accounts") {
		t.Fatalf("preserve: %d\n%.3000s", resp.StatusCode, page)
	}
	if n := strings.Count(eventTypes(t, f), "preservation_started"); n != 2 {
		t.Errorf("%d preservations recorded, want one for each of the 2 accounts", n)
	}
	for _, e := range f.Events(t, f.Own) {
		if e.Type == "preservation_started" && !strings.HasPrefix(e.Actor, "staff") {
			t.Errorf("the preservation is recorded as %q's act, want the staff's", e.Actor)
		}
	}
	if _, page := f.Page(t, "staff", "GET", "/cases/"+f.Own, nil); strings.Contains(page, form) {
		t.Error("the case page still offers the preservation once every account is preserved")
	}
}
