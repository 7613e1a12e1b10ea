package reader

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp/syntax"
	"slices"
	"testing"
)

// TestNeedles: the words every match must contain, worked out by hand for
// each expression.
func TestNeedles(t *testing.T) {
	for _, c := range []struct {
		re   string
		want []string // nil: the expression is always run
	}{
		{`(?i)within\s+(\d+)\s+days`, []string{"within"}},
		{`notice`, []string{"notice"}},
		{`(?i)\b(?:quash|modify)\b`, []string{"quash", "modify"}},
		// The parser factors this into "a" and "sks?" or "rgues": a run
		// of parts of few strings gives their products.
		{`(?i)\b(?:asks?|argues)\b`, []string{"ask", "asks", "argues"}},
		{`(?i)\bcourt[’']s order`, []string{"court’s order", "court's order"}},
		{`(?i)\b(?:\d+) days`, []string{" days"}},
		// A branch that needs no word of its own leaves nothing to search.
		{`(?i)\b(?:quash|\d+)\b`, nil},
		{`(?i)(?:days)?`, nil},
		{`(?i)(?:subpoena)*`, nil},
		{`(?i)(?:subpoena)+ served`, []string{"subpoena"}},
		{`(?i)(?:subpoena){1,3}`, []string{"subpoena"}},
		{`(?i)(?:subpoena){0,3}`, nil},
		// Words shorter than three letters are too common to search for.
		{`(?i)\bno\b`, nil},
		// A case-insensitive word with a letter outside ASCII is not
		// searched (its folds are many); a case-sensitive one is.
		{`(?i)émis`, nil},
		{`émis`, []string{"émis"}},
		{`§ 1782`, []string{"§ 1782"}},
	} {
		tree, err := syntax.Parse(c.re, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		ns, ok := needles(tree)
		var got []string
		if ok {
			for _, n := range ns {
				got = append(got, n.s)
			}
		}
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: needles %q, want %q", c.re, got, want)
		}
	}
}

// TestPrefilterFolds: a case-insensitive k or s also matches the Kelvin
// sign and the long s, which ASCII folding does not know; the prefilter
// must not pass them over.
func TestPrefilterFolds(t *testing.T) {
	for _, c := range []struct{ re, s string }{
		{`(?i)kelvin`, "\u212aelvin"},
		{`(?i)seek`, "\u017feek"},
		{`(?i)notice`, "NOTICE"},
		{`(?i)notice`, "NoTiCe"},
		{`(?i)12 days`, "12 DAYS"},
	} {
		x := mustRx(c.re)
		if !x.Regexp.MatchString(c.s) {
			t.Fatalf("%s should match %q", c.re, c.s)
		}
		if !x.MatchString(c.s) || x.FindStringIndex(c.s) == nil {
			t.Errorf("%s: the prefilter passed over %q", c.re, c.s)
		}
	}
	x := mustRx(`(?i)kelvin`)
	if x.MatchString("celsius") {
		t.Error("(?i)kelvin matched celsius")
	}
}

// vocabularyRx is every expression of patterns.json, compiled.
func vocabularyRx(t testing.TB) []*rx {
	var all []*rx
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() {
				return
			}
			if x, ok := v.Interface().(*rx); ok {
				all = append(all, x)
				return
			}
			walk(v.Elem())
		case reflect.Struct:
			for i := range v.NumField() {
				if v.Type().Field(i).IsExported() || v.Field(i).CanInterface() {
					walk(v.Field(i))
				} else {
					walk(reflect.NewAt(v.Field(i).Type(), v.Field(i).Addr().UnsafePointer()).Elem())
				}
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Map:
			for it := v.MapRange(); it.Next(); {
				walk(it.Value())
			}
		}
	}
	p := vocabulary()
	walk(reflect.ValueOf(p))
	if len(all) < 100 {
		t.Fatalf("found only %d expressions in the vocabulary", len(all))
	}
	return all
}

// agree fails t where the prefilter would pass over a text the expression
// matches.
func agree(t testing.TB, all []*rx, s string) {
	for _, x := range all {
		if !x.may(s) && x.Regexp.MatchString(s) {
			t.Errorf("the prefilter passes over a match of %s in %.80q", x, s)
		}
	}
}

// TestPrefilterAgrees: on orders of several kinds and on every expression
// of the vocabulary, the prefilter never passes over a text that the
// expression matches.
func TestPrefilterAgrees(t *testing.T) {
	all := vocabularyRx(t)
	files, _ := filepath.Glob(filepath.Join("testdata", "own", "*.txt"))
	files = append(files, filepath.Join("testdata", "orders", "sakura.txt"))
	if len(files) < 5 {
		t.Fatalf("found %d orders", len(files))
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		agree(t, all, string(b))
	}
}

// FuzzPrefilter: on any text, the prefilter passes over no match of any
// expression of the vocabulary.
func FuzzPrefilter(f *testing.F) {
	for _, s := range []string{
		"Within fourteen (14) days of service of the subpoena, X Corp. shall notify",
		"IT IS SO ORDERED.", "\u212a\u017f", "NOTICE OF ELECTRONIC FILING",
		"documents sufficient to show the names", "Dated: May 4, 2026",
	} {
		f.Add(s)
	}
	all := vocabularyRx(f)
	f.Fuzz(func(t *testing.T, s string) {
		agree(t, all, s)
	})
}
