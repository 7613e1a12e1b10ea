package reader

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An order may set its terms out as a table: a row for each step, with
// who takes it and when. A PDF's text renders one as lines of columns:
// rules of dashes between the rows, a header row that names the columns,
// each cell's words wrapped over several lines at its column's place, and,
// where the table runs over a page, the page's running header and the
// table's header again. Read line by line, the cells of a row run into one
// another; the clean text holds a table a row at a time instead, and in a
// row a cell at a time, so that each row says one step in order.

// table is a table found in the source: its lines from start to end
// (source offsets), the header row, where each column begins (in
// characters), and the lines of each row.
type table struct {
	start, end int
	// header holds the header row's lines: a column's name may wrap
	// ("Responsible" / "party").
	header []sourceLine
	heads  []string
	cols   []int
	rows   [][]sourceLine
}

// sourceLine is a line of the source and where it begins.
type sourceLine struct {
	off  int
	line string
}

// tableRow is a row of a table as the clean text holds it: its bounds,
// each cell's bounds by column, and the header's words for each column.
type tableRow struct {
	a, b  int
	cells [][2]int
	heads []string
}

// tableRule is a line that rules a table: dashes, underscores or equals
// signs, and little else.
var tableRule = mustRx(`^[-_=─━+|┼├┤┌┐└┘┬┴]{15,}$`)

// tableGap separates the cells of a line of a table: two spaces or more,
// or a tab.
var tableGap = mustRx(` {2,}|\t+`)

// gridBar makes the bars of a table drawn as a grid of characters blank,
// keeping every byte's place.
var gridBar = strings.NewReplacer("|", " ", "│", "   ", "┃", "   ")

// tabColumn is the width a tab-separated field stands for: its columns'
// places, far enough apart that no two fields meet.
const tabColumn = 60

// segment is a run of a line's words between gaps: its first character's
// column and its bytes.
type segment struct {
	col, a, b int
}

// segments returns the runs of words of a line, between gaps of two
// spaces or more.
func segments(line string) []segment {
	// A table whose cells a tab separates (a word processor's) is read by
	// its fields: the k-th field of a line stands in the k-th column,
	// whatever its width; a line that goes on with a cell opens with a tab.
	if strings.ContainsRune(line, '\t') {
		var out []segment
		at := 0
		for k, f := range strings.Split(line, "\t") {
			lead := len(f) - len(strings.TrimLeft(f, " \f"))
			end := len(strings.TrimRight(f, " \r\f"))
			if end > lead {
				out = append(out, segment{k * tabColumn, at + lead, at + end})
			}
			at += len(f) + 1
		}
		return out
	}
	// A grid's bars rule its columns as the gaps do: "| Step | When |".
	line = gridBar.Replace(line)
	line = strings.TrimRight(line, " \t\r\f")
	var out []segment
	at := 0
	for _, g := range append(tableGap.FindAllStringIndex(line, -1), []int{len(line), len(line)}) {
		if g[0] > at {
			s := line[at:g[0]]
			lead := len(s) - len(strings.TrimLeft(s, " \f"))
			if lead < len(s) {
				out = append(out, segment{utf8.RuneCountInString(line[:at+lead]), at + lead, g[0]})
			}
		}
		at = g[1]
	}
	return out
}

// pageFooter is a page's footer line: the document's short title and
// its page ("ORDER - 4", "MEMORANDUM ORDER - 2"), or a page number alone.
var pageFooter = mustRx(`^\s*(?:[A-Z][A-Z .,'&-]{2,60}\s+-\s+\d{1,3}|-?\s*\d{1,3}\s*-?)\s*$`)

// pleadingNumber is a pleading line's number at the margin, then a wide
// gap or the line's end.
var pleadingNumber = mustRx(`^ ?(\d{1,2})(?: {2,}|$)`)

// pleadingPaper reports whether lines are numbered as pleading paper is:
// forty lines or more whose margin numbers count on by one.
func pleadingPaper(lines []sourceLine) bool {
	run, last := 0, 0
	for _, l := range lines {
		m := pleadingNumber.FindStringSubmatch(l.line)
		if m == nil {
			continue
		}
		n, _ := strconv.Atoi(m[1])
		if n == last+1 && n <= pleadingMax {
			run++
		}
		last = n
	}
	return run >= 40
}

