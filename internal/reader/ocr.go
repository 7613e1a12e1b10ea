package reader

import (
	"strings"
	"sync"
)

// A scanned order read by OCR confuses letters and digits that look
// alike: "shal1" and "sha11" for shall, "C0URT", "App1ication", and in
// numbers "fourteen (l4) days", "thirty (3O) days", "March l7". A lawyer
// reads them as the words and numbers they are; repairOCR does the same,
// one byte for one byte, so that every clean byte keeps its source span.

// repairOCR mends the clean text's letters and digits confused by OCR. A
// number in parentheses ("(l4)") is mended in any text: no word is
// written that way. Words, and numbers outside parentheses, only in a
// text that shows OCR's marks, at least ocrMarks words with a 0 or 1 in
// their letters: a text typed as it is may name an account "Dark0ne".
func (c *cleaner) repairOCR() {
	runs := alnumRuns(c.buf)
	marks := 0
	for _, r := range runs {
		// "shal1", and a number in parentheses with OCR's letters in it
		// ("(1O)", "(l4)"): no one types either.
		if ocrWord(c.buf, r[0], r[1]) || inParens(c.buf, r[0], r[1]) && ocrNumber(c.buf, r[0], r[1], false) {
			marks++
		}
	}
	// A rendering's note at the head that says its text is OCR's ("[...
	// OCR text layer]") says as much.
	scanned := marks >= ocrMarks || ocrNote.Match(c.buf[:min(len(c.buf), 600)])
	for _, r := range runs {
		a, b := r[0], r[1]
		switch {
		case scanned && b-a == 1 && (c.buf[a] == 'l' || c.buf[a] == 'I') && monthBefore(c.buf, a) && b+2 < len(c.buf) && c.buf[b] == ',' && c.buf[b+1] == ' ' && c.buf[b+2] >= '0' && c.buf[b+2] <= '9':
			// "June l, 2026": the day.
			c.buf[a] = '1'
		case ocrNumber(c.buf, a, b, false) && (scanned || inParens(c.buf, a, b)):
			mendDigits(c.buf[a:b])
		case scanned && inParens(c.buf, a, b) && ocrNumber(c.buf, a, b, true):
			// "twenty-eight (2B) days", "(2S)": in a scanned text's
			// parentheses, where only a number stands, B and S too.
			mendDigits(c.buf[a:b])
		case scanned && b-a >= 3 && ordinalLetters[string(c.buf[b-2:b])] && ocrNumber(c.buf, a, b-2, false):
			// "this 3Oth day of June": an ordinal's digits.
			mendDigits(c.buf[a : b-2])
		case scanned && b-a >= 3 && c.buf[a] == '0' && lettersOnly(c.buf, a+1, b):
			// "this 0rder": a word's first letter, a capital O.
			c.buf[a] = 'O'
		case scanned && ocrWord(c.buf, a, b):
			for i := a; i < b; i++ {
				if c.buf[i] != '0' && c.buf[i] != '1' {
					continue
				}
				upper := nearUpper(c.buf, a, b, i)
				switch {
				case c.buf[i] == '0' && upper:
					c.buf[i] = 'O'
				case c.buf[i] == '0':
					c.buf[i] = 'o'
				case upper:
					c.buf[i] = 'I'
				default:
					c.buf[i] = 'l'
				}
			}
		}
	}
	if scanned {
		mendRnForM(c.buf, runs)
		mendQForG(c.buf, runs)
		mendLForI(c.buf, runs)
	}
}

// mendQForG mends OCR's "q" for "g" in the words of a scanned text
// ("twenty-eiqht", "enqlish"): a "q" that no "u" follows is read as "g"
// where mendKnown finds the word so spelled.
func mendQForG(s []byte, runs [][2]int) {
	mendKnown(s, runs, func(w string, _ func(string) bool) string {
		g := []byte(w)
		for i, b := range g {
			if b == 'q' && (i+1 == len(g) || g[i+1] != 'u') {
				g[i] = 'g'
			}
		}
		return string(g)
	})
}

// mendLForI mends OCR's "l" for "i" in the words of a scanned text
// ("wlthin", "recelpt", "lnformation"): one "l" read as "i" where
// mendKnown finds the word so spelled ("Lilly", a name, keeps its place).
func mendLForI(s []byte, runs [][2]int) {
	mendKnown(s, runs, func(w string, known func(string) bool) string {
		for i := range len(w) {
			if w[i] != 'l' {
				continue
			}
			if m := w[:i] + "i" + w[i+1:]; known(m) {
				return m
			}
		}
		return w
	})
}

// mendRnForM mends OCR's "rn" for "m" in the words of a scanned text
// ("e-rnail", "narnes") where mendKnown finds the word so spelled; a word
// spelled so nowhere ("return", "governrnent") is left as it is.
func mendRnForM(s []byte, runs [][2]int) {
	mendKnown(s, runs, func(w string, _ func(string) bool) string { return strings.ReplaceAll(w, "rn", "m") })
}

// mendKnown reads each word of a scanned text as mend writes it, when the
// text spells it so elsewhere or it is one of the words of the reader's
// patterns ("e-mail", "names", "eight"); only words in small letters: a
// word that opens with a capital may be a name ("Horne", "Iraq"). The
// mended word, no longer than the word, keeps its place, and spaces after
// it fill the bytes it gave up. mend may ask known which of its readings
// the text or the patterns spell.
func mendKnown(s []byte, runs [][2]int, mend func(w string, known func(string) bool) string) {
	words := map[string]bool{}
	for _, r := range runs {
		words[string(s[r[0]:r[1]])] = true
	}
	own := patternWords()
	known := func(w string) bool { return words[w] || own[w] }
	for _, r := range runs {
		w := string(s[r[0]:r[1]])
		if w[0] < 'a' || w[0] > 'z' {
			continue
		}
		m := mend(w, known)
		if m == w || len(m) > len(w) || !known(m) {
			continue
		}
		n := copy(s[r[0]:r[1]], m)
		for i := r[0] + n; i < r[1]; i++ {
			s[i] = ' '
		}
	}
}

