package production

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// The kinds of a Finding.
const (
	// FoundCardNumber: a Luhn-valid run of 13 to 19 digits, written
	// together or in groups separated by spaces or dashes.
	FoundCardNumber = "card_number"
	// FoundExpiration: a field labelled as a card's expiry date (expiry,
	// expiration, exp_month, valid thru, 有効期限 ...) with a value.
	FoundExpiration = "card_expiration"
	// FoundSecurityCode: a field labelled as a card's security code (cvv,
	// cvc, security code, セキュリティコード ...) with a 3- or 4-digit value.
	FoundSecurityCode = "card_security_code"
	// FoundUnreadable: a part of a file the scanner cannot read (a
	// compressed stream it cannot decompress, an encrypted PDF, a link):
	// what cannot be read cannot be shown clean, so it fails the scan.
	FoundUnreadable = "unreadable"
)

// Finding is a place in a package where the scanner saw something that may
// be a card number, expiry date or security code, or something it could
// not read. It never repeats the digits it found.
type Finding struct {
	// File is the file's path inside the package, with slashes.
	File string `json:"file"`
	// Offset is the byte offset in the file, and Line its line (from 1).
	// For text decoded from a PDF they are those of the string or stream
	// the text was decoded from.
	Offset int64 `json:"offset"`
	Line   int   `json:"line"`
	// Layer is what was read: "bytes" (the file as it is), "PDF text" (the
	// text a PDF's pages show, decoded through its fonts), "PDF string" (a
	// string of a PDF, such as its title), "PDF stream" (a stream's bytes
	// after decompression), or "text before layout" (what writ gave the
	// PDF writer, before breaking it into lines).
	Layer string `json:"layer"`
	Kind  string `json:"kind"`
	What  string `json:"what"`
}

func (f Finding) String() string {
	return fmt.Sprintf("%s: line %d (byte %d), %s: %s", f.File, f.Line, f.Offset, f.Layer, f.What)
}

// Scan reads every byte of every file under dir, a production package,
// and reports what looks like a card number, an expiry date or a security
// code (invariant 2: none may appear in any production file). PDFs are
// read twice over: as bytes, and as the text their pages show, decoded
// through their fonts' character maps (a PDF's shown text is encoded glyph
// by glyph, and may be compressed, so its digits are not in its bytes).
//
// What is not a card number, so as not to stop a lawful production:
//
//   - runs of fewer than 13 or more than 19 digits, runs that start with 0
//     (no card number does: Bates numbers, zero-padded counters and PDF
//     cross-reference offsets do), and runs that fail the Luhn check;
//   - digits inside a hexadecimal token of 32 characters or more with a
//     letter in it (a SHA-256 or other digest);
//   - digits after a "+" (a telephone number in international form) and
//     digits that are part of a decimal number ("3.14159...");
//   - 14 digits that read as a date and time, YYYYMMDDhhmmss, between 1970
//     and 2099 (a PDF's creation date);
//   - in groups, only the shapes card numbers are printed in: a first group
//     of 4 digits, inner groups of 3 to 6, one kind of separator
//     throughout (so dates, times, IP addresses and telephone numbers such
//     as 090-1234-5678 do not match);
//   - in a PDF's own syntax (numbers that place text, widths of glyphs),
//     groups separated by spaces do not count: those numbers are operands,
//     not text, and a PDF shows text only through its strings, which are
//     read as text;
//   - the account ids the package's manifest.json declares, where they
//     appear whole: a platform's account id may be 19 digits.
//
// Scan returns an error only when it cannot read the package; a package
// it can read but not prove clean yields findings.
func Scan(dir string) ([]Finding, error) {
	exempt := manifestExemptions(dir)
	var out []Finding
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			return nil
		}
		if !d.Type().IsRegular() {
			out = append(out, Finding{File: rel, Layer: "bytes", Kind: FoundUnreadable, What: "not a regular file (a link or a device): a package holds only files"})
			return nil
		}
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("scan %s: %w", rel, err)
		}
		defer f.Close()
		fs, err := scanReader(rel, f, exempt)
		if err != nil {
			return fmt.Errorf("scan %s: %w", rel, err)
		}
		out = append(out, fs...)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sortFindings(out)
	return out, nil
}

