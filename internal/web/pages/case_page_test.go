package pages

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/web/webtest"
)

// pageSection is the text of the element with id in a page, to its closing
// </section>: enough to say which section a string is in.
func pageSection(body, id string) string {
	i := strings.Index(body, `id="`+id+`"`)
	if i < 0 {
		return ""
	}
	rest := body[i:]
	if j := strings.Index(rest, "</section>\n\n"); j >= 0 {
		return rest[:j]
	}
	return rest
}

// TestCasePageHead: the head of the case says whether disclosure is held
// and why in one line, the next day due with its rule and the next act,
// for each role in its own terms. The fixture's case was served Thursday
// 2022-10-20, so notice to konnoyukio@CmRUCE (never given) was due ten
// days later, Sunday 2022-10-30, rolled to Monday 2022-10-31 (Fed. R. Civ.
// P. 6(a)(1)(C)); Aya@ay_chim0807 objected on Tuesday 2022-11-08.
func TestCasePageHead(t *testing.T) {
	f := newFixture(t)
	head := func(t *testing.T, who string) string {
		t.Helper()
		resp, body := f.Page(t, who, "GET", "/cases/"+f.Own, nil)
		if resp.StatusCode != 200 {
			t.Fatalf("%s: %d", who, resp.StatusCode)
		}
		i, j := strings.Index(body, `class="card gate case-head"`), strings.Index(body, `<nav class="tabs"`)
		if i < 0 || j < i {
			t.Fatalf("%s: no head before the sections:\n%.3000s", who, body)
		}
		return body[i:j]
	}
	t.Run("staff", func(t *testing.T) {
		h := head(t, "staff")
		for _, want := range []string{"disclosure held", "No notice has been given to the account holder",
			"Monday 2022-10-31: notify account holders · konnoyukio@CmRUCE", "overdue", "Fed. R. Civ. P. 6",
			"Give notice to 1 account (konnoyukio@CmRUCE)."} {
			if !strings.Contains(h, want) {
				t.Errorf("the head does not say %q:\n%s", want, h)
			}
		}
	})
	t.Run("court", func(t *testing.T) {
		if h := head(t, "court"); !strings.Contains(h, "ruling on obj-1.") {
			t.Errorf("the court's head does not offer the ruling:\n%s", h)
		}
	})
	t.Run("counsel", func(t *testing.T) {
		h := head(t, "counsel")
		if !strings.Contains(h, "disclosure held") || !strings.Contains(h, "Acknowledge the use restriction") {
			t.Errorf("counsel's head:\n%s", h)
		}
		for _, s := range []string{"konnoyukio", "Aya", "obj-1", "2022-10-31", "2022-11-08"} {
			if strings.Contains(h, s) {
				t.Errorf("counsel's head shows %q:\n%s", s, h)
			}
		}
	})
}

// TestCasePageSections: the page is in sections with a nav of in-page
// anchors; counsel get no section that would name an account.
func TestCasePageSections(t *testing.T) {
	f := newFixture(t)
	_, body := f.Page(t, "staff", "GET", "/cases/"+f.Own, nil)
	for _, id := range []string{"overview", "accounts", "timeline", "documents", "productions", "audit"} {
		if !strings.Contains(body, `href="#`+id+`"`) || !strings.Contains(body, `id="`+id+`"`) {
			t.Errorf("staff's page lacks the section %q or its link", id)
		}
	}
	if s := pageSection(body, "timeline"); !strings.Contains(s, "objection received") || !strings.Contains(s, "Correct a record") {
		t.Errorf("the timeline section lacks the events or the correction:\n%.2000s", s)
	}
	if s := pageSection(body, "accounts"); !strings.Contains(s, "Account holders' windows") || !strings.Contains(s, "Objections and motions") {
		t.Errorf("the accounts section lacks the windows or the contests:\n%.2000s", s)
	}
	if s := pageSection(body, "audit"); !strings.Contains(s, "/cases/"+f.Own+"/audit") {
		t.Errorf("the audit section does not link the audit trail:\n%s", s)
	}
	_, body = f.Page(t, "counsel", "GET", "/cases/"+f.Own, nil)
	for _, id := range []string{"accounts", "timeline", "documents", "audit"} {
		if strings.Contains(body, `id="`+id+`"`) || strings.Contains(body, `href="#`+id+`"`) {
			t.Errorf("counsel's page has the section %q", id)
		}
	}
	for _, id := range []string{"overview", "productions"} {
		if !strings.Contains(body, `id="`+id+`"`) {
			t.Errorf("counsel's page lacks the section %q", id)
		}
	}
}

