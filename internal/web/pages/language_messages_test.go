package pages

import (
	"context"
	"html"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/seal"
	"github.com/writ-project/writ/internal/web/productions"
	"github.com/writ-project/writ/internal/web/webtest"
	"github.com/writ-project/writ/internal/words"
)

// postIn posts a form as who in the language of an Accept-Language
// header, with who's CSRF token; the page's text unescaped.
func (f *fixture) postIn(t *testing.T, who, path string, form url.Values, header string) (int, string) {
	t.Helper()
	form.Set(access.CSRFField, f.CSRF(t, who))
	req, _ := http.NewRequest("POST", f.URL+path, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if header != "" {
		req.Header.Set("Accept-Language", header)
	}
	resp, body := f.Send(t, who, req)
	return resp.StatusCode, html.UnescapeString(body)
}

// TestJapaneseMessages: what a handler tells the person after a form
// (the notices sent, the records preserved, an act posted without its
// review, a month that is no month) is said in Japanese on a Japanese
// page, and in English as before.
func TestJapaneseMessages(t *testing.T) {
	key, _, err := seal.NewKey()
	if err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, func(s *Pages) {
		s.Packages = &productions.Packages{Dir: t.TempDir(), Source: webtest.Platform(t), SealKey: key}
		s.SendNotices = func(_ context.Context, _ string, accounts []string, _ bool, _ string) ([]notice.Outcome, error) {
			var out []notice.Outcome
			for _, a := range accounts {
				out = append(out, notice.Outcome{Account: a, Status: notice.StatusSent, Sent: 1, Of: 2})
			}
			return out, nil
		}
	})
	for _, tc := range []struct {
		name, path string
		form       url.Values
		en, ja     string
	}{
		{"an act not confirmed", "/cases/" + f.Own + "/notices", url.Values{},
			"Nothing was sent: review what will happen below, then confirm.", "何も送信していません。下記の内容を確認した上で、確定してください。"},
		{"the notices sent", "/cases/" + f.Own + "/notices", url.Values{"confirm": {"yes"}, "account": {"konnoyukio@CmRUCE"}, "resend": {"yes"}},
			"Notice sent to konnoyukio@CmRUCE (1 of 2 verified addresses).", "konnoyukio@CmRUCEに通知を送信しました（確認済みのアドレス2件のうち1件）。"},
		{"the records preserved", "/cases/" + f.Own + "/preserve", url.Values{},
			"Preserved the records of 2 accounts, sealed and kept; nothing preserved is disclosed.",
			"2件のアカウントの記録を保全し、封印して保管しました。保全したものは開示されません。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, en := f.postIn(t, "staff", tc.path, tc.form, ""); !strings.Contains(en, tc.en) {
				t.Errorf("the English page does not say %q", tc.en)
			}
			_, ja := f.postIn(t, "staff", tc.path, tc.form, "ja")
			if !strings.Contains(ja, tc.ja) {
				t.Errorf("the Japanese page does not say %q:\n%.3000s", tc.ja, ja)
			}
			if strings.Contains(ja, tc.en) {
				t.Errorf("the Japanese page says %q", tc.en)
			}
		})
	}
	t.Run("a month that is no month", func(t *testing.T) {
		req, _ := http.NewRequest("GET", f.URL+"/calendar?month=November", nil)
		req.Header.Set("Accept-Language", "ja")
		_, body := f.Send(t, "staff", req)
		if ja := html.UnescapeString(body); !strings.Contains(ja, `month：月はYYYY-MM（2022-11）の形式で指定してください（指定された値："November"）。`) {
			t.Errorf("the Japanese page does not say the month is wrong in Japanese:\n%.3000s", ja)
		}
	})
}

