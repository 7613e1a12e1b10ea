package source

import (
	"bytes"
	"slices"
)

// logNeedle finds one byte string (the account id as the log writes it) in
// large buffers, faster than bytes.Index does for the ids platforms use.
//
// bytes.Index starts from the needle's first byte; for a JSON needle that
// is a quote, and for a numeric id a digit — both on every few bytes of a
// log, so it falls back to comparing at every position (about 1.4 GB/s
// here). Instead the needle picks its three rarest bytes, by their
// frequency in a sample of the log itself, and a vector loop looks for
// positions where all three sit at their offsets (see logfile_amd64.s): for
// a 19-digit id in a log full of digits that leaves about one false
// candidate per 100 KB, and the loop runs at memory speed.
type logNeedle struct {
	text []byte
	// off are the offsets in text of its rarest bytes, rarest first; three
	// of them when text has at least three bytes.
	off []int
}

// logByteFreq counts the bytes of a sample of the log, to choose the rarest
// bytes of a needle.
type logByteFreq [256]int

func newLogNeedle(text []byte, freq *logByteFreq) logNeedle {
	off := make([]int, len(text))
	for i := range off {
		off[i] = i
	}
	// Rarest first; among equally rare bytes the later one, as the end of
	// an id varies more than its start.
	slices.SortStableFunc(off, func(a, b int) int {
		if d := freq[text[a]] - freq[text[b]]; d != 0 {
			return d
		}
		return b - a
	})
	return logNeedle{text: text, off: off[:min(3, len(off))]}
}

// index returns the index of the first instance of the needle in s, or -1,
// and the number of line ends in s[:counted], which it counted on the way
// where it could (counted may be 0; it is never past the instance found).
func (n *logNeedle) index(s []byte) (i, counted, lines int) {
	if len(n.off) < 3 {
		return bytes.Index(s, n.text), 0, 0
	}
	if logIndex3 != nil {
		return n.indexVector(s)
	}
	return n.indexByte(s), 0, 0
}

// indexVector runs the vector loop of this machine, which also counts the
// line ends, and checks each position it proposes.
func (n *logNeedle) indexVector(s []byte) (i, counted, lines int) {
	i1, i2, i3 := n.off[0], n.off[1], n.off[2]
	b1, b2, b3 := n.text[i1], n.text[i2], n.text[i3]
	// The loop sees only positions where the whole needle fits.
	tail := max(i1, i2, i3) + 1 - len(n.text)
	for p := 0; p+len(n.text) <= len(s); {
		r, c, l := logIndex3(s[p:len(s)+tail], i1, i2, i3, b1, b2, b3)
		lines += l
		counted = p + c
		if r < 0 {
			// The vector loop stops short of the end; the rest is
			// checked one position at a time.
			return logIndexTail(s, p+^r, n.text, i1, b1), counted, lines
		}
		q := p + r
		if bytes.Equal(s[q:q+len(n.text)], n.text) {
			return q, counted, lines
		}
		// A false candidate: go on after it, counting the line ends
		// between its block's start and it.
		lines += bytes.Count(s[counted:q+1], []byte{'\n'})
		counted = q + 1
		p = q + 1
	}
	return -1, counted, lines
}

// indexByte is the portable search: it jumps between instances of the
// rarest byte with bytes.IndexByte (vectorised on every platform Go runs
// on) and checks the needle at each.
func (n *logNeedle) indexByte(s []byte) int {
	i1 := n.off[0]
	i2, i3 := n.off[1], n.off[2]
	b1, b2, b3 := n.text[i1], n.text[i2], n.text[i3]
	for p := i1; p < len(s); {
		j := bytes.IndexByte(s[p:], b1)
		if j < 0 {
			return -1
		}
		q := p + j - i1
		if q+len(n.text) > len(s) {
			return -1
		}
		if s[q+i2] == b2 && s[q+i3] == b3 && bytes.Equal(s[q:q+len(n.text)], n.text) {
			return q
		}
		p += j + 1
	}
	return -1
}

// logIndexTail checks the positions from p on, one at a time.
func logIndexTail(s []byte, p int, text []byte, i1 int, b1 byte) int {
	for q := p; q+len(text) <= len(s); q++ {
		if s[q+i1] == b1 && bytes.Equal(s[q:q+len(text)], text) {
			return q
		}
	}
	return -1
}

// logIndex3, where the machine has a vector loop for it, finds the first
// position p of s with s[p+i1] == b1, s[p+i2] == b2 and s[p+i3] == b3, and
// counts the line ends of the bytes it passes: it returns p, or ^q when
// there is none, q being the first position it did not check (it checks
// only positions whose three bytes lie inside s, in blocks of 32), and the
// number of '\n' in s[:counted], counted being p's block start or q.
var logIndex3 func(s []byte, i1, i2, i3 int, b1, b2, b3 byte) (pos, counted, lines int)

// logFinder finds the lines that may belong to an account: those holding
// any of the forms in which the log may write its id.
type logFinder struct {
	needles []logNeedle
}

// next returns the position of the first instance of any needle in s, or
// -1, and the number of line ends in s[:counted] (see logNeedle.index).
func (f *logFinder) next(s []byte) (i, counted, lines int) {
	if len(f.needles) == 1 {
		return f.needles[0].index(s)
	}
	best := -1
	for i := range f.needles {
		lim := s
		if best >= 0 {
			lim = s[:min(len(s), best+len(f.needles[i].text)-1)]
		}
		if p, _, _ := f.needles[i].index(lim); p >= 0 && (best < 0 || p < best) {
			best = p
		}
	}
	return best, 0, 0
}
