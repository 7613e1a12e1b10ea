package portal

import (
	"context"
	"encoding/base64"
	"html"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/webtest"
)

// serve serves the portal over f, on the clock now.
func serve(t *testing.T, f *webtest.Fixture, now func() time.Time) {
	t.Helper()
	p := &Portal{Cases: f.Cases, Tokens: f.PortalTokens, Now: now, Log: f.Log}
	f.ServeRoutes(t, p.Routes())
}

// portalFixture is the webtest fixture's portal, with a link for
// konnoyukio@CmRUCE (webtest.PortalLink).
func portalFixture(t *testing.T) (*webtest.Fixture, string) {
	t.Helper()
	f := webtest.New(t)
	serve(t, f, func() time.Time { return webtest.Now })
	return f, f.PortalLink(t)
}

// TestPortalRefusals: a reused, expired, altered or guessed token gets the
// very same answer; after MaxFailures of them a client gets 429 for any
// link that does not open, with Retry-After saying when it is free again,
// while a good link still opens for it.
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
		code, body := f.Portal(t, "GET", "/portal/"+bad+"?lang=en", nil, "")
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
	for i := len(cases); i < MaxFailures; i++ {
		f.Portal(t, "GET", "/portal/guess"+strings.Repeat("x", i), nil, "")
	}
	// The fixture's clock stands still: every failure is at Now, so the
	// client is free FailureWindow from now.
	resp, body := ask(t, f, "GET", "/portal/"+string(altered)+"?lang=en", "")
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "900" || !strings.Contains(body, "Too many attempts") {
		t.Errorf("after %d failures a bad link gets %d (Retry-After %q), want 429 with Retry-After 900\n%.300s", MaxFailures,
			resp.StatusCode, resp.Header.Get("Retry-After"), body)
	}
	if resp, body := ask(t, f, "GET", "/portal/"+tok+"?lang=en", ""); resp.StatusCode != http.StatusOK || !strings.Contains(body, "konnoyukio@CmRUCE") {
		t.Errorf("after %d failures the holder's own link gets %d, want its page\n%.300s", MaxFailures, resp.StatusCode, body)
	}
}

// portalSeedFixture is the webtest fixture with the seed case's notice to
// konnoyukio@CmRUCE given at 9:00 a.m. on notice (court time), a portal
// token issued then with the holder's zone as the notice found it ("" when
// the platform's records did not tell it), and a server whose clock reads
// now.
func portalSeedFixture(t *testing.T, notice time.Time, zone string, now time.Time) (*webtest.Fixture, string) {
	t.Helper()
	f := webtest.New(t)
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
	serve(t, f, func() time.Time { return now })
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
			code, page := f.Portal(t, "GET", "/portal/"+tok+"?lang="+tt.lang, nil, "")
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
				code, page := f.Portal(t, "GET", "/portal/"+tok+"?lang="+lang, nil, "")
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
			body, ctype := webtest.Submission(t, map[string]string{"kind": tt.kind, "text": "LATE-BUT-HEARD", "docket": "22-mc-80240-VKD, Dkt. 12"}, nil)
			code, receipt := f.Portal(t, "POST", "/portal/"+tok+"?lang=en", body, ctype)
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
			day := tt.now.In(f.Zone(t, f.Own)).Format("2006-01-02")
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

// TestPortalTakesNoSession: a link that opens nothing opens nothing for a
// signed-in user either; the portal reads no session cookie.
func TestPortalTakesNoSession(t *testing.T) {
	f, _ := portalFixture(t)
	for _, who := range []string{"anonymous", "staff", "staff-elsewhere", "counsel", "counsel-elsewhere", "court"} {
		if resp, body := f.Page(t, who, "GET", "/portal/"+strings.Repeat("A", 43), nil); resp.StatusCode != http.StatusNotFound {
			t.Errorf("GET a bad link as %s: %d, want 404\n%.300s", who, resp.StatusCode, body)
		}
	}
}

// TestPortalBranding: the portal bears the name of the platform the
// subpoena is served on (the order's), not writ's, and its logo when one
// is configured, served as the image it is; without one there is none.
func TestPortalBranding(t *testing.T) {
	logo, err := base64.StdEncoding.DecodeString("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
	if err != nil {
		t.Fatal(err)
	}
	f := webtest.New(t)
	p := &Portal{Cases: f.Cases, Tokens: f.PortalTokens, Now: func() time.Time { return webtest.Now }, Log: f.Log, Logo: logo}
	f.ServeRoutes(t, p.Routes())
	tok := f.PortalLink(t)
	_, page := f.Portal(t, "GET", "/portal/"+tok+"?lang=en", nil, "")
	header := page[strings.Index(page, "<header"):strings.Index(page, "</header>")]
	if !strings.Contains(header, "Twitter, Inc.") || strings.Contains(header, ">writ<") || !strings.Contains(header, `<img src="/portal-logo" alt="Twitter, Inc."`) {
		t.Errorf("the portal's header: %s", header)
	}
	if !strings.Contains(page, "<title>Your right to object · Twitter, Inc.</title>") {
		t.Error("the title does not name the platform")
	}
	code, img := f.Portal(t, "GET", "/portal-logo", nil, "")
	if code != http.StatusOK || img != string(logo) {
		t.Errorf("the logo: %d, %d bytes", code, len(img))
	}

	bare := webtest.New(t)
	q := &Portal{Cases: bare.Cases, Tokens: bare.PortalTokens, Now: func() time.Time { return webtest.Now }, Log: bare.Log}
	bare.ServeRoutes(t, q.Routes())
	_, page = bare.Portal(t, "GET", "/portal/"+bare.PortalLink(t)+"?lang=en", nil, "")
	if strings.Contains(page, "<img") {
		t.Error("a logo is shown though none is configured")
	}
	if code, _ := bare.Portal(t, "GET", "/portal-logo", nil, ""); code != http.StatusNotFound {
		t.Errorf("no logo configured: %d", code)
	}
}
