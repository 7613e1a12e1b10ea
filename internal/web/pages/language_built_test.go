package pages

import (
	"context"
	"html"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/casefile"
	"github.com/writ-project/writ/internal/web/productions"
	"github.com/writ-project/writ/internal/web/webtest"
	"github.com/writ-project/writ/internal/words"
)

// getIn fetches a page as who in the language of an Accept-Language
// header ("" for none), its text unescaped.
func (f *fixture) getIn(t *testing.T, who, path, header string) string {
	t.Helper()
	req, _ := http.NewRequest("GET", f.URL+path, nil)
	if header != "" {
		req.Header.Set("Accept-Language", header)
	}
	resp, body := f.Send(t, who, req)
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s as %s (%q): %d", path, who, header, resp.StatusCode)
	}
	return html.UnescapeString(body)
}

// TestJapaneseSentences: the sentences the pages compose in Go — a duty
// on the work queue and the calendar, a task, the case page's head and
// causes, the timeline's times and notes, the access log's words — are
// said in Japanese on a Japanese page, with no English sentence of the
// kind left; on an English page they read as before, word for word. The
// legal core's own sentences (the gate's reasons, a duty's rule and
// steps, the order's text) stay in English by design.
func TestJapaneseSentences(t *testing.T) {
	f := newFixture(t)
	for _, tc := range []struct {
		name, who, path string
		// what the page says in each language, all of it; the Japanese
		// page says none of the English
		en, ja []string
	}{
		{"a duty on the work queue", "staff", "/",
			[]string{"the platform's duty to notify konnoyukio@CmRUCE"},
			[]string{"プラットフォームの対応事項：konnoyukio@CmRUCEに通知する"}},
		{"a task on the work queue", "staff", "/",
			[]string{"Draft the letter advising the court of objection obj-1, and advise the court by Friday 2022-11-18."},
			[]string{"異議 obj-1 について裁判所に報告する書簡を作成し、2022-11-18（金）までに裁判所に報告してください。"}},
		{"the calendar", "staff", "/calendar?month=2022-11",
			[]string{"the platform's duty to advise the court of obj-1", "(overdue; Fed. R. Civ. P.", "November 2022"},
			[]string{"プラットフォームの対応事項：obj-1について裁判所に報告する", "(期限超過; Fed. R. Civ. P.", "2022年11月"}},
		{"the case's head", "staff", "/cases/" + f.Own,
			[]string{"Give notice to 1 account (konnoyukio@CmRUCE).", "(and 1 more cause, below)"},
			[]string{"1件のアカウント（konnoyukio@CmRUCE）に通知してください。", "（ほかに1件の理由があります。下記のとおりです。）"}},
		{"the gate's causes", "staff", "/cases/" + f.Own,
			[]string{"1 account (Aya@ay_chim0807)", "It also holds konnoyukio@CmRUCE: the order's hold reaches the whole subpoena."},
			[]string{"1件のアカウント（Aya@ay_chim0807）", "命令による保留はサピーナ全体に及ぶため、konnoyukio@CmRUCEも保留されます。"}},
		{"the court's next act", "court", "/cases/" + f.Own,
			[]string{"Record the court's ruling on obj-1."},
			[]string{"obj-1についての裁判所の判断を記録してください。"}},
		{"counsel's next act", "counsel", "/cases/" + f.Own,
			[]string{"Acknowledge the use restriction (below)."},
			[]string{"利用の制限を確認してください（下記）。"}},
		{"a day past", "staff", "/cases/" + f.Own + "?now=2022-10-14",
			[]string{"Nothing: this is the case as it stood on a day past."},
			[]string{"ありません。過去の日の時点の事件を表示しています。"}},
		{"the timeline's times", "staff", "/cases/" + f.Own,
			[]string{" · Thu 2022-10-20 00:00 PDT", "Thu 2026-11-26 04:00 PST"},
			[]string{" · 2022-10-20（木） 00:00 PDT", "2026-11-26（木） 04:00 PST"}},
		{"the records a correction may supersede", "staff", "/cases/" + f.Own,
			[]string{">2 · subpoena served · 2022-10-20 00:00 PDT<"},
			[]string{">2 · サピーナの送達 · 2022-10-20 00:00 PDT<"}},
		{"a duty's trigger", "staff", "/cases/" + f.Own,
			[]string{"<dd>subpoena served on Thursday 2022-10-20</dd>"},
			[]string{"<dd>サピーナの送達 （2022-10-20（木））</dd>"}},
		{"an objection's status", "staff", "/cases/" + f.Own,
			[]string{"<td>pending</td>"},
			[]string{"<td>係属中</td>"}},
		{"the access log", "staff", "/cases/" + f.Own + "/audit",
			[]string{"<td>page:case</td><td>notes, objection text</td>"},
			[]string{"<td>事件のページ（page:case）</td><td>メモ、異議の本文</td>"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if en := f.getIn(t, tc.who, tc.path, ""); true {
				for _, w := range tc.en {
					if !strings.Contains(en, w) {
						t.Errorf("the English page does not say %q", w)
					}
				}
			}
			ja := f.getIn(t, tc.who, tc.path, "ja")
			for _, w := range tc.ja {
				if !strings.Contains(ja, w) {
					t.Errorf("the Japanese page does not say %q", w)
				}
			}
			for _, w := range tc.en {
				if strings.Contains(ja, w) {
					t.Errorf("the Japanese page says %q", w)
				}
			}
		})
	}
}

