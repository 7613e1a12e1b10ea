package notice

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata from what the code writes now")

// golden compares got with testdata/name, or rewrites it with -update. A
// golden notice is read by a person, line by line, before it is accepted.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to write it)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s differs at line %d:\ngot  %q\nwant %q\n(go test -update rewrites it; review every line)", path, i+1, g, w)
			}
		}
	}
}

// seedFacts are the facts of the seed notice to Aya given on Friday
// 2022-10-21 at 9:00 in San Jose, the holder in Tokyo by their telephone
// numbers, with a portal link and a copy of the order as copy says.
func seedFacts(t *testing.T, copy Copy) *Facts {
	t.Helper()
	events, cal := seedEvents(t)
	f, err := Prepare(Input{Events: events, Calendar: cal, Account: aya, At: time.Date(2022, 10, 21, 9, 0, 0, 0, cal.Location),
		HolderZone: loc(t, "Asia/Tokyo"), ReplyTo: "legal@twitter.example"})
	if err != nil {
		t.Fatal(err)
	}
	f.PortalURL, f.PortalExpires, f.Copy = "https://writ.example/portal/TOKEN", f.TokenExpiry(), copy
	return f
}

// TestNoticeGolden: the seed notice in each language, whole. The facts in
// it (days, times, zones, counts) are those TestDeadlines and
// TestHolderTime check against a printed calendar; the golden files keep
// the words around them reviewed.
func TestNoticeGolden(t *testing.T) {
	f := seedFacts(t, CopyRendering)
	for _, l := range []Lang{English, Japanese, Both} {
		n, err := DefaultTemplates().Write(f, l)
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "notice-"+string(l)+".txt", "Subject: "+n.Subject+"\n\n"+n.Text)
	}
}

// TestNoticeSays: what a notice must tell the holder, and what it must
// not promise (issue 14, items 3 and 5). The applicant seeks the
// information, under the court's order; an objection goes to the court,
// whose files are public unless sealed, and the platform asks to seal it
// only if the holder asks and cannot promise the court will; how to
// contest without being named; where the court is and who helps people
// without a lawyer; deadlines as when the objection or the motion must be
// received; and the copy of the order described as what it is.
func TestNoticeSays(t *testing.T) {
	for _, tt := range []struct {
		name        string
		lang        Lang
		copy        Copy
		has, hasNot []string
	}{
		{"English", English, CopyRendering, []string{
			"Legal notice: Hidenori Takagi seeks, under a United States court order, information identifying the holder of the account Aya@ay_chim0807",
			"Hidenori Takagi (the \"applicant\") seeks information that would identify you, under an order of a United States court",
			"a subpoena (a legal demand, issued under the court's authority, to produce documents)",
			"the order's caption and operative words, as we recorded them from the court's order (a rendering by us, not the court's own document)",
			"the court's time; we must receive your objection by then.",
			"the court must receive your motion by then",
			"A motion is filed when the court receives it",
			"Your objection goes to the court. The order requires us to advise the court of it within 10 days of receiving it",
			"Unless the order allows it (see below), we give the applicant nothing that identifies you.",
			"Papers filed with the court are open to the public, and the applicant's lawyers receive them, unless the court orders them sealed",
			"If you ask us to in your objection, we will ask the court to let us file your objection under seal",
			"The court decides; we cannot promise that it will",
			"for leave to proceed anonymously",
			"or to file your name and other identifying details under seal",
			"280 South First Street", "San Jose, California 95113", "+1 408-535-5363",
			"Legal Help Center", "+1 415-782-8982", "fedpro@sfbar.org", "https://www.cand.uscourts.gov/pro-se-litigants/",
		}, []string{
			"A court order seeks", "a court order seeks", "We do not give your objection", "A copy of the order is attached",
			"It shows the order",
		}},
		{"English, the court's document", English, CopyCourt, []string{"A copy of the court's order is attached to this notice."},
			[]string{"rendering"}},
		{"English, preview or portal", English, CopyUnknown, []string{"The e-mail that brought you this notice has a copy of the order attached."},
			[]string{"rendering", "A copy of the court's order is attached"}},
		{"Japanese", Japanese, CopyRendering, []string{
			"（以下「申立人」といいます。）は、米国の裁判所の命令に基づき、あなたを特定する情報の開示を求めています",
			"サピーナ（subpoena。米国の民事手続において、裁判所の権限に基づき、文書等の提出を命じる書面をいいます。以下同じ。）",
			"サピーナの取消し又は変更の申立て（motion to quash or modify）",
			"当社に届くようにしてください",
			"裁判所に届き、提出されている必要があります",
			"当社が、あなたの氏名その他あなたを特定する情報を申立人に伝えることはありません",
			"裁判所に提出された書面は、裁判所が非公開（under seal）とすることを命じない限り、一般に公開され、申立人の代理人弁護士にも送られます",
			"非公開で提出することの許可を裁判所に求め",
			"非公開となることをお約束することはできません",
			"匿名で手続を行うことの許可（leave to proceed anonymously",
			"カリフォルニア州北部地区連邦地方裁判所",
			"280 South First Street",
			"リーガル・ヘルプ・センター（Legal Help Centers）",
			"以下は、命令の英文をそのまま引用したものです",
			"ご相談になることをお勧めします",
			"当社が作成した書き起こし",
		}, []string{
			"文書提出命令", "ご相談される", "氏（以下", "異議の内容及びあなたを特定する情報を申立人に伝えることはありません",
			"米国の裁判所の命令に基づき、あなたを特定する情報の開示が求められています",
		}},
		{"Japanese, the court's document", Japanese, CopyCourt, []string{"本通知には、裁判所の命令の写しを添付しています。"}, []string{"書き起こし"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			n, err := DefaultTemplates().Write(seedFacts(t, tt.copy), tt.lang)
			if err != nil {
				t.Fatal(err)
			}
			all := n.Subject + "\n" + n.Text
			for _, s := range tt.has {
				if !strings.Contains(all, s) {
					t.Errorf("does not say %q", s)
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(all, s) {
					t.Errorf("says %q", s)
				}
			}
		})
	}

	// A court writ has no data for: no address or help invented.
	f := seedFacts(t, CopyRendering)
	f.Courthouse = nil
	n, err := DefaultTemplates().Write(f, Both)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"280 South", "Legal Help Center", "リーガル・ヘルプ"} {
		if strings.Contains(n.Text, s) {
			t.Errorf("a notice under a court without data says %q", s)
		}
	}
	if strings.Contains(n.Text, "<no value>") || strings.Contains(n.Text, "\n\n\n") {
		t.Error("a template left a hole or a run of blank lines")
	}
}

// TestParseLangByTag: a language of notices is a template in the
// catalogue's folder, named by its tag; anything else is refused with the
// languages there are.
func TestParseLangByTag(t *testing.T) {
	for s, want := range map[string]Lang{"": Auto, "auto": Auto, "en": English, " JA ": Japanese, "both": Both} {
		if got, err := ParseLang(s); err != nil || got != want {
			t.Errorf("ParseLang(%q) = %q, %v; want %q", s, got, err, want)
		}
	}
	if _, err := ParseLang("fr"); err == nil || !strings.Contains(err.Error(), "use en, ja or both") {
		t.Errorf("ParseLang(fr): %v, want a refusal naming en, ja or both", err)
	}
}
