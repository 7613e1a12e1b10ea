package pages

import (
	"context"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/webtest"
)

var csrfInput = regexp.MustCompile(`name="` + access.CSRFField + `" value="([^"]+)"`)

// TestPagesAccess walks every page for every role, on the caller's own
// case and on another platform's, and checks the answer of each.
func TestPagesAccess(t *testing.T) {
	f := newFixture(t)
	who := []string{"anonymous", "staff", "staff-elsewhere", "counsel", "counsel-elsewhere", "court", "admin"}
	for _, tc := range []struct {
		route, path string
		want        []int // in the order of who
	}{
		{"home", "/", []int{303, 200, 200, 200, 200, 200, 200}},
		{"sign-in", "/signin", []int{200, 303, 303, 303, 303, 303, 303}},
		{"case own", "/cases/" + f.Own, []int{303, 200, 404, 200, 404, 200, 200}},
		{"case other", "/cases/" + f.Other, []int{303, 404, 200, 404, 404, 404, 404}},
		{"audit own", "/cases/" + f.Own + "/audit", []int{303, 200, 404, 403, 404, 200, 200}},
		{"audit other", "/cases/" + f.Other + "/audit", []int{303, 404, 200, 404, 404, 404, 404}},
		{"unknown case", "/cases/c-nosuchcase", []int{303, 404, 404, 404, 404, 404, 404}},
		{"letter own", "/cases/" + f.Own + "/letters/" + strings.Repeat("0", 64), []int{303, 404, 404, 403, 404, 404, 404}},
		{"letter other", "/cases/" + f.Other + "/letters/" + strings.Repeat("0", 64), []int{303, 404, 404, 404, 404, 404, 404}},
		{"proof own", "/cases/" + f.Own + "/proofs/" + strings.Repeat("0", 64), []int{303, 404, 404, 403, 404, 404, 404}},
		{"notices review own (no SMTP server)", "/cases/" + f.Own + "/notices/review", []int{303, 501, 404, 403, 404, 403, 501}},
		{"release review own, no such production", "/cases/" + f.Own + "/productions/prod-9/release", []int{303, 409, 404, 403, 404, 403, 409}},
		{"release review other", "/cases/" + f.Other + "/productions/prod-9/release", []int{303, 404, 409, 404, 404, 404, 404}},
		{"attachment own", "/cases/" + f.Own + "/attachments/" + strings.Repeat("0", 64), []int{303, 404, 404, 403, 404, 404, 404}},
		{"style sheet", "/static/writ.css", []int{200, 200, 200, 200, 200, 200, 200}},
		{"intake", "/intake", []int{303, 200, 200, 403, 403, 403, 200}},
		{"people", "/people", []int{303, 403, 403, 403, 403, 403, 200}},
	} {
		for i, w := range who {
			t.Run(tc.route+"/"+w, func(t *testing.T) {
				resp, body := f.Page(t, w, "GET", tc.path, nil)
				if resp.StatusCode != tc.want[i] {
					t.Errorf("GET %s as %s: %d; want %d\n%.400s", tc.path, w, resp.StatusCode, tc.want[i], body)
				}
			})
		}
	}
	t.Run("a case one may not see looks like one that does not exist", func(t *testing.T) {
		_, hidden := f.Page(t, "counsel", "GET", "/cases/"+f.Other, nil)
		_, missing := f.Page(t, "counsel", "GET", "/cases/c-nosuchcase", nil)
		if strings.ReplaceAll(hidden, f.Other, "ID") != strings.ReplaceAll(missing, "c-nosuchcase", "ID") {
			t.Errorf("the pages differ:\n%s\n---\n%s", hidden, missing)
		}
	})
}

// TestCounselPagesShowNoIdentity: no page counsel can reach names an
// account holder, says which objected, or quotes an objection
// (invariant 3); the staff's pages do, so the check proves something.
func TestCounselPagesShowNoIdentity(t *testing.T) {
	f := newFixture(t)
	secrets := []string{"Aya", "ay_chim0807", "konnoyukio", "CmRUCE", "SECRET-OBJECTION-TEXT", "obj-1", "2022-11-08"}
	for _, path := range []string{"/", "/cases/" + f.Own, "/cases/" + f.Own + "/audit", "/cases/" + f.Other, "/signin"} {
		_, body := f.Page(t, "counsel", "GET", path, nil)
		for _, s := range secrets {
			if strings.Contains(body, s) {
				t.Errorf("GET %s as counsel shows %q", path, s)
			}
		}
	}
	_, body := f.Page(t, "counsel", "GET", "/cases/"+f.Own, nil)
	if !strings.Contains(body, "Use restriction") {
		t.Error("counsel's case page does not show the use restriction")
	}
	_, body = f.Page(t, "staff", "GET", "/cases/"+f.Own, nil)
	for _, s := range []string{"Aya@ay_chim0807", "SECRET-OBJECTION-TEXT", "obj-1"} {
		if !strings.Contains(body, s) {
			t.Errorf("staff's case page does not show %q: the check above would prove nothing", s)
		}
	}
}