// scanChunk is how much of a file that is not a PDF the scanner reads at a
// time: a file of any size is scanned in the same memory.
var scanChunk = 1 << 20

// scanReader scans a file read from r. A PDF is read whole, since its
// layers refer to each other (its pages' text is decoded through fonts
// stored elsewhere in it). Any other file is read a chunk at a time and
// cut only where no finding can span the cut (see safeCut), so that the
// findings, their places and their lines are those of a scan of the whole
// file.
func scanReader(name string, r io.Reader, exempt map[string]bool) ([]Finding, error) {
	buf := make([]byte, scanChunk)
	n, err := io.ReadFull(r, buf[:min(len(buf), 5)])
	eof := err == io.EOF || err == io.ErrUnexpectedEOF
	if err != nil && !eof {
		return nil, err
	}
	if bytes.HasPrefix(buf[:n], []byte("%PDF-")) {
		rest, err := io.ReadAll(r)
		if err != nil {
			return nil, err
		}
		return scanPDF(name, append(buf[:n:n], rest...), exempt), nil
	}
	return scanChunks(name, r, buf, n, eof, exempt)
}

// scanWorkers is how many chunks of a file are scanned at once.
var scanWorkers = runtime.GOMAXPROCS(0)

// scanChunks scans a file that is not a PDF, whose first n bytes are in
// buf, in chunks cut by safeCut: one goroutine reads and cuts, scanWorkers
// scan, and the findings are put back in the file's order.
func scanChunks(name string, r io.Reader, buf []byte, n int, eof bool, exempt map[string]bool) ([]Finding, error) {
	type job struct {
		chunk []byte
		base  int64
		lines int
		out   chan []Finding
	}
	workers := max(1, scanWorkers)
	jobs := make(chan *job)
	queue := make(chan *job, 2*workers)
	// free holds the chunks' buffers, so that at most 2*workers+2 are
	// allocated however long the file.
	free := make(chan []byte, 2*workers+2)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var s scratch
			for j := range jobs {
				var fs []Finding
				for _, h := range s.scan(j.chunk, fullRules, exempt) {
					fs = append(fs, Finding{File: name, Offset: j.base + int64(h.off), Line: j.lines + 1 + bytes.Count(j.chunk[:h.off], []byte("\n")),
						Layer: "bytes", Kind: h.kind, What: h.what})
				}
				j.out <- fs
			}
		}()
	}
	done := make(chan struct{})
	var readErr error
	go func() {
		defer close(queue)
		defer close(jobs)
		var base int64
		lines := 0
		for {
			for n < len(buf) && !eof {
				m, err := r.Read(buf[n:])
				n += m
				if err == io.EOF {
					eof = true
				} else if err != nil {
					readErr = err
					return
				}
			}
			end := n
			if !eof {
				if end = safeCut(buf[:n]); end == 0 {
					// No place to cut in the whole buffer (a file of
					// digits, say): read on with a larger one.
					buf = append(buf, make([]byte, len(buf))...)
					continue
				}
			}
			j := &job{chunk: buf[:end], base: base, lines: lines, out: make(chan []Finding, 1)}
			var next []byte
			if !eof {
				// What follows the cut starts the next chunk, in a buffer
				// the consumer gave back.
				lines += bytes.Count(buf[:end], []byte("\n"))
				base += int64(end)
				next = <-free
				if cap(next) < len(buf) {
					next = make([]byte, 0, len(buf))
				}
				next = append(next[:0], buf[end:n]...)
				n = len(next)
				next = next[:cap(next)]
			}
			select {
			case queue <- j:
			case <-done:
				return
			}
			select {
			case jobs <- j:
			case <-done:
				return
			}
			if eof {
				return
			}
			buf = next
		}
	}()
	for range cap(free) - 1 {
		free <- make([]byte, 0, scanChunk)
	}
	var out []Finding
	for j := range queue {
		out = append(out, <-j.out...)
		free <- j.chunk[:0]
	}
	close(done)
	wg.Wait()
	if readErr != nil {
		return nil, readErr
	}
	return out, nil
}

