package pages

import (
	"context"
	"mime"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/matter"
)

// TestProofOfNotice: the proof of a notice sent by e-mail (the
// notice_sent event's digest) is downloaded by staff, and by the court
// once an objection of that account was advised to it (issue 14, item
// 3); never by counsel. Each download is in the access log, and the case
// page offers it to whoever may have it.
func TestProofOfNotice(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	loc := f.Zone(t, f.Own)
	proof := []byte("%PDF-1.4 Proof of notice to the holder of konnoyukio@CmRUCE")
	digest := sha256Hex(proof)
	if _, err := f.Cases.RecordWith(ctx, f.Own, matter.Event{Type: matter.NoticeSent, At: time.Date(2022, 10, 28, 10, 0, 0, 0, loc),
		Account: "konnoyukio@CmRUCE", Method: "email", Digest: digest}, "", proof); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Cases.Record(ctx, f.Own, matter.Event{Type: matter.ObjectionReceived, At: time.Date(2022, 11, 9, 10, 0, 0, 0, loc),
		Account: "konnoyukio@CmRUCE", Note: "I object too."}, ""); err != nil {
		t.Fatal(err)
	}
	path := "/cases/" + f.Own + "/proofs/" + digest
	for _, tc := range []struct {
		who  string
		want int
	}{
		{"staff", 200}, {"court", 404}, {"counsel", 403}, {"staff-elsewhere", 404}, {"counsel-elsewhere", 404}, {"anonymous", 303},
	} {
		resp, body := f.Page(t, tc.who, "GET", path, nil)
		if resp.StatusCode != tc.want {
			t.Errorf("%s, before the court was advised: %d, want %d", tc.who, resp.StatusCode, tc.want)
		}
		if tc.want == 200 {
			_, params, _ := mime.ParseMediaType(resp.Header.Get("Content-Disposition"))
			if body != string(proof) || resp.Header.Get("Content-Type") != "application/pdf" || !strings.Contains(params["filename"], "proof of notice") {
				t.Errorf("%s: %q, %q", tc.who, resp.Header.Get("Content-Type"), resp.Header.Get("Content-Disposition"))
			}
		}
	}
	if _, page := f.Page(t, "staff", "GET", "/cases/"+f.Own, nil); !strings.Contains(page, path) {
		t.Error("the staff's case page does not offer the proof")
	}
	if _, page := f.Page(t, "court", "GET", "/cases/"+f.Own, nil); strings.Contains(page, path) {
		t.Error("the court's case page offers the proof before it was advised")
	}
	// The court was advised of Aya's objection: not of this account's.
	advise := func(obj string) {
		form := url.Values{"type": {"court_advised"}, "on": {obj}, "at": {"2022-11-15"}, access.CSRFField: {f.CSRF(t, "staff")}}
		if resp, body := f.Page(t, "staff", "POST", "/cases/"+f.Own+"/record", form); resp.StatusCode != 303 {
			t.Fatalf("advise %s: %d\n%.400s", obj, resp.StatusCode, body)
		}
	}
	advise("obj-1")
	if resp, _ := f.Page(t, "court", "GET", path, nil); resp.StatusCode != 404 {
		t.Errorf("the court, advised of another account's objection: %d, want 404", resp.StatusCode)
	}
	advise("obj-2")
	if resp, body := f.Page(t, "court", "GET", path, nil); resp.StatusCode != 200 || body != string(proof) {
		t.Errorf("the court, advised: %d", resp.StatusCode)
	}
	if _, page := f.Page(t, "court", "GET", "/cases/"+f.Own, nil); !strings.Contains(page, path) {
		t.Error("the court's case page does not offer the proof once advised")
	}
	as, err := f.AccessLog.Accesses(ctx, f.Own)
	if err != nil {
		t.Fatal(err)
	}
	by := map[string]bool{}
	for _, a := range as {
		if a.Via == "page:proof" {
			by[strings.SplitN(a.Actor, ":", 2)[0]] = true
		}
	}
	if !by["staff"] || !by["court"] || len(by) != 2 {
		t.Errorf("the access log records the proof shown to %v, want staff and the court", by)
	}
	if resp, _ := f.Page(t, "staff", "GET", "/cases/"+f.Own+"/proofs/"+strings.Repeat("0", 64), nil); resp.StatusCode != 404 {
		t.Errorf("no such proof: %d", resp.StatusCode)
	}
}
