package pages

import (
	"context"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/web/webtest"
)

// demoLinkRE finds a demo's sign-in link on a page.
var demoLinkRE = regexp.MustCompile(`href="(/auth/link\?token=[A-Za-z0-9_-]{43})"`)

// signInWithLink follows a sign-in link as a browser without a session,
// and returns the answer and the session cookie it set.
func (f *fixture) signInWithLink(t *testing.T, link string) (*http.Response, *http.Cookie) {
	t.Helper()
	resp, _ := f.Page(t, "anonymous", "GET", link, nil)
	for _, c := range resp.Cookies() {
		if c.Name == access.CookieName && c.Value != "" {
			return resp, c
		}
	}
	return resp, nil
}

// TestSignInLinkOnlyInTheDemo: a server that is not a demo has no sign-in
// link at all (issue 13: /auth/link only with --demo).
func TestSignInLinkOnlyInTheDemo(t *testing.T) {
	f := newFixture(t)
	for _, token := range []string{"", f.Tokens["staff"]} {
		if resp, _ := f.Page(t, "anonymous", "GET", "/auth/link?token="+token, nil); resp.StatusCode != 404 {
			t.Errorf("GET /auth/link on a server that is not a demo: %d, want 404", resp.StatusCode)
		}
	}
	if _, body := f.Page(t, "anonymous", "GET", "/signin", nil); demoLinkRE.MatchString(body) {
		t.Error("the sign-in page of a server that is not a demo offers sign-in links")
	}
}

// TestDemoSignInLinks: a demo's sign-in link signs in once, with a session
// of its own; after signing out, the sign-in page offers a link for each
// of the demo's people again, newly made, each of which works once.
func TestDemoSignInLinks(t *testing.T) {
	la, _ := time.LoadLocation("America/Los_Angeles")
	f, _ := demoFixture(t, time.Date(2022, 11, 8, 9, 0, 0, 0, la))
	ctx := context.Background()
	for _, who := range []string{"staff", "counsel", "court"} {
		f.pages.Demo.People = append(f.pages.Demo.People, f.userID(t, who))
	}

	t.Run("Once", func(t *testing.T) {
		token, err := f.Access.IssueSignInLink(ctx, f.userID(t, "counsel"), "demo", f.pages.Now(), time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		resp, cookie := f.signInWithLink(t, "/auth/link?token="+token)
		if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/" || cookie == nil || cookie.Value == token {
			t.Fatalf("the link: %d to %q, cookie %+v; want 303 home with a session of its own", resp.StatusCode, resp.Header.Get("Location"), cookie)
		}
		p, err := f.Access.Authenticate(ctx, cookie.Value, f.pages.Now())
		if err != nil || p.User.ID != f.userID(t, "counsel") {
			t.Fatalf("the session is %+v, %v", p.User, err)
		}
		resp, again := f.signInWithLink(t, "/auth/link?token="+token)
		if resp.StatusCode != http.StatusForbidden || again != nil {
			t.Errorf("the link used again: %d, cookie %+v; want 403 and no session", resp.StatusCode, again)
		}
		for _, bad := range []string{"", "x", strings.Repeat("A", 43)} {
			if resp, c := f.signInWithLink(t, "/auth/link?token="+bad); resp.StatusCode != http.StatusForbidden || c != nil {
				t.Errorf("token %q: %d", bad, resp.StatusCode)
			}
		}
	})

	t.Run("AWayBack", func(t *testing.T) {
		_, first := f.Page(t, "anonymous", "GET", "/signin", nil)
		links := demoLinkRE.FindAllStringSubmatch(first, -1)
		if len(links) != 3 {
			t.Fatalf("the demo's sign-in page offers %d links, want one for each of its 3 people:\n%.3000s", len(links), first)
		}
		for _, want := range []string{"staff", "counsel", "court"} {
			if !strings.Contains(first, want) {
				t.Errorf("the sign-in page does not name %s", want)
			}
		}
		_, second := f.Page(t, "anonymous", "GET", "/signin", nil)
		if again := demoLinkRE.FindAllStringSubmatch(second, -1); len(again) != 3 || again[0][1] == links[0][1] {
			t.Error("the sign-in page offers the same links again, not new ones")
		}
		for i, who := range []string{"staff", "counsel", "court"} {
			link := strings.ReplaceAll(links[i][1], "&amp;", "&")
			resp, cookie := f.signInWithLink(t, link)
			if resp.StatusCode != http.StatusSeeOther || cookie == nil {
				t.Fatalf("%s's link: %d", who, resp.StatusCode)
			}
			p, err := f.Access.Authenticate(ctx, cookie.Value, f.pages.Now())
			if err != nil || p.User.ID != f.userID(t, who) {
				t.Errorf("%s's link signed in %+v, %v", who, p.User, err)
			}
			if resp, _ := f.signInWithLink(t, link); resp.StatusCode != http.StatusForbidden {
				t.Errorf("%s's link used twice: %d", who, resp.StatusCode)
			}
		}
	})
	_ = webtest.Now
}
