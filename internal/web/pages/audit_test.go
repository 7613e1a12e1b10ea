package pages

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestCourtAuditShowsWhatItsCasePageShows: the court's audit page shows
// of each event what the court's case page shows, no more (issue 13):
// not the text of an objection not yet advised to it, nor the files sent
// with it, nor the platform's account ids or staff notes; a motion, filed
// with the court, it reads on both. Once the objection is advised, both
// show it. Staff see every payload whole.
func TestCourtAuditShowsWhatItsCasePageShows(t *testing.T) {
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
	secrets := []string{"SECRET-OBJECTION-TEXT", "SECOND-OBJECTION-TEXT", "SECRET-ATTACHMENT-NAME", "PLATFORM-ACCOUNT-ID-4242", "STAFF-NOTE-on-how-it-went"}
	same := func(t *testing.T, shown map[string]bool) {
		t.Helper()
		_, audit := f.Page(t, "court", "GET", "/cases/"+f.Own+"/audit", nil)
		_, casePage := f.Page(t, "court", "GET", "/cases/"+f.Own, nil)
		for _, s := range append(secrets, "MOTION-TEXT-filed-in-court") {
			if strings.Contains(audit, s) != strings.Contains(casePage, s) {
				t.Errorf("%q: on the court's audit page %v, on its case page %v", s, strings.Contains(audit, s), strings.Contains(casePage, s))
			}
			if strings.Contains(audit, s) != shown[s] {
				t.Errorf("%q: on the court's audit page %v, want %v", s, strings.Contains(audit, s), shown[s])
			}
		}
		if !strings.Contains(audit, "The chain verifies") {
			t.Error("the court's audit page does not say whether the chain verifies")
		}
	}
	t.Run("BeforeAdvice", func(t *testing.T) {
		same(t, map[string]bool{"MOTION-TEXT-filed-in-court": true})
	})
	form := url.Values{"type": {"court_advised"}, "on": {"obj-1"}, "at": {"2022-11-15"}, access.CSRFField: {f.CSRF(t, "staff")}}
	if resp, body := f.Page(t, "staff", "POST", "/cases/"+f.Own+"/record", form); resp.StatusCode != 303 {
		t.Fatalf("advise the court: %d\n%.400s", resp.StatusCode, body)
	}
	t.Run("AfterAdvice", func(t *testing.T) {
		same(t, map[string]bool{"MOTION-TEXT-filed-in-court": true, "SECRET-OBJECTION-TEXT": true})
	})
	t.Run("Staff", func(t *testing.T) {
		_, audit := f.Page(t, "staff", "GET", "/cases/"+f.Own+"/audit", nil)
		for _, s := range secrets {
			if !strings.Contains(audit, s) {
				t.Errorf("staff's audit page does not show %q", s)
			}
		}
	})
	t.Run("AccessLog", func(t *testing.T) {
		// What the court was shown is what the access log says it was.
		as, err := f.AccessLog.Accesses(ctx, f.Own)
		if err != nil {
			t.Fatal(err)
		}
		court := "court:" + f.userID(t, "court")
		for _, a := range as {
			if a.Actor == court && a.Via == "page:audit" {
				for _, w := range a.What {
					if w == "event_log" || w == "account_ids" || w == "notes" {
						t.Errorf("the access log says the court was shown %s", w)
					}
				}
			}
		}
	})
	_ = webtest.Now
}
