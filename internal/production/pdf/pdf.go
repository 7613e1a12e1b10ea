// Package pdf lays out and writes the PDF documents of a production: plain
// paragraphs in one embedded TrueType font, wrapped to the page, with a
// footer on every page. It wraps github.com/signintech/gopdf, so that a
// change of PDF library stays here.
//
// Three properties matter to a production and are kept here:
//
//   - Japanese text renders and wraps without losing a character. The
//     library silently drops a character its font has no glyph for, so
//     every such character is written instead as its code point
//     ("[U+1F600]"): visibly, and recoverably.
//   - Content streams are not compressed, so that every byte of shown text
//     can be read back by writ's scanner (see Result.Text for the text as
//     laid out, which the caller scans too).
//   - The output is a function of the input: the same blocks, font and
//     options give the same bytes.
package pdf

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/signintech/gopdf"
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
// not known to be safe for concurrent use).
type Font struct {
	fonts *gopdf.FontContainer
}

// fontFamily is the one family a document uses.
const fontFamily = "body"

// LoadFont reads a TrueType font (the bytes of a .ttf file).
func LoadFont(ttf []byte) (*Font, error) {
	fc := &gopdf.FontContainer{}
	if err := fc.AddTTFFontData(fontFamily, ttf); err != nil {
		return nil, fmt.Errorf("read the font: %w", err)
	}
	return &Font{fonts: fc}, nil
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

// Result is a rendered document.
type Result struct {
	PDF   []byte
	Pages int
	// Text is every character the document shows, block by block and then
	// footer by footer, before it was broken into lines and after missing
	// glyphs were replaced by their code points: what a reader sees, for
	// the scanner to read.
	Text string
}

// line is one line of text at its place.
type line struct {
	page int
	x, y float64
	size float64
	text string
}

// Render lays the blocks out on pages and writes the PDF. footer gives the
// footer of each page, numbered from 1, knowing how many pages there are.
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
	m := &measure{gp: gp, widths: map[rune]float64{}}
	if err := gp.SetFont(fontFamily, "", 1000); err != nil {
		return Result{}, err
	}

	var text strings.Builder
	width := d.opts.PageWidth - 2*d.opts.Margin

	// The footer's height is the same on every page: one line for the
	// Bates number and the legend wrapped across the page.
	sample, err := m.footerLines(footer(1, 1), width)
	if err != nil {
		return Result{}, err
	}
	bottom := d.opts.PageHeight - d.opts.Margin - float64(len(sample)+1)*footerSize*lineHeight

	var lines []line
	page, y := 1, d.opts.Margin
	for i, b := range d.blocks {
		size := b.style.size()
		shown, err := m.printable(b.text)
		if err != nil {
			return Result{}, err
		}
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
			lines = append(lines, line{page: page, x: d.opts.Margin + b.indent, y: y, size: size, text: l})
			y += size * lineHeight
		}
	}
	pages := page

	for p := 1; p <= pages; p++ {
		gp.AddPage()
		f := footer(p, pages)
		fl, err := m.footerLines(f, width)
		if err != nil {
			return Result{}, err
		}
		left, err := m.printable(f.Left)
		if err != nil {
			return Result{}, err
		}
		right, err := m.printable(f.Right)
		if err != nil {
			return Result{}, err
		}
		legend, err := m.printable(f.Legend)
		if err != nil {
			return Result{}, err
		}
		for _, s := range []string{left, right, legend} {
			text.WriteString(s)
			text.WriteByte('\n')
		}
		fy := d.opts.PageHeight - d.opts.Margin - float64(len(fl)+1)*footerSize*lineHeight
		gp.SetLineWidth(0.5)
		gp.Line(d.opts.Margin, fy-3, d.opts.PageWidth-d.opts.Margin, fy-3)
		if err := m.draw(d.opts.Margin, fy, footerSize, left); err != nil {
			return Result{}, err
		}
		rw := m.textWidth(right, footerSize)
		if err := m.draw(d.opts.PageWidth-d.opts.Margin-rw, fy, footerSize, right); err != nil {
			return Result{}, err
		}
		for i, l := range fl {
			if err := m.draw(d.opts.Margin, fy+float64(i+1)*footerSize*lineHeight, footerSize, l); err != nil {
				return Result{}, err
			}
		}
		for _, l := range lines {
			if l.page != p {
				continue
			}
			if err := m.draw(l.x, l.y, l.size, l.text); err != nil {
				return Result{}, err
			}
		}
	}
	var buf bytes.Buffer
	if _, err := gp.WriteTo(&buf); err != nil {
		return Result{}, fmt.Errorf("write the PDF: %w", err)
	}
	return Result{PDF: buf.Bytes(), Pages: pages, Text: text.String()}, nil
}

// measure knows the font: which characters it has and how wide they are.
type measure struct {
	gp     *gopdf.GoPdf
	widths map[rune]float64 // at size 1000
	size   float64
}

// printable returns text with every character the font cannot show
// replaced by its code point in brackets, tabs as spaces, and other
// control characters likewise by their code points. Characters outside the
// Basic Multilingual Plane are written as code points too: the library
// maps them wrongly for text extraction, and a production must read back
// exactly as it shows.
func (m *measure) printable(s string) (string, error) {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == ' ':
			b.WriteRune(r)
			continue
		case r == '\t':
			b.WriteString("    ")
			continue
		case r == '\r':
			continue
		}
		ok := false
		if r <= 0xFFFF && !unicode.IsControl(r) && r != unicode.ReplacementChar {
			var err error
			if ok, err = m.gp.IsCurrFontContainGlyph(r); err != nil {
				return "", err
			}
		}
		if ok {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "[U+%04X]", r)
		}
	}
	return b.String(), nil
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

func (m *measure) footerLines(f Footer, width float64) ([]string, error) {
	if f.Legend == "" {
		return nil, nil
	}
	shown, err := m.printable(f.Legend)
	if err != nil {
		return nil, err
	}
	return Wrap(shown, width, m.width(footerSize)), nil
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
