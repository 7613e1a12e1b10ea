package words

import (
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
)

// TestCatalogueWhole: every language writ ships has exactly the keys of
// English, each worded with the same arguments; Load refuses a catalogue
// that does not, so this is the embedded catalogue loading, said again
// key by key for whoever adds a word.
func TestCatalogueWhole(t *testing.T) {
	c := Default()
	ref, ok := c.Get(Reference)
	if !ok || c.Languages()[0] != ref {
		t.Fatalf("the catalogue's first language is not %s", Reference)
	}
	if len(c.Languages()) < 2 {
		t.Fatalf("the catalogue has %d languages, want English and Japanese at least", len(c.Languages()))
	}
	for _, l := range c.Languages()[1:] {
		for _, p := range Compare(ref, l) {
			t.Error(p)
		}
		for _, k := range ref.Keys() {
			if w, _ := l.Lookup(k); strings.TrimSpace(w) == "" {
				t.Errorf("%s words %s with nothing", l.Tag, k)
			}
		}
	}
}

// TestJapaneseIsJapanese: the Japanese catalogue is a translation, not
// English copied: a word the same in both is one that reads the same in
// Japanese text (a name, a code, a symbol).
func TestJapaneseIsJapanese(t *testing.T) {
	same := map[string]bool{
		// Words that are names or codes in every language.
		"pages.layout.brand": true,
	}
	en, _ := Default().Get("en")
	ja, ok := Default().Get("ja")
	if !ok {
		t.Fatal("the catalogue has no Japanese")
	}
	for _, k := range en.Keys() {
		e, _ := en.Lookup(k)
		j, _ := ja.Lookup(k)
		if e == j && !same[k] && strings.ContainsFunc(e, func(r rune) bool { return r >= 'a' && r <= 'z' }) {
			t.Errorf("ja.toml words %s in English: %q", k, j)
		}
	}
}

// TestLoadRefuses: a catalogue whose languages disagree is refused with
// the file and the key, so a page never shows a missing word or a
// %!d(MISSING).
func TestLoadRefuses(t *testing.T) {
	en := "[pages]\ntitle = \"Cases\"\ndue = \"%d due, %s\"\n"
	for name, c := range map[string]struct {
		files map[string]string
		want  string
	}{
		"ErrMissingKey":    {map[string]string{"ja.toml": "[pages]\ndue = \"%d件、%s\"\n"}, "ja.toml lacks pages.title"},
		"ErrExtraKey":      {map[string]string{"ja.toml": "[pages]\ntitle = \"事件\"\ndue = \"%d件、%s\"\nmore = \"追加\"\n"}, "ja.toml has pages.more"},
		"ErrVerbKind":      {map[string]string{"ja.toml": "[pages]\ntitle = \"事件\"\ndue = \"%s件、%s\"\n"}, "ja.toml words pages.due"},
		"ErrVerbCount":     {map[string]string{"ja.toml": "[pages]\ntitle = \"事件\"\ndue = \"%d件\"\n"}, "ja.toml words pages.due"},
		"ErrNotWords":      {map[string]string{"ja.toml": "[pages]\ntitle = 3\ndue = \"%d件、%s\"\n"}, "pages.title is a int64"},
		"ErrDoesNotParse":  {map[string]string{"ja.toml": "[pages\n"}, "ja.toml does not parse"},
		"ErrNotATag":       {map[string]string{"japanese!.toml": "[pages]\n"}, "not named by a language tag"},
		"ErrNoReference":   {map[string]string{"en.toml": ""}, ""},
		"ErrVerbsReversed": {map[string]string{"ja.toml": "[pages]\ntitle = \"事件\"\ndue = \"%s、%d件\"\n"}, "ja.toml words pages.due"},
	} {
		t.Run(name, func(t *testing.T) {
			fsys := fstest.MapFS{"en.toml": {Data: []byte(en)}}
			for n, d := range c.files {
				fsys[n] = &fstest.MapFile{Data: []byte(d)}
			}
			if name == "ErrNoReference" {
				delete(fsys, "en.toml")
				fsys["ja.toml"] = &fstest.MapFile{Data: []byte("[pages]\n")}
				c.want = "no en.toml"
			}
			_, err := Load(fsys)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("Load: %v, want an error saying %q", err, c.want)
			}
		})
	}
	t.Run("OKArgumentsReordered", func(t *testing.T) {
		fsys := fstest.MapFS{"en.toml": {Data: []byte(en)},
			"ja.toml": {Data: []byte("[pages]\ntitle = \"事件\"\ndue = \"%[2]s、%[1]d件（100%%）\"\n")}}
		c, err := Load(fsys)
		if err != nil {
			t.Fatal(err)
		}
		ja, _ := c.Get("ja")
		if got, err := ja.T("pages.due", 3, "今週"); err != nil || got != "今週、3件（100%）" {
			t.Errorf("T: %q, %v", got, err)
		}
	})
}

