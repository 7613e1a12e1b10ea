package pages_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/notice/mail"
	"github.com/writ-project/writ/internal/notice/smtptest"
	"github.com/writ-project/writ/internal/production/pdf"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web"
	"github.com/writ-project/writ/internal/web/productions"
	"github.com/writ-project/writ/internal/web/webtest"
)

// walkClock is the walk's clock: it stands still until the walk moves it,
// as the weeks of a case pass in one test.
type walkClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *walkClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *walkClock) MoveTo(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
}

// walk is the whole server as `writ serve` mounts it (pages, portal, API)
// over an empty store, with the platform's records, a mail outbox for the
// notices and invitations, and one browser the people of the case take
// turns at.
type walk struct {
	t      *testing.T
	url    string
	clock  *walkClock
	outbox string
	cases  *cases.Service
	ctx    context.Context
	do     func(what string, steps ...chromedp.Action[chromedp.Void])
	shots  int
}

// TestBrowserWalkSeedCase walks the seed case (the order of Oct. 13, 2022
// in 22-mc-80240-VKD, N.D. Cal.) from intake to counsel's download in
// headless Chromium, by the pages alone, as the people of the order would:
//
//   - the platform's administrator signs in, uploads the court's order as
//     text, checks the form writ read from it and opens the case; adds the
//     applicant's counsel and the court's clerk, who set their passwords
//     through the invitations mailed to them, and gives each the case;
//   - staff record the subpoena served that morning (Thursday 2022-10-20,
//     08:30) and send the notices from their review page;
//   - each account holder opens the portal link of the notice mailed to
//     them, on a phone: konnoyukio@CmRUCE reads it and does nothing,
//     Aya@ay_chim0807 objects in writing through the review step;
//   - staff advise the court of her objection (Friday 2022-10-28, within 10
//     days), and the court's clerk records the ruling overruling it
//     (Monday 2022-11-21);
//   - both windows to contest run 21 days from the notices, to Thursday
//     2022-11-10 (no holiday between; Veterans Day is the day after): on
//     Tuesday 2022-11-22 the gate is open and staff build the production
//     and release it from its review page;
//   - counsel sign in, acknowledge the use restriction and download the
//     package.
//
// Every page shown is screenshot and checked by axe-core (webtest.Shoot);
// the portal's pages also at a phone's width.
func TestBrowserWalkSeedCase(t *testing.T) {
	w := newWalk(t)

	// 1. The administrator takes the order in.
	w.signIn("admin@platform.example", "admin password of the walk")
	w.shoot("walk-01-staff-home")
	seed := webtest.Path(t, "internal", "reader", "testdata", "shared", "seed", "order-22-mc-80240-VKD.txt")
	w.do("open the intake page", chromedp.Click(chromedp.CSS(`a[href="/intake"]`)), chromedp.WaitVisible(chromedp.CSS(`input[type="file"]`)))
	w.shoot("walk-02-intake")
	w.do("upload the court's order",
		chromedp.SetUploadFiles(chromedp.CSS(`input[type="file"]`), []string{seed}),
		chromedp.Click(chromedp.CSS(`form[action="/intake"] button[type="submit"]`)))
	review := w.waitText("Use restriction")
	for _, no := range []string{"/order/", "JSON", "{"} {
		if strings.Contains(review, no) {
			t.Errorf("the intake review shows %q", no)
		}
	}
	w.shoot("walk-03-intake-review")
	w.do("open the case", chromedp.Click(chromedp.CSS(`form[action="/intake/confirm"] button[type="submit"]:not([name])`)))
	w.waitText("The subpoena was served")
	loc, err := chromedp.Run(w.ctx, chromedp.Location())
	if err != nil || !strings.Contains(loc, "/cases/c-") {
		w.fatalf("after intake the browser is at %q (%v)", loc, err)
	}
	caseID := strings.TrimPrefix(strings.SplitN(loc[strings.Index(loc, "/cases/"):], "#", 2)[0], "/cases/")
	w.shoot("walk-04-case-opened")

	// 2. The administrator adds counsel and the court's clerk, and gives
	// each the case.
	w.addPerson("Counsel for the applicant", "counsel@lawfirm.example", "counsel")
	w.addPerson("Clerk of the court", "clerk@court.example", "court")
	w.shoot("walk-05-people")
	w.signOut()
	w.acceptInvitation("counsel@lawfirm.example", "counsel password of the walk")
	w.acceptInvitation("clerk@court.example", "clerk password of the walk")
	w.signIn("admin@platform.example", "admin password of the walk")
	w.giveCase("Counsel for the applicant", caseID)
	w.giveCase("Clerk of the court", caseID)
	w.shoot("walk-06-people-given")

	// 3. Staff record service and send the notices.
	w.openCase(caseID)
	serve := `form:has(input[name="type"][value="subpoena_served"])`
	w.do("record service",
		chromedp.SetValue(chromedp.CSS(serve+` input[name="at"]`), "2022-10-20T08:30"),
		chromedp.Click(chromedp.CSS(serve+` input[name="with_order"][value="yes"]`)),
		chromedp.Click(chromedp.CSS(serve+` input[name="conforms"][value="yes"]`)),
		chromedp.Click(chromedp.CSS(serve+` button[type="submit"]`)))
	w.waitText("subpoena served")
	w.shoot("walk-07-case-served")
	w.do("review the notices", chromedp.Click(chromedp.CSS(`a[href$="/notices/review"]`)), chromedp.WaitVisible(chromedp.CSS(`pre.notice-text`)))
	w.waitText("The notice to konnoyukio@CmRUCE")
	w.shoot("walk-08-notices-review")
	w.do("send them", chromedp.Click(chromedp.CSS(`form[action$="/notices"] button[type="submit"]`)))
	w.waitText("Notice sent to")
	sent, err := chromedp.Run(w.ctx, chromedp.Text(chromedp.CSS(`p.message`)))
	if err != nil {
		w.fatalf("the page says nothing of the notices: %v", err)
	}
	for _, account := range []string{"Aya@ay_chim0807", "konnoyukio@CmRUCE"} {
		if !strings.Contains(sent, "Notice sent to "+account) {
			w.fatalf("the notice to %s was not sent:\n%.3000s", account, sent)
		}
	}
	w.shoot("walk-09-notices-sent")
	w.signOut()

	// 4. The account holders open their notices' links, on a phone.
	links := w.portalLinks()
	if len(links) != 2 {
		var all []string
		for _, m := range w.mails() {
			all = append(all, m.Subject+"\n"+m.Text)
		}
		w.fatalf("portal links mailed for %v; want one for each of the two accounts; the outbox holds:\n%.6000s", links, strings.Join(all, "\n----\n"))
	}
	w.sit()
	w.do("a phone's screen", chromedp.EmulateViewport(390, 844))
	w.do("konnoyukio opens the link", chromedp.Navigate(links["konnoyukio@CmRUCE"]+"?lang=en"), chromedp.WaitVisible(chromedp.CSS(`textarea[name="text"]`)))
	w.waitText("konnoyukio@CmRUCE")
	w.shoot("walk-10-portal-konnoyukio-phone")
	w.sit()
	w.do("a phone's screen", chromedp.EmulateViewport(390, 844))
	w.do("Aya opens the link", chromedp.Navigate(links["Aya@ay_chim0807"]+"?lang=en"), chromedp.WaitVisible(chromedp.CSS(`textarea[name="text"]`)))
	w.shoot("walk-11-portal-aya-phone")
	form := `form:has(input[name="kind"][value="objection"])`
	w.do("Aya objects",
		chromedp.SendKeys(chromedp.CSS(form+` textarea[name="text"]`), "I object to the disclosure of who I am: my posts were true."),
		chromedp.Click(chromedp.CSS(form+` button[type="submit"]`)))
	w.waitText("my posts were true")
	w.shoot("walk-12-portal-aya-review-phone")
	w.do("Aya sends it", chromedp.Click(chromedp.CSS(`form:has(input[name="step"][value="send"]) button[type="submit"]`)))
	w.waitText(caseID + "/")
	w.shoot("walk-13-portal-aya-receipt-phone")
	w.do("a desktop's screen again", chromedp.EmulateViewport(1000, 1400))
	w.do("Aya's receipt on a desktop", chromedp.Reload())
	w.shoot("walk-14-portal-aya-receipt")

	// 5. Staff advise the court of the objection, a week later.
	w.clock.MoveTo(w.courtDay(caseID, "2022-10-28", 9))
	w.signIn("admin@platform.example", "admin password of the walk")
	w.openCase(caseID)
	w.shoot("walk-15-case-objection")
	advise := `form:has(input[name="type"][value="court_advised"])`
	w.do("record the court advised", chromedp.Click(chromedp.CSS(advise+` button[type="submit"]`)))
	w.waitText("court advised")
	w.shoot("walk-16-case-advised")
	w.signOut()

	// 6. The court's clerk records the ruling.
	w.clock.MoveTo(w.courtDay(caseID, "2022-11-21", 9))
	w.signIn("clerk@court.example", "clerk password of the walk")
	w.shoot("walk-17-court-home")
	w.openCase(caseID)
	w.shoot("walk-18-court-case")
	rule := `form:has(input[name="type"][value="ruling"])`
	w.do("record the ruling", chromedp.SetValue(chromedp.CSS(rule+` select[name="outcome"]`), "overruled"),
		chromedp.Click(chromedp.CSS(rule+` button[type="submit"]`)))
	w.waitText("ruling")
	w.shoot("walk-19-court-ruled")
	w.signOut()

	// 7. The next day the windows have closed: staff build and release.
	w.clock.MoveTo(w.courtDay(caseID, "2022-11-22", 9))
	w.signIn("admin@platform.example", "admin password of the walk")
	w.openCase(caseID)
	w.do("build the production", chromedp.Click(chromedp.CSS(`form[action$="/produce"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`table.productions`)))
	w.shoot("walk-20-production-built")
	w.do("review the release", chromedp.Click(chromedp.CSS(`a[href$="/productions/prod-1/release"]`)), chromedp.WaitVisible(chromedp.CSS(`dd.bates`)))
	w.shoot("walk-21-release-review")
	w.do("release", chromedp.Click(chromedp.CSS(`form[action$="/release"] button[type="submit"]`)), chromedp.WaitVisible(chromedp.CSS(`table.productions`)))
	w.shoot("walk-22-released")
	w.signOut()

	// 8. Counsel acknowledge the use restriction and download.
	w.signIn("counsel@lawfirm.example", "counsel password of the walk")
	w.shoot("walk-23-counsel-home")
	w.openCase(caseID)
	w.shoot("walk-24-counsel-case")
	w.do("acknowledge the use restriction", chromedp.Click(chromedp.CSS(`form:has(input[name="type"][value="use_acknowledged"]) button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`a[href$="package.tar.gz"]`)))
	text := w.waitText("acknowledged")
	for _, secret := range []string{"Aya", "ay_chim0807", "konnoyukio", "CmRUCE", "my posts were true", "obj-1"} {
		if strings.Contains(text, secret) {
			t.Errorf("counsel's case page shows %q", secret)
		}
	}
	w.shoot("walk-25-counsel-released")
	got := w.download(`a[href$="package.tar.gz"]`)
	if len(got) < 1000 || got[0] != 0x1f || got[1] != 0x8b {
		t.Errorf("counsel's download is %d bytes, not a gzipped package", len(got))
	}
	c, err := w.cases.Load(context.Background(), caseID)
	if err != nil {
		t.Fatal(err)
	}
	if pr := matter.Apply(c.Events, w.clock.Now()).Production("prod-1"); pr == nil || pr.Released.IsZero() || pr.Downloaded.IsZero() {
		t.Errorf("the case records prod-1 as %+v; want it released and downloaded", pr)
	}
	t.Logf("%d pages screenshot in %s", w.shots, webtest.Artefacts(t))
}

