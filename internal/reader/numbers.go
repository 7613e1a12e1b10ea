package reader

import (
	"strconv"
	"strings"
)

// digitsInParens is the "(14)" after "fourteen".
var digitsInParens = mustRx(`\((\d{1,3})\)`)

// number reads a count as orders write it: "10", "ten", "twenty-one",
// "twenty one", or words and digits together, "fourteen (14)". When the
// words and the digits disagree ("fourteen (41)") it reads nothing: which
// one the court meant is for a person to say.
func number(v *patterns, s string) (int, bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	// "twenty- one (21)": a number whose line, or a page's header taken
	// out of it, came between its words.
	s = strings.ReplaceAll(s, "- ", "-")
	digits := -1
	// "14 (fourteen)": the digits first, the words in parentheses.
	if m := wordsInParens.FindStringSubmatch(s); m != nil {
		s = m[2] + " (" + m[1] + ")"
	}
	if m := digitsInParens.FindStringSubmatchIndex(s); m != nil {
		digits, _ = strconv.Atoi(s[m[2]:m[3]])
		s = strings.TrimSpace(s[:m[0]] + s[m[1]:])
	}
	n, ok := wordNumber(v, s)
	if !ok && digits < 0 {
		// "the seventh day after", "the 14th day after": a day counted
		// by its ordinal is that many days.
		n, ok = ordinalNumber(s)
	}
	switch {
	case !ok && digits >= 0 && s == "":
		return digits, true
	case !ok:
		return 0, false
	case digits >= 0 && digits != n:
		return 0, false
	}
	return n, true
}

// wordNumber reads "21", "twenty-one" or "twenty one".
func wordNumber(v *patterns, s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	if n, ok := v.Numbers[s]; ok {
		return n, true
	}
	tens, unit, ok := strings.Cut(strings.ReplaceAll(s, " ", "-"), "-")
	if !ok {
		return 0, false
	}
	t, ok1 := v.Numbers[tens]
	u, ok2 := v.Numbers[unit]
	if !ok1 || !ok2 || t < 20 || t%10 != 0 || u < 1 || u > 9 {
		return 0, false
	}
	return t + u, true
}

// wordsInParens is a number written in digits, then in words in
// parentheses: "14 (fourteen)".
var wordsInParens = mustRx(`^(\d{1,3}) \(([a-z][a-z -]*)\)$`)

// ordinalNumber reads a count written as an ordinal, as "no later than
// the seventh day after" or "the 14th day after" write it.
func ordinalNumber(s string) (int, bool) {
	if m := dayWord.FindStringSubmatch(s); m != nil && len(m[0]) == len(s) {
		return dayTens[m[1]] + dayOrdinals[m[2]], true
	}
	if m := ordinalSuffix.FindStringSubmatch(s); m != nil && len(m[0]) == len(s) {
		n, err := strconv.Atoi(m[1])
		return n, err == nil
	}
	return 0, false
}
