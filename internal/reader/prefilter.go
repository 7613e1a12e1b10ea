package reader

import (
	"regexp"
	"regexp/syntax"
	"strings"
	"sync"
	"unicode"
)

// rx is a regular expression that first asks whether a text holds any of
// the words every match must contain, and runs the expression only if it
// does. Most of the reader's hundreds of rules are phrasings an order
// rarely uses; a search for a word is a hundred times cheaper than a run of
// the expression over the whole text, and its answer is exact: rx finds
// what the regexp finds, on every text (FuzzPrefilter holds it to that).
type rx struct {
	*regexp.Regexp
	// need: every match contains at least one of these; none means the
	// expression can match without a word of its own (it is always run).
	// Found on first use: many expressions the reader builds for one
	// order are used once or never.
	need []needle
	once sync.Once
}

// needle is a word a match must contain: fold when the expression
// ignores case there (then s is in lower case and ASCII only).
type needle struct {
	s    string
	fold bool
	// kelvin: a folded word with a k or an s, which Unicode folding lets
	// match the Kelvin sign or the long s (U+212A, U+017F).
	kelvin bool
}

// minNeedle: a shorter word is too common to be worth the search.
const minNeedle = 3

func newRx(re *regexp.Regexp) *rx { return &rx{Regexp: re} }

func (x *rx) findNeedles() {
	if t, err := syntax.Parse(x.String(), syntax.Perl); err == nil {
		if ns, ok := needles(t); ok {
			x.need = ns
		}
	}
}

func mustRx(src string) *rx { return newRx(regexp.MustCompile(src)) }

func compileRx(src string) (*rx, error) {
	re, err := regexp.Compile(src)
	if err != nil {
		return nil, err
	}
	return newRx(re), nil
}

// needles returns words of which every match of t contains one, and
// whether there are such words at all.
func needles(t *syntax.Regexp) ([]needle, bool) {
	if ns, ok := exact(t); ok && shortest(ns) >= minNeedle {
		return ns, true
	}
	switch t.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return needles(t.Sub[0])
	case syntax.OpRepeat:
		if t.Min >= 1 {
			return needles(t.Sub[0])
		}
	case syntax.OpConcat:
		// A run of parts each of which matches one of a few strings
		// matches one of their products; any part's own words will do.
		var best, run []needle
		take := func(ns []needle) {
			if ns != nil && shortest(ns) >= minNeedle && better(ns, best) {
				best = ns
			}
		}
		for _, s := range t.Sub {
			if ns, ok := exact(s); ok {
				if run = product(run, ns); run == nil {
					run = ns
				}
				take(run)
				continue
			}
			run = nil
			if ns, ok := needles(s); ok {
				take(ns)
			}
		}
		return best, best != nil
	case syntax.OpAlternate:
		var all []needle
		for _, s := range t.Sub {
			ns, ok := needles(s)
			if !ok {
				return nil, false
			}
			all = append(all, ns...)
		}
		if len(all) > maxNeedles {
			return nil, false
		}
		return all, true
	}
	return nil, false
}

// maxNeedles bounds the words searched for one expression.
const maxNeedles = 24

// exact returns the strings t matches when they are few: a word, a choice
// of words, an optional letter, a class of a few letters; a test of
// position matches the empty string.
func exact(t *syntax.Regexp) ([]needle, bool) {
	switch t.Op {
	case syntax.OpLiteral:
		fold := t.Flags&syntax.FoldCase != 0
		var b strings.Builder
		kelvin := false
		for _, r := range t.Rune {
			if fold {
				if r >= 0x80 && unicode.SimpleFold(r) != r {
					return nil, false
				}
				r = unicode.ToLower(r)
				if r == 'k' || r == 's' {
					kelvin = true
				}
			}
			b.WriteRune(r)
		}
		return []needle{{s: b.String(), fold: fold, kelvin: kelvin}}, true
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return []needle{{}}, true
	case syntax.OpCapture:
		return exact(t.Sub[0])
	case syntax.OpQuest:
		ns, ok := exact(t.Sub[0])
		if !ok || len(ns)+1 > maxNeedles {
			return nil, false
		}
		return append([]needle{{}}, ns...), true
	case syntax.OpCharClass:
		var ns []needle
		for i := 0; i+1 < len(t.Rune); i += 2 {
			for r := t.Rune[i]; r <= t.Rune[i+1]; r++ {
				if len(ns) == 4 {
					return nil, false
				}
				ns = append(ns, needle{s: string(r)})
			}
		}
		return ns, len(ns) > 0
	case syntax.OpConcat:
		var all []needle
		for i, s := range t.Sub {
			ns, ok := exact(s)
			if !ok {
				return nil, false
			}
			if i == 0 {
				all = ns
			} else if all = product(all, ns); all == nil {
				return nil, false
			}
		}
		return all, true
	case syntax.OpAlternate:
		var all []needle
		for _, s := range t.Sub {
			ns, ok := exact(s)
			if !ok || len(all)+len(ns) > maxNeedles {
				return nil, false
			}
			all = append(all, ns...)
		}
		return all, true
	}
	return nil, false
}

