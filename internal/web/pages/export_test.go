package pages

import (
	"bytes"
	"context"
	"encoding/csv"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/access"
)

// readCSV asks for an export as who and reads it.
func readCSV(t *testing.T, f *fixture, who, path string) [][]string {
	t.Helper()
	resp, body := f.Page(t, who, "GET", path, nil)
	if resp.StatusCode != 200 {
		t.Fatalf("%s %s: %d %.300s", who, path, resp.StatusCode, body)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/csv; charset=utf-8" {
		t.Errorf("%s is %q", path, ct)
	}
	if cd := resp.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment") {
		t.Errorf("%s is not a download: %q", path, cd)
	}
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v\n%s", path, err, body)
	}
	return rows
}

// rowOf finds the row of a case number.
func rowOf(rows [][]string, number string) []string {
	for _, r := range rows {
		if r[0] == number {
			return r
		}
	}
	return nil
}

// TestCasesCSV: GET /cases.csv lists the cases the user sees, with the day
// the next duty they may see falls due and the gate; the home page's
// search selects them. The seed case's next duty is the notice to
// konnoyukio, due Monday 2022-10-31; counsel see only the applicant's
// duties, all met, so no day; G, noticed on 2026-10-02, owes nothing by a
// day and its gate is open.
func TestCasesCSV(t *testing.T) {
	f := newQueueFixture(t)
	header := "case court applicant platform next_due gate"
	staff := readCSV(t, f.fixture, "staff", "/cases.csv")
	if got := strings.Join(staff[0], " "); got != header {
		t.Errorf("header %q; want %q", got, header)
	}
	if len(staff) != 1+9 {
		t.Errorf("staff export %d cases; want their platform's 9", len(staff)-1)
	}
	for number, want := range map[string]string{
		"22-mc-80240-VKD": "22-mc-80240-VKD|cand|Hidenori Takagi|Twitter, Inc.|2022-10-31|held",
		"26-mc-00007-G":   "26-mc-00007-G|us|Acme Kabushiki Kaisha|Twitter, Inc.||open",
		"26-mc-00003-C":   "26-mc-00003-C|cand|Hidenori Takagi|Twitter, Inc.|2026-11-26|held",
	} {
		if got := strings.Join(rowOf(staff, number), "|"); got != want {
			t.Errorf("staff's row %q; want %q", got, want)
		}
	}
	for who, want := range map[string]string{
		"counsel":         "22-mc-80240-VKD|cand|Hidenori Takagi|Twitter, Inc.||held",
		"court":           "22-mc-80240-VKD|cand|Hidenori Takagi|Twitter, Inc.|2022-10-31|held",
		"staff-elsewhere": "22-mc-80240-VKD|cand|Hidenori Takagi|Other Platform LLC|2022-10-31|held",
	} {
		rows := readCSV(t, f.fixture, who, "/cases.csv")
		if len(rows) != 2 || strings.Join(rows[1], "|") != want {
			t.Errorf("%s export %v; want only %q", who, rows, want)
		}
	}
	if rows := readCSV(t, f.fixture, "staff", "/cases.csv?q=acme"); len(rows) != 2 || rows[1][0] != "26-mc-00007-G" {
		t.Errorf("the export ignores the search: %v", rows)
	}
	if resp, _ := f.Page(t, "anonymous", "GET", "/cases.csv", nil); resp.StatusCode != 303 {
		t.Errorf("the export without a session: %d; want the sign-in page", resp.StatusCode)
	}
}

