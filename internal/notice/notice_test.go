package notice

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
)

// TestDeadlines: the dates a notice states, for notices given on
// different days, each counted by hand on a 2022 calendar. The seed order
// gives 21 days from the notice both to object and to move the court.
func TestDeadlines(t *testing.T) {
	events, cal := seedEvents(t)
	tokyo := loc(t, "Asia/Tokyo")
	for _, tt := range []struct {
		name   string
		notice time.Time
		// plain is the 21st day, due the last day after the rolls.
		plain, due courttime.Date
		skipped    int
		// court and holder are the deadline as the English notice words it.
		court, holder string
	}{
		{"Friday before Veterans Day", time.Date(2022, 10, 21, 9, 0, 0, 0, cal.Location), courttime.D(2022, 11, 11), courttime.D(2022, 11, 14), 3,
			"by the end of Monday, November 14, 2022, Pacific Time (PST, UTC−8)", "before 5:00 p.m. on Tuesday, November 15, 2022, Japan Standard Time (JST, UTC+9)"},
		{"a Monday, no roll", time.Date(2022, 10, 24, 16, 30, 0, 0, cal.Location), courttime.D(2022, 11, 14), courttime.D(2022, 11, 14), 0,
			"by the end of Monday, November 14, 2022, Pacific Time (PST, UTC−8)", "before 5:00 p.m. on Tuesday, November 15, 2022, Japan Standard Time (JST, UTC+9)"},
		// Thanksgiving (federal), the day after (a California holiday,
		// which counts forward under Fed. R. Civ. P. 6(a)(6)(C)), then the
		// weekend.
		{"Thanksgiving", time.Date(2022, 11, 3, 12, 0, 0, 0, cal.Location), courttime.D(2022, 11, 24), courttime.D(2022, 11, 28), 4,
			"by the end of Monday, November 28, 2022, Pacific Time (PST, UTC−8)", "before 5:00 p.m. on Tuesday, November 29, 2022, Japan Standard Time (JST, UTC+9)"},
		// Given late in the evening in San Jose, already the next day in
		// UTC and Tokyo: the court's day counts.
		{"evening in San Jose", time.Date(2022, 10, 24, 22, 30, 0, 0, cal.Location), courttime.D(2022, 11, 14), courttime.D(2022, 11, 14), 0,
			"by the end of Monday, November 14, 2022, Pacific Time (PST, UTC−8)", "before 5:00 p.m. on Tuesday, November 15, 2022, Japan Standard Time (JST, UTC+9)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Prepare(Input{Events: events, Calendar: cal, Account: aya, At: tt.notice, HolderZone: tokyo})
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range []*Deadline{f.Object, f.Quash} {
				if d == nil || d.Days != 21 || d.Plain != tt.plain || d.Due != tt.due || len(d.Skipped) != tt.skipped {
					t.Fatalf("deadline %+v; want 21 days, plain %v, due %v, %d skipped", d, tt.plain, tt.due, tt.skipped)
				}
				if got := untilEN(d.Closes, d.CourtZone); got != tt.court {
					t.Errorf("court: %q\nwant   %q", got, tt.court)
				}
				if got := untilEN(d.Closes, d.HolderZone); got != tt.holder {
					t.Errorf("holder: %q\nwant    %q", got, tt.holder)
				}
			}
			if !f.SameDeadline() {
				t.Error("the two deadlines differ")
			}
		})
	}

	t.Run("DaylightTime", func(t *testing.T) {
		// A case served on the day of the order: notice on Thursday
		// 2022-10-13 runs to Thursday 2022-11-03, still daylight time in
		// San Jose (it ends on 2022-11-06): midnight PDT is 07:00 UTC,
		// 16:00 in Tokyo on Friday 2022-11-04.
		ev := append([]matter.Event(nil), events...)
		ev[1].At = time.Date(2022, 10, 13, 15, 0, 0, 0, cal.Location)
		f, err := Prepare(Input{Events: ev, Calendar: cal, Account: konno, At: time.Date(2022, 10, 13, 16, 0, 0, 0, cal.Location), HolderZone: tokyo})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := untilEN(f.Object.Closes, cal.Location), "by the end of Thursday, November 3, 2022, Pacific Time (PDT, UTC−7)"; got != want {
			t.Errorf("%q\nwant %q", got, want)
		}
		if got, want := untilJA(f.Object.Closes, tokyo), "日本時間（JST、UTC+9）の2022年11月4日（金）午後4時まで"; got != want {
			t.Errorf("%q\nwant %q", got, want)
		}
	})
}

