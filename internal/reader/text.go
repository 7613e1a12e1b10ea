package reader

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Span is where a value was read: the page of the order, the lines of the
// source text (1-based), and the characters within those lines (0-based,
// end exclusive, counted in characters, not bytes). Offset and EndOffset
// are the same place in bytes of the whole text, for a program that
// highlights it.
type Span struct {
	Page      int `json:"page"`
	Line      int `json:"line"`
	Start     int `json:"start"`
	EndLine   int `json:"end_line"`
	End       int `json:"end"`
	Offset    int `json:"offset"`
	EndOffset int `json:"end_offset"`
}

// text is an order's text twice over: the source as given, and a clean
// copy the patterns run on, with pleading-paper line numbers, running
// headers, footnotes and markup taken out and typographic quotes made
// plain. Every byte of the clean copy remembers the source bytes it came
// from, so a match in the clean copy is reported as a span of the source.
type text struct {
	src   string
	clean string
	// from and to map each clean byte to the source rune it came from.
	from, to []int
	// lineStart holds the source offset of each line; page the page each
	// line is on.
	lineStart []int
	page      []int
	// runes counts the characters of the source before each byte, so that
	// a column is found in constant time however long the line.
	runes []int32
	// notes are the clean bounds of the footnotes kept: those the order
	// makes its own.
	notes [][2]int
	// rows are the rows of the tables the text sets out (table.go), in
	// the clean text.
	rows []tableRow
}

// pleadingRun finds pleading-paper numbers flattened into running text by
// a PDF-to-text tool: "1 2 3 4 UNITED STATES DISTRICT COURT 5 NORTHERN".
var pleadingRun = mustRx(`(?:^|\s)1\s+2\s+3(?:\s|$)`)

// pageOf finds the "Page 2 of 7" of an ECF header.
var pageOf = mustRx(`\bPage (\d{1,3}) of \d{1,3}\b`)

// linePrefix is what may stand before a line's words: indentation, a
// list bullet, and a pleading-paper line number.
var linePrefix = mustRx(`^[ \t]*(?:[-•][ \t]+)?(?:(\d{1,3})(?:[ \t]+|$))?(?:[-•][ \t]+)?`)

// numberedNext reports whether one of the three lines after source byte
// end starts with the next pleading number after n (up to four on, as
// lines may be skipped): a number that starts a text mid-page is a
// pleading number only if the lines after it go on counting ("24 Misc.
// 123 (ABC)" is a case number, not line 24).
func numberedNext(src string, end, n int) bool {
	off := end + 1
	for range 3 {
		if off >= len(src) {
			return false
		}
		e := strings.IndexByte(src[off:], '\n')
		if e < 0 {
			e = len(src) - off
		}
		line := src[off : off+e]
		if m := linePrefix.FindStringSubmatchIndex(line); m != nil && m[2] >= 0 {
			k, _ := strconv.Atoi(line[m[2]:m[3]])
			return k > n && k <= n+4
		}
		off += e + 1
	}
	return false
}

// citation is what follows a number that is a citation's volume or title
// ("28 U.S.C.", "376 F.3d"), not a line number.
var citation = mustRx(`^(?:U\.\s?S\.|C\.F\.R|F\.|Fed\.|S\.\s?Ct|Cal\.|L\.\s?Ed)`)

// pageNumberIndent is how far in a number alone on its line stands when
// it is a page's number, centred, not a pleading line's at the margin.
const pageNumberIndent = 20

// pleadingMax is the number of lines on a page of pleading paper
// (N.D. Cal. Civ. L.R. 3-4(c): 28 numbered lines).
const pleadingMax = 28

// tensBefore reports whether s ends with a number word of tens in the
// patterns' numbers: "twenty", "Thirty".
func tensBefore(s []byte) bool {
	i := len(s)
	for i > 0 && isLetter(s[i-1]) {
		i--
	}
	n, ok := vocabulary().Numbers[strings.ToLower(string(s[i:]))]
	return ok && n >= 20 && n%10 == 0
}

// cleaner builds the clean copy and its map to the source.
type cleaner struct {
	buf      []byte
	from, to []int
}

// joinHyphenated joins the words a PDF's text breaks at a line's end
// with a hyphen ("busi-" / "ness days", "sub-" / "poena"): a lower-case
// letter, a hyphen that ends the line, and a lower-case letter that
// begins the next are one word. A hyphen before a capital or a digit
// ("Kumo-" / "Example", "1-" / "4") stays, and so does the hyphen of a
// number's words ("twenty-" / "one"). It returns where each byte written
// before now stands.
func (c *cleaner) joinHyphenated() []int {
	moved := make([]int, len(c.buf)+1)
	n := 0
	for i := 0; i < len(c.buf); i++ {
		moved[i] = n
		if c.buf[i] == '-' && n > 0 && isLower(c.buf[n-1]) && i+1 < len(c.buf) && c.buf[i+1] == '\n' {
			// A page's end may leave blank lines between the parts, more where
			// its foot and the next head were taken out.
			j := i + 2
			for lines := 0; j < len(c.buf) && (c.buf[j] == ' ' || c.buf[j] == '\t' || c.buf[j] == '\n' && lines < 8); j++ {
				if c.buf[j] == '\n' {
					lines++
				}
			}
			if j < len(c.buf) && isLower(c.buf[j]) {
				// "twenty-" / "one (21) days": a number's words keep their
				// hyphen.
				from := i
				if tensBefore(c.buf[:n]) {
					c.buf[n], c.from[n], c.to[n] = '-', c.from[i], c.to[i]
					n++
					from++
				}
				for k := from; k < j; k++ {
					moved[k] = n
				}
				i = j - 1
				continue
			}
		}
		c.buf[n], c.from[n], c.to[n] = c.buf[i], c.from[i], c.to[i]
		n++
	}
	moved[len(c.buf)] = n
	c.buf, c.from, c.to = c.buf[:n], c.from[:n], c.to[:n]
	return moved
}

