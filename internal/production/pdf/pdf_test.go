package pdf

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/image/font/gofont/goregular"

	"github.com/writ-project/writ/internal/testdeps"
)

// font is the font writ embeds: no font needs to be installed.
func font(t *testing.T) *Font {
	t.Helper()
	f, err := EmbeddedFont()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// latinFont is Go's own font, which has Latin, Greek and Cyrillic glyphs
// and no Japanese ones.
func latinFont(t *testing.T) *Font {
	t.Helper()
	f, err := LoadFont(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// readBack is the text pdftotext reads from a PDF.
func readBack(t *testing.T, pdf []byte) string {
	t.Helper()
	pdftotext := testdeps.PDFToText(t)
	f := filepath.Join(t.TempDir(), "a.pdf")
	if err := os.WriteFile(f, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(pdftotext, "-enc", "UTF-8", f, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestWrap(t *testing.T) {
	// Every rune is one unit wide, wide ones two: the table reads like a
	// typewriter.
	w := func(r rune) float64 {
		if wide(r) {
			return 2
		}
		return 1
	}
	for _, tc := range []struct {
		name string
		text string
		max  float64
		want []string
	}{
		{"fits", "short line", 20, []string{"short line"}},
		{"breaks after a space", "the quick brown fox", 10, []string{"the quick", "brown fox"}},
		{"cuts a word longer than the line", "abcdefghijkl", 5, []string{"abcde", "fghij", "kl"}},
		{"breaks between kanji", "高木ひでのり高木", 8, []string{"高木ひで", "のり高木"}},
		{"no line starts with a closing mark", "あいう。えお", 6, []string{"あい", "う。え", "お"}},
		{"no line ends with an opening bracket", "あい「うえ", 6, []string{"あい", "「うえ"}},
		{"keeps newlines", "a\n\nb", 10, []string{"a", "", "b"}},
		{"Latin then Japanese", "Name: 高木ひでのり", 10, []string{"Name: 高木", "ひでのり"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Wrap(tc.text, tc.max, w)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Wrap(%q, %v) = %q, want %q", tc.text, tc.max, got, tc.want)
			}
		})
	}
}

// TestWrapKeepsEveryCharacter wraps long Japanese text with the real font
// and checks that the lines, put back together, are the text, and that
// each fits.
func TestWrapKeepsEveryCharacter(t *testing.T) {
	d := New(font(t), Options{})
	text := strings.Repeat("東京都千代田区千代田一丁目一番一号　高木ひでのり（たかぎ）様方、", 6)
	d.Add(Body, text)
	r, err := d.Render(func(page, pages int) Footer { return Footer{Right: "X-000001"} })
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Text, text) {
		t.Errorf("the text shown lost characters")
	}
	out := readBack(t, r.PDF)
	// pdftotext reads the ideographic space as a plain one and drops it at
	// the end of a line: compare without spaces.
	squeeze := strings.NewReplacer("\n", "", "\f", "", " ", "", "　", "")
	got := squeeze.Replace(out)
	if !strings.Contains(got, squeeze.Replace(text)) {
		t.Errorf("pdftotext read back\n%q\nwhich lost characters of\n%q", got, text)
	}
	if n := strings.Count(out, "\n"); n < 4 {
		t.Errorf("the text did not wrap (%d lines)", n)
	}
}

// TestEmbeddedFontReadsBack is the acceptance of issue 14, item 1: with
// the embedded font and no other, Japanese text, in the body and in the
// footer, is text a reader extracts, character for character, next to
// Latin text, a Bates number and punctuation writ itself sets.
func TestEmbeddedFontReadsBack(t *testing.T) {
	d := New(font(t), Options{Title: "読み戻し"})
	d.Add(Title, "Twitter, Inc. — production in response to subpoena")
	d.Add(Body, "氏名：紺野 幸雄（こんの ゆきお）・YUKIO KONNO")
	d.Add(Body, "〒106-0032 東京都港区六本木一丁目 § 1782 “quoted” ‘single’ … 2022-12-06")
	r, err := d.Render(func(page, pages int) Footer {
		return Footer{Left: "Case No. 22-mc-80240-VKD · page 1 of 1", Right: "TWTR-000001", Legend: "使用制限：日本の民事訴訟のためにのみ使用できる。"}
	})
	if err != nil {
		t.Fatal(err)
	}
	out := readBack(t, r.PDF)
	for _, s := range []string{"紺野 幸雄", "こんの ゆきお", "YUKIO KONNO", "東京都港区六本木一丁目", "〒106-0032", "§ 1782",
		"“quoted”", "TWTR-000001", "Case No. 22-mc-80240-VKD · page 1 of 1", "使用制限：日本の民事訴訟のためにのみ使用できる。"} {
		if !strings.Contains(out, s) {
			t.Errorf("pdftotext does not read %q in\n%s", s, out)
		}
	}
	if strings.Contains(out, "[U+") || strings.Contains(r.Text, "[U+") {
		t.Errorf("a character was written as its code point:\n%s", out)
	}
}

// TestRenderRefusesMissingGlyphs: a font that cannot show a character of
// the text is refused before anything is written, naming every character
// it lacks, wherever it stands (body, footer, legend, Bates number).
func TestRenderRefusesMissingGlyphs(t *testing.T) {
	for _, tc := range []struct {
		name   string
		body   string
		footer Footer
		want   []string
	}{
		{"a Japanese name in the body", "Name: 佐藤 花子", Footer{Right: "TWTR-000001"}, []string{"U+4F50 佐", "U+82B1 花", "U+85E4 藤", "U+5B50 子"}},
		{"the use restriction in the legend", "Account: Aya@ay_chim0807", Footer{Right: "TWTR-000001", Legend: "使用制限"}, []string{"U+4F7F 使", "U+7528 用", "U+5236 制", "U+9650 限"}},
		{"a Bates prefix", "Summary", Footer{Right: "ツイ-000001"}, []string{"U+30C4 ツ", "U+30A4 イ"}},
		{"a page footer", "Summary", Footer{Left: "頁 1"}, []string{"U+9801 頁"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := New(latinFont(t), Options{})
			d.Add(Body, tc.body)
			r, err := d.Render(func(page, pages int) Footer { return tc.footer })
			var missing *MissingGlyphsError
			if !errors.As(err, &missing) {
				t.Fatalf("Render = %v, want the missing glyphs", err)
			}
			if r.PDF != nil || r.Text != "" {
				t.Error("a document was rendered all the same")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("%q does not name %q", err, w)
				}
			}
			if len(missing.Chars) != len(tc.want) {
				t.Errorf("missing %q, want %d characters", string(missing.Chars), len(tc.want))
			}
		})
	}
	t.Run("the same font sets Latin text", func(t *testing.T) {
		d := New(latinFont(t), Options{})
		d.Add(Body, "Name: Sato Hanako · “quoted” — § 1782 ☕")
		if _, err := d.Render(func(page, pages int) Footer { return Footer{Right: "TWTR-000001"} }); err != nil {
			t.Errorf("Render = %v", err)
		}
	})
	t.Run("Hangul, which the embedded font lacks", func(t *testing.T) {
		d := New(font(t), Options{})
		d.Add(Body, "이름: 김")
		_, err := d.Render(func(page, pages int) Footer { return Footer{} })
		if err == nil || !strings.Contains(err.Error(), "U+C774 이") || !strings.Contains(err.Error(), "U+AE40 김") {
			t.Errorf("Render = %v, want the Hangul named", err)
		}
	})
}

// TestFontMissing: what a caller checks before it acts (sends a notice,
// writes a file) is what Render would refuse.
func TestFontMissing(t *testing.T) {
	if got := string(font(t).Missing("紺野 幸雄 YUKIO", "TWTR-000001 · § — “”", "☕😀✈️")); got != "" {
		t.Errorf("the embedded font lacks %q", got)
	}
	if got := string(latinFont(t).Missing("佐藤 Sato", "藤佐")); got != "佐藤" {
		t.Errorf("Missing = %q, want 佐藤, each once, in code-point order", got)
	}
}

// TestOpenFont: no path is the embedded font; a path is a TrueType file,
// and an error names it.
func TestOpenFont(t *testing.T) {
	if f, err := OpenFont(""); err != nil || len(f.Missing("紺野")) > 0 {
		t.Errorf("OpenFont(\"\") = %v, %v, want the embedded Japanese font", f, err)
	}
	dir := t.TempDir()
	goFont := filepath.Join(dir, "go.ttf")
	if err := os.WriteFile(goFont, goregular.TTF, 0o600); err != nil {
		t.Fatal(err)
	}
	if f, err := OpenFont(goFont); err != nil || string(f.Missing("紺A")) != "紺" {
		t.Errorf("OpenFont(%s) = %v, %v, want Go's font", goFont, f, err)
	}
	missing := filepath.Join(dir, "missing.ttf")
	if _, err := OpenFont(missing); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("OpenFont(a missing file) = %v, want an error naming it", err)
	}
	notAFont := filepath.Join(dir, "font.ttf")
	if err := os.WriteFile(notAFont, []byte("not a font"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := OpenFont(notAFont); err == nil || !strings.Contains(err.Error(), notAFont) {
		t.Errorf("OpenFont(not a font) = %v, want an error naming it", err)
	}
}

// TestMissingGlyphsAreShownAsCodePoints: what no text font is expected to
// hold — pictographs and emoji, format and private-use characters — and
// every character outside the Basic Multilingual Plane (which the PDF
// library maps wrongly for text extraction) is written as its code point,
// visibly and recoverably, instead of refusing the document.
func TestMissingGlyphsAreShownAsCodePoints(t *testing.T) {
	d := New(font(t), Options{})
	d.Add(Body, "顔😀文字 𠮷野家\tタブ Sakura☕ ✈️")
	r, err := d.Render(func(page, pages int) Footer { return Footer{} })
	if err != nil {
		t.Fatal(err)
	}
	want := "顔[U+1F600]文字 [U+20BB7]野家    タブ Sakura[U+2615] [U+2708][U+FE0F]"
	if !strings.Contains(r.Text, want) {
		t.Errorf("Text = %q, want it to contain %q", r.Text, want)
	}
	out := readBack(t, r.PDF)
	if !strings.Contains(out, "顔[U+1F600]文字") || !strings.Contains(out, "Sakura[U+2615]") || !utf8.Valid([]byte(out)) {
		t.Errorf("pdftotext read %q", out)
	}
}

func TestRenderIsDeterministicAndPaginates(t *testing.T) {
	f := font(t)
	mk := func() Result {
		d := New(f, Options{Title: "t"})
		for i := 0; i < 120; i++ {
			d.Add(Body, "一行の文章です。 A line of text.")
		}
		r, err := d.Render(func(page, pages int) Footer {
			return Footer{Right: "P" + string(rune('0'+page)), Legend: strings.Repeat("使用制限 legend ", 20)}
		})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	a, b := mk(), mk()
	if string(a.PDF) != string(b.PDF) {
		t.Error("two renderings of the same document differ")
	}
	if a.Pages < 3 {
		t.Errorf("Pages = %d, want at least 3 for 120 lines", a.Pages)
	}
}

// A paper filed in the Northern District of California is laid out as
// Civil L.R. 3-4(c)(1)-(2) asks: numbered lines, text double-spaced with
// no more than 28 lines a page, in type no smaller than 12 points; the
// identification of counsel and the title of the case may be single-spaced.
func TestPleadingPaper(t *testing.T) {
	d := New(font(t), Options{Pleading: true})
	d.AddSingleSpaced(Body, "Counsel Name (State Bar No. 123456)\nFirm LLP\n1 Market Street\nSan Francisco, CA 94105")
	d.Add(Heading, "NOTICE TO THE COURT")
	d.Add(Small, "Paper 1 of 2")
	for i := 0; i < 12; i++ {
		d.Add(Body, strings.Repeat("The account holder objected in writing within the period the Order allows. ", 6))
	}
	r, err := d.Render(func(page, pages int) Footer { return Footer{Right: "Page"} })
	if err != nil {
		t.Fatal(err)
	}
	if r.Pages < 2 {
		t.Fatalf("Pages = %d; the test needs text over more than one page", r.Pages)
	}
	perPage := map[int]int{}
	numbers := map[int][]string{}
	var prev *Line
	for i, l := range r.Lines {
		if l.Number {
			numbers[l.Page] = append(numbers[l.Page], l.Text)
			continue
		}
		if l.Size < 12 {
			t.Errorf("line %q is set in %.1f points; the rule's minimum is 12", l.Text, l.Size)
		}
		if !l.Single {
			perPage[l.Page]++
			if prev != nil && !prev.Single && prev.Page == l.Page {
				if gap := l.Y - prev.Y; gap < 24-0.01 {
					t.Errorf("line %q is %.1f points below the one before; double-spaced 12-point text is 24 apart", l.Text, gap)
				}
			}
		}
		prev = &r.Lines[i]
	}
	for p := 1; p <= r.Pages; p++ {
		if perPage[p] > 28 {
			t.Errorf("page %d holds %d lines of text; at most 28", p, perPage[p])
		}
		if got := strings.Join(numbers[p], " "); got != "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28" {
			t.Errorf("page %d's line numbers: %q, want 1 to 28", p, got)
		}
	}
	// Without the option, a document is laid out as before.
	plain := New(font(t), Options{})
	plain.Add(Body, "text")
	pr, err := plain.Render(func(page, pages int) Footer { return Footer{} })
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range pr.Lines {
		if l.Number {
			t.Error("a document that is not a pleading has numbered lines")
		}
	}
}