// product is every word of a followed by every word of b; nil when a is
// empty or there would be too many.
func product(a, b []needle) []needle {
	if len(a) == 0 || len(a)*len(b) > maxNeedles {
		return nil
	}
	var out []needle
	for _, x := range a {
		for _, y := range b {
			out = append(out, join(x, y))
		}
	}
	return out
}

// join is x then y; where one ignores case and the other does not, the
// whole ignores case, the other's ASCII letters put in lower case (a text
// that holds the exact letters holds them in any case).
func join(x, y needle) needle {
	if x.fold != y.fold {
		if !x.fold {
			x = needle{s: lowerASCII(x.s), fold: true}
		} else {
			y = needle{s: lowerASCII(y.s), fold: true}
		}
	}
	return needle{s: x.s + y.s, fold: x.fold || y.fold, kelvin: x.kelvin || y.kelvin}
}

func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// better is whether words a narrow a match more than b: a longer shortest
// word, then fewer words.
func better(a, b []needle) bool {
	if b == nil {
		return true
	}
	la, lb := shortest(a), shortest(b)
	if la != lb {
		return la > lb
	}
	return len(a) < len(b)
}

func shortest(ns []needle) int {
	n := -1
	for _, x := range ns {
		if n < 0 || len(x.s) < n {
			n = len(x.s)
		}
	}
	return n
}

// may is whether s can hold a match: false only when it holds none of the
// words every match contains.
func (x *rx) may(s string) bool {
	x.once.Do(x.findNeedles)
	if x.need == nil {
		return true
	}
	for _, n := range x.need {
		if n.fold {
			if containsFold(s, n.s) {
				return true
			}
			if n.kelvin && (strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f")) {
				return true
			}
		} else if strings.Contains(s, n.s) {
			return true
		}
	}
	return false
}

// containsFold is strings.Contains ignoring ASCII case; lit is lower case.
func containsFold(s, lit string) bool {
	n := len(lit)
	c := lit[0]
	if c < 'a' || c > 'z' {
		for i := 0; i+n <= len(s); {
			k := strings.IndexByte(s[i:], c)
			if k < 0 || i+k+n > len(s) {
				return false
			}
			i += k
			if equalFoldASCII(s[i+1:i+n], lit[1:]) {
				return true
			}
			i++
		}
		return false
	}
	up := c - 'a' + 'A'
	lo, hi := -1, -1 // next lower- and upper-case first letters at or after i
	for i := 0; i+n <= len(s); {
		if lo < i {
			if k := strings.IndexByte(s[i:], c); k < 0 {
				lo = len(s)
			} else {
				lo = i + k
			}
		}
		if hi < i {
			if k := strings.IndexByte(s[i:], up); k < 0 {
				hi = len(s)
			} else {
				hi = i + k
			}
		}
		i = min(lo, hi)
		if i+n > len(s) {
			return false
		}
		if equalFoldASCII(s[i+1:i+n], lit[1:]) {
			return true
		}
		i++
	}
	return false
}

func equalFoldASCII(s, lit string) bool {
	for k := 0; k < len(lit); k++ {
		b := s[k]
		if 'A' <= b && b <= 'Z' {
			b += 'a' - 'A'
		}
		if b != lit[k] {
			return false
		}
	}
	return true
}

// The methods the reader calls on a string, each asking may first.

func (x *rx) MatchString(s string) bool {
	return x.may(s) && x.Regexp.MatchString(s)
}

func (x *rx) FindString(s string) string {
	if !x.may(s) {
		return ""
	}
	return x.Regexp.FindString(s)
}

func (x *rx) FindStringIndex(s string) []int {
	if !x.may(s) {
		return nil
	}
	return x.Regexp.FindStringIndex(s)
}

func (x *rx) FindStringSubmatch(s string) []string {
	if !x.may(s) {
		return nil
	}
	return x.Regexp.FindStringSubmatch(s)
}

func (x *rx) FindStringSubmatchIndex(s string) []int {
	if !x.may(s) {
		return nil
	}
	return x.Regexp.FindStringSubmatchIndex(s)
}

func (x *rx) FindAllStringIndex(s string, n int) [][]int {
	if !x.may(s) {
		return nil
	}
	return x.Regexp.FindAllStringIndex(s, n)
}

func (x *rx) FindAllStringSubmatch(s string, n int) [][]string {
	if !x.may(s) {
		return nil
	}
	return x.Regexp.FindAllStringSubmatch(s, n)
}

func (x *rx) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !x.may(s) {
		return nil
	}
	return x.Regexp.FindAllStringSubmatchIndex(s, n)
}

func (x *rx) ReplaceAllString(s, repl string) string {
	if !x.may(s) {
		return s
	}
	return x.Regexp.ReplaceAllString(s, repl)
}

func (x *rx) ReplaceAllStringFunc(s string, f func(string) string) string {
	if !x.may(s) {
		return s
	}
	return x.Regexp.ReplaceAllStringFunc(s, f)
}
