package letter

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/production"
	"github.com/writ-project/writ/internal/production/pdf"
)

func seed(t *testing.T) *order.Order {
	t.Helper()
	o, err := order.Parse(examples.SeedOrder())
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func input(t *testing.T, mode Mode) Input {
	return Input{Order: seed(t), Objection: "obj-1", Account: "Aya@ay_chim0807", Received: courttime.D(2022, 11, 8),
		Due: courttime.D(2022, 11, 18), Day: courttime.D(2022, 11, 10), Mode: mode,
		Summary: "The holder says the post was true and that disclosure would expose them to retaliation.",
		Text:    "I object. 私は開示に反対します。SEALED-TEXT", Attachments: []string{"evidence.pdf"}}
}

// TestDraft: the letter cites the order's date and its 10 days, names the
// objection and the account as the subpoena does, and gives either the
// summary or, under seal, the text; never both.
func TestDraft(t *testing.T) {
	l, err := Draft(nil, input(t, Summary))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Twitter, Inc.\nNovember 10, 2022", "The Honorable Virginia K. DeMarchi", "Dear Judge DeMarchi:",
		"Case No. 22-mc-80240-VKD", "order of October 13, 2022", "within 10 days of receipt", "on November 8, 2022 it received",
		"(reference obj-1)", "identified in the subpoena as Aya@ay_chim0807", "disclosure would expose them to retaliation", "will not disclose it"} {
		if !strings.Contains(l.Text, want) {
			t.Errorf("the letter lacks %q:\n%s", want, l.Text)
		}
	}
	if strings.Contains(l.Text, "SEALED-TEXT") || l.Exhibit != "" {
		t.Error("a summary letter carries the objection's text")
	}
	s, err := Draft(nil, input(t, Sealed))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(s.Text, "SEALED-TEXT") || strings.Contains(s.Text, "retaliation") || !strings.Contains(s.Text, "Exhibit A, which Twitter, Inc. lodges under seal") {
		t.Errorf("the sealed letter:\n%s", s.Text)
	}
	if !strings.HasPrefix(s.Exhibit, "EXHIBIT A: FILED UNDER SEAL") || !strings.Contains(s.Exhibit, "SEALED-TEXT") || !strings.Contains(s.Exhibit, "evidence.pdf") {
		t.Errorf("the exhibit:\n%s", s.Exhibit)
	}
	// The preserving and withholding the letter states come from the order's
	// hold; an order without one does not make the letter claim it.
	noHold := input(t, Summary)
	o := *noHold.Order
	o.Conditions = nil
	for _, c := range noHold.Order.Conditions {
		if c.Act != order.PreserveNotDisclose {
			o.Conditions = append(o.Conditions, c)
		}
	}
	noHold.Order = &o
	if l, err := Draft(nil, noHold); err != nil {
		t.Errorf("a letter under an order without a hold: %v", err)
	} else if strings.Contains(l.Text, "As the order requires") || !strings.Contains(l.Text, "awaits the Court's direction") {
		t.Errorf("a letter under an order without a hold:\n%s", l.Text)
	}
	for name, in := range map[string]Input{
		"no summary":     func() Input { i := input(t, Summary); i.Summary = " "; return i }(),
		"nothing sealed": func() Input { i := input(t, Sealed); i.Text = ""; return i }(),
		"unknown mode":   func() Input { i := input(t, "email"); return i }(),
	} {
		if _, err := Draft(nil, in); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestDraftPDF: the PDF holds the letter and the exhibit, Japanese
// included, and the same draft gives the same bytes.
func TestDraftPDF(t *testing.T) {
	ttf, err := os.ReadFile(production.DefaultFontPath)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("the CJK font is missing: .ci/run must install fonts-ipaexfont-gothic")
		}
		t.Skip("apt-get install fonts-ipaexfont-gothic to test the letter's PDF")
	}
	font, err := pdf.LoadFont(ttf)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Draft(font, input(t, Sealed))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Draft(font, input(t, Sealed))
	if !bytes.Equal(a.PDF, b.PDF) {
		t.Error("the same draft gives different PDFs")
	}
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pdftotext is missing: .ci/run must install poppler-utils")
		}
		t.Skip("apt-get install poppler-utils to read the letter's PDF back")
	}
	path := filepath.Join(t.TempDir(), "letter.pdf")
	if err := os.WriteFile(path, a.PDF, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-layout", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	for _, want := range []string{"Dear Judge DeMarchi:", "22-mc-80240-VKD", "EXHIBIT A: FILED UNDER SEAL", "私は開示に反対します。"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF's text lacks %q", want)
		}
	}
}

// TestDraftSaysWhetherInTime: the letter says when notice was given to the
// objector and whether the objection came within the time to object; a
// late one is brought to the Court all the same (issue 11).
func TestDraftSaysWhetherInTime(t *testing.T) {
	in := input(t, Summary)
	// Notice Friday 2022-10-28: 21 days is Friday 2022-11-18.
	in.Noticed, in.WindowCloses, in.Late = courttime.D(2022, 10, 28), courttime.D(2022, 11, 18), false
	l, err := Draft(nil, in)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"notice on October 28, 2022", "until the end of November 18, 2022", "within that time"} {
		if !strings.Contains(l.Text, want) {
			t.Errorf("the letter lacks %q:\n%s", want, l.Text)
		}
	}
	in.Received, in.Late = courttime.D(2022, 11, 21), true
	l, err = Draft(nil, in)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"after that time had run", "brings it to the Court"} {
		if !strings.Contains(l.Text, want) {
			t.Errorf("the letter of a late objection lacks %q:\n%s", want, l.Text)
		}
	}
}