// TestCasePageCausesOnce: the gate's reasons are said once per cause, with
// the accounts that share it, not once per account.
func TestCasePageCausesOnce(t *testing.T) {
	f := newFixture(t)
	t.Run("a notice missing and an objection pending", func(t *testing.T) {
		_, body := f.Page(t, "staff", "GET", "/cases/"+f.Own, nil)
		causes := pageSection(body, "overview")
		for _, want := range []string{
			"No notice has been given to the account holder: the time to contest runs from the notice. <strong class=\"accounts\">1 account (konnoyukio@CmRUCE)</strong>",
			"An objection received on Tuesday 2022-11-08 is pending",
			"1 account (Aya@ay_chim0807)",
			"It also holds Aya@ay_chim0807",
		} {
			if !strings.Contains(causes, want) {
				t.Errorf("the causes do not say %q:\n%.3000s", want, causes)
			}
		}
		// Below the head, which gives the first cause as its one line.
		below := body[strings.Index(body, `<nav class="tabs"`):]
		if n := strings.Count(below, "No notice has been given"); n != 1 {
			t.Errorf("the missing notice is said %d times; want once", n)
		}
		if n := strings.Count(below, "is pending: the order requires"); n != 1 {
			t.Errorf("the pending objection is said %d times; want once", n)
		}
		for _, perAccount := range []string{"No notice has been given to this account holder", "No notice has been given to the holder of"} {
			if strings.Contains(body, perAccount) {
				t.Errorf("a reason is still said per account: %q", perAccount)
			}
		}
	})
	t.Run("served, nobody noticed: one line for both accounts", func(t *testing.T) {
		ctx := context.Background()
		c, err := f.Cases.Open(ctx, examples.SeedOrder(), "", "")
		if err != nil {
			t.Fatal(err)
		}
		served := time.Date(2022, 10, 20, 10, 0, 0, 0, f.Zone(t, f.Own))
		if _, err := f.Cases.Record(ctx, c.ID, matter.Event{Type: matter.SubpoenaServed, At: served, WithOrder: webtest.Ptr(true), Conforms: webtest.Ptr(true)}, ""); err != nil {
			t.Fatal(err)
		}
		_, body := f.Page(t, "staff", "GET", "/cases/"+c.ID, nil)
		if !strings.Contains(body, "No notice has been given to the account holder: the time to contest runs from the notice. <strong class=\"accounts\">2 accounts (konnoyukio@CmRUCE, Aya@ay_chim0807)</strong>") {
			t.Errorf("the missing notices are not one cause of two accounts:\n%.4000s", pageSection(body, "overview"))
		}
		if n := strings.Count(body[strings.Index(body, `<nav class="tabs"`):], "No notice has been given"); n != 1 {
			t.Errorf("the missing notice is said %d times; want once", n)
		}
	})
}

// TestCasePageActsNow: the forms offered are the next lawful acts, in the
// overview's "what can be done now", each with its day and time.
func TestCasePageActsNow(t *testing.T) {
	f := newFixture(t)
	_, body := f.Page(t, "staff", "GET", "/cases/"+f.Own, nil)
	now := pageSection(body, "overview")
	i := strings.Index(now, `id="now"`)
	if i < 0 {
		t.Fatalf("no \"what can be done now\":\n%.3000s", now)
	}
	now = now[i:]
	for _, want := range []string{"What can be done now", `value="notice_sent"`, `value="konnoyukio@CmRUCE"`, `value="court_advised"`, `value="obj-1"`} {
		if !strings.Contains(now, want) {
			t.Errorf("what can be done now lacks %q", want)
		}
	}
	// Aya was noticed: no form records her notice again; the subpoena was
	// served: no form records service.
	for _, unwanted := range []string{`name="account" value="Aya@ay_chim0807"><h3>Notice sent`, `value="subpoena_served"`} {
		if strings.Contains(now, unwanted) {
			t.Errorf("what can be done now offers %q", unwanted)
		}
	}
	forms := strings.Count(now, "<form ")
	times := strings.Count(now, `type="datetime-local" name="at"`)
	drafts := strings.Count(now, `action="/cases/`+f.Own+`/letters"`)
	if forms == 0 || times != forms-drafts {
		t.Errorf("%d forms, %d letters to draft, %d with a day and time: every act needs its day and time", forms, drafts, times)
	}
	_, body = f.Page(t, "counsel", "GET", "/cases/"+f.Own, nil)
	if strings.Contains(body, `id="now"`) {
		t.Error("counsel are offered the staff's acts")
	}
}

