package web

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestPortal: the link opens a page for its account alone, in Japanese or
// English, with the deadlines and their countdown; a bad attachment is
// refused and changes nothing; an objection with an attachment is recorded,
// receipted, and uses the link up; the applicant's counsel learns nothing
// of it.
func TestPortal(t *testing.T) {
	f := newFixture(t)
	tok := f.PortalLink(t)
	code, page := f.Portal(t, "GET", "/portal/"+tok+"?lang=ja", nil, "")
	if code != 200 {
		t.Fatalf("GET the portal: %d\n%.500s", code, page)
	}
	for _, want := range []string{`lang="ja"`, "異議申立て", "konnoyukio@CmRUCE", "月曜日 2026-12-14", "あと18日", "22-mc-80240-VKD"} {
		if !strings.Contains(page, want) {
			t.Errorf("the Japanese portal page lacks %q", want)
		}
	}
	for _, secret := range []string{"Aya", "ay_chim0807", "SECRET-OBJECTION-TEXT"} {
		if strings.Contains(page, secret) {
			t.Errorf("the portal of konnoyukio@CmRUCE shows %q (another account holder)", secret)
		}
	}
	if _, en := f.Portal(t, "GET", "/portal/"+tok+"?lang=en", nil, ""); !strings.Contains(en, "Monday 2026-12-14") || !strings.Contains(en, "18 days left") {
		t.Error("the English portal page lacks the deadline or its countdown")
	}

	before := f.EventCount(t, f.Own)
	for name, tc := range map[string]struct {
		fields map[string]string
		files  map[string][]byte
		status int
	}{
		"an HTML attachment":  {map[string]string{"kind": "objection", "text": "no"}, map[string][]byte{"x.pdf": []byte("<html><script>alert(1)</script></html>")}, 415},
		"an oversized file":   {map[string]string{"kind": "objection", "text": "no"}, map[string][]byte{"big.pdf": append([]byte("%PDF-1.4\n"), make([]byte, 3<<20)...)}, 413},
		"no text":             {map[string]string{"kind": "objection", "text": "  "}, nil, 422},
		"a motion, no docket": {map[string]string{"kind": "motion"}, nil, 422},
		"an unknown kind":     {map[string]string{"kind": "ruling", "text": "x"}, nil, 422},
		"four files": {map[string]string{"kind": "objection", "text": "x"}, map[string][]byte{"a.txt": []byte("a"), "b.txt": []byte("b"),
			"c.txt": []byte("c"), "d.txt": []byte("d")}, 422},
	} {
		body, ctype := webtest.Submission(t, tc.fields, tc.files)
		if code, page := f.Portal(t, "POST", "/portal/"+tok, body, ctype); code != tc.status {
			t.Errorf("%s: %d, want %d\n%.300s", name, code, tc.status, page)
		}
	}
	if n := f.EventCount(t, f.Own); n != before {
		t.Fatalf("refused submissions recorded %d events", n-before)
	}

	pdf := []byte("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n")
	body, ctype := webtest.Submission(t, map[string]string{"kind": "objection", "text": "私は開示に異議を申し立てます。PORTAL-OBJECTION"},
		map[string][]byte{`..\..\evidence.pdf`: pdf})
	code, receipt := f.Portal(t, "POST", "/portal/"+tok+"?lang=ja", body, ctype)
	if code != 200 || !strings.Contains(receipt, "受け付けました") || !strings.Contains(receipt, "受付番号") {
		t.Fatalf("the objection: %d\n%.800s", code, receipt)
	}
	c, _ := f.Cases.Load(context.Background(), f.Own)
	e := c.Events[len(c.Events)-1]
	if e.Type != matter.ObjectionReceived || e.Account != "konnoyukio@CmRUCE" || !strings.Contains(e.Note, "PORTAL-OBJECTION") ||
		len(e.Attachments) != 1 || e.Attachments[0].Name != "evidence.pdf" || e.Attachments[0].Type != "application/pdf" {
		t.Fatalf("recorded %+v", e)
	}
	if b, err := f.Cases.Store.Blob(context.Background(), f.Own, e.Attachments[0].SHA256); err != nil || !bytes.Equal(b, pdf) {
		t.Errorf("the attachment is not kept: %v", err)
	}
	if !strings.Contains(receipt, "evidence.pdf") || !strings.Contains(receipt, f.Own+"/") {
		t.Error("the receipt does not name the attachment or the reference")
	}
	// Staff read the attachment from the case page; the court not before
	// it is advised of the objection; counsel never.
	link := "/cases/" + f.Own + "/attachments/" + e.Attachments[0].SHA256
	if _, page := f.Page(t, "staff", "GET", "/cases/"+f.Own, nil); !strings.Contains(page, link) {
		t.Error("the staff's case page does not offer the attachment")
	}
	if resp, body := f.Page(t, "staff", "GET", link, nil); resp.StatusCode != 200 || body != string(pdf) ||
		resp.Header.Get("Content-Type") != "application/pdf" || !strings.HasPrefix(resp.Header.Get("Content-Disposition"), "attachment;") {
		t.Errorf("staff download the attachment: %d %q %q", resp.StatusCode, resp.Header.Get("Content-Type"), resp.Header.Get("Content-Disposition"))
	}
	for _, who := range []string{"court", "counsel", "staff-elsewhere"} {
		if resp, _ := f.Page(t, who, "GET", link, nil); resp.StatusCode == 200 {
			t.Errorf("%s downloads the attachment of an objection not advised to the court", who)
		}
	}
	// The advise-court duty: 10 days from receipt on Thursday 2026-11-26
	// is Sunday 2026-12-06, so Monday 2026-12-07 (Rule 6(a)(1)(C)).
	_, show := f.Do(t, "staff", "GET", "/api/v1/cases/"+f.Own, "")
	if !strings.Contains(show, `"due":"2026-12-07"`) {
		t.Errorf("no advise-court duty due 2026-12-07 after the objection:\n%.1500s", show)
	}
	for _, path := range []string{"/cases/" + f.Own} {
		if _, page := f.Page(t, "counsel", "GET", path, nil); strings.Contains(page, "PORTAL-OBJECTION") || strings.Contains(page, "konnoyukio") {
			t.Errorf("counsel's %s shows the objection or its author", path)
		}
	}
	if _, api := f.Do(t, "counsel", "GET", "/api/v1/cases/"+f.Own, ""); strings.Contains(api, "PORTAL-OBJECTION") || strings.Contains(api, "konnoyukio") {
		t.Error("counsel's API answer shows the objection or its author")
	}

	if _, page := f.Page(t, "staff", "GET", "/cases/"+f.Own, nil); !strings.Contains(page, "Portal links") || strings.Contains(page, tok) {
		t.Error("the staff's case page does not list the portal link issued, or shows its token")
	}
	if _, page := f.Page(t, "counsel", "GET", "/cases/"+f.Own, nil); strings.Contains(page, "Portal links") {
		t.Error("counsel see the portal links")
	}
	// The link is used up: it now gets the plain refusal.
	n := f.EventCount(t, f.Own)
	if code, _ := f.Portal(t, "GET", "/portal/"+tok, nil, ""); code != 404 {
		t.Errorf("a used link: %d, want 404", code)
	}
	body, ctype = webtest.Submission(t, map[string]string{"kind": "objection", "text": "again"}, nil)
	if code, _ := f.Portal(t, "POST", "/portal/"+tok, body, ctype); code != 404 {
		t.Errorf("a second submission with a used link: %d, want 404", code)
	}
	if f.EventCount(t, f.Own) != n {
		t.Error("a used link recorded something")
	}
}
