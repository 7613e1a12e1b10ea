package pages

import (
	"bytes"
	"html"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/web/webtest"
	"github.com/writ-project/writ/internal/words"
)

// TestJapaneseCodes: the words writ makes in Go (a day with its weekday,
// an event's type on the timeline and the audit trail, a webhook's kind
// of event, the transparency report's dimension) are said in Japanese on
// a Japanese page, and as before on an English one.
func TestJapaneseCodes(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct {
		name, who, path string
		// what the page says in each language (any one of them), and
		// none of the other's
		en, ja []string
	}{
		{"a day on the work queue", "staff", "/", []string{"<td>Monday 20", "<td>Tuesday 20", "<td>Wednesday 20", "<td>Thursday 20", "<td>Friday 20"}, []string{"（月）", "（火）", "（水）", "（木）", "（金）"}},
		{"an event's type", "staff", "/cases/" + f.Own + "/audit", []string{"order entered"}, []string{"命令の発令"}},
		{"an event's type on the timeline", "staff", "/cases/" + f.Own, []string{" · order entered</strong>"}, []string{" · 命令の発令</strong>"}},
		{"a webhook's kind", "admin", "/webhooks", []string{"> duty.due_soon</label>", "> gate.opened</label>"}, []string{"対応事項の期限間近（duty.due_soon）", "開示の解禁（gate.opened）"}},
		{"the report's dimension", "staff", "/reports/transparency?from=2022-01-01&to=2022-12-31", []string{">legal basis<", ">country<", ">court<"}, []string{">法的根拠<", ">国<", ">裁判所<"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, c := range []struct {
				header string
				want   []string
				not    []string
			}{{"", tc.en, tc.ja}, {"ja-JP,ja;q=0.9", tc.ja, tc.en}} {
				req, _ := http.NewRequest("GET", f.URL+tc.path, nil)
				if c.header != "" {
					req.Header.Set("Accept-Language", c.header)
				}
				resp, body := f.Send(t, tc.who, req)
				if resp.StatusCode != 200 {
					t.Fatalf("GET %s (%q): %d", tc.path, c.header, resp.StatusCode)
				}
				text := html.UnescapeString(body)
				found := false
				for _, w := range c.want {
					found = found || strings.Contains(text, w)
				}
				if !found {
					t.Errorf("%q: the page says none of %q", c.header, c.want)
				}
				for _, w := range c.not {
					if strings.Contains(text, w) {
						t.Errorf("%q: the page says %q", c.header, w)
					}
				}
			}
		})
	}
}

// TestDayWords: a day is its weekday and its date, in the page's
// language; English as courttime writes it.
func TestDayWords(t *testing.T) {
	en, _ := words.Default().Get("en")
	ja, _ := words.Default().Get("ja")
	d := courttime.D(2022, 10, 31)
	if got := dayWords(en, d); got != d.Long() || got != "Monday 2022-10-31" {
		t.Errorf("dayWords(en) = %q", got)
	}
	if got := dayWords(ja, d); got != "2022-10-31（月）" {
		t.Errorf("dayWords(ja) = %q", got)
	}
	for i := range 7 {
		if got := dayWords(en, d.AddDays(i)); got != d.AddDays(i).Long() {
			t.Errorf("dayWords(en, %s) = %q", d.AddDays(i), got)
		}
	}
	if got := dayWords(ja, courttime.Date{}); got != "—" {
		t.Errorf("no day: %q", got)
	}
}