// TestSendNoticesConfirm: the notices go only from the review page, which
// shows to which accounts and the text that will go; a POST without its
// confirmation sends nothing.
func TestSendNoticesConfirm(t *testing.T) {
	var sent [][]string
	f := newFixture(t, func(s *Pages) {
		s.SendNotices = func(_ context.Context, _ string, accounts []string, _ bool, _ string) ([]notice.Outcome, error) {
			sent = append(sent, accounts)
			return []notice.Outcome{{Account: accounts[0], Status: notice.StatusSent, Sent: 1, Of: 1}}, nil
		}
	})
	casePage := "/cases/" + f.Own
	_, body := f.Page(t, "staff", "GET", casePage, nil)
	if !strings.Contains(body, `href="`+casePage+`/notices/review"`) || strings.Contains(body, `action="`+casePage+`/notices"`) {
		t.Error("the case page sends notices without the review")
	}
	checkReview := func(t *testing.T, body string) {
		t.Helper()
		for _, want := range []string{"konnoyukio@CmRUCE", "22-mc-80240", `name="confirm" value="yes"`, `name="account" value="konnoyukio@CmRUCE"`} {
			if !strings.Contains(body, want) {
				t.Errorf("the review lacks %q:\n%.3000s", want, body)
			}
		}
		if strings.Contains(body, `name="account" value="Aya@ay_chim0807"`) {
			t.Error("the review would send Aya@ay_chim0807 a second notice")
		}
	}
	t.Run("ErrNotConfirmed", func(t *testing.T) {
		resp, body := f.Page(t, "staff", "POST", casePage+"/notices", url.Values{access.CSRFField: {f.CSRF(t, "staff")}, "account": {"konnoyukio@CmRUCE"}})
		if resp.StatusCode != http.StatusUnprocessableEntity || len(sent) != 0 {
			t.Fatalf("unconfirmed: %d, sent %v", resp.StatusCode, sent)
		}
		checkReview(t, body)
	})
	t.Run("ErrRole", func(t *testing.T) {
		for who, want := range map[string]int{"counsel": 403, "court": 403, "staff-elsewhere": 404} {
			if resp, _ := f.Page(t, who, "GET", casePage+"/notices/review", nil); resp.StatusCode != want {
				t.Errorf("%s: %d; want %d", who, resp.StatusCode, want)
			}
		}
	})
	t.Run("OK", func(t *testing.T) {
		resp, body := f.Page(t, "staff", "GET", casePage+"/notices/review", nil)
		if resp.StatusCode != 200 {
			t.Fatalf("review: %d", resp.StatusCode)
		}
		checkReview(t, body)
		// The text is the notice's own: what the holder may do, and the
		// seed order's 21 days.
		if !strings.Contains(body, "notice-text") || !strings.Contains(body, "21") {
			t.Errorf("the review does not show the notice's text:\n%.3000s", body)
		}
		resp, _ = f.Page(t, "staff", "POST", casePage+"/notices", url.Values{access.CSRFField: {f.CSRF(t, "staff")}, "confirm": {"yes"}, "account": {"konnoyukio@CmRUCE"}})
		if resp.StatusCode != 200 || len(sent) != 1 || !slices.Equal(sent[0], []string{"konnoyukio@CmRUCE"}) {
			t.Errorf("confirmed: %d, sent %v", resp.StatusCode, sent)
		}
	})
}
