package pages

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/matter"
)

// TestLetterToTheCourt: staff draft the letter advising the court of an
// objection from the case page; it is kept and offered for download;
// recording the court advised files it; the court sees it only once
// advised, counsel never.
func TestLetterToTheCourt(t *testing.T) {
	f := newFixture(t)
	post := func(who, path string, form url.Values) (*http.Response, string) {
		form.Set(access.CSRFField, f.CSRF(t, who))
		return f.Page(t, who, "POST", path, form)
	}
	if resp, body := post("staff", "/cases/"+f.Own+"/letters", url.Values{"on": {"obj-1"}, "mode": {"summary"}}); resp.StatusCode != 422 || !strings.Contains(body, "summary") {
		t.Errorf("a summary letter without a summary: %d", resp.StatusCode)
	}
	resp, body := post("staff", "/cases/"+f.Own+"/letters", url.Values{"on": {"obj-1"}, "mode": {"sealed"}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("draft: %d\n%.500s", resp.StatusCode, body)
	}
	c, _ := f.Cases.Load(context.Background(), f.Own)
	e := c.Events[len(c.Events)-1]
	if e.Type != matter.LetterDrafted || e.Digest == "" || e.On[0] != "obj-1" {
		t.Fatalf("recorded %+v", e)
	}
	letterPath := "/cases/" + f.Own + "/letters/" + e.Digest
	_, page := f.Page(t, "staff", "GET", "/cases/"+f.Own, nil)
	if !strings.Contains(page, letterPath) {
		t.Error("the case page does not offer the letter")
	}
	if resp, pdf := f.Page(t, "staff", "GET", letterPath, nil); resp.StatusCode != 200 || !strings.HasPrefix(pdf, "%PDF-") {
		t.Errorf("staff download the letter: %d", resp.StatusCode)
	}
	for _, who := range []string{"court", "counsel", "staff-elsewhere"} {
		if resp, _ := f.Page(t, who, "GET", letterPath, nil); resp.StatusCode == 200 {
			t.Errorf("%s gets the letter before the court was advised", who)
		}
	}
	if resp, body := post("staff", "/cases/"+f.Own+"/record", url.Values{"type": {"court_advised"}, "on": {"obj-1"}, "at": {"2022-11-09"}}); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("court advised: %d\n%.400s", resp.StatusCode, body)
	}
	c, _ = f.Cases.Load(context.Background(), f.Own)
	if adv := c.Events[len(c.Events)-1]; adv.Type != matter.CourtAdvised || adv.Digest != e.Digest {
		t.Errorf("advising the court does not file the letter: %+v", adv)
	}
	if _, home := f.Page(t, "court", "GET", "/", nil); !strings.Contains(home, letterPath) {
		t.Error("the court's home page does not offer the letter that advised it")
	}
	if resp, pdf := f.Page(t, "court", "GET", letterPath, nil); resp.StatusCode != 200 || !strings.HasPrefix(pdf, "%PDF-") {
		t.Errorf("the court, advised, gets the letter: %d", resp.StatusCode)
	}
	if resp, _ := f.Page(t, "counsel", "GET", letterPath, nil); resp.StatusCode == 200 {
		t.Error("counsel get the letter")
	}
	if resp, _ := f.Page(t, "staff", "GET", "/cases/"+f.Own+"/letters/"+strings.Repeat("0", 64), nil); resp.StatusCode != 404 {
		t.Errorf("an unknown letter: %d", resp.StatusCode)
	}
}
