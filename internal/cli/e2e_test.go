package cli_test

import (
	"bytes"
	"encoding/json"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/notice/smtptest"
)

// mailRead is a message as read back from the SMTP server.
type mailRead struct {
	to, subject, body, attachment string
}

func readMail(t *testing.T, m smtptest.Message) mailRead {
	t.Helper()
	p, err := m.Parse()
	if err != nil {
		t.Fatal(err)
	}
	r := mailRead{to: strings.Join(m.To, ","), subject: p.Subject, body: p.Text}
	if len(p.AttachmentNames) > 0 {
		r.attachment = p.AttachmentNames[0]
	}
	return r
}

// TestEndToEnd runs the seed case through writ serve over HTTP and SMTP:
// the subpoena served on Thursday 2022-10-20; on Friday 2022-10-21 staff
// send the notices, which reach both demo accounts in Japanese and English
// with the order attached and a portal link; the holder of Aya@ay_chim0807
// objects through the portal and is mailed a receipt; the advise-court duty
// is due Monday 2022-10-31 (10 days after Friday 2022-10-21, counted on a
// calendar: no holiday); staff draft the letter and record the court
// advised; the gate stays closed; the court overrules; once the windows
// have run (Monday 2022-11-14, the 21st day being Veterans Day) the gate
// is open.
func TestEndToEnd(t *testing.T) {
	smtp := smtptest.Start(t, smtptest.Options{})
	la, _ := time.LoadLocation("America/Los_Angeles")
	now := time.Date(2022, 10, 21, 9, 0, 0, 0, la)
	env := hermeticEnv()
	vars := map[string]string{"WRIT_SMTP_HOST": smtp.Host, "WRIT_SMTP_PORT": strconv.Itoa(smtp.Port), "WRIT_SMTP_TLS": "none",
		"WRIT_SMTP_FROM": "Twitter Legal <legal@twitter.example>"}
	env.Getenv = func(k string) string { return vars[k] }
	var clock atomic.Value
	clock.Store(now)
	env.Now = func() time.Time { return clock.Load().(time.Time) }
	srv := startServe(t, env, "--demo", "--demo-now", "2022-10-21", "--addr", "127.0.0.1:0", "--demo-dir", filepath.Join(t.TempDir(), "demo"))
	base, stdout, stderr := srv.base, srv.stdout, srv.stderr
	tokens := map[string]string{}
	for _, m := range regexp.MustCompile(`sign in as (staff|counsel|court):\s+\S+token=(\S+)`).FindAllStringSubmatch(stdout.String(), -1) {
		tokens[m[1]] = redeemLink(t, base, m[2])
	}
	api := func(who, method, path, body string) (int, string) {
		t.Helper()
		req, _ := http.NewRequest(method, base+path, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+tokens[who])
		if body != "" {
			req.Header.Set("Content-Type", "application/json")
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	_, list := api("staff", "GET", "/api/v1/cases", "")
	var cs []struct{ Case string }
	if err := json.Unmarshal([]byte(list), &cs); err != nil || len(cs) != 1 {
		t.Fatalf("cases: %s", list)
	}
	id := cs[0].Case

	// The notices.
	code, body := api("staff", "POST", "/api/v1/cases/"+id+"/notices", "{}")
	if code != 200 || strings.Count(body, `"status":"sent"`) != 2 {
		t.Fatalf("send the notices: %d %s\n%s", code, body, stderr.String())
	}
	// The notices are recorded as the signed-in staff member's act.
	_, evlog := api("staff", "GET", "/api/v1/cases/"+id+"/events", "")
	var evs []struct{ Type, Actor string }
	if err := json.Unmarshal([]byte(evlog), &evs); err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		if e.Type == "notice_sent" && !strings.HasPrefix(e.Actor, "staff:u-") {
			t.Errorf("a notice sent by signed-in staff names %q", e.Actor)
		}
	}
	linkRE := regexp.MustCompile(regexp.QuoteMeta(base) + `/portal/([A-Za-z0-9_-]{43})`)
	links := map[string]string{}
	for _, m := range smtp.Messages() {
		r := readMail(t, m)
		for _, want := range []string{"異議", "object", "22-mc-80240-VKD"} {
			if !strings.Contains(r.body, want) {
				t.Errorf("the notice to %s lacks %q", r.to, want)
			}
		}
		if r.attachment == "" {
			t.Errorf("the notice to %s has no copy of the order attached", r.to)
		}
		l := linkRE.FindString(r.body)
		if l == "" {
			t.Fatalf("the notice to %s has no portal link", r.to)
		}
		resp, err := http.Get(l)
		if err != nil {
			t.Fatal(err)
		}
		page, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		for _, acc := range []string{"Aya@ay_chim0807", "konnoyukio@CmRUCE"} {
			if resp.StatusCode == 200 && strings.Contains(string(page), acc) {
				links[acc] = l
			}
		}
	}
	if len(links) != 2 {
		t.Fatalf("portal links for %d accounts, want 2", len(links))
	}
	noticesMailed := len(smtp.Messages())

	// Aya's holder objects through the portal.
	var form bytes.Buffer
	mw := multipart.NewWriter(&form)
	_ = mw.WriteField("kind", "objection")
	_ = mw.WriteField("text", "私は開示に異議を申し立てます。E2E-OBJECTION")
	_ = mw.Close()
	resp, err := http.Post(links["Aya@ay_chim0807"]+"?lang=ja", mw.FormDataContentType(), &form)
	if err != nil {
		t.Fatal(err)
	}
	receipt, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(receipt), "受付番号") {
		t.Fatalf("the objection: %d\n%.600s", resp.StatusCode, receipt)
	}
	if n := len(smtp.Messages()); n <= noticesMailed {
		t.Error("no receipt was mailed")
	} else if r := readMail(t, smtp.Messages()[n-1]); !strings.Contains(r.subject, "受け付けました") {
		t.Errorf("the receipt mail: %q", r.subject)
	}

	type show struct {
		Duties []struct {
			Act, Contest, Due, Status string
		}
		Objections []struct{ ID string }
		Gate       struct{ Open bool }
	}
	state := func(q string) show {
		t.Helper()
		code, body := api("staff", "GET", "/api/v1/cases/"+id+q, "")
		var s show
		if code != 200 || json.Unmarshal([]byte(body), &s) != nil {
			t.Fatalf("show: %d %s", code, body)
		}
		return s
	}
	s := state("")
	if len(s.Objections) != 1 {
		t.Fatalf("objections: %+v", s.Objections)
	}
	obj := s.Objections[0].ID
	advise := ""
	for _, d := range s.Duties {
		if d.Contest == obj {
			advise = d.Due
		}
	}
	if advise != "2022-10-31" {
		t.Errorf("the advise-court duty is due %q, want 2022-10-31", advise)
	}

	// Staff draft the letter on the case page.
	browser := sessionBrowser(t, base, tokens["staff"])
	resp, err = browser.Get(base + "/cases/" + id)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	csrf := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindSubmatch(page)
	if csrf == nil {
		t.Fatalf("no CSRF token on the case page")
	}
	resp, err = browser.PostForm(base+"/cases/"+id+"/letters", url.Values{"csrf": {string(csrf[1])}, "on": {obj}, "mode": {"sealed"}})
	if err != nil {
		t.Fatal(err)
	}
	page, _ = io.ReadAll(resp.Body)
	resp.Body.Close()
	letter := regexp.MustCompile(`/cases/` + id + `/letters/[0-9a-f]{64}`).Find(page)
	if resp.StatusCode != 200 || letter == nil {
		t.Fatalf("draft the letter: %d, no letter on the page", resp.StatusCode)
	}
	resp, err = browser.Get(base + string(letter))
	if err != nil {
		t.Fatal(err)
	}
	pdf, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
		t.Error("the letter is not a PDF")
	}
	clock.Store(time.Date(2022, 10, 21, 14, 0, 0, 0, la))
	if code, body := api("staff", "POST", "/api/v1/cases/"+id+"/events", `{"type":"court_advised","at":"2022-10-21T11:00:00-07:00","on":["`+obj+`"]}`); code != 201 {
		t.Fatalf("court advised: %d %s", code, body)
	}
	if state("").Gate.Open {
		t.Error("the gate is open while the objection is before the court")
	}
	if code, body := api("court", "POST", "/api/v1/cases/"+id+"/events", `{"type":"ruling","at":"2022-10-21T12:00:00-07:00","on":["`+obj+`"],"outcome":"overruled"}`); code != 201 {
		t.Fatalf("the court's ruling: %d %s", code, body)
	}
	if state("?now=2022-11-14").Gate.Open {
		t.Error("the gate is open on 2022-11-14, the last day of the windows")
	}
	if !state("?now=2022-11-15").Gate.Open {
		t.Error("the gate is closed on 2022-11-15, after the ruling and the windows")
	}
	if strings.Contains(stderr.String(), "@example") || strings.Contains(stderr.String(), "E2E-OBJECTION") {
		t.Errorf("the log holds a person's data:\n%s", stderr.String())
	}
}
