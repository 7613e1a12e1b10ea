package portal

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"html"
	"log/slog"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/webtest"
)

// attachment is a small PDF an account holder attaches.
var attachment = []byte("%PDF-1.4\n% the holder's evidence ATTACHED-EVIDENCE\n%%EOF\n")

// blobOf is the name the store keeps a file under.
func blobOf(b []byte) string {
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// loggedFixture is portalFixture with what the portal logs kept in log.
func loggedFixture(t *testing.T, log *bytes.Buffer) (*webtest.Fixture, string) {
	t.Helper()
	f := webtest.New(t)
	p := &Portal{Cases: f.Cases, Tokens: f.PortalTokens, Now: func() time.Time { return webtest.Now }, Log: slog.New(slog.NewTextHandler(log, nil))}
	f.ServeRoutes(t, p.Routes())
	return f, f.PortalLink(t)
}

// TestPortalAttachmentKept: a holder's attachment is kept with the
// objection that names it, and with nothing else.
func TestPortalAttachmentKept(t *testing.T) {
	f, tok := portalFixture(t)
	body, ctype := webtest.Submission(t, map[string]string{"kind": "objection", "text": "I object."}, map[string][]byte{"evidence.pdf": attachment})
	code, page := f.Portal(t, "POST", "/portal/"+tok+"?lang=en", body, ctype)
	if code != http.StatusOK || !strings.Contains(page, "Received") {
		t.Fatalf("the objection with an attachment: %d\n%.500s", code, page)
	}
	ctx := context.Background()
	if got, err := f.Cases.Store.Blob(ctx, f.Own, blobOf(attachment)); err != nil || !bytes.Equal(got, attachment) {
		t.Errorf("the attachment is not kept: %v", err)
	}
	if last := f.Last(t, f.Own); last.Type != matter.ObjectionReceived || len(last.Attachments) != 1 || last.Attachments[0].SHA256 != blobOf(attachment) {
		t.Errorf("the objection does not name its attachment: %+v", last)
	}
	if _, orphans, err := f.Cases.Store.VerifyBlobs(ctx); err != nil || len(orphans) != 0 {
		t.Errorf("orphans %v, err %v", orphans, err)
	}
}

// TestPortalClosedCase: once staff have closed the case, the portal says
// so instead of offering forms; a submission sent all the same (a page
// left open) is refused with 409 and a page saying plainly that nothing
// was recorded and no file kept, and the store keeps neither an event nor
// the attachment. The log says why, naming the case and no person.
func TestPortalClosedCase(t *testing.T) {
	var log bytes.Buffer
	f, tok := loggedFixture(t, &log)
	ctx := context.Background()
	if _, err := f.Cases.Record(ctx, f.Own, matter.Event{Type: matter.CaseClosed, At: webtest.Now.Add(-time.Hour)}, ""); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string]string{
		"en": "The platform closed this case on 2026-11-26: this page takes no more objections or notices of motions.",
		"ja": "プラットフォームは、2026年11月26日にこの事件を終了しました。このページから異議を申し立て、又は申立てをお知らせいただくことは、もうできません。",
	} {
		code, page := f.Portal(t, "GET", "/portal/"+tok+"?lang="+lang, nil, "")
		page = html.UnescapeString(page)
		if code != http.StatusOK || !strings.Contains(page, want) || strings.Contains(page, "<form") {
			t.Errorf("%s: the page of a closed case: %d; want it to say %q and offer no form\n%.1500s", lang, code, want, page)
		}
	}
	n := f.EventCount(t, f.Own)
	for lang, want := range map[string][]string{
		"en": {"The platform closed this case", "What you sent was not recorded, and no file you attached was kept.", "CLOSED-CASE-OBJECTION"},
		"ja": {"プラットフォームは、2026年11月26日にこの事件を終了しました。", "送信された内容は記録されておらず、添付されたファイルも保存されていません。", "CLOSED-CASE-OBJECTION"},
	} {
		body, ctype := webtest.Submission(t, map[string]string{"kind": "objection", "text": "CLOSED-CASE-OBJECTION"}, map[string][]byte{"evidence.pdf": attachment})
		code, page := f.Portal(t, "POST", "/portal/"+tok+"?lang="+lang, body, ctype)
		page = html.UnescapeString(page)
		if code != http.StatusConflict {
			t.Errorf("%s: an objection to a closed case: %d, want 409\n%.1500s", lang, code, page)
		}
		for _, s := range want {
			if !strings.Contains(page, s) {
				t.Errorf("%s: the answer does not say %q\n%.1500s", lang, s, page)
			}
		}
	}
	if f.EventCount(t, f.Own) != n {
		t.Error("an objection to a closed case was recorded")
	}
	if _, err := f.Cases.Store.Blob(ctx, f.Own, blobOf(attachment)); !fault.Is(err, fault.NotFound) {
		t.Errorf("the attachment sent to a closed case is kept (Blob: %v)", err)
	}
	if _, orphans, err := f.Cases.Store.VerifyBlobs(ctx); err != nil || len(orphans) != 0 {
		t.Errorf("orphans %v, err %v", orphans, err)
	}
	if _, err := f.PortalTokens.LookupToken(ctx, tok, webtest.Now); err != nil {
		t.Errorf("the refused submission used the link up: %v", err)
	}
	logged := log.String()
	if !strings.Contains(logged, f.Own) || !strings.Contains(logged, "refused") {
		t.Errorf("the log does not say which case refused the submission:\n%s", logged)
	}
	for _, personal := range []string{"konnoyukio", "CmRUCE", "127.0.0.1", "CLOSED-CASE-OBJECTION", "evidence.pdf", tok} {
		if strings.Contains(logged, personal) {
			t.Errorf("the log holds %q:\n%s", personal, logged)
		}
	}
}

