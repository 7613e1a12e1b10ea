package production

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// The scanner as it was before it streamed (issue 17), kept as the
// reference the streamed scanner is compared with: same hits, same places.

// refGroup is a maximal run of digits (ASCII or full-width) in a layer.
type refGroup struct {
	start, end int    // bytes of the layer
	digits     string // ASCII
	// sep is the kind of separator between this group and the next when
	// exactly one separator stands between them (0: none, the chain ends).
	sep byte
}

// refScanBytes applies the rules to one layer.
func refScanBytes(b []byte, r rules, exempt map[string]bool) []hit {
	var hits []hit
	gs := refDigitGroups(b)
	for i, g := range gs {
		if refCard(b, g.start, g.end, g.digits, exempt) {
			hits = append(hits, hit{g.start, FoundCardNumber, fmt.Sprintf("a Luhn-valid %d-digit number ending %s", len(g.digits), g.digits[len(g.digits)-4:])})
		}
		// In a PDF's own syntax numbers separated by spaces are operands
		// (glyph widths, coordinates), never shown text: there only dashes
		// chain groups, as no PDF token holds one.
		if len(g.digits) != 4 || g.sep == 0 || (r == syntaxRules && g.sep != '-') {
			continue
		}
		// Groups: this group of 4 and the ones chained to it by one kind of
		// separator, 13 to 19 digits in all.
		digits := g.digits
		for j := i; j < len(gs)-1 && gs[j].sep != 0 && gs[j].sep == g.sep; j++ {
			next := gs[j+1]
			if len(next.digits) > 6 || (j > i && len(gs[j].digits) < 3) {
				break
			}
			digits += next.digits
			if len(digits) > 19 {
				break
			}
			if len(digits) >= 13 && refCard(b, g.start, next.end, digits, exempt) {
				kind := "spaces"
				if g.sep == '-' {
					kind = "dashes"
				}
				hits = append(hits, hit{g.start, FoundCardNumber, fmt.Sprintf("a Luhn-valid %d-digit number written in groups separated by %s, ending %s", len(digits), kind, digits[len(digits)-4:])})
				break
			}
		}
	}
	return append(hits, refFieldHits(b)...)
}

// refDigitGroups finds the runs of digits of a layer and how they chain.
func refDigitGroups(b []byte) []refGroup {
	var gs []refGroup
	for i := 0; i < len(b); {
		d, n := digitAt(b, i)
		if n == 0 {
			_, size := utf8.DecodeRune(b[i:])
			i += size
			continue
		}
		g := refGroup{start: i}
		var digits []byte
		for n > 0 {
			digits = append(digits, d)
			i += n
			d, n = digitAt(b, i)
		}
		g.end, g.digits = i, string(digits)
		// One separator, then another digit, chains the next group.
		if sep, n := separatorAt(b, i); sep != 0 {
			if _, dn := digitAt(b, i+n); dn > 0 {
				g.sep = sep
			}
		}
		gs = append(gs, g)
	}
	return gs
}

// refCard reports whether digits, found at b[start:end], is a card number and
// not one of the things the scanner knows are not (see Scan).
func refCard(b []byte, start, end int, digits string, exempt map[string]bool) bool {
	if len(digits) < 13 || len(digits) > 19 || digits[0] == '0' || exempt[digits] || !luhn(digits) {
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
		if _, err := time.Parse("20060102150405", digits); err == nil && digits[:2] >= "19" && digits[:2] <= "20" && digits[:4] >= "1970" {
			return false
		}
	}
	return true
}

// refFieldHits applies fieldRules around each keyword of a layer.
func refFieldHits(b []byte) []hit {
	lower := make([]byte, len(b))
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
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

// trickyText makes text of the pieces card numbers, their look-alikes and
// the field rules are made of, in any order.
func trickyText(r *rand.Rand, n int) []byte {
	pieces := []string{
		"4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "5555555555554444", "378282246310005",
		"4111", "1111", "123", "12", "9", " ", " ", "-", "\n", "\r\n", ",", ".", "+", "0", "1506512345678901237",
		"ａ", "４１１１", "　", "\u00a0", "−", "deadbeefdeadbeefdeadbeefdeadbeef4111111111111111",
		"20221206183000", "2022-12-06T18:30:00Z", "198.51.100.2", "2001:db8::1", "\xe3\x81", "\xff", "x", "Z", ":", "=", `"`, "/",
	}
	// Labels are rarer, so that there are places to cut.
	labels := []string{"cvv: ", "CVV", "expiry", `"expiry": "12/27"`, "exp_month=12", "valid thru 09/28",
		"security code 1234", "セキュリティコード：123", "有効期限 12/27"}
	var b []byte
	for len(b) < n {
		if r.IntN(20) == 0 {
			b = append(b, labels[r.IntN(len(labels))]...)
		} else {
			b = append(b, pieces[r.IntN(len(pieces))]...)
		}
	}
	return b
}

// TestScanMatchesReference: the scanner that reuses its memory finds what
// the scanner before it found, and a file scanned in chunks cut by
// safeCut gives the findings of a scan of it whole, places and lines
// included.
func TestScanMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 1))
	exempt := map[string]bool{"1506512345678901237": true}
	defer func(n int) { scanChunk = n }(scanChunk)
	for i := range 400 {
		b := trickyText(r, 50+r.IntN(4000))
		want := refScanBytes(b, fullRules, exempt)
		if got := scanBytes(b, fullRules, exempt); !slices.Equal(got, want) {
			t.Fatalf("case %d: scanBytes differs from the reference:\n got %v\nwant %v\nin %q", i, got, want, b)
		}
		if got, want := scanBytes(b, syntaxRules, exempt), refScanBytes(b, syntaxRules, exempt); !slices.Equal(got, want) {
			t.Fatalf("case %d: syntax rules differ from the reference:\n got %v\nwant %v", i, got, want)
		}
		whole := findingsAt("f.csv", b, "bytes", 0, want, true)
		sortFindings(whole)
		scanChunk = 128 + r.IntN(512)
		got, err := scanReader("f.csv", bytes.NewReader(b), exempt)
		if err != nil {
			t.Fatal(err)
		}
		sortFindings(got)
		if !slices.Equal(got, whole) {
			t.Fatalf("case %d: in chunks of %d:\n got %v\nwant %v", i, scanChunk, got, whole)
		}
	}
}