// ocrNote is a rendering's note that its text is OCR's.
var ocrNote = mustRx(`(?i)\bOCR(?:'d|ed)?\b|\boptical character recognition\b`)

// monthBefore reports whether the word before byte a, past one space, is
// a month's name ("June l").
func monthBefore(s []byte, a int) bool {
	if a < 2 || s[a-1] != ' ' {
		return false
	}
	j := a - 1
	i := j
	for i > 0 && isLetter(s[i-1]) {
		i--
	}
	_, ok := months[strings.ToLower(string(s[i:j]))]
	return ok && j > i && s[i] >= 'A' && s[i] <= 'Z'
}

// monthNames are the months' names, whole, as a pattern's alternatives.
const monthNames = `January|February|March|April|May|June|July|August|September|October|November|December`

// ocrMarks is how many words with a 0 or 1 among their letters make a
// text one read by OCR.
const ocrMarks = 3

// alnumRuns returns the bounds of each run of ASCII letters and digits.
func alnumRuns(s []byte) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		if !isAlnum(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isAlnum(s[j]) {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

func isAlnum(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// mendDigits reads OCR's letters in a number as the digits they stand
// for: "l4" as 14, "3O" as 30, "2B" as 28, "2S" as 25.
func mendDigits(b []byte) {
	for i, c := range b {
		switch c {
		case 'l', 'I':
			b[i] = '1'
		case 'O', 'o':
			b[i] = '0'
		case 'B':
			b[i] = '8'
		case 'S':
			b[i] = '5'
		}
	}
}

// inParens reports whether bytes [a, b) stand alone in parentheses.
func inParens(s []byte, a, b int) bool {
	return a > 0 && b < len(s) && s[a-1] == '(' && s[b] == ')'
}

// ordinalLetters are the letters after an ordinal's digits: "30th".
var ordinalLetters = map[string]bool{"st": true, "nd": true, "rd": true, "th": true}

// lettersOnly reports whether bytes [a, b) are all ASCII letters.
func lettersOnly(s []byte, a, b int) bool {
	for i := a; i < b; i++ {
		if !isLetter(s[i]) {
			return false
		}
	}
	return a < b
}

// ocrNumber reports a short number with letters OCR reads for digits in
// it: "l4", "3O", "l7", "2O25"; at least one digit, the rest l, I, O or o,
// or B or S too where wide ("2B", "2S": only a number in a scanned
// text's parentheses, since "Suite 2B" is no number).
func ocrNumber(s []byte, a, b int, wide bool) bool {
	if b-a > 4 {
		return false
	}
	digits, letters := 0, 0
	for i := a; i < b; i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == 'l' || c == 'I' || c == 'O' || c == 'o' || wide && (c == 'B' || c == 'S'):
			letters++
		default:
			return false
		}
	}
	return digits > 0 && letters > 0
}

// ocrWord reports a word with a 0 or 1 OCR read for a letter: at least
// two letters, no other digit, and a 0 or 1 after its first letter
// ("shal1", "C0URT", "App1ication"). A number with a suffix ("1st",
// "10th") begins with its digits and is no such word, nor is a handle or
// an address ("@user01", "mail0.example").
func ocrWord(s []byte, a, b int) bool {
	if b-a < 3 || !isLetter(s[a]) {
		return false
	}
	if a > 0 && (s[a-1] == '@' || s[a-1] == '_' || s[a-1] == '.') || b < len(s) && (s[b] == '@' || s[b] == '_' || s[b] == '.' && b+1 < len(s) && isAlnum(s[b+1])) {
		return false
	}
	letters, odd := 0, 0
	for i := a; i < b; i++ {
		switch c := s[i]; {
		case isLetter(c):
			letters++
		case c == '0' || c == '1':
			odd++
		default:
			return false
		}
	}
	return letters >= 2 && odd > 0 && odd*2 < b-a
}

// nearUpper reports whether byte i of the word [a, b) stands among
// capitals: the nearest letters on each side of it are capitals ("C0URT",
// "MEM0RANDUM"), not small letters ("C0urt", "shal1").
func nearUpper(s []byte, a, b, i int) bool {
	upper := func(c byte) bool { return c >= 'A' && c <= 'Z' }
	for j := i - 1; j >= a; j-- {
		if isLetter(s[j]) {
			if !upper(s[j]) {
				return false
			}
			break
		}
	}
	for j := i + 1; j < b; j++ {
		if isLetter(s[j]) {
			return upper(s[j])
		}
	}
	return true
}

// patternWords returns the words of three letters or more in the
// reader's patterns and their notes, in small letters: words an order is
// read for ("may").
var patternWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, r := range alnumRuns(patternsJSON) {
		// "\\bnames?": the letter after a backslash is the escape's.
		if r[0] > 0 && patternsJSON[r[0]-1] == '\\' {
			r[0]++
		}
		if w := patternsJSON[r[0]:r[1]]; r[1]-r[0] >= 3 && isLetter(w[0]) {
			out[strings.ToLower(string(w))] = true
		}
	}
	return out
})