// headerRow reports whether a line names a table's columns: two columns
// or more, each a few words (words at most) with no closing punctuation,
// or "#" for the rows' numbers.
func headerRow(line string, words int) ([]segment, bool) {
	segs := segments(line)
	if len(segs) < 2 {
		return nil, false
	}
	for _, s := range segs {
		// "Documents sufficient to show ...": a column whose cells end
		// the words of its name.
		w := strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(line[s.a:s.b], "..."), "…"))
		if w == "" {
			return nil, false
		}
		// A column's name ends with no punctuation, save an abbreviation's
		// period ("No.", "Req.").
		if utf8.RuneCountInString(w) > 10*words || len(strings.Fields(w)) > words || strings.ContainsAny(w[len(w)-1:], ".;:,") && !headAbbrev.MatchString(w) || w != "#" && !strings.ContainsAny(strings.ToLower(w), "abcdefghijklmnopqrstuvwxyz") {
			return nil, false
		}
	}
	return segs, true
}

// headAbbrev is a column's name abbreviated: "No.", "Req.", "Cat.".
var headAbbrev = mustRx(`^[A-Z][a-z]{1,3}\.$`)

// columnRules is a line of rules, one under each column, apart by spaces:
// "-------------    ------    ----------".
var columnRules = mustRx(`^[-_=─━]{3,}(?: {2,}[-_=─━]{3,})+$`)

// isRule reports whether a line rules a table: across it, or under each
// of its columns.
func isRule(line string) bool {
	l := strings.TrimSpace(strings.ReplaceAll(line, "\f", ""))
	return tableRule.MatchString(l) || columnRules.MatchString(l) && len(strings.ReplaceAll(l, " ", "")) >= 15
}

