package pages

import (
	"context"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestBrowserCaseSections: staff find the gate's causes in the overview,
// go to a section by its link, and send the notices only through their
// review, which shows the notice that will go. Screenshots of the case
// page and of the review are kept.
func TestBrowserCaseSections(t *testing.T) {
	var sent [][]string
	f := newFixture(t, func(s *Pages) {
		s.SendNotices = func(_ context.Context, _ string, accounts []string, _ bool, _ string) ([]notice.Outcome, error) {
			sent = append(sent, accounts)
			return []notice.Outcome{{Account: accounts[0], Status: notice.StatusSent, Sent: 1, Of: 1}}, nil
		}
	})
	ctx := webtest.Browser(t)
	do := webtest.Steps(t, ctx)
	do("open the case", webtest.SessionCookie(f.URL, f.Tokens["staff"]), chromedp.Navigate(f.URL+"/cases/"+f.Own),
		chromedp.WaitVisible(chromedp.CSS(`nav.tabs`)))
	webtest.WaitText(t, ctx, "1 account (konnoyukio@CmRUCE)")
	webtest.Shoot(t, ctx, "case-staff-sections.png")
	do("go to the accounts", chromedp.Click(chromedp.CSS(`nav.tabs a[href="#accounts"]`)), chromedp.WaitVisible(chromedp.CSS(`table.account-gates`)))
	do("review the notices", chromedp.Click(chromedp.CSS(`a[href$="/notices/review"]`)), chromedp.WaitVisible(chromedp.CSS(`pre.notice-text`)))
	webtest.WaitText(t, ctx, "The notice to konnoyukio@CmRUCE")
	if len(sent) != 0 {
		t.Fatal("the review sent a notice")
	}
	webtest.Shoot(t, ctx, "case-notices-review.png")
	do("send them", chromedp.Click(chromedp.CSS(`form[action$="/notices"] button[type="submit"]`)))
	webtest.WaitText(t, ctx, "Notice sent to konnoyukio@CmRUCE")
	if len(sent) != 1 {
		t.Errorf("sent %v; want one sending", sent)
	}
}
