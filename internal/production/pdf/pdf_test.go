package pdf

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"unicode/utf8"
)

// FontPath is Debian's fonts-ipaexfont-gothic.
const FontPath = "/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"

func font(t *testing.T) *Font {
	t.Helper()
	b, err := os.ReadFile(FontPath)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("the CJK font is missing (apt-get install fonts-ipaexfont-gothic): %v", err)
		}
		t.Skipf("the CJK font is missing; apt-get install fonts-ipaexfont-gothic: %v", err)
	}
	f, err := LoadFont(b)
	if err != nil {
		t.Fatal(err)
	}
	return f
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
	if pdftotext, err := exec.LookPath("pdftotext"); err == nil {
		f := t.TempDir() + "/a.pdf"
		if err := os.WriteFile(f, r.PDF, 0o600); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(pdftotext, f, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		// pdftotext reads the ideographic space as a plain one and drops
		// it at the end of a line: compare without spaces.
		squeeze := strings.NewReplacer("\n", "", "\f", "", " ", "", "　", "")
		got := squeeze.Replace(string(out))
		if !strings.Contains(got, squeeze.Replace(text)) {
			t.Errorf("pdftotext read back\n%q\nwhich lost characters of\n%q", got, text)
		}
		if n := strings.Count(string(out), "\n"); n < 4 {
			t.Errorf("the text did not wrap (%d lines)", n)
		}
	}
}

func TestMissingGlyphsAreShownAsCodePoints(t *testing.T) {
	d := New(font(t), Options{})
	d.Add(Body, "顔😀文字 𠮷野家\tタブ")
	r, err := d.Render(func(page, pages int) Footer { return Footer{} })
	if err != nil {
		t.Fatal(err)
	}
	want := "顔[U+1F600]文字 [U+20BB7]野家    タブ"
	if !strings.Contains(r.Text, want) {
		t.Errorf("Text = %q, want it to contain %q", r.Text, want)
	}
	if pdftotext, err := exec.LookPath("pdftotext"); err == nil {
		f := t.TempDir() + "/a.pdf"
		if err := os.WriteFile(f, r.PDF, 0o600); err != nil {
			t.Fatal(err)
		}
		out, err := exec.Command(pdftotext, f, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(out), "顔[U+1F600]文字") || !utf8.Valid(out) {
			t.Errorf("pdftotext read %q", out)
		}
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