// TestRecordForm: a form records its event and goes back to the case page;
// without the CSRF token, or from a role that may not record, it is
// refused and changes nothing; a script in a note comes back as text.
func TestRecordForm(t *testing.T) {
	f := newFixture(t)
	path := "/cases/" + f.Own + "/record"
	notice := func(csrf string) url.Values {
		return url.Values{"type": {"notice_sent"}, "at": {"2022-10-28"}, "account": {"konnoyukio@CmRUCE"},
			"note": {`<script>alert("x")</script>`}, access.CSRFField: {csrf}}
	}
	before := f.EventCount(t, f.Own)
	t.Run("ErrNoCSRF", func(t *testing.T) {
		for _, token := range []string{"", "not-the-token"} {
			resp, _ := f.Page(t, "staff", "POST", path, notice(token))
			if resp.StatusCode != http.StatusForbidden {
				t.Errorf("without the CSRF token: %d; want 403", resp.StatusCode)
			}
		}
		resp, _ := f.Page(t, "anonymous", "POST", path, notice(""))
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("signed out: %d; want 403", resp.StatusCode)
		}
		if n := f.EventCount(t, f.Own); n != before {
			t.Errorf("events %d; want %d", n, before)
		}
	})
	t.Run("ErrRole", func(t *testing.T) {
		resp, _ := f.Page(t, "counsel", "POST", path, notice(f.CSRF(t, "counsel")))
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("counsel: %d; want 403", resp.StatusCode)
		}
		resp, _ = f.Page(t, "staff-elsewhere", "POST", path, notice(f.CSRF(t, "staff-elsewhere")))
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("another platform's staff: %d; want 404", resp.StatusCode)
		}
		if n := f.EventCount(t, f.Own); n != before {
			t.Errorf("events %d; want %d", n, before)
		}
	})
	t.Run("OK", func(t *testing.T) {
		resp, body := f.Page(t, "staff", "POST", path, notice(f.CSRF(t, "staff")))
		if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/cases/"+f.Own {
			t.Fatalf("%d %s; want 303 to the case\n%.400s", resp.StatusCode, resp.Header.Get("Location"), body)
		}
		if n := f.EventCount(t, f.Own); n != before+1 {
			t.Errorf("events %d; want %d", n, before+1)
		}
		_, page := f.Page(t, "staff", "GET", "/cases/"+f.Own, nil)
		if strings.Contains(page, `<script>alert`) || !strings.Contains(page, `&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;`) {
			t.Error("the note's script is not escaped in the timeline")
		}
	})
	t.Run("ErrRefused", func(t *testing.T) {
		n := f.EventCount(t, f.Own)
		form := url.Values{"type": {"court_advised"}, "at": {"2022-11-09"}, "on": {"obj-9"}, access.CSRFField: {f.CSRF(t, "staff")}}
		resp, body := f.Page(t, "staff", "POST", path, form)
		if resp.StatusCode != http.StatusConflict || !strings.Contains(body, "obj-9") {
			t.Errorf("%d; want 409 naming obj-9\n%.400s", resp.StatusCode, body)
		}
		if f.EventCount(t, f.Own) != n {
			t.Error("a refused form changed the case")
		}
	})
	t.Run("court rules", func(t *testing.T) {
		_, page := f.Page(t, "court", "GET", "/cases/"+f.Own, nil)
		if !strings.Contains(page, "Record ruling") || strings.Contains(page, "Record notice sent") {
			t.Error("the court's case page does not offer exactly the ruling")
		}
		form := url.Values{"type": {"ruling"}, "at": {"2022-12-05"}, "on": {"obj-1"}, "outcome": {"overruled"}, access.CSRFField: {f.CSRF(t, "court")}}
		resp, body := f.Page(t, "court", "POST", path, form)
		if resp.StatusCode != http.StatusSeeOther {
			t.Errorf("%d; want 303\n%.400s", resp.StatusCode, body)
		}
	})
}