// TestPortalClosedWhileOpen: a case closed after the portal read it and
// before the submission is recorded (staff close it in that instant) is
// refused the same way: the record, tried again on the case as it now
// stands, is refused, and the file is not kept.
func TestPortalClosedWhileOpen(t *testing.T) {
	f := webtest.New(t)
	ctx := context.Background()
	closing := &closingStore{Store: f.Cases.Store, close: func() {
		if _, err := f.Cases.Record(ctx, f.Own, matter.Event{Type: matter.CaseClosed, At: webtest.Now.Add(-time.Hour)}, ""); err != nil {
			t.Error(err)
		}
	}}
	svc := &cases.Service{Store: closing, Now: f.Cases.Now, Actor: f.Cases.Actor}
	p := &Portal{Cases: svc, Tokens: f.PortalTokens, Now: func() time.Time { return webtest.Now }, Log: f.Log}
	f.ServeRoutes(t, p.Routes())
	tok := f.PortalLink(t)
	n := f.EventCount(t, f.Own)
	body, ctype := webtest.Submission(t, map[string]string{"kind": "objection", "text": "I object."}, map[string][]byte{"evidence.pdf": attachment})
	code, page := f.Portal(t, "POST", "/portal/"+tok+"?lang=en", body, ctype)
	if code != http.StatusConflict || !strings.Contains(page, "What you sent was not recorded, and no file you attached was kept.") {
		t.Errorf("an objection to a case closed meanwhile: %d\n%.1500s", code, page)
	}
	if !closing.closed {
		t.Fatal("the case was never closed under the portal")
	}
	if f.EventCount(t, f.Own) != n+1 { // the closing alone
		t.Error("an objection to a closed case was recorded")
	}
	if _, err := f.Cases.Store.Blob(ctx, f.Own, blobOf(attachment)); !fault.Is(err, fault.NotFound) {
		t.Errorf("the attachment sent to a closed case is kept (Blob: %v)", err)
	}
}

// closingStore closes the case (through another writer) just before the
// first objection is appended: the objection's append then finds the case
// moved on.
type closingStore struct {
	store.Store
	close  func()
	closed bool
}

func (c *closingStore) Append(ctx context.Context, caseID string, expectedSeq int64, key string, events ...store.NewEvent) ([]store.Event, error) {
	if !c.closed && len(events) == 1 && events[0].Type == string(matter.ObjectionReceived) {
		c.closed = true
		c.close()
	}
	return c.Store.Append(ctx, caseID, expectedSeq, key, events...)
}

// TestPortalSentTwice: a submission made with a link whose submission is
// already recorded (two sent at once: the other came first) is told the
// link is used, with 409, and nothing more is stored.
func TestPortalSentTwice(t *testing.T) {
	f, tok := portalFixture(t)
	ctx := context.Background()
	first := matter.Event{Type: matter.ObjectionReceived, At: webtest.Now, Actor: "portal:" + store.TokenHash(tok)[:16], Account: "konnoyukio@CmRUCE", Note: "the first"}
	if _, err := f.Cases.Record(ctx, f.Own, first, "portal-"+store.TokenHash(tok)); err != nil {
		t.Fatal(err)
	}
	n := f.EventCount(t, f.Own)
	body, ctype := webtest.Submission(t, map[string]string{"kind": "objection", "text": "the second"}, map[string][]byte{"evidence.pdf": attachment})
	code, page := f.Portal(t, "POST", "/portal/"+tok+"?lang=en", body, ctype)
	if code != http.StatusConflict || !strings.Contains(page, "This link does not open the portal") {
		t.Errorf("a second submission with the link: %d\n%.800s", code, page)
	}
	if f.EventCount(t, f.Own) != n {
		t.Error("the second submission was recorded")
	}
	if _, err := f.Cases.Store.Blob(ctx, f.Own, blobOf(attachment)); !fault.Is(err, fault.NotFound) {
		t.Errorf("the second submission's attachment is kept (Blob: %v)", err)
	}
}