// TestJapaneseReview: the intake review's drop-down choices and the data
// categories and fields of its checkboxes are said in Japanese on a
// Japanese page.
func TestJapaneseReview(t *testing.T) {
	f := newFixture(t)
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	_ = w.WriteField(access.CSRFField, f.CSRF(t, "staff"))
	part, _ := w.CreateFormFile("file", "order.txt")
	_, _ = part.Write([]byte(webtest.SeedOrderText(t)))
	_ = w.Close()
	req, _ := http.NewRequest("POST", f.URL+"/intake", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	req.Header.Set("Accept-Language", "ja")
	resp, page := f.Send(t, "staff", req)
	if resp.StatusCode != 200 {
		t.Fatalf("upload: %d", resp.StatusCode)
	}
	text := html.UnescapeString(page)
	for _, want := range []string{">許可</option>", ">申立人</option>", "> 電子メールアドレス</label>", "> カード番号</label>"} {
		if !strings.Contains(text, want) {
			t.Errorf("the Japanese review page does not say %q", want)
		}
	}
	for _, no := range []string{">granted</option>", ">the applicant</option>", "> e-mail addresses</label>", "> card number</label>"} {
		if strings.Contains(text, no) {
			t.Errorf("the Japanese review page says %q", no)
		}
	}
}

// TestChoiceWords: the words of every choice of the review's
// drop-downs and of every data category and field are the catalogue's,
// English (en.toml) their one source: each key is in it, every other
// language words each differently, and the catalogue has no choice the
// form does not offer.
func TestChoiceWords(t *testing.T) {
	en, _ := words.Default().Get("en")
	offered := map[string]bool{}
	for group, cs := range choices {
		for _, c := range cs {
			offered["pages.choice."+c.Key] = true
			w, ok := en.Lookup("pages.choice." + c.Key)
			if !ok {
				t.Errorf("%s %q: en.toml has no pages.choice.%s", group, c.Value, c.Key)
				continue
			}
			for _, l := range words.Default().Languages()[1:] {
				if o, _ := l.Lookup("pages.choice." + c.Key); o == w {
					t.Errorf("%s %q is not worded in %s", group, c.Value, l.Tag)
				}
			}
		}
	}
	for _, k := range en.Keys() {
		if strings.HasPrefix(k, "pages.choice.") && !offered[k] {
			t.Errorf("en.toml words %s, which no drop-down offers", k)
		}
	}
	for group, codes := range map[string][]string{"category": toStrings(order.Categories), "field": toStrings(order.Fields)} {
		for _, c := range codes {
			w, ok := en.Lookup("pages." + group + "." + c)
			if !ok {
				t.Errorf("en.toml has no pages.%s.%s", group, c)
			}
			for _, l := range words.Default().Languages()[1:] {
				if o, _ := l.Lookup("pages." + group + "." + c); o == w {
					t.Errorf("%s %s is not worded in %s", group, c, l.Tag)
				}
			}
		}
	}
}

// toStrings are codes as strings.
func toStrings[S ~string](codes []S) []string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = string(c)
	}
	return out
}

// TestJapaneseDemoClock: the demo clock's banner says its time and what
// its latest move did, and what each deadline it passed was, in Japanese
// on a Japanese page.
func TestJapaneseDemoClock(t *testing.T) {
	la, _ := time.LoadLocation("America/Los_Angeles")
	f, _ := demoFixture(t, time.Date(2022, 11, 8, 9, 0, 0, 0, la))
	get := func() string {
		req, _ := http.NewRequest("GET", f.URL+"/", nil)
		req.Header.Set("Accept-Language", "ja")
		_, body := f.Send(t, "staff", req)
		return html.UnescapeString(body)
	}
	if body := get(); !strings.Contains(body, "デモ用の時計：2022-11-08（火） 09:00 PST") {
		t.Errorf("the banner's time is not in Japanese:\n%.1500s", body)
	}
	if code, _ := f.moveClock(t, "staff", "deadline", "/"); code != 303 {
		t.Fatalf("to the next deadline: %d", code)
	}
	body := get()
	for _, want := range []string{"時計を2022-11-15（火） 09:00 PSTに進めました。2022-11-14（月）の終わりを経過し",
		"Aya@ay_chim0807が書面で異議を申し立てる期間が終了しました（22-mc-80240-VKD）"} {
		if !strings.Contains(body, want) {
			t.Errorf("the banner after the move lacks %q:\n%.3000s", want, body)
		}
	}
	for _, no := range []string{"The clock was moved", "window to"} {
		if strings.Contains(body, no) {
			t.Errorf("the Japanese banner says %q", no)
		}
	}
	// The next deadline is a duty's day.
	if code, _ := f.moveClock(t, "staff", "deadline", "/"); code != 303 {
		t.Fatalf("to the next deadline: %d", code)
	}
	body = get()
	if want := "「プラットフォームの対応事項：obj-1について裁判所に報告する」の期限が到来しました（22-mc-80240-VKD）"; !strings.Contains(body, want) {
		t.Errorf("the banner after the second move lacks %q:\n%.3000s", want, body)
	}
	if strings.Contains(body, "fell due") || strings.Contains(body, "duty to") {
		t.Error("the Japanese banner says a duty's day in English")
	}
}