// findTables finds the tables of the source: a header row between two
// rules, or after a blank line and before a rule, then rows of lines
// separated by rules. A running header, a page break and blank lines may
// stand within the table, and the header may be repeated on the next page;
// the table ends at the last rule or row before a line that does not go on
// with it (prose after a blank line).
//
// A PDF draws a table's borders as lines, which its text does not hold: a
// table with no rules is one whose header names its columns in a
// schedule's words (tableHeading: step, by whom, when) and is followed by
// a row aligned to them; its rows are separated by blank lines.
func findTables(src string, headers []*rx) []table {
	var lines []sourceLine
	for off := 0; off <= len(src); {
		end := strings.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += off
		}
		lines = append(lines, sourceLine{off, src[off:end]})
		off = end + 1
	}
	// On pleading paper each line opens with its number: no cell of a
	// table, it is blanked where it stands.
	if pleadingPaper(lines) {
		for k, l := range lines {
			if m := pleadingNumber.FindStringSubmatchIndex(l.line); m != nil {
				lines[k].line = l.line[:m[2]] + strings.Repeat(" ", m[3]-m[2]) + l.line[m[3]:]
			}
		}
	}
	blank := func(l sourceLine) bool {
		t := strings.TrimSpace(strings.ReplaceAll(l.line, "\f", ""))
		return t == "" || isHeader(t, headers)
	}
	var out []table
	for i := 0; i+2 < len(lines); i++ {
		h := i
		if isRule(lines[i].line) {
			h = i + 1
		} else if i > 0 && !blank(lines[i-1]) && !(i+1 < len(lines) && columnRules.MatchString(strings.TrimSpace(lines[i+1].line))) {
			// A header follows a blank line, or has a rule under each
			// of its columns.
			continue
		}
		// A header between rules may name a column in more words
		// ("Request in Schedule A (Dkt. No. 1-3)").
		words := 4
		if h != i || strings.ContainsRune(lines[h].line, '\t') {
			words = 8
		}
		head, ok := headerRow(lines[h].line, words)
		if !ok || h+1 >= len(lines) {
			continue
		}
		tb := table{start: lines[i].off, header: []sourceLine{lines[h]}}
		for _, s := range head {
			tb.cols = append(tb.cols, s.col)
		}
		first := cellWords(lines[h].line, head)
		// Between rules, a header may run over two or three lines.
		n := 1
		// So may a header drawn with bars, its rule under its last line.
		for (h != i || gridLine(lines[h].line)) && n < 3 && h+n+1 < len(lines) && !isRule(lines[h+n].line) && tb.headerMore(lines[h+n].line) {
			n++
		}
		if n > 1 && !isRule(lines[h+n].line) {
			n = 1
		}
		tb.header = lines[h : h+n]
		tb.heads = tb.headWords()
		ruled := isRule(lines[h+n].line)
		// A header at a page's foot may find its rule on the next page,
		// past the page's footer, the break and the running header.
		under := h + n
		for j := h + n; !ruled && j < len(lines) && j <= h+n+8 && (blank(lines[j]) || pageFooter.MatchString(lines[j].line) || isRule(lines[j].line)); j++ {
			if isRule(lines[j].line) {
				ruled, under = true, j
			}
		}
		if !ruled && (h != i || !tb.borderless(tb.heads, lines[h+1:], blank)) {
			continue
		}
		var row []sourceLine
		// between is set once a rule stands between two rows; until then
		// a ruled table may rule only its header, its rows apart by blank
		// lines.
		last, gap, skip, between, reheaded := h+n-1, false, 0, false, false
		if ruled {
			last = under
		}
		closeRow := func() {
			if len(row) > 0 {
				tb.rows = append(tb.rows, row)
				row = nil
			}
		}
		for k := last + 1; k < len(lines); k++ {
			l := lines[k]
			switch segs := segments(l.line); {
			case len(tb.rows) == 0 && len(row) == 0 && pageFooter.MatchString(l.line):
				// A page's number at its foot, between the header and the
				// rows it heads on the next page: no row.
				gap = true
				continue
			case blank(l):
				// With no rules between the rows, a blank line ends a row.
				if !ruled || !between {
					closeRow()
				}
				gap = true
				continue
			case isRule(l.line):
				// The rule under a header repeated on the next page stands
				// between no rows.
				between = between || !reheaded && (len(tb.rows) > 0 || len(row) > 0)
				reheaded = false
				closeRow()
			case slices.Equal(cellWords(l.line, segs), first):
				// The header again, on the next page.
				closeRow()
				skip, reheaded = n-1, true
			case skip > 0:
				skip--
			case gap && (!tb.aligned(segs) || tb.crosses(l.line, segs)) && !gridLine(l.line):
				k = len(lines)
				continue
			default:
				// Rows that run on with nothing between them begin each
				// with its item's number ("1. Names ...", "No. 2 ..."),
				// or on a line that fills every column after one that did
				// not, its first cell's words opening a sentence: the
				// lines of a cell that wraps fill only some columns.
				if len(row) > 0 && !between && (tb.opensItem(row[0].line) && tb.opensItem(l.line) || tb.opensRow(row[len(row)-1].line, l.line)) {
					closeRow()
				}
				// In a table whose cells tabs separate, a line that does
				// not open with a tab opens a row.
				if len(row) > 0 && strings.ContainsRune(tb.header[0].line, '\t') && !strings.HasPrefix(strings.TrimLeft(l.line, " "), "\t") {
					closeRow()
				}
				row = append(row, l)
			}
			last, gap = k, false
		}
		closeRow()
		if len(tb.rows) == 0 {
			continue
		}
		tb.end = lines[last].off + len(lines[last].line)
		out = append(out, tb)
		i = last
	}
	return out
}

// rowItem is the number an item of a list opens with, in a table's first
// column: "1.", "No. 2", "(3)", "Request 4", or a number alone in its
// cell.
var rowItem = mustRx(`^(?:\d{1,2}\.|\(\d{1,2}\)|(?:Request )?No\. ?\d{1,2}\b|Request \d{1,2}\b|\d{1,2}$)`)

// opensItem reports whether a line of the table opens a numbered item in
// its first column.
func (tb table) opensItem(line string) bool {
	segs := segments(line)
	return len(segs) > 0 && tb.column(segs[0]) == 0 && rowItem.MatchString(line[segs[0].a:segs[0].b])
}

// opensRow reports whether line, after prev, opens a row of a table whose
// rows have nothing between them: it has words in every column, prev did
// not, and its first column's words open a sentence (a capital, a digit,
// a parenthesis).
func (tb table) opensRow(prev, line string) bool {
	filled := func(l string) (bool, string) {
		cols := map[int]bool{}
		first := ""
		for _, s := range segments(l) {
			c := tb.column(s)
			if c == 0 && first == "" {
				first = l[s.a:s.b]
			}
			cols[c] = true
		}
		return len(cols) == len(tb.cols), first
	}
	full, first := filled(line)
	if !full || first == "" {
		return false
	}
	if was, _ := filled(prev); was {
		return false
	}
	r, _ := utf8.DecodeRuneInString(first)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '('
}

