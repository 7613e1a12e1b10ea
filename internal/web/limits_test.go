package web

import (
	"bytes"
	"net/url"
	"testing"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/web/portal"
	"github.com/writ-project/writ/internal/web/route"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestBodyLimits: a body over route.MaxBody is refused wherever a route has not
// declared more, and accepted where it has: the portal (attachments), the
// intake and reading an order (documents).
func TestBodyLimits(t *testing.T) {
	f := newFixture(t)
	tok := f.PortalLink(t)
	big := append([]byte("%PDF-1.4\n"), bytes.Repeat([]byte("0"), route.MaxBody+route.MaxBody/2)...)

	form := url.Values{"type": {"notice_sent"}, "at": {"2022-10-28"}, "account": {"konnoyukio@CmRUCE"},
		"note": {string(big)}, access.CSRFField: {f.CSRF(t, "staff")}}
	n := f.EventCount(t, f.Own)
	if resp, _ := f.Page(t, "staff", "POST", "/cases/"+f.Own+"/record", form); resp.StatusCode < 400 || resp.StatusCode > 499 {
		t.Errorf("a record form of %d bytes: %d, want a 4xx", len(big), resp.StatusCode)
	}
	if f.EventCount(t, f.Own) != n {
		t.Error("an oversized form recorded something")
	}

	text := append([]byte(webtest.SeedOrderText(t)), bytes.Repeat([]byte(" "), route.MaxBody)...)
	if code, body := f.Post(t, "staff", "/api/v1/orders/read", "text/plain", text); code != 200 {
		t.Errorf("reading an order of %d bytes: %d %.300s", len(text), code, body)
	}

	body, ctype := webtest.Submission(t, map[string]string{"kind": "objection", "text": "see the attachment"}, map[string][]byte{"evidence.pdf": append([]byte("%PDF-1.4\n"), bytes.Repeat([]byte("0"), portal.MaxFile-100)...)})
	if code, page := f.Portal(t, "POST", "/portal/"+tok, body, ctype); code != 200 {
		t.Errorf("an objection with an attachment of almost %d bytes: %d\n%.300s", portal.MaxFile, code, page)
	}
}
