package web

import (
	"context"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
)

// accesses reads a case's access log as "user-id via what" lines.
func (f *fixture) accesses(t *testing.T, id string) []string {
	t.Helper()
	l, _ := store.AccessLogOf(f.Cases.Store)
	as, err := l.Accesses(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if bad := store.VerifyAccesses(as); bad != 0 {
		t.Errorf("the access log breaks at %d", bad)
	}
	var out []string
	for _, a := range as {
		_, id, _ := strings.Cut(a.Actor, ":")
		out = append(out, fmt.Sprintf("%s %s %s", id, a.Via, strings.Join(a.What, ",")))
	}
	return out
}

// TestEveryAccessToAPersonsDataIsRecorded: a page or an API answer that
// shows an objection's text, staff notes, account ids or the full event log
// leaves a line in the case's access log, naming who saw what; one that
// shows none of it (counsel's pages, the status API) leaves none.
func TestEveryAccessToAPersonsDataIsRecorded(t *testing.T) {
	f := newFixture(t)
	users := map[string]string{}
	for _, who := range []string{"staff", "court", "counsel"} {
		u, err := f.Users.UserByEmail(context.Background(), who+"@example.com")
		if err != nil {
			t.Fatal(err)
		}
		users[u.ID] = who
	}
	named := func() []string {
		var out []string
		for _, l := range f.accesses(t, f.Own) {
			id, rest, _ := strings.Cut(l, " ")
			out = append(out, users[id]+" "+rest)
		}
		return out
	}
	step := func(what string, want ...string) {
		t.Helper()
		got := named()
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("after %s the access log is\n%s\nwant\n%s", what, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}

	f.Page(t, "counsel", "GET", "/cases/"+f.Own, nil)
	f.Do(t, "counsel", "GET", "/api/v1/cases/"+f.Own, "")
	f.Do(t, "staff", "GET", "/api/v1/cases/"+f.Own, "")
	f.Page(t, "court", "GET", "/cases/"+f.Own, nil)
	step("pages and answers that show no one's data")

	resp, body := f.Page(t, "staff", "GET", "/cases/"+f.Own, nil)
	if resp.StatusCode != 200 || !strings.Contains(body, "SECRET-OBJECTION-TEXT") {
		t.Fatalf("staff's case page: %d, without the objection", resp.StatusCode)
	}
	want := []string{"staff page:case notes,objection_text"}
	step("staff's case page", want...)

	if code, _ := f.Do(t, "staff", "GET", "/api/v1/cases/"+f.Own+"/events", ""); code != 200 {
		t.Fatalf("log: %d", code)
	}
	want = append(want, "staff api:case-log event_log")
	step("the log API", want...)

	// The court's audit page shows it what its case page does: before it
	// is advised of the objection, no one's data, so nothing is recorded.
	_, body = f.Page(t, "court", "GET", "/cases/"+f.Own+"/audit", nil)
	step("the court's audit page", want...)
	if !strings.Contains(body, "page:case") || !strings.Contains(body, "The access log verifies") {
		t.Errorf("the audit page does not show the access log")
	}

	c, _ := f.Cases.Load(context.Background(), f.Own)
	day, _ := time.ParseInLocation("2006-01-02", "2022-11-09", c.Calendar.Location)
	if _, err := f.Cases.Record(context.Background(), f.Own, matter.Event{Type: matter.CourtAdvised, At: day, On: []string{"obj-1"}}, ""); err != nil {
		t.Fatal(err)
	}
	_, body = f.Page(t, "court", "GET", "/cases/"+f.Own, nil)
	if !strings.Contains(body, "SECRET-OBJECTION-TEXT") {
		t.Fatal("the court does not see an objection advised to it")
	}
	want = append(want, "court page:case objection_text")
	step("the court reading an objection advised to it", want...)
}

// TestNoAccessLogNoData: when the access cannot be recorded, the data is
// not shown.
func TestNoAccessLogNoData(t *testing.T) {
	f := newFixture(t)
	blind := *f.server
	blind.Cases = &cases.Service{Store: struct{ store.Store }{f.Cases.Store}, Now: f.server.Now, Actor: "test"}
	f.Serve(t, blind.Handler())
	resp, body := f.Page(t, "staff", "GET", "/cases/"+f.Own, nil)
	if resp.StatusCode != http.StatusInternalServerError || strings.Contains(body, "SECRET-OBJECTION-TEXT") {
		t.Errorf("staff's case page without an access log: %d\n%.300s", resp.StatusCode, body)
	}
	resp, _ = f.Page(t, "counsel", "GET", "/cases/"+f.Own, nil)
	if resp.StatusCode != http.StatusOK {
		t.Errorf("counsel's case page, which shows no one's data, without an access log: %d", resp.StatusCode)
	}
}
