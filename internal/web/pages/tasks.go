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
// the two equal). A notice to give again quotes why the notice failed,
// which only matter's sentence carries: it stays as matter words it.
func taskWords(lang *words.Language, t matter.Task) string {
	switch t.Kind {
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
