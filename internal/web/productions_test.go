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
	// A release without the review page's confirmation is refused, and
	// shows the review instead.
	if resp, body := f.Page(t, "staff", "POST", casePage+"/release", form); resp.StatusCode != 422 || !strings.Contains(body, "Nothing was released") {
		t.Fatalf("release unconfirmed: %d\n%.500s", resp.StatusCode, body)
	}
	if _, body := f.Page(t, "counsel", "GET", casePage, nil); strings.Contains(body, "prod-1") {
		t.Fatal("a release unconfirmed reached counsel")
	}
	resp, review := f.Page(t, "staff", "GET", casePage+"/productions/prod-1/release", nil)
	if resp.StatusCode != 200 {
		t.Fatalf("the release's review: %d", resp.StatusCode)
	}
	for _, want := range []string{"konnoyukio@CmRUCE", "Aya@ay_chim0807", "Bates range", ".pdf", ".csv", `name="confirm" value="yes"`} {
		if !strings.Contains(review, want) {
			t.Errorf("the release's review lacks %q:\n%.3000s", want, review)
		}
	}
	if resp, _ := f.Page(t, "counsel", "GET", casePage+"/productions/prod-1/release", nil); resp.StatusCode != 403 {
		t.Errorf("counsel reach the release's review: %d", resp.StatusCode)
	}
	_, staffPage := f.Page(t, "staff", "GET", casePage, nil)
	bates := review[strings.Index(review, `<dd class="bates">`)+len(`<dd class="bates">`):]
	bates = bates[:strings.Index(bates, "<")]
	if !strings.Contains(bates, " to ") || !strings.Contains(staffPage, "<td>"+bates+"</td>") {
		t.Errorf("the productions table does not give the Bates range %q the review gives", bates)
	}
	if !strings.Contains(staffPage, "by staff (staff)") || !strings.Contains(staffPage, `/productions/prod-1/release"`) {
		t.Error("the productions table does not say who built prod-1, or offers no review of its release")
	}
	form.Set("confirm", "yes")
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
	// Staff see who released and who downloaded it; counsel see neither
	// name. Once downloaded it can no longer be voided from the page.
	_, body = f.Page(t, "staff", "GET", casePage, nil)
	prods := body[strings.Index(body, `id="productions"`):]
	if !strings.Contains(prods, "<p class=\"quiet\">by staff (staff)</p>") || !strings.Contains(prods, "counsel (counsel), ") {
		t.Errorf("the staff's productions table does not say who released and who downloaded:\n%.2000s", prods)
	}
	if strings.Contains(prods, `name="production" value="prod-1"><label>Reason`) {
		t.Error("a production counsel downloaded is offered to be voided")
	}
	_, body = f.Page(t, "counsel", "GET", casePage, nil)
	if strings.Contains(body, "staff (staff)") || strings.Contains(body, "counsel (counsel)") {
		t.Error("counsel's page names who acted")
	}
}

// TestVoidThroughThePages: staff void a built production from the case
// page, with a reason, which the page then shows; without one the void is
// refused.
func TestVoidThroughThePages(t *testing.T) {
	f := productionFixture(t)
	casePage := "/cases/" + f.Own
	for _, e := range []string{
		`{"type":"notice_sent","at":"2022-10-28","account":"konnoyukio@CmRUCE"}`,
		`{"type":"court_advised","at":"2022-11-15","on":["obj-1"]}`,
		`{"type":"ruling","at":"2022-12-05","on":["obj-1"],"outcome":"overruled"}`,
	} {
		if code, body := f.Do(t, "staff", "POST", "/api/v1/cases/"+f.Own+"/events", e); code != 201 {
			t.Fatalf("record %s: %d %s", e, code, body)
		}
	}
	form := url.Values{access.CSRFField: {f.CSRF(t, "staff")}}
	if resp, body := f.Page(t, "staff", "POST", casePage+"/produce", form); resp.StatusCode != 303 {
		t.Fatalf("build: %d\n%.500s", resp.StatusCode, body)
	}
	if _, body := f.Page(t, "staff", "GET", casePage, nil); !strings.Contains(body, `action="`+casePage+`/void"`) {
		t.Fatal("no void form for a production built")
	}
	form.Set("production", "prod-1")
	if resp, _ := f.Page(t, "staff", "POST", casePage+"/void", form); resp.StatusCode != 422 {
		t.Errorf("a void without a reason: %d; want 422", resp.StatusCode)
	}
	form.Set("reason", "built before the ruling was corrected")
	if resp, _ := f.Page(t, "counsel", "POST", casePage+"/void", url.Values{access.CSRFField: {f.CSRF(t, "counsel")}, "production": {"prod-1"}, "reason": {"x"}}); resp.StatusCode != 403 {
		t.Errorf("counsel void: %d; want 403", resp.StatusCode)
	}
	if resp, body := f.Page(t, "staff", "POST", casePage+"/void", form); resp.StatusCode != 303 {
		t.Fatalf("void: %d\n%.500s", resp.StatusCode, body)
	}
	_, body := f.Page(t, "staff", "GET", casePage, nil)
	if !strings.Contains(body, "built before the ruling was corrected") || strings.Contains(body, `/productions/prod-1/release"`) {
		t.Errorf("after the void the page does not say so, or still offers the release:\n%.2000s", body[strings.Index(body, `id="productions"`):])
	}
	form.Set("confirm", "yes")
	if resp, _ := f.Page(t, "staff", "POST", casePage+"/release", form); resp.StatusCode != 409 {
		t.Errorf("releasing a voided production: %d; want 409", resp.StatusCode)
	}
}