// TestNextActWords: every next act the case page's head can name is
// worded in Japanese, none left in English; in English as before.
func TestNextActWords(t *testing.T) {
	en, _ := words.Default().Get("en")
	ja, _ := words.Default().Get("ja")
	due := matter.Duty{Status: matter.DutyPending, Due: courttime.D(2022, 11, 18)}
	held := matter.Gate{Accounts: []matter.AccountGate{{Account: "A", Earliest: courttime.D(2022, 11, 15)}}}
	for _, tc := range []struct {
		name   string
		d      caseData
		tasks  []matter.Task
		en, ja string
	}{
		{"next due", caseData{View: casefile.CaseView{Duties: []matter.Duty{due}}}, nil,
			"Nothing to record now; next due Friday 2022-11-18.", "今記録すべきものはありません。次の期限は2022-11-18（金）です。"},
		{"the gate may open", caseData{View: casefile.CaseView{Gate: held}}, nil,
			"Nothing to record now: if nothing more happens, disclosure may open on Tuesday 2022-11-15.",
			"今記録すべきものはありません。このまま何も起きなければ、2022-11-15（火）から開示が可能となります。"},
		{"nothing", caseData{}, nil, "Nothing to record now.", "今記録すべきものはありません。"},
		{"serve", caseData{Forms: forms{Serve: true}}, nil, "Record the service of the subpoena, with its day and time.", "サピーナの送達を、その日時とともに記録してください。"},
		{"build", caseData{CanProduce: true}, nil, "Build the production.", "提出物を作成してください。"},
		{"release", caseData{Productions: []productionLine{{ID: "p-1", CanRelease: true}}}, nil,
			"Review and release the production p-1.", "提出物 p-1 を確認し、開示してください。"},
		{"counsel's download", caseData{View: casefile.CaseView{Redacted: true}, Productions: []productionLine{{ID: "p-1", CanDownload: true}}}, nil,
			"Download the production p-1.", "提出物 p-1 をダウンロードしてください。"},
		{"counsel waits", caseData{View: casefile.CaseView{Redacted: true}}, nil,
			"Nothing yet: the production comes once the order allows it and the platform releases it.",
			"現時点ではありません。提出物は、命令が開示を認め、プラットフォームが開示した後に届きます。"},
		{"a task", caseData{}, []matter.Task{{Kind: matter.BuildProduction, What: "The order allows disclosure: build the production of the accounts it allows."}},
			"The order allows disclosure: build the production of the accounts it allows.", "命令が開示を認めています。開示が認められたアカウントの提出物を作成してください。"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := nextAct(en, tc.d, tc.tasks); got != tc.en {
				t.Errorf("in English: %q, want %q", got, tc.en)
			}
			if got := nextAct(ja, tc.d, tc.tasks); got != tc.ja {
				t.Errorf("in Japanese: %q, want %q", got, tc.ja)
			}
		})
	}
}