func TestPrepareErrors(t *testing.T) {
	events, cal := seedEvents(t)
	at := time.Date(2022, 10, 21, 9, 0, 0, 0, cal.Location)
	if _, err := Prepare(Input{Events: events, Calendar: cal, Account: "someone@else", At: at}); !fault.Is(err, fault.Invalid) || !strings.Contains(err.Error(), aya) {
		t.Errorf("an account the order does not name: %v", err)
	}
	if _, err := Prepare(Input{Events: events, Calendar: cal, Account: aya}); !fault.Is(err, fault.Invalid) {
		t.Errorf("no moment: %v", err)
	}
}

// TestLanguages: the seed order's proceedings are in Japan, so its notice
// is bilingual unless a language is chosen; an order for proceedings
// elsewhere is in English.
func TestLanguages(t *testing.T) {
	events, cal := seedEvents(t)
	o := events[0].Order
	if got := Auto.For(o); got != Both {
		t.Errorf("the seed order: %s, want both", got)
	}
	if got := Japanese.For(o); got != Japanese {
		t.Errorf("chosen ja: %s", got)
	}
	german := *o
	german.ProceedingsCountry = "DE"
	german.UseRestriction.Purposes = []string{"proceedings before the Landgericht München I"}
	german.UseRestriction.Text = "Used only for the German proceedings."
	if got := Auto.For(&german); got != English {
		t.Errorf("an order for German proceedings: %s, want en", got)
	}
	// An order that gives no country: Japan named in the use restriction
	// still makes the notice bilingual; a country given wins over it.
	unsaid := *o
	unsaid.ProceedingsCountry = ""
	unsaid.UseRestriction.Purposes = []string{"the anticipated civil action in Japan"}
	if got := Auto.For(&unsaid); got != Both {
		t.Errorf("an order naming Japan only in its use restriction: %s, want both", got)
	}
	read := *o
	read.UseRestriction.Purposes = []string{"the anticipated civil action", "criminal complaint"}
	read.UseRestriction.Text = "Any information may be used only for purposes of the anticipated civil action or criminal complaint."
	if got := Auto.For(&read); got != Both {
		t.Errorf("the seed order as read from its text (country JP, no Japan in the use restriction): %s, want both", got)
	}
	for _, bad := range []string{"fr", "english", "ja,en"} {
		if _, err := ParseLang(bad); !fault.Is(err, fault.Invalid) {
			t.Errorf("ParseLang(%q): %v", bad, err)
		}
	}

	f, err := Prepare(Input{Events: events, Calendar: cal, Account: konno, At: time.Date(2022, 10, 21, 9, 0, 0, 0, cal.Location)})
	if err != nil {
		t.Fatal(err)
	}
	tm := DefaultTemplates()
	for _, tt := range []struct {
		lang        Lang
		has, hasNot []string
	}{
		{English, []string{"NOTICE TO THE HOLDER OF THE ACCOUNT konnoyukio@CmRUCE", "We do not know your time zone", "before 8:00 a.m. on Tuesday, November 15, 2022, Coordinated Universal Time (UTC)"}, []string{"保有者"}},
		{Japanese, []string{"アカウント「konnoyukio@CmRUCE」の保有者の方へ", "当社はあなたの所在地の時間帯を把握していません", "協定世界時（UTC）の2022年11月15日（火）午前8時まで"}, []string{"NOTICE TO"}},
		{Both, []string{"保有者の方へ", "NOTICE TO THE HOLDER", "The English text of this notice follows the Japanese."}, nil},
	} {
		n, err := tm.Write(f, tt.lang)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range tt.has {
			if !strings.Contains(n.Text, s) {
				t.Errorf("%s: no %q", tt.lang, s)
			}
		}
		for _, s := range tt.hasNot {
			if strings.Contains(n.Text+n.Subject, s) {
				t.Errorf("%s: has %q", tt.lang, s)
			}
		}
		if strings.Contains(n.Text, "<no value>") || strings.Contains(n.Text, "\n\n\n") {
			t.Errorf("%s: a template left a hole or a run of blank lines", tt.lang)
		}
	}
}

