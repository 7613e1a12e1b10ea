package notice

import (
	"bytes"
	"github.com/writ-project/writ/internal/testdeps"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/production/pdf"
)

func loadFont(t *testing.T) *pdf.Font {
	t.Helper()
	// The font writ embeds: nothing needs to be installed.
	f, err := pdf.EmbeddedFont()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// pdfText reads a PDF back with pdftotext: skipped without it locally,
// failed under CI.
func pdfText(t *testing.T, b []byte) string {
	t.Helper()
	tool := testdeps.PDFToText(t)
	path := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(strings.Fields(string(out)), " ")
}

// TestRenderOrder: when no court document was kept, the notice carries a
// PDF set from the order as entered: its caption and its operative words
// (the modifications, the requests, the conditions, the use restriction),
// marked on its first page and on every page as the platform's rendering,
// not the court's document. The same order gives the same bytes.
func TestRenderOrder(t *testing.T) {
	o, err := order.Parse(examples.SeedOrder())
	if err != nil {
		t.Fatal(err)
	}
	font := loadFont(t)
	a, err := RenderOrder(font, o, Both)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := RenderOrder(font, o, Both)
	if !bytes.Equal(a, b) {
		t.Error("the same order renders to different bytes")
	}
	if got := RenderingName(o); got != "order-22-mc-80240-VKD-rendering.pdf" {
		t.Errorf("name %q", got)
	}
	text := pdfText(t, a)
	for _, want := range []string{
		"a rendering by Twitter, Inc. of the order entered on October 13, 2022",
		"not the court's document",
		"裁判所が作成した文書そのものではありません",
		"UNITED STATES DISTRICT COURT", "NORTHERN DISTRICT OF CALIFORNIA", "SAN JOSE DIVISION",
		"IN RE EX PARTE APPLICATION OF HIDENORI TAKAGI, Applicant.", "Case No. 22-mc-80240-VKD",
		`to request only "documents sufficient to show" in place of "all documents showing."`,
		"ALL DOCUMENTS showing the following information ever registered with EACH ACCOUNT",
		"Within 10 calendar days of service of the subpoena and this order, Twitter shall notify",
		"Within 10 days of receipt of any such objections, Twitter shall so advise the Court.",
		"may be used only for purposes of the anticipated civil action or criminal complaint",
		"Dated: October 13, 2022", "VIRGINIA K. DEMARCHI", "United States Magistrate Judge",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the rendering does not say %q:\n%s", want, text)
		}
	}
	// In English only, no Japanese legend.
	en, err := RenderOrder(font, o, English)
	if err != nil {
		t.Fatal(err)
	}
	if text := pdfText(t, en); strings.Contains(text, "裁判所") || !strings.Contains(text, "not the court's document") {
		t.Errorf("the English rendering:\n%s", text)
	}
}