// TestSignInPage: the form signs a user in with an HttpOnly, SameSite=Strict
// cookie; an unknown address and a wrong password get the same answer;
// sign-out needs the CSRF token and ends the session.
func TestSignInPage(t *testing.T) {
	f := newFixture(t)
	if _, err := f.Access.CreateUser(context.Background(), store.NewUser{Email: "ana@example.com", Name: "Ana", Role: store.RoleStaff, Platform: "Twitter, Inc."}, "correct horse battery"); err != nil {
		t.Fatal(err)
	}
	srv := f.URL
	// The sign-in form's token and its cookie, as a browser gets them
	// from the form.
	var signin *http.Cookie
	var signinToken string
	post := func(path string, form url.Values, cookie *http.Cookie) (*http.Response, string) {
		if path == "/signin" && !form.Has("signin_token") {
			form.Set("signin_token", signinToken)
		}
		req, _ := http.NewRequest("POST", srv+path, strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if cookie != nil {
			req.AddCookie(cookie)
		}
		if path == "/signin" && signin != nil {
			req.AddCookie(signin)
		}
		return f.Send(t, "", req)
	}
	get := func(path string, cookie *http.Cookie) (*http.Response, string) {
		req, _ := http.NewRequest("GET", srv+path, nil)
		if cookie != nil {
			req.AddCookie(cookie)
		}
		return f.Send(t, "", req)
	}
	resp, body := get("/signin", nil)
	if resp.StatusCode != 200 || !strings.Contains(body, `name="password"`) {
		t.Fatalf("GET /signin: %d", resp.StatusCode)
	}
	for _, c := range resp.Cookies() {
		if c.Name == signInCookie {
			signin = c
		}
	}
	if m := regexp.MustCompile(`name="signin_token" value="([^"]+)"`).FindStringSubmatch(body); m != nil {
		signinToken = m[1]
	}
	if signin == nil || signinToken != signin.Value || !signin.HttpOnly || signin.SameSite != http.SameSiteStrictMode {
		t.Fatalf("the sign-in form's token %q and cookie %+v", signinToken, signin)
	}
	t.Run("ErrSignInToken", func(t *testing.T) {
		// A form posted from another site carries no token, or not the
		// browser's: refused before the password is looked at.
		for _, tok := range []string{"", strings.Repeat("A", 43)} {
			r, body := post("/signin", url.Values{"email": {"ana@example.com"}, "password": {"correct horse battery"}, "signin_token": {tok}}, nil)
			if r.StatusCode != http.StatusForbidden || !strings.Contains(body, "did not come from writ") {
				t.Errorf("token %q: %d", tok, r.StatusCode)
			}
			for _, c := range r.Cookies() {
				if c.Name == access.CookieName {
					t.Error("a sign-in without the form's token started a session")
				}
			}
		}
	})
	t.Run("ErrCredentials", func(t *testing.T) {
		r1, wrong := post("/signin", url.Values{"email": {"ana@example.com"}, "password": {"wrong"}}, nil)
		r2, unknown := post("/signin", url.Values{"email": {"nobody@example.com"}, "password": {"wrong"}}, nil)
		if r1.StatusCode != 401 || r2.StatusCode != 401 {
			t.Errorf("statuses %d, %d; want 401", r1.StatusCode, r2.StatusCode)
		}
		if strings.ReplaceAll(wrong, "ana@example.com", "X") != strings.ReplaceAll(unknown, "nobody@example.com", "X") {
			t.Error("a wrong password and an unknown address get different pages")
		}
		if len(r1.Cookies()) != 0 {
			t.Error("a failed sign-in set a cookie")
		}
	})
	var cookie *http.Cookie
	t.Run("OK", func(t *testing.T) {
		resp, _ := post("/signin", url.Values{"email": {"ana@example.com"}, "password": {"correct horse battery"}}, nil)
		if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/" {
			t.Fatalf("%d to %q; want 303 to /", resp.StatusCode, resp.Header.Get("Location"))
		}
		for _, c := range resp.Cookies() {
			if c.Name == access.CookieName {
				cookie = c
			}
		}
		if cookie == nil || !cookie.HttpOnly || cookie.SameSite != http.SameSiteStrictMode {
			t.Fatalf("session cookie %+v; want HttpOnly, SameSite=Strict", cookie)
		}
		if resp, body := get("/", cookie); resp.StatusCode != 200 || !strings.Contains(body, "Ana") {
			t.Errorf("home after sign-in: %d", resp.StatusCode)
		}
	})
	t.Run("sign-out", func(t *testing.T) {
		if cookie == nil {
			t.Skip("not signed in")
		}
		if resp, _ := post("/signout", url.Values{}, cookie); resp.StatusCode != http.StatusForbidden {
			t.Errorf("sign-out without CSRF: %d; want 403", resp.StatusCode)
		}
		_, home := get("/", cookie)
		m := csrfInput.FindStringSubmatch(home)
		if m == nil {
			t.Fatal("no CSRF field on the home page")
		}
		if resp, _ := post("/signout", url.Values{access.CSRFField: {m[1]}}, cookie); resp.StatusCode != http.StatusSeeOther {
			t.Errorf("sign-out: %d; want 303", resp.StatusCode)
		}
		if resp, _ := get("/", cookie); resp.StatusCode != http.StatusSeeOther {
			t.Errorf("home after sign-out: %d; want 303 to sign in", resp.StatusCode)
		}
	})
	t.Run("ErrThrottled", func(t *testing.T) {
		var resp *http.Response
		var body string
		for range access.DefaultMaxFailures + 1 {
			resp, body = post("/signin", url.Values{"email": {"ana@example.com"}, "password": {"wrong"}}, nil)
		}
		if resp.StatusCode != http.StatusTooManyRequests || !strings.Contains(body, "too many failed sign-ins") || resp.Header.Get("Retry-After") == "" {
			t.Errorf("%d; want 429 with the rate limit's message\n%.400s", resp.StatusCode, body)
		}
	})
}

