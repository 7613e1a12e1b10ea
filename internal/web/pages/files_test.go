package pages

import (
	"context"
	"encoding/base64"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/letter"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/web/webtest"
)

// noOrphans fails t when the store keeps a file that no event names: a
// file of a refused event (issue 13: files are stored with their event,
// cases.RecordWith, never before it).
func (f *fixture) noOrphans(t *testing.T) {
	t.Helper()
	breaks, orphans, err := f.Cases.Store.VerifyBlobs(context.Background())
	if err != nil || len(breaks) > 0 || len(orphans) > 0 {
		t.Errorf("VerifyBlobs: breaks %v, orphans %v, %v", breaks, orphans, err)
	}
}

// TestRefusedEventKeepsNoFile: the subpoena's text given with a service,
// the letter's PDFs and the court's document taken in are kept with their
// event, in its transaction: when the event is refused, no file is kept.
func TestRefusedEventKeepsNoFile(t *testing.T) {
	f := newFixture(t)
	post := func(path string, form url.Values) int {
		form.Set(access.CSRFField, f.CSRF(t, "staff"))
		resp, _ := f.Page(t, "staff", "POST", path, form)
		return resp.StatusCode
	}
	t.Run("Subpoena", func(t *testing.T) {
		// The fixture's case was served already, with the order and a
		// subpoena that conforms: another service is refused.
		code := post("/cases/"+f.Own+"/record", url.Values{"type": {"subpoena_served"}, "at": {"2022-10-25"}, "with_order": {"yes"}, "conforms": {"yes"},
			"subpoena": {"SUBPOENA TO PRODUCE DOCUMENTS sufficient to show"}})
		if code != 409 {
			t.Errorf("a second service: %d, want 409", code)
		}
		f.noOrphans(t)
	})
	t.Run("Letter", func(t *testing.T) {
		form := func(summary string) url.Values {
			return url.Values{"on": {"obj-1"}, "mode": {"summary"}, "summary": {summary}, "key": {"letter-key"}}
		}
		if code := post("/cases/"+f.Own+"/letters", form("The holder objects.")); code != 303 {
			t.Fatalf("draft: %d", code)
		}
		// The same form's key with another letter: refused, and its PDFs
		// are not kept.
		if code := post("/cases/"+f.Own+"/letters", form("Another summary altogether.")); code != 422 {
			t.Errorf("another letter under the same key: %d, want 422", code)
		}
		f.noOrphans(t)
	})
	t.Run("OrderDocument", func(t *testing.T) {
		// The review's form, as the page fills it from the seed's text.
		_, page := f.upload(t, "staff", "order.txt", []byte(webtest.SeedOrderText(t)))
		fields := formValues(t, page, "/intake/confirm")
		confirm := func(doc string) int {
			form := url.Values{}
			for k, v := range fields {
				form[k] = v
			}
			form.Set("original", base64.StdEncoding.EncodeToString([]byte(doc)))
			form.Set("key", "intake-key")
			form.Set("again", "yes")
			return post("/intake/confirm", form)
		}
		if code := confirm("The order, as the court wrote it."); code != 303 {
			t.Fatalf("intake: %d", code)
		}
		if code := confirm("Another document under the same key."); code < 400 {
			t.Errorf("another document under the same key: %d", code)
		}
		f.noOrphans(t)
	})
}