// safeCut returns a place p in b, far enough from its end that what
// follows p in the file is known, where the scan may cut the file: a scan
// of b[:p] and one of what follows it find, between them, exactly what a
// scan of both together finds. That holds where
//
//   - b[p-1] is an ASCII byte that no digit group, chain of groups,
//     decimal number or hexadecimal token can hold, and that no rule
//     looks at before a number ('+', '.') or inside a label (letters,
//     ':', '=', quotes): no finding and no context spans it; and
//   - no keyword of the field rules starts within 100 bytes before p or
//     16 after it, so that every window fieldHits reads (12 bytes before
//     a keyword to 96 after it) lies wholly on one side, as in the whole.
//
// It returns 0 when b has no such place.
func safeCut(b []byte) int {
	const before, after, margin = 100, 16, 64
	var lower []byte
	for p := len(b) - margin; p > 0; {
		for p > 0 && !cuttable(b[p-1]) {
			p--
		}
		if p == 0 {
			return 0
		}
		lo, hi := max(0, p-before), min(len(b), p+after+maxKeyword)
		lower = lowerASCII(lower[:0], b[lo:hi])
		k := -1
		for _, kw := range fieldKeywords {
			for from := 0; ; {
				i := bytes.Index(lower[from:], kw)
				if i < 0 || lo+from+i > p+after {
					break
				}
				k = max(k, lo+from+i)
				from += i + 1
			}
		}
		if k < 0 {
			return p
		}
		p = k - after - 1 // the keyword now starts past the zone after p
	}
	return 0
}

// maxKeyword is the length in bytes of the longest of fieldKeywords.
const maxKeyword = len("セキュリティ")

// cuttable reports whether a file may be cut after c (see safeCut).
func cuttable(c byte) bool {
	switch {
	case c >= utf8.RuneSelf, c >= '0' && c <= '9', c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
		return false
	}
	switch c {
	case ' ', '\n', '-', '+', '.', ':', '=', '"', '\'':
		return false
	}
	return true
}

// scanLaidOutText scans the text writ gave a PDF writer, before it was
// broken into lines: a card number cannot hide by being split across two
// lines of a page.
func scanLaidOutText(name, text string, exempt map[string]bool) []Finding {
	hits := scanBytes([]byte(text), fullRules, exempt)
	fs := make([]Finding, 0, len(hits))
	for _, h := range hits {
		fs = append(fs, Finding{File: name, Offset: int64(h.off), Line: 1 + strings.Count(text[:h.off], "\n"), Layer: "text before layout", Kind: h.kind, What: h.what})
	}
	return fs
}

// findingsAt turns hits in a layer that starts at byte base of file b into
// findings; lines are counted in the layer itself when inFile is set, and
// at base otherwise.
func findingsAt(name string, b []byte, layer string, base int, hits []hit, inFile bool) []Finding {
	fs := make([]Finding, 0, len(hits))
	for _, h := range hits {
		off := base
		if inFile {
			off = base + h.off
		}
		if off > len(b) {
			off = len(b)
		}
		fs = append(fs, Finding{File: name, Offset: int64(off), Line: 1 + bytes.Count(b[:off], []byte("\n")), Layer: layer, Kind: h.kind, What: h.what})
	}
	return fs
}

func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		if c := strings.Compare(a.File, b.File); c != 0 {
			return c
		}
		if a.Offset != b.Offset {
			if a.Offset < b.Offset {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Layer, b.Layer)
	})
}

// manifestExemptions reads the account ids a package declares in its
// manifest.json, so that an id of 13 to 19 digits is not taken for a card
// number where it appears whole.
func manifestExemptions(dir string) map[string]bool {
	exempt := map[string]bool{}
	b, err := os.ReadFile(filepath.Join(dir, "data", ManifestName))
	if err != nil {
		return exempt
	}
	var m struct {
		Accounts []struct {
			AccountID string `json:"account_id"`
		} `json:"accounts"`
	}
	if json.Unmarshal(b, &m) != nil {
		return exempt
	}
	for _, a := range m.Accounts {
		exempt[a.AccountID] = true
	}
	return exempt
}

