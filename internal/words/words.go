// Package words is writ's one catalogue of the words people read: the
// staff's pages, the account holder's portal and the notices, in every
// language writ speaks. A language is files in this folder named by its
// tag (BCP 47), embedded in writ:
//
//   - LANG.toml holds the words of the pages and the portal, keyed
//     ("portal.title", "pages.home.title"), each a fmt format whose verbs
//     (%s, %d) are filled by the caller. English (en.toml) is the
//     reference: every other language has exactly its keys, and each word
//     takes the same arguments. Load refuses a catalogue that does not, so
//     a page never shows a key or a missing argument.
//   - notice/LANG.tmpl is the notice to account holders in that language,
//     a text/template defining LANG.subject and LANG.body, read by package
//     notice. A notice is a legal document written as a whole, with its
//     own sentence order and grammar in each language, so it stays one
//     template a lawyer can read and edit top to bottom (and override from
//     a folder, WRIT_NOTICE_TEMPLATES), rather than being cut into keyed
//     sentences; notice/both.tmpl is the bilingual notice (Japanese, then
//     English) built from the other two.
//
// A third language is one more LANG.toml (and, for notices in it, one more
// notice/LANG.tmpl): Match picks it for a request whose Accept-Language
// prefers it, with no change of code. The TOML reader and the tag matcher
// are third-party (BurntSushi/toml, golang.org/x/text/language) and stay
// behind this package.
package words

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/language"
)

// files are the catalogue as writ ships it.
//
//go:embed *.toml notice/*.tmpl
var files embed.FS

// Reference is the tag of the language every other is checked against,
// and the one a person gets when the catalogue has none they prefer.
const Reference = "en"

// Catalogue is the words of every language writ has, and the matcher that
// picks one for a person.
type Catalogue struct {
	langs   []*Language // the reference first, then by tag
	matcher language.Matcher
	fsys    fs.FS
}

// Language is the words of one language.
type Language struct {
	// Tag is the language's tag, as its file is named: "en", "ja".
	Tag   string
	words map[string]string
}

var shipped = func() *Catalogue {
	c, err := Load(files)
	if err != nil {
		panic("words: the embedded catalogue is not whole: " + err.Error())
	}
	return c
}()

// Default returns the catalogue embedded in writ.
func Default() *Catalogue { return shipped }

