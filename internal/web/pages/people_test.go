package pages

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/notice/mail"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/webtest"
)

// outbox is a mail client that keeps what it is given, or fails.
type outbox struct {
	mu   sync.Mutex
	sent []mail.Message
	fail bool
}

func (o *outbox) Send(_ context.Context, msgs []mail.Message) ([]mail.Sent, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.fail {
		return nil, errors.New("could not reach the SMTP server")
	}
	o.sent = append(o.sent, msgs...)
	return make([]mail.Sent, len(msgs)), nil
}

// invitationLink finds an invitation's link in a page or a message.
var invitationLink = regexp.MustCompile(`(https?://[^\s<"]+)?/invitations/([A-Za-z0-9_-]{43})`)

// userID is the ID of the fixture's user who.
func (f *fixture) userID(t *testing.T, who string) string {
	t.Helper()
	u, err := f.Users.UserByEmail(context.Background(), who+"@example.com")
	if err != nil {
		t.Fatal(err)
	}
	return u.ID
}

// post sends a form as who, with who's CSRF token.
func (f *fixture) post(t *testing.T, who, path string, form url.Values) (*http.Response, string) {
	t.Helper()
	if form == nil {
		form = url.Values{}
	}
	if who != "anonymous" && who != "" {
		form.Set(access.CSRFField, f.CSRF(t, who))
	}
	return f.Page(t, who, "POST", path, form)
}

// TestPeopleAccess walks the people page and its forms, and the
// invitation's page, for every role: only a platform's administrators
// manage its people, and another platform's people look like no one.
// Each form sends what is refused even to the one who may send it, so
// that nothing changes.
func TestPeopleAccess(t *testing.T) {
	f := newFixture(t)
	who := []string{"anonymous", "staff", "staff-elsewhere", "counsel", "counsel-elsewhere", "court", "admin", "admin-elsewhere"}
	admin, court, staff := f.userID(t, "admin"), f.userID(t, "court"), f.userID(t, "staff")
	for _, tc := range []struct {
		route, method, path string
		form                url.Values
		want                []int // in the order of who
	}{
		{"people", "GET", "/people", nil, []int{303, 403, 403, 403, 403, 403, 200, 200}},
		{"add, no address", "POST", "/people", url.Values{"name": {"Ana"}, "role": {"staff"}}, []int{403, 403, 403, 403, 403, 403, 422, 422}},
		{"add, no such role", "POST", "/people", url.Values{"name": {"Ana"}, "email": {"ana@example.com"}, "role": {"admin"}}, []int{403, 403, 403, 403, 403, 403, 422, 422}},
		{"disable oneself", "POST", "/people/" + admin + "/disable", nil, []int{403, 403, 403, 403, 403, 403, 409, 404}},
		{"enable someone enabled", "POST", "/people/" + staff + "/enable", nil, []int{403, 403, 403, 403, 403, 403, 303, 404}},
		{"invite counsel, no mail server", "POST", "/people/" + f.userID(t, "counsel") + "/invite", nil, []int{403, 403, 403, 403, 403, 403, 409, 404}},
		{"invite no one", "POST", "/people/u-nosuchuserx/invite", nil, []int{403, 403, 403, 403, 403, 403, 404, 404}},
		{"grant another platform's case", "POST", "/people/" + court + "/grant", url.Values{"case": {f.Other}}, []int{403, 403, 403, 403, 403, 403, 404, 404}},
		{"grant staff a case", "POST", "/people/" + staff + "/grant", url.Values{"case": {f.Own}}, []int{403, 403, 403, 403, 403, 403, 409, 404}},
		{"revoke another platform's case", "POST", "/people/" + court + "/revoke", url.Values{"case": {f.Other}}, []int{403, 403, 403, 403, 403, 403, 404, 404}},
		{"invitation, no such link", "GET", "/invitations/" + strings.Repeat("A", 43), nil, []int{403, 403, 403, 403, 403, 403, 403, 403}},
		{"set a password, no such link", "POST", "/invitations/" + strings.Repeat("A", 43),
			url.Values{"password": {"a brand new passphrase"}, "again": {"a brand new passphrase"}}, []int{403, 403, 403, 403, 403, 403, 403, 403}},
	} {
		for i, w := range who {
			t.Run(tc.route+"/"+w, func(t *testing.T) {
				before, _ := f.Users.Users(context.Background())
				var resp *http.Response
				var body string
				if tc.method == "GET" {
					resp, body = f.Page(t, w, "GET", tc.path, nil)
				} else {
					form := url.Values{}
					for k, v := range tc.form {
						form[k] = v
					}
					resp, body = f.post(t, w, tc.path, form)
				}
				if resp.StatusCode != tc.want[i] {
					t.Errorf("%s %s as %s: %d; want %d\n%.400s", tc.method, tc.path, w, resp.StatusCode, tc.want[i], body)
				}
				if after, _ := f.Users.Users(context.Background()); len(after) != len(before) {
					t.Errorf("%s %s as %s added someone", tc.method, tc.path, w)
				}
			})
		}
	}
	t.Run("another platform's person looks like no one", func(t *testing.T) {
		_, hidden := f.post(t, "admin-elsewhere", "/people/"+staff+"/invite", nil)
		_, missing := f.post(t, "admin-elsewhere", "/people/u-nosuchuserx/invite", nil)
		if strings.ReplaceAll(hidden, staff, "ID") != strings.ReplaceAll(missing, "u-nosuchuserx", "ID") {
			t.Errorf("the pages differ:\n%s\n---\n%s", hidden, missing)
		}
	})
	t.Run("only administrators are offered the page", func(t *testing.T) {
		for _, w := range who[1:] {
			_, home := f.Page(t, w, "GET", "/", nil)
			if got, want := strings.Contains(home, `href="/people"`), strings.HasPrefix(w, "admin"); got != want {
				t.Errorf("%s's home page links the people page: %v, want %v", w, got, want)
			}
		}
	})
}