// headerMore reports whether a line goes on with a header row: short
// words (eight at most, a column name wrapped) at the header's columns,
// with no closing punctuation.
func (tb table) headerMore(line string) bool {
	segs := segments(line)
	if len(segs) == 0 {
		return false
	}
	for _, s := range segs {
		w := line[s.a:s.b]
		if len(strings.Fields(w)) > 8 || strings.ContainsAny(w[len(w)-1:], ".;:,") || !slices.ContainsFunc(tb.cols, func(c int) bool { return s.col >= c-1 && s.col <= c+1 }) {
			return false
		}
	}
	return true
}

// headWords returns each column's name, from all the header's lines.
func (tb table) headWords() []string {
	out := make([]string, len(tb.cols))
	for _, l := range tb.header {
		for _, s := range segments(l.line) {
			k := tb.column(s)
			out[k] = strings.TrimSpace(out[k] + " " + strings.Join(strings.Fields(l.line[s.a:s.b]), " "))
		}
	}
	return out
}

// tableHeading is the header of a schedule's column (the step, who takes
// it, when) or of a table of rulings' (the request, what it seeks, the
// ruling).
var tableHeading = mustRx(`(?i)^(?:steps?|actions?|acts?|events?|requirements?|by whom|who|party|parties|responsible(?: party)?|when|deadlines?|time(?: limits?)?|periods?|due(?: dates?)?|requests?(?: nos?\.?)?|categor(?:y|ies)|information sought|(?:(?:the )?court'?s )?(?:rulings?|disposition|decision)|nos?\.|#)(?: \([^()]{1,40}\))?$`)

// borderless reports whether a header row with no rule under it heads a
// table: two of its columns at least are named in a schedule's words, and
// the first line after it (past blank lines) is a row aligned to its
// columns.
func (tb table) borderless(heads []string, after []sourceLine, blank func(sourceLine) bool) bool {
	named := 0
	for _, h := range heads {
		if tableHeading.MatchString(h) {
			named++
		}
	}
	if named < 2 {
		return false
	}
	for _, l := range after {
		if !blank(l) {
			return tb.aligned(segments(l.line))
		}
	}
	return false
}

// cellWords returns the words of a line's segments.
func cellWords(line string, segs []segment) []string {
	var out []string
	for _, s := range segs {
		out = append(out, strings.Join(strings.Fields(line[s.a:s.b]), " "))
	}
	return out
}

// gridLine reports whether a line is a row's line of a table drawn as a
// grid ("|    | Order    |      |"): after a page break, it goes on with
// the row though only one of its cells has words.
func gridLine(line string) bool {
	t := strings.TrimSpace(line)
	return (strings.HasPrefix(t, "|") || strings.HasPrefix(t, "│")) && strings.Count(t, "|")+strings.Count(t, "│") >= 3
}

// aligned reports whether a line's segments stand at the table's columns,
// two of them at least: a row that goes on after a page break, not prose.
func (tb table) aligned(segs []segment) bool {
	if len(segs) < 2 {
		return false
	}
	for _, s := range segs {
		if !slices.ContainsFunc(tb.cols, func(c int) bool { return s.col >= c-1 && s.col <= c+1 }) {
			return false
		}
	}
	return true
}

// crosses reports whether a segment of line runs on into the next
// column: prose after the table ("2.   Within ten (10) days ... shall
// notify the holder of the"), not a cell, whose words stay in theirs.
func (tb table) crosses(line string, segs []segment) bool {
	for _, s := range segs {
		k := tb.column(s)
		if k+1 < len(tb.cols) && s.col+utf8.RuneCountInString(line[s.a:s.b]) > tb.cols[k+1]+1 {
			return true
		}
	}
	return false
}

// column returns the column a segment stands in: the last that begins at
// or before it (a cell's words may start a character or two early).
func (tb table) column(s segment) int {
	k := 0
	for i, c := range tb.cols {
		if c <= s.col+2 {
			k = i
		}
	}
	return k
}

