package portal

import (
	"fmt"
	"net/http"
	"reflect"
	"strings"
	"time"
	"unicode"

	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/words"
)

// wording is the portal's own words in one language, from the catalogue
// (internal/words, the keys portal.*); the notice it shows comes from the
// notice templates.
type wording struct {
	Title, Intro, Private                               string
	Deadlines, DaysLeft, LastDay, Over, CourtTime, UTC  string
	CourtClock, YourTime, TimeIn, ZoneGuessed, Midnight string
	LateHelp                                            string
	NoticeHeading                                       string
	ObjectHeading, ObjectHelp, TextLabel, FilesLabel    string
	SubmitObjection                                     string
	MotionHeading, MotionHelp, DocketLabel, MotionNote  string
	SubmitMotion                                        string
	ReceiptTitle, ReceiptRef, ReceiptAt, ReceiptKeep    string
	ReceiptSubject                                      string
	ReceiptMailed, ReceiptFiles, ReceiptDocket          string
	KindObjection, KindMotion                           string
	Refused, TooMany, Internal                          string
	Closed, DayLayout, NotRecorded, YourText            string
	NotTaken, Busy                                      string
	TextRequired, DocketRequired, TooLong, TooLarge     string
	BadType, TooManyFiles, BadForm                      string
	SealLabel, SealAsked, SealAskedDone                 string
	Review, ReviewHelp, ReviewSend, ReviewChange        string
	ReviewFilesAgain, ReviewNoFiles, ReceiptText        string
	ReviewText                                          string
	ReceiptLog, ReceiptLogNote                          string
	ReceiptProof, ReceiptProofNote                      string
	FileChanged                                         string
	Kinds                                               map[string]string
	Weekdays                                            map[time.Weekday]string
}

// english and japanese are the portal's words as the catalogue has them.
var (
	english  = mustWording("en")
	japanese = mustWording("ja")
)

// mustWording reads the portal's words in a language from the catalogue:
// each field is the key "portal." and its name in snake case (DaysLeft is
// portal.days_left), Kinds are portal.kinds.*, Weekdays portal.weekdays.*
// by the day's English name. The catalogue has every key in every
// language (words.Load checks it), so a field without one is writ's bug,
// found when the package loads.
func mustWording(tag string) wording {
	l, ok := words.Default().Get(tag)
	if !ok {
		panic("portal: the catalogue has no " + tag)
	}
	w, err := wordingOf(l)
	if err != nil {
		panic("portal: " + err.Error())
	}
	return w
}

// wordingOf fills the portal's words from one language of the catalogue.
func wordingOf(l *words.Language) (wording, error) {
	var w wording
	v := reflect.ValueOf(&w).Elem()
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if f.Type.Kind() != reflect.String {
			continue
		}
		key := "portal." + snake(f.Name)
		s, ok := l.Lookup(key)
		if !ok {
			return w, fmt.Errorf("%s has no %s", l.Tag, key)
		}
		v.Field(i).SetString(s)
	}
	w.Kinds = map[string]string{}
	for _, kind := range []string{"object_in_writing", "move_to_quash"} {
		s, ok := l.Lookup("portal.kinds." + kind)
		if !ok {
			return w, fmt.Errorf("%s has no portal.kinds.%s", l.Tag, kind)
		}
		w.Kinds[kind] = s
	}
	w.Weekdays = map[time.Weekday]string{}
	for d := time.Sunday; d <= time.Saturday; d++ {
		key := "portal.weekdays." + strings.ToLower(d.String())
		s, ok := l.Lookup(key)
		if !ok {
			return w, fmt.Errorf("%s has no %s", l.Tag, key)
		}
		w.Weekdays[d] = s
	}
	return w, nil
}

// snake writes a field's name as its key: DaysLeft is days_left, UTC is
// utc, ReceiptAt is receipt_at.
func snake(name string) string {
	var b strings.Builder
	rs := []rune(name)
	for i, r := range rs {
		if unicode.IsUpper(r) {
			if i > 0 && (unicode.IsLower(rs[i-1]) || (i+1 < len(rs) && unicode.IsLower(rs[i+1]))) {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// byTag are the portal's words in every language the catalogue has and
// the notices are written in: the portal shows the notice in the page's
// language, so a language is served once both have it.
var byTag = func() map[string]wording {
	out := map[string]wording{}
	for _, l := range words.Default().Languages() {
		if nl, err := notice.ParseLang(l.Tag); err != nil || nl == notice.Auto || nl == notice.Both {
			continue
		}
		w, err := wordingOf(l)
		if err != nil {
			panic("portal: " + err.Error())
		}
		out[l.Tag] = w
	}
	return out
}()

// wordsFor returns the portal's words in a language, English when the
// portal does not speak it.
func wordsFor(l notice.Lang) wording {
	if w, ok := byTag[string(l)]; ok {
		return w
	}
	return english
}

// language picks the page's language: ?lang= when the portal speaks it,
// else the language of the browser's Accept-Language that the catalogue
// matches best, else English.
func language(r *http.Request) notice.Lang {
	if tag := r.URL.Query().Get("lang"); tag != "" {
		if _, ok := byTag[tag]; ok {
			return notice.Lang(tag)
		}
	}
	if l := words.Default().Match(r.Header.Get("Accept-Language")); l != nil {
		if _, ok := byTag[l.Tag]; ok {
			return notice.Lang(l.Tag)
		}
	}
	return notice.English
}

// languageName is a language's own name, for the switch between them.
func languageName(tag string) string {
	if l, ok := words.Default().Get(tag); ok {
		if name, ok := l.Lookup("language.name"); ok {
			return name
		}
	}
	return tag
}
