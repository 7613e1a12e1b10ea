package pages

import (
	"bytes"
	"context"
	"html"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/web/webtest"
)

// queueFixture is the pages over the shared fixture (whose seed case,
// 22-mc-80240-VKD, has an objection of 2022-11-08 the court was never
// advised of, and konnoyukio never noticed) and eight more seed cases of
// the staff's platform, each at another step, on the fixture's clock,
// Thanksgiving Day, Thursday 2026-11-26 (04:00 in San Jose). Dates were
// counted on a 2026 calendar; a last day that falls on Thanksgiving rolls
// past Friday 2026-11-27, a California judicial holiday (Cal. Code Civ.
// Proc. § 135; Fed. R. Civ. P. 6(a)(6)(C)), and the weekend, to Monday
// 2026-11-30.
type queueFixture struct {
	*fixture
	ids map[string]string // by case number
}

func newQueueFixture(t *testing.T) *queueFixture {
	t.Helper()
	f := &queueFixture{fixture: newFixture(t), ids: map[string]string{}}
	ctx := context.Background()
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Fatal(err)
	}
	at := func(day string, hour int) time.Time {
		d, _ := time.ParseInLocation("2006-01-02", day, la)
		return d.Add(time.Duration(hour) * time.Hour)
	}
	served := func(day string) matter.Event {
		return matter.Event{Type: matter.SubpoenaServed, At: at(day, 10), WithOrder: webtest.Ptr(true), Conforms: webtest.Ptr(true)}
	}
	notice := func(day, account string) matter.Event {
		return matter.Event{Type: matter.NoticeSent, At: at(day, 10), Account: account, Method: "email"}
	}
	const aya, konno = "Aya@ay_chim0807", "konnoyukio@CmRUCE"
	noticed := []matter.Event{served("2026-11-02"), notice("2026-11-03", aya), notice("2026-11-03", konno)}
	objected := append(noticed[:3:3], matter.Event{Type: matter.ObjectionReceived, At: at("2026-11-16", 10), Account: aya})
	open := []matter.Event{served("2026-10-01"), notice("2026-10-02", aya), notice("2026-10-02", konno)}
	for _, c := range []struct {
		number  string
		edit    func([]byte) []byte
		events  []matter.Event
		release bool
	}{
		// A: Aya's notice of Monday 11-23 bounced on Tuesday: give it
		// another way by Monday 11-30 (10 days from service on Friday
		// 11-20).
		{number: "26-mc-00001-A", events: []matter.Event{served("2026-11-20"), notice("2026-11-23", aya), notice("2026-11-23", konno),
			{Type: matter.NoticeFailed, At: at("2026-11-24", 10), Account: aya, Note: "550 mailbox unavailable"}}},
		// B: an objection received Monday 11-16: advise the court within
		// 10 days, Thursday 11-26, Thanksgiving, then the day after, so
		// Monday 11-30; no letter is drafted yet.
		{number: "26-mc-00002-B", events: objected},
		// C: served today at 00:30 without the order, which the order
		// requires at the time of service: due today. The notices are
		// due Sunday 12-06, so Monday 12-07: not this week.
		{number: "26-mc-00003-C", events: []matter.Event{{Type: matter.SubpoenaServed, At: at("2026-11-26", 0).Add(30 * time.Minute), WithOrder: webtest.Ptr(false), Conforms: webtest.Ptr(true)}}},
		// D: served Friday 11-20, no notice yet: both due Monday 11-30.
		{number: "26-mc-00004-D", events: []matter.Event{served("2026-11-20")}},
		// E: served Monday 11-02, no notice: both were due Thursday 11-12.
		{number: "26-mc-00005-E", events: []matter.Event{served("2026-11-02")}},
		// F: B's objection advised to the court on Friday 11-20: a ruling
		// to record, on no day.
		{number: "26-mc-00006-F", events: append(objected[:4:4], matter.Event{Type: matter.CourtAdvised, At: at("2026-11-20", 10), On: []string{"obj-1"}})},
		// G, before another court, applied for by another applicant:
		// noticed Friday 10-02, the windows closed Friday 10-23; the gate
		// is open and nothing is built.
		{number: "26-mc-00007-G", edit: func(b []byte) []byte {
			b = bytes.ReplaceAll(b, []byte(`"id": "cand"`), []byte(`"id": "us"`))
			b = bytes.ReplaceAll(b, []byte(`"America/Los_Angeles"`), []byte(`"America/New_York"`))
			return bytes.ReplaceAll(b, []byte(`"applicant": "Hidenori Takagi"`), []byte(`"applicant": "Acme Kabushiki Kaisha"`))
		}, events: open},
		// H: as G before the same court as the others, with an account
		// of its own, and a production built today: a release waits.
		{number: "26-mc-00008-H", edit: func(b []byte) []byte {
			return bytes.ReplaceAll(b, []byte(konno), []byte("kenji@kenji_x"))
		}, events: []matter.Event{served("2026-10-01"), notice("2026-10-02", aya), notice("2026-10-02", "kenji@kenji_x")}, release: true},
	} {
		order := bytes.ReplaceAll(examples.SeedOrder(), []byte("22-mc-80240-VKD"), []byte(c.number))
		if c.edit != nil {
			order = c.edit(order)
		}
		sc, err := f.Cases.Open(ctx, order, "", "")
		if err != nil {
			t.Fatalf("%s: %v", c.number, err)
		}
		for _, e := range c.events {
			if _, err := f.Cases.Record(ctx, sc.ID, e, ""); err != nil {
				t.Fatalf("%s: %s: %v", c.number, e.Type, err)
			}
		}
		if c.release {
			if _, err := f.Cases.Record(ctx, sc.ID, matter.Event{Type: matter.ProductionBuilt, Accounts: []string{aya, "kenji@kenji_x"}, Digest: "0f"}, ""); err != nil {
				t.Fatalf("%s: build: %v", c.number, err)
			}
		}
		f.ids[c.number] = sc.ID
	}
	f.ids["22-mc-80240-VKD"] = f.Own
	return f
}

