package web

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestBrowserCounselDownloads: after the ruling, staff build and release
// the production; counsel, in the browser, acknowledge the use restriction
// with its button and are then offered the download, which serves the
// package.
func TestBrowserCounselDownloads(t *testing.T) {
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
	prods := "/api/v1/cases/" + f.Own + "/productions"
	if code, body := f.Do(t, "staff", "POST", prods, `{}`); code != 201 {
		t.Fatalf("produce: %d %s", code, body)
	}
	if code, body := f.Do(t, "staff", "POST", prods+"/prod-1/release", ""); code != 200 {
		t.Fatalf("release: %d %s", code, body)
	}
	ctx := webtest.Browser(t)
	err := chromedp.Do(ctx,
		webtest.SessionCookie(f.URL, f.Tokens["counsel"]),
		chromedp.Navigate(f.URL+"/cases/"+f.Own),
		chromedp.WaitVisible(chromedp.CSS(`form[action$="/record"] button`)),
		chromedp.Click(chromedp.CSS(`form[action$="/record"] button`)),
		chromedp.WaitVisible(chromedp.CSS(`a[href$="package.tar.gz"]`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body")))
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{"Aya", "konnoyukio", "SECRET-OBJECTION-TEXT"} {
		if strings.Contains(text, secret) {
			t.Errorf("counsel's page shows %q", secret)
		}
	}
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(webtest.Artefacts(t), "case-counsel-released.png"), shot, 0o644); err != nil {
		t.Fatal(err)
	}
	if resp, _ := f.Page(t, "counsel", "GET", prods+"/prod-1/package.tar.gz", nil); resp.StatusCode != 200 {
		t.Errorf("the download link serves %d", resp.StatusCode)
	}
}