// TestIntake: staff take in an order through the page, which only they
// see; an order written as JSON is refused and nothing is stored
// (TestIntakeTakesNoJSON); a form without the session's CSRF token is
// refused; the order read from the court's document opens a case once
// confirmed (TestIntakeReadsTheOrder); the staff of another platform cannot
// take in an order directed elsewhere.
func TestIntake(t *testing.T) {
	f := newFixture(t)
	countCases := func() int { return len(f.cases(t)) }
	if resp, body := f.Page(t, "staff", "GET", "/intake", nil); resp.StatusCode != 200 || !strings.Contains(body, "Take in an order") {
		t.Fatalf("intake page: %d", resp.StatusCode)
	}
	if resp, _ := f.Page(t, "counsel", "GET", "/intake", nil); resp.StatusCode != 403 {
		t.Errorf("counsel's intake page: %d", resp.StatusCode)
	}
	before := countCases()
	resp, body := f.Page(t, "staff", "POST", "/intake", url.Values{access.CSRFField: {f.CSRF(t, "staff")}, "order": {`{"court":{"id":"cand"},"days":"ten"}`}, "key": {formKey()}})
	if resp.StatusCode != http.StatusUnsupportedMediaType || countCases() != before {
		t.Errorf("an order as JSON: %d\n%.600s", resp.StatusCode, body)
	}
	// The staff of another platform read the order, and are refused at the
	// confirmation.
	resp, page := f.upload(t, "staff-elsewhere", "order.txt", []byte(webtest.SeedOrderText(t)))
	if resp.StatusCode != 200 {
		t.Fatalf("staff of another platform upload the order: %d", resp.StatusCode)
	}
	form := formValues(t, page, "/intake/confirm")
	form.Set(access.CSRFField, f.CSRF(t, "staff-elsewhere"))
	form.Set("again", "yes")
	if resp, _ := f.Page(t, "staff-elsewhere", "POST", "/intake/confirm", form); resp.StatusCode != 403 || countCases() != before {
		t.Errorf("staff of another platform took in an order: %d", resp.StatusCode)
	}
	form.Del(access.CSRFField)
	if resp, _ := f.Page(t, "staff", "POST", "/intake/confirm", form); resp.StatusCode != 403 || countCases() != before {
		t.Errorf("intake without CSRF: %d", resp.StatusCode)
	}
}

// TestCounselAcknowledges: counsel acknowledge the use restriction from
// the case page, and the acknowledgment is recorded once (that staff may
// not make it for them: api.TestStaffCannotAcknowledgeForCounsel).
func TestCounselAcknowledges(t *testing.T) {
	f := newFixture(t)
	_, body := f.Page(t, "counsel", "GET", "/cases/"+f.Own, nil)
	if !strings.Contains(body, "I acknowledge") {
		t.Fatalf("no acknowledgment form for counsel:\n%.800s", body)
	}
	form := url.Values{access.CSRFField: {f.CSRF(t, "counsel")}, "type": {"use_acknowledged"}, "at": {"2026-11-26"}, "key": {formKey()}}
	if resp, body := f.Page(t, "counsel", "POST", "/cases/"+f.Own+"/record", form); resp.StatusCode != 303 {
		t.Fatalf("acknowledge: %d\n%.600s", resp.StatusCode, body)
	}
	_, body = f.Page(t, "counsel", "GET", "/cases/"+f.Own, nil)
	if strings.Contains(body, "I acknowledge") || !strings.Contains(body, "acknowledged this restriction") {
		t.Errorf("after acknowledging:\n%.800s", body)
	}
}

