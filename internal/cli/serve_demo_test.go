package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/cli"
	"github.com/writ-project/writ/internal/notice/smtptest"
)

// demo is a `writ serve --demo` running in-process, with the sign-in
// token of each role and a browser (a cookie jar) per role once signed in.
type demo struct {
	*served
	t        *testing.T
	dir      string
	tokens   map[string]string
	browsers map[string]*http.Client
	id       string
}

// startDemo starts `writ serve --demo --demo-now day` on dir, on the
// machine's clock, and finds the seed case.
func startDemo(t *testing.T, dir, day string, env cli.Env) *demo {
	t.Helper()
	srv := startServe(t, env, "--demo", "--demo-now", day, "--addr", "127.0.0.1:0", "--demo-dir", dir)
	d := &demo{served: srv, t: t, dir: dir, tokens: map[string]string{}, browsers: map[string]*http.Client{}}
	for _, m := range regexp.MustCompile(`sign in as (staff|counsel|court):\s+\S+token=(\S+)`).FindAllStringSubmatch(srv.stdout.String(), -1) {
		d.tokens[m[1]] = redeemLink(t, srv.base, m[2])
	}
	if len(d.tokens) != 3 {
		t.Fatalf("want a sign-in link for each of three roles:\n%s", srv.stdout.String())
	}
	_, list := d.api("staff", "GET", "/api/v1/cases", "")
	var cs []struct{ Case string }
	if err := json.Unmarshal([]byte(list), &cs); err != nil || len(cs) != 1 {
		t.Fatalf("the demo's cases: %s", list)
	}
	d.id = cs[0].Case
	return d
}

