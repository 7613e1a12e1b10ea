package pages

import (
	"html"
	"net/http"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/words"
)

// TestJapaneseCodes: the words writ makes in Go (a day with its weekday,
// an event's type on the audit trail, a webhook's kind of event, the
// transparency report's dimension) are said in Japanese on a Japanese
// page, and as before on an English one.
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
