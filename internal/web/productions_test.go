package web

import (
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/web/productions"
	"github.com/writ-project/writ/internal/web/webtest"
)

// productionFixture is the access fixture with a demo platform to produce
// from; it needs Debian's font for the PDFs (skipped locally without it,
// required in CI).
func productionFixture(t *testing.T) *fixture {
	t.Helper()
	platform := webtest.Platform(t)
	return newFixture(t, func(s *Server) {
		s.Production = &productions.Packages{Dir: filepath.Join(t.TempDir(), "packages"), Source: platform}
	})
}

// TestProductionsThroughThePages: staff build and release from the case
// page once the order allows it; counsel then see the production, and the
// download link only after acknowledging the use restriction.
func TestProductionsThroughThePages(t *testing.T) {
	f := productionFixture(t)
	casePage := "/cases/" + f.Own
	if _, body := f.Page(t, "staff", "GET", casePage, nil); strings.Contains(body, "Build the production") {
		t.Error("the build is offered while the gate is closed")
	}
	for _, e := range []string{
		`{"type":"notice_sent","at":"2022-10-28","account":"konnoyukio@CmRUCE"}`,
		`{"type":"court_advised","at":"2022-11-15","on":["obj-1"]}`,
		`{"type":"ruling","at":"2022-12-05","on":["obj-1"],"outcome":"overruled"}`,
	} {
		if code, body := f.Do(t, "staff", "POST", "/api/v1/cases/"+f.Own+"/events", e); code != 201 {
			t.Fatalf("record %s: %d %s", e, code, body)
		}
	}
	if _, body := f.Page(t, "staff", "GET", casePage, nil); !strings.Contains(body, "Build the production") {
		t.Fatal("the build is not offered once the gate is open")
	}
	form := url.Values{access.CSRFField: {f.CSRF(t, "staff")}}
	if resp, body := f.Page(t, "staff", "POST", casePage+"/produce", form); resp.StatusCode != 303 {
		t.Fatalf("build: %d\n%.500s", resp.StatusCode, body)
	}
	if _, body := f.Page(t, "counsel", "GET", casePage, nil); strings.Contains(body, "prod-1") {
		t.Error("counsel see a production before its release")
	}
	form.Set("production", "prod-1")
	if resp, body := f.Page(t, "staff", "POST", casePage+"/release", form); resp.StatusCode != 303 {
		t.Fatalf("release: %d\n%.500s", resp.StatusCode, body)
	}
	_, body := f.Page(t, "counsel", "GET", casePage, nil)
	if !strings.Contains(body, "prod-1") || strings.Contains(body, "package.tar.gz") {
		t.Errorf("counsel after release, before acknowledging:\n%.800s", body)
	}
	ack := url.Values{access.CSRFField: {f.CSRF(t, "counsel")}, "type": {"use_acknowledged"}, "at": {"2026-11-26"}, "key": {"form-acknowledge"}}
	f.Page(t, "counsel", "POST", casePage+"/record", ack)
	if _, body := f.Page(t, "counsel", "GET", casePage, nil); !strings.Contains(body, "package.tar.gz") {
		t.Error("no download link for counsel after acknowledging")
	}
	if resp, _ := f.Page(t, "counsel", "GET", "/api/v1/cases/"+f.Own+"/productions/prod-1/package.tar.gz", nil); resp.StatusCode != 200 {
		t.Errorf("counsel's download by cookie: %d", resp.StatusCode)
	}
}
