package application

import (
	"fmt"
	"slices"
	"strings"

	"github.com/writ-project/writ/internal/order"
)

// The operative words of the order. Each sentence here is the seed order's
// own, with the parties' names and the court's numbers put in, so that a
// reader that reads the seed reads a draft; Order records the same
// sentences as the text of each condition, modification and the use
// restriction.

// possessive is the possessive of the applicant's pronoun.
func (a Applicant) possessive() string {
	switch a.Pronoun {
	case "she":
		return "her"
	case "it":
		return "its"
	case "they":
		return "their"
	}
	return "his"
}

// categoryWords names a category in the conclusion's words.
var categoryWords = map[order.Category]string{
	order.Names:           "names",
	order.Addresses:       "addresses",
	order.Emails:          "e-mail addresses",
	order.Phones:          "telephone numbers",
	order.CardHolder:      "the names and addresses of credit card holders",
	order.OtherPayment:    "non-credit card payment methods",
	order.AccessLogs:      "access logs",
	order.AccountCreation: "the date each account was created",
	order.DeviceIDs:       "device identifiers",
	order.Content:         "the content of communications",
}

// series joins items as a list in prose: "a", "a and b", "a, b, and c".
func series(items []string, conj string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	case 2:
		return items[0] + " " + conj + " " + items[1]
	}
	return strings.Join(items[:len(items)-1], ", ") + ", " + conj + " " + items[len(items)-1]
}

// modificationText is a modification in the order's words. The seed: "Dr.
// Takagi must modify the document requests in his subpoena to request only
// "documents sufficient to show" in place of "all documents showing.""
func (a *Application) modificationText(m Modification) string {
	who := a.Applicant.Short + " must modify the document requests in " + a.Applicant.possessive() + " subpoena"
	switch m.Kind {
	case SufficientToShow:
		return who + ` to request only "documents sufficient to show" in place of "all documents showing."`
	case DenyCategories:
		words := make([]string, len(m.Categories))
		for i, c := range m.Categories {
			words[i] = categoryWords[c]
		}
		return who + " to omit " + series(words, "and") + "."
	}
	return ""
}