// TestPagesFormsAccess walks every form of the pages, for every role, on the
// caller's own case and on another platform's, each with the role's own
// CSRF token, and checks the answer of each. The forms send what is
// refused for the one who may send it (nothing is stored by this test);
// what matters is who gets past the policy.
func TestPagesFormsAccess(t *testing.T) {
	f := newFixture(t)
	who := []string{"anonymous", "staff", "staff-elsewhere", "counsel", "counsel-elsewhere", "court", "admin"}
	for _, tc := range []struct {
		route, path string
		form        url.Values
		want        []int // in the order of who
	}{
		{"intake, nothing sent", "/intake", url.Values{}, []int{403, 422, 422, 403, 403, 403, 422}},
		{"intake confirm, no document", "/intake/confirm", url.Values{"order": {"{}"}}, []int{403, 422, 422, 403, 403, 403, 422}},
		{"record own, an unknown objection", "/cases/" + f.Own + "/record", url.Values{"type": {"court_advised"}, "at": {"2022-11-09"}, "on": {"obj-9"}}, []int{403, 409, 404, 403, 404, 403, 409}},
		{"record other", "/cases/" + f.Other + "/record", url.Values{"type": {"court_advised"}, "at": {"2022-11-09"}, "on": {"obj-9"}}, []int{403, 404, 409, 404, 404, 404, 404}},
		{"ruling own, an unknown objection", "/cases/" + f.Own + "/record", url.Values{"type": {"ruling"}, "at": {"2022-12-05"}, "on": {"obj-9"}, "outcome": {"overruled"}}, []int{403, 409, 404, 403, 404, 409, 409}},
		{"notices own (no SMTP server)", "/cases/" + f.Own + "/notices", url.Values{}, []int{403, 501, 404, 403, 404, 403, 501}},
		{"letter own, an unknown objection", "/cases/" + f.Own + "/letters", url.Values{"on": {"obj-9"}, "mode": {"summary"}, "summary": {"x"}}, []int{403, 422, 404, 403, 404, 403, 422}},
		{"produce own, the gate closed", "/cases/" + f.Own + "/produce", url.Values{}, []int{403, 409, 404, 403, 404, 403, 409}},
		{"release own, no such production", "/cases/" + f.Own + "/release", url.Values{"production": {"prod-9"}}, []int{403, 409, 404, 403, 404, 403, 409}},
	} {
		for i, w := range who {
			t.Run(tc.route+"/"+w, func(t *testing.T) {
				form := url.Values{}
				for k, v := range tc.form {
					form[k] = v
				}
				if w != "anonymous" {
					form.Set(access.CSRFField, f.CSRF(t, w))
				}
				seqs := func() (n int64) {
					for _, id := range []string{f.Own, f.Other} {
						c, err := f.Cases.Store.Case(context.Background(), id)
						if err != nil {
							t.Fatal(err)
						}
						n += c.Seq
					}
					return n
				}
				n := seqs()
				resp, body := f.Page(t, w, "POST", tc.path, form)
				if resp.StatusCode != tc.want[i] {
					t.Errorf("POST %s as %s: %d; want %d\n%.300s", tc.path, w, resp.StatusCode, tc.want[i], body)
				}
				if seqs() != n {
					t.Errorf("POST %s as %s changed a case", tc.path, w)
				}
			})
		}
	}
}

// TestCounselSeeTheCaseNow: the case page shows counsel the case as it
// stands now, never as of another day, and offers them no such view (issue
// 13: day by day, the gate would tell them when each holder was noticed).
func TestCounselSeeTheCaseNow(t *testing.T) {
	f := newFixture(t)
	resp, body := f.Page(t, "counsel", "GET", "/cases/"+f.Own+"?now=2022-11-12", nil)
	if resp.StatusCode != http.StatusUnprocessableEntity {
		t.Errorf("counsel as of a day: %d; want 422", resp.StatusCode)
	}
	if strings.Contains(body, "Gate") && strings.Contains(body, "2022-11-12") {
		t.Error("counsel were shown the case as of a day")
	}
	if _, page := f.Page(t, "counsel", "GET", "/cases/"+f.Own, nil); strings.Contains(page, `name="now"`) {
		t.Error("counsel are offered to see the case as of a day")
	}
	if resp, _ := f.Page(t, "staff", "GET", "/cases/"+f.Own+"?now=2022-11-12", nil); resp.StatusCode != http.StatusOK {
		t.Errorf("staff as of a day: %d", resp.StatusCode)
	}
}