// TestHandlerMessageWords: every fixed message a handler gives the person
// is found in the catalogue by its English and said in Japanese.
func TestHandlerMessageWords(t *testing.T) {
	ja, _ := words.Default().Get("ja")
	for _, msg := range []string{
		"This server sends no notices: its SMTP server is not configured.",
		"No notice is owed: every account holder has been given one, or the subpoena's service is not recorded.",
		"No notice was owed.",
		"Nothing was released: review what will happen below, then confirm.",
		"This server cannot read the platform's records (no WRIT_SOURCE is configured): preserve with writ preserve CASE --source SPEC.",
		"This server builds no productions (no package folder is configured).",
		"The file is larger than 8 MB.",
		"Upload the court's order (PDF or text) or paste its text.",
		"This server cannot read PDFs; upload the order's text.",
		"The file is neither text (UTF-8) nor a PDF.",
		"The two passwords are not the same; type it twice.",
		"The webhook was added. Give its secret to the receiver now: it is not shown again.",
		"The webhook https://hooks.example/x was removed: nothing more is sent to it.",
		"The test was delivered: the receiver answered OK.",
		"The test was not delivered (connection refused); writ tries it again later.",
		"You cannot disable yourself: another administrator can, or writ's operator (writ user disable).",
		"Jane Doe is disabled: enable them first.",
		`move: say "day" (a day on) or "deadline" (to the next deadline).`,
		"writ cannot reach Example ID just now; try again later, or sign in with your password.",
	} {
		if got := localMessage(ja, msg); got == msg || !strings.ContainsAny(got, "。、") {
			t.Errorf("%q is not said in Japanese: %q", msg, got)
		}
	}
}

// TestPlaceWords: the place of a field of the order, as the intake
// review labels a problem and a marked passage, is said in the page's
// language; in English as before.
func TestPlaceWords(t *testing.T) {
	en, _ := words.Default().Get("en")
	ja, _ := words.Default().Get("ja")
	for _, tc := range []struct{ path, en, ja string }{
		{"/order", "The order", "命令"},
		{"/order/case_number", "Case number", "事件番号"},
		{"/order/targets/1/evidence/0/date", "Account 2, evidence 1: date", "アカウント2、投稿又はレビュー1：日付"},
		{"/order/targets/0/label", "Account 1: label", "アカウント1：命令におけるアカウントの呼び方"},
		{"/order/targets/0", "Account 1: the whole item", "アカウント1：項目全体"},
		{"/order/requests/0/windows/1/from/date", "Request 1, period 2: from date", "要求1、期間2：開始の日付"},
		{"/order/conditions/2/trigger", "Condition 3: trigger", "条件3：起算点"},
		{"/order/court/time_zone", "Court: time zone", "裁判所：時間帯"},
		{"/order/use_restriction/purposes/0", "Use restriction, purpose 1", "使用の制限、目的1"},
		{"/order/modifications/0", "Modification 1", "変更1"},
		// The requests as the applicant asked for them, beside the order's
		// (the reader proposes both): counted from 1 too.
		{"/requested/0/text", "Request 1 as asked: text", "申立人が求めた要求1：命令の文言"},
		{"/requested/2/windows/0/to/date", "Request 3 as asked, period 1: to date", "申立人が求めた要求3、期間1：終了の日付"},
	} {
		if got := humanPath(en, tc.path); got != tc.en {
			t.Errorf("%s in English: %q, want %q", tc.path, got, tc.en)
		}
		if got := humanPath(ja, tc.path); got != tc.ja {
			t.Errorf("%s in Japanese: %q, want %q", tc.path, got, tc.ja)
		}
	}
}

