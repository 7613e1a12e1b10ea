package reader

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRead reads mutated order texts: nothing may panic, and every span
// must lie within the text. How fast the reader is, is no test's business
// (a loaded machine under the race detector reads a page a thousand times
// slower than a quiet one): BenchmarkRead measures it, and Go's regular
// expressions run in time linear in the text, so no pattern backtracks; a
// loop that does not end meets the test's own timeout.
// A plain go test runs the seed corpus: our own order, the seed and the
// real openings when they are here, and cut and mangled versions of them.
func FuzzRead(f *testing.F) {
	var texts []string
	if b, err := os.ReadFile(filepath.Join("testdata", "orders", "sakura.txt")); err == nil {
		texts = append(texts, string(b))
	}
	for _, p := range []string{filepath.Join(sharedDir, "seed", "order-22-mc-80240-VKD.txt")} {
		if b, err := os.ReadFile(p); err == nil {
			texts = append(texts, string(b))
		}
	}
	if m, _ := filepath.Glob(filepath.Join(sharedDir, "orders", "*.txt")); m != nil {
		for _, p := range m {
			if b, err := os.ReadFile(p); err == nil {
				texts = append(texts, string(b))
			}
		}
	}
	for _, s := range texts {
		f.Add(s)
		f.Add(s[:len(s)/2])
		f.Add(strings.ReplaceAll(s, "\n", " "))
		f.Add(strings.ReplaceAll(s, " ", "\n"))
		f.Add(strings.ToUpper(s))
		f.Add(strings.ReplaceAll(s, ".", ""))
		f.Add(strings.Repeat(s[:min(len(s), 2000)], 5))
	}
	f.Add("")
	f.Add("\f\f\f")
	f.Add("1\n2\n3\n")
	f.Add("1. ALL DOCUMENTS (i) (ii) (iii)")
	f.Add("IT IS SO ORDERED. Within ten days of within 10 days of notice")
	f.Add("display name a@b display name a@b user name @x website \"a.se\"")
	f.Add("[x](#) ² ¹ \xff\xfe “ ”")
	f.Fuzz(func(t *testing.T, src string) {
		p := Read(src)
		lines := strings.Count(src, "\n") + 1
		check := func(path string, s Span) {
			if s.Offset < 0 || s.EndOffset > len(src) || s.Offset > s.EndOffset {
				t.Fatalf("%s: span %+v outside the text of %d bytes", path, s, len(src))
			}
			if s.Line < 1 || s.EndLine < s.Line || s.EndLine > lines || s.Page < 1 {
				t.Fatalf("%s: span %+v: lines outside the text's %d", path, s, lines)
			}
			if utf8.ValidString(src) && s.Start > utf8.RuneCountInString(src) {
				t.Fatalf("%s: span %+v", path, s)
			}
		}
		for _, fd := range p.Fields {
			check(fd.Path, fd.Span)
			if fd.Confidence <= 0 || fd.Confidence > 1 {
				t.Fatalf("%s: confidence %v", fd.Path, fd.Confidence)
			}
		}
		for _, n := range p.NeedsPerson {
			if n.Span != nil {
				check(n.Path, *n.Span)
			}
		}
	})
}

// BenchmarkRead reads the seed order (about five pages) and the same text
// five times over: the time per page should stay the same.
func BenchmarkRead(b *testing.B) {
	src, err := os.ReadFile(filepath.Join(sharedDir, "seed", "order-22-mc-80240-VKD.txt"))
	if err != nil {
		b.Skip("the seed order is not in testdata:", err)
	}
	for _, n := range []int{1, 5} {
		text := strings.Repeat(string(src), n)
		b.Run(fmt.Sprintf("x%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Read(text)
			}
		})
	}
}