// newWalk serves writ over an empty store whose clock reads Thursday
// 2022-10-20, 09:00 in California, the day the subpoena was served, with
// one administrator of the platform.
func newWalk(t *testing.T) *walk {
	t.Helper()
	la, _ := time.LoadLocation("America/Los_Angeles")
	clock := &walkClock{now: time.Date(2022, 10, 20, 9, 0, 0, 0, la)}
	ctx := context.Background()
	st, err := store.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "writ.db"), clock.Now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	users, _ := store.UsersOf(st)
	guard, err := access.New(users, access.Options{Params: access.TestParams})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := guard.CreateUser(ctx, store.NewUser{Email: "admin@platform.example", Name: "Platform admin", Role: store.RoleStaff,
		Platform: "Twitter, Inc.", Admin: true}, "admin password of the walk"); err != nil {
		t.Fatal(err)
	}
	svc := &cases.Service{Store: st, Now: clock.Now, Actor: "writ"}
	outbox := filepath.Join(t.TempDir(), "outbox")
	mc, err := mail.New(mail.Config{Outbox: outbox, From: "Platform legal <legal@platform.example>"})
	if err != nil {
		t.Fatal(err)
	}
	platform := webtest.Platform(t)
	tokens, _ := store.TokensOf(st)
	// The handler is set once the server's address is known: the links
	// mailed are built from it.
	var h http.Handler
	ts := httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) { h.ServeHTTP(rw, r) }))
	t.Cleanup(ts.Close)
	srv := &web.Server{Cases: svc, Users: users, Access: guard, Now: clock.Now, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), PublicURL: ts.URL, Mail: mc,
		Production: &productions.Packages{Dir: filepath.Join(t.TempDir(), "packages"), Source: platform}}
	// Notices go as writ serve sends them (cli.serveNotices): through
	// notice.Sender over the platform's records, into the outbox.
	srv.SendNotices = func(ctx context.Context, caseID string, accounts []string, resend bool, actor string) ([]notice.Outcome, error) {
		font, err := pdf.OpenFont("")
		if err != nil {
			return nil, err
		}
		src, err := platform()
		if err != nil {
			return nil, err
		}
		defer src.Close()
		s := &notice.Sender{Cases: svc, Tokens: tokens, Source: src, Mail: mc, Templates: notice.DefaultTemplates(), Font: font,
			From: "Platform legal <legal@platform.example>", PortalBase: ts.URL + "/portal", Now: clock.Now, Actor: actor}
		return s.Send(ctx, caseID, accounts, resend)
	}
	h = srv.Handler()
	return &walk{t: t, url: ts.URL, clock: clock, outbox: outbox, cases: svc}
}

