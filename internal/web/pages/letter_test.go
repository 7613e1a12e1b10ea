package pages

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

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

// TestLetterSealAsked: when the holder asked, with the objection, that it
// be filed under seal, the letter form says so and proposes the sealed
// letter, and the drafted notice tells the court the holder asked.
func TestLetterSealAsked(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	if _, err := f.Cases.Record(ctx, f.Own, matter.Event{Type: matter.NoticeSent, At: webtestDay(t, "2022-10-21"), Account: "konnoyukio@CmRUCE"}, ""); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Cases.Record(ctx, f.Own, matter.Event{Type: matter.ObjectionReceived, ID: "obj-sealed", At: webtestDay(t, "2022-11-08"),
		Account: "konnoyukio@CmRUCE", Note: "Please keep this from the public.", SealRequested: true}, ""); err != nil {
		t.Fatal(err)
	}
	_, page := f.Page(t, "staff", "GET", "/cases/"+f.Own, nil)
	at := strings.Index(page, "Draft the letter advising the court of obj-sealed")
	if at < 0 {
		t.Fatal("the case page offers no letter for the objection")
	}
	form := page[at:]
	form = form[:strings.Index(form, "</form>")]
	if !strings.Contains(form, "The account holder asked that the objection be filed under seal") || !strings.Contains(form, `value="sealed" checked`) {
		t.Errorf("the letter form for an objection asking for a seal:\n%s", form)
	}
	// The seed's court is the Northern District of California: the note
	// names its rule, and not the Federal Rules' fallback as well.
	if !strings.Contains(form, "Civil L.R. 79-5") || strings.Contains(form, "Federal Rules") || strings.Contains(form, "5.2(d)") {
		t.Errorf("the seal note names the rules of a court not this case's:\n%s", form)
	}
	if other := strings.Index(page, "Draft the letter advising the court of obj-1"); other < 0 || strings.Contains(page[other:other+strings.Index(page[other:], "</form>")], `value="sealed" checked`) {
		t.Error("the sealed letter is proposed for an objection that did not ask for it")
	}
	c, a, err := f.Cases.Assess(ctx, f.Own, webtestDay(t, "2022-11-09"))
	if err != nil {
		t.Fatal(err)
	}
	in, err := f.pages.letterInput(c, a, "obj-sealed", "sealed", "", webtestDay(t, "2022-11-09"))
	if err != nil || !in.SealRequested {
		t.Errorf("the letter's input does not say the holder asked for a seal: %+v, %v", in.SealRequested, err)
	}
}

// webtestDay is noon of a day in the court's zone (Pacific).
func webtestDay(t *testing.T, day string) time.Time {
	t.Helper()
	loc, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Fatal(err)
	}
	d, err := time.ParseInLocation("2006-01-02 15:04", day+" 12:00", loc)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