// rules says which rules apply to a layer.
type rules int

const (
	// fullRules: digits together or in groups, and labelled fields.
	fullRules rules = iota
	// syntaxRules: digits together or in groups separated by dashes, and
	// labelled fields; for a PDF's own syntax, where numbers separated by
	// spaces are operands, not text.
	syntaxRules
)

// hit is one thing found in a layer, at byte off of the layer.
type hit struct {
	off  int
	kind string
	what string
}

// group is a maximal run of digits (ASCII or full-width) in a layer.
type group struct {
	start, end int // bytes of the layer
	n          int // digits
	// sep is the kind of separator between this group and the next when
	// exactly one separator stands between them (0: none, the chain ends).
	sep byte
}

// appendDigits appends the group's digits, in ASCII, to d.
func (g group) appendDigits(d, b []byte) []byte {
	if g.end-g.start == g.n {
		return append(d, b[g.start:g.end]...)
	}
	for i := g.start; i < g.end; {
		c, n := digitAt(b, i)
		d = append(d, c)
		i += n
	}
	return d
}

// scratch is the memory one scan reuses from one layer, or one chunk of a
// file, to the next.
type scratch struct {
	ahead  []group
	digits []byte
	lower  []byte
}

// scanBytes applies the rules to one layer.
func scanBytes(b []byte, r rules, exempt map[string]bool) []hit {
	return (&scratch{}).scan(b, r, exempt)
}

// scan applies the rules to one layer. It takes the layer's digit groups
// one at a time, looking ahead only as far as a chain of groups can reach
// (13 to 19 digits: at most 7 groups after the first), so that it holds a
// few groups whatever the layer's size.
func (s *scratch) scan(b []byte, r rules, exempt map[string]bool) []hit {
	var hits []hit
	it := groupIter{b: b}
	ahead := s.ahead[:0]
	// fill makes sure ahead holds the group k places on, if there is one.
	fill := func(k int) bool {
		for len(ahead) <= k {
			g, ok := it.next()
			if !ok {
				return false
			}
			ahead = append(ahead, g)
		}
		return true
	}
	for fill(0) {
		g := ahead[0]
		if g.n >= 13 && g.n <= 19 {
			s.digits = g.appendDigits(s.digits[:0], b)
			if card(b, g.start, g.end, s.digits, exempt) {
				hits = append(hits, hit{g.start, FoundCardNumber, fmt.Sprintf("a Luhn-valid %d-digit number ending %s", g.n, s.digits[g.n-4:])})
			}
		}
		// In a PDF's own syntax numbers separated by spaces are operands
		// (glyph widths, coordinates), never shown text: there only dashes
		// chain groups, as no PDF token holds one.
		if g.n == 4 && g.sep != 0 && (r != syntaxRules || g.sep == '-') {
			// Groups: this group of 4 and the ones chained to it by one
			// kind of separator, 13 to 19 digits in all.
			digits := g.appendDigits(s.digits[:0], b)
			for j := 0; ahead[j].sep != 0 && ahead[j].sep == g.sep && fill(j+1); j++ {
				next := ahead[j+1]
				if next.n > 6 || (j > 0 && ahead[j].n < 3) {
					break
				}
				digits = next.appendDigits(digits, b)
				if len(digits) > 19 {
					break
				}
				if len(digits) >= 13 && card(b, g.start, next.end, digits, exempt) {
					kind := "spaces"
					if g.sep == '-' {
						kind = "dashes"
					}
					hits = append(hits, hit{g.start, FoundCardNumber, fmt.Sprintf("a Luhn-valid %d-digit number written in groups separated by %s, ending %s", len(digits), kind, digits[len(digits)-4:])})
					break
				}
			}
			s.digits = digits
		}
		copy(ahead, ahead[1:])
		ahead = ahead[:len(ahead)-1]
	}
	s.ahead = ahead
	return append(hits, s.fieldHits(b)...)
}

