package api

import (
	"context"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestActsNameTheSignedInUser: building, releasing and downloading done by
// signed-in staff are recorded as theirs, and every download, by anyone,
// is an event and a line of the access log.
func TestActsNameTheSignedInUser(t *testing.T) {
	f := productionFixture(t)
	f.openGate(t)
	prods := "/api/v1/cases/" + f.Own + "/productions"
	if code, body := f.Do(t, "staff", "POST", prods, `{}`); code != 201 {
		t.Fatalf("produce: %d %s", code, body)
	}
	if code, body := f.Do(t, "staff", "POST", prods+"/prod-1/release", ``); code != 200 {
		t.Fatalf("release: %d %s", code, body)
	}
	if code, _ := f.Do(t, "staff", "GET", prods+"/prod-1/package.tar.gz", ""); code != 200 {
		t.Fatalf("staff's download: %d", code)
	}
	staff, _ := f.Users.UserByEmail(context.Background(), "staff@example.com")
	want := "staff:" + staff.ID
	var acts []string
	for _, e := range f.Events(t, f.Own) {
		if strings.HasPrefix(e.Type, "production_") {
			acts = append(acts, e.Type)
			if e.Actor != want {
				t.Errorf("%s names %q; want the signed-in user %q", e.Type, e.Actor, want)
			}
			if e.Type == "production_downloaded" && !strings.Contains(string(e.Payload), `"by":"provider"`) {
				t.Errorf("the staff's download is not marked as the provider's: %s", e.Payload)
			}
		}
	}
	if strings.Join(acts, ",") != "production_built,production_released,production_downloaded" {
		t.Errorf("acts recorded: %v", acts)
	}
	l, _ := store.AccessLogOf(f.Cases.Store)
	as, err := l.Accesses(context.Background(), f.Own)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, a := range as {
		found = found || (a.Via == "download:production" && a.Actor == want)
	}
	if !found {
		t.Errorf("the staff's download is not in the access log: %+v", as)
	}
}

// TestIdempotencyKeyAPI: a key reused with another request is refused
// (422, naming the key); the same request again returns the first event.
func TestIdempotencyKeyAPI(t *testing.T) {
	f := newFixture(t)
	events := "/api/v1/cases/" + f.Own + "/events"
	a := `{"type":"notice_sent","at":"2022-10-28","account":"konnoyukio@CmRUCE"}`
	code1, body1 := f.DoKey(t, "staff", "POST", events, "key-7", a)
	code2, body2 := f.DoKey(t, "staff", "POST", events, "key-7", a)
	if code1 != 201 || code2 != 201 || body1 != body2 {
		t.Fatalf("the same request twice: %d %d\n%s\n%s", code1, code2, body1, body2)
	}
	n := len(f.Events(t, f.Own))
	code, body := f.DoKey(t, "staff", "POST", events, "key-7", `{"type":"notice_sent","at":"2022-10-21","account":"konnoyukio@CmRUCE"}`)
	if code != 422 || !strings.Contains(body, "key-7") || !strings.Contains(body, "Idempotency") && !strings.Contains(body, "idempotency") {
		t.Errorf("the key with another request: %d %s; want 422 naming the key", code, body)
	}
	if len(f.Events(t, f.Own)) != n {
		t.Error("the refused request stored an event")
	}
}

// TestModifiedRulingCannotWiden: a ruling that modifies the subpoena may
// only narrow the order in force; one that adds categories is refused,
// naming each, and nothing is stored.
func TestModifiedRulingCannotWiden(t *testing.T) {
	f := newFixture(t)
	c, _ := f.Cases.Load(context.Background(), f.Own)
	wider := *c.Order
	wider.Requests = append(wider.Requests[:0:0], c.Order.Requests...)
	wider.Requests[0].Categories = append(append([]order.Category(nil), wider.Requests[0].Categories...), order.Content, order.DeviceIDs, order.AccountCreation)
	n := len(f.Events(t, f.Own))
	code, body := f.Do(t, "court", "POST", "/api/v1/cases/"+f.Own+"/events",
		`{"type":"ruling","at":"2022-12-05","on":["obj-1"],"outcome":"modified","order":`+webtest.MustJSON(t, wider)+`}`)
	if code != 409 {
		t.Fatalf("a widening modification: %d %s; want 409", code, body)
	}
	for _, cat := range []string{"content", "device_ids", "account_creation"} {
		if !strings.Contains(body, cat) {
			t.Errorf("the refusal does not name %s: %s", cat, body)
		}
	}
	if len(f.Events(t, f.Own)) != n {
		t.Error("the refused ruling was stored")
	}
}

// TestStaffCannotAcknowledgeForCounsel: the acknowledgment of the use
// restriction is counsel's own act; staff may not record it for them.
func TestStaffCannotAcknowledgeForCounsel(t *testing.T) {
	f := newFixture(t)
	if code, body := f.Do(t, "staff", "POST", "/api/v1/cases/"+f.Own+"/events", `{"type":"use_acknowledged","at":"2026-11-26"}`); code != 403 {
		t.Errorf("staff acknowledged for the applicant: %d %s", code, body)
	}
	if code, body := f.Do(t, "counsel", "POST", "/api/v1/cases/"+f.Own+"/events", `{"type":"use_acknowledged","at":"2026-11-26"}`); code != 201 {
		t.Errorf("counsel acknowledge: %d %s", code, body)
	}
}