// TestTaskWords: a task of the work queue is worded in each language
// from what it is (its kind, contest, production, day), which the queue's
// index keeps (cases.TaskLine.Task); in English exactly as package matter
// words it.
func TestTaskWords(t *testing.T) {
	en, _ := words.Default().Get("en")
	ja, _ := words.Default().Get("ja")
	day := courttime.D(2022, 11, 18)
	for _, task := range []matter.Task{
		{Kind: matter.DraftLetter, Contest: "obj-1", Due: day,
			What: "Draft the letter advising the court of objection obj-1, and advise the court by Friday 2022-11-18."},
		{Kind: matter.AdviseCourt, Contest: "obj-1", Due: day,
			What: "The letter about objection obj-1 is drafted: send it to the court and record that the court was advised, by Friday 2022-11-18."},
		{Kind: matter.RecordRuling, Contest: "obj-1", What: "Record the court's ruling on objection obj-1 when it comes."},
		{Kind: matter.RecordRuling, Contest: "mot-1", What: "Record the court's ruling on motion mot-1 when it comes."},
		{Kind: matter.ReleaseProduction, Production: "p-1",
			What: "Production p-1 is built and the order allows disclosure of every account in it: review and release it."},
		{Kind: matter.BuildProduction, What: "The order allows disclosure: build the production of the accounts it allows."},
		{Kind: matter.Renotify, Due: day, Overdue: true,
			What: "The notice to this account holder failed on Monday 2022-10-24 (mailbox full), and the duty is overdue: give notice another way at once and record it."},
		{Kind: matter.Renotify, Due: day,
			What: "The notice to this account holder failed on Monday 2022-10-24: give notice another way (another verified address, post, or the platform's own message to the account) and record it by Friday 2022-11-18."},
	} {
		if got := taskWords(en, task); got != task.What {
			t.Errorf("%s in English: %q, want matter's %q", task.Kind, got, task.What)
		}
		got := taskWords(ja, task)
		if got == task.What || strings.Contains(got, "the ") {
			t.Errorf("%s is not worded in Japanese: %q", task.Kind, got)
		}
	}
	// And as matter words the tasks of a case: the fixture's objection
	// to report to the court, then, once the court is advised, its
	// ruling to record.
	f := newFixture(t)
	ctx := context.Background()
	check := func(want matter.TaskKind) {
		t.Helper()
		c, err := f.Cases.Load(ctx, f.Own)
		if err != nil {
			t.Fatal(err)
		}
		a, err := matter.Assess(c.Events, c.Calendar, webtestNow())
		if err != nil {
			t.Fatal(err)
		}
		tasks := matter.Tasks(a)
		if !slices.ContainsFunc(tasks, func(x matter.Task) bool { return x.Kind == want }) {
			t.Fatalf("the fixture's case does not wait on %s: %+v", want, tasks)
		}
		for _, task := range tasks {
			if got := taskWords(en, task); got != task.What {
				t.Errorf("%s in English: %q, matter says %q", task.Kind, got, task.What)
			}
			if got := taskWords(ja, task); got == task.What {
				t.Errorf("%s is not worded in Japanese: %q", task.Kind, got)
			}
		}
	}
	check(matter.DraftLetter)
	at := time.Date(2022, 11, 10, 17, 0, 0, 0, time.UTC)
	if _, err := f.Cases.Record(ctx, f.Own, matter.Event{Type: matter.CourtAdvised, At: at, On: []string{"obj-1"}, Actor: "test"}, ""); err != nil {
		t.Fatal(err)
	}
	check(matter.RecordRuling)
	// A notice that bounced is to be given again.
	if _, err := f.Cases.Record(ctx, f.Own, matter.Event{Type: matter.NoticeFailed, At: at, Account: "Aya@ay_chim0807", Note: "mailbox full", Actor: "test"}, ""); err != nil {
		t.Fatal(err)
	}
	check(matter.Renotify)
}

// TestRenotifyWords: a notice to give again is said in Japanese, with the
// day it failed and why; on the case page's duty too.
func TestRenotifyWords(t *testing.T) {
	ja, _ := words.Default().Get("ja")
	what := "The notice to this account holder failed on Monday 2022-10-24 (mailbox full), and the duty is overdue: give notice another way at once and record it."
	want := "このアカウント保有者への通知は2022-10-24（月）に届きませんでした（mailbox full）。この対応事項は期限を過ぎています。直ちに別の方法で通知し、記録してください。"
	if got := taskWords(ja, matter.Task{Kind: matter.Renotify, What: what, Overdue: true}); got != want {
		t.Errorf("taskWords: %q, want %q", got, want)
	}
	if got := dutyTaskWords(ja, matter.Duty{Task: what, Due: courttime.D(2022, 10, 31)}); got != want {
		t.Errorf("dutyTaskWords: %q, want %q", got, want)
	}
	en, _ := words.Default().Get("en")
	if got := dutyTaskWords(en, matter.Duty{Task: what, Due: courttime.D(2022, 10, 31)}); got != what {
		t.Errorf("dutyTaskWords in English: %q, want matter's %q", got, what)
	}
	if got := dutyTaskWords(ja, matter.Duty{Task: "Something matter says.", Due: courttime.D(2022, 10, 31)}); got != "Something matter says." {
		t.Errorf("a task the catalogue does not word: %q", got)
	}
}

