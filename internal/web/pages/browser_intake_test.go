package pages

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestBrowserStaffIntake: a staff member, in headless Chromium, signs in
// with the form, takes in the seed order by uploading the court's text and
// confirming what writ read from it, records the subpoena's service on
// Friday 2026-11-20 and a notice to each account holder on Monday
// 2026-11-23 by clicking, and sees on 2026-11-26 the
// duties and the closed gate with its reasons. The windows to object close
// on Monday 2026-12-14, 21 days after the notices (checked on a calendar:
// no holiday falls on it).
func TestBrowserStaffIntake(t *testing.T) {
	f := newFixture(t)
	seed := webtest.Path(t, "internal", "reader", "testdata", "shared", "seed", "order-22-mc-80240-VKD.txt")
	ctx := webtest.Browser(t)
	do := webtest.Steps(t, ctx)
	signInAsClerk(t, ctx, f)

	do("open the intake page", chromedp.Navigate(f.URL+"/intake"), chromedp.WaitVisible(chromedp.CSS(`input[type="file"]`)))
	do("upload the order", chromedp.SetUploadFiles(chromedp.CSS(`input[type="file"]`), []string{seed}))
	webtest.Shoot(t, ctx, "intake.png")
	do("read it", chromedp.Click(chromedp.CSS(`form[action="/intake"] button[type="submit"]`)))
	// The fixture has the seed order open already: the review links to
	// it, and a second case opens only by the explicit choice.
	webtest.WaitText(t, ctx, "This order is already open")
	webtest.Shoot(t, ctx, "intake-already-open.png")
	do("open a second case",
		chromedp.Click(chromedp.CSS(`input[name="again"]`)),
		chromedp.Click(chromedp.CSS(`form[action="/intake/confirm"] button[type="submit"]:not([name])`)))
	webtest.WaitText(t, ctx, "The subpoena was served")
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil || !strings.Contains(loc, "/cases/c-") {
		t.Fatalf("after intake the browser is at %q (%v)", loc, err)
	}

	serve := `form:has(input[name="type"][value="subpoena_served"])`
	do("record service",
		chromedp.SetValue(chromedp.CSS(serve+` input[name="at"]`), "2026-11-20T10:00"),
		chromedp.Click(chromedp.CSS(serve+` input[name="with_order"]`)),
		chromedp.Click(chromedp.CSS(serve+` input[name="conforms"]`)),
		chromedp.Click(chromedp.CSS(serve+` button[type="submit"]`)),
	)
	webtest.WaitText(t, ctx, "Notice sent to Aya@ay_chim0807")
	for _, account := range []string{"Aya@ay_chim0807", "konnoyukio@CmRUCE"} {
		form := `form:has(input[name="type"][value="notice_sent"]):has(input[name="account"][value="` + account + `"])`
		do("record the notice to "+account,
			chromedp.SetValue(chromedp.CSS(form+` input[name="at"]`), "2026-11-23T10:00"),
			chromedp.Click(chromedp.CSS(form+` button[type="submit"]`)),
		)
		webtest.WaitText(t, ctx, "What became of the notice to "+account)
	}
	text := webtest.WaitText(t, ctx, "Disclosure")
	for _, want := range []string{
		"notice sent", "subpoena served", // the timeline
		"2026-11-30", // the notice duty: 10 days from service, met
		"2026-12-14", // each window to object closes
		"Fed. R. Civ. P. 6(a)(1)",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the case page does not show %q", want)
		}
	}
	gate, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`section.gate`)))
	if err != nil {
		t.Fatal(err)
	}
	// The head says the gate is closed; the causes, each once, are in
	// the overview.
	causes, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`.causes`)))
	if err != nil {
		t.Fatal(err)
	}
	// Both windows close Monday 2026-12-14: the head says the day after
	// is the first disclosure could come, if nothing more happens.
	if !strings.Contains(gate, "disclosure may open on Tuesday 2026-12-15") {
		t.Errorf("the head does not say when disclosure could open:\n%s", gate)
	}
	gate += "\n" + causes
	if !strings.Contains(gate, "disclosure held") || !strings.Contains(gate, "may object in writing until the end of Monday 2026-12-14") {
		t.Errorf("the gate does not say disclosure is held while the windows run:\n%s", gate)
	}
	webtest.Shoot(t, ctx, "case-staff-intake.png")
}

