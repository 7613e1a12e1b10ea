package pages

import (
	"bytes"
	"context"
	"html"
	"mime/multipart"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/production/pdf"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/testdeps"
	"github.com/writ-project/writ/internal/web/webtest"
)

// upload posts the intake form with a file, as staff.
func (f *fixture) upload(t *testing.T, who, name string, data []byte) (*http.Response, string) {
	t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	_ = w.WriteField(access.CSRFField, f.CSRF(t, who))
	part, _ := w.CreateFormFile("file", name)
	_, _ = part.Write(data)
	_ = w.Close()
	req, _ := http.NewRequest("POST", f.URL+"/intake", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	return f.Send(t, who, req)
}

// TestIntakeReadsTheOrder: staff upload the court's order as text; writ
// shows the text with each value read highlighted beside the proposed
// fields; a correction that leaves the order invalid is shown again with
// its problems and nothing is stored; the confirmed order opens the case
// and the very file is kept with it.
func TestIntakeReadsTheOrder(t *testing.T) {
	f := newFixture(t)
	text := webtest.SeedOrderText(t)
	resp, page := f.upload(t, "staff", "../../order 22-mc-80240.txt", []byte(text))
	if resp.StatusCode != 200 {
		t.Fatalf("upload: %d\n%.600s", resp.StatusCode, page)
	}
	for _, want := range []string{`<mark id="span-`, `Case number <input name="case_number" value="22-mc-80240-VKD"`, `action="/intake/confirm"`, "order 22-mc-80240.txt"} {
		if !strings.Contains(page, want) {
			t.Errorf("the review page lacks %q", want)
		}
	}
	// The marks are the text's own characters, in order: removing the
	// markup gives the text back.
	src := regexp.MustCompile(`(?s)<pre class="source"[^>]*>(.*?)</pre>`).FindStringSubmatch(page)
	if src == nil {
		t.Fatal("no source text on the review page")
	}
	plain := regexp.MustCompile(`</?mark[^>]*>`).ReplaceAllString(src[1], "")
	plain = html.UnescapeString(plain)
	if plain != text {
		t.Error("the highlighted text is not the text sent")
	}
	// The review's form as the page fills it, corrected as a person
	// would: a case number left out, then put back.
	form := formValues(t, page, "/intake/confirm")
	form.Set(access.CSRFField, f.CSRF(t, "staff"))

	before := len(f.cases(t))
	form.Set("case_number", "")
	resp, page = f.Page(t, "staff", "POST", "/intake/confirm", form)
	if resp.StatusCode != 422 || !strings.Contains(page, "not valid yet") || !strings.Contains(page, `<mark id="span-`) {
		t.Errorf("an invalid correction: %d", resp.StatusCode)
	}
	if len(f.cases(t)) != before {
		t.Fatal("an invalid order opened a case")
	}

	form.Set("case_number", "22-mc-80240-VKD")
	form.Set("again", "yes") // the fixture has the seed order open already (TestIntakeSameOrderAgain)
	resp, page = f.Page(t, "staff", "POST", "/intake/confirm", form)
	if resp.StatusCode != http.StatusSeeOther || !strings.HasPrefix(resp.Header.Get("Location"), "/cases/c-") {
		t.Fatalf("confirm: %d\n%.600s", resp.StatusCode, page)
	}
	id := strings.TrimPrefix(resp.Header.Get("Location"), "/cases/")
	c, err := f.Cases.Load(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	doc := c.Events[len(c.Events)-1]
	if doc.Type != matter.OrderDocument || doc.Note != "order 22-mc-80240.txt" {
		t.Fatalf("the document is recorded as %+v", doc)
	}
	if b, err := f.Cases.Store.Blob(context.Background(), id, doc.Digest); err != nil || string(b) != text {
		t.Errorf("the document kept is not the file sent: %v", err)
	}

	if resp, _ := f.upload(t, "counsel", "order.txt", []byte(text)); resp.StatusCode != 403 {
		t.Errorf("counsel take in an order: %d", resp.StatusCode)
	}
	if resp, _ := f.upload(t, "staff", "x.bin", []byte{0xff, 0xfe, 0x00, 0x01}); resp.StatusCode != http.StatusUnsupportedMediaType {
		t.Errorf("a binary file: %d", resp.StatusCode)
	}
}

// cases lists the cases, from the store.
func (f *fixture) cases(t *testing.T) []store.Case {
	t.Helper()
	all, err := f.Cases.Store.Cases(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return all
}

// TestIntakeReadsAPDF: the court's order as a PDF is read through its text
// layer; a PDF without one (a scan) gets the reader's plain refusal.
func TestIntakeReadsAPDF(t *testing.T) {
	testdeps.PDFToText(t)
	font, err := pdf.EmbeddedFont()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := webtest.SeedOrderDraft(t).PDF(font)
	if err != nil {
		t.Fatal(err)
	}
	f := newFixture(t)
	resp, page := f.upload(t, "staff", "order.pdf", doc)
	if resp.StatusCode != 200 || !strings.Contains(page, `<mark id="span-`) || !strings.Contains(page, "22-mc-80240-VKD") {
		t.Errorf("a PDF order: %d\n%.400s", resp.StatusCode, page)
	}
	blank := pdf.New(font, pdf.Options{})
	res, err := blank.Render(func(int, int) pdf.Footer { return pdf.Footer{} })
	if err != nil {
		t.Fatal(err)
	}
	resp, page = f.upload(t, "staff", "scan.pdf", res.PDF)
	if resp.StatusCode != 422 || !strings.Contains(page, "text layer") {
		t.Errorf("a PDF without text: %d\n%.1500s", resp.StatusCode, page)
	}
}