// queueRow is a line of the work queue as the page shows it.
type queueRow struct{ section, number, what, due, rule string }

var rowRE = regexp.MustCompile(`<tr[^>]*><td><a href="/cases/([^"]+)">([^<]+)</a></td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>`)

// queueRows reads the work queue off the staff's home page, section by
// section.
func queueRows(t *testing.T, body string) []queueRow {
	t.Helper()
	var rows []queueRow
	for _, sec := range []string{"now", "overdue", "today", "week"} {
		i := strings.Index(body, `<h2 id="queue-`+sec+`">`)
		if i < 0 {
			t.Fatalf("the home page has no section %q:\n%.3000s", sec, body)
		}
		part := body[i:]
		part = part[:strings.Index(part, "</section>")]
		for _, m := range rowRE.FindAllStringSubmatch(part, -1) {
			rows = append(rows, queueRow{section: sec, number: m[2], what: html.UnescapeString(m[3]), due: m[4], rule: html.UnescapeString(m[5])})
		}
	}
	return rows
}

// TestWorkQueue: the staff's home lists what to do now (the tasks, the
// soonest first, those on no day last), then the duties overdue, due today
// and due this week that no task names, each with its case, its day and
// its rule; another platform's case is not there, and counsel and the
// court have no queue.
func TestWorkQueue(t *testing.T) {
	f := newQueueFixture(t)
	_, body := f.Page(t, "staff", "GET", "/", nil)
	got := queueRows(t, body)
	want := []struct{ section, number, what, due string }{
		{"now", "22-mc-80240-VKD", "Draft the letter", "Friday 2022-11-18"},
		{"now", "26-mc-00001-A", "give notice another way", "Monday 2026-11-30"},
		{"now", "26-mc-00002-B", "Draft the letter", "Monday 2026-11-30"},
		{"now", "26-mc-00006-F", "Record the court's ruling", "—"},
		{"now", "26-mc-00007-G", "build the production", "—"},
		{"now", "26-mc-00008-H", "release it", "—"},
		{"overdue", "22-mc-80240-VKD", "notify konnoyukio@CmRUCE", "Monday 2022-10-31"},
		{"overdue", "26-mc-00005-E", "notify Aya@ay_chim0807", "Thursday 2026-11-12"},
		{"overdue", "26-mc-00005-E", "notify konnoyukio@CmRUCE", "Thursday 2026-11-12"},
		{"today", "26-mc-00003-C", "serve the order with the subpoena", "Thursday 2026-11-26"},
		{"week", "26-mc-00004-D", "notify Aya@ay_chim0807", "Monday 2026-11-30"},
		{"week", "26-mc-00004-D", "notify konnoyukio@CmRUCE", "Monday 2026-11-30"},
	}
	if len(got) != len(want) {
		t.Errorf("%d lines in the queue; want %d:", len(got), len(want))
		for _, r := range got {
			t.Logf("  %s %s %s %s", r.section, r.number, r.due, r.what)
		}
		t.FailNow()
	}
	for i, w := range want {
		g := got[i]
		if g.section != w.section || g.number != w.number || !strings.Contains(g.what, w.what) || !strings.HasPrefix(g.due, w.due) {
			t.Errorf("line %d: %s %s %q %q; want %s %s %q %q", i, g.section, g.number, g.due, g.what, w.section, w.number, w.due, w.what)
		}
		if g.rule == "" {
			t.Errorf("line %d (%s %s) names no rule", i, g.number, g.what)
		}
		if w.due != "—" && g.section != "today" && !strings.Contains(g.rule, "Fed. R. Civ. P. 6") {
			t.Errorf("line %d (%s %s): its day is counted under Rule 6 and its rule says %q", i, g.number, g.what, g.rule)
		}
	}
	if strings.Contains(body, "Other Platform") {
		t.Error("another platform's case is on the staff's home")
	}
	if !strings.Contains(body, `href="/cases/`+f.ids["26-mc-00002-B"]+`"`) {
		t.Error("a line does not link its case")
	}
	for _, who := range []string{"counsel", "court"} {
		if _, home := f.Page(t, who, "GET", "/", nil); strings.Contains(home, "queue-now") || strings.Contains(home, "26-mc-") {
			t.Errorf("%s see the platform's queue or cases not granted to them", who)
		}
	}
}