// TestDutiesCSV: GET /duties.csv lists each duty the user may see, with its
// day, its rule and its status; counsel get only the applicant's duties,
// and nothing that names an account holder.
func TestDutiesCSV(t *testing.T) {
	f := newQueueFixture(t)
	staff := readCSV(t, f.fixture, "staff", "/duties.csv?q=00003")
	if got := strings.Join(staff[0], " "); got != "case duty due rule status" {
		t.Errorf("header %q", got)
	}
	// C: served today without the order, which the order requires at
	// the time of service; the notices are due Sunday 2026-12-06, so
	// Monday 2026-12-07.
	want := map[string]string{
		"serve_order":              "2026-11-26|pending",
		"notify/konnoyukio@CmRUCE": "2026-12-07|pending",
		"notify/Aya@ay_chim0807":   "2026-12-07|pending",
		"advise_court":             "|not_triggered",
	}
	if len(staff) != 1+len(want) {
		t.Errorf("C's duties: %v", staff)
	}
	for _, r := range staff[1:] {
		if w, ok := want[r[1]]; !ok || r[0] != "26-mc-00003-C" || r[2]+"|"+r[4] != w {
			t.Errorf("row %v; want %s %q", r, r[1], w)
		}
		if r[2] != "" && r[3] == "" {
			t.Errorf("duty %s has a day and no rule", r[1])
		}
		if strings.HasPrefix(r[1], "notify") && !strings.Contains(r[3], "Fed. R. Civ. P. 6(a)(1)") {
			t.Errorf("duty %s's rule is %q", r[1], r[3])
		}
	}
	counsel := readCSV(t, f.fixture, "counsel", "/duties.csv")
	for _, r := range counsel[1:] {
		if r[1] != "serve_order" {
			t.Errorf("counsel export the duty %v", r)
		}
	}
	_, body := f.Page(t, "counsel", "GET", "/duties.csv", nil)
	for _, secret := range []string{"Aya", "konnoyukio", "notify", "advise_court", "obj-1"} {
		if strings.Contains(body, secret) {
			t.Errorf("counsel's export shows %q:\n%s", secret, body)
		}
	}
	court := readCSV(t, f.fixture, "court", "/duties.csv")
	if r := rowOf(court[1:], "22-mc-80240-VKD"); r == nil || !strings.Contains(strings.Join(flatten(court), " "), "advise_court/obj-1") {
		t.Errorf("the court's export lacks the duty to advise it: %v", court)
	}
}

func flatten(rows [][]string) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r...)
	}
	return out
}

// TestCSVInjection: a cell that a spreadsheet would read as a formula is
// exported as text, whoever wrote it: here an applicant named as a
// formula, in an order taken in.
func TestCSVInjection(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"http://x\")": "'=HYPERLINK(\"http://x\")",
		"+1":                       "'+1",
		"-2+3":                     "'-2+3",
		"@SUM(A1)":                 "'@SUM(A1)",
		"\tx":                      "'\tx",
		"\rx":                      "'\rx",
		"22-mc-80240-VKD":          "22-mc-80240-VKD",
		"":                         "",
		"Fed. R. Civ. P. 6(a)(1)":  "Fed. R. Civ. P. 6(a)(1)",
	} {
		if got := csvCell(in); got != want {
			t.Errorf("csvCell(%q) = %q; want %q", in, got, want)
		}
	}
	f := newFixture(t)
	order := bytes.ReplaceAll(examples.SeedOrder(), []byte(`"applicant": "Hidenori Takagi"`), []byte(`"applicant": "=cmd|' /C calc'!A0"`))
	if _, err := f.Cases.Open(context.Background(), order, "", ""); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, f, "staff", "/cases.csv?q="+url.QueryEscape("=cmd"))
	if len(rows) != 2 || rows[1][2] != "'=cmd|' /C calc'!A0" {
		t.Errorf("the applicant exported as %v", rows)
	}
}