// fieldKeywords are words, in lower case, one of which every label of
// fieldRules holds: the rules run only around them, which keeps the scan
// of a font program or a long log fast.
var fieldKeywords = [][]byte{
	[]byte("exp"), []byte("valid"), []byte("cvv"), []byte("cvc"), []byte("cvn"), []byte("csc"),
	[]byte("security"), []byte("verification"), []byte("有効期限"), []byte("セキュリティ"),
}

// fieldHits applies fieldRules around each keyword of a layer.
func (s *scratch) fieldHits(b []byte) []hit {
	s.lower = lowerASCII(s.lower[:0], b)
	lower := s.lower
	var spans [][2]int
	for _, k := range fieldKeywords {
		for from := 0; ; {
			i := bytes.Index(lower[from:], k)
			if i < 0 {
				break
			}
			p := from + i
			spans = append(spans, [2]int{max(0, p-12), min(len(b), p+96)})
			from = p + len(k)
		}
	}
	slices.SortFunc(spans, func(x, y [2]int) int { return x[0] - y[0] })
	var merged [][2]int
	for _, s := range spans {
		if n := len(merged); n > 0 && s[0] <= merged[n-1][1] {
			merged[n-1][1] = max(merged[n-1][1], s[1])
			continue
		}
		merged = append(merged, s)
	}
	var hits []hit
	for _, s := range merged {
		window := b[s[0]:s[1]]
		for _, f := range fieldRules {
			for _, m := range f.re.FindAllSubmatchIndex(window, -1) {
				start, end := s[0]+m[2], s[0]+m[1]
				if r, _ := utf8.DecodeLastRune(b[:start]); start > 0 && (unicode.IsLetter(r) || unicode.IsNumber(r)) {
					continue // the window began inside a word
				}
				if _, n := digitAt(b, end); n > 0 {
					continue // the value goes on: a longer number, not a code or a month
				}
				hits = append(hits, hit{start, f.kind, fmt.Sprintf("a field labelled %q with a value", b[start:s[0]+m[3]])})
			}
		}
	}
	return hits
}

// lowerASCII appends b to dst with ASCII letters in lower case.
func lowerASCII(dst, b []byte) []byte {
	dst = slices.Grow(dst, len(b))[:len(b)]
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[i] = c
	}
	return dst
}

// groupIter finds the runs of digits of a layer, and how they chain, one
// after the other.
type groupIter struct {
	b []byte
	i int
}

