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

// queueTasks are the tasks a line of the work queue may be, each with the
// field its one value fills and whether its sentence names the day.
var queueTasks = []struct {
	kind  matter.TaskKind
	key   string
	fill  func(*matter.Task, string)
	dated bool
}{
	{matter.DraftLetter, "draft_letter", func(t *matter.Task, id string) { t.Contest = id }, true},
	{matter.AdviseCourt, "advise_court", func(t *matter.Task, id string) { t.Contest = id }, true},
	{matter.RecordRuling, "record_ruling_objection", func(t *matter.Task, id string) { t.Contest = id }, false},
	{matter.RecordRuling, "record_ruling_motion", func(t *matter.Task, id string) { t.Contest = id }, false},
	{matter.ReleaseProduction, "release_production", func(t *matter.Task, id string) { t.Production = id }, false},
	{matter.BuildProduction, "build_production", nil, false},
}

// queueTaskWords says a task of the work queue in lang. The queue's index
// keeps of a task only matter's English sentence, its day and its rule,
// so the task is found by its sentence among the catalogue's English
// pages.task (with the line's day filled in), as a title is found by its
// English; a sentence found by none stays as it is.
func queueTaskWords(lang *words.Language, what string, due courttime.Date) string {
	en, _ := words.Default().Get(words.Reference)
	if lang == en {
		return what
	}
	if w, ok := renotifyWords(lang, what, due); ok {
		return w
	}
	const hole = "\x00"
	for _, q := range queueTasks {
		key := "pages.task." + q.key
		var args []any
		if q.fill != nil {
			args = append(args, hole)
		}
		if q.dated {
			args = append(args, dayWords(en, due))
		}
		pattern := sentence(en, key, args...)
		before, after, found := strings.Cut(pattern, hole)
		t := matter.Task{Kind: q.kind, Due: due, What: what}
		switch {
		case !found && pattern == what:
		case found && len(what) > len(before)+len(after) && strings.HasPrefix(what, before) && strings.HasSuffix(what, after):
			q.fill(&t, what[len(before):len(what)-len(after)])
		default:
			continue
		}
		return taskWords(lang, t)
	}
	return what
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
