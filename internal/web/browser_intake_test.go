package web

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/writ-project/writ/internal/store"
)

// waitText waits until the page's text holds want, and returns the text.
func waitText(t *testing.T, ctx context.Context, want string) string {
	t.Helper()
	var text string
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		var err error
		if text, err = chromedp.Run(ctx, chromedp.Text(chromedp.CSS("body"))); err == nil && strings.Contains(text, want) {
			return text
		}
	}
	t.Fatalf("the page never showed %q; it shows:\n%.2000s", want, text)
	return ""
}

// shoot keeps a screenshot of the page as a test artefact.
func shoot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(artefacts(t), name), shot, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBrowserStaffIntake: a staff member, in headless Chromium, signs in
// with the form, takes in the seed order by uploading its file, records the
// subpoena's service on Friday 2026-11-20 and a notice to each account
// holder on Monday 2026-11-23 by clicking, and sees on 2026-11-26 the
// duties and the closed gate with its reasons. The windows to object close
// on Monday 2026-12-14, 21 days after the notices (checked on a calendar:
// no holiday falls on it).
func TestBrowserStaffIntake(t *testing.T) {
	f := newFixture(t)
	seed, err := filepath.Abs(filepath.Join("..", "..", "examples", "orders", "takagi-2022.json"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := browser(t)
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	signInAsClerk(t, ctx, f)

	do("open the intake page", chromedp.Navigate(f.srv.URL+"/intake"), chromedp.WaitVisible(chromedp.CSS(`input[type="file"]`)))
	do("upload the order", chromedp.SetUploadFiles(chromedp.CSS(`input[type="file"]`), []string{seed}))
	shoot(t, ctx, "intake.png")
	do("open the case", chromedp.Click(chromedp.CSS(`form[action="/intake"] button[type="submit"]`)))
	waitText(t, ctx, "The subpoena was served")
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
	waitText(t, ctx, "Notice sent to Aya@ay_chim0807")
	for _, account := range []string{"Aya@ay_chim0807", "konnoyukio@CmRUCE"} {
		form := `form:has(input[name="type"][value="notice_sent"]):has(input[name="account"][value="` + account + `"])`
		do("record the notice to "+account,
			chromedp.SetValue(chromedp.CSS(form+` input[name="at"]`), "2026-11-23T10:00"),
			chromedp.Click(chromedp.CSS(form+` button[type="submit"]`)),
		)
		waitText(t, ctx, "What became of the notice to "+account)
	}
	text := waitText(t, ctx, "Disclosure")
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
	if !strings.Contains(gate, "disclosure held") || !strings.Contains(gate, "may object in writing until the end of Monday 2026-12-14") {
		t.Errorf("the gate does not say disclosure is held while the windows run:\n%s", gate)
	}
	shoot(t, ctx, "case-staff-intake.png")
}

// TestBrowserIntakeReview: staff upload the court's order as text in
// Chromium, see what writ read highlighted beside the text, confirm the
// proposal as it stands, and land on the new case's page.
func TestBrowserIntakeReview(t *testing.T) {
	f := newFixture(t)
	path := filepath.Join(t.TempDir(), "order-22-mc-80240.txt")
	if err := os.WriteFile(path, []byte(seedOrderText(t)), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := browser(t)
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	signInAsClerk(t, ctx, f)
	do("upload the order's text",
		chromedp.Navigate(f.srv.URL+"/intake"),
		chromedp.WaitVisible(chromedp.CSS(`input[type="file"]`)),
		chromedp.SetUploadFiles(chromedp.CSS(`input[type="file"]`), []string{path}),
		chromedp.Click(chromedp.CSS(`form[action="/intake"] button[type="submit"]`)))
	text := waitText(t, ctx, "What was read")
	for _, want := range []string{"/order/case_number", "22-mc-80240-VKD", "/order/proceedings_country"} {
		if !strings.Contains(text, want) {
			t.Errorf("the review page does not show %q", want)
		}
	}
	shoot(t, ctx, "intake-review.png")
	do("confirm", chromedp.Click(chromedp.CSS(`form[action="/intake/confirm"] button[type="submit"]`)))
	waitText(t, ctx, "The subpoena was served")
	loc, err := chromedp.Run(ctx, chromedp.Location())
	if err != nil || !strings.Contains(loc, "/cases/c-") {
		t.Fatalf("after confirming, the browser is at %q (%v)", loc, err)
	}
}

// signInAsClerk makes a staff user of the seed's platform with a password
// and signs in as them through the sign-in form, as a person does.
func signInAsClerk(t *testing.T, ctx context.Context, f *fixture) {
	t.Helper()
	if _, err := f.server.Access.CreateUser(context.Background(), store.NewUser{Email: "clerk@example.com", Name: "Clerk",
		Role: store.RoleStaff, Platform: "Twitter, Inc."}, "correct horse battery staple"); err != nil {
		t.Fatal(err)
	}
	err := chromedp.Do(ctx,
		chromedp.Navigate(f.srv.URL+"/signin"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="email"]`), "clerk@example.com"),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), "correct horse battery staple"),
		chromedp.Click(chromedp.CSS(`form[action="/signin"] button[type="submit"]`)))
	if err != nil {
		t.Fatalf("sign in: %v", err)
	}
	waitText(t, ctx, "Sign out")
}