// emit writes the table to the clean text: its header's words on a line,
// then each row, a cell at a time in the order of the columns, each cell's
// lines joined, the cells on lines of their own, the rows in paragraphs.
// It returns the rows, bounded in the clean text as it then stands.
func (tb table) emit(c *cleaner) []tableRow {
	heads := tb.heads
	for _, l := range tb.header {
		for k, s := range segments(l.line) {
			if k > 0 {
				c.emit(" ", l.off+s.a, l.off+s.a)
			}
			cleanLine(c, l.line[:s.b], l.off, s.a, nil)
		}
		c.emit("\n", l.off, l.off)
	}
	c.emit("\n", tb.header[0].off, tb.header[0].off)
	// A column of what a party proposed beside the court's own ("ORDERED
	// BY THE COURT") has no effect: its cells are left out, save where the
	// court's cell adopts it ("As proposed.").
	proposed, court := proposalColumns(heads)
	deadline, trigger := countColumns(heads)
	var out []tableRow
	for _, row := range tb.rows {
		tr := tableRow{a: len(c.buf), heads: heads}
		for col := range tb.cols {
			if col > 0 {
				c.emit("\n", row[0].off, row[0].off)
			}
			// "30 days" | "Google's receipt of the subpoena": a bare
			// count and what it runs from read as the period they are,
			// "within 30 days" "after Google's receipt of the subpoena".
			if deadline >= 0 && bareCount.MatchString(tb.cellText(row, deadline)) {
				switch {
				case col == deadline:
					c.emit("within ", row[0].off, row[0].off)
				case col == trigger && !triggerLead.MatchString(tb.cellText(row, trigger)):
					c.emit("after ", row[0].off, row[0].off)
				}
			}
			cell := [2]int{len(c.buf), len(c.buf)}
			from := col
			switch {
			case col == proposed:
				from = -1
			case col == court && asProposed.MatchString(tb.cellText(row, col)):
				from = proposed
			}
			for _, l := range row {
				for _, s := range segments(l.line) {
					if tb.column(s) != from {
						continue
					}
					if len(c.buf) > cell[0] {
						c.emit("\n", l.off+s.a, l.off+s.a)
					}
					cleanLine(c, l.line[:s.b], l.off, s.a, nil)
				}
			}
			cell[1] = len(c.buf)
			tr.cells = append(tr.cells, cell)
		}
		tr.b = len(c.buf)
		out = append(out, tr)
		c.emit("\n\n", row[len(row)-1].off, row[len(row)-1].off)
	}
	return out
}

// cellText returns the words of a row's cell in a column, its lines
// joined.
func (tb table) cellText(row []sourceLine, col int) string {
	var words []string
	for _, l := range row {
		for _, s := range segments(l.line) {
			if tb.column(s) == col {
				words = append(words, strings.TrimSpace(l.line[s.a:s.b]))
			}
		}
	}
	return strings.Join(words, " ")
}

var (
	// proposalHead names a column of what a party proposed; courtHead the
	// court's own.
	proposalHead = mustRx(`(?i)\b(?:propos(?:ed|al)|requested|NOT ADOPTED)\b`)
	courtHead    = mustRx(`(?i)\b(?:ordered|court's|as ordered|the court)\b`)
	// asProposed is a court's cell that adopts the proposal beside it.
	asProposed = mustRx(`(?i)^\s*(?:as proposed|same|adopted|as requested|no change)\.?\s*$`)
)

var (
	// deadlineHead names a schedule's column of periods; triggerHead the
	// column of what each runs from.
	deadlineHead = mustRx(`(?i)\b(?:deadline|period|time limit|days)\b`)
	triggerHead  = mustRx(`(?i)\b(?:trigger|runs? from|running from|starts? from|starting from|measured from|counted from)\b|^\s*from\s*$`)
	// bareCount is a period with nothing before or after it: "30 days",
	// "fourteen (14) days".
	bareCount = mustRx(`(?i)^\s*(?:\d{1,3}|[a-z]+(?:-[a-z]+)? \(\d{1,3}\))\s+(?:calendar |court |business )?days?\.?\s*$`)
	// triggerLead opens what a period runs from with its own preposition.
	triggerLead = mustRx(`(?i)^\s*(?:after|from|of|following|upon|on|since|within)\b`)
)

// countColumns returns a schedule's column of bare periods and the column
// of what each runs from, when its header names both; -1, -1 otherwise.
func countColumns(heads []string) (deadline, trigger int) {
	trigger, deadline = headPair(heads, triggerHead, deadlineHead)
	if trigger < deadline {
		return -1, -1
	}
	return deadline, trigger
}

