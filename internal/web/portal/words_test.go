package portal

import (
	"html"
	"net/http"
	"reflect"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestPortalSubpoenaJapanese: the Japanese portal calls the subpoena
// サピーナ, glossed where it first appears, as the notice does: never
// 文書提出命令, which names an order of a Japanese court under its Code of
// Civil Procedure (a different thing, and one the holder may know).
func TestPortalSubpoenaJapanese(t *testing.T) {
	v := reflect.ValueOf(japanese)
	for i := range v.NumField() {
		field := v.Type().Field(i).Name
		var texts []string
		switch x := v.Field(i).Interface().(type) {
		case string:
			texts = []string{x}
		case map[string]string:
			for _, s := range x {
				texts = append(texts, s)
			}
		}
		for _, s := range texts {
			if strings.Contains(s, "文書提出命令") {
				t.Errorf("the Japanese %s says 文書提出命令: %s", field, s)
			}
		}
	}
	f, tok := portalFixture(t)
	code, page := f.Portal(t, "GET", "/portal/"+tok+"?lang=ja", nil, "")
	page = html.UnescapeString(page)
	if code != http.StatusOK {
		t.Fatalf("GET the Japanese portal: %d", code)
	}
	for _, want := range []string{"サピーナ（subpoena。米国の民事手続において、裁判所の権限に基づき、文書等の提出を命じる書面をいいます。以下同じ。）の取消し若しくは変更",
		"裁判所にサピーナの取消し又は変更を申し立てる", "既に裁判所に対してサピーナの取消し又は変更を申し立てている場合"} {
		if !strings.Contains(page, want) {
			t.Errorf("the Japanese portal does not say %q", want)
		}
	}
	if strings.Contains(page, "文書提出命令") {
		t.Error("the Japanese portal says 文書提出命令")
	}
	body, ctype := webtest.Submission(t, map[string]string{"kind": "motion", "docket": "22-mc-80240-VKD, Dkt. 12"}, nil)
	code, receipt := f.Portal(t, "POST", "/portal/"+tok+"?lang=ja", body, ctype)
	if code != http.StatusOK || !strings.Contains(receipt, "サピーナ（subpoena）の取消し又は変更の申立てをした旨の通知") || strings.Contains(receipt, "文書提出命令") {
		t.Errorf("the Japanese receipt of a motion: %d\n%.1500s", code, receipt)
	}
	subject, text := ReceiptMessage(Receipt{Kind: "motion"}, "konnoyukio@CmRUCE", "5:22-mc-80240-VKD", notice.Japanese)
	if strings.Contains(subject+text, "文書提出命令") || !strings.Contains(subject, "サピーナ") {
		t.Errorf("the Japanese receipt mailed:\n%s\n%s", subject, text)
	}
}

// TestPortalWhereObjectionGoes: the portal tells the holder where an
// objection goes in the notice's own words, so that the two never
// disagree: to the court, whose files are public and reach the
// applicant's lawyers unless sealed, and under seal only if the holder
// asks. Each sentence is on the page twice: in the portal's words and in
// the notice it shows.
func TestPortalWhereObjectionGoes(t *testing.T) {
	f, tok := portalFixture(t)
	for lang, sentences := range map[string][]string{
		"en": {"Papers filed with the court are open to the public, and the applicant's lawyers receive them, unless the court orders them sealed.",
			"If you ask us to in your objection, we will ask the court to let us file your objection under seal (closed to the public) and not to give it to the applicant unless the court orders otherwise",
			"The court decides; we cannot promise that it will."},
		"ja": {"裁判所に提出された書面は、裁判所が非公開（under seal）とすることを命じない限り、一般に公開され、申立人の代理人弁護士にも送られます。",
			"あなたが異議の中で求めた場合、当社は、異議の書面を非公開で提出することの許可を裁判所に求め、あわせて、裁判所の命令がない限り申立人には渡さないよう求めます。",
			"非公開とするかどうかは裁判所が判断するため、非公開となることをお約束することはできません。"},
	} {
		code, page := f.Portal(t, "GET", "/portal/"+tok+"?lang="+lang, nil, "")
		page = html.UnescapeString(page)
		if code != http.StatusOK {
			t.Fatalf("%s: GET the portal: %d", lang, code)
		}
		for _, s := range sentences {
			if n := strings.Count(page, s); n < 2 {
				t.Errorf("%s: %q is on the page %d times, want it in the portal's words and in the notice", lang, s, n)
			}
		}
		for _, s := range []string{"is not shown in writ what you wrote", "異議の内容も、異議を申し立てたのがあなたであることも表示されません"} {
			if strings.Contains(page, s) {
				t.Errorf("%s: the page still promises %q", lang, s)
			}
		}
	}
}

// TestReceiptSubjectWords: the receipt's e-mail subject is in the
// portal's language, the case's number included; in English as before.
func TestReceiptSubjectWords(t *testing.T) {
	r := Receipt{Reference: "c-1/obj-1/abcd1234", Kind: "objection"}
	if got, _ := ReceiptMessage(r, "A", "22-mc-80240-VKD", notice.English); got != "Received: Objection in writing (Case No. 22-mc-80240-VKD, c-1/obj-1/abcd1234)" {
		t.Errorf("the English subject: %q", got)
	}
	got, _ := ReceiptMessage(r, "A", "22-mc-80240-VKD", notice.Japanese)
	if strings.Contains(got, "Case No.") || !strings.Contains(got, "事件番号 22-mc-80240-VKD") {
		t.Errorf("the Japanese subject: %q", got)
	}
}