// TestBrowserIntakeReview: staff upload the court's order as text in
// Chromium and see it as a form beside the text: grouped fields with a
// person's labels, each with the passage it was read from and how sure
// writ is, and no JSON. They add an account and remove it again with the
// form's buttons (no script), are told the order is open already with a
// link to its case, choose to open a second case, and land on its page.
func TestBrowserIntakeReview(t *testing.T) {
	f := newFixture(t)
	path := filepath.Join(t.TempDir(), "order-22-mc-80240.txt")
	if err := os.WriteFile(path, []byte(webtest.SeedOrderText(t)), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := webtest.Browser(t)
	do := webtest.Steps(t, ctx)
	signInAsClerk(t, ctx, f)
	do("upload the order's text",
		chromedp.Navigate(f.URL+"/intake"),
		chromedp.WaitVisible(chromedp.CSS(`input[type="file"]`)),
		chromedp.SetUploadFiles(chromedp.CSS(`input[type="file"]`), []string{path}),
		chromedp.Click(chromedp.CSS(`form[action="/intake"] button[type="submit"]`)))
	text := webtest.WaitText(t, ctx, "Use restriction")
	for _, want := range []string{"Caption", "Accounts", "Requests", "Conditions", "Case number", "Account 2", "% sure",
		"This order is already open"} {
		if !strings.Contains(text, want) {
			t.Errorf("the review page does not show %q", want)
		}
	}
	for _, no := range []string{"/order/", "JSON"} {
		if strings.Contains(text, no) {
			t.Errorf("the review page shows %q", no)
		}
	}
	webtest.Shoot(t, ctx, "intake-review.png")
	do("add an account", chromedp.Click(chromedp.CSS(`button[name="edit"][value="add-target"]`)))
	webtest.WaitText(t, ctx, "Account 3")
	do("remove it", chromedp.Click(chromedp.CSS(`button[name="edit"][value="remove-target-2"]`)),
		chromedp.WaitNotPresent(chromedp.CSS(`input[name="t.2.label"]`)))
	if text := webtest.WaitText(t, ctx, "Account 2"); strings.Contains(text, "Account 3") {
		t.Error("the account added was not removed")
	}
	do("choose a second case and confirm",
		chromedp.Click(chromedp.CSS(`input[name="again"]`)),
		chromedp.Click(chromedp.CSS(`form[action="/intake/confirm"] button[type="submit"]:not([name])`)))
	webtest.WaitText(t, ctx, "The subpoena was served")
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil || !strings.Contains(loc, "/cases/c-") {
		t.Fatalf("after confirming, the browser is at %q (%v)", loc, err)
	}
}

// signInAsClerk makes a staff user of the seed's platform with a password
// and signs in as them through the sign-in form, as a person does.
func signInAsClerk(t *testing.T, ctx context.Context, f *fixture) {
	t.Helper()
	if _, err := f.Access.CreateUser(context.Background(), store.NewUser{Email: "clerk@example.com", Name: "Clerk",
		Role: store.RoleStaff, Platform: "Twitter, Inc."}, "correct horse battery staple"); err != nil {
		t.Fatal(err)
	}
	err := chromedp.Do(ctx,
		chromedp.Navigate(f.URL+"/signin"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="email"]`), "clerk@example.com"),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), "correct horse battery staple"),
		chromedp.Click(chromedp.CSS(`form[action="/signin"] button[type="submit"]`)))
	if err != nil {
		t.Fatalf("sign in: %v", err)
	}
	webtest.WaitText(t, ctx, "Sign out")
}
