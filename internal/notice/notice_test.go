package notice

import (
	"fmt"
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

// TestHolderTime: wherever a notice states a deadline in the court's time
// it states it in the account holder's too: their zone when the platform's
// verified telephone numbers tell it, else the zone of the country of the
// foreign proceedings when that country keeps one (saying so), else UTC.
// The seed notice is given on Friday 2022-10-21: both windows run 21 days
// to Friday 2022-11-11, Veterans Day, so to Monday 2022-11-14, ending at
// midnight Pacific time (PST, UTC−8), which is 08:00 UTC and 17:00 in
// Tokyo on Tuesday 2022-11-15. The portal link lives 30 days more: to
// 08:00 UTC on Thursday 2022-12-15, the end of Wednesday 2022-12-14 in San
// Jose and 17:00 on Thursday 2022-12-15 in Tokyo.
func TestHolderTime(t *testing.T) {
	events, cal := seedEvents(t)
	tokyo := loc(t, "Asia/Tokyo")
	at := time.Date(2022, 10, 21, 9, 0, 0, 0, cal.Location) // Friday
	elsewhere := func(country string) []matter.Event {
		ev := append([]matter.Event(nil), events...)
		o := *ev[0].Order
		o.ProceedingsCountry = country
		ev[0].Order = &o
		return ev
	}
	const (
		courtEN  = "Deadline: by the end of Monday, November 14, 2022, Pacific Time (PST, UTC−8), the court's time; we must receive your objection by then."
		courtJA  = "期限：米国太平洋時間（PST、UTC−8）の2022年11月14日（月）の終わり（24時）までに異議が当社に届くようにしてください（裁判所の所在地の時刻）。"
		tokyoEN  = "before 5:00 p.m. on Tuesday, November 15, 2022, Japan Standard Time (JST, UTC+9)"
		tokyoJA  = "日本時間（JST、UTC+9）の2022年11月15日（火）午後5時まで"
		utcEN    = "before 8:00 a.m. on Tuesday, November 15, 2022, Coordinated Universal Time (UTC)"
		utcJA    = "協定世界時（UTC）の2022年11月15日（火）午前8時まで"
		linkEN   = "It can be used by the end of Wednesday, December 14, 2022, Pacific Time (PST, UTC−8), which is before 5:00 p.m. on Thursday, December 15, 2022, Japan Standard Time (JST, UTC+9)."
		linkJA   = "このリンクは、米国太平洋時間（PST、UTC−8）の2022年12月14日（水）の終わり（24時）まで（日本時間（JST、UTC+9）の2022年12月15日（木）午後5時まで）有効です。"
		unknownE = "We do not know your time zone."
		unknownJ = "当社はあなたの所在地の時間帯を把握していません"
	)
	for _, tt := range []struct {
		name        string
		events      []matter.Event
		zone        *time.Location
		lang        Lang
		has, hasNot []string
	}{
		{"zone from the phone numbers, English", events, tokyo, English,
			[]string{courtEN, "In your time zone, that is " + tokyoEN + ".", linkEN}, []string{unknownE}},
		{"zone from the phone numbers, Japanese", events, tokyo, Japanese,
			[]string{courtJA, "あなたの所在地の時刻では、" + tokyoJA + "となります。", linkJA}, []string{unknownJ}},
		{"zone from the phone numbers, both", events, tokyo, Both,
			[]string{courtEN, courtJA, tokyoEN, tokyoJA, linkEN, linkJA}, []string{unknownE, unknownJ}},
		{"unknown zone, proceedings in Japan, English", events, nil, English,
			[]string{courtEN, unknownE + " In Coordinated Universal Time (UTC), that is " + utcEN + "; the proceedings abroad are in Japan, where that is " + tokyoEN + ". If you are elsewhere, please convert it to your local time.", linkEN},
			[]string{"In your time zone"}},
		{"unknown zone, proceedings in Japan, Japanese", events, nil, Japanese,
			[]string{courtJA, unknownJ + "。外国の手続は日本で行われるため、日本の時刻も記載します。" + tokyoJA + "（" + utcJA + "）となります。", linkJA},
			[]string{"あなたの所在地の時刻では"}},
		// The United States keep several zones: nothing to fall back on
		// but UTC.
		{"unknown zone, proceedings in a country of several zones", elsewhere("US"), nil, English,
			[]string{courtEN, unknownE + " In Coordinated Universal Time (UTC), that is " + utcEN + "; please convert it to your local time.",
				"It can be used by the end of Wednesday, December 14, 2022, Pacific Time (PST, UTC−8), which is before 8:00 a.m. on Thursday, December 15, 2022, Coordinated Universal Time (UTC)."},
			[]string{"JST", "Japan Standard Time", "the proceedings abroad are in"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Prepare(Input{Events: tt.events, Calendar: cal, Account: aya, At: at, HolderZone: tt.zone})
			if err != nil {
				t.Fatal(err)
			}
			f.PortalURL, f.PortalExpires = "https://writ.example/portal/TOKEN", f.TokenExpiry()
			if want := time.Date(2022, 12, 15, 8, 0, 0, 0, time.UTC); !f.PortalExpires.Equal(want) {
				t.Fatalf("the link expires %v, want %v", f.PortalExpires, want)
			}
			n, err := DefaultTemplates().Write(f, tt.lang)
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tt.has {
				if !strings.Contains(n.Text, s) {
					t.Errorf("no %q in\n%s", s, n.Text)
				}
			}
			for _, s := range tt.hasNot {
				if strings.Contains(n.Text, s) {
					t.Errorf("has %q", s)
				}
			}
		})
	}
}

// TestSkipped: the days a notice lists between the plain count and the last
// day, each with why it could not be the last day. A day the clerk's office
// is inaccessible is no legal holiday: it extends only a filing with the
// court (Fed. R. Civ. P. 6(a)(3)), so it is named for the motion to quash
// and not for the objection, which goes to the platform. Dates from a 2022
// calendar.
func TestSkipped(t *testing.T) {
	events, cand := seedEvents(t)
	closed, err := courttime.ParseCalendar([]byte(`{"id": "cand-go", "name": "N.D. Cal. with a closure", "extends": "cand",
		"closures": [{"date": "2022-11-14", "name": "Clerk's office closed by General Order", "cite": "G.O. 99"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	tokyo := loc(t, "Asia/Tokyo")
	friday := time.Date(2022, 10, 21, 9, 0, 0, 0, cand.Location)
	veterans := []Skipped{
		{Day: courttime.D(2022, 11, 11), Holiday: "Veterans Day", Cite: "5 U.S.C. § 6103(a)", Kind: courttime.Federal}, // Friday
		{Day: courttime.D(2022, 11, 12)}, // Saturday
		{Day: courttime.D(2022, 11, 13)}, // Sunday
	}
	veteransEN := "Friday, November 11, 2022 is a legal holiday (Veterans Day), Saturday, November 12, 2022 is a weekend day and Sunday, November 13, 2022 is a weekend day"
	veteransJA := "2022年11月11日（金）は法定休日（Veterans Day）、2022年11月12日（土）は週末、2022年11月13日（日）は週末"
	for _, tt := range []struct {
		name   string
		cal    *courttime.Calendar
		at     time.Time
		motion bool
		due    courttime.Date
		skip   []Skipped
		// en and ja are in the count's words; closes is the deadline as
		// the English notice words it, in the court's zone and Tokyo's.
		en, ja   string
		closes   [2]string
		hasNot   string
		hasNotJA string
	}{
		{name: "objection, Veterans Day", cal: cand, at: friday, due: courttime.D(2022, 11, 14), skip: veterans,
			en: veteransEN, ja: veteransJA,
			closes: [2]string{"by the end of Monday, November 14, 2022, Pacific Time (PST, UTC−8)", "before 5:00 p.m. on Tuesday, November 15, 2022, Japan Standard Time (JST, UTC+9)"}},
		// Monday 2022-11-14 the clerk's office is inaccessible: the
		// objection, which goes to the platform, still ends that day.
		{name: "objection, the clerk's office inaccessible on its last day", cal: closed, at: friday, due: courttime.D(2022, 11, 14), skip: veterans,
			en: veteransEN, ja: veteransJA, hasNot: "clerk's office", hasNotJA: "書記官室",
			closes: [2]string{"by the end of Monday, November 14, 2022, Pacific Time (PST, UTC−8)", "before 5:00 p.m. on Tuesday, November 15, 2022, Japan Standard Time (JST, UTC+9)"}},
		// The motion to quash is filed with the court: its time is
		// extended to Tuesday 2022-11-15, ending at 08:00 UTC and 17:00 in
		// Tokyo on Wednesday 2022-11-16.
		{name: "motion, the clerk's office inaccessible on its last day", cal: closed, at: friday, motion: true, due: courttime.D(2022, 11, 15),
			skip:   append(append([]Skipped(nil), veterans...), Skipped{Day: courttime.D(2022, 11, 14), Holiday: "Clerk's office closed by General Order", Cite: "G.O. 99", Kind: courttime.CourtClosure}),
			en:     "Friday, November 11, 2022 is a legal holiday (Veterans Day), Saturday, November 12, 2022 is a weekend day, Sunday, November 13, 2022 is a weekend day and Monday, November 14, 2022 is a day the clerk's office is inaccessible (Clerk's office closed by General Order, G.O. 99), which extends the time to file with the court (Fed. R. Civ. P. 6(a)(3)); the last day is therefore Tuesday, November 15, 2022.",
			ja:     veteransJA + "、2022年11月14日（月）は裁判所の書記官室が閉鎖され、裁判所に書面を提出できない日（Clerk's office closed by General Order、G.O. 99。連邦民事訴訟規則6(a)(3)）であるため、期限は2022年11月15日（火）となります。",
			closes: [2]string{"by the end of Tuesday, November 15, 2022, Pacific Time (PST, UTC−8)", "before 5:00 p.m. on Wednesday, November 16, 2022, Japan Standard Time (JST, UTC+9)"}},
		{name: "motion, no closure", cal: cand, at: friday, motion: true, due: courttime.D(2022, 11, 14), skip: veterans,
			en: veteransEN + "; the last day is therefore Monday, November 14, 2022.", ja: veteransJA, hasNot: "clerk's office", hasNotJA: "書記官室",
			closes: [2]string{"by the end of Monday, November 14, 2022, Pacific Time (PST, UTC−8)", "before 5:00 p.m. on Tuesday, November 15, 2022, Japan Standard Time (JST, UTC+9)"}},
		// Notice on Thursday 2022-11-03: 21 days is Thanksgiving, Thursday
		// 2022-11-24; the day after is a holiday of California, which
		// counts for a period measured after an event (Fed. R. Civ. P.
		// 6(a)(6)(C)); then the weekend, so Monday 2022-11-28.
		{name: "objection, Thanksgiving and the day after", cal: cand, at: time.Date(2022, 11, 3, 12, 0, 0, 0, cand.Location), due: courttime.D(2022, 11, 28),
			skip: []Skipped{
				{Day: courttime.D(2022, 11, 24), Holiday: "Thanksgiving Day", Cite: "5 U.S.C. § 6103(a)", Kind: courttime.Federal},             // Thursday
				{Day: courttime.D(2022, 11, 25), Holiday: "Day after Thanksgiving", Cite: "Cal. Code Civ. Proc. § 135", Kind: courttime.State}, // Friday
				{Day: courttime.D(2022, 11, 26)}, {Day: courttime.D(2022, 11, 27)}, // Saturday, Sunday
			},
			en:     "Thursday, November 24, 2022 is a legal holiday (Thanksgiving Day), Friday, November 25, 2022 is a legal holiday of the state where the court sits (Day after Thanksgiving),",
			ja:     "2022年11月25日（金）は裁判所の所在する州の法定休日（Day after Thanksgiving）",
			closes: [2]string{"by the end of Monday, November 28, 2022, Pacific Time (PST, UTC−8)", "before 5:00 p.m. on Tuesday, November 29, 2022, Japan Standard Time (JST, UTC+9)"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Prepare(Input{Events: events, Calendar: tt.cal, Account: aya, At: tt.at, HolderZone: tokyo})
			if err != nil {
				t.Fatal(err)
			}
			d := f.Object
			if tt.motion {
				d = f.Quash
			}
			if d.Due != tt.due {
				t.Errorf("due %v, want %v", d.Due, tt.due)
			}
			if fmt.Sprint(d.Skipped) != fmt.Sprint(tt.skip) {
				t.Errorf("skipped %+v\nwant    %+v", d.Skipped, tt.skip)
			}
			if got := untilEN(d.Closes, d.CourtZone); got != tt.closes[0] {
				t.Errorf("closes %q, want %q", got, tt.closes[0])
			}
			if got := untilEN(d.Closes, d.HolderZone); got != tt.closes[1] {
				t.Errorf("closes in Tokyo %q, want %q", got, tt.closes[1])
			}
			for lang, want := range map[string]string{"en": tt.en, "ja": tt.ja} {
				var b strings.Builder
				if err := DefaultTemplates().t.ExecuteTemplate(&b, lang+".count", d); err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(b.String(), want) {
					t.Errorf("%s: the count says\n%s\nwant it to say\n%s", lang, b.String(), want)
				}
				if not := map[string]string{"en": tt.hasNot, "ja": tt.hasNotJA}[lang]; not != "" && strings.Contains(b.String(), not) {
					t.Errorf("%s: the count names %q:\n%s", lang, not, b.String())
				}
			}
		})
	}
}
