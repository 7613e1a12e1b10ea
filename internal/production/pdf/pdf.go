// Package pdf lays out and writes the PDF documents of a production: plain
// paragraphs in one embedded TrueType font, wrapped to the page, with a
// footer on every page. It wraps github.com/signintech/gopdf, so that a
// change of PDF library stays here.
//
// Three properties matter to a production and are kept here:
//
//   - Every character of the text is shown, or the document is refused.
//     The library silently drops a character its font has no glyph for, so
//     Render checks every character it is to set, in the blocks and in
//     every page's footer, and refuses the whole document, naming each
//     character the font lacks (MissingGlyphsError), when a letter, digit,
//     punctuation mark or other text character is among them: a name set
//     as "[U+4F50][U+85E4]", or a page left blank, is no record of anything.
//     What no text font is expected to hold (pictographs and emoji, format
//     and private-use characters) and every character outside the Basic
//     Multilingual Plane (which the library maps wrongly for text
//     extraction) is written instead as its code point ("[U+1F600]"):
//     visibly, and recoverably.
//   - Content streams are not compressed, so that every byte of shown text
//     can be read back by writ's scanner (see Result.Text for the text as
//     laid out, which the caller scans too).
//   - The output is a function of the input: the same blocks, font and
//     options give the same bytes.
//
// The font is IPAex Gothic, embedded in writ (EmbeddedFont), unless the
// caller names another (OpenFont): nothing needs to be installed.
package pdf

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/signintech/gopdf"

	"github.com/writ-project/writ/internal/fonts"
)

// US Letter, the paper of the federal courts, in points.
const (
	LetterWidth  = 612.0
	LetterHeight = 792.0
)

// Style is how a block of text is set.
type Style int

// The styles of a block.
const (
	Body Style = iota
	Title
	Heading
	Subheading
	Small
)

func (s Style) size() float64 {
	switch s {
	case Title:
		return 15
	case Heading:
		return 12.5
	case Subheading:
		return 11
	case Small:
		return 8.5
	}
	return 10
}

// footerSize is the size of the footer's text: the Bates number and the
// legend.
const footerSize = 7.5

// lineHeight is the distance between baselines, as a multiple of the size.
const lineHeight = 1.45

// Options are the page and the document's metadata.
type Options struct {
	// PageWidth and PageHeight in points; zero means US Letter.
	PageWidth, PageHeight float64
	// Margin on every side, in points; zero means 54 (three quarters of an
	// inch).
	Margin float64
	// Title goes into the document's information dictionary.
	Title string
	// Created is the document's creation date; zero writes none.
	Created time.Time
	// ParagraphSpace is the space between two blocks of body text, as a
	// fraction of the text's size (0: none, lines follow each other). A
	// space lets a reader of the text layer, pdftotext among them, see
	// where a paragraph ends.
	ParagraphSpace float64
	// Pleading lays the document out as a paper filed in the Northern
	// District of California (Civil L.R. 3-4(c)(1)-(2)): numbered lines,
	// 28 to a page, 24 points apart; text no smaller than 12 points and
	// double-spaced, one line to a numbered line, except the blocks added
	// with AddSingleSpaced (the identification of counsel and the title of
	// the case, which the rule excepts); a blank line between paragraphs
	// when ParagraphSpace is set, and before a heading. Margin is then the
	// left and right margin, and the footer sits half an inch from the
	// bottom.
	Pleading bool
	// Unnumbered, with Pleading, sets the same 12-point double-spaced text
	// without the numbered lines and their rule, the first line an inch
	// from the top (27 lines to a page): a paper for a court that does not
	// ask for pleading paper. Most courts' rules ask 12-point text,
	// double-spaced, with margins of an inch on every side (for example
	// E.D.N.Y. and S.D.N.Y. Local Civil Rule 7.1(b)).
	Unnumbered bool
}

// The pleading paper's grid: 28 numbered lines of 24 points, the first
// one's top pleadingTop from the top of the page.
const (
	pleadingLines   = 28
	pleadingLeading = 24.0
	pleadingTop     = 48.0
	pleadingMinSize = 12.0
)