// TestLetterPapers: a letter keeps each paper as its own PDF with the
// event that records it, besides the papers in one file; the case page
// offers each, and says beside them what to fill in and to check before
// filing; counsel configured (Pages.Counsel) sign them, leaving no blank
// for their block. The court, once advised, gets the papers; not before.
func TestLetterPapers(t *testing.T) {
	f := newFixture(t, func(s *Pages) {
		s.Counsel = letter.Counsel{Name: "Jane Counsel", BarNumber: "123456", Firm: "Counsel LLP", Address: []string{"1 Main St", "San Jose, CA"},
			Email: "jane@counsel.example", Phone: "408-555-0100"}
	})
	form := url.Values{"on": {"obj-1"}, "mode": {"sealed"}, access.CSRFField: {f.CSRF(t, "staff")}}
	if resp, body := f.Page(t, "staff", "POST", "/cases/"+f.Own+"/letters", form); resp.StatusCode != 303 {
		t.Fatalf("draft: %d\n%.600s", resp.StatusCode, body)
	}
	e := f.Last(t, f.Own)
	if e.Type != matter.LetterDrafted || e.Digest == "" {
		t.Fatalf("recorded %+v", e)
	}
	var papers []matter.Attachment
	for _, a := range e.Attachments {
		if a.Type == "application/pdf" {
			papers = append(papers, a)
		}
	}
	if len(papers) != 5 {
		t.Fatalf("the sealed letter keeps %d papers, want 5 (notice, motion, declaration, proposed order, exhibit): %+v", len(papers), e.Attachments)
	}
	for _, p := range papers {
		b, err := f.Cases.Store.Blob(context.Background(), f.Own, p.SHA256)
		if err != nil || !strings.HasPrefix(string(b), "%PDF-") || int64(len(b)) != p.Size {
			t.Errorf("paper %s: %v", p.Name, err)
		}
	}
	_, page := f.Page(t, "staff", "GET", "/cases/"+f.Own, nil)
	for _, p := range papers {
		if !strings.Contains(page, "/cases/"+f.Own+"/letters/"+p.SHA256) {
			t.Errorf("the case page does not offer the paper %s", p.Name)
		}
	}
	for _, want := range []string{"the date of filing", "Counsel reviews each paper"} {
		if !strings.Contains(page, want) {
			t.Errorf("the case page does not say %q beside the letter", want)
		}
	}
	if strings.Contains(page, "WRIT_COUNSEL_NAME") {
		t.Error("counsel configured, the letter still has their block to fill in")
	}
	paper := "/cases/" + f.Own + "/letters/" + papers[4].SHA256
	if resp, _ := f.Page(t, "court", "GET", paper, nil); resp.StatusCode != 404 {
		t.Errorf("the court gets a paper before it was advised: %d", resp.StatusCode)
	}
	advise := url.Values{"type": {"court_advised"}, "on": {"obj-1"}, "at": {"2022-11-15"}, access.CSRFField: {f.CSRF(t, "staff")}}
	if resp, _ := f.Page(t, "staff", "POST", "/cases/"+f.Own+"/record", advise); resp.StatusCode != 303 {
		t.Fatalf("advise: %d", resp.StatusCode)
	}
	if resp, body := f.Page(t, "court", "GET", paper, nil); resp.StatusCode != 200 || !strings.HasPrefix(body, "%PDF-") ||
		!strings.Contains(resp.Header.Get("Content-Disposition"), "exhibit-a-obj-1") {
		t.Errorf("the court, advised, gets the exhibit: %d %q", resp.StatusCode, resp.Header.Get("Content-Disposition"))
	}
	if resp, _ := f.Page(t, "counsel", "GET", paper, nil); resp.StatusCode != 403 {
		t.Errorf("counsel: %d", resp.StatusCode)
	}
	_, court := f.Page(t, "court", "GET", "/cases/"+f.Own, nil)
	if strings.Contains(court, "Counsel reviews each paper") {
		t.Error("the court is shown the platform's checklist")
	}
}

// TestLetterInputProduced: the letter says when information was produced
// to the applicant before the objection came, on the court's day of the
// first release before it; a release after it is not that.
func TestLetterInputProduced(t *testing.T) {
	f := newFixture(t)
	c, err := f.Cases.Load(context.Background(), f.Own)
	if err != nil {
		t.Fatal(err)
	}
	loc := c.Calendar.Location
	at := func(day string, hour int) time.Time {
		d, _ := time.ParseInLocation("2006-01-02", day, loc)
		return d.Add(time.Duration(hour) * time.Hour)
	}
	for _, tc := range []struct {
		name     string
		released time.Time
		want     courttime.Date
	}{
		{"ReleasedBefore", at("2022-11-04", 23), courttime.Date{Year: 2022, Month: 11, Day: 4}},
		{"ReleasedAfter", at("2022-11-09", 10), courttime.Date{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			events := append([]matter.Event(nil), c.Events...)
			built := tc.released.Add(-time.Hour)
			events = append(events,
				matter.Event{Type: matter.ProductionBuilt, At: built, RecordedAt: built, ID: "prod-1", Accounts: []string{"konnoyukio@CmRUCE"}},
				matter.Event{Type: matter.ProductionReleased, At: tc.released, RecordedAt: tc.released, On: []string{"prod-1"}})
			// Keep the events in time order, as a log's are.
			for i := len(events) - 1; i > 0 && events[i].At.Before(events[i-1].At); i-- {
				events[i], events[i-1] = events[i-1], events[i]
			}
			cc := *c
			cc.Events = events
			a, err := matter.Assess(events, c.Calendar, at("2022-11-10", 12))
			if err != nil {
				t.Fatal(err)
			}
			in, err := f.pages.letterInput(&cc, a, "obj-1", letter.Summary, "x", at("2022-11-10", 12))
			if err != nil {
				t.Fatal(err)
			}
			if in.Produced != tc.want {
				t.Errorf("Produced = %v, want %v", in.Produced, tc.want)
			}
		})
	}
}
