package pages

import (
	"bytes"
	"crypto/rand"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"net/http"
	"reflect"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/words"
)

// The pages are server-rendered from embedded templates and one embedded
// style sheet: no script, nothing inline, so that the strict
// Content-Security-Policy the server sets holds for every page.
var (
	//go:embed templates/*.html
	templateFiles embed.FS
	//go:embed static/*
	staticFiles embed.FS
)

// pageSets holds, for each language of the catalogue of words
// (internal/words), one template per page, each the layout plus the page's
// own blocks, whose words come from that language through the function t:
// {{t "pages.home.title"}}, {{t "pages.home.due" .N}}. Parsed once, when
// the package loads, so that a broken template fails the tests rather
// than a request; a word the catalogue lacks fails the page's render
// (and its test).
var pageSets = func() map[string]map[string]*template.Template {
	out := map[string]map[string]*template.Template{}
	for _, l := range words.Default().Languages() {
		out[l.Tag] = parsePages(l)
	}
	return out
}()

// pageTemplates are the pages in English.
var pageTemplates = pageSets[words.Reference]

// pageLanguage is the language a request's pages are in: the one of the
// catalogue that the browser's Accept-Language prefers, else English.
func pageLanguage(r *http.Request) *words.Language {
	return words.Default().Match(r.Header.Get("Accept-Language"))
}

// localTitle says a page's title in the page's language. The handlers
// title their pages in English; each title is a word of the catalogue's
// pages.titles, whole ("Home") or around one value ("People of %s"), and
// is found by its English and said again in lang. A title the catalogue
// does not word stays as it is.
func localTitle(lang *words.Language, title string) string {
	return local(lang, "pages.titles.", title)
}

// localMessage says a handler's fixed message to the person (a refusal,
// a failed sign-in) in the page's language, as localTitle does a title,
// from the catalogue's pages.messages. A message the catalogue does not
// word (one built from an error) stays in English.
func localMessage(lang *words.Language, msg string) string {
	return local(lang, "pages.messages.", msg)
}

// local finds title among the English words under prefix and says it in
// lang.
func local(lang *words.Language, prefix, title string) string {
	en, _ := words.Default().Get(words.Reference)
	if lang == en || title == "" {
		return title
	}
	for _, whole := range []bool{true, false} {
		for _, k := range en.Keys() {
			if !strings.HasPrefix(k, prefix) {
				continue
			}
			w, _ := en.Lookup(k)
			verbs := words.Verbs(w)
			switch {
			case whole && len(verbs) == 0 && w == title:
				out, _ := lang.T(k)
				return out
			case !whole && len(verbs) == 1 && verbs[0] == "1:s" && strings.Count(w, "%s") == 1:
				before, after, _ := strings.Cut(w, "%s")
				if len(title) > len(before)+len(after) && strings.HasPrefix(title, before) && strings.HasSuffix(title, after) {
					out, _ := lang.T(k, title[len(before):len(title)-len(after)])
					return out
				}
			}
		}
	}
	return title
}

// word is a word of the catalogue as a page shows it. The catalogue's
// words are writ's own text, embedded and reviewed like a template's, so
// they go into the page as a template's own text does, byte for byte
// (an apostrophe stays one); the values put into them are data, and are
// escaped as {{.Value}} would be.
func word(l *words.Language, key string, args ...any) (template.HTML, error) {
	safe := make([]any, len(args))
	for i, a := range args {
		switch reflect.ValueOf(a).Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64, reflect.Bool:
			safe[i] = a
		default:
			safe[i] = template.HTMLEscapeString(fmt.Sprint(a))
		}
	}
	w, err := l.T(key, safe...)
	return template.HTML(w), err
}

