package pages

import (
	"slices"
	"strings"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/web/casefile"
	"github.com/writ-project/writ/internal/words"
)

// caseHeader is the head of the case page: whether the gate is open and
// why in one line, the next day something is due with its rule, and the
// next act the viewer can take.
type caseHeader struct {
	Open bool
	Why  string
	// Due is the next duty due (pending or overdue) among those the
	// viewer may see; nil when none is.
	Due  *matter.Duty
	Next string
}

// causeLine is one cause the gate is closed, said once with the accounts
// it concerns ("2 accounts (A, B)") and, when the order's hold reaches
// further, the other accounts it keeps closed.
type causeLine struct {
	Reason   string
	Accounts string
	Also     string
}

// causeLines words the gate's causes for the page, in lang; each
// cause's reason is the gate's own (package matter's English).
func causeLines(lang *words.Language, g matter.Gate) []causeLine {
	var out []causeLine
	for _, c := range g.Causes {
		l := causeLine{Reason: c.Reason, Accounts: countAccounts(lang, c.Accounts)}
		var also []string
		for _, h := range c.Holds {
			if !slices.Contains(c.Accounts, h) {
				also = append(also, h)
			}
		}
		if len(also) > 0 {
			l.Also = sentence(lang, "pages.head.also", strings.Join(also, ", "))
		}
		out = append(out, l)
	}
	return out
}

// countAccounts says how many accounts and which, in lang: "1 account
// (A)", "2 accounts (A, B)".
func countAccounts(lang *words.Language, labels []string) string {
	key := "pages.head.accounts_other"
	if len(labels) == 1 {
		key = "pages.head.accounts_one"
	}
	return sentence(lang, key, len(labels), strings.Join(labels, ", "))
}

// gateWhy is the gate's reason in one line, in lang: the first cause (in
// the gate's own words), and how many more there are; for counsel, the
// redacted view's one reason.
func gateWhy(lang *words.Language, v casefile.CaseView) string {
	if v.Gate.Open {
		return sentence(lang, "pages.head.open")
	}
	if len(v.Gate.Causes) > 0 {
		why := v.Gate.Causes[0].Reason
		if n := len(v.Gate.Causes) - 1; n == 1 {
			why += sentence(lang, "pages.head.more_one", n)
		} else if n > 1 {
			why += sentence(lang, "pages.head.more_other", n)
		}
		return why
	}
	if len(v.Gate.Reasons) > 0 {
		return v.Gate.Reasons[0]
	}
	return sentence(lang, "pages.head.held")
}

// nextDutyDue is the duty due first among those pending or overdue.
func nextDutyDue(duties []matter.Duty) *matter.Duty {
	var next *matter.Duty
	for i, d := range duties {
		if d.Status != matter.DutyPending && d.Status != matter.Overdue || d.Due.IsZero() {
			continue
		}
		if next == nil || d.Due.Before(next.Due) {
			next = &duties[i]
		}
	}
	return next
}

// nextAct is what the viewer can do next, in words of lang: for staff
// the first task the case waits on, else the first form offered; for the
// court a ruling to record; for counsel the acknowledgment or the
// download.
func nextAct(lang *words.Language, d caseData, tasks []matter.Task) string {
	f := d.Forms
	switch {
	case d.AsOf != "":
		return sentence(lang, "pages.head.as_of")
	case d.View.Redacted:
		if d.CanAcknowledge {
			return sentence(lang, "pages.head.acknowledge")
		}
		for _, p := range d.Productions {
			if p.CanDownload {
				return sentence(lang, "pages.head.download", p.ID)
			}
		}
		return sentence(lang, "pages.head.waiting")
	case f.Serve:
		return sentence(lang, "pages.head.serve")
	case len(f.Notices) > 0:
		return sentence(lang, "pages.head.notify", countAccounts(lang, f.Notices))
	case len(tasks) > 0:
		return taskWords(lang, tasks[0])
	case len(f.Rule) > 0:
		return sentence(lang, "pages.head.ruling", f.Rule[0].ID)
	case d.CanProduce:
		return sentence(lang, "pages.head.build")
	}
	for _, p := range d.Productions {
		if p.CanRelease {
			return sentence(lang, "pages.head.release", p.ID)
		}
	}
	if due := nextDutyDue(d.View.Duties); due != nil {
		return sentence(lang, "pages.head.next_due", dayWords(lang, due.Due))
	}
	if day := gateOpens(d.View.Gate); !day.IsZero() {
		return sentence(lang, "pages.head.may_open", dayWords(lang, day))
	}
	return sentence(lang, "pages.head.nothing")
}

// gateOpens is the first day the gate could open for every account if
// nothing more happens: the last of the accounts' earliest days; zero
// when the gate is open or some account waits on an act.
func gateOpens(g matter.Gate) courttime.Date {
	var last courttime.Date
	if g.Open {
		return last
	}
	for _, a := range g.Accounts {
		if a.Open {
			continue
		}
		if a.Earliest.IsZero() {
			return courttime.Date{}
		}
		if a.Earliest.After(last) {
			last = a.Earliest
		}
	}
	return last
}