// grid is the top of the first line and the lines on a page: the
// pleading paper's, or an unnumbered paper's an inch from the top.
func (d *Document) grid() (top float64, lines int) {
	if d.opts.Unnumbered {
		return 72, 27
	}
	return pleadingTop, pleadingLines
}

// Footer is what the bottom of one page shows.
type Footer struct {
	// Left and Right are set on one line, at the margins (the Bates number
	// goes right).
	Left, Right string
	// Legend is wrapped under them, across the page.
	Legend string
}

// Font is a TrueType font read once, for any number of documents written
// one after another (not at the same time: the library's parsed font is
// not known to be safe for concurrent use). Missing may be called at any
// time.
type Font struct {
	fonts *gopdf.FontContainer
	// glyphs is the font parsed a second time, only to look characters up
	// in its character map, so that a Font answers which characters it
	// lacks without a document.
	glyphs *gopdf.SubsetFontObj
}

// fontFamily is the one family a document uses.
const fontFamily = "body"

// LoadFont reads a TrueType font (the bytes of a .ttf file).
func LoadFont(ttf []byte) (*Font, error) {
	fc := &gopdf.FontContainer{}
	if err := fc.AddTTFFontData(fontFamily, ttf); err != nil {
		return nil, fmt.Errorf("read the font: %w", err)
	}
	glyphs := &gopdf.SubsetFontObj{}
	if err := glyphs.SetTTFData(ttf); err != nil {
		return nil, fmt.Errorf("read the font: %w", err)
	}
	return &Font{fonts: fc, glyphs: glyphs}, nil
}

// EmbeddedFontName names the font EmbeddedFont returns, for messages.
const EmbeddedFontName = fonts.IPAexGothicName

// EmbeddedFont is IPAex Gothic, the Japanese and Latin TrueType font writ
// ships (package fonts): the font of every PDF unless WRIT_FONT names
// another. Each call parses it afresh, so that documents made at the same
// time each have their own.
func EmbeddedFont() (*Font, error) {
	f, err := LoadFont(fonts.IPAexGothic)
	if err != nil {
		return nil, fmt.Errorf("the embedded font %s: %w", fonts.IPAexGothicName, err)
	}
	return f, nil
}

// OpenFont is the font a PDF is set in: the TrueType file at path, or,
// when path is empty, the embedded font (EmbeddedFont). Its errors name
// the file, for a message about the setting that named it (WRIT_FONT).
func OpenFont(path string) (*Font, error) {
	if path == "" {
		return EmbeddedFont()
	}
	ttf, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("the font %s cannot be read: %w", path, err)
	}
	f, err := LoadFont(ttf)
	if err != nil {
		return nil, fmt.Errorf("%s is not a TrueType font the PDF writer can use (a .ttc collection or a PostScript-flavoured .otf is not): %w", path, err)
	}
	return f, nil
}

// has reports whether the font has a glyph for r.
func (f *Font) has(r rune) bool {
	g, err := f.glyphs.CharCodeToGlyphIndex(r)
	return err == nil && g != 0
}

// Missing returns the characters of texts that Render would refuse in this
// font, each once, in code-point order; none when it can set them all. A
// caller checks what it will set before it does anything it cannot undo
// (writes a file, sends a message).
func (f *Font) Missing(texts ...string) []rune {
	m := &measure{font: f}
	for _, s := range texts {
		m.printable(s)
	}
	return m.missingChars()
}

// MissingGlyphsError is the refusal of a document whose font has no glyph
// for some of its characters: nothing was rendered.
type MissingGlyphsError struct {
	// Chars are the characters the font lacks, each once, in code-point
	// order.
	Chars []rune
}

func (e *MissingGlyphsError) Error() string {
	return "the font has no glyph for " + CharList(e.Chars)
}

// CharList names characters for a person: "U+4F50 佐, U+85E4 藤", the first
// 20 and how many more.
func CharList(rs []rune) string {
	var b strings.Builder
	for i, r := range rs {
		if i == 20 {
			fmt.Fprintf(&b, " and %d more", len(rs)-i)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "U+%04X %c", r, r)
	}
	return b.String()
}

// Document is a list of blocks of text, laid out when rendered.
type Document struct {
	font   *Font
	opts   Options
	blocks []block
}

type block struct {
	style  Style
	indent float64
	text   string
	single bool
}

