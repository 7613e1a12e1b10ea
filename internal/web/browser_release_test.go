package web

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestBrowserStaffReleases: staff release a production from the case page
// only through its review, which shows its accounts, Bates range and
// files; the productions table then says who released it. Screenshots of
// the review and of the table are kept.
func TestBrowserStaffReleases(t *testing.T) {
	f := productionFixture(t)
	for _, e := range []string{
		`{"type":"notice_sent","at":"2022-10-28","account":"konnoyukio@CmRUCE"}`,
		`{"type":"court_advised","at":"2022-11-15","on":["obj-1"]}`,
		`{"type":"ruling","at":"2022-12-05","on":["obj-1"],"outcome":"overruled"}`,
	} {
		if code, body := f.Do(t, "staff", "POST", "/api/v1/cases/"+f.Own+"/events", e); code != 201 {
			t.Fatalf("record %s: %d %s", e, code, body)
		}
	}
	if code, body := f.Do(t, "staff", "POST", "/api/v1/cases/"+f.Own+"/productions", `{}`); code != 201 {
		t.Fatalf("produce: %d %s", code, body)
	}
	ctx := webtest.Browser(t)
	do := webtest.Steps(t, ctx)
	do("open the case's productions", webtest.SessionCookie(f.URL, f.Tokens["staff"]), chromedp.Navigate(f.URL+"/cases/"+f.Own+"#productions"),
		chromedp.WaitVisible(chromedp.CSS(`table.productions`)))
	do("review the release", chromedp.Click(chromedp.CSS(`a[href$="/productions/prod-1/release"]`)), chromedp.WaitVisible(chromedp.CSS(`dd.bates`)))
	text := webtest.WaitText(t, ctx, "Bates range")
	for _, want := range []string{"konnoyukio@CmRUCE", "Aya@ay_chim0807", ".pdf"} {
		if !strings.Contains(text, want) {
			t.Errorf("the review does not show %q", want)
		}
	}
	webtest.Shoot(t, ctx, "case-release-review.png")
	do("release", chromedp.Click(chromedp.CSS(`form[action$="/release"] button[type="submit"]`)), chromedp.WaitVisible(chromedp.CSS(`table.productions`)))
	// The review page has no productions table: this is the case page
	// again, after the release.
	if _, body := f.Page(t, "staff", "GET", "/cases/"+f.Own, nil); strings.Contains(body, `/productions/prod-1/release"`) || strings.Count(body, "by staff (staff)") < 2 {
		t.Error("prod-1 is not released, or the table does not say who built and released it")
	}
	webtest.Shoot(t, ctx, "case-staff-productions.png")
}