// TestCalendar: GET /calendar?month= shows a month of due dates from
// Sunday, with the months either side, each date with its case, its duty
// and its rule; counsel see only the applicant's. November 2026 begins on
// a Sunday and its 30 days fill five weeks; D's notices fall due Monday
// 2026-11-30.
func TestCalendar(t *testing.T) {
	f := newQueueFixture(t)
	_, body := f.Page(t, "staff", "GET", "/calendar?month=2026-11", nil)
	for _, want := range []string{"November 2026", `href="/calendar?month=2026-10"`, `href="/calendar?month=2026-12"`} {
		if !strings.Contains(body, want) {
			t.Errorf("the month lacks %s", want)
		}
	}
	tbody := body[strings.Index(body, "<tbody>"):strings.Index(body, "</tbody>")]
	if weeks := strings.Count(tbody, "<tr>"); weeks != 5 {
		t.Errorf("November 2026 in %d weeks; want 5", weeks)
	}
	cells := regexp.MustCompile(`<td[^>]*><span class="date">(\d+)</span>`).FindAllStringSubmatch(tbody, -1)
	if len(cells) != 35 || cells[0][1] != "1" || cells[34][1] != "5" {
		t.Errorf("the grid runs from the %s to the %s (%d days); want Sunday the 1st to Saturday 5 December", cells[0][1], cells[len(cells)-1][1], len(cells))
	}
	day30 := tbody[strings.Index(tbody, `<span class="date">30</span>`):]
	day30 = day30[:strings.Index(day30, "</td>")]
	for _, want := range []string{"26-mc-00004-D", "notify Aya@ay_chim0807", "Fed. R. Civ. P. 6(a)(1)", "/cases/" + f.ids["26-mc-00004-D"]} {
		if !strings.Contains(day30, want) {
			t.Errorf("Monday 30 November lacks %q:\n%s", want, day30)
		}
	}
	if _, def := f.Page(t, "staff", "GET", "/calendar", nil); !strings.Contains(def, "November 2026") {
		t.Error("the calendar does not open on the month of today")
	}
	_, court := f.Page(t, "court", "GET", "/calendar?month=2022-10", nil)
	if !strings.Contains(court, "notify konnoyukio@CmRUCE") {
		t.Error("the court's calendar lacks the seed case's notice due 2022-10-31")
	}
	_, counsel := f.Page(t, "counsel", "GET", "/calendar?month=2022-10", nil)
	for _, secret := range []string{"konnoyukio", "Aya", "notify"} {
		if strings.Contains(counsel, secret) {
			t.Errorf("counsel's calendar shows %q", secret)
		}
	}
	if !strings.Contains(counsel, "serve the order with the subpoena") {
		t.Error("counsel's calendar lacks the applicant's own duty of 2022-10-20")
	}
	if resp, _ := f.Page(t, "staff", "GET", "/calendar?month=November", nil); resp.StatusCode != 400 {
		t.Errorf("a month that is not YYYY-MM: %d", resp.StatusCode)
	}
}

// TestCalendarFeed: the calendar offers the user a feed address for their
// calendar program, made on asking and shown once, which names them.
func TestCalendarFeed(t *testing.T) {
	f := newFixture(t)
	_, body := f.Page(t, "court", "GET", "/calendar", nil)
	if !strings.Contains(body, `action="/calendar/feed?month=2026-11"`) {
		t.Fatalf("the calendar offers no feed:\n%.3000s", body)
	}
	if resp, _ := f.Page(t, "court", "POST", "/calendar/feed", url.Values{}); resp.StatusCode != 403 {
		t.Errorf("a feed made without the form's token: %d", resp.StatusCode)
	}
	_, made := f.post(t, "court", "/calendar/feed?month=2022-10", nil)
	m := regexp.MustCompile(`/feed/([A-Za-z0-9_-]+)\.ics`).FindStringSubmatch(made)
	if m == nil || !strings.Contains(made, `href="webcal://`) || !strings.Contains(made, "October 2022") {
		t.Fatalf("no feed address shown:\n%.3000s", made)
	}
	p, err := f.Access.FeedPrincipal(context.Background(), m[1])
	if err != nil || p.Role() != access.Court {
		t.Errorf("the address shown is not the court user's feed: %v %v", p.Role(), err)
	}
}
