package pages

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/writ-project/writ/internal/web/webtest"
)

// TestBrowserPeople: in Chromium, an administrator adds a member of the
// staff from the people page and is shown the invitation's link once; the
// link opens the form that sets the password, whose fields the browser
// checks (both typed, at least 15 characters); the password set signs in.
func TestBrowserPeople(t *testing.T) {
	f := newFixture(t)
	ctx := webtest.Browser(t)
	do := webtest.Steps(t, ctx)
	do("sign in as the administrator", webtest.SessionCookie(f.URL, f.Tokens["admin"]))
	do("open the people page", chromedp.Navigate(f.URL+"/"), chromedp.Click(chromedp.CSS(`a[href="/people"]`)), chromedp.WaitVisible(chromedp.CSS(`form[action="/people"]`)))
	do("add Ana",
		chromedp.SendKeys(chromedp.CSS(`form[action="/people"] input[name="name"]`), "Ana Staff"),
		chromedp.SendKeys(chromedp.CSS(`form[action="/people"] input[name="email"]`), "ana@example.com"),
		chromedp.Click(chromedp.CSS(`form[action="/people"] button[type="submit"]`)))
	text := webtest.WaitText(t, ctx, "The invitation of Ana Staff")
	webtest.Shoot(t, ctx, "people.png")
	m := invitationLink.FindStringSubmatch(text)
	if m == nil {
		t.Fatalf("no link shown:\n%.2000s", text)
	}
	link := f.URL + "/invitations/" + m[2]
	const password = "correct horse battery staple"
	do("open the invitation", webtest.SessionCookie(f.URL, ""), chromedp.Navigate(link), chromedp.WaitVisible(chromedp.CSS(`input[name="again"]`)))
	do("set a password too short",
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), "too short"),
		chromedp.SendKeys(chromedp.CSS(`input[name="again"]`), "too short"),
		chromedp.Click(chromedp.CSS(`button[type="submit"]`)))
	if loc, _ := chromedp.Run(ctx, chromedp.Location()); loc != link {
		t.Errorf("the browser sent a password shorter than 15 characters (now at %s)", loc)
	}
	do("set the password",
		chromedp.Navigate(link), chromedp.WaitVisible(chromedp.CSS(`input[name="again"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), password),
		chromedp.SendKeys(chromedp.CSS(`input[name="again"]`), password),
		chromedp.Click(chromedp.CSS(`button[type="submit"]`)))
	webtest.WaitText(t, ctx, "Your password is set")
	do("sign in with it",
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), password),
		chromedp.Click(chromedp.CSS(`form[action="/signin"] button[type="submit"]`)))
	if text := webtest.WaitText(t, ctx, "Sign out"); !strings.Contains(text, "Ana Staff") {
		t.Errorf("signed in as someone else:\n%.1000s", text)
	}
	if _, _, err := f.Access.SignIn(context.Background(), "ana@example.com", password, "", webtestNow()); err != nil {
		t.Errorf("the password: %v", err)
	}
}