// TestTemplateOverride: a legal team's file replaces the embedded one of
// the same name without recompiling; a broken file is refused when loaded,
// naming it.
func TestTemplateOverride(t *testing.T) {
	dir := t.TempDir()
	custom := `{{define "en.subject"}}Notice about {{.Account.Label}}{{end}}{{define "en.body"}}Dear holder of {{.Account.Label}}: you have until {{untilEN .Object.Closes .CourtZone}}.{{end}}`
	if err := os.WriteFile(filepath.Join(dir, "en.tmpl"), []byte(custom), 0o600); err != nil {
		t.Fatal(err)
	}
	tm, err := LoadTemplates(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(tm.Overridden) != 1 || tm.Overridden[0] != "en.tmpl" {
		t.Errorf("overridden %v", tm.Overridden)
	}
	events, cal := seedEvents(t)
	f, err := Prepare(Input{Events: events, Calendar: cal, Account: aya, At: time.Date(2022, 10, 21, 9, 0, 0, 0, cal.Location)})
	if err != nil {
		t.Fatal(err)
	}
	n, err := tm.Write(f, English)
	if err != nil {
		t.Fatal(err)
	}
	if n.Subject != "Notice about Aya@ay_chim0807" || n.Text != "Dear holder of Aya@ay_chim0807: you have until by the end of Monday, November 14, 2022, Pacific Time (PST, UTC−8).\n" {
		t.Errorf("the override was not used: %q / %q", n.Subject, n.Text)
	}
	// Japanese still comes from the embedded file.
	if n, err := tm.Write(f, Japanese); err != nil || !strings.Contains(n.Text, "保有者の方へ") {
		t.Errorf("ja after an en override: %v", err)
	}

	for name, bad := range map[string]string{
		"does not parse":  `{{define "en.subject"}}{{.Account.Label}`,
		"no en.body":      `{{define "en.subject"}}x{{end}}`,
		"missing a field": `{{define "en.subject"}}x{{end}}{{define "en.body"}}{{.NoSuchField}}{{end}}`,
	} {
		t.Run(name, func(t *testing.T) {
			d := t.TempDir()
			if err := os.WriteFile(filepath.Join(d, "en.tmpl"), []byte(bad), 0o600); err != nil {
				t.Fatal(err)
			}
			tm, err := LoadTemplates(d)
			if err == nil {
				_, err = tm.Write(f, English)
			}
			if !fault.Is(err, fault.Invalid) || !strings.Contains(err.Error(), "en.") {
				t.Errorf("got %v, want an error naming the template", err)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	tokyo, la := loc(t, "Asia/Tokyo"), loc(t, "America/Los_Angeles")
	for _, tt := range []struct{ got, want string }{
		{dayEN(courttime.D(2022, 11, 14)), "Monday, November 14, 2022"},
		{dayJA(courttime.D(2022, 11, 14)), "2022年11月14日（月）"},
		{clockEN(time.Date(2022, 1, 1, 0, 30, 0, 0, time.UTC)), "12:30 a.m."},
		{clockEN(time.Date(2022, 1, 1, 12, 0, 0, 0, time.UTC)), "12:00 p.m."},
		{clockJA(time.Date(2022, 1, 1, 17, 5, 0, 0, time.UTC)), "午後5時05分"},
		{clockJA(time.Date(2022, 1, 1, 9, 0, 0, 0, time.UTC)), "午前9時"},
		{zoneEN(time.Date(2022, 7, 1, 0, 0, 0, 0, time.UTC), la), "Pacific Time (PDT, UTC−7)"},
		{zoneJA(time.Date(2022, 12, 1, 0, 0, 0, 0, time.UTC), tokyo), "日本時間（JST、UTC+9）"},
		{zoneEN(time.Date(2022, 12, 1, 0, 0, 0, 0, time.UTC), loc(t, "Asia/Kolkata")), "Asia/Kolkata time (IST, UTC+5:30)"},
		{untilJA(time.Date(2022, 11, 15, 8, 0, 0, 0, time.UTC), la), "米国太平洋時間（PST、UTC−8）の2022年11月14日（月）の終わり（24時）まで"},
	} {
		if tt.got != tt.want {
			t.Errorf("%q, want %q", tt.got, tt.want)
		}
	}
	for number, want := range map[string]string{"+81 80-5521-0937": "Asia/Tokyo", "+1 408-555-0173": "", "+44 20 7946 0958": "Europe/London",
		"+886 2 1234 5678": "Asia/Taipei", "090-1234-5678": "", "+7 495 000 00 00": ""} {
		if got := zoneOfNumber(number); got != want {
			t.Errorf("zoneOfNumber(%q) = %q, want %q", number, got, want)
		}
	}
}
