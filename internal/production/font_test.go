package production

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/image/font/gofont/goregular"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/production/pdf"
	"github.com/writ-project/writ/internal/testdeps"
)

// TestBuildWithTheEmbeddedFont is the acceptance of issue 14, item 1: with
// no font named (FontPath empty), the package is set in the font writ
// embeds, never one installed on the machine, and its Japanese text reads
// back as text, on every page, with the Bates numbers and the legend.
func TestBuildWithTheEmbeddedFont(t *testing.T) {
	pdftotext := testdeps.PDFToText(t)
	in := fixture(t)
	in.FontPath = ""
	dir, m := build(t, in)
	for _, a := range m.Accounts {
		out, err := exec.Command(pdftotext, "-enc", "UTF-8", filepath.Join(dir, "data", a.Files[0]), "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		text := string(out)
		if strings.Contains(text, "[U+") {
			t.Errorf("%s: a character was written as its code point:\n%s", a.Files[0], text)
		}
		if n := strings.Count(text, "\f"); n != a.Bates.Pages {
			t.Errorf("%s: %d pages read, want %d", a.Files[0], n, a.Bates.Pages)
		}
		for _, page := range strings.Split(strings.TrimSuffix(text, "\f"), "\f") {
			if !strings.Contains(page, "USE RESTRICTION") || !strings.Contains(page, "TWTR-") || !strings.Contains(page, "Case No. 22-mc-80240-VKD") {
				t.Errorf("%s: a page lacks its footer:\n%s", a.Files[0], page)
			}
		}
	}
	konno, _ := exec.Command(pdftotext, "-enc", "UTF-8", filepath.Join(dir, "data/01-konnoyukio_CmRUCE/summary.pdf"), "-").Output()
	for _, s := range []string{"紺野 幸雄", "こんの ゆきお", "東京都港区六本木一丁目", "TWTR-000001"} {
		if !strings.Contains(string(konno), s) {
			t.Errorf("the first summary does not read %q", s)
		}
	}
}

// TestBuildRefusesAFontWithoutTheGlyphs: a font that lacks a character the
// package must show is refused before anything is written — not the
// package, not a temporary folder, not even the folder --out would go in —
// naming each character it lacks.
func TestBuildRefusesAFontWithoutTheGlyphs(t *testing.T) {
	// The fonts' folder is not named after the test, whose name says
	// WRIT_FONT: the messages must say it themselves.
	fonts, err := os.MkdirTemp("", "fonts-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(fonts) })
	latin := filepath.Join(fonts, "go-regular.ttf")
	if err := os.WriteFile(latin, goregular.TTF, 0o600); err != nil {
		t.Fatal(err)
	}
	refuse := func(t *testing.T, in Input, code fault.Code, says ...string) error {
		t.Helper()
		parent := filepath.Join(t.TempDir(), "productions")
		_, err := Build(t.Context(), in, filepath.Join(parent, "prod-1"), nil)
		if !fault.Is(err, code) {
			t.Fatalf("Build = %v, want %s", err, code)
		}
		for _, s := range says {
			if !strings.Contains(fault.Message(err), s) {
				t.Errorf("%q does not say %q", fault.Message(err), s)
			}
		}
		if _, err := os.Lstat(parent); !os.IsNotExist(err) {
			entries, _ := os.ReadDir(parent)
			t.Errorf("Build wrote before refusing: %s exists, holding %v", parent, entries)
		}
		return err
	}
	t.Run("ErrInvalid: WRIT_FONT without Japanese", func(t *testing.T) {
		in := fixture(t)
		in.FontPath = latin
		in.Order.UseRestriction.Text += " 上記の目的にのみ使用できる。"
		err := refuse(t, in, fault.Invalid, "WRIT_FONT: "+latin+" has no glyph for U+3000 　, U+3002 。", " more, which the package must show")
		// Every character is named, of every document: 紺 of the first
		// holder's name, 綾 of the second's, 使 of the order's use
		// restriction, which only the legend shows.
		var missing *pdf.MissingGlyphsError
		if !errors.As(err, &missing) {
			t.Fatalf("%v does not list the characters", err)
		}
		for _, r := range "紺綾使" {
			if !slices.Contains(missing.Chars, r) {
				t.Errorf("%U %c is not named", r, r)
			}
		}
	})
	t.Run("ErrRefused: a name the embedded font cannot show", func(t *testing.T) {
		in := fixture(t)
		in.Accounts[1].Records = append(in.Accounts[1].Records, rec(order.Names, "2022-03-01T00:00:00Z", "", "name", "김아야"))
		refuse(t, in, fault.Refused, "U+AE40 김", "U+C544 아", "U+C57C 야", "set WRIT_FONT to a TrueType font that has them")
	})
	t.Run("ErrInvalid: WRIT_FONT names no file", func(t *testing.T) {
		in := fixture(t)
		in.FontPath = filepath.Join(fonts, "missing.ttf")
		refuse(t, in, fault.Invalid, "WRIT_FONT: the font "+in.FontPath+" cannot be read")
	})
	t.Run("ErrInvalid: WRIT_FONT names no TrueType font", func(t *testing.T) {
		in := fixture(t)
		in.FontPath = filepath.Join(fonts, "font.ttc")
		if err := os.WriteFile(in.FontPath, []byte("ttcf"), 0o600); err != nil {
			t.Fatal(err)
		}
		refuse(t, in, fault.Invalid, "WRIT_FONT: "+in.FontPath+" is not a TrueType font")
	})
	t.Run("a pictograph is written as its code point", func(t *testing.T) {
		in := fixture(t)
		in.Accounts[1].Records = append(in.Accounts[1].Records, rec(order.Names, "2022-03-01T00:00:00Z", "", "name", "Aya☕"))
		dir, _ := build(t, in)
		if _, err := os.Stat(filepath.Join(dir, "data/02-Aya_ay_chim0807/summary.pdf")); err != nil {
			t.Fatal(err)
		}
	})
}