func isLower(b byte) bool { return b >= 'a' && b <= 'z' }

func (c *cleaner) emit(s string, start, end int) {
	c.buf = append(c.buf, s...)
	for range len(s) {
		c.from = append(c.from, start)
		c.to = append(c.to, end)
	}
}

// trimSpace takes back the spaces written last.
func (c *cleaner) trimSpace() {
	n := len(c.buf)
	for n > 0 && c.buf[n-1] == ' ' {
		n--
	}
	c.buf, c.from, c.to = c.buf[:n], c.from[:n], c.to[:n]
}

// newText cleans src. headers are the running headers to drop, each
// matched against a whole line.
func newText(src string, headers []*rx) *text {
	return newTextKeeping(src, headers, nil)
}

// newTextKeeping cleans src, keeping in the clean text the footnotes
// numbered in keep: those the order makes its own. Every other footnote,
// its first line (which begins with its mark) and the lines after it to
// a blank line, a running header, a page break or a line of pleading
// paper's next page, is taken out: a footnote is a paragraph of its own
// at the foot of the page.
func newTextKeeping(orig string, headers []*rx, keep map[int]bool) *text {
	t := &text{src: orig}
	// The clean text is read from the source with the court's
	// interlineations applied, every byte in its place.
	src := unsectioned(unquotedMail(unboxed(unchecked(interlineated(joinedHeaders(orig))))))
	c := &cleaner{}
	page, last := 1, 0
	var deferred []column
	rows := 0
	// note is the number of the footnote the lines are in, 0 outside one;
	// noteAt is where its kept text begins in the clean text.
	note, noteAt := 0, 0
	// carried is the note a page's end cut, which the next page's notes
	// may carry on.
	carried := 0
	endNote := func() {
		if note > 0 && keep[note] {
			t.notes = append(t.notes, [2]int{noteAt, len(c.buf)})
		}
		note = 0
	}
	tables := findTables(src, headers)
	footers := courtFooters(src)
	colonRuled := colonRows(src)
	// underRule is set below a short rule of underscores that footnotes
	// numbered in plain digits follow, until prose goes on.
	underRule := false
	// afterWords is set after a line of words that is kept.
	afterWords := false
	for off := 0; off <= len(src); {
		end := strings.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off
		}
		line := src[off:end]
		// A form feed is a page break, as pdftotext writes it.
		if n := strings.Count(line, "\f"); n > 0 {
			page += n
			last = 0
		}
		if m := pageOf.FindStringSubmatch(line); m != nil {
			if p, err := strconv.Atoi(m[1]); err == nil && p >= page && p < page+1000 {
				page = p
			}
		}
		keepFrom := 0
		numbered := false
		if m := linePrefix.FindStringSubmatchIndex(line); m != nil {
			keepFrom = m[1]
			if m[2] >= 0 {
				n, _ := strconv.Atoi(line[m[2]:m[3]])
				switch {
				case strings.TrimSpace(line[m[1]:]) == "" && m[2] >= pageNumberIndent:
					// A page number centred at the page's foot, alone on
					// its line: no words, and no pleading line counted.
					numbered = true
				case n >= 1 && n <= pleadingMax && n > last && (last > 0 && n <= last+4 || last == 0 && numberedNext(src, end, n)) && !citation.MatchString(line[m[1]:]):
					// The next number of the page, or the first of a text
					// that starts mid-page.
					last, numbered = n, true
				case n > pleadingMax && last >= pleadingMax-4 && n > last && n <= last+4 && !citation.MatchString(line[m[1]:]):
					// A page numbered past pleading paper's 28 lines goes on
					// counting, and so may a rendering that numbers every
					// line of the order on from page to page, past 99.
					last, numbered = n, true
				case n >= 1 && n <= 2 && last >= 3:
					// The numbers start again: a new page.
					page++
					last, numbered = n, true
				case strings.TrimSpace(line[m[1]:]) == "" && n <= pleadingMax:
					numbered = true
				default:
					// Not a pleading number ("28 U.S.C. ..."): keep it.
					keepFrom = m[2]
				}
			}
		}
		t.lineStart = append(t.lineStart, off)
		t.page = append(t.page, page)
		// A table is written a row at a time, at its first line; its
		// lines are not read again.
		for len(tables) > 0 && tables[0].end < off {
			tables = tables[1:]
		}
		if len(tables) > 0 && off >= tables[0].start {
			if off == tables[0].start {
				for _, d := range deferred {
					c.emit("\n", d.off, d.off)
					cleanLine(c, d.line, d.off, d.from, nil)
				}
				deferred = deferred[:0]
				t.rows = append(t.rows, tables[0].emit(c)...)
			}
			off = end + 1
			continue
		}
		drop, header := false, false
		if isHeader(strings.TrimSpace(line), headers) || footers[strings.TrimSpace(strings.ReplaceAll(line, "\f", ""))] {
			drop = true
		} else if h := headerPrefix(line[keepFrom:], headers); h > 0 {
			// An ECF header that a PDF-to-text tool ran into the first
			// words of the page: the header goes, the words stay.
			keepFrom += h
			header = true
		}
		rest := strings.TrimSpace(strings.ReplaceAll(line[keepFrom:], "\f", ""))
		if note > 0 && (rest == "" || drop || header || strings.Contains(line, "\f") || numbered) {
			// A note cut by its page's end may go on under the next
			// page's rule.
			carried = note
			endNote()
		}
		// A footnote's number may have been read as a pleading line's.
		fn := plainFootnote.FindStringSubmatch(rest)
		if fn == nil {
			fn = plainFootnote.FindStringSubmatch(strings.TrimSpace(strings.ReplaceAll(line, "\f", "")))
		}
		// The notes end with their page: its number, its running header or
		// footer, a page break; or where prose goes on.
		pageEnds := pageNumber.MatchString(rest) || drop || header || strings.Contains(line, "\f")
		if underRule && rest != "" && (pageEnds || note == 0 && fn == nil) {
			underRule = false
			endNote()
			if pageNumber.MatchString(rest) {
				drop = true
			}
		}
		switch {
		case rest == "" && header:
			// A line that is only a header.
			drop = true
		case rest == "" && numbered && !afterWords:
			// A line that is only a pleading number, at a page's head or
			// after another such line.
			drop = true
		case rest == "" && numbered:
			// A line that is only a pleading number, after a line of
			// words, is a blank line: it parts paragraphs ("A. Payment
			// information", a numbered line, then the paragraph).
		case footRule.MatchString(rest) && !numbered && len(line[keepFrom:])-len(strings.TrimLeft(line[keepFrom:], " \t")) <= 8 && footnoteFollows(src, end, headers):
			// "____" at a page's foot, footnotes under it: neither is
			// words of the order.
			endNote()
			underRule, drop, carried = true, true, 0
		case footRule.MatchString(rest) && !numbered && carried > 0 && len(line[keepFrom:])-len(strings.TrimLeft(line[keepFrom:], " \t")) <= 8 && noteGoesOn(src, end):
			// The rule over a note carried on from the page before: its
			// words are that note's.
			endNote()
			underRule, drop = true, true
			note, noteAt, carried = carried, len(c.buf), 0
		case underRule && fn != nil:
			endNote()
			n, _ := strconv.Atoi(strings.Trim(fn[1], "[]()"))
			note, noteAt = n, len(c.buf)
			drop = !keep[note]
		case startsFootnote(rest):
			endNote()
			note, noteAt = footnoteNumber(rest), len(c.buf)
			drop = !keep[note]
		case note > 0 && fn != nil && strings.Trim(fn[1], "[]()") == strconv.Itoa(note+1):
			// The next footnote, right after the one that runs on from
			// the page before: "3 Lindgren Decl. ¶ 7. ..." after note 2.
			endNote()
			note, noteAt = note+1, len(c.buf)
			drop = !keep[note]
		case note > 0:
			drop = !keep[note]
		}
		parts := columns(line, keepFrom)
		if len(parts) == 0 && colonRuled[off] {
			parts = colonColumns(line, keepFrom)
		}
		if len(parts) == 0 && len(deferred) > 0 && rest != "" {
			// A row with words in its right column only, indented as far
			// as the right column of the rows above it ("U.S. Magistrate
			// Judge" under the judge's name beside the place): it goes on
			// that column, not on the left one.
			lead := len(line) - len(strings.TrimLeft(line, " \t"))
			if last := deferred[len(deferred)-1]; lead >= 20 && lead == keepFrom && lead >= last.from-2 {
				parts = [][2]int{{lead, lead}, {lead, len(strings.TrimRight(line, " \t\r"))}}
			}
		}
		if len(parts) > 0 {
			rows = 0
		} else if len(deferred) > 0 {
			rows++
		}
		if len(parts) == 0 && (rest == "" || rows > maxCaptionRows || captionRule.MatchString(rest)) {
			// A blank line ends a caption set in columns (a row may have
			// words in its left column only): what its right column said
			// follows its left.
			for _, d := range deferred {
				c.emit("\n", d.off, d.off)
				cleanLine(c, d.line, d.off, d.from, nil)
			}
			if len(deferred) > 0 {
				c.emit("\n", off, off)
			}
			deferred = deferred[:0]
		}
		if !drop {
			var skip [][2]int
			if pleadingRun.MatchString(line) {
				skip = inlineNumbers(line)
			}
			// An ECF header a PDF-to-text tool ran into the middle of a
			// sentence, with the page's number before it ("within thirty
			// (30) 3 Case 1:26-mc-00288-HRB Document 17 Filed 10/15/26
			// Page 4 of 4 days of the notice"): it goes, the words stay.
			for _, m := range inlineHeader.FindAllStringIndex(line, -1) {
				if m[0] > keepFrom {
					skip = append(skip, [2]int{m[0] + 1, m[1]})
				}
			}
			slices.SortFunc(skip, func(a, b [2]int) int { return a[0] - b[0] })
			if len(parts) > 0 {
				// A row of a caption set in columns ("IN RE APPLICATION OF
				// ... ) No. 23-mc-..."): the left column is read in place,
				// the others once the caption ends, so that neither's
				// words run into the other's.
				cleanLine(c, line[:parts[0][1]], off, parts[0][0], skip)
				for _, p := range parts[1:] {
					deferred = append(deferred, column{line: line[:p[1]], off: off, from: p[0]})
				}
			} else {
				cleanLine(c, line, off, keepFrom, skip)
			}
			if end < len(src) {
				c.emit("\n", end, end+1)
			}
		}
		afterWords = !drop && rest != ""
		off = end + 1
	}
	endNote()
	for _, d := range deferred {
		c.emit("\n", d.off, d.off)
		cleanLine(c, d.line, d.off, d.from, nil)
	}
	t.runes = make([]int32, len(src)+1)
	var n int32
	for i := 0; i < len(src); {
		_, size := utf8.DecodeRuneInString(orig[i:])
		for k := range size {
			t.runes[i+k] = n
		}
		n++
		i += size
	}
	t.runes[len(src)] = n
	moved := c.joinHyphenated()
	for i := range t.rows {
		row := &t.rows[i]
		row.a, row.b = moved[row.a], moved[row.b]
		for k := range row.cells {
			row.cells[k] = [2]int{moved[row.cells[k][0]], moved[row.cells[k][1]]}
		}
	}
	c.repairOCR()
	t.clean = string(c.buf)
	t.from = append(c.from, len(src))
	t.to = append(c.to, len(src))
	return t
}

