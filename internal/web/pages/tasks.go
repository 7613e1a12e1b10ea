package pages

import (
	"strings"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/words"
)

// taskWords says a task the case waits on in lang, from the catalogue's
// pages.task by the task's kind, with its contest or production and its
// day. The English is package matter's own sentence (TestTaskWords holds
// the two equal).
func taskWords(lang *words.Language, t matter.Task) string {
	switch t.Kind {
	case matter.Renotify:
		if w, ok := renotifyWords(lang, t.What, t.Due); ok {
			return w
		}
	case matter.DraftLetter:
		return sentence(lang, "pages.task.draft_letter", t.Contest, dayWords(lang, t.Due))
	case matter.AdviseCourt:
		return sentence(lang, "pages.task.advise_court", t.Contest, dayWords(lang, t.Due))
	case matter.RecordRuling:
		// A task names no contest's kind; matter's sentence does.
		en, _ := words.Default().Get(words.Reference)
		if t.What == sentence(en, "pages.task.record_ruling_motion", t.Contest) {
			return sentence(lang, "pages.task.record_ruling_motion", t.Contest)
		}
		return sentence(lang, "pages.task.record_ruling_objection", t.Contest)
	case matter.ReleaseProduction:
		return sentence(lang, "pages.task.release_production", t.Production)
	case matter.BuildProduction:
		return sentence(lang, "pages.task.build_production")
	}
	return t.What
}

// dutyTaskWords says in lang what a duty asks to be done now (a notice to
// give again, as the case page's duty shows it); matter's words when the
// catalogue has none for it.
func dutyTaskWords(lang *words.Language, d matter.Duty) string {
	if w, ok := renotifyWords(lang, d.Task, d.Due); ok {
		return w
	}
	return d.Task
}

// renotifyWords says in lang a notice to give again, as matter words it
// in English (what) for a duty due on due: the day the notice failed and
// why are read from matter's sentence, which is all a line of the queue
// keeps. ok is false when what is no such sentence.
func renotifyWords(lang *words.Language, what string, due courttime.Date) (string, bool) {
	en, _ := words.Default().Get(words.Reference)
	const hole = "\x00"
	for _, key := range []string{"pages.task.renotify_overdue", "pages.task.renotify"} {
		before, after, _ := strings.Cut(sentence(en, key, hole, "", dayWords(en, due)), hole)
		if len(what) <= len(before)+len(after) || !strings.HasPrefix(what, before) || !strings.HasSuffix(what, after) {
			continue
		}
		// The middle is the day it failed ("Monday 2022-10-24"), then
		// why, in renotify_why's English, when the failure was explained.
		weekday, rest, _ := strings.Cut(what[len(before):len(what)-len(after)], " ")
		date, why, _ := strings.Cut(rest, " ")
		failed, err := courttime.ParseDate(date)
		if err != nil || dayWords(en, failed) != weekday+" "+date {
			continue
		}
		whyBefore, whyAfter, _ := strings.Cut(sentence(en, "pages.task.renotify_why", hole), hole)
		var note string
		switch {
		case why == "":
		case len(" "+why) >= len(whyBefore)+len(whyAfter) && strings.HasPrefix(" "+why, whyBefore) && strings.HasSuffix(" "+why, whyAfter):
			note = sentence(lang, "pages.task.renotify_why", (" " + why)[len(whyBefore):len(" "+why)-len(whyAfter)])
		default:
			continue
		}
		return sentence(lang, key, dayWords(lang, failed), note, dayWords(lang, due)), true
	}
	return "", false
}