// TestPeopleInvite: an administrator adds a member of their staff, who
// is shown once the link that sets their password when writ cannot mail
// it; the link sets the password once, and the password signs in. Counsel
// and the court are invited by mail only, with links under the public
// address.
func TestPeopleInvite(t *testing.T) {
	box := &outbox{}
	f := newFixture(t)
	ctx := context.Background()
	admin := f.userID(t, "admin")
	const password = "correct horse battery staple"

	t.Run("StaffLinkShownOnce", func(t *testing.T) {
		resp, page := f.post(t, "admin", "/people", url.Values{"name": {"Ana Staff"}, "email": {"ana@example.com"}, "role": {"staff"}})
		m := invitationLink.FindStringSubmatch(page)
		if resp.StatusCode != 200 || m == nil || !strings.Contains(page, "shows it this once") {
			t.Fatalf("%d; want the people page with the link\n%.3000s", resp.StatusCode, page)
		}
		u, err := f.Users.UserByEmail(ctx, "ana@example.com")
		if err != nil || u.Role != store.RoleStaff || u.Platform != "Twitter, Inc." || u.CreatedBy != "staff:"+admin || u.Admin || u.PasswordHash != "" {
			t.Fatalf("added %+v, %v", u, err)
		}
		if _, again := f.Page(t, "admin", "GET", "/people", nil); strings.Contains(again, m[2]) {
			t.Error("the link is shown again")
		}
		link := "/invitations/" + m[2]
		resp, form := f.Page(t, "anonymous", "GET", link, nil)
		if resp.StatusCode != 200 || !strings.Contains(form, "Ana Staff") || !strings.Contains(form, `name="password"`) {
			t.Fatalf("the invitation's page: %d\n%.1500s", resp.StatusCode, form)
		}
		for _, bad := range []struct {
			password, again, says string
		}{
			{password, password + "x", "not the same"},
			{"short one", "short one", "at least 15 characters"},
		} {
			resp, body := f.post(t, "anonymous", link, url.Values{"password": {bad.password}, "again": {bad.again}})
			if resp.StatusCode != 422 || !strings.Contains(body, bad.says) {
				t.Errorf("%q/%q: %d; want 422 saying %q\n%.800s", bad.password, bad.again, resp.StatusCode, bad.says, body)
			}
		}
		resp, body := f.post(t, "anonymous", link, url.Values{"password": {password}, "again": {password}})
		if resp.StatusCode != 200 || !strings.Contains(body, "Your password is set") || !strings.Contains(body, `value="ana@example.com"`) {
			t.Fatalf("setting the password: %d\n%.800s", resp.StatusCode, body)
		}
		if _, _, err := f.Access.SignIn(ctx, "ana@example.com", password, "", webtest.Now); err != nil {
			t.Errorf("the password set does not sign in: %v", err)
		}
		if resp, _ := f.post(t, "anonymous", link, url.Values{"password": {"another long passphrase"}, "again": {"another long passphrase"}}); resp.StatusCode != 403 {
			t.Errorf("the link used again: %d; want 403", resp.StatusCode)
		}
	})

	t.Run("ErrCounselLinkNeverShown", func(t *testing.T) {
		resp, page := f.post(t, "admin", "/people", url.Values{"name": {"Carol Counsel"}, "email": {"carol@example.com"}, "role": {"counsel"}})
		if resp.StatusCode != 409 || invitationLink.MatchString(page) || !strings.Contains(page, "writ user password") {
			t.Errorf("%d; want 409 without a link\n%.2000s", resp.StatusCode, page)
		}
		if _, err := f.Users.UserByEmail(ctx, "carol@example.com"); err == nil {
			t.Error("counsel who could not be invited was added")
		}
	})

	f.pages.Mail, f.pages.PublicURL = box, "https://writ.example"
	t.Run("CounselMailed", func(t *testing.T) {
		resp, page := f.post(t, "admin", "/people", url.Values{"name": {"Carol Counsel"}, "email": {"carol@example.com"}, "role": {"counsel"}, "admin": {"yes"}})
		if resp.StatusCode != 422 || !strings.Contains(page, "admin") {
			t.Errorf("counsel as an administrator: %d; want 422 naming admin\n%.1500s", resp.StatusCode, page)
		}
		resp, page = f.post(t, "admin", "/people", url.Values{"name": {"Carol Counsel"}, "email": {"carol@example.com"}, "role": {"counsel"}})
		if resp.StatusCode != 200 || invitationLink.MatchString(page) || !strings.Contains(page, "was mailed to carol@example.com") {
			t.Fatalf("%d; want the invitation mailed, not shown\n%.2000s", resp.StatusCode, page)
		}
		if len(box.sent) != 1 || box.sent[0].To != "carol@example.com" {
			t.Fatalf("mailed %+v", box.sent)
		}
		m := invitationLink.FindStringSubmatch(box.sent[0].Text)
		if m == nil || m[1] != "https://writ.example" {
			t.Errorf("the mailed link is not under the public address:\n%s", box.sent[0].Text)
		}
	})

	t.Run("Grants", func(t *testing.T) {
		carol, _ := f.Users.UserByEmail(ctx, "carol@example.com")
		if resp, body := f.post(t, "admin", "/people/"+carol.ID+"/grant", url.Values{"case": {f.Own}}); resp.StatusCode != 303 {
			t.Fatalf("grant: %d\n%.800s", resp.StatusCode, body)
		}
		if g, _ := f.Users.Grants(ctx, carol.ID); len(g) != 1 || g[0].CaseID != f.Own || g[0].Role != store.RoleCounsel {
			t.Errorf("grants %+v", g)
		}
		// Carol is the staff's platform's: its administrator lists her, the
		// other's does not.
		if _, page := f.Page(t, "admin-elsewhere", "GET", "/people", nil); strings.Contains(page, "carol@example.com") {
			t.Error("another platform's administrator sees counsel of this one")
		}
		if resp, _ := f.post(t, "admin", "/people/"+carol.ID+"/revoke", url.Values{"case": {f.Own}}); resp.StatusCode != 303 {
			t.Fatalf("revoke: %d", resp.StatusCode)
		}
		if g, _ := f.Users.Grants(ctx, carol.ID); len(g) != 0 {
			t.Errorf("grants after revoking %+v", g)
		}
	})

	t.Run("ErrSharedCourt", func(t *testing.T) {
		// The court also holds the other platform's case: this platform
		// lists it and gives it cases, but does not disable or re-invite it.
		court := f.userID(t, "court")
		if err := f.Users.Grant(ctx, court, f.Other, store.RoleCourt); err != nil {
			t.Fatal(err)
		}
		_, page := f.Page(t, "admin", "GET", "/people", nil)
		if !strings.Contains(page, "court@example.com") || strings.Contains(page, "/people/"+court+"/disable") {
			t.Errorf("the shared court is not listed, or is offered for disabling:\n%.3000s", page)
		}
		if resp, _ := f.post(t, "admin", "/people/"+court+"/disable", nil); resp.StatusCode != 403 {
			t.Errorf("disabling the shared court: %d; want 403", resp.StatusCode)
		}
		if u, _ := f.Users.User(ctx, court); u.Disabled() {
			t.Error("the shared court was disabled")
		}
	})

	t.Run("DisableEnable", func(t *testing.T) {
		staff := f.userID(t, "staff")
		if resp, body := f.post(t, "admin", "/people/"+staff+"/disable", nil); resp.StatusCode != 303 {
			t.Fatalf("disable: %d\n%.600s", resp.StatusCode, body)
		}
		if resp, _ := f.Page(t, "staff", "GET", "/", nil); resp.StatusCode != 303 {
			t.Errorf("a disabled person's session still works: %d", resp.StatusCode)
		}
		if resp, _ := f.post(t, "admin", "/people/"+staff+"/invite", nil); resp.StatusCode != 409 {
			t.Errorf("inviting a disabled person: %d; want 409", resp.StatusCode)
		}
		if resp, _ := f.post(t, "admin", "/people/"+staff+"/enable", nil); resp.StatusCode != 303 {
			t.Fatalf("enable: %d", resp.StatusCode)
		}
		if u, _ := f.Users.User(ctx, staff); u.Disabled() {
			t.Error("still disabled")
		}
	})

	t.Run("StaffLinkShownWhenMailFails", func(t *testing.T) {
		box.fail = true
		defer func() { box.fail = false }()
		ana, _ := f.Users.UserByEmail(ctx, "ana@example.com")
		resp, page := f.post(t, "admin", "/people/"+ana.ID+"/invite", nil)
		if m := invitationLink.FindStringSubmatch(page); resp.StatusCode != 200 || m == nil || m[1] != "https://writ.example" {
			t.Errorf("%d; want the link shown, under the public address\n%.2000s", resp.StatusCode, page)
		}
		carol, _ := f.Users.UserByEmail(ctx, "carol@example.com")
		resp, page = f.post(t, "admin", "/people/"+carol.ID+"/invite", nil)
		if resp.StatusCode != 502 || invitationLink.MatchString(page) {
			t.Errorf("counsel's invitation when the mail fails: %d; want 502 without a link", resp.StatusCode)
		}
	})
}