// proposalColumns returns the column of a party's proposal and the
// court's column beside it, when the header names both; -1, -1 otherwise.
func proposalColumns(heads []string) (proposed, court int) {
	return headPair(heads, proposalHead, courtHead)
}

// headPair returns the first column whose name a matches and the first,
// among the others, whose name b matches; -1, -1 unless both are there.
func headPair(heads []string, a, b *rx) (int, int) {
	ia, ib := -1, -1
	for k, h := range heads {
		switch {
		case a.MatchString(h) && ia < 0:
			ia = k
		case b.MatchString(h) && ib < 0:
			ib = k
		}
	}
	if ia < 0 || ib < 0 {
		return -1, -1
	}
	return ia, ib
}

// rowAt returns the table row that holds clean byte i, or nil.
func (r *run) rowAt(i int) *tableRow { return r.t.rowAt(i) }

// rowAt returns the row of the text's tables that holds clean byte i, or
// nil.
func (t *text) rowAt(i int) *tableRow {
	for k := range t.rows {
		if i >= t.rows[k].a && i < t.rows[k].b {
			return &t.rows[k]
		}
	}
	return nil
}

// splitAtRows splits sentences where a table's row begins or ends: a row
// is a step of its own, though its cells end with no period, and the prose
// after a table is no part of its last row.
func (r *run) splitAtRows(sents [][2]int) [][2]int {
	if len(r.t.rows) == 0 {
		return sents
	}
	var out [][2]int
	for _, s := range sents {
		a := s[0]
		for _, row := range r.t.rows {
			for _, cut := range []int{row.a, row.b} {
				if cut > a && cut < s[1] {
					if strings.TrimSpace(r.txt[a:cut]) != "" {
						out = append(out, [2]int{a, cut})
					}
					a = cut
					for a < s[1] && isSpace(r.txt[a]) {
						a++
					}
				}
			}
		}
		if a < s[1] && strings.TrimSpace(r.txt[a:s[1]]) != "" {
			out = append(out, [2]int{a, s[1]})
		}
	}
	return out
}

// rowActor returns who takes a row's step: the words of its column whose
// header names the actor ("By whom", "Party"); "" when no column does.
func (r *run) rowActor(row *tableRow) string {
	for k, h := range row.heads {
		if k < len(row.cells) && r.v.tableActor.MatchString(h) {
			c := row.cells[k]
			return strings.Join(strings.Fields(r.txt[c[0]:c[1]]), " ")
		}
	}
	return ""
}

// cellEnd returns where the table cell that holds clean byte i ends, or
// -1 when i is in no cell.
func (r *run) cellEnd(i int) int { return r.t.cellEnd(i) }

// cellEnd returns where the cell of the text's tables that holds clean
// byte i ends, or -1.
func (t *text) cellEnd(i int) int {
	if row := t.rowAt(i); row != nil {
		for _, c := range row.cells {
			if i >= c[0] && i < c[1] {
				return c[1]
			}
		}
	}
	return -1
}

// rulingHead names a table's column of rulings: "Ruling", "Court's
// ruling", "Disposition".
var rulingHead = mustRx(`(?i)^(?:(?:the )?court'?s )?(?:rulings?|disposition|decision)$`)

// rowRuling is how a ruling cell opens: the court's word for the request,
// in capitals ("GRANTED, limited to ...", "DENIED."), and where a request is
// allowed in part, the words of the part it denies ("DENIED as to gift
// cards, PayPal and Affirm").
var (
	rowRuling  = mustRx(`^(?i:GRANTED|ALLOWED|APPROVED|AUTHORIZED|PERMITTED|DENIED|STRICKEN|STRUCK|REFUSED|NOT AUTHORIZED)\b`)
	rowDenied  = mustRx(`^(?i:DENIED|STRICKEN|STRUCK|REFUSED|NOT AUTHORIZED)\b`)
	deniedAsTo = mustRx(`\b(?:DENIED|STRICKEN|STRUCK) as to\b([^.;]+)`)
	// bareGrant is a ruling that grants and says no more.
	bareGrant   = mustRx(`^(?i:GRANTED|ALLOWED|APPROVED|AUTHORIZED|PERMITTED)\.?$`)
	allowedOnly = mustRx(`^(?:GRANTED|ALLOWED|APPROVED) IN PART[:,;]?\s+(?:but |and )?only\s+([^.;]+)`)
)

