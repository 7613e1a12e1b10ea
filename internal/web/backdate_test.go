package web

import (
	"os"
	"strings"
	"testing"
)

// TestNoBackdatedDisclosureAPI reproduces the finding of issue 11 through
// the API: with the objection of 2022-11-08 overruled and a second one,
// dated 2022-11-20, recorded today and pending, neither a build "as of"
// 2022-11-16 nor a build and a release recorded through the events route
// with earlier dates may go through.
func TestNoBackdatedDisclosureAPI(t *testing.T) {
	f := productionFixture(t)
	events := "/api/v1/cases/" + f.Own + "/events"
	prods := "/api/v1/cases/" + f.Own + "/productions"
	for _, e := range []string{
		`{"type":"notice_sent","at":"2022-10-21","account":"konnoyukio@CmRUCE"}`,
		`{"type":"ruling","at":"2022-11-10","on":["obj-1"],"outcome":"overruled"}`,
		`{"type":"objection_received","at":"2022-11-20","account":"Aya@ay_chim0807"}`,
	} {
		if code, body := f.Do(t, "staff", "POST", events, e); code != 201 {
			t.Fatalf("record %s: %d %s", e, code, body)
		}
	}
	if code, body := f.Do(t, "staff", "POST", prods, `{"now":"2022-11-16"}`); code == 201 {
		t.Errorf("a production as of 2022-11-16 was built while an objection is pending: %s", body)
	}
	if entries, _ := os.ReadDir(f.server.Production.Dir + "/" + f.Own); len(entries) != 0 {
		t.Errorf("a refused build left %d entries in the package folder", len(entries))
	}
	if code, body := f.Do(t, "staff", "POST", events, `{"type":"production_built","at":"2022-11-16","id":"prod-9","accounts":["konnoyukio@CmRUCE","Aya@ay_chim0807"]}`); code == 201 {
		t.Errorf("a build dated 2022-11-16 was recorded: %s", body)
	}
	if code, body := f.Do(t, "staff", "POST", events, `{"type":"production_released","at":"2022-11-17","on":["prod-9"]}`); code == 201 {
		t.Errorf("a release dated 2022-11-17 was recorded: %s", body)
	}
	if _, body := f.Do(t, "staff", "GET", events, ""); strings.Contains(body, "production_") {
		t.Errorf("the log holds a production: %s", body)
	}
}