func (it *groupIter) next() (group, bool) {
	b, i := it.b, it.i
	for i < len(b) {
		c := b[i]
		if c-'0' <= 9 {
			break
		}
		if c < utf8.RuneSelf {
			i++ // the common case, without decoding
			continue
		}
		if _, n := digitAt(b, i); n > 0 {
			break
		}
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	if i >= len(b) {
		it.i = i
		return group{}, false
	}
	g := group{start: i}
	for i < len(b) {
		if c := b[i]; c-'0' <= 9 {
			g.n++
			i++
			continue
		} else if c < utf8.RuneSelf {
			break
		}
		_, n := digitAt(b, i)
		if n == 0 {
			break
		}
		g.n++
		i += n
	}
	g.end = i
	// One separator, then another digit, chains the next group.
	if sep, n := separatorAt(b, i); sep != 0 {
		if _, dn := digitAt(b, i+n); dn > 0 {
			g.sep = sep
		}
	}
	it.i = i
	return g, true
}

// digitAt returns the ASCII digit at b[i] (full-width digits count: a
// Japanese form may hold them) and its length in bytes, or 0.
func digitAt(b []byte, i int) (byte, int) {
	if i >= len(b) {
		return 0, 0
	}
	if b[i] >= '0' && b[i] <= '9' {
		return b[i], 1
	}
	r, n := utf8.DecodeRune(b[i:])
	if r >= '０' && r <= '９' {
		return byte('0' + r - '０'), n
	}
	return 0, 0
}

// separatorAt returns the kind of separator at b[i] — ' ' for spaces
// (including the no-break, ideographic and line-break kinds, since a card
// number may be wrapped), '-' for dashes and hyphens — and its length.
func separatorAt(b []byte, i int) (byte, int) {
	if i >= len(b) {
		return 0, 0
	}
	if c := b[i]; c < utf8.RuneSelf {
		switch c {
		case ' ', '\n':
			return ' ', 1
		case '-':
			return '-', 1
		}
		return 0, 0
	}
	r, n := utf8.DecodeRune(b[i:])
	switch r {
	case ' ', '\u00a0', '\u3000', '\n':
		return ' ', n
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2212', '\uff0d':
		return '-', n
	}
	return 0, 0
}

// card reports whether digits, found at b[start:end], is a card number and
// not one of the things the scanner knows are not (see Scan).
func card(b []byte, start, end int, digits []byte, exempt map[string]bool) bool {
	if len(digits) < 13 || len(digits) > 19 || digits[0] == '0' || exempt[string(digits)] || !luhn(digits) {
		return false
	}
	before, _ := utf8.DecodeLastRune(b[:start])
	if before == '+' {
		return false
	}
	if decimal(b, start, end) || (end-start == len(digits) && digest(b, start, end)) {
		return false
	}
	if len(digits) == 14 {
		if _, err := time.Parse("20060102150405", string(digits)); err == nil && string(digits[:2]) >= "19" && string(digits[:2]) <= "20" && string(digits[:4]) >= "1970" {
			return false
		}
	}
	return true
}

// decimal reports whether the digits at b[start:end] are a part of a
// decimal number: a point and a digit stand right before or after them.
func decimal(b []byte, start, end int) bool {
	if start >= 2 && b[start-1] == '.' && b[start-2] >= '0' && b[start-2] <= '9' {
		return true
	}
	return end+1 < len(b) && b[end] == '.' && b[end+1] >= '0' && b[end+1] <= '9'
}

// digest reports whether the digits at b[start:end] lie in a hexadecimal
// token of 32 characters or more that has a letter in it.
func digest(b []byte, start, end int) bool {
	hex := func(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }
	i, j := start, end
	for i > 0 && hex(b[i-1]) {
		i--
	}
	for j < len(b) && hex(b[j]) {
		j++
	}
	if j-i < 32 {
		return false
	}
	return bytes.ContainsFunc(b[i:j], func(r rune) bool { return r > '9' })
}

// luhn reports whether digits pass the Luhn check (ISO/IEC 7812-1), which
// every payment card number does.
func luhn[S ~string | ~[]byte](digits S) bool {
	sum, double := 0, false
	for i := len(digits) - 1; i >= 0; i-- {
		n := int(digits[i] - '0')
		if double {
			if n *= 2; n > 9 {
				n -= 9
			}
		}
		sum += n
		double = !double
	}
	return sum%10 == 0
}

// fieldRules find a card's expiry date or security code by the label
// before its value: "expiry": "12/27", exp_month=12, CVV: 123,
// セキュリティコード：123. A label alone is not a finding (writ's own
// manifest names the fields it excluded), nor one followed by words (the
// order's "expiration date, or card validation code"). Only spaces and
// tabs may stand between a label and its value, not a line break, so that
// a label at the end of one line and a date at the start of the next do
// not make a field.
var fieldRules = []struct {
	kind string
	re   *regexp.Regexp
}{
	{FoundExpiration, regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(` +
		`(?:card[ _-]?)?exp(?:iry|iration)?[ _-]?(?:date|month|year|mm|yy|yyyy|mmyy)|` +
		`(?:card[ _-]?)?(?:expiry|expiration|expires)(?:[ _-]?date)?|` +
		`valid[ _-]?(?:thru|through|until)|有効期限)` +
		`["']?[ \t]*[:=：]?[ \t]*["']?` +
		`(?:\d{1,2}[ \t]*[/／-][ \t]*\d{2,4}|\d{4}[/-]\d{1,2}|\d{1,4})`)},
	{FoundSecurityCode, regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}])(` +
		`(?:card[ _-]?)?(?:cvv2?|cvc2?|cvn|csc)|` +
		`(?:card[ _-]?)?security[ _-]?code|` +
		`card[ _-]?(?:validation|verification)[ _-]?(?:code|value|number)|` +
		`セキュリティー?コード)` +
		`["']?[ \t]*[:=：]?[ \t]*["']?` +
		`\d{3,4}`)},
}