// TestThirdLanguage: a language is one more file. A catalogue with a
// French file (made here from English, so that it has every key) serves
// French to a browser that prefers it, and nothing else changes.
func TestThirdLanguage(t *testing.T) {
	fsys := fstest.MapFS{}
	for _, name := range []string{"en.toml", "ja.toml"} {
		b, err := fs.ReadFile(files, name)
		if err != nil {
			t.Fatal(err)
		}
		fsys[name] = &fstest.MapFile{Data: b}
	}
	en, _ := Default().Get("en")
	var fr strings.Builder
	for _, k := range en.Keys() {
		w, _ := en.Lookup(k)
		fmt.Fprintf(&fr, "%s = %s\n", strconv.Quote(k), strconv.Quote("FR "+w))
	}
	fsys["fr.toml"] = &fstest.MapFile{Data: []byte(fr.String())}
	c, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	tags := []string{}
	for _, l := range c.Languages() {
		tags = append(tags, l.Tag)
	}
	if !slices.Equal(tags, []string{"en", "fr", "ja"}) {
		t.Errorf("languages %v, want en, fr, ja", tags)
	}
	l := c.Match("fr-CA,fr;q=0.9,en;q=0.5")
	if l.Tag != "fr" {
		t.Fatalf("a browser preferring French got %s", l.Tag)
	}
	if got, _ := l.T("language.name"); got != "FR English" {
		t.Errorf("French's language.name is %q", got)
	}
	if got := c.Match("de-DE,ja;q=0.8").Tag; got != "ja" {
		t.Errorf("German then Japanese got %s", got)
	}
}

// TestMatch: a person gets the language they prefer most that writ has,
// else English.
func TestMatch(t *testing.T) {
	c := Default()
	for _, row := range []struct {
		prefs []string
		want  string
	}{
		{nil, "en"},
		{[]string{""}, "en"},
		{[]string{"ja"}, "ja"},
		{[]string{"ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7"}, "ja"},
		{[]string{"en-US,en;q=0.9,ja;q=0.8"}, "en"},
		{[]string{"en-GB"}, "en"},
		{[]string{"fr-FR,fr;q=0.9,ja;q=0.8"}, "ja"},
		{[]string{"ja;q=0.2,en;q=0.9"}, "en"},
		{[]string{"de-DE"}, "en"},
		{[]string{";;;not a header"}, "en"},
		// A stored choice comes before the browser's header.
		{[]string{"ja", "en-US"}, "ja"},
		{[]string{"", "ja-JP"}, "ja"},
	} {
		if got := c.Match(row.prefs...).Tag; got != row.want {
			t.Errorf("Match(%q) = %s, want %s", row.prefs, got, row.want)
		}
	}
}

// TestVerbs: the arguments a format takes, by position and kind.
func TestVerbs(t *testing.T) {
	for format, want := range map[string][]string{
		"no arguments":          nil,
		"100%% sure":            nil,
		"%d days left":          {"1:d"},
		"%s of %d":              {"1:s", "2:d"},
		"%[2]d件の%[1]s":          {"1:s", "2:d"},
		"%-10s|%5.2f|%+d|%#x":   {"1:s", "2:f", "3:d", "4:x"},
		"%v and %q":             {"1:v", "2:q"},
		"trailing %":            {"!(no verb)"},
		"%[x]s":                 {"!(bad index)"},
		"%s, %s and %s":         {"1:s", "2:s", "3:s"},
		"%[1]s again %[1]s too": {"1:s", "1:s"},
	} {
		if got := Verbs(format); !slices.Equal(got, want) {
			t.Errorf("Verbs(%q) = %q, want %q", format, got, want)
		}
	}
}

// TestNotices: the notice templates are files in the catalogue's folder
// named by their language, the bilingual one among them.
func TestNotices(t *testing.T) {
	fsys, err := Default().Notices()
	if err != nil {
		t.Fatal(err)
	}
	tags, err := NoticeLanguages(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(tags, []string{"both", "en", "ja"}) {
		t.Errorf("notice languages %v, want both, en, ja", tags)
	}
}

// TestT: T formats a word with its arguments and refuses a key the
// catalogue lacks.
func TestT(t *testing.T) {
	en, _ := Default().Get("en")
	if got, err := en.T("portal.days_left", 3); err != nil || got != "3 days left" {
		t.Errorf("T(portal.days_left, 3) = %q, %v", got, err)
	}
	if _, err := en.T("no.such.key"); err == nil {
		t.Error("T of a key the catalogue lacks: no error")
	}
}