// New starts a document set in the font.
func New(font *Font, opts Options) *Document {
	if opts.PageWidth == 0 || opts.PageHeight == 0 {
		opts.PageWidth, opts.PageHeight = LetterWidth, LetterHeight
	}
	if opts.Margin == 0 {
		opts.Margin = 54
	}
	return &Document{font: font, opts: opts}
}

// Add appends a block of text; each newline in it starts a new line.
func (d *Document) Add(style Style, text string) { d.AddIndented(style, 0, text) }

// AddIndented appends a block indented by a number of levels (each 18
// points), for the items of a list.
func (d *Document) AddIndented(style Style, level int, text string) {
	d.blocks = append(d.blocks, block{style: style, indent: 18 * float64(level), text: text})
}

// AddSingleSpaced appends a block whose lines follow each other at the
// text's own leading even on pleading paper: the identification of
// counsel, the title of the case. Elsewhere it is the same as Add.
func (d *Document) AddSingleSpaced(style Style, text string) {
	d.blocks = append(d.blocks, block{style: style, text: text, single: true})
}

// Result is a rendered document.
type Result struct {
	PDF   []byte
	Pages int
	// Lines is every line set on the pages, in order, the pleading paper's
	// line numbers among them: where the text went, for a reader to check
	// the layout.
	Lines []Line
	// Text is every character the document shows, block by block and then
	// footer by footer, before it was broken into lines and after missing
	// glyphs were replaced by their code points: what a reader sees, for
	// the scanner to read.
	Text string
}

// Line is one line of text at its place: its page (from 1), the left and
// top of the line in points from the page's top left, and its size.
type Line struct {
	Page       int
	X, Y, Size float64
	Text       string
	// Single is a line of a single-spaced block; Number a pleading
	// paper's line number.
	Single, Number bool
}

// Render lays the blocks out on pages and writes the PDF. footer gives the
// footer of each page, numbered from 1, knowing how many pages there are.
// It refuses a document with a character its font cannot show
// (MissingGlyphsError) before any of it is written.
func (d *Document) Render(footer func(page, pages int) Footer) (Result, error) {
	gp := &gopdf.GoPdf{}
	gp.Start(gopdf.Config{PageSize: gopdf.Rect{W: d.opts.PageWidth, H: d.opts.PageHeight}, Unit: gopdf.UnitPT})
	gp.SetNoCompression()
	if err := gp.AddTTFFontFromFontContainer(fontFamily, d.font.fonts); err != nil {
		return Result{}, fmt.Errorf("use the font: %w", err)
	}
	if d.opts.Title != "" || !d.opts.Created.IsZero() {
		gp.SetInfo(gopdf.PdfInfo{Title: d.opts.Title, Creator: "writ", CreationDate: d.opts.Created})
	}
	m := &measure{gp: gp, font: d.font, widths: map[rune]float64{}}
	if err := gp.SetFont(fontFamily, "", 1000); err != nil {
		return Result{}, err
	}

	var text strings.Builder
	width := d.opts.PageWidth - 2*d.opts.Margin

	// The footer's height is the same on every page: one line for the
	// Bates number and the legend wrapped across the page.
	sample := m.footerLines(footer(1, 1), width)
	bottom := d.opts.PageHeight - d.footerMargin() - float64(len(sample)+1)*footerSize*lineHeight

	var lines []Line
	pages := 1
	if d.opts.Pleading {
		lines, pages = d.pleading(m, &text, width)
	} else {
		page, y := 1, d.opts.Margin
		for i, b := range d.blocks {
			size := b.style.size()
			shown := m.printable(b.text)
			text.WriteString(shown)
			text.WriteByte('\n')
			if i > 0 && (b.style == Heading || b.style == Title || b.style == Subheading) {
				y += size * 0.6
			} else if i > 0 {
				y += size * d.opts.ParagraphSpace
			}
			for _, l := range Wrap(shown, width-b.indent, m.width(size)) {
				if y+size*lineHeight > bottom {
					page++
					y = d.opts.Margin
				}
				lines = append(lines, Line{Page: page, X: d.opts.Margin + b.indent, Y: y, Size: size, Text: l, Single: b.single})
				y += size * lineHeight
			}
		}
		pages = page
	}

	// Every page's footer is known, and checked, before anything is drawn.
	type pageFooter struct {
		left, right string
		legend      []string
	}
	footers := make([]pageFooter, pages)
	for p := 1; p <= pages; p++ {
		f := footer(p, pages)
		pf := pageFooter{left: m.printable(f.Left), right: m.printable(f.Right), legend: m.footerLines(f, width)}
		for _, s := range []string{pf.left, pf.right, m.printable(f.Legend)} {
			text.WriteString(s)
			text.WriteByte('\n')
		}
		footers[p-1] = pf
	}
	if missing := m.missingChars(); len(missing) > 0 {
		return Result{}, &MissingGlyphsError{Chars: missing}
	}

	for p := 1; p <= pages; p++ {
		gp.AddPage()
		f := footers[p-1]
		fy := d.opts.PageHeight - d.footerMargin() - float64(len(f.legend)+1)*footerSize*lineHeight
		gp.SetLineWidth(0.5)
		gp.Line(d.opts.Margin, fy-3, d.opts.PageWidth-d.opts.Margin, fy-3)
		if err := m.draw(d.opts.Margin, fy, footerSize, f.left); err != nil {
			return Result{}, err
		}
		rw := m.textWidth(f.right, footerSize)
		if err := m.draw(d.opts.PageWidth-d.opts.Margin-rw, fy, footerSize, f.right); err != nil {
			return Result{}, err
		}
		for i, l := range f.legend {
			if err := m.draw(d.opts.Margin, fy+float64(i+1)*footerSize*lineHeight, footerSize, l); err != nil {
				return Result{}, err
			}
		}
		if d.opts.Pleading && !d.opts.Unnumbered {
			// The rule down the left of the numbered lines.
			gp.Line(d.opts.Margin-6, 0, d.opts.Margin-6, d.opts.PageHeight)
			gp.Line(d.opts.Margin-8, 0, d.opts.Margin-8, d.opts.PageHeight)
		}
		for _, l := range lines {
			if l.Page != p {
				continue
			}
			if err := m.draw(l.X, l.Y, l.Size, l.Text); err != nil {
				return Result{}, err
			}
		}
	}
	var buf bytes.Buffer
	if _, err := gp.WriteTo(&buf); err != nil {
		return Result{}, fmt.Errorf("write the PDF: %w", err)
	}
	return Result{PDF: buf.Bytes(), Pages: pages, Text: text.String(), Lines: lines}, nil
}

