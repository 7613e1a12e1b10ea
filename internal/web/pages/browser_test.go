package pages

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestBrowser signs in as staff and as counsel in headless Chromium: staff
// see the duties and the closed gate with its reasons; counsel see no
// account holder. Screenshots of both case pages are kept.
func TestBrowser(t *testing.T) {
	f := newFixture(t)
	dir := webtest.Artefacts(t)
	for _, tc := range []struct {
		who        string
		must       []string
		mustNot    []string
		screenshot string
	}{
		{"staff", []string{"Aya@ay_chim0807", "Fed. R. Civ. P. 6(a)(1)", "pending"}, nil, "case-staff.png"},
		{"counsel", []string{"22-mc-80240-VKD", "may be used only"}, []string{"Aya", "konnoyukio", "obj-1", "SECRET-OBJECTION-TEXT"}, "case-counsel.png"},
	} {
		t.Run(tc.who, func(t *testing.T) {
			ctx := webtest.Browser(t)
			err := chromedp.Do(ctx,
				webtest.SessionCookie(f.URL, f.Tokens[tc.who]),
				chromedp.WaitVisible(chromedp.CSS("body")),
				chromedp.Navigate(f.URL+"/cases/"+f.Own),
				chromedp.WaitVisible(chromedp.CSS("body")),
			)
			if err != nil {
				t.Fatal(err)
			}
			text, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body")))
			if err != nil {
				t.Fatal(err)
			}
			shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range tc.must {
				if !strings.Contains(text, want) {
					t.Errorf("the %s's case page does not show %q", tc.who, want)
				}
			}
			for _, secret := range tc.mustNot {
				if strings.Contains(text, secret) {
					t.Errorf("the %s's case page shows %q", tc.who, secret)
				}
			}
			if err := os.WriteFile(filepath.Join(dir, tc.screenshot), shot, 0o644); err != nil {
				t.Fatal(err)
			}
		})
	}
}