// conditions are the protective conditions of a grant, in the order the
// seed numbers them, each with its text in the seed's words. The written
// objection and the court's being advised of it make one numbered item in
// the seed (4); they are two conditions of the Order.
func (a *Application) conditions() []order.Condition {
	d := a.Decision
	if !d.granted() || d.Protections == nil {
		return nil
	}
	p := d.Protections
	A, P := a.Applicant.Short, a.Respondent.Short
	revised := ""
	if d.modified() {
		revised = "revised "
	}
	period := func(c order.Condition, days int) order.Condition {
		c.Days, c.Counting, c.Direction = days, order.CountingCalendar, order.After
		return c
	}
	cs := []order.Condition{{
		ID: "serve_order", Party: order.Applicant, Act: order.ServeOrderWithSubpoena, Trigger: order.SubpoenaServed,
		Text: fmt.Sprintf("At the time of service of the %ssubpoena, %s must also serve a copy of this order on %s.", revised, A, P),
	}}
	if p.NoticeDays > 0 {
		cs = append(cs, period(order.Condition{
			ID: "notify", Party: order.Provider, Act: order.NotifyAccountHolders, Trigger: order.SubpoenaServed,
			Text: fmt.Sprintf("Within %d calendar days of service of the subpoena and this order, %s shall notify the %s within the scope of the subpoena that their identifying information is sought by %s, and shall serve a copy of this order on each such person.",
				p.NoticeDays, P, a.Respondent.users(), A),
		}, p.NoticeDays))
	}
	if p.ContestDays > 0 {
		cs = append(cs, period(order.Condition{
			ID: "move_to_quash", Party: order.ProviderOrAccountHolder, Act: order.MoveToQuash, Trigger: order.NoticeGiven,
			Text: fmt.Sprintf("%s and/or any person whose identifying information is sought may, within %d days from the date of the notice, file a motion in this Court contesting the subpoena (including a motion to quash or modify the subpoena).",
				P, p.ContestDays),
		}, p.ContestDays))
	}
	if p.ObjectDays > 0 {
		lead := "Alternatively, any"
		if p.ContestDays == 0 {
			lead = "Any"
		}
		cs = append(cs, period(order.Condition{
			ID: "object", Party: order.AccountHolder, Act: order.ObjectInWriting, Trigger: order.NoticeGiven,
			Text: fmt.Sprintf("%s person whose identifying information is sought may, within %d days from the date of the notice, advise %s in writing of any objections he or she has to disclosure of the information and the bases for any such objections.",
				lead, p.ObjectDays, P),
		}, p.ObjectDays))
	}
	if p.AdviseDays > 0 {
		cs = append(cs, period(order.Condition{
			ID: "advise_court", Party: order.Provider, Act: order.AdviseCourt, Trigger: order.ObjectionReceived,
			Text: fmt.Sprintf("Within %d days of receipt of any such objections, %s shall so advise the Court.", p.AdviseDays, P),
		}, p.AdviseDays))
	}
	switch p.Hold {
	case order.WholeSubpoena:
		cs = append(cs, order.Condition{
			ID: "hold", Party: order.Provider, Act: order.PreserveNotDisclose, While: order.WhileContested, Scope: order.WholeSubpoena,
			Text: fmt.Sprintf("If any person contests the subpoena or objects to any portion of it, %s shall preserve, but not disclose, the information sought by the subpoena pending resolution of that contest or objection.", P),
		})
	case order.ObjectorAccounts:
		cs = append(cs, order.Condition{
			ID: "hold", Party: order.Provider, Act: order.PreserveNotDisclose, While: order.WhileContested, Scope: order.ObjectorAccounts,
			Text: fmt.Sprintf("If any person contests the subpoena or objects to any portion of it, %s shall preserve, but not disclose, the information sought by the subpoena concerning that person's account pending resolution of that contest or objection.", P),
		})
	}
	return cs
}

// items groups the conditions into the numbered items of the conclusion:
// the written objection and the advice to the court share one, as in the
// seed.
func items(cs []order.Condition) []string {
	var out []string
	for _, c := range cs {
		if c.Act == order.AdviseCourt && len(out) > 0 && slices.ContainsFunc(cs, func(o order.Condition) bool { return o.Act == order.ObjectInWriting }) {
			out[len(out)-1] += " " + c.Text
			continue
		}
		out = append(out, c.Text)
	}
	return out
}

// useRestriction is the order's last paragraph: "Any information Dr.
// Takagi obtains pursuant to the subpoena may be used only for purposes of
// the anticipated civil action or criminal complaint, ...".
func (a *Application) useRestriction() order.UseRestriction {
	if !a.Decision.granted() {
		return order.UseRestriction{Purposes: []string{}}
	}
	var purposes []string
	for _, p := range a.Proceedings {
		purposes = append(purposes, p.purpose())
	}
	A := a.Applicant.Short
	return order.UseRestriction{
		Purposes:                  purposes,
		ReleaseRequiresCourtOrder: true,
		Text: fmt.Sprintf("Any information %s obtains pursuant to the subpoena may be used only for purposes of %s, and %s may not release such information or use it for any other purpose, absent a Court order authorizing such release or use.",
			A, a.proceedingsNamed(), A),
	}
}

// proceedingsNamed names the foreign proceedings together as the seed
// does: "the anticipated civil action or criminal complaint".
func (a *Application) proceedingsNamed() string {
	var kinds []string
	state := State("")
	same := true
	for i, p := range a.Proceedings {
		if i == 0 {
			state = p.State
		}
		same = same && p.State == state
		kinds = append(kinds, p.Kind)
	}
	if same {
		return "the " + string(state) + " " + series(kinds, "or")
	}
	named := make([]string, len(a.Proceedings))
	for i, p := range a.Proceedings {
		named[i] = "the " + string(p.State) + " " + p.Kind
	}
	return series(named, "or")
}