// TestDeliveryAndIncidentWords: a webhook delivery's state and an
// incident's kind are said in the page's language.
func TestDeliveryAndIncidentWords(t *testing.T) {
	en, _ := words.Default().Get("en")
	ja, _ := words.Default().Get("ja")
	at := time.Date(2022, 11, 8, 17, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		d      store.WebhookDelivery
		en, ja string
	}{
		{store.WebhookDelivery{DeliveredAt: at}, "delivered 2022-11-08 17:00 UTC", "配信済み（2022-11-08 17:00 UTC）"},
		{store.WebhookDelivery{FailedAt: at}, "given up 2022-11-08 17:00 UTC", "配信を断念（2022-11-08 17:00 UTC）"},
		{store.WebhookDelivery{NextAt: at}, "queued; next attempt 2022-11-08 17:00 UTC", "配信待ち（次回の試行：2022-11-08 17:00 UTC）"},
	} {
		if got := deliveryWords(en, tc.d); got != tc.en {
			t.Errorf("in English: %q, want %q", got, tc.en)
		}
		if got := deliveryWords(ja, tc.d); got != tc.ja {
			t.Errorf("in Japanese: %q, want %q", got, tc.ja)
		}
	}
	for _, kind := range []string{"released_while_contested", "downloaded_while_contested"} {
		if got := codeWords(en, "incident", kind); got != strings.ReplaceAll(kind, "_", " ") {
			t.Errorf("incident %s in English: %q", kind, got)
		}
		if got := codeWords(ja, "incident", kind); strings.Contains(got, "contested") {
			t.Errorf("incident %s in Japanese: %q", kind, got)
		}
	}
}

// TestFileKindWords: what a file of a production is, as the release's
// review lists it, is said in the page's language; in English as its
// code spaced, as before.
func TestFileKindWords(t *testing.T) {
	en, _ := words.Default().Get("en")
	ja, _ := words.Default().Get("ja")
	for _, kind := range []string{"summary", "access_log", "declaration", "declaration_text", "load_file"} {
		if got := codeWords(en, "file_kind", kind); got != strings.ReplaceAll(kind, "_", " ") {
			t.Errorf("%s in English: %q", kind, got)
		}
		if got := codeWords(ja, "file_kind", kind); !strings.ContainsFunc(got, func(r rune) bool { return r > 0x3000 }) {
			t.Errorf("%s in Japanese: %q", kind, got)
		}
	}
}

// TestNoticesReviewSaysLookup: the review before sending the notices
// says what the sending will do first: each account no one has yet
// matched to the platform's records is looked up there and the match
// recorded as the sender's act, and an account the records do not name,
// or name more than once, gets no notice now. In both languages.
func TestNoticesReviewSaysLookup(t *testing.T) {
	f := newFixture(t, func(s *Pages) {
		s.Packages = &productions.Packages{Dir: t.TempDir(), Source: webtest.Platform(t)}
		s.SendNotices = func(context.Context, string, []string, bool, string) ([]notice.Outcome, error) { return nil, nil }
	})
	path := "/cases/" + f.Own + "/notices/review"
	en := f.getIn(t, "staff", path, "")
	for _, w := range []string{"Before any notice goes, writ looks up in the platform's records the account of konnoyukio@CmRUCE, which no one has matched to them yet, and records the match as your act.",
		"An account the records do not name, or name more than once, gets no notice now: it is left for a person to match."} {
		if !strings.Contains(en, w) {
			t.Errorf("the English review does not say %q", w)
		}
	}
	ja := f.getIn(t, "staff", path, "ja")
	for _, w := range []string{"通知を送信する前に、まだプラットフォームの記録と照合されていない konnoyukio@CmRUCE のアカウントを記録から検索し、照合の結果をあなたの行為として記録します。",
		"記録に該当するアカウントがない場合又は複数ある場合は、そのアカウント保有者には今回は通知されず、担当者による照合を待ちます。"} {
		if !strings.Contains(ja, w) {
			t.Errorf("the Japanese review does not say %q", w)
		}
	}
	if strings.Contains(ja, "looks up") {
		t.Error("the Japanese review says the lookup in English")
	}
	// A server that cannot read the records says the notice will not go.
	g := newFixture(t, func(s *Pages) {
		s.SendNotices = func(context.Context, string, []string, bool, string) ([]notice.Outcome, error) { return nil, nil }
	})
	if en := g.getIn(t, "staff", "/cases/"+g.Own+"/notices/review", ""); !strings.Contains(en,
		"konnoyukio@CmRUCE is not yet matched to an account in the platform's records, and this server cannot read them: no notice goes to it now (writ preserve matches it).") {
		t.Error("the English review without the records does not say the notice will not go")
	}
	if ja := g.getIn(t, "staff", "/cases/"+g.Own+"/notices/review", "ja"); !strings.Contains(ja, "konnoyukio@CmRUCE は、まだプラットフォームの記録のアカウントと照合されておらず") {
		t.Error("the Japanese review without the records does not say the notice will not go")
	}
}