// sit starts a browser of its own for each sitting of a person at writ:
// the people of the case do not share one, and each sitting has the
// browser's minute (webtest.Browser).
func (w *walk) sit() {
	w.t.Helper()
	w.ctx = webtest.Browser(w.t)
	w.do = webtest.Steps(w.t, w.ctx)
}

func (w *walk) fatalf(format string, args ...any) {
	w.t.Helper()
	w.t.Fatalf(format, args...)
}

// shoot keeps a screenshot of the page shown and checks it (webtest.Shoot).
func (w *walk) shoot(name string) {
	w.t.Helper()
	webtest.Shoot(w.t, w.ctx, name+".png")
	w.shots++
}

func (w *walk) waitText(want string) string {
	w.t.Helper()
	return webtest.WaitText(w.t, w.ctx, want)
}

// signIn signs in through the sign-in form, as a person does.
func (w *walk) signIn(email, password string) {
	w.t.Helper()
	w.sit()
	w.do("sign in as "+email,
		chromedp.Navigate(w.url+"/signin"),
		chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)),
		chromedp.SendKeys(chromedp.CSS(`input[name="email"]`), email),
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), password),
		chromedp.Click(chromedp.CSS(`form[action="/signin"] button[type="submit"]`)))
	w.waitText("Sign out")
}

