package pdf

import (
	"strings"
	"unicode"
)

// Wrap breaks text into lines no wider than max, measuring each rune with
// width. It never drops a character other than the spaces at a break:
// Japanese has no spaces, so a line may break between any two characters
// that are wide (kanji, kana, full-width forms), except before closing
// punctuation and small kana and after opening brackets (kinsoku shori);
// Latin text breaks after spaces. A word wider than a whole line is cut
// where it overflows, so that every line fits. A newline in text always
// starts a new line.
func Wrap(text string, max float64, width func(rune) float64) []string {
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		lines = append(lines, wrapParagraph([]rune(para), max, width)...)
	}
	return lines
}

func wrapParagraph(rs []rune, max float64, width func(rune) float64) []string {
	if len(rs) == 0 {
		return []string{""}
	}
	var lines []string
	start := 0
	for start < len(rs) {
		w, brk, i := 0.0, -1, start
		for ; i < len(rs); i++ {
			if i > start && canBreak(rs[i-1], rs[i]) {
				brk = i
			}
			w += width(rs[i])
			if w > max && i > start {
				break
			}
		}
		if i == len(rs) {
			lines = append(lines, string(rs[start:]))
			break
		}
		end := brk
		if end <= start {
			// No place to break on this line: cut the word where it
			// overflows, keeping at least one character per line.
			end = i
		}
		lines = append(lines, strings.TrimRight(string(rs[start:end]), " "))
		start = end
		for start < len(rs) && rs[start] == ' ' {
			start++
		}
	}
	return lines
}

// canBreak reports whether a line may end after a and the next begin with b.
func canBreak(a, b rune) bool {
	if a == ' ' && b != ' ' {
		return true
	}
	if !(wide(a) || wide(b)) || a == ' ' || b == ' ' {
		return false
	}
	return !strings.ContainsRune(noLineStart, b) && !strings.ContainsRune(noLineEnd, a)
}

// Kinsoku shori (JIS X 4051): characters that may not begin a line, and
// characters that may not end one.
const (
	noLineStart = "、。，．・：；？！゛゜ヽヾゝゞ々ー）］｝」』】〕〉》〙〟’”ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ,.:;?!)]}"
	noLineEnd   = "（［｛「『【〔〈《〘〝‘“([{"
)

// wide reports whether r is set as a full-width character in Japanese text,
// between any two of which a line may break.
func wide(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) ||
		(r >= 0x3000 && r <= 0x303F) || // CJK symbols and punctuation
		(r >= 0xFF01 && r <= 0xFF60) || // full-width forms
		(r >= 0x30A0 && r <= 0x30FF) // katakana, with the prolonged sound mark
}
