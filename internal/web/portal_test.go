package web

import (
	"bytes"
	"context"
	"html"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/webtest"
)

// portalFixture is the access fixture with a notice to konnoyukio@CmRUCE
// on Monday 2026-11-23 and a portal token for that account; the windows
// to object and to move the court run 21 days, to Monday 2026-12-14
// (checked on a calendar: no holiday between), so on webtest.Now (Thursday
// 2026-11-26) 18 days are left.
func portalFixture(t *testing.T) (*fixture, string) {
	t.Helper()
	f := newFixture(t)
	ctx := context.Background()
	c, _ := f.Cases.Load(ctx, f.Own)
	day, _ := time.ParseInLocation("2006-01-02", "2026-11-23", c.Calendar.Location)
	if _, err := f.Cases.Record(ctx, f.Own, matter.Event{Type: matter.NoticeSent, At: day, Account: "konnoyukio@CmRUCE", Method: "email"}, ""); err != nil {
		t.Fatal(err)
	}
	tokens, _ := store.TokensOf(f.Cases.Store)
	tok, err := tokens.IssueToken(ctx, store.NewToken{CaseID: f.Own, Account: "konnoyukio@CmRUCE", IssuedAt: webtest.Now.Add(-time.Hour), ExpiresAt: webtest.Now.Add(60 * 24 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	return f, tok
}

// portalGet opens a portal page.
func (f *fixture) portal(t *testing.T, method, path string, body io.Reader, ctype string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(method, f.URL+path, body)
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, err := webtest.NoRedirect.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// submission is a multipart form of the portal.
func submission(t *testing.T, fields map[string]string, files map[string][]byte) (io.Reader, string) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for k, v := range fields {
		_ = w.WriteField(k, v)
	}
	for name, data := range files {
		part, err := w.CreateFormFile("files", name)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = part.Write(data)
	}
	_ = w.Close()
	return &buf, w.FormDataContentType()
}

// TestPortal: the link opens a page for its account alone, in Japanese or
// English, with the deadlines and their countdown; a bad attachment is
// refused and changes nothing; an objection with an attachment is recorded,
// receipted, and uses the link up; the applicant's counsel learns nothing
// of it.
func TestPortal(t *testing.T) {
	f, tok := portalFixture(t)
	code, page := f.portal(t, "GET", "/portal/"+tok+"?lang=ja", nil, "")
	if code != 200 {
		t.Fatalf("GET the portal: %d\n%.500s", code, page)
	}
	for _, want := range []string{`lang="ja"`, "異議申立て", "konnoyukio@CmRUCE", "月曜日 2026-12-14", "あと18日", "22-mc-80240-VKD"} {
		if !strings.Contains(page, want) {
			t.Errorf("the Japanese portal page lacks %q", want)
		}
	}
	for _, secret := range []string{"Aya", "ay_chim0807", "SECRET-OBJECTION-TEXT"} {
		if strings.Contains(page, secret) {
			t.Errorf("the portal of konnoyukio@CmRUCE shows %q (another account holder)", secret)
		}
	}
	if _, en := f.portal(t, "GET", "/portal/"+tok+"?lang=en", nil, ""); !strings.Contains(en, "Monday 2026-12-14") || !strings.Contains(en, "18 days left") {
		t.Error("the English portal page lacks the deadline or its countdown")
	}

	before := f.EventCount(t, f.Own)
	for name, tc := range map[string]struct {
		fields map[string]string
		files  map[string][]byte
		status int
	}{
		"an HTML attachment":  {map[string]string{"kind": "objection", "text": "no"}, map[string][]byte{"x.pdf": []byte("<html><script>alert(1)</script></html>")}, 415},
		"an oversized file":   {map[string]string{"kind": "objection", "text": "no"}, map[string][]byte{"big.pdf": append([]byte("%PDF-1.4\n"), make([]byte, 3<<20)...)}, 413},
		"no text":             {map[string]string{"kind": "objection", "text": "  "}, nil, 422},
		"a motion, no docket": {map[string]string{"kind": "motion"}, nil, 422},
		"an unknown kind":     {map[string]string{"kind": "ruling", "text": "x"}, nil, 422},
		"four files": {map[string]string{"kind": "objection", "text": "x"}, map[string][]byte{"a.txt": []byte("a"), "b.txt": []byte("b"),
			"c.txt": []byte("c"), "d.txt": []byte("d")}, 422},
	} {
		body, ctype := submission(t, tc.fields, tc.files)
		if code, page := f.portal(t, "POST", "/portal/"+tok, body, ctype); code != tc.status {
			t.Errorf("%s: %d, want %d\n%.300s", name, code, tc.status, page)
		}
	}
	if n := f.EventCount(t, f.Own); n != before {
		t.Fatalf("refused submissions recorded %d events", n-before)
	}

	pdf := []byte("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
	body, ctype := submission(t, map[string]string{"kind": "objection", "text": "私は開示に異議を申し立てます。PORTAL-OBJECTION"},
		map[string][]byte{`..\..\evidence.pdf`: pdf})
	code, receipt := f.portal(t, "POST", "/portal/"+tok+"?lang=ja", body, ctype)
	if code != 200 || !strings.Contains(receipt, "受け付けました") || !strings.Contains(receipt, "受付番号") {
		t.Fatalf("the objection: %d\n%.800s", code, receipt)
	}
	c, _ := f.Cases.Load(context.Background(), f.Own)
	e := c.Events[len(c.Events)-1]
	if e.Type != matter.ObjectionReceived || e.Account != "konnoyukio@CmRUCE" || !strings.Contains(e.Note, "PORTAL-OBJECTION") ||
		len(e.Attachments) != 1 || e.Attachments[0].Name != "evidence.pdf" || e.Attachments[0].Type != "application/pdf" {
		t.Fatalf("recorded %+v", e)
	}
	if b, err := f.Cases.Store.Blob(context.Background(), f.Own, e.Attachments[0].SHA256); err != nil || !bytes.Equal(b, pdf) {
		t.Errorf("the attachment is not kept: %v", err)
	}
	if !strings.Contains(receipt, "evidence.pdf") || !strings.Contains(receipt, f.Own+"/") {
		t.Error("the receipt does not name the attachment or the reference")
	}
	// Staff read the attachment from the case page; the court not before
	// it is advised of the objection; counsel never.
	link := "/cases/" + f.Own + "/attachments/" + e.Attachments[0].SHA256
	if _, page := f.Page(t, "staff", "GET", "/cases/"+f.Own, nil); !strings.Contains(page, link) {
		t.Error("the staff's case page does not offer the attachment")
	}
	if resp, body := f.Page(t, "staff", "GET", link, nil); resp.StatusCode != 200 || body != string(pdf) ||
		resp.Header.Get("Content-Type") != "application/pdf" || !strings.HasPrefix(resp.Header.Get("Content-Disposition"), "attachment;") {
		t.Errorf("staff download the attachment: %d %q %q", resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Content-Disposition"))
	}
	for _, who := range []string{"court", "counsel", "staff-elsewhere"} {
		if resp, _ := f.Page(t, who, "GET", link, nil); resp.StatusCode == 200 {
			t.Errorf("%s downloads the attachment of an objection not advised to the court", who)
		}
	}
	// The advise-court duty: 10 days from receipt on Thursday 2026-11-26
	// is Sunday 2026-12-06, so Monday 2026-12-07 (Rule 6(a)(1)(C)).
	_, show := f.Do(t, "staff", "GET", "/api/v1/cases/"+f.Own, "")
	if !strings.Contains(show, `"due":"2026-12-07"`) {
		t.Errorf("no advise-court duty due 2026-12-07 after the objection:\n%.1500s", show)
	}
	for _, path := range []string{"/cases/" + f.Own} {
		if _, page := f.Page(t, "counsel", "GET", path, nil); strings.Contains(page, "PORTAL-OBJECTION") || strings.Contains(page, "konnoyukio") {
			t.Errorf("counsel's %s shows the objection or its author", path)
		}
	}
	if _, api := f.Do(t, "counsel", "GET", "/api/v1/cases/"+f.Own, ""); strings.Contains(api, "PORTAL-OBJECTION") || strings.Contains(api, "konnoyukio") {
		t.Error("counsel's API answer shows the objection or its author")
	}

	if _, page := f.Page(t, "staff", "GET", "/cases/"+f.Own, nil); !strings.Contains(page, "Portal links") || strings.Contains(page, tok) {
		t.Error("the staff's case page does not list the portal link issued, or shows its token")
	}
	if _, page := f.Page(t, "counsel", "GET", "/cases/"+f.Own, nil); strings.Contains(page, "Portal links") {
		t.Error("counsel see the portal links")
	}
	// The link is used up: it now gets the plain refusal.
	n := f.EventCount(t, f.Own)
	if code, _ := f.portal(t, "GET", "/portal/"+tok, nil, ""); code != 404 {
		t.Errorf("a used link: %d, want 404", code)
	}
	body, ctype = submission(t, map[string]string{"kind": "objection", "text": "again"}, nil)
	if code, _ := f.portal(t, "POST", "/portal/"+tok, body, ctype); code != 404 {
		t.Errorf("a second submission with a used link: %d, want 404", code)
	}
	if f.EventCount(t, f.Own) != n {
		t.Error("a used link recorded something")
	}
}

// TestPortalRefusals: a reused, expired, altered or guessed token gets the
// very same answer; after PortalMaxFailures of them a client is refused
// even with a good token, with Retry-After.
func TestPortalRefusals(t *testing.T) {
	f, tok := portalFixture(t)
	ctx := context.Background()
	tokens, _ := store.TokensOf(f.Cases.Store)
	expired, err := tokens.IssueToken(ctx, store.NewToken{CaseID: f.Own, Account: "konnoyukio@CmRUCE", IssuedAt: webtest.Now.Add(-48 * time.Hour), ExpiresAt: webtest.Now.Add(-time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	used, err := tokens.IssueToken(ctx, store.NewToken{CaseID: f.Own, Account: "konnoyukio@CmRUCE", IssuedAt: webtest.Now.Add(-time.Hour), ExpiresAt: webtest.Now.Add(time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tokens.RedeemToken(ctx, used, webtest.Now); err != nil {
		t.Fatal(err)
	}
	altered := []byte(tok)
	if altered[5] == 'A' {
		altered[5] = 'B'
	} else {
		altered[5] = 'A'
	}
	cases := map[string]string{"expired": expired, "used": used, "altered": string(altered),
		"guessed": "dGhpcyBpcyBub3QgYSB0b2tlbiB3cml0IG1hZGUgISEh", "short": "abc", "traversal": "..%2F..%2Fetc%2Fpasswd"}
	var first string
	for name, bad := range cases {
		code, body := f.portal(t, "GET", "/portal/"+bad+"?lang=en", nil, "")
		if code != 404 || !strings.Contains(body, "This link does not open the portal") {
			t.Errorf("%s token: %d\n%.300s", name, code, body)
		}
		if first == "" {
			first = body
		} else if body != first {
			t.Errorf("the %s token gets a different page:\n%s\n---\n%s", name, body, first)
		}
	}
	// len(cases) failures so far; the rest of the allowance, then blocked.
	for i := len(cases); i < PortalMaxFailures; i++ {
		f.portal(t, "GET", "/portal/guess"+strings.Repeat("x", i), nil, "")
	}
	req, _ := http.NewRequest("GET", f.URL+"/portal/"+tok, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
		t.Errorf("after %d failures a good token gets %d (Retry-After %q), want 429", PortalMaxFailures, resp.StatusCode, resp.Header.Get("Retry-After"))
	}
}

// TestBodyLimits: a body over MaxBody is refused wherever a route has not
// declared more, and accepted where it has: the portal (attachments), the
// intake and reading an order (documents).
func TestBodyLimits(t *testing.T) {
	f, tok := portalFixture(t)
	big := append([]byte("%PDF-1.4\n"), bytes.Repeat([]byte("0"), MaxBody+MaxBody/2)...)

	form := url.Values{"type": {"notice_sent"}, "at": {"2022-10-28"}, "account": {"konnoyukio@CmRUCE"},
		"note": {string(big)}, access.CSRFField: {f.CSRF(t, "staff")}}
	n := f.EventCount(t, f.Own)
	if resp, _ := f.Page(t, "staff", "POST", "/cases/"+f.Own+"/record", form); resp.StatusCode < 400 || resp.StatusCode > 499 {
		t.Errorf("a record form of %d bytes: %d, want a 4xx", len(big), resp.StatusCode)
	}
	if f.EventCount(t, f.Own) != n {
		t.Error("an oversized form recorded something")
	}

	text := append([]byte(webtest.SeedOrderText(t)), bytes.Repeat([]byte(" "), MaxBody)...)
	req, _ := http.NewRequest("POST", f.URL+"/api/v1/orders/read", bytes.NewReader(text))
	req.Header.Set("Content-Type", "text/plain")
	req.Header.Set("Authorization", "Bearer "+f.Tokens["staff"])
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != 200 {
		t.Errorf("reading an order of %d bytes: %v %v", len(text), resp, err)
	}

	body, ctype := submission(t, map[string]string{"kind": "objection", "text": "see the attachment"}, map[string][]byte{"evidence.pdf": append([]byte("%PDF-1.4\n"), bytes.Repeat([]byte("0"), PortalMaxFile-100)...)})
	if code, page := f.portal(t, "POST", "/portal/"+tok, body, ctype); code != 200 {
		t.Errorf("an objection with an attachment of almost %d bytes: %d\n%.300s", PortalMaxFile, code, page)
	}
}

// portalSeedFixture is the access fixture with the seed case's notice to
// konnoyukio@CmRUCE given at 9:00 a.m. on notice (court time), a portal
// token issued then with the holder's zone as the notice found it ("" when
// the platform's records did not tell it), and a server whose clock reads
// now.
func portalSeedFixture(t *testing.T, notice time.Time, zone string, now time.Time) (*fixture, string) {
	t.Helper()
	f := newFixture(t)
	ctx := context.Background()
	c, _ := f.Cases.Load(ctx, f.Own)
	at := time.Date(notice.Year(), notice.Month(), notice.Day(), 9, 0, 0, 0, c.Calendar.Location)
	if _, err := f.Cases.Record(ctx, f.Own, matter.Event{Type: matter.NoticeSent, At: at, Account: "konnoyukio@CmRUCE", Method: "email"}, ""); err != nil {
		t.Fatal(err)
	}
	tokens, _ := store.TokensOf(f.Cases.Store)
	tok, err := tokens.IssueToken(ctx, store.NewToken{CaseID: f.Own, Account: "konnoyukio@CmRUCE", IssuedAt: at,
		ExpiresAt: webtest.Now.Add(60 * 24 * time.Hour), HolderZone: zone})
	if err != nil {
		t.Fatal(err)
	}
	s := *f.server
	s.Now = func() time.Time { return now }
	f.server = &s
	f.Serve(t, s.Handler())
	return f, tok
}

// TestPortalHolderTime: the portal states each deadline in the court's
// time and, beside it, in the account holder's: the zone the notice found
// from the platform's records and kept with the token, else the zone of
// the country of the foreign proceedings (the seed order's are in Japan),
// saying so. The notice it shows says the same as the one sent. Notice on
// Friday 2022-10-21: 21 days to Friday 2022-11-11, Veterans Day, so Monday
// 2022-11-14; its end at midnight Pacific time (PST, UTC−8) is 08:00 UTC,
// 17:00 in Tokyo, on Tuesday 2022-11-15. On Tuesday 2022-10-25, 20 days
// are left.
func TestPortalHolderTime(t *testing.T) {
	friday := time.Date(2022, 10, 21, 0, 0, 0, 0, time.UTC)
	now := time.Date(2022, 10, 25, 19, 0, 0, 0, time.UTC) // Tuesday, noon in San Jose
	const (
		courtEN = "by the end of Monday, November 14, 2022, Pacific Time (PST, UTC−8)"
		courtJA = "米国太平洋時間（PST、UTC−8）の2022年11月14日（月）の終わり（24時）まで"
		tokyoEN = "before 5:00 p.m. on Tuesday, November 15, 2022, Japan Standard Time (JST, UTC+9)"
		tokyoJA = "日本時間（JST、UTC+9）の2022年11月15日（火）午後5時まで"
		utcEN   = "before 8:00 a.m. on Tuesday, November 15, 2022, Coordinated Universal Time (UTC)"
	)
	for _, tt := range []struct {
		name, zone, lang string
		has, hasNot      []string
	}{
		{"the holder's zone, English", "Asia/Tokyo", "en",
			[]string{"Monday 2022-11-14", "20 days left", "The court's time", courtEN, "Your time", tokyoEN, utcEN,
				"In your time zone, that is " + tokyoEN},
			[]string{"We do not know your time zone"}},
		{"the holder's zone, Japanese", "Asia/Tokyo", "ja",
			[]string{"月曜日 2022-11-14", "あと20日", "裁判所の所在地の時刻", courtJA, "あなたの所在地の時刻", tokyoJA,
				"あなたの所在地の時刻では、" + tokyoJA},
			[]string{"把握していません"}},
		{"no zone known, proceedings in Japan, English", "", "en",
			[]string{"Monday 2022-11-14", courtEN, "Time in Japan", tokyoEN, utcEN,
				"We do not know your time zone, so the deadlines are also given in the time of Japan, where the proceedings abroad are."},
			[]string{"Your time<"}},
		{"no zone known, proceedings in Japan, Japanese", "", "ja",
			[]string{courtJA, "日本の時刻", tokyoJA, "当社はあなたの所在地の時間帯を把握していないため、外国の手続が行われる日本の時刻でも期限を示しています。"},
			[]string{"あなたの所在地の時刻では"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, tok := portalSeedFixture(t, friday, tt.zone, now)
			code, page := f.portal(t, "GET", "/portal/"+tok+"?lang="+tt.lang, nil, "")
			page = html.UnescapeString(page)
			if code != 200 {
				t.Fatalf("GET the portal: %d\n%.500s", code, page)
			}
			for _, s := range tt.has {
				if !strings.Contains(page, s) {
					t.Errorf("the page lacks %q", s)
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(page, s) {
					t.Errorf("the page has %q", s)
				}
			}
		})
	}
}

// TestPortalLate: the portal never refuses a submission because a window
// has closed. After the court's last day it says the day has passed and
// that what is sent still goes to the court, which decides; what is sent is
// recorded, judged timely or not on the latest reading of the calendar, and
// holds the gate until the court rules.
func TestPortalLate(t *testing.T) {
	for _, tt := range []struct {
		name        string
		notice, now time.Time
		kind        string
		timely      bool
	}{
		// Notice Friday 2022-10-21: the last day is Monday 2022-11-14 on
		// every reading. Wednesday 2022-11-16 is late on all of them.
		{"an objection after the last day", time.Date(2022, 10, 21, 0, 0, 0, 0, time.UTC), time.Date(2022, 11, 16, 18, 0, 0, 0, time.UTC), "objection", false},
		{"a motion after the last day", time.Date(2022, 10, 21, 0, 0, 0, 0, time.UTC), time.Date(2022, 11, 16, 18, 0, 0, 0, time.UTC), "motion", false},
		// Notice Monday 2023-04-03: 21 days is Monday 2023-04-24, Genocide
		// Remembrance Day, a day California declares a holiday but its
		// courts do not keep. The court's last day is that Monday; on the
		// latest reading it is Tuesday 2023-04-25, so an objection at noon
		// that Tuesday is past the day the holder was told, yet timely.
		{"an objection after the court's last day, within the latest", time.Date(2023, 4, 3, 0, 0, 0, 0, time.UTC), time.Date(2023, 4, 25, 19, 0, 0, 0, time.UTC), "objection", true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, tok := portalSeedFixture(t, tt.notice, "Asia/Tokyo", tt.now)
			for lang, want := range map[string][]string{
				"en": {"The last day has passed.", "You can still send an objection or tell the platform of a motion below: it is recorded, an objection is passed to the court, and the court decides whether it came in time."},
				"ja": {"この期限の最終日は過ぎました。", "それでも、下記から異議を申し立て、又は申立てをお知らせいただくことができます。送信された内容は記録され、異議は裁判所に伝えられます。期限内のものと認めるかどうかは、裁判所が判断します。"},
			} {
				code, page := f.portal(t, "GET", "/portal/"+tok+"?lang="+lang, nil, "")
				page = html.UnescapeString(page)
				if code != 200 || !strings.Contains(page, `name="kind" value="`+tt.kind+`"`) {
					t.Errorf("%s: the page after the last day: %d, or no form to send a %s", lang, code, tt.kind)
				}
				for _, s := range want {
					if !strings.Contains(page, s) {
						t.Errorf("%s: the page after the last day does not say %q", lang, s)
					}
				}
			}
			n := f.EventCount(t, f.Own)
			body, ctype := submission(t, map[string]string{"kind": tt.kind, "text": "LATE-BUT-HEARD", "docket": "22-mc-80240-VKD, Dkt. 12"}, nil)
			code, receipt := f.portal(t, "POST", "/portal/"+tok+"?lang=en", body, ctype)
			if code != 200 || !strings.Contains(receipt, "Received") {
				t.Fatalf("the submission after the last day: %d\n%.800s", code, receipt)
			}
			if f.EventCount(t, f.Own) != n+1 {
				t.Fatal("the submission after the last day was not recorded")
			}
			_, a, err := f.Cases.Assess(context.Background(), f.Own, tt.now)
			if err != nil {
				t.Fatal(err)
			}
			views := a.Objections
			if tt.kind == "motion" {
				views = a.Motions
			}
			var mine *matter.ContestView
			for i, v := range views {
				if v.Account == "konnoyukio@CmRUCE" {
					mine = &views[i]
				}
			}
			if mine == nil || mine.Timely != tt.timely || mine.Status != "pending" {
				t.Fatalf("the %s as the case sees it: %+v; want pending, timely %v", tt.kind, mine, tt.timely)
			}
			day := tt.now.In(f.la(t)).Format("2006-01-02")
			g, _ := a.Gate.For("konnoyukio@CmRUCE")
			held := false
			for _, r := range g.Reasons {
				held = held || (strings.Contains(r, day) && strings.Contains(r, "pending"))
			}
			if g.Open || !held {
				t.Errorf("the gate of konnoyukio@CmRUCE is not held by the %s of %s: %+v", tt.kind, day, g)
			}
		})
	}
}

// la is the court's time zone.
func (f *fixture) la(t *testing.T) *time.Location {
	t.Helper()
	c, err := f.Cases.Load(context.Background(), f.Own)
	if err != nil {
		t.Fatal(err)
	}
	return c.Calendar.Location
}
