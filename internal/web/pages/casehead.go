package pages

import (
	"fmt"
	"slices"
	"strings"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/web/casefile"
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

// causeLines words the gate's causes for the page.
func causeLines(g matter.Gate) []causeLine {
	var out []causeLine
	for _, c := range g.Causes {
		l := causeLine{Reason: c.Reason, Accounts: countAccounts(c.Accounts)}
		var also []string
		for _, h := range c.Holds {
			if !slices.Contains(c.Accounts, h) {
				also = append(also, h)
			}
		}
		if len(also) > 0 {
			l.Also = "It also holds " + strings.Join(also, ", ") + ": the order's hold reaches the whole subpoena."
		}
		out = append(out, l)
	}
	return out
}

// countAccounts says how many accounts and which: "1 account (A)", "2
// accounts (A, B)".
func countAccounts(labels []string) string {
	n := "accounts"
	if len(labels) == 1 {
		n = "account"
	}
	return fmt.Sprintf("%d %s (%s)", len(labels), n, strings.Join(labels, ", "))
}

// gateWhy is the gate's reason in one line: the first cause, and how many
// more there are; for counsel, the redacted view's one reason.
func gateWhy(v casefile.CaseView) string {
	if v.Gate.Open {
		return "The order allows disclosure of every account's data now."
	}
	if len(v.Gate.Causes) > 0 {
		why := v.Gate.Causes[0].Reason
		if n := len(v.Gate.Causes) - 1; n == 1 {
			why += " (and 1 more cause, below)"
		} else if n > 1 {
			why += fmt.Sprintf(" (and %d more causes, below)", n)
		}
		return why
	}
	if len(v.Gate.Reasons) > 0 {
		return v.Gate.Reasons[0]
	}
	return "Disclosure is held."
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

// nextAct is what the viewer can do next, in words: for staff the first
// task the case waits on, else the first form offered; for the court a
// ruling to record; for counsel the acknowledgment or the download.
func nextAct(d caseData, tasks []matter.Task) string {
	f := d.Forms
	switch {
	case d.AsOf != "":
		return "Nothing: this is the case as it stood on a day past."
	case d.View.Redacted:
		if d.CanAcknowledge {
			return "Acknowledge the use restriction (below)."
		}
		for _, p := range d.Productions {
			if p.CanDownload {
				return "Download the production " + p.ID + "."
			}
		}
		return "Nothing yet: the production comes once the order allows it and the platform releases it."
	case f.Serve:
		return "Record the service of the subpoena, with its day and time."
	case len(f.Notices) > 0:
		return "Give notice to " + countAccounts(f.Notices) + "."
	case len(tasks) > 0:
		return tasks[0].What
	case len(f.Rule) > 0:
		return "Record the court's ruling on " + f.Rule[0].ID + "."
	case d.CanProduce:
		return "Build the production."
	}
	for _, p := range d.Productions {
		if p.CanRelease {
			return "Review and release the production " + p.ID + "."
		}
	}
	if due := nextDutyDue(d.View.Duties); due != nil {
		return "Nothing to record now; next due " + due.Due.Long() + "."
	}
	if day := gateOpens(d.View.Gate); !day.IsZero() {
		return "Nothing to record now: if nothing more happens, disclosure may open on " + day.Long() + "."
	}
	return "Nothing to record now."
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