// inlineNumbers returns the byte ranges of a line that are pleading-paper
// numbers run into the text: from the first "1 2 3", each whole number
// that continues the count (allowing a line or two without one).
func inlineNumbers(line string) [][2]int {
	loc := pleadingRun.FindStringIndex(line)
	if loc == nil {
		return nil
	}
	var skip [][2]int
	want := 1
	for i := loc[0]; i < len(line); {
		for i < len(line) && line[i] == ' ' {
			i++
		}
		j := i
		for j < len(line) && line[j] != ' ' {
			j++
		}
		if n, err := strconv.Atoi(line[i:j]); err == nil && j > i && line[i] != '+' && line[i] != '-' {
			if n >= want && n <= want+2 {
				k := j
				for k < len(line) && line[k] == ' ' {
					k++
				}
				skip = append(skip, [2]int{i, k})
				want = n + 1
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	return skip
}

// column is a right-hand column of a caption row, kept until the caption
// ends: line[from:] at source offset off.
type column struct {
	line      string
	off, from int
}

// maxCaptionRows is how many rows without a right column a caption set
// in columns may run on before its right column is read.
const maxCaptionRows = 12

// columnGap separates the columns of a caption: a run of spaces before the
// ")", ":" or "§" that rules the columns, or a gap wider than any in
// running text.
var columnGap = mustRx(`\s{2,}[)§:](?:\s+|$)|^\s*[)§:](?:\s+|$)| {6,}`)

// captionRule is the rule of dashes that closes a caption set in columns
// ("-----------x"): a caption flattened to text may have no blank line
// after it.
var captionRule = mustRx(`^\s*[-=_]{20,}\s*[xX]?\s*$`)

// colonGap is a colon between single spaces, or ending the line: the rule
// of a caption's columns where a rendering has collapsed the spaces
// around it ("In re Application of : 26-mc-0198 (JRL)").
var colonGap = mustRx(`\s:(?:\s+|$)`)

// colonRows returns the offsets of lines in a run of three or more, each
// of which has a colonGap: a caption's rows ruled by colons, where one
// line of prose with " : " is none.
func colonRows(src string) map[int]bool {
	rows := map[int]bool{}
	var run []int
	flush := func() {
		if len(run) >= 3 {
			for _, o := range run {
				rows[o] = true
			}
		}
		run = run[:0]
	}
	for off := 0; off < len(src); {
		end := strings.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off
		}
		if colonGap.MatchString(src[off:end]) {
			run = append(run, off)
		} else {
			flush()
		}
		off = end + 1
	}
	flush()
	return rows
}

// colonColumns splits a row of a caption ruled by colons at its first
// colonGap, as columns does at a wider gap.
func colonColumns(line string, from int) [][2]int {
	s := line[from:]
	g := colonGap.FindStringIndex(s)
	if g == nil {
		return nil
	}
	left := [2]int{from, from + g[0]}
	right := [2]int{from + g[1], from + len(strings.TrimRight(s, " \t\r"))}
	if right[1] <= right[0] {
		return [][2]int{left}
	}
	return [][2]int{left, right}
}

// itemLabel is a paragraph's number alone: "3.", "(b)", "iv.".
var itemLabel = mustRx(`^\s*(?:\(?(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)]|¶\s*\d{1,2}\.?)$`)

// columns returns the byte ranges of line[from:]'s columns, when it is a
// row of a caption set in columns; nil otherwise. The first range may be
// empty (a row whose left column is blank).
func columns(line string, from int) [][2]int {
	s := line[from:]
	gaps := columnGap.FindAllStringIndex(s, -1)
	// A section sign before a number cites a statute ("§ 1782 Permitting
	// Discovery from" at a line's start): it rules no column.
	gaps = slices.DeleteFunc(gaps, func(g []int) bool {
		return strings.Contains(s[g[0]:g[1]], "§") && g[1] < len(s) && s[g[1]] >= '0' && s[g[1]] <= '9'
	})
	if len(gaps) == 0 || strings.TrimSpace(s) == "" {
		return nil
	}
	// Indentation alone is no column.
	lead := len(s) - len(strings.TrimLeft(s, " \t"))
	if len(gaps) == 1 && gaps[0][0] == 0 && gaps[0][1] == lead && !strings.ContainsAny(s[:lead], ")§:") {
		return nil
	}
	// A paragraph's number set off from its words ("3.      Within
	// thirty ...") is no column.
	if len(gaps) == 1 && itemLabel.MatchString(s[:gaps[0][0]]) {
		return nil
	}
	var parts [][2]int
	at := 0
	for _, g := range gaps {
		parts = append(parts, [2]int{from + at, from + g[0]})
		at = g[1]
	}
	parts = append(parts, [2]int{from + at, from + len(strings.TrimRight(s, " \t\r"))})
	// Empty columns other than the first say nothing.
	out := parts[:1]
	for _, p := range parts[1:] {
		if p[1] > p[0] {
			out = append(out, p)
		}
	}
	if out[0][1] < out[0][0] {
		out[0][1] = out[0][0]
	}
	return out
}

// interlineation is a change the court wrote on a proposed order before
// signing it, as a text rendering marks it: words struck through ("[struck:
// all documents concerning]") and words written in ("[inserted by the
// Court: documents sufficient to show]"). Group 1 is what was struck, group
// 2 what was written in.
var interlineation = mustRx(`(?i)\[(?:struck(?: through)?|stricken|deleted|crossed out)(?: by the Court)?:\s*([^\[\]]*)\]|\[(?:inserted|added|written in|interlineated)(?: by the Court)?:\s*([^\[\]]*)\]`)

// interlineated returns src with the court's interlineations applied:
// what it struck and the marks around what it wrote in overwritten with
// "*", which the clean text drops (cleanLine) without moving a line's
// words (spaces would indent them as a column), line breaks kept and every
// byte in its place.
func interlineated(src string) string {
	all := interlineation.FindAllStringSubmatchIndex(src, -1)
	if all == nil {
		return src
	}
	b := []byte(src)
	blank := func(i, j int) { struck(b, i, j) }
	for _, m := range all {
		if m[2] >= 0 {
			blank(m[0], m[1])
			continue
		}
		blank(m[0], m[4])
		blank(m[5], m[1])
	}
	return string(b)
}

// struck overwrites b[i:j] with "*", which the clean text drops
// (cleanLine) without moving a line's words, its line breaks kept.
func struck(b []byte, i, j int) {
	for k := i; k < j; k++ {
		if b[k] != '\n' {
			b[k] = '*'
		}
	}
}

// checkBox is a box of a form the court fills in: "[X]" checked, "[ ]"
// not (group 1 the mark).
var checkBox = mustRx(`\[([ xX✓✔])\]|([☐☒☑])`)

// joinedHeaders returns src with an ECF header a PDF-to-text tool ran
// into a sentence and split over two lines ("within twenty- Case" /
// "1:26-mc-00388-LCW Document 9 Filed 07/14/26 Page 4 of 5 one (21) days")
// on one line, so that it is taken out as inlineHeader is and the words
// around it are kept. Every byte stays in its place: the line's end
// becomes a space.
func joinedHeaders(src string) string {
	ms := splitHeader.FindAllStringSubmatchIndex(src, -1)
	if ms == nil {
		return src
	}
	b := []byte(src)
	for _, m := range ms {
		b[m[2]] = ' '
	}
	return string(b)
}

// splitHeader is an ECF header whose "Case" ends a line of words, the rest
// on the next line (group 1 the line's end).
var splitHeader = mustRx(`\S\s+Case:?(\n)(?:\d{1,2}:)?\d{2}-[a-zA-Z]{2,4}-\d{2,6}(?:-[A-Z]{2,5})*\s+Document\s+#?:?\s?\d+(?:-\d+)?\s+Filed:?\s+\d{1,2}/\d{1,2}/\d{2,4}\s+Page\s+\d+\s+of\s+\d+\b`)

// unchecked returns src, when it is a form the court fills in by checking
// boxes (three boxes checked and three not, at least), with what each
// unchecked box offers overwritten as interlineated overwrites what the
// court struck: to the next box on its line, or to the line's end and the
// lines under it indented further, its item's own. A checked box's mark is
// overwritten too; what it offers stays. Every byte stays in its place.
func unchecked(src string) string {
	all := checkBox.FindAllStringSubmatchIndex(src, -1)
	on, off := 0, 0
	isOff := func(m []int) bool {
		return m[2] >= 0 && src[m[2]:m[3]] == " " || m[4] >= 0 && src[m[4]:m[5]] == "☐"
	}
	for _, m := range all {
		if isOff(m) {
			off++
		} else {
			on++
		}
	}
	if on < 3 || off < 3 {
		return src
	}
	b := []byte(src)
	blank := func(i, j int) { struck(b, i, j) }
	for k, m := range all {
		if !isOff(m) {
			blank(m[0], m[1])
			continue
		}
		lineEnd := strings.IndexByte(src[m[0]:], '\n')
		if lineEnd < 0 {
			lineEnd = len(src)
		} else {
			lineEnd += m[0]
		}
		end := lineEnd
		if k+1 < len(all) && all[k+1][0] < lineEnd {
			end = all[k+1][0]
		}
		blank(m[0], end)
		// An item that opens its line runs on through the lines under it
		// indented further.
		lineStart := strings.LastIndexByte(src[:m[0]], '\n') + 1
		if end != lineEnd || strings.TrimSpace(src[lineStart:m[0]]) != "" && !leadingNumber.MatchString(src[lineStart:m[0]]) {
			continue
		}
		indent := m[0] - lineStart
		for at := lineEnd + 1; at < len(src); {
			next := strings.IndexByte(src[at:], '\n')
			if next < 0 {
				next = len(src) - at
			}
			line := src[at : at+next]
			// Pleading paper's line number is no indentation.
			if n := lineNumber.FindStringIndex(line); n != nil {
				line = strings.Repeat(" ", n[1]) + line[n[1]:]
			}
			words := strings.TrimLeft(line, " \t")
			if words == "" || len(line)-len(words) <= indent || checkBox.MatchString(words[:min(len(words), 3)]) {
				break
			}
			blank(at, at+next)
			at += next + 1
		}
	}
	return string(b)
}

// leadingNumber is pleading paper's line number before a line's words;
// lineNumber the same at a line's start, with what follows.
var (
	leadingNumber = mustRx(`^\s*\d{1,2}\s+$`)
	lineNumber    = mustRx(`^\s*\d{1,2}(?:\s|$)`)
)

// mailQuote is the mark an e-mail puts before each line it quotes: "> ",
// ">> ", or ">" alone on a blank line.
var mailQuote = mustRx(`(?m)^(?:>[ \t]?)+`)

// unquotedMail returns src with the marks of an order quoted in an e-mail
// ("> IT IS ORDERED that ...") blank, where twenty lines or more carry
// them: the order's lines are read as written. Every byte stays in its
// place.
func unquotedMail(src string) string {
	all := mailQuote.FindAllStringIndex(src, -1)
	if len(all) < 20 {
		return src
	}
	b := []byte(src)
	for _, m := range all {
		for i := m[0]; i < m[1]; i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// sectionColumn is a section mark that divides a caption's columns, as
// Texas courts print them: at a line's end ("IN RE EX PARTE APPLICATION
// OF §"), or before the case's number ("... § 1782 § CASE NO. ...").
var sectionColumn = mustRx(`(?m)[ \t]§[ \t]*$|[ \t]§[ \t]+(?:CASE|Case|CIVIL|Civil|MISC|Misc|No\.|NO\.)`)

// unsectioned returns src with the section marks that divide a caption's
// columns blank, where three lines or more end with one: the statute's
// "§ 1782" stays. Every byte stays in its place.
func unsectioned(src string) string {
	all := sectionColumn.FindAllStringIndex(src, -1)
	ends := 0
	for _, m := range all {
		if strings.TrimSpace(src[m[0]:m[1]]) == "§" {
			ends++
		}
	}
	if ends < 3 {
		return src
	}
	b := []byte(src)
	for _, m := range all {
		i := m[0] + strings.Index(src[m[0]:m[1]], "§")
		copy(b[i:i+len("§")], "  ")
	}
	return string(b)
}

// boxLine is a line of a box drawn around a stamp or an endorsement
// ("|   Application GRANTED. SO ORDERED.   |"): one bar at each end, none
// between, so no table.
var boxLine = mustRx(`(?m)^[ \t]*\|[^|\n]*\|[ \t]*$`)

// unboxed returns src with the bars of a box of three lines or more,
// drawn around a stamp or an endorsement, blank: its words are read as
// the lines they are, not as two columns. Every byte stays in its place.
func unboxed(src string) string {
	all := boxLine.FindAllStringIndex(src, -1)
	if len(all) < 3 {
		return src
	}
	b := []byte(src)
	for k := 0; k < len(all); {
		// A run of box lines, one after another.
		j := k
		for j+1 < len(all) && all[j+1][0] == all[j][1]+1 {
			j++
		}
		if j-k >= 2 {
			for _, m := range all[k : j+1] {
				line := b[m[0]:m[1]]
				for i, c := range line {
					if c == '|' {
						line[i] = ' '
					}
				}
			}
		}
		k = j + 1
	}
	return string(b)
}

// courtLine is a line that names only the court, in one line: "United
// States District Court, Northern District of California", "United States
// District Court / Northern District of California".
var courtLine = mustRx(`(?i)^United States District Court(?:,|\s+[/|–-])?\s+(?:for the )?(?:(?:Northern|Southern|Eastern|Western|Central|Middle) )?District of [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?$`)

// titleFoot is a running foot: a title in capitals, a wide gap, the
// page's number (group 1 the title).
var titleFoot = mustRx(`^(\[?[A-Z][A-Z0-9 ,.'§()&/\[\]-]{8,}?)[ \t]{4,}\d{1,3}$`)

// titleCaseFoot is a running foot of the title in capitals and the
// case's number, after a dash or a wide gap: "ORDER GRANTING EX PARTE
// APPLICATION – Case No. 5:26-mc-80037-NKV", "ORDER GRANTING IN PART §
// 1782 APPLICATION            Case No. 2:26-mc-00147-HRT".
// A caption's first line ("IN RE EX PARTE APPLICATION OF       Case No.
// ...") is no foot: after a wide gap the title is the order's.
var titleCaseFoot = mustRx(`^(?:[A-Z][A-Z0-9 ,.'§()&/\[\]-]{8,}?\s+[–—-]\s+|(?:\[PROPOSED\]\s+)?(?:AMENDED\s+)?(?:ORDER|MEMORANDUM)\b[A-Z0-9 ,.'§()&/\[\]-]{4,}?[ \t]{4,})(?:Case\s+)?No\.?\s*[0-9A-Za-z:().-]+(?:\s+\([A-Z]{2,5}\))?$`)

// courtFooters returns the lines that name the court and repeat: a page's
// footer, no words of the order. The court named once is its caption.
//
// So are the lines a page's number closes ("ORDER" / "MC26-0044-KMO" /
// "PAGE - 3", W.D. Wash.'s foot): the one or two lines right above "PAGE -
// n", when the same lines stand above it on more than one page; and a
// title in capitals with the page's number after a wide gap (titleFoot),
// on more than one page, or the title and the case's number
// (titleCaseFoot), on more than one page; and a page's number between
// dashes (dashPage), on more than one page.
func courtFooters(src string) map[string]bool {
	seen := map[string]int{}
	above := map[string]int{}
	var prev []string
	for _, line := range strings.Split(src, "\n") {
		l := strings.TrimSpace(strings.ReplaceAll(line, "\f", ""))
		if courtLine.MatchString(l) {
			seen[l]++
		}
		if l == "" {
			continue
		}
		if pageFoot.MatchString(l) {
			for _, p := range prev[max(0, len(prev)-2):] {
				above[p]++
			}
		}
		// "ORDER GRANTING APPLICATION UNDER" / "28 U.S.C. § 1782 AS
		// MODIFIED - 1": a title over two lines, the page's number after
		// a dash on the second; its first line, on more than one page.
		if dashFoot.MatchString(l) && len(prev) > 0 && capsLine.MatchString(prev[len(prev)-1]) {
			above[prev[len(prev)-1]]++
		}
		prev = append(prev, l)
	}
	out := map[string]bool{}
	for l, n := range seen {
		if n > 1 {
			out[l] = true
		}
	}
	// A title in capitals and the page's number after a wide gap, on
	// more than one page ("[PROPOSED] ORDER GRANTING EX PARTE APPLICATION
	// 1"), is the document's running foot.
	titled := map[string][]string{}
	// A page's number alone between dashes ("-3-"), on more than one
	// page.
	var dashed []string
	for _, line := range strings.Split(src, "\n") {
		l := strings.TrimSpace(strings.ReplaceAll(line, "\f", ""))
		if dashPage.MatchString(l) {
			dashed = append(dashed, l)
		}
		if m := titleFoot.FindStringSubmatch(l); m != nil {
			titled[m[1]] = append(titled[m[1]], l)
		} else if titleCaseFoot.MatchString(l) {
			titled[l] = append(titled[l], l)
		}
	}
	for _, ls := range titled {
		if len(ls) > 1 {
			for _, l := range ls {
				out[l] = true
			}
		}
	}
	for l, n := range above {
		if n > 1 && len(l) <= 40 {
			out[l] = true
		}
	}
	if len(dashed) > 1 {
		for _, l := range dashed {
			out[l] = true
		}
	}
	return out
}

// dashFoot is a foot's last line, its page's number after a dash: "28
// U.S.C. § 1782 AS MODIFIED - 2"; capsLine a line of a title in capitals.
var (
	dashFoot = mustRx(`^[A-Z0-9][A-Z0-9 ,.'§()&/-]{3,} - \d{1,3}$`)
	capsLine = mustRx(`^[A-Z][A-Z0-9 ,.'§()&/\[\]-]{8,}$`)
)

// dashPage is a page's number between dashes, alone on its line: "-3-",
// "- 3 -".
var dashPage = mustRx(`^-\s?\d{1,3}\s?-$`)

// inlineHeader is an ECF header inside a line, after words, with the
// page's number before it.
var inlineHeader = mustRx(`\s(?:\d{1,3}\s+)?Case:?\s(?:No\.\s)?(?:\d{1,2}:)?\d{2}-[a-zA-Z]{2,4}-\d{2,6}(?:-[A-Z]{2,5})*\s+Document\s+#?:?\s?\d+(?:-\d+)?\s+Filed:?\s+\d{1,2}/\d{1,2}/\d{2,4}\s+Page\s+\d+\s+of\s+\d+(?:\s+Page\s?ID[ .#:]*[\d,]+)?`)

// pageFoot is a page's number at its foot, labelled: "PAGE - 3", "Page 3".
var pageFoot = mustRx(`(?i)^page\s*[-–]?\s*\d{1,3}$`)

// struckOrBlank is what may stand before a running header on its line:
// white space, and words a redline struck ("~~[PROPOSED]~~ ORDER GRANTING
// ... - 1 -"), which redlined leaves as zero bytes.
const struckOrBlank = " \t\x00"

// headerPrefix returns the length of a running header that starts line
// (after its indentation and any words struck before it), or 0.
func headerPrefix(line string, headers []*rx) int {
	lead := len(line) - len(strings.TrimLeft(line, struckOrBlank))
	for _, h := range headers {
		if m := h.FindStringIndex(line[lead:]); m != nil && m[0] == 0 && m[1] > 0 {
			return lead + m[1]
		}
	}
	return 0
}

// isHeader reports whether a running header is the whole line.
func isHeader(line string, headers []*rx) bool {
	line = strings.TrimLeft(line, struckOrBlank)
	for _, h := range headers {
		if m := h.FindStringIndex(line); m != nil && m[0] == 0 && m[1] == len(line) {
			return true
		}
	}
	return false
}

// isSuperscript reports a footnote mark: "EACH ACCOUNT ²:" in the text, and
// at the foot of the page "² “EACH ACCOUNT” is defined as ...".
func isSuperscript(r rune) bool {
	switch r {
	case '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰':
		return true
	}
	return false
}

// footnoteNumber reads the number of the footnote mark s begins with:
// "³" is 3, "¹²" is 12.
func footnoteNumber(s string) int {
	n := 0
	for _, r := range s {
		d := strings.IndexRune("⁰¹²³⁴⁵⁶⁷⁸⁹", r)
		if d < 0 {
			break
		}
		n = n*10 + utf8.RuneCountInString("⁰¹²³⁴⁵⁶⁷⁸⁹"[:d])
	}
	return n
}

// footRule is the short rule of underscores footnotes stand under, at the
// margin and outside a pleading's numbered lines (a signature's line
// stands far from the margin, or on a numbered line), and plainFootnote a
// footnote numbered in plain digits, in words of prose (a judge's name
// under a signature line is in capitals): "1 Dr. Coutinho explains ...",
// "[2] The Court notes ...", "(3) Compare ...".
var (
	footRule      = mustRx(`^_{5,40}$`)
	plainFootnote = mustRx(`^(\d{1,2}|\[\d{1,2}\]|\(\d{1,2}\))\s+\S[^\n]{0,20}\p{Ll}`)
	pageNumber    = mustRx(`^-?\s*\d{1,3}\s*-?$`)
)

// footnoteFollows reports whether the first line with words after the
// line that ends at end begins a footnote numbered in plain digits (a
// signature's line has a name under it, not a note), and the page ends
// within a few lines of it, or the text does.
// noteGoesOn reports whether the first line with words after source byte
// end goes on with a sentence: it opens in lower case, near the margin
// ("  deliver to Microsoft a written objection ..."), as a note carried
// over from the page before does under its rule.
func noteGoesOn(src string, end int) bool {
	for off := end + 1; off < len(src); {
		e := strings.IndexByte(src[off:], '\n')
		if e < 0 {
			e = len(src) - off
		}
		line := strings.ReplaceAll(src[off:off+e], "\f", "")
		if l := strings.TrimSpace(line); l != "" {
			r, _ := utf8.DecodeRuneInString(l)
			return unicode.IsLower(r) && len(line)-len(strings.TrimLeft(line, " \t")) <= 4
		}
		off += e + 1
	}
	return false
}

func footnoteFollows(src string, end int, headers []*rx) bool {
	first := true
	for off, n := end+1, 0; off < len(src) && n < 30; n++ {
		e := strings.IndexByte(src[off:], '\n')
		if e < 0 {
			e = len(src) - off
		}
		line := src[off : off+e]
		l := strings.TrimSpace(strings.ReplaceAll(line, "\f", ""))
		switch {
		case first && l != "":
			if !plainFootnote.MatchString(l) {
				return false
			}
			first = false
		case !first && (strings.Contains(line, "\f") || pageNumber.MatchString(l) || isHeader(l, headers) || headerPrefix(line, headers) > 0):
			// Notes stand at a page's foot: its number, its running
			// header or a page break follows them.
			return true
		}
		off += e + 1
		if off >= len(src) {
			return !first
		}
	}
	return false
}

func startsFootnote(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isSuperscript(r)
}

// plain maps typographic characters to the plain ones patterns are
// written with.
var plain = map[rune]string{
	'“': `"`, '”': `"`, '„': `"`, '‘': "'", '’': "'", '\u00a0': " ", '\u2009': " ",
	'–': "-", '—': "-", '‐': "-", '\t': " ", '\r': "", '\f': "",
	'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi", 'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st", '\u00ad': "",
	// What a redlined order deleted (redlined) is no text at all.
	0: "",
}

// cleanLine writes the words of line from byte i on: markdown emphasis and
// link targets dropped, footnote marks dropped with the space before them,
// typographic characters made plain, and the skipped ranges left out. off
// is the source offset of line[0].
func cleanLine(c *cleaner, line string, off, i int, skip [][2]int) {
	for i < len(line) {
		if len(skip) > 0 && i >= skip[0][0] {
			if i < skip[0][1] {
				i = skip[0][1]
			}
			skip = skip[1:]
			continue
		}
		r, size := utf8.DecodeRuneInString(line[i:])
		start, end := off+i, off+i+size
		switch {
		case r == '*':
			// Markdown emphasis; also Westlaw's star paging ("*1"), which
			// says nothing either: its number goes with it, where it stands
			// between words ("twenty-eight (28) days *4 after").
			if n := starPage(line, i); n > 0 {
				size = n
			}
		case r == '[' && bracketStar.MatchString(line[i:]):
			// A case-law site's page mark in brackets ("[*5]") says
			// nothing; a number's words it breaks ("twenty- [*5] one")
			// are one word.
			size = len(bracketStar.FindString(line[i:]))
			if n := len(c.buf); n >= 2 && c.buf[n-1] == ' ' && c.buf[n-2] == '-' {
				c.trimSpace()
				for i+size < len(line) && line[i+size] == ' ' {
					size++
				}
			}
		case r == '[' && strings.Contains(line[i:], "](#)"):
			// [22-mc-80240-VKD](#): keep the words, drop the link.
		case r == ']' && strings.HasPrefix(line[i:], "](#)"):
			size = len("](#)")
		case isSuperscript(r):
			c.trimSpace()
		case r == utf8.RuneError && size == 1:
			c.emit(" ", start, end)
		case r >= 0xC2 && r <= 0xF4:
			// UTF-8 read as Windows-1252 ("â€œ", "Â§"): the characters
			// the order wrote, each with the source bytes it came from.
			if fixed, n := unmojibake(line[i:]); n > 0 {
				size = n
				for _, fr := range fixed {
					if p, ok := plain[fr]; ok {
						c.emit(p, start, off+i+n)
					} else {
						c.emit(string(fr), start, off+i+n)
					}
				}
			} else {
				c.emit(line[i:i+size], start, end)
			}
		default:
			if p, ok := plain[r]; ok {
				c.emit(p, start, end)
			} else {
				c.emit(line[i:i+size], start, end)
			}
		}
		i += size
	}
}

// span returns the source span of the clean bytes [i, j).
func (t *text) span(i, j int) Span {
	if j <= i {
		j = i + 1
	}
	i = min(max(i, 0), len(t.clean))
	j = min(max(j, 0), len(t.clean))
	so := t.from[i]
	eo := t.to[max(j-1, 0)]
	if j == i {
		eo = so
	}
	if eo < so {
		// The span runs from a caption's left column into a right column
		// read after it: it covers the source from the first of its bytes
		// to the last.
		for k := i; k < j; k++ {
			so, eo = min(so, t.from[k]), max(eo, t.to[k])
		}
	}
	l1, c1 := t.lineCol(so)
	l2, c2 := t.lineCol(eo)
	return Span{Page: t.page[l1], Line: l1 + 1, Start: c1, EndLine: l2 + 1, End: c2, Offset: so, EndOffset: eo}
}

// cleanAt returns the first clean byte that comes from source offset so
// or after it: the inverse of span, for a place in the source.
func (t *text) cleanAt(so int) int {
	for i, f := range t.from {
		if f >= so {
			return i
		}
	}
	return len(t.clean)
}

// sourceSpan returns the span of the source bytes [so, eo).
func (t *text) sourceSpan(so, eo int) Span {
	so = min(max(so, 0), len(t.src))
	eo = min(max(eo, so), len(t.src))
	l1, c1 := t.lineCol(so)
	l2, c2 := t.lineCol(eo)
	return Span{Page: t.page[l1], Line: l1 + 1, Start: c1, EndLine: l2 + 1, End: c2, Offset: so, EndOffset: eo}
}

// lineCol returns the 0-based line of a source offset and its character
// column.
func (t *text) lineCol(off int) (int, int) {
	lo, hi := 0, len(t.lineStart)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if t.lineStart[mid] <= off {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	end := min(off, len(t.src))
	return lo, int(t.runes[end] - t.runes[t.lineStart[lo]])
}

// words returns the clean bytes [i, j) as one line of words: runs of
// white space made one space.
func (t *text) words(i, j int) string {
	return strings.Join(strings.Fields(t.clean[i:j]), " ")
}

// unmojibake reads a run of characters at the start of s that are the
// bytes of UTF-8 text decoded as Windows-1252 ("â€œ" for "“", "Â§" for
// "§"), and returns the text they were and how many bytes of s they take;
// 0 when s does not start with one. A closing quotation mark whose last
// byte (0x9D, undefined in Windows-1252) was lost on the way, "â€", is
// taken as the mark it was.
func unmojibake(s string) (string, int) {
	var raw []byte
	var ends []int
	for i := 0; i < len(s) && len(raw) < 4; {
		r, size := utf8.DecodeRuneInString(s[i:])
		b, ok := charmap.Windows1252.EncodeRune(r)
		if !ok || b < 0x80 {
			break
		}
		raw = append(raw, b)
		i += size
		ends = append(ends, i)
		if len(raw) == 1 {
			continue
		}
		if r, n := utf8.DecodeRune(raw); r != utf8.RuneError && n == len(raw) && n > 1 {
			return string(r), i
		}
	}
	if len(raw) >= 2 && raw[0] == 0xE2 && raw[1] == 0x80 {
		return "”", ends[1]
	}
	return "", 0
}

// bracketStar is a star page's mark in brackets: "[*5]".
var bracketStar = mustRx(`^\[\*\d{1,4}\]`)

// starPage returns the length of a star page's mark ("*4") at byte i of
// line, where it stands between words, or 0.
func starPage(line string, i int) int {
	if i > 0 && line[i-1] != ' ' && line[i-1] != '\t' {
		return 0
	}
	j := i + 1
	for j < len(line) && j-i <= 4 && line[j] >= '0' && line[j] <= '9' {
		j++
	}
	if j == i+1 || j < len(line) && line[j] != ' ' && line[j] != '\t' {
		return 0
	}
	return j - i
}