// TestProviderErrorWords: what a sign-in provider's refusal means is said
// in the page's language, from the catalogue (pages.oidc_error), and in
// English as before.
func TestProviderErrorWords(t *testing.T) {
	en, _ := words.Default().Get("en")
	ja, _ := words.Default().Get("ja")
	for _, tc := range []struct{ code, en, ja string }{
		{"access_denied", "Example ID did not let you sign in to writ (you declined, or your account there may not use writ).",
			"Example ID で writ へのログインが許可されませんでした（ログインを拒否されたか、そのアカウントでは writ を利用できない可能性があります。）。"},
		{"login_required", "Example ID needs you to sign in there first.", "先に Example ID にログインしてください。"},
		{"invalid_scope", "Example ID refused the sign-in (invalid_scope).", "Example ID がログインを拒否しました（invalid_scope）。"},
	} {
		if got := providerError(en, "Example ID", tc.code); got != tc.en {
			t.Errorf("%s in English: %q, want %q", tc.code, got, tc.en)
		}
		if got := providerError(ja, "Example ID", tc.code); got != tc.ja {
			t.Errorf("%s in Japanese: %q, want %q", tc.code, got, tc.ja)
		}
	}
}

// TestFormRefusalWords: a refusal the pages themselves word (not the case
// service's) is said in Japanese on a Japanese page.
func TestFormRefusalWords(t *testing.T) {
	ja, _ := words.Default().Get("ja")
	for _, msg := range []string{
		"type: not an event these forms record",
		"Say whether the order was served with the subpoena and whether the subpoena conforms to the order, or give the subpoena's text to check.",
		"the applicant's counsel see the case as it stands now",
		`production: no production "p-9" was built in this case`,
		"production: production p-1 was voided: it is never released",
		"production: production p-1 is already released",
		"url: the address is an http or https URL",
		"role: must be staff, counsel or court",
		"on: there is no objection obj-9",
		"there is no such file in case c-1",
		"there is no such proof of notice in case c-1",
		"there is no such letter in case c-1",
	} {
		if got := localMessage(ja, msg); got == msg || !strings.ContainsAny(got, "。、をはがのに") {
			t.Errorf("%q is not said in Japanese: %q", msg, got)
		}
	}
}

// TestJapaneseRefusals: refusals the pages compose with values (no way to
// deliver an invitation, an order directed to another platform) are said
// in Japanese on a Japanese page.
func TestJapaneseRefusals(t *testing.T) {
	f := newFixture(t)
	t.Run("an invitation writ cannot deliver", func(t *testing.T) {
		form := url.Values{"name": {"Carl Counsel"}, "email": {"carl@example.com"}, "role": {"counsel"}}
		if _, en := f.postIn(t, "admin", "/people", form, ""); !strings.Contains(en, "writ cannot mail Carl Counsel an invitation (no mail server is configured)") {
			t.Errorf("the English page does not say the invitation cannot be mailed:\n%.3000s", en)
		}
		form.Set("email", "carl2@example.com")
		_, ja := f.postIn(t, "admin", "/people", form, "ja")
		if !strings.Contains(ja, "メールサーバーが設定されていないため、writ は Carl Counsel さんに招待を送信できません。") || strings.Contains(ja, "cannot mail") {
			t.Errorf("the Japanese page does not say it in Japanese:\n%.3000s", ja)
		}
	})
	t.Run("an order directed elsewhere", func(t *testing.T) {
		resp, page := f.upload(t, "staff-elsewhere", "order.txt", []byte(webtest.SeedOrderText(t)))
		if resp.StatusCode != 200 {
			t.Fatalf("upload: %d", resp.StatusCode)
		}
		form := formValues(t, page, "/intake/confirm")
		form.Set("again", "yes")
		if _, en := f.postIn(t, "staff-elsewhere", "/intake/confirm", form, ""); !strings.Contains(en, "only the staff of Twitter, Inc. take in an order directed to it") {
			t.Errorf("the English page does not say who takes in the order")
		}
		_, ja := f.postIn(t, "staff-elsewhere", "/intake/confirm", form, "ja")
		if !strings.Contains(ja, "この命令を登録できるのは、名宛人であるTwitter, Inc.の担当者のみです") || strings.Contains(ja, "only the staff of") {
			t.Errorf("the Japanese page does not say who takes in the order in Japanese")
		}
	})
}