// footerMargin is the footer's distance from the bottom of the page.
func (d *Document) footerMargin() float64 {
	if d.opts.Pleading {
		return 36
	}
	return d.opts.Margin
}

// pleading lays the blocks out on pleading paper (see Options.Pleading)
// and returns the lines, the pages' line numbers among them, and how many
// pages there are.
func (d *Document) pleading(m *measure, text *strings.Builder, width float64) ([]Line, int) {
	var lines []Line
	page := 1
	// at is the place of the next line on the page's grid, in numbered
	// lines from the first (a single-spaced line takes half of one).
	at := 0.0
	newPage := func() { page++; at = 0 }
	top, perPage := d.grid()
	for i, b := range d.blocks {
		size := max(b.style.size(), pleadingMinSize)
		shown := m.printable(b.text)
		text.WriteString(shown)
		text.WriteByte('\n')
		if i > 0 {
			at = math.Ceil(at)
			heading := b.style == Heading || b.style == Title || b.style == Subheading
			if at > 0 && (heading || d.opts.ParagraphSpace > 0) {
				at++ // a blank line, never at the top of a page
			}
		}
		step := 1.0
		if b.single {
			step = pleadingMinSize / pleadingLeading
		} else {
			at = math.Ceil(at)
		}
		for _, l := range Wrap(shown, width-b.indent, m.width(size)) {
			if at+step > float64(perPage)+1e-9 {
				newPage()
			}
			y := top + at*pleadingLeading + (pleadingLeading-size)/2
			if b.single {
				y = top + at*pleadingLeading + (pleadingLeading-pleadingMinSize)/2
			}
			lines = append(lines, Line{Page: page, X: d.opts.Margin + b.indent, Y: y, Size: size, Text: l, Single: b.single})
			at += step
		}
	}
	if d.opts.Unnumbered {
		return lines, page
	}
	// Every page's numbered lines, right-aligned left of the rule.
	for p := 1; p <= page; p++ {
		for n := 1; n <= pleadingLines; n++ {
			s := strconv.Itoa(n)
			x := d.opts.Margin - 12 - m.textWidth(s, pleadingMinSize)
			y := pleadingTop + float64(n-1)*pleadingLeading + (pleadingLeading-pleadingMinSize)/2
			lines = append(lines, Line{Page: p, X: x, Y: y, Size: pleadingMinSize, Text: s, Number: true})
		}
	}
	return lines, page
}

