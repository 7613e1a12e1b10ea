package pages

import (
	"html"
	"net/http"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/words"
)

// TestPagesLanguage: the pages speak the catalogue's language that the
// browser prefers (Japanese for ja-JP), English when it prefers none the
// catalogue has or says nothing; each page says which in <html lang> and
// Content-Language, and holds no word of the other language's catalogue.
func TestPagesLanguage(t *testing.T) {
	f := newFixture(t)
	en, _ := words.Default().Get("en")
	ja, _ := words.Default().Get("ja")
	for _, tc := range []struct {
		name, who, path string
		status          int
		// keys the page must show, in its language
		keys []string
	}{
		{"sign-in", "anonymous", "/signin", 200, []string{"pages.signin.title", "pages.signin.email", "pages.signin.password"}},
		{"work queue", "staff", "/", 200, []string{"pages.home.queue", "pages.home.cases", "pages.search.submit", "pages.layout.sign_out", "pages.role.staff", "pages.queue.now"}},
		{"court's home", "court", "/", 200, []string{"pages.home.court_title", "pages.role.court"}},
		{"counsel's home", "counsel", "/", 200, []string{"pages.home.yours", "pages.role.counsel"}},
		{"calendar", "staff", "/calendar", 200, []string{"pages.calendar.months", "pages.calendar.previous", "pages.calendar.sunday"}},
		{"not found", "staff", "/cases/c-nosuchcase", 404, []string{"pages.error.back"}},
		{"people", "admin", "/people", 200, []string{"pages.people.intro", "pages.people.add_title", "pages.people.how_invitation"}},
		{"webhooks", "admin", "/webhooks", 200, []string{"pages.webhooks.intro", "pages.webhooks.add_title"}},
		{"report", "staff", "/reports/transparency", 200, []string{"pages.report.title", "pages.report.count"}},
		{"audit", "staff", "/cases/" + f.Own + "/audit", 200, []string{"pages.audit.verifies", "pages.audit.accesses_help"}},
		{"intake", "staff", "/intake", 200, []string{"pages.intake.help", "pages.intake.submit"}},
		{"case", "staff", "/cases/" + f.Own, 200, []string{"pages.case.overview", "pages.case.windows", "pages.case.objections", "pages.case.correct_help", "pages.case.productions", "pages.act.notify_account_holders", "pages.status.overdue"}},
		{"counsel's case", "counsel", "/cases/" + f.Own, 200, []string{"pages.case.use", "pages.case.your_duties"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, c := range []struct {
				header string
				lang   *words.Language
			}{{"", en}, {"ja-JP,ja;q=0.9,en;q=0.8", ja}, {"de-DE,de;q=0.9", en}, {"en-US,en;q=0.9,ja;q=0.5", en}} {
				req, _ := http.NewRequest("GET", f.URL+tc.path, nil)
				if c.header != "" {
					req.Header.Set("Accept-Language", c.header)
				}
				resp, body := f.Send(t, tc.who, req)
				if resp.StatusCode != tc.status {
					t.Fatalf("GET %s (%q): %d, want %d", tc.path, c.header, resp.StatusCode, tc.status)
				}
				if got := resp.Header.Get("Content-Language"); got != c.lang.Tag {
					t.Errorf("%q: Content-Language %q, want %s", c.header, got, c.lang.Tag)
				}
				if !strings.Contains(body, `<html lang="`+c.lang.Tag+`">`) {
					t.Errorf("%q: the page is not marked %s", c.header, c.lang.Tag)
				}
				text := html.UnescapeString(body)
				for _, k := range tc.keys {
					w, _ := c.lang.Lookup(k)
					if !strings.Contains(text, w) {
						t.Errorf("%q: the page does not say %s %q", c.header, k, w)
					}
					other := ja
					if c.lang == ja {
						other = en
					}
					if o, _ := other.Lookup(k); o != w && len(o) > 8 && strings.Contains(text, o) {
						t.Errorf("%q: the page says %s in %s: %q", c.header, k, other.Tag, o)
					}
				}
			}
		})
	}
}

// TestLocalTitle: the handlers' English titles are said in the page's
// language, whole or around their one value; a title the catalogue does
// not word stays as it is.
func TestLocalTitle(t *testing.T) {
	en, _ := words.Default().Get("en")
	ja, _ := words.Default().Get("ja")
	for title, want := range map[string]string{
		"Home":                        "ホーム",
		"Sign in":                     "ログイン",
		"People of Twitter, Inc.":     "Twitter, Inc.の利用者",
		"Calendar · December 2026":    "カレンダー · December 2026",
		"Not Found":                   "見つかりません",
		"5:22-mc-80240-VKD":           "5:22-mc-80240-VKD",
		"Audit 5:22-mc-80240-VKD":     "監査証跡 5:22-mc-80240-VKD",
		"Release prod-1 · 5:22-mc-80": "提出物の開示 prod-1 · 5:22-mc-80",
	} {
		if got := localTitle(ja, title); got != want {
			t.Errorf("localTitle(ja, %q) = %q, want %q", title, got, want)
		}
		if got := localTitle(en, title); got != title {
			t.Errorf("localTitle(en, %q) = %q", title, got)
		}
	}
}

// TestWordEscapesValues: a word of the catalogue goes into the page as
// written (an apostrophe stays one, as in a template's own text), and
// the values put into it are escaped as data.
func TestWordEscapesValues(t *testing.T) {
	en, _ := words.Default().Get("en")
	got, err := word(en, "pages.people.title", `<script>alert("x")</script> & Co's`)
	if err != nil || string(got) != "People of &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Co&#39;s" {
		t.Errorf("word with a value: %q, %v", got, err)
	}
	if got, _ := word(en, "pages.case.windows"); string(got) != "Account holders' windows" {
		t.Errorf("word: %q", got)
	}
	if got, _ := word(en, "pages.found.other", 3); string(got) != "3 cases" {
		t.Errorf("word with a number: %q", got)
	}
	if _, err := word(en, "pages.no.such"); err == nil {
		t.Error("a key the catalogue lacks: no error")
	}
}

// TestLocalMessage: a handler's fixed message is said in the page's
// language; one built from an error stays as it is.
func TestLocalMessage(t *testing.T) {
	ja, _ := words.Default().Get("ja")
	for msg, want := range map[string]string{
		"The e-mail address or the password is not right.":                                                  "メールアドレス又はパスワードが正しくありません。",
		"writ could not complete the sign-in through Okta; try again later, or sign in with your password.": "writ はOktaによるログインを完了できませんでした。時間をおいてもう一度お試しいただくか、パスワードでログインしてください。",
		"": "",
		"case_number: the order has no case number": "case_number: the order has no case number",
	} {
		if got := localMessage(ja, msg); got != want {
			t.Errorf("localMessage(ja, %q) = %q, want %q", msg, got, want)
		}
	}
}
