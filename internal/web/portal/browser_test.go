package portal

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestBrowserPortalJapanese: the account holder opens the notice's link in
// headless Chromium with a Japanese browser, reads the deadlines (Monday
// 2026-12-14, 18 days away; its end at midnight Pacific time is 17:00 on
// Tuesday 2026-12-15 in Japan, given because the holder's own zone is
// unknown and the proceedings are in Japan), writes an objection and gets
// the receipt.
func TestBrowserPortalJapanese(t *testing.T) {
	f, tok := portalFixture(t)
	ctx := webtest.Browser(t)
	do := webtest.Steps(t, ctx)
	do("open the link",
		chromedp.Navigate(f.URL+"/portal/"+tok+"?lang=ja"),
		chromedp.WaitVisible(chromedp.CSS(`textarea[name="text"]`)))
	text := webtest.WaitText(t, ctx, "期限")
	for _, want := range []string{"月曜日 2026-12-14", "あと18日", "書面で異議を申し立てる", "konnoyukio@CmRUCE",
		"米国太平洋時間（PST、UTC−8）の2026年12月14日（月）の終わり（24時）まで", "日本の時刻", "日本時間（JST、UTC+9）の2026年12月15日（火）午後5時まで"} {
		if !strings.Contains(text, want) {
			t.Errorf("the portal does not show %q", want)
		}
	}
	if strings.Contains(text, "Aya") {
		t.Error("the portal names another account holder")
	}
	webtest.Shoot(t, ctx, "portal-ja.png")
	form := `form:has(input[name="kind"][value="objection"])`
	do("object, asking for a filing under seal",
		chromedp.SendKeys(chromedp.CSS(form+` textarea[name="text"]`), "私は、この情報の開示に異議を申し立てます。"),
		chromedp.Click(chromedp.CSS(form+` input[name="seal"]`)),
		chromedp.Click(chromedp.CSS(form+` button[type="submit"]`)))
	// Nothing is sent before the holder has seen what will be.
	review := webtest.WaitText(t, ctx, "送信する内容をご確認ください")
	for _, want := range []string{"まだ送信されていません。", "私は、この情報の開示に異議を申し立てます。", "異議の書面を非公開で提出することの許可を裁判所に求めるよう、当社に依頼されています。"} {
		if !strings.Contains(review, want) {
			t.Errorf("the review does not show %q:\n%s", want, review)
		}
	}
	webtest.Shoot(t, ctx, "portal-ja-review.png")
	do("send it", chromedp.Click(chromedp.CSS(`form:has(input[name="step"][value="send"]) button[type="submit"]`)))
	receipt := webtest.WaitText(t, ctx, "受付番号")
	for _, want := range []string{"受け付けました", f.Own + "/", "私は、この情報の開示に異議を申し立てます。", "異議の書面を非公開で提出することの許可を裁判所に求めるよう、当社に依頼されました。"} {
		if !strings.Contains(receipt, want) {
			t.Errorf("the receipt does not show %q:\n%s", want, receipt)
		}
	}
	webtest.Shoot(t, ctx, "portal-ja-receipt.png")
	// The same receipt at a phone's width.
	do("narrow the window", chromedp.EmulateViewport(390, 844))
	webtest.Shoot(t, ctx, "portal-ja-receipt-phone.png")
}