// TestHomeSearch: the search, the filters, the sort and the pages are in
// the query string and select the cases and their lines of the queue; an
// account's label finds a case only for those who may see identities.
func TestHomeSearch(t *testing.T) {
	f := newQueueFixture(t)
	cases := func(who, query string) []string {
		t.Helper()
		_, body := f.Page(t, who, "GET", "/?"+query, nil)
		i := strings.Index(body, "<h2>Cases</h2>")
		if who != "staff" {
			i = strings.Index(body, "<h1>")
		}
		var out []string
		for _, m := range regexp.MustCompile(`<a href="/cases/[^"]+">([^<]+)</a>`).FindAllStringSubmatch(body[i:], -1) {
			out = append(out, m[1])
		}
		return out
	}
	all := []string{"22-mc-80240-VKD", "26-mc-00002-B", "26-mc-00003-C", "26-mc-00005-E", "26-mc-00006-F", "26-mc-00001-A", "26-mc-00004-D", "26-mc-00007-G", "26-mc-00008-H"}
	for _, tc := range []struct {
		name, who, query string
		want             []string
	}{
		// By the day the next duty falls due: the seed case's notice
		// (2022-10-31), E's notices (11-12), C's service (today), A's
		// notice, B's advice and D's notices (all Monday 11-30, so by
		// number), then the cases owing nothing by a day, by number.
		{"ByNextDue", "staff", "", []string{"22-mc-80240-VKD", "26-mc-00005-E", "26-mc-00003-C", "26-mc-00001-A", "26-mc-00002-B", "26-mc-00004-D", "26-mc-00006-F", "26-mc-00007-G", "26-mc-00008-H"}},
		{"ByCase", "staff", "sort=case", sorted(all)},
		{"ByCaseDescending", "staff", "sort=-case", reversed(sorted(all))},
		{"CaseNumber", "staff", "q=00003", []string{"26-mc-00003-C"}},
		{"Applicant", "staff", "q=acme", []string{"26-mc-00007-G"}},
		{"AccountLabel", "staff", "q=kenji_x", []string{"26-mc-00008-H"}},
		{"Court", "staff", "court=us", []string{"26-mc-00007-G"}},
		{"StatusOpen", "staff", "status=open&sort=case", []string{"26-mc-00007-G", "26-mc-00008-H"}},
		{"DueToday", "staff", "due=today", []string{"26-mc-00003-C"}},
		{"DueOverdue", "staff", "due=overdue&sort=case", []string{"22-mc-80240-VKD", "26-mc-00005-E"}},
		{"DueWeek", "staff", "due=week", []string{"26-mc-00004-D"}},
		{"PageTwo", "staff", "sort=case&per=4&page=2", sorted(all)[4:8]},
		{"PagePastTheEnd", "staff", "sort=case&per=4&page=99", sorted(all)[8:]},
		{"CounselNotByLabel", "counsel", "q=ay_chim", nil},
		{"CounselByNumber", "counsel", "q=80240", []string{"22-mc-80240-VKD"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := cases(tc.who, tc.query); strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("%s ?%s lists\n%v\nwant\n%v", tc.who, tc.query, got, tc.want)
			}
		})
	}
	t.Run("QueueFollowsTheSearch", func(t *testing.T) {
		_, body := f.Page(t, "staff", "GET", "/?due=overdue", nil)
		for _, r := range queueRows(t, body) {
			if r.section != "overdue" {
				t.Errorf("a search for what is overdue lists %s %s under %s", r.number, r.what, r.section)
			}
		}
		_, body = f.Page(t, "staff", "GET", "/?q=00001", nil)
		rows := queueRows(t, body)
		if len(rows) != 1 || rows[0].number != "26-mc-00001-A" {
			t.Errorf("a search for case A lists %+v in the queue", rows)
		}
	})
	t.Run("PagerLinksKeepTheSearch", func(t *testing.T) {
		_, body := f.Page(t, "staff", "GET", "/?sort=case&per=4&page=2", nil)
		for _, want := range []string{`href="/?per=4&amp;sort=case"`, `href="/?page=3&amp;per=4&amp;sort=case"`, "page 2 of 3"} {
			if !strings.Contains(body, want) {
				t.Errorf("the second page lacks %s", want)
			}
		}
		if !strings.Contains(body, `href="/cases.csv?per=4&amp;sort=case"`) {
			t.Error("the export does not carry the search")
		}
	})
	t.Run("BadValuesAreDropped", func(t *testing.T) {
		if resp, body := f.Page(t, "staff", "GET", "/?"+url.Values{"status": {"<x>"}, "sort": {"evil"}, "page": {"-3"}, "per": {"0"}}.Encode(), nil); resp.StatusCode != 200 || strings.Contains(body, "<x>") {
			t.Errorf("a search with values the form does not offer: %d", resp.StatusCode)
		}
	})
}

func sorted(s []string) []string {
	out := append([]string(nil), s...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func reversed(s []string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[len(s)-1-i] = v
	}
	return out
}