// rulingRow is a row of a table that rules on the requests one by one:
// the request's number, where its words are (after its number, in the
// first cell or in the cells before the ruling), and the ruling cell.
type rulingRow struct {
	num           int
	request, cell [2]int
	// head is the name of the column the request is in, which may state
	// the standard its cells go on: "Documents sufficient to show ...".
	head string
	// limits are the cells after the ruling's ("Limits": "The subpoena
	// shall not call for the full card number"), if any.
	limits [2]int
}

// rulingRows returns the rows of the tables that rule on the requests one
// by one, before the operative part ends: a column headed as a ruling,
// each row's first cell opening with the request's number, its ruling
// cell with the court's word.
func (r *run) rulingRows() []rulingRow {
	var out []rulingRow
	for _, row := range r.t.rows {
		if row.a >= r.operativeEnd || len(row.cells) < 2 || r.quoted(row.a) {
			continue
		}
		k := slices.IndexFunc(row.heads, func(h string) bool { return rulingHead.MatchString(strings.TrimSpace(h)) })
		if k <= 0 || k >= len(row.cells) {
			continue
		}
		first, cell := row.cells[0], row.cells[k]
		m := rowItem.FindStringIndex(r.txt[first[0]:first[1]])
		if m == nil {
			m = rowReference.FindStringIndex(r.txt[first[0]:first[1]])
		}
		if m == nil || !rowRuling.MatchString(strings.TrimSpace(r.txt[cell[0]:cell[1]])) {
			continue
		}
		n := digitsOf(r.txt[first[0]+m[0] : first[0]+m[1]])
		// The request's words: the rest of its first cell, else the cells
		// between it and the ruling.
		req := [2]int{first[0] + m[1], first[1]}
		if strings.TrimSpace(r.txt[req[0]:req[1]]) == "" {
			req = [2]int{row.cells[1][0], row.cells[k-1][1]}
		}
		rr := rulingRow{num: n, request: req, cell: cell}
		if j := slices.IndexFunc(row.cells[:k], func(c [2]int) bool { return c[0] <= req[0] && req[0] <= c[1] }); j >= 0 && j < len(row.heads) {
			rr.head = row.heads[j]
		}
		if k+1 < len(row.cells) {
			rr.limits = [2]int{row.cells[k+1][0], row.cells[len(row.cells)-1][1]}
		}
		out = append(out, rr)
	}
	return out
}

// rowReference is a table's first cell that only names the request it
// rules on, listed elsewhere: "The information described in Request 4".
var rowReference = mustRx(`^(?:(?:The|All) (?:[\w-]+ ){0,3}?(?:described|requested|sought|listed|called for) (?:in|by) )?Request (?:No\. ?)?\d{1,2}\.?$`)

// digitsOf reads the number the digits of s write, the other characters
// left out: 4 for "Request No. 4".
func digitsOf(s string) int {
	n := 0
	for _, c := range s {
		if c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
		}
	}
	return n
}

// rulingTableRule is the rule a request read from a table of rulings is
// reported under.
var rulingTableRule = rule{Name: "ruling_table", Confidence: 0.8}

// rulingTableRequests reads the requests of the proposed subpoena from a
// table that rules on them, when the order lists them nowhere else.
func (r *run) rulingTableRequests() []requestText { return r.rowRequests(r.rulingRows()) }

// rowRequests reads a request from each row's words, numbered as its row.
func (r *run) rowRequests(rows []rulingRow) []requestText {
	var out []requestText
	for _, row := range rows {
		if row.request[1] <= row.request[0] {
			continue
		}
		rt := readRequest(r.v, r.t, r.txt, row.request[0], row.request[1])
		rt.req.Number = row.num
		// "Documents sufficient to show ..." over the column: each cell
		// goes on from its name.
		if rt.req.Standard == "" && strings.HasSuffix(strings.TrimSpace(row.head), "...") {
			rt.req.Standard = standardOf(r.v, row.head)
		}
		rt.lo, rt.rule = row.request[0], &rulingTableRule
		out = append(out, rt)
	}
	return out
}

