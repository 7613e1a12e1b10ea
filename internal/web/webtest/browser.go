package webtest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/testdeps"
)

// Browser starts headless Chromium (package testdeps finds it, or decides
// what a machine without one does).
func Browser(t *testing.T) context.Context {
	t.Helper()
	path := testdeps.Chromium(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.Headless, chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true), chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true), chromedp.Flag("disable-quic", true), chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1000, 1400))
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, 60*time.Second)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	return ctx
}

// Steps returns a function that runs browser actions in ctx, and ends the
// test saying what failed to be done.
func Steps(t *testing.T, ctx context.Context) func(what string, steps ...chromedp.Action[chromedp.Void]) {
	return func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
}

// Artefacts is where screenshots of the main pages are kept:
// WRIT_ARTIFACTS when set (CI keeps them), else the test's temporary
// folder.
func Artefacts(t *testing.T) string {
	if d := os.Getenv("WRIT_ARTIFACTS"); d != "" {
		_ = os.MkdirAll(d, 0o755)
		return d
	}
	return t.TempDir()
}

// WaitText waits until the page's text holds want, and returns the text.
func WaitText(t *testing.T, ctx context.Context, want string) string {
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

// Shoot keeps a screenshot of the page as a test artefact, and checks
// that the page is accessible (Accessible): every page a browser test
// shows is checked.
func Shoot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	Accessible(t, ctx, name)
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(Artefacts(t), name), shot, 0o644); err != nil {
		t.Fatal(err)
	}
}

// SessionCookie is a step that makes the browser carry a session token as
// signing in would have set it, for browser tests that are not about
// signing in: it opens base's sign-in page and sets the session cookie
// there, from the test (the pages themselves run no script).
func SessionCookie(base, token string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(chromedp.Navigate(base+"/signin"), chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Evaluate[string](`document.cookie = "`+access.CookieName+`=`+token+`; path=/; samesite=strict"`)(ctx, t)
		return err
	}))
}