// signOut signs out with the button every page has.
func (w *walk) signOut() {
	w.t.Helper()
	w.do("sign out", chromedp.Click(chromedp.CSS(`form[action="/signout"] button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`input[name="email"]`)))
}

// openCase opens the case from the home page's list.
func (w *walk) openCase(id string) {
	w.t.Helper()
	w.do("open the case from the home page", chromedp.Navigate(w.url+"/"), chromedp.WaitVisible(chromedp.CSS(`a[href="/cases/`+id+`"]`)),
		chromedp.Click(chromedp.CSS(`a[href="/cases/`+id+`"]`)), chromedp.WaitVisible(chromedp.CSS(`nav.tabs`)))
}

// addPerson adds a person of role on the people page, who is mailed an
// invitation.
func (w *walk) addPerson(name, email, role string) {
	w.t.Helper()
	add := `form[action="/people"]`
	w.do("add "+email,
		chromedp.Navigate(w.url+"/people"), chromedp.WaitVisible(chromedp.CSS(add)),
		chromedp.SendKeys(chromedp.CSS(add+` input[name="name"]`), name),
		chromedp.SendKeys(chromedp.CSS(add+` input[name="email"]`), email),
		chromedp.Click(chromedp.CSS(add+` input[name="role"][value="`+role+`"]`)),
		chromedp.Click(chromedp.CSS(add+` button[type="submit"]`)))
	w.waitText(name + " was added")
}

// giveCase gives the person named the case, on the people page, and
// waits for the page to list it as theirs.
func (w *walk) giveCase(name, caseID string) {
	w.t.Helper()
	form := `form[action$="/grant"]:has(select[aria-label="A case to give ` + name + `"])`
	w.do("open the people page", chromedp.Navigate(w.url+"/people"), chromedp.WaitVisible(chromedp.CSS(form)))
	attrs, err := chromedp.Run(w.ctx, chromedp.Attributes(chromedp.CSS(form)))
	if err != nil {
		w.fatalf("the form that gives %s a case: %v", name, err)
	}
	person := strings.TrimSuffix(attrs["action"], "/grant")
	w.do("give "+name+" the case",
		chromedp.SetValue(chromedp.CSS(form+` select[name="case"]`), caseID),
		chromedp.Click(chromedp.CSS(form+` button[type="submit"]`)),
		chromedp.WaitVisible(chromedp.CSS(`form[action="`+person+`/revoke"]:has(input[name="case"][value="`+caseID+`"])`)))
}

// acceptInvitation opens the invitation mailed to email and sets the
// password, which takes the person to the sign-in page.
func (w *walk) acceptInvitation(email, password string) {
	w.t.Helper()
	link := ""
	for _, m := range w.mails() {
		if strings.Contains(m.Header.Get("To"), email) {
			link = regexp.MustCompile(regexp.QuoteMeta(w.url) + `/invitations/[A-Za-z0-9_-]+`).FindString(m.Text)
		}
	}
	if link == "" {
		w.fatalf("no invitation was mailed to %s", email)
	}
	w.sit()
	w.do("open the invitation of "+email, chromedp.Navigate(link), chromedp.WaitVisible(chromedp.CSS(`input[type="password"]`)))
	w.shoot("walk-invitation-" + strings.SplitN(email, "@", 2)[0])
	w.do("set the password",
		chromedp.SendKeys(chromedp.CSS(`input[name="password"]`), password),
		chromedp.SendKeys(chromedp.CSS(`input[name="again"]`), password),
		chromedp.Click(chromedp.CSS(`form button[type="submit"]`)))
	w.waitText("Your password is set")
}

// mails are the messages in the outbox.
func (w *walk) mails() []smtptest.Parsed {
	w.t.Helper()
	files, _ := filepath.Glob(filepath.Join(w.outbox, "*.eml"))
	var out []smtptest.Parsed
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			w.t.Fatal(err)
		}
		p, err := (&smtptest.Message{Data: b}).Parse()
		if err != nil {
			w.t.Fatal(err)
		}
		out = append(out, p)
	}
	return out
}

// portalLinks are the portal links of the notices mailed, by the account
// each notice names.
func (w *walk) portalLinks() map[string]string {
	w.t.Helper()
	re := regexp.MustCompile(regexp.QuoteMeta(w.url) + `/portal/[A-Za-z0-9_-]{43}`)
	out := map[string]string{}
	for _, m := range w.mails() {
		link := re.FindString(m.Text)
		if link == "" {
			continue
		}
		for _, account := range []string{"Aya@ay_chim0807", "konnoyukio@CmRUCE"} {
			if strings.Contains(m.Text, account) {
				out[account] = link
			}
		}
	}
	return out
}

// courtDay is hour o'clock on day in the case's court's zone.
func (w *walk) courtDay(caseID, day string, hour int) time.Time {
	w.t.Helper()
	c, err := w.cases.Load(context.Background(), caseID)
	if err != nil {
		w.t.Fatal(err)
	}
	d, err := time.ParseInLocation("2006-01-02", day, c.Calendar.Location)
	if err != nil {
		w.t.Fatal(err)
	}
	return d.Add(time.Duration(hour) * time.Hour)
}

// download clicks the link and returns the file the browser saved.
func (w *walk) download(link string) []byte {
	w.t.Helper()
	dir := w.t.TempDir()
	if _, err := chromedp.CallBrowser(w.ctx, browser.SetDownloadBehavior,
		browser.SetDownloadBehaviorParams{Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: dir}); err != nil {
		w.fatalf("allow downloads: %v", err)
	}
	w.do("download", chromedp.Click(chromedp.CSS(link)))
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		files, _ := os.ReadDir(dir)
		for _, f := range files {
			if strings.HasSuffix(f.Name(), ".crdownload") {
				continue
			}
			b, err := os.ReadFile(filepath.Join(dir, f.Name()))
			if err == nil && len(b) > 0 {
				return b
			}
		}
	}
	w.fatalf("the browser saved no download in %s", dir)
	return nil
}