// hiddenFields are the hidden inputs of a page's form, as a browser sends
// them back.
func hiddenFields(t *testing.T, page string) map[string]string {
	t.Helper()
	out := map[string]string{}
	// The first form: the one that sends.
	if i := strings.Index(page, "<form"); i >= 0 {
		page = page[i:]
		if j := strings.Index(page, "</form>"); j >= 0 {
			page = page[:j]
		}
	}
	for _, m := range regexp.MustCompile(`<input type="hidden" name="([^"]+)" value="([^"]*)">`).FindAllStringSubmatch(page, -1) {
		out[m[1]] = html.UnescapeString(m[2])
	}
	return out
}

// TestPortalReviewBeforeSending: the holder sees what will be sent (the
// text, each file with its size and SHA-256, whether they ask that it be
// filed under seal) before anything is recorded or kept; sending it from
// that page records exactly that, files included, and the receipt shows
// what was sent and when.
func TestPortalReviewBeforeSending(t *testing.T) {
	f, tok := portalFixture(t)
	ctx := context.Background()
	before := f.Last(t, f.Own)
	text := "I object: the posts are mine and were lawful criticism."
	body, ctype := webtest.Submission(t, map[string]string{"kind": "objection", "text": text, "seal": "on", "step": "review"},
		map[string][]byte{"evidence.pdf": attachment})
	code, page := f.Portal(t, "POST", "/portal/"+tok+"?lang=en", body, ctype)
	plain := html.UnescapeString(page)
	for _, want := range []string{"Check what you are sending", text, "evidence.pdf", blobOf(attachment), "You ask us to ask the court to file your objection under seal."} {
		if !strings.Contains(plain, want) {
			t.Errorf("the review page lacks %q", want)
		}
	}
	if code != http.StatusOK {
		t.Fatalf("review: %d\n%.1500s", code, page)
	}
	if last := f.Last(t, f.Own); last.Seq != before.Seq {
		t.Fatalf("the review recorded an event: %+v", last)
	}
	if _, err := f.Cases.Store.Blob(ctx, f.Own, blobOf(attachment)); err == nil {
		t.Fatal("the review kept the attachment")
	}

	fields := hiddenFields(t, page)
	if fields["step"] != "send" || fields["text"] != text {
		t.Fatalf("the review's form does not carry the submission: %v", fields)
	}
	body, ctype = webtest.Submission(t, fields, nil)
	code, page = f.Portal(t, "POST", "/portal/"+tok+"?lang=en", body, ctype)
	plain = html.UnescapeString(page)
	if code != http.StatusOK || !strings.Contains(plain, "Received") {
		t.Fatalf("send: %d\n%.1500s", code, page)
	}
	for _, want := range []string{text, "evidence.pdf", "You asked us to ask the court to file your objection under seal."} {
		if !strings.Contains(plain, want) {
			t.Errorf("the receipt lacks %q", want)
		}
	}
	last := f.Last(t, f.Own)
	if last.Type != matter.ObjectionReceived || last.Note != text || !last.SealRequested || len(last.Attachments) != 1 || last.Attachments[0].Name != "evidence.pdf" {
		t.Errorf("recorded %+v", last)
	}
	if got, err := f.Cases.Store.Blob(ctx, f.Own, blobOf(attachment)); err != nil || !bytes.Equal(got, attachment) {
		t.Errorf("the attachment sent from the review is not kept: %v", err)
	}
}

// TestPortalReviewRefusesAlteredFiles: a file carried by the review page
// whose content no longer matches the SHA-256 the holder was shown is
// refused, and nothing is recorded.
func TestPortalReviewRefusesAlteredFiles(t *testing.T) {
	f, tok := portalFixture(t)
	before := f.Last(t, f.Own)
	body, ctype := webtest.Submission(t, map[string]string{"kind": "objection", "text": "I object.", "step": "review"},
		map[string][]byte{"evidence.pdf": attachment})
	_, page := f.Portal(t, "POST", "/portal/"+tok+"?lang=en", body, ctype)
	fields := hiddenFields(t, page)
	if fields["file_data"] == "" {
		t.Fatalf("the review carries no file: %v", fields)
	}
	fields["file_data"] = base64.StdEncoding.EncodeToString([]byte("%PDF-1.4\n% another file\n%%EOF\n"))
	body, ctype = webtest.Submission(t, fields, nil)
	code, _ := f.Portal(t, "POST", "/portal/"+tok+"?lang=en", body, ctype)
	if code == http.StatusOK {
		t.Error("an altered file was taken")
	}
	if last := f.Last(t, f.Own); last.Seq != before.Seq {
		t.Errorf("recorded %+v", last)
	}
}
