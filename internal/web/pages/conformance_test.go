package pages

import (
	"context"
	"net/http"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestServiceChecksTheSubpoena: when staff give the subpoena's text with
// its service, writ checks the wording against the order: the seed's
// original subpoena ("all documents showing") is recorded as not
// conforming whatever the checkbox said, and the page says why; the
// revised one conforms. The text is kept with the case.
func TestServiceChecksTheSubpoena(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct {
		file     string
		conforms bool
	}{
		{"takagi-original.txt", false},
		{"takagi-revised.txt", true},
	} {
		t.Run(tc.file, func(t *testing.T) {
			text, err := os.ReadFile(webtest.Path(t, "internal", "reader", "testdata", "subpoenas", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			c, err := f.Cases.Open(context.Background(), examples.SeedOrder(), "", "")
			if err != nil {
				t.Fatal(err)
			}
			form := url.Values{"type": {"subpoena_served"}, "at": {"2022-10-20"}, "with_order": {"yes"}, "conforms": {"yes"},
				"subpoena": {string(text)}, access.CSRFField: {f.CSRF(t, "staff")}}
			resp, page := f.Page(t, "staff", "POST", "/cases/"+c.ID+"/record", form)
			loaded, _ := f.Cases.Load(context.Background(), c.ID)
			e := loaded.Events[len(loaded.Events)-1]
			if e.Type != matter.SubpoenaServed || e.Conforms == nil || *e.Conforms != tc.conforms || e.Digest == "" {
				t.Fatalf("recorded %+v", e)
			}
			if b, err := f.Cases.Store.Blob(context.Background(), c.ID, e.Digest); err != nil || string(b) != strings.TrimSpace(string(text)) {
				t.Errorf("the subpoena's text is not kept: %v", err)
			}
			if tc.conforms {
				if resp.StatusCode != http.StatusSeeOther {
					t.Errorf("a conforming subpoena: %d", resp.StatusCode)
				}
				return
			}
			if resp.StatusCode != 200 || !strings.Contains(page, "does not conform") || !strings.Contains(page, "sufficient to show") {
				t.Errorf("the page does not say why the subpoena does not conform: %d\n%.600s", resp.StatusCode, page)
			}
		})
	}
}