// api calls the JSON API as who, by bearer token.
func (d *demo) api(who, method, path, body string) (int, string) {
	d.t.Helper()
	req, _ := http.NewRequest(method, d.base+path, strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+d.tokens[who])
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		d.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// browser is who's browser, signed in through the link writ printed.
func (d *demo) browser(who string) *http.Client {
	d.t.Helper()
	if b := d.browsers[who]; b != nil {
		return b
	}
	b := sessionBrowser(d.t, d.base, d.tokens[who])
	d.browsers[who] = b
	return b
}

// get fetches a page as who.
func (d *demo) get(who, path string) (int, string) {
	d.t.Helper()
	resp, err := d.browser(who).Get(d.base + path)
	if err != nil {
		d.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

var (
	csrfField = regexp.MustCompile(`name="csrf" value="([^"]+)"`)
	keyField  = regexp.MustCompile(`name="key" value="([^"]+)"`)
	atField   = regexp.MustCompile(`name="at" value="([^"]+)"`)
)

// submit sends a form of the page at from as who, with the CSRF token and
// the idempotency key that page's forms carry, and when the form says no
// time, the time its forms offer (now on the demo's clock); it returns the
// page the browser lands on.
func (d *demo) submit(who, from, action string, form url.Values) (int, string) {
	d.t.Helper()
	_, page := d.get(who, from)
	m := csrfField.FindStringSubmatch(page)
	if m == nil {
		d.t.Fatalf("no CSRF token on %s as %s", from, who)
	}
	form.Set("csrf", m[1])
	if k := keyField.FindStringSubmatch(page); k != nil && form.Get("key") == "" {
		form.Set("key", k[1])
	}
	if at := atField.FindStringSubmatch(page); at != nil && !form.Has("at") {
		form.Set("at", at[1])
	}
	resp, err := d.browser(who).PostForm(d.base+action, form)
	if err != nil {
		d.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// moveClock presses a button of the demo banner as who.
func (d *demo) moveClock(who, move string) string {
	d.t.Helper()
	code, page := d.submit(who, "/cases/"+d.id, "/demo/clock", url.Values{"move": {move}, "back": {"/cases/" + d.id}})
	if code != 200 {
		d.t.Fatalf("move the clock (%s) as %s: %d\n%.1500s", move, who, code, page)
	}
	return page
}

// event is an event of the case's log as the API gives it.
type event struct {
	Seq        int64
	Type       string
	At         time.Time
	RecordedAt time.Time `json:"recorded_at"`
	Actor      string
}

// events is the case's log, as staff read it.
func (d *demo) events() []event {
	d.t.Helper()
	code, body := d.api("staff", "GET", "/api/v1/cases/"+d.id+"/events", "")
	var evs []event
	if err := json.Unmarshal([]byte(body), &evs); code != 200 || err != nil {
		d.t.Fatalf("the case's log: %d %v %.300s", code, err, body)
	}
	return evs
}

// last is the latest event of a type in the case's log.
func (d *demo) last(typ string) (event, bool) {
	evs := d.events()
	for i := len(evs) - 1; i >= 0; i-- {
		if evs[i].Type == typ {
			return evs[i], true
		}
	}
	return event{}, false
}

var pacific = func() *time.Location {
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		panic(err)
	}
	return la
}()

// day is an instant's day in the court's zone.
func day(t time.Time) string { return t.In(pacific).Format(time.DateOnly) }

// TestServeDemoFresh: `writ serve --demo --demo-now DAY` starts from a
// fresh demo database every time: what a first run recorded is gone from
// the second, which says so in one line; the demo platform is kept.
func TestServeDemoFresh(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo")
	env := hermeticEnv()
	env.Now = time.Now
	first := startDemo(t, dir, "2022-10-20", env)
	code, page := first.submit("staff", "/cases/"+first.id, "/cases/"+first.id+"/record", url.Values{
		"type": {"subpoena_served"}, "at": {"2022-10-20T08:30"}, "with_order": {"yes"}, "conforms": {"yes"}})
	if code != 200 {
		t.Fatalf("record service: %d\n%.1500s", code, page)
	}
	first.moveClock("staff", "day")
	if code, body := first.api("staff", "POST", "/api/v1/cases/"+first.id+"/events", `{"type":"notice_sent","account":"Aya@ay_chim0807","method":"email","at":"2022-10-21"}`); code != 201 {
		t.Fatalf("record a notice on 2022-10-21: %d %s", code, body)
	}
	if first.stop() != 0 {
		t.Fatalf("the first run did not stop cleanly:\n%s", first.stderr.String())
	}
	platform, err := os.Stat(filepath.Join(dir, "platform", "accounts.jsonl"))
	if err != nil {
		t.Fatal(err)
	}

	second := startDemo(t, dir, "2022-10-20", env)
	if second.id == first.id {
		t.Errorf("the second run reuses the first's case %s", first.id)
	}
	for _, e := range second.events() {
		if e.Type == "subpoena_served" || day(e.At) > "2022-10-20" {
			t.Errorf("an event of the first run survives: %d %s on %s", e.Seq, e.Type, day(e.At))
		}
	}
	if code, _ := second.api("staff", "GET", "/api/v1/cases/"+first.id, ""); code != 404 {
		t.Errorf("the first run's case answers %d, want 404", code)
	}
	lines := regexp.MustCompile(`(?m)^.*removed.*$`).FindAllString(second.stderr.String(), -1)
	if len(lines) != 1 || !strings.Contains(lines[0], dir) {
		t.Errorf("the second run does not say in one line that it started afresh in %s:\n%s", dir, second.stderr.String())
	}
	if again, err := os.Stat(filepath.Join(dir, "platform", "accounts.jsonl")); err != nil || !again.ModTime().Equal(platform.ModTime()) {
		t.Errorf("the demo platform was made again: %v", err)
	}
}

// TestServeDemoRefusesCases: --demo loads the seed case only into a
// database without cases; one that holds cases is refused (exit 2) with a
// message naming the setting and saying how to start fresh, and nothing
// is added to it.
func TestServeDemoRefusesCases(t *testing.T) {
	dsn := "sqlite:" + filepath.Join(t.TempDir(), "writ.db")
	run(t, "case", "new", "--db", dsn, "--order", "../../examples/orders/takagi-2022.json").mustSucceed(t)
	for _, tc := range []struct {
		name string
		args []string
		vars map[string]string
		want string
	}{
		{"--db", []string{"--db", dsn}, nil, "--db"},
		{"WRIT_DB", nil, map[string]string{"WRIT_DB": dsn}, "WRIT_DB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := hermeticEnv()
			env.Getenv = func(k string) string { return tc.vars[k] }
			var stdout, stderr syncBuffer
			env.Stdout, env.Stderr = &stdout, &stderr
			args := append([]string{"serve", "--demo", "--addr", "127.0.0.1:0", "--demo-dir", filepath.Join(t.TempDir(), "demo")}, tc.args...)
			// A server that wrongly starts is stopped, so that the test
			// fails rather than hangs.
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			code := cli.Run(ctx, args, env)
			msg := stderr.String()
			if code != cli.ExitUsage || !strings.Contains(msg, tc.want) || !strings.Contains(msg, "1 case") || !strings.Contains(msg, "without") {
				t.Errorf("exit %d, %q; want 2 naming %s, the case it holds, and how to start fresh", code, msg, tc.want)
			}
			if strings.Contains(stdout.String(), "serving") {
				t.Error("it served")
			}
		})
	}
	if r := run(t, "case", "list", "--db", dsn, "--json"); strings.Count(r.stdout, `"case"`) != 1 {
		t.Errorf("the database was changed: %s", r.stdout)
	}
}

// TestServeDemoBadDay: --demo-now that is no day, or a day before the seed
// order was entered (Thursday 2022-10-13), is refused naming the flag.
func TestServeDemoBadDay(t *testing.T) {
	for _, v := range []string{"yesterday", "2022-10-12"} {
		env := hermeticEnv()
		var stdout, stderr syncBuffer
		env.Stdout, env.Stderr = &stdout, &stderr
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		code := cli.Run(ctx, []string{"serve", "--demo", "--demo-now", v, "--addr", "127.0.0.1:0", "--demo-dir", filepath.Join(t.TempDir(), "demo")}, env)
		cancel()
		if code != cli.ExitUsage || !strings.Contains(stderr.String(), "--demo-now") || !isOneLine(stderr.String()) {
			t.Errorf("--demo-now %s: exit %d, %q", v, code, stderr.String())
		}
	}
}

// TestServeDemoClock: the demo server runs on its own clock, which starts
// at 09:00 in the court's zone on --demo-now: an act done through it (the
// applicant's counsel acknowledging the use restriction) is dated and
// recorded on the demo's day, not the machine's.
func TestServeDemoClock(t *testing.T) {
	env := hermeticEnv()
	env.Now = time.Now
	d := startDemo(t, filepath.Join(t.TempDir(), "demo"), "2022-11-21", env)
	if _, page := d.get("counsel", "/cases/"+d.id); !strings.Contains(page, "Demo clock: Monday 2022-11-21 09:0") {
		t.Errorf("counsel's case page has no demo clock at Monday 2022-11-21 09:0x:\n%.1500s", page)
	}
	code, page := d.submit("counsel", "/cases/"+d.id, "/cases/"+d.id+"/record", url.Values{"type": {"use_acknowledged"}})
	if code != 200 {
		t.Fatalf("counsel acknowledges: %d\n%.1500s", code, page)
	}
	e, ok := d.last("use_acknowledged")
	if !ok {
		t.Fatal("no use_acknowledged event")
	}
	start := time.Date(2022, 11, 21, 9, 0, 0, 0, pacific)
	for name, got := range map[string]time.Time{"at": e.At, "recorded_at": e.RecordedAt} {
		if got.Before(start) || got.After(start.Add(time.Hour)) {
			t.Errorf("the acknowledgment's %s is %s, want within the hour after %s (the demo's clock, not the machine's)", name, got, start)
		}
	}
}

// TestServeDemoClockMoves: the banner's buttons move the demo clock. From
// Thursday 2022-10-20 with service recorded that day, a day on is Friday
// 2022-10-21; the next deadline is then the platform's notices, due
// Monday 2022-10-31 (10 days from Thursday 2022-10-20 is Sunday
// 2022-10-30, rolled to Monday: `writ deadline --from 2022-10-20 --days
// 10`), so the clock moves to 09:00 the next morning, Tuesday 2022-11-01.
// Counsel are told the new time, not what it passed.
func TestServeDemoClockMoves(t *testing.T) {
	env := hermeticEnv()
	env.Now = time.Now
	d := startDemo(t, filepath.Join(t.TempDir(), "demo"), "2022-10-20", env)
	code, page := d.submit("staff", "/cases/"+d.id, "/cases/"+d.id+"/record", url.Values{
		"type": {"subpoena_served"}, "at": {"2022-10-20T08:30"}, "with_order": {"yes"}, "conforms": {"yes"}})
	if code != 200 {
		t.Fatalf("record service: %d\n%.1500s", code, page)
	}
	if page := d.moveClock("staff", "day"); !strings.Contains(page, "Demo clock: Friday 2022-10-21 09:0") {
		t.Errorf("a day on does not show Friday 2022-10-21 09:0x:\n%.1500s", page)
	}
	page = d.moveClock("staff", "deadline")
	for _, want := range []string{"Demo clock: Tuesday 2022-11-01 09:00 PDT", "the end of Monday 2022-10-31", "notify konnoyukio@CmRUCE", "notify Aya@ay_chim0807"} {
		if !strings.Contains(page, want) {
			t.Errorf("after moving to the next deadline, the page lacks %q:\n%.2500s", want, page)
		}
	}
	_, page = d.get("counsel", "/cases/"+d.id)
	if !strings.Contains(page, "Demo clock: Tuesday 2022-11-01 09:0") {
		t.Errorf("counsel's banner does not show the new time:\n%.1500s", page)
	}
	for _, secret := range []string{"konnoyukio", "Aya", "2022-10-31"} {
		if strings.Contains(page, secret) {
			t.Errorf("counsel's page shows %q", secret)
		}
	}
}

// TestServeNotADemo: a server that is not a demo has no demo clock: POST
// /demo/clock answers 404 and the sign-in page shows no banner.
func TestServeNotADemo(t *testing.T) {
	env := hermeticEnv()
	env.Now = time.Now
	srv := startServe(t, env, "--addr", "127.0.0.1:0", "--db", "sqlite:"+filepath.Join(t.TempDir(), "w.db"))
	resp, err := http.PostForm(srv.base+"/demo/clock", url.Values{"move": {"day"}})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 404 {
		t.Errorf("POST /demo/clock: %d, want 404", resp.StatusCode)
	}
	resp, err = http.Get(srv.base + "/signin")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if strings.Contains(string(b), "Demo clock") {
		t.Error("the sign-in page of a server that is not a demo shows a demo clock")
	}
}

// TestDemoWalk walks the seed case through the demo in one sitting, as
// the README tells it, over HTTP on the pages: from Thursday 2022-10-20,
// staff record service and send the notices (to the demo's outbox); the
// holder of Aya@ay_chim0807 objects through the portal link of her
// message; a day on, staff draft the letter and record the court advised
// (within the 10 days, due Monday 2022-10-31); the clock
// moves to the next deadline, the morning after the windows closed (21
// days from Thursday 2022-10-20 is Thursday 2022-11-10: `writ deadline
// --from 2022-10-20 --days 21`), Friday 2022-11-11; the court overrules
// the objection; staff build and release the production; counsel
// acknowledge the use restriction and download it. Every act is on the
// demo's clock.
func TestDemoWalk(t *testing.T) {
	needPackages(t)
	dir := filepath.Join(t.TempDir(), "demo")
	env := hermeticEnv()
	env.Now = time.Now
	d := startDemo(t, dir, "2022-10-20", env)
	casePage := "/cases/" + d.id
	record := func(who string, form url.Values) string {
		t.Helper()
		code, page := d.submit(who, casePage, casePage+"/record", form)
		if code != 200 {
			t.Fatalf("%s records %s: %d\n%.2500s", who, form.Get("type"), code, page)
		}
		return page
	}

	// 1. Staff record service.
	record("staff", url.Values{"type": {"subpoena_served"}, "at": {"2022-10-20T08:30"}, "with_order": {"yes"}, "conforms": {"yes"}})
	if e, ok := d.last("subpoena_served"); !ok || day(e.At) != "2022-10-20" {
		t.Fatalf("service: %+v", e)
	}

	// 2. Staff review the notices (who gets one, and what it says), then
	// send them from the review page; they go to the outbox.
	if code, review := d.get("staff", casePage+"/notices/review"); code != 200 || !strings.Contains(review, "Aya@ay_chim0807") || !strings.Contains(review, "konnoyukio@CmRUCE") {
		t.Fatalf("the notices' review: %d\n%.1500s", code, review)
	}
	code, page := d.submit("staff", casePage+"/notices/review", casePage+"/notices", url.Values{"confirm": {"yes"}})
	if code != 200 || strings.Count(page, "Notice sent to") != 2 {
		t.Fatalf("send the notices: %d\n%.2500s", code, page)
	}
	if e, ok := d.last("notice_sent"); !ok || day(e.At) != "2022-10-20" {
		t.Errorf("the notices are not dated on the demo's day, 2022-10-20: %+v", e)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "outbox", "*.eml"))
	if len(files) < 2 {
		t.Fatalf("%d messages in the outbox, want one per verified address of the two accounts", len(files))
	}

	// 3. The holder of Aya@ay_chim0807 opens her message's portal link and
	// objects.
	link := ""
	linkRE := regexp.MustCompile(regexp.QuoteMeta(d.base) + `/portal/[A-Za-z0-9_-]{43}`)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		p, err := (&smtptest.Message{Data: b}).Parse()
		if err != nil {
			t.Fatal(err)
		}
		l := linkRE.FindString(p.Text)
		if l == "" {
			continue
		}
		resp, err := http.Get(l + "?lang=en")
		if err != nil {
			t.Fatal(err)
		}
		portal, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode == 200 && strings.Contains(string(portal), "Aya@ay_chim0807") {
			link = l
			break
		}
	}
	if link == "" {
		t.Fatal("no message in the outbox has a portal link for Aya@ay_chim0807")
	}
	var form bytes.Buffer
	mw := multipart.NewWriter(&form)
	_ = mw.WriteField("kind", "objection")
	_ = mw.WriteField("text", "I object to the disclosure of who I am. WALK-OBJECTION")
	_ = mw.Close()
	resp, err := http.Post(link+"?lang=en", mw.FormDataContentType(), &form)
	if err != nil {
		t.Fatal(err)
	}
	receipt, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(receipt), "Received") {
		t.Fatalf("the objection: %d\n%.1500s", resp.StatusCode, receipt)
	}
	if e, ok := d.last("objection_received"); !ok || day(e.At) != "2022-10-20" {
		t.Errorf("the objection is not dated on the demo's day: %+v", e)
	}

	// 4. The next morning, staff draft the letter and record the court
	// advised.
	if page := d.moveClock("staff", "day"); !strings.Contains(page, "Demo clock: Friday 2022-10-21 09:0") {
		t.Errorf("a day on does not show Friday 2022-10-21 09:0x:\n%.1500s", page)
	}
	code, page = d.submit("staff", casePage, casePage+"/letters", url.Values{"on": {"obj-1"}, "mode": {"sealed"}})
	if code != 200 || !regexp.MustCompile(`/cases/`+d.id+`/letters/[0-9a-f]{64}`).MatchString(page) {
		t.Fatalf("draft the letter: %d\n%.2500s", code, page)
	}
	record("staff", url.Values{"type": {"court_advised"}, "on": {"obj-1"}})

	// 5. The clock moves past the windows.
	page = d.moveClock("staff", "deadline")
	for _, want := range []string{"Demo clock: Friday 2022-11-11 09:00 PST", "the end of Thursday 2022-11-10"} {
		if !strings.Contains(page, want) {
			t.Errorf("after moving to the next deadline, the page lacks %q:\n%.2500s", want, page)
		}
	}

	// 6. The court overrules the objection.
	if _, page := d.get("court", casePage); !strings.Contains(page, "WALK-OBJECTION") {
		t.Errorf("the court does not see the objection it was advised of:\n%.2500s", page)
	}
	record("court", url.Values{"type": {"ruling"}, "on": {"obj-1"}, "outcome": {"overruled"}})
	if _, body := d.api("staff", "GET", "/api/v1/cases/"+d.id, ""); !strings.Contains(body, `"open":true`) {
		t.Fatalf("the gate is not open after the ruling and the windows:\n%.2500s", body)
	}

	// 7. Staff build and release the production.
	code, page = d.submit("staff", casePage, casePage+"/produce", url.Values{})
	if code != 200 || !strings.Contains(page, "prod-1") {
		t.Fatalf("build: %d\n%.2500s", code, page)
	}
	// The release goes from its review page (the accounts, the Bates range
	// and the files that will go).
	release := casePage + "/productions/prod-1/release"
	if code, review := d.get("staff", release); code != 200 || !strings.Contains(review, "access-log.csv") {
		t.Fatalf("the release's review: %d\n%.1500s", code, review)
	}
	code, page = d.submit("staff", release, casePage+"/release", url.Values{"production": {"prod-1"}, "confirm": {"yes"}})
	if code != 200 {
		t.Fatalf("release: %d\n%.2500s", code, page)
	}
	for _, typ := range []string{"production_built", "production_released"} {
		if e, ok := d.last(typ); !ok || day(e.At) != "2022-11-11" || e.RecordedAt.Sub(e.At) > time.Second {
			t.Errorf("%s is not done on the demo's day, 2022-11-11: %+v", typ, e)
		}
	}

	// 8. Counsel acknowledge the use restriction and download.
	record("counsel", url.Values{"type": {"use_acknowledged"}})
	_, page = d.get("counsel", casePage)
	dl := regexp.MustCompile(`/api/v1/cases/` + d.id + `/productions/prod-1/package.tar.gz`).FindString(page)
	if dl == "" {
		t.Fatalf("counsel's page offers no download:\n%.2500s", page)
	}
	resp, err = d.browser("counsel").Get(d.base + dl)
	if err != nil {
		t.Fatal(err)
	}
	pkg, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !bytes.HasPrefix(pkg, []byte{0x1f, 0x8b}) {
		t.Fatalf("counsel's download: %d, %d bytes", resp.StatusCode, len(pkg))
	}
	if e, ok := d.last("production_downloaded"); !ok || day(e.At) != "2022-11-11" || !strings.Contains(e.Actor, "counsel") {
		t.Errorf("the download is not recorded as counsel's on the demo's day: %+v", e)
	}
	if strings.Contains(d.stderr.String(), "WALK-OBJECTION") || strings.Contains(d.stderr.String(), "@example") {
		t.Errorf("the log holds a person's data:\n%s", d.stderr.String())
	}
}