func parsePages(l *words.Language) map[string]*template.Template {
	funcs := template.FuncMap{
		// t is a word of the page's language: t "key" args...
		"t": func(key string, args ...any) (template.HTML, error) { return word(l, key, args...) },
		// say says a value of writ's vocabulary (a duty's act, a party, a
		// status, a queue's heading), given in English or as its code
		// (move_to_quash), in the page's language when the catalogue's
		// group pages.GROUP words it, else in English words.
		"say": func(group string, v any) string {
			return local(l, "pages."+group+".", strings.ReplaceAll(fmt.Sprint(v), "_", " "))
		},
		// lang is the page's language tag, for <html lang>.
		"lang": func() string { return l.Tag },
		// day is a day with its weekday in the page's language.
		"day": func(d courttime.Date) string { return dayWords(l, d) },
		// code says a code of writ's vocabulary (an event's type, a
		// webhook's kind) in the page's language: code "event" .Type.
		"code":    func(group string, c any) string { return codeWords(l, group, c) },
		"instant": func(t time.Time) string { return t.UTC().Format("2006-01-02 15:04 UTC") },
		// task says what a duty asks to be done now (a notice to give
		// again) in the page's language.
		"task": func(d matter.Duty) string { return dutyTaskWords(l, d) },
		// where names the place of a field of the order (a problem's
		// path) as the intake review labels it.
		"where": func(path string) string { return humanPath(l, path) },
		// join lists values (account labels) in one line: "A, B".
		"join":    func(s []string) string { return strings.Join(s, ", ") },
		"percent": func(f float64) float64 { return f * 100 },
		// dict passes several values to a template: dict "Key" value ...
		"dict": func(kv ...any) map[string]any {
			m := map[string]any{}
			for i := 0; i+1 < len(kv); i += 2 {
				if k, ok := kv[i].(string); ok {
					m[k] = kv[i+1]
				}
			}
			return m
		},
	}
	layout := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(templateFiles, "templates/layout.html", "templates/scope_narrow.html"))
	out := map[string]*template.Template{}
	for _, name := range []string{"signin", "home", "case", "audit", "error", "intake", "intake_review", "people", "invitation", "calendar", "report", "webhooks", "case_confirm"} {
		t := template.Must(layout.Clone())
		out[name] = template.Must(t.ParseFS(templateFiles, "templates/"+name+".html"))
	}
	return out
}

// page is what every template gets: who is signed in (nil on the sign-in
// page), the CSRF token for its forms, a title, a message for the person
// (a refusal, a failed sign-in), and the page's own data.
type page struct {
	Title     string
	Principal *access.Principal
	CSRF      string
	Field     string
	Message   string
	Data      any
	// Demo is the demo clock's banner; nil unless the server runs the
	// demo.
	Demo *demoBanner
	// People offers the people page (to the platform's administrators).
	People bool
	// Reports offers the transparency report (to the platform's staff),
	// Webhooks the webhooks page (to its administrators).
	Reports, Webhooks bool
}

// render writes a page. It renders into a buffer first, so that a template
// error becomes a clean 500 rather than half a page.
func (s *Pages) render(w http.ResponseWriter, r *http.Request, status int, name string, pg page) {
	pg.Field = access.CSRFField
	if pg.Principal != nil {
		pg.CSRF = pg.Principal.Session.CSRF
		pg.People = s.Users != nil && access.Permits(*pg.Principal, access.ViewPeople)
		pg.Reports = access.Permits(*pg.Principal, access.ViewReports)
		pg.Webhooks = access.Permits(*pg.Principal, access.ManageWebhooks)
	}
	pg.Demo = s.banner(r, pg.Principal)
	lang := pageLanguage(r)
	pg.Title, pg.Message = localTitle(lang, pg.Title), localMessage(lang, pg.Message)
	var buf bytes.Buffer
	if err := pageSets[lang.Tag][name].ExecuteTemplate(&buf, "layout.html", pg); err != nil {
		s.Log.ErrorContext(r.Context(), "page template", "page", name, "err", err)
		http.Error(w, "internal error; the details are in writ's log", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Content-Language", lang.Tag)
	w.Header().Add("Vary", "Accept-Language")
	w.WriteHeader(status)
	_, _ = w.Write(buf.Bytes())
}

// errorPage answers with a page that says only msg.
func (s *Pages) errorPage(w http.ResponseWriter, r *http.Request, p *access.Principal, status int, msg string) {
	s.render(w, r, status, "error", page{Title: http.StatusText(status), Principal: p, Message: msg})
}

// formKey makes the idempotency key a form carries, so that a form sent
// twice (a double click, a reload) records its event once.
func formKey() string {
	b := make([]byte, 16)
	_, _ = rand.Read(b)
	return "form-" + hex.EncodeToString(b)
}

// courtToday is the court's day at now in a time zone.
func courtToday(now time.Time, loc *time.Location) courttime.Date {
	return courttime.DateOf(now.In(loc))
}
