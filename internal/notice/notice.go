// Package notice writes and sends the notices a court order requires the
// platform to give each account holder: who asks for what about them,
// under which order, what they can do (object in writing to the platform,
// or move the court to quash or modify the subpoena), where, and by which
// day, in the court's time zone and in theirs. Notices are in English,
// Japanese, or both; the words live in text/template files, one per
// language, in writ's catalogue of words (internal/words/notice/LANG.tmpl,
// so that a language is one more file there), which a legal team can
// override from a folder without recompiling.
//
// Prepare (facts.go) is pure: the shell gives it the case's events, the
// calendar and the moment, and the dates it states are computed by the case
// engine, so the notice says what writ enforces. Sender (send.go) is the
// shell's side: contacts from the platform's records, the portal token,
// the proof PDF, the SMTP delivery and the events.
package notice

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/template"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
	catalogue "github.com/writ-project/writ/internal/words"
)

// Lang is the language of a notice.
type Lang string

// The languages of a notice. Auto picks Both when the order's foreign
// proceedings are in Japan, and English otherwise.
const (
	Auto    Lang = ""
	English Lang = "en"
	// Japanese notices are written in the polite legal register.
	Japanese Lang = "ja"
	Both     Lang = "both"
)

// ParseLang reads a language as the command line and the API name it:
// auto, or the tag of a notice template in the catalogue (en, ja, both).
func ParseLang(s string) (Lang, error) {
	l := Lang(strings.ToLower(strings.TrimSpace(s)))
	if l == Auto || l == "auto" {
		return Auto, nil
	}
	for _, tag := range templateLangs {
		if string(l) == tag {
			return l, nil
		}
	}
	return Auto, &fault.Error{Code: fault.Invalid, Field: "lang", Message: fmt.Sprintf("%q is not a language of notices: use %s", s, orList(templateLangs))}
}

// orList writes the tags of notices as a choice, English first and the
// bilingual notice last, as the command line lists them: "en, ja or both".
func orList(tags []string) string {
	var out []string
	for _, group := range []func(string) bool{
		func(t string) bool { return t == string(English) },
		func(t string) bool { return t != string(English) && t != string(Both) },
		func(t string) bool { return t == string(Both) },
	} {
		for _, t := range tags {
			if group(t) {
				out = append(out, t)
			}
		}
	}
	if len(out) < 2 {
		return strings.Join(out, "")
	}
	return strings.Join(out[:len(out)-1], ", ") + " or " + out[len(out)-1]
}

// For returns the language a notice under the order is written in: l,
// unless l is Auto.
func (l Lang) For(o *order.Order) Lang {
	if l != Auto {
		return l
	}
	if JapaneseProceedings(o) {
		return Both
	}
	return English
}

// ContentLanguage is the value of the message's Content-Language header.
func (l Lang) ContentLanguage() string {
	if l == Both {
		return "ja, en"
	}
	return string(l)
}

// embedded is the catalogue's folder of notice templates.
var embedded = func() fs.FS {
	f, err := catalogue.Default().Notices()
	if err != nil {
		panic("notice: the catalogue has no notice templates: " + err.Error())
	}
	return f
}()

// templateLangs are the languages of the embedded templates, one file
// each (LANG.tmpl, defining LANG.subject and LANG.body): a language is
// one more file in the catalogue's folder.
var templateLangs = func() []string {
	tags, err := catalogue.NoticeLanguages(embedded)
	if err != nil || len(tags) == 0 {
		panic(fmt.Sprintf("notice: the catalogue's notice templates cannot be listed: %v", err))
	}
	return tags
}()

// Templates is a parsed set of notice templates.
type Templates struct {
	t *template.Template
	// Overridden lists the files taken from the override folder.
	Overridden []string
}

// DefaultTemplates returns the templates embedded in writ.
func DefaultTemplates() *Templates {
	t, err := LoadTemplates("")
	if err != nil {
		panic("notice: the embedded templates do not parse: " + err.Error())
	}
	return t
}

// LoadTemplates parses the embedded templates, each replaced by the file
// of the same name in dir when dir holds one (WRIT_NOTICE_TEMPLATES). A
// file that does not parse, or a set that lacks a language's subject or
// body, is an error naming the file: a legal team's edit is checked when
// writ starts, not when a notice goes out.
func LoadTemplates(dir string) (*Templates, error) {
	set := template.New("notice").Funcs(funcs).Option("missingkey=error")
	out := &Templates{}
	for _, tag := range templateLangs {
		name := tag + ".tmpl"
		b, err := fs.ReadFile(embedded, name)
		if err != nil {
			return nil, err
		}
		if dir != "" {
			switch over, err := os.ReadFile(filepath.Join(dir, name)); {
			case err == nil:
				b = over
				out.Overridden = append(out.Overridden, name)
			case !errors.Is(err, fs.ErrNotExist):
				return nil, &fault.Error{Code: fault.Invalid, Field: "WRIT_NOTICE_TEMPLATES", Message: fmt.Sprintf("cannot read %s: %v", filepath.Join(dir, name), err), Err: err}
			}
		}
		if _, err := set.New(name).Parse(string(b)); err != nil {
			return nil, &fault.Error{Code: fault.Invalid, Field: "WRIT_NOTICE_TEMPLATES", Message: fmt.Sprintf("%s does not parse: %v", name, err), Err: err}
		}
	}
	for _, l := range templateLangs {
		for _, part := range []string{"subject", "body"} {
			if set.Lookup(l+"."+part) == nil {
				return nil, &fault.Error{Code: fault.Invalid, Field: "WRIT_NOTICE_TEMPLATES", Message: fmt.Sprintf("no template defines %s.%s", l, part)}
			}
		}
	}
	out.t = set
	return out, nil
}

// Notice is a notice as written: what is sent, and what the proof keeps.
type Notice struct {
	Lang    Lang
	Subject string
	// Text is the body, plain text.
	Text  string
	Facts *Facts
}

// Write words the facts in a language (not Auto).
func (t *Templates) Write(f *Facts, l Lang) (*Notice, error) {
	if l == Auto {
		return nil, fault.Errorf(fault.Internal, "notice: no language chosen")
	}
	run := func(name string) (string, error) {
		var b bytes.Buffer
		if err := t.t.ExecuteTemplate(&b, name, f); err != nil {
			return "", &fault.Error{Code: fault.Invalid, Field: "WRIT_NOTICE_TEMPLATES", Message: fmt.Sprintf("the template %s fails: %v", name, err), Err: err}
		}
		return b.String(), nil
	}
	subject, err := run(string(l) + ".subject")
	if err != nil {
		return nil, err
	}
	body, err := run(string(l) + ".body")
	if err != nil {
		return nil, err
	}
	return &Notice{Lang: l, Subject: strings.Join(strings.Fields(subject), " "), Text: tidy(body), Facts: f}, nil
}

// tidy trims trailing spaces and collapses runs of blank lines that
// template actions leave behind, and ends the text with one newline.
func tidy(s string) string {
	var out []string
	blank := 0
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, " \t")
		if line == "" {
			blank++
			if blank > 1 || len(out) == 0 {
				continue
			}
		} else {
			blank = 0
		}
		out = append(out, line)
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n") + "\n"
}