// measure knows the font: which characters it has and how wide they are,
// and which characters of the text it could not set.
type measure struct {
	gp      *gopdf.GoPdf
	font    *Font
	widths  map[rune]float64 // at size 1000
	size    float64
	missing map[rune]bool
}

// printable returns text as it is set: tabs as spaces, carriage returns
// dropped, and as its code point in brackets ("[U+1F600]") every character
// outside the Basic Multilingual Plane (the library maps them wrongly for
// text extraction, and a production must read back exactly as it shows),
// every control character, and every character the font lacks that is no
// text character (see textChar). A text character the font lacks is kept,
// and noted as missing: the document will be refused.
func (m *measure) printable(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\n':
			b.WriteRune(r)
			continue
		case '\t':
			m.check(' ')
			b.WriteString("    ")
			continue
		case '\r':
			continue
		}
		bmp := r <= 0xFFFF && !unicode.IsControl(r) && r != unicode.ReplacementChar
		switch {
		case bmp && m.font.has(r):
			b.WriteRune(r)
		case bmp && textChar(r):
			m.note(r)
			b.WriteRune(r)
		default:
			cp := fmt.Sprintf("[U+%04X]", r)
			for _, c := range cp {
				m.check(c)
			}
			b.WriteString(cp)
		}
	}
	return b.String()
}

// textChar reports whether r is a character of text, which a font fit for
// the document must have: a letter, a mark, a digit or other number, a
// punctuation mark, a mathematical, currency or modifier symbol, a space.
// Pictographs and emoji (other symbols), variation selectors, format,
// private-use and unassigned characters are not: no text font is expected
// to hold them, and their code points record them exactly.
func textChar(r rune) bool {
	if unicode.Is(unicode.Variation_Selector, r) {
		return false
	}
	return unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.Sm, unicode.Sc, unicode.Sk, unicode.Zs)
}

// check notes r as missing when the font lacks it.
func (m *measure) check(r rune) {
	if !m.font.has(r) {
		m.note(r)
	}
}

func (m *measure) note(r rune) {
	if m.missing == nil {
		m.missing = map[rune]bool{}
	}
	m.missing[r] = true
}

// missingChars returns the characters noted as missing, in code-point
// order.
func (m *measure) missingChars() []rune {
	var out []rune
	for r := range m.missing {
		out = append(out, r)
	}
	slices.Sort(out)
	return out
}

func (m *measure) runeWidth(r rune) float64 {
	w, ok := m.widths[r]
	if !ok {
		if m.size != 1000 {
			_ = m.gp.SetFontSize(1000)
			m.size = 1000
		}
		w, _ = m.gp.MeasureTextWidth(string(r))
		m.widths[r] = w
	}
	return w
}

// width returns the measure of one rune at a size, for Wrap.
func (m *measure) width(size float64) func(rune) float64 {
	return func(r rune) float64 { return m.runeWidth(r) * size / 1000 }
}

func (m *measure) textWidth(s string, size float64) float64 {
	w := 0.0
	for _, r := range s {
		w += m.runeWidth(r) * size / 1000
	}
	return w
}

func (m *measure) footerLines(f Footer, width float64) []string {
	if f.Legend == "" {
		return nil
	}
	return Wrap(m.printable(f.Legend), width, m.width(footerSize))
}

// draw sets one line of text with its top at y.
func (m *measure) draw(x, y, size float64, s string) error {
	if s == "" {
		return nil
	}
	if err := m.gp.SetFontSize(size); err != nil {
		return err
	}
	m.size = size
	m.gp.SetXY(x, y)
	return m.gp.Cell(nil, s)
}