// rowLimits reads what a column of limits beside a row says of its
// request: a card's fields left out, a window.
func (r *run) rowLimits(sr *scopeReading, row rulingRow) {
	if l := row.limits; l[1] > l[0] {
		limits := r.txt[l[0]:l[1]]
		sr.readExcluded(r.v, limits, l[0])
		if w := r.windowsIn(limits); len(w) > 0 {
			sr.windows[row.num] = w
		}
	}
}

// tableRulings reads a table of rulings on the requests: a request ruled
// DENIED is struck, one granted in part loses what its cell denies "as
// to", and what a cell limits (the standard, a card's fields, a window)
// limits that request.
func (r *run) tableRulings(sr *scopeReading) {
	for _, row := range r.rulingRows() {
		n, c := row.num, row.cell
		text := r.txt[c[0]:c[1]]
		span := [2]int{c[0], c[1]}
		if rowDenied.MatchString(strings.TrimSpace(text)) {
			if _, ok := sr.denied[n]; !ok {
				sr.denied[n] = span
			}
			continue
		}
		// "ALLOWED IN PART: only the name and billing address of the card
		// holder": the request allows what the cell names.
		if m := allowedOnly.FindStringSubmatch(text); m != nil {
			if cats := r.namedCategories(m[1]); len(cats) > 0 {
				sr.only[n] = cats
			}
		}
		if m := deniedAsTo.FindStringSubmatchIndex(text); m != nil {
			cats := r.namedCategories(text[m[2]:m[3]])
			sr.partly[n] = append(sr.partly[n], cats...)
			for _, cat := range cats {
				sr.deniedCats[cat] = [2]int{c[0] + m[0], c[0] + m[1]}
			}
		}
		sr.readStandard(r.v, text, c[0])
		sr.readExcluded(r.v, text, c[0])
		if w := r.windowsIn(text); len(w) > 0 {
			sr.windows[n] = w
		}
		// What a column of limits after the ruling says of the request.
		r.rowLimits(sr, row)
		if !slices.Contains(sr.changes, span) && !bareGrant.MatchString(strings.TrimSpace(text)) {
			sr.changes = append(sr.changes, span)
		}
	}
}

// producedHead names a table's column of what the subpoena may seek, in
// the court's words: "Information Example shall produce"; limitsHead the
// column of limits beside it.
var (
	producedHead = mustRx(`(?i)\b(?:shall|may|must|will)\s+(?:produce|disclose)\b|\bmay\s+be\s+(?:produced|sought|disclosed)\b`)
	limitsHead   = mustRx(`(?i)^\s*(?:limits?|limitations?|exclusions?)\s*$`)
)

// producedRows returns the rows of a table, set out before the operative
// part and referred to by it ("Categories 1 through 6 of the table in Part
// III.C, subject to the limits stated there"), that state what the
// subpoena may seek: each row's number in its first cell ("1. Identity"),
// its words in the column of what may be produced, and its limits beside
// them. Each is a request the order allows.
func (r *run) producedRows() []rulingRow {
	if r.conclusion < 0 || !scheduleAbove.MatchString(r.txt[r.conclusion:r.operativeEnd]) {
		return nil
	}
	var out []rulingRow
	for _, row := range r.t.rows {
		if row.a >= r.conclusion || len(row.cells) < 2 || r.quoted(row.a) {
			continue
		}
		k := slices.IndexFunc(row.heads, producedHead.MatchString)
		if k <= 0 || k >= len(row.cells) {
			continue
		}
		first := row.cells[0]
		m := rowItem.FindStringIndex(r.txt[first[0]:first[1]])
		if m == nil || strings.TrimSpace(r.txt[row.cells[k][0]:row.cells[k][1]]) == "" {
			continue
		}
		n := digitsOf(r.txt[first[0]+m[0] : first[0]+m[1]])
		rr := rulingRow{num: n, request: row.cells[k]}
		if l := slices.IndexFunc(row.heads, limitsHead.MatchString); l > k && l < len(row.cells) {
			rr.limits = row.cells[l]
		}
		out = append(out, rr)
	}
	return out
}

// producedTableRequests reads the requests from a table of what the
// subpoena may seek (producedRows).
func (r *run) producedTableRequests() []requestText { return r.rowRequests(r.producedRows()) }

// producedLimits reads what the limits beside each row of a table of
// what the subpoena may seek say of it.
func (r *run) producedLimits(sr *scopeReading) {
	for _, row := range r.producedRows() {
		r.rowLimits(sr, row)
	}
}