// Load reads a catalogue from the LANG.toml files at the root of fsys
// (and keeps fsys for its notices). It is an error, naming the file and
// the key, when a file does not parse, is not named by a tag, holds
// something other than words, lacks a key of the reference or has one the
// reference does not, or words a key with other arguments than the
// reference does.
func Load(fsys fs.FS) (*Catalogue, error) {
	names, err := fs.Glob(fsys, "*.toml")
	if err != nil {
		return nil, err
	}
	c := &Catalogue{fsys: fsys}
	var ref *Language
	for _, name := range names {
		tag := strings.TrimSuffix(name, ".toml")
		if _, err := language.Parse(tag); err != nil {
			return nil, fmt.Errorf("words: %s is not named by a language tag: %w", name, err)
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		var tree map[string]any
		if err := toml.Unmarshal(b, &tree); err != nil {
			return nil, fmt.Errorf("words: %s does not parse: %w", name, err)
		}
		l := &Language{Tag: tag, words: map[string]string{}}
		if err := flatten(l.words, "", tree); err != nil {
			return nil, fmt.Errorf("words: %s: %w", name, err)
		}
		if tag == Reference {
			ref = l
		}
		c.langs = append(c.langs, l)
	}
	if ref == nil {
		return nil, fmt.Errorf("words: no %s.toml, the reference every language is checked against", Reference)
	}
	sort.SliceStable(c.langs, func(i, j int) bool {
		return c.langs[i].Tag == Reference || (c.langs[j].Tag != Reference && c.langs[i].Tag < c.langs[j].Tag)
	})
	var problems []string
	for _, l := range c.langs[1:] {
		problems = append(problems, Compare(ref, l)...)
	}
	if len(problems) > 0 {
		return nil, fmt.Errorf("words: %s", strings.Join(problems, "; "))
	}
	tags := make([]language.Tag, len(c.langs))
	for i, l := range c.langs {
		tags[i] = language.Make(l.Tag)
	}
	c.matcher = language.NewMatcher(tags)
	return c, nil
}

// flatten puts a TOML tree's words in m under dotted keys.
func flatten(m map[string]string, prefix string, tree map[string]any) error {
	for k, v := range tree {
		key := k
		if prefix != "" {
			key = prefix + "." + k
		}
		switch v := v.(type) {
		case string:
			m[key] = v
		case map[string]any:
			if err := flatten(m, key, v); err != nil {
				return err
			}
		default:
			return fmt.Errorf("%s is a %T, not words", key, v)
		}
	}
	return nil
}

// Compare lists how l differs from the reference ref: each key it lacks,
// each key ref does not have, and each key whose format takes other
// arguments (see Verbs).
func Compare(ref, l *Language) []string {
	var out []string
	for _, k := range ref.Keys() {
		w, ok := l.words[k]
		switch {
		case !ok:
			out = append(out, fmt.Sprintf("%s.toml lacks %s", l.Tag, k))
		case !slices.Equal(Verbs(ref.words[k]), Verbs(w)):
			out = append(out, fmt.Sprintf("%s.toml words %s with %v, %s.toml with %v", l.Tag, k, Verbs(w), ref.Tag, Verbs(ref.words[k])))
		}
	}
	for _, k := range l.Keys() {
		if _, ok := ref.words[k]; !ok {
			out = append(out, fmt.Sprintf("%s.toml has %s, which %s.toml does not", l.Tag, k, ref.Tag))
		}
	}
	return out
}

// Languages are the catalogue's languages, the reference first.
func (c *Catalogue) Languages() []*Language { return slices.Clone(c.langs) }

// Get returns the language of a tag exactly as its file is named.
func (c *Catalogue) Get(tag string) (*Language, bool) {
	for _, l := range c.langs {
		if l.Tag == tag {
			return l, true
		}
	}
	return nil, false
}

// Match picks the language for a person from what they prefer, each pref
// a language tag ("ja") or an Accept-Language header ("ja-JP,en;q=0.8"),
// the first that the catalogue can serve winning: a stored choice can be
// passed before the browser's header. The reference language is the
// answer when none can be served.
func (c *Catalogue) Match(prefs ...string) *Language {
	for _, p := range prefs {
		tags, _, err := language.ParseAcceptLanguage(p)
		if err != nil || len(tags) == 0 {
			continue
		}
		if _, i, conf := c.matcher.Match(tags...); conf != language.No {
			return c.langs[i]
		}
	}
	return c.langs[0]
}

// Notices is the folder of notice templates, notice/LANG.tmpl.
func (c *Catalogue) Notices() (fs.FS, error) { return fs.Sub(c.fsys, "notice") }

// NoticeLanguages are the tags of the notice templates in fsys's folder
// notice, sorted: "both", "en", "ja".
func NoticeLanguages(fsys fs.FS) ([]string, error) {
	names, err := fs.Glob(fsys, "*.tmpl")
	if err != nil {
		return nil, err
	}
	var out []string
	for _, n := range names {
		out = append(out, strings.TrimSuffix(path.Base(n), ".tmpl"))
	}
	return out, nil
}

// Keys are the language's keys, sorted.
func (l *Language) Keys() []string {
	out := make([]string, 0, len(l.words))
	for k := range l.words {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Lookup returns the words of a key as written, unformatted.
func (l *Language) Lookup(key string) (string, bool) {
	w, ok := l.words[key]
	return w, ok
}

// T returns the words of a key, formatted with args when there are any.
// A key the catalogue lacks is an error (a page template's t fails, and
// its test with it).
func (l *Language) T(key string, args ...any) (string, error) {
	w, ok := l.words[key]
	if !ok {
		return "", fmt.Errorf("words: no %q in the catalogue", key)
	}
	if len(args) == 0 && !strings.Contains(w, "%") {
		return w, nil
	}
	return fmt.Sprintf(w, args...), nil
}

// Verbs lists the arguments a format takes, in the order of the
// arguments: each is its verb's letter, with its index when the format
// names one (%[2]s), so that two languages may order their arguments
// differently and still agree. A literal %% takes none.
func Verbs(format string) []string {
	var out []string
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		// Flags, width and precision.
		for i < len(format) && strings.IndexByte("+-# 0123456789.", format[i]) >= 0 {
			i++
		}
		if i < len(format) && format[i] == '[' {
			end := strings.IndexByte(format[i:], ']')
			if end < 0 {
				out = append(out, "!(bad index)")
				break
			}
			var n int
			if _, err := fmt.Sscanf(format[i+1:i+end], "%d", &n); err != nil {
				out = append(out, "!(bad index)")
				break
			}
			arg = n - 1
			i += end + 1
		}
		if i >= len(format) {
			out = append(out, "!(no verb)")
			break
		}
		if format[i] == '%' {
			continue
		}
		out = append(out, fmt.Sprintf("%d:%c", arg+1, format[i]))
		arg++
	}
	sort.Strings(out)
	return out
}
