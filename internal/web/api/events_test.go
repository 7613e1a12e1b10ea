package api

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
)

// TestCourtLogShowsWhatItsPageShows: the court reads in the case's event
// log (GET /api/v1/cases/{id}/events) of each event what its case page
// shows (issue 13), by the rule the pages use (casefile.ShownPayload): not
// the text of an objection not yet advised to it, nor the names of the
// files sent with it, nor the platform's account ids or staff notes; a
// motion, filed with the court, it reads. Once the objection is advised,
// it reads that too. Each event keeps its hashes, and says when parts were
// withheld; staff read every payload whole. The access log records what
// the court was shown, not the whole log.
func TestCourtLogShowsWhatItsPageShows(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	loc := f.Zone(t, f.Own)
	at := func(day string) time.Time {
		d, _ := time.ParseInLocation("2006-01-02", day, loc)
		return d.Add(10 * time.Hour)
	}
	file := []byte("%PDF-1.4 evidence")
	sum := sha256.Sum256(file)
	for _, e := range []matter.Event{
		{Type: matter.TargetResolved, At: at("2022-10-20"), Account: "konnoyukio@CmRUCE", AccountID: "PLATFORM-ACCOUNT-ID-4242"},
		{Type: matter.NoticeSent, At: at("2022-10-28"), Account: "konnoyukio@CmRUCE", Note: "STAFF-NOTE-on-how-it-went"},
		{Type: matter.MotionFiled, At: at("2022-11-09"), By: order.AccountHolder, Account: "konnoyukio@CmRUCE", Note: "MOTION-TEXT-filed-in-court"},
	} {
		if _, err := f.Cases.Record(ctx, f.Own, e, ""); err != nil {
			t.Fatalf("record %s: %v", e.Type, err)
		}
	}
	objection := matter.Event{Type: matter.ObjectionReceived, At: at("2022-11-10"), Account: "konnoyukio@CmRUCE", Note: "SECOND-OBJECTION-TEXT",
		Attachments: []matter.Attachment{{Name: "SECRET-ATTACHMENT-NAME.pdf", Type: "application/pdf", Size: int64(len(file)), SHA256: hex.EncodeToString(sum[:])}}}
	if _, err := f.Cases.RecordWith(ctx, f.Own, objection, "", file); err != nil {
		t.Fatal(err)
	}
	path := "/api/v1/cases/" + f.Own + "/events"
	secrets := []string{"SECRET-OBJECTION-TEXT", "SECOND-OBJECTION-TEXT", "SECRET-ATTACHMENT-NAME", "PLATFORM-ACCOUNT-ID-4242", "STAFF-NOTE-on-how-it-went", "MOTION-TEXT-filed-in-court"}
	read := func(t *testing.T, who string) (string, []map[string]any) {
		t.Helper()
		code, body := f.Do(t, who, "GET", path, "")
		if code != 200 {
			t.Fatalf("%s: %d %s", who, code, body)
		}
		var evs []map[string]any
		if err := json.Unmarshal([]byte(body), &evs); err != nil {
			t.Fatal(err)
		}
		return body, evs
	}
	shows := func(t *testing.T, shown map[string]bool) {
		t.Helper()
		body, evs := read(t, "court")
		for _, s := range secrets {
			if strings.Contains(body, s) != shown[s] {
				t.Errorf("%q: in the court's log %v, want %v", s, strings.Contains(body, s), shown[s])
			}
		}
		withheld := 0
		for _, e := range evs {
			if e["hash"] == "" || e["prev_hash"] == "" {
				t.Errorf("event %v has no hashes", e["seq"])
			}
			if e["withheld"] == true {
				withheld++
			}
		}
		if withheld == 0 {
			t.Error("no event says parts of it were withheld")
		}
	}
	t.Run("BeforeAdvice", func(t *testing.T) {
		shows(t, map[string]bool{"MOTION-TEXT-filed-in-court": true})
	})
	if code, body := f.Do(t, "staff", "POST", path, `{"type":"court_advised","at":"2022-11-15","on":["obj-1"]}`); code != 201 {
		t.Fatalf("advise the court: %d %s", code, body)
	}
	t.Run("AfterAdvice", func(t *testing.T) {
		shows(t, map[string]bool{"MOTION-TEXT-filed-in-court": true, "SECRET-OBJECTION-TEXT": true})
	})
	t.Run("Staff", func(t *testing.T) {
		body, evs := read(t, "staff")
		for _, s := range secrets {
			if !strings.Contains(body, s) {
				t.Errorf("staff's log does not show %q", s)
			}
		}
		for _, e := range evs {
			if e["withheld"] == true {
				t.Errorf("staff's log withholds parts of event %v", e["seq"])
			}
		}
	})
	t.Run("AccessLog", func(t *testing.T) {
		as, err := f.AccessLog.Accesses(ctx, f.Own)
		if err != nil {
			t.Fatal(err)
		}
		u, _ := f.Users.UserByEmail(ctx, "court@example.com")
		var what []string
		for _, a := range as {
			if a.Actor == "court:"+u.ID && a.Via == "api:case-log" {
				what = append(what, a.What...)
			}
		}
		for _, w := range what {
			if w == "event_log" || w == "account_ids" || w == "notes" {
				t.Errorf("the access log says the court was shown %s", w)
			}
		}
		if !strings.Contains(strings.Join(what, ","), "objection_text") {
			t.Errorf("the access log does not say the court read an objection's text: %v", what)
		}
	})
}
