package order

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/writ-project/writ/internal/courttime"
)

// Widening lists every way modified reaches further than base: each a Problem
// whose Path is the JSON pointer into modified (e.g. "/requests/0/categories/2",
// "/targets/1", "/requests/0/standard", "/requests/0/windows/0/from") and whose Message
// says in plain words what widens and from what ("adds the category content, which the
// order in force does not allow"). None when modified only narrows or is the same.
//
// A ruling that modifies the subpoena (Fed. R. Civ. P. 45(d)(3)) carries
// the order as modified, which replaces the order in force. A motion to
// quash or modify is the account holders' and the platform's remedy: the
// court grants it to protect them, so what it modifies is cut back, never
// extended. An order that reaches further is a new authorization, which
// needs an application and an order of its own, and writ does not take it
// from the form a ruling is recorded on. The rules, each in the function
// that applies it:
//
//   - identity: the court, case number, applicant and provider stay the same;
//   - disposition: a denied application is not granted by modification;
//   - accounts: no account is added, and none is named by other identifiers;
//   - categories: none is added, and none the court denied is allowed again;
//   - standard: no "all documents" where the order in force allowed only
//     "documents sufficient to show";
//   - history: no values ever registered where the order reached current ones;
//   - windows: a category the order in force limits in time stays within
//     one of its windows; what writ cannot show to be inside is refused;
//   - excluded fields: none is produced again;
//   - use: no purpose is added, and release still needs the court's order;
//   - conditions: the account holders' notice, periods and hold are not
//     shortened, narrowed or removed.
//
// Widening is pure: it reads the two orders and nothing else. Its problems
// are in the order a reader meets them in modified.
func Widening(base, modified *Order) []Problem {
	w := &widening{base: base, mod: modified, floor: earliest(base.Date, modified.Date)}
	w.identity()
	switch {
	case base.Disposition == Denied && modified.Disposition != Denied:
		// Every category and account would widen; the one thing to say is
		// that nothing was granted.
		w.add("/disposition", "the order in force denied the application; a modification cannot grant it (%s): granting discovery takes an order on an application, not a ruling on a motion", modified.Disposition)
	case modified.Disposition == Denied:
		// The order as modified allows nothing, so it reaches nothing.
	default:
		w.targets()
		w.categories()
		w.requests()
		w.excludedFields()
		w.useRestriction()
		w.conditions()
	}
	if data, err := json.Marshal(modified); err == nil && len(w.problems) > 1 {
		sortProblems(w.problems, scan(data))
	}
	return w.problems
}

// widening collects the problems of one modification.
type widening struct {
	base, mod *Order
	// floor is the earliest day the platform can respond: not before the
	// order that authorizes the subpoena. The earlier of the two orders'
	// dates, so that a wrong date on the form cannot make a later response
	// look certain.
	floor    courttime.Date
	problems []Problem
}

func (w *widening) add(path, format string, args ...any) {
	w.problems = append(w.problems, Problem{Path: path, Message: fmt.Sprintf(format, args...)})
}

// sameName compares names as a person reads them: case and runs of spaces
// do not matter, words do.
func sameName(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// identity: a ruling modifies the subpoena in the case it was made in. A
// different court, case, applicant or provider is another order, whatever
// else it says.
func (w *widening) identity() {
	for _, f := range []struct{ path, what, was, is string }{
		{"/court/id", "the court's calendar", w.base.Court.ID, w.mod.Court.ID},
		{"/court/name", "the court", w.base.Court.Name, w.mod.Court.Name},
		{"/court/time_zone", "the court's time zone", w.base.Court.TimeZone, w.mod.Court.TimeZone},
		{"/case_number", "the case number", w.base.CaseNumber, w.mod.CaseNumber},
		{"/applicant", "the applicant", w.base.Applicant, w.mod.Applicant},
		{"/provider", "the provider the subpoena is directed to", w.base.Provider, w.mod.Provider},
	} {
		if !sameName(f.was, f.is) {
			w.add(f.path, "a modification cannot change %s (%q in the order in force, %q here): a ruling modifies the subpoena in the case it was made in, and another one needs an order of its own", f.what, f.was, f.is)
		}
	}
}

// targets: a modification may drop accounts, never add one. The platform
// finds an account by its handle, display name and the addresses of the
// posts the order describes, so a label the order in force names, found by
// another handle or name or by a new address, may be another person's
// account; that is refused too. Addresses dropped leave less to find it by
// and are not refused.
func (w *widening) targets() {
	for i, t := range w.mod.Targets {
		p := pointer("targets", i)
		was, ok := w.base.Target(t.Label)
		if !ok {
			w.add(p, "adds the account %s, which the order in force does not name: a modification may drop accounts, not add them", t.Label)
			continue
		}
		if !strings.EqualFold(strings.TrimSpace(t.Handle), strings.TrimSpace(was.Handle)) {
			w.add(p+"/handle", "names %s by the handle %q, where the order in force has %q: the platform finds the account by its handle, so this may be another account", t.Label, t.Handle, was.Handle)
		}
		if !sameName(t.DisplayName, was.DisplayName) {
			w.add(p+"/display_name", "names %s by the display name %q, where the order in force has %q: the platform finds the account by it, so this may be another account", t.Label, t.DisplayName, was.DisplayName)
		}
		urls := map[string]bool{}
		for _, e := range was.Evidence {
			urls[e.URL] = true
		}
		for j, e := range t.Evidence {
			if e.URL != "" && !urls[e.URL] {
				w.add(fmt.Sprintf("%s/evidence/%d/url", p, j), "adds the address %s to %s, which the order in force does not describe: the platform finds the account by it, so this may be another account", e.URL, t.Label)
			}
		}
	}
}

// categories: a category the order as modified allows and the order in
// force does not is new discovery, whether the applicant never asked for it
// or the court denied it. Each is named once, where the order first asks
// for it.
func (w *widening) categories() {
	named := map[Category]bool{}
	for i, r := range w.mod.Requests {
		for j, c := range r.Categories {
			if named[c] || !w.mod.Allows(c) || w.base.Allows(c) {
				continue
			}
			named[c] = true
			p := fmt.Sprintf("/requests/%d/categories/%d", i, j)
			if slices.Contains(w.base.DeniedCategories, c) {
				w.add(p, "allows the category %s again, which the order in force denied: a modification cannot undo a denial", c)
			} else {
				w.add(p, "adds the category %s, which the order in force does not allow", c)
			}
		}
	}
}

// standardRank orders the standards by how much they reach: "documents
// sufficient to show" each fact once, "all documents showing" every record.
// A standard writ does not know reaches, for all writ can tell, further
// than either.
func standardRank(s Standard) int {
	switch s {
	case SufficientToShow:
		return 0
	case AllDocuments:
		return 1
	}
	return 2
}

// historyRank orders the histories by how much they reach. A request that
// says neither reaches the current values, as productions read it.
func historyRank(h History) int {
	switch h {
	case "", Current:
		return 0
	case EverRegistered:
		return 1
	}
	return 2
}

// reach is what the order in force allows of one category: the strongest
// standard and the widest history of the requests that ask for it. A
// production applies the strongest standard to the whole category, so the
// standard is compared per category; history and windows go together per
// request, so the windows are compared with those of the requests whose
// history reaches as far (see windowsFor).
type reach struct {
	standard Standard
	history  History
}

func reachOf(o *Order, c Category) reach {
	r := reach{standard: SufficientToShow, history: Current}
	for _, req := range o.Requests {
		if !slices.Contains(req.Categories, c) {
			continue
		}
		if standardRank(req.Standard) > standardRank(r.standard) {
			r.standard = req.Standard
		}
		if historyRank(req.History) > historyRank(r.history) {
			r.history = req.History
		}
	}
	return r
}

// windowsFor returns the windows in which the order in force reaches a
// category's values of history h: the union of the windows of its requests
// that ask for the category with a history reaching as far. limited is
// false when one of them has no window, so the category is not limited in
// time.
func windowsFor(o *Order, c Category, h History) (ws []Window, limited bool) {
	for _, req := range o.Requests {
		if !slices.Contains(req.Categories, c) || historyRank(req.History) < historyRank(h) {
			continue
		}
		if len(req.Windows) == 0 {
			return nil, false
		}
		ws = append(ws, req.Windows...)
	}
	return ws, true
}

// requests compares each request of the order as modified, for the
// categories both orders allow (a category only one allows is reported by
// categories), with what the order in force allows of them.
func (w *widening) requests() {
	for i, r := range w.mod.Requests {
		p := pointer("requests", i)
		var cats []Category
		for _, c := range r.Categories {
			if w.mod.Allows(c) && w.base.Allows(c) && !slices.Contains(cats, c) {
				cats = append(cats, c)
			}
		}
		// Standard: "all documents showing" a category where the order in
		// force allowed only "documents sufficient to show" it.
		var stronger []string
		for _, c := range cats {
			if standardRank(r.Standard) > standardRank(reachOf(w.base, c).standard) {
				stronger = append(stronger, string(c))
			}
		}
		if len(stronger) > 0 {
			if r.Standard == AllDocuments {
				w.add(p+"/standard", "asks for all documents showing %s, where the order in force allows only documents sufficient to show them", strings.Join(stronger, ", "))
			} else {
				w.add(p+"/standard", "asks for %s under the standard %q, which writ cannot show reaches no further than the order in force allows (documents sufficient to show them)", strings.Join(stronger, ", "), r.Standard)
			}
		}
		// History: every value ever registered where the order in force
		// reached only the current ones.
		var older []string
		for _, c := range cats {
			if historyRank(r.History) > historyRank(reachOf(w.base, c).history) {
				older = append(older, string(c))
			}
		}
		if len(older) > 0 {
			w.add(p+"/history", "reaches the values of %s ever registered with the account, where the order in force reaches only the current ones", strings.Join(older, ", "))
		}
		// Windows. A category whose history widens (reported above) is
		// held to the windows of the widest history the order in force
		// reaches it with, so that a window reaching further is named too.
		// Categories the order in force limits alike are named together.
		type limit struct {
			cats   []string
			within []Window
		}
		var limits []*limit
		byWindows := map[string]*limit{}
		for _, c := range cats {
			h := r.History
			if widest := reachOf(w.base, c).history; historyRank(h) > historyRank(widest) {
				h = widest
			}
			within, limited := windowsFor(w.base, c, h)
			if !limited {
				continue
			}
			key := w.describeWindows(within, w.base.Date)
			if byWindows[key] == nil {
				byWindows[key] = &limit{within: within}
				limits = append(limits, byWindows[key])
			}
			byWindows[key].cats = append(byWindows[key].cats, string(c))
		}
		for _, l := range limits {
			named := strings.Join(l.cats, ", ")
			if len(r.Windows) == 0 {
				w.add(p+"/windows", "reaches %s at any time, where the order in force limits %s to %s", named, pronoun(l.cats), w.describeWindows(l.within, w.base.Date))
				continue
			}
			for k, win := range r.Windows {
				w.window(fmt.Sprintf("%s/windows/%d", p, k), l.cats, win, l.within)
			}
		}
	}
}

// pronoun refers back to the categories named.
func pronoun(cats []string) string {
	if len(cats) == 1 {
		return "it"
	}
	return "them"
}

// verdict is what writ can show of a comparison: that it holds, that it
// does not, or neither.
type verdict int

const (
	no verdict = iota
	yes
	unsure
)

// day is what writ knows of the day a bound stands for when the order is
// read: a day between lo and hi, both included, a zero lo or hi being
// unknown. The day of the response is known only not to be before the
// order (lo), until the platform responds. open is -1 for a range without
// a first day (it reaches back indefinitely) and +1 for one without a last.
// orderDate marks the order's date, which is the same day in two orders of
// the same date, even when neither gives it.
type day struct {
	lo, hi              courttime.Date
	response, orderDate bool
	open                int
}

// dayOf resolves a bound of an order dated orderDate. order_date is each
// order's own date, the day a production under it resolves it to: two
// orders of the same date name the same day by it. response_date is the
// same day in both, the day the platform responds, not before floor.
func (w *widening) dayOf(b *Bound, start bool, orderDate courttime.Date) day {
	switch {
	case b == nil && start:
		return day{open: -1}
	case b == nil:
		return day{open: +1}
	case b.Ref == RefResponseDate:
		return day{lo: w.floor, response: true}
	case b.Ref == RefOrderDate:
		return day{lo: orderDate, hi: orderDate, orderDate: true}
	case b.Ref != "" || b.Date.IsZero():
		return day{}
	}
	d, _ := b.Resolve(orderDate, courttime.Date{})
	return day{lo: d, hi: d}
}

// notAfter tells whether a is no later than b.
func notAfter(a, b day) verdict {
	switch {
	case a.open < 0 || b.open > 0:
		return yes
	case a.open > 0 || b.open < 0:
		return no
	case a.response && b.response, a.orderDate && b.orderDate && a.lo == b.lo:
		return yes
	case !a.hi.IsZero() && !b.lo.IsZero() && !a.hi.After(b.lo):
		return yes
	case !a.lo.IsZero() && !b.hi.IsZero() && a.lo.After(b.hi):
		return no
	}
	return unsure
}

// window: a window of the order as modified must lie inside one of the
// windows in which the order in force reaches the category. A range is
// inside a range when it starts no earlier and ends no later; the day an
// account was created is inside only that same window, as it is a fact of
// the platform's records that no date in an order can be shown to match.
// What writ cannot show to be inside is refused, saying so: the court can
// be asked to write the day plainly. Each end that reaches too far is
// named, against the window of the order in force that the range fits
// best (the first of those holding most of its ends).
func (w *widening) window(p string, cats []string, m Window, within []Window) {
	c, it := strings.Join(cats, ", "), pronoun(cats)
	var best *Window
	var from, to verdict
	for _, b := range within {
		switch {
		case m.Kind == AccountCreationDay && b.Kind == AccountCreationDay:
			return
		case m.Kind == Range && b.Kind == Range:
			f := notAfter(w.dayOf(b.From, true, w.base.Date), w.dayOf(m.From, true, w.mod.Date))
			t := notAfter(w.dayOf(m.To, false, w.mod.Date), w.dayOf(b.To, false, w.base.Date))
			if f == yes && t == yes {
				return
			}
			if best == nil || fitness(f, t) > fitness(from, to) {
				best, from, to = &b, f, t
			}
		}
	}
	const refuse = "writ refuses what it cannot show to be inside the order in force; ask the court to state the day plainly"
	allowed := w.describeWindows(within, w.base.Date)
	switch {
	case m.Kind == AccountCreationDay:
		w.add(p, "reaches %s on the day the account was created, which the order in force reaches only if that day falls within %s: writ cannot know that from the order; %s", c, allowed, refuse)
		return
	case best == nil:
		w.add(p, "reaches %s %s, where the order in force reaches %s only on %s", c, w.describeWindow(m, w.mod.Date), it, allowed)
		return
	}
	mFrom, bFrom := w.describe(m.From, true, w.mod.Date), w.describe(best.From, true, w.base.Date)
	switch from {
	case no:
		w.add(p+"/from", "reaches %s from %s, earlier than the order in force allows: it reaches %s from %s", c, mFrom, it, bFrom)
	case unsure:
		w.add(p+"/from", "reaches %s from %s, which writ cannot compare for certain with the first day the order in force allows, %s: %s", c, mFrom, bFrom, refuse)
	}
	mTo, bTo := w.describe(m.To, false, w.mod.Date), w.describe(best.To, false, w.base.Date)
	switch to {
	case no:
		w.add(p+"/to", "reaches %s until %s, later than the order in force allows: it reaches %s until %s", c, mTo, it, bTo)
	case unsure:
		w.add(p+"/to", "reaches %s until %s, which writ cannot compare for certain with the last day the order in force allows, %s: %s", c, mTo, bTo, refuse)
	}
}

// fitness ranks how well a range fits a window of the order in force: by
// the ends shown inside, then by the ends not shown outside.
func fitness(from, to verdict) int {
	score := 0
	for _, v := range []verdict{from, to} {
		switch v {
		case yes:
			score += 3
		case unsure:
			score++
		}
	}
	return score
}

// describe writes a bound as the order has it, with the day it stands for
// when that is not plain.
func (w *widening) describe(b *Bound, start bool, orderDate courttime.Date) string {
	switch {
	case b == nil && start:
		return "any earlier day"
	case b == nil:
		return "any later day"
	case b.Ref == RefResponseDate:
		return "the day of the response"
	case b.Ref == RefOrderDate && orderDate.IsZero():
		return "the order's date, which it does not give"
	case b.Ref == RefOrderDate:
		return "the order's date, " + orderDate.String()
	case b.MonthsBefore > 0:
		d, _ := b.Resolve(orderDate, courttime.Date{})
		return fmt.Sprintf("%s (%s)", b, d)
	}
	return b.String()
}

func (w *widening) describeWindow(win Window, orderDate courttime.Date) string {
	if win.Kind == AccountCreationDay {
		return "the day the account was created"
	}
	return fmt.Sprintf("the days from %s to %s", w.describe(win.From, true, orderDate), w.describe(win.To, false, orderDate))
}

func (w *widening) describeWindows(ws []Window, orderDate courttime.Date) string {
	out := make([]string, len(ws))
	for i, win := range ws {
		out[i] = w.describeWindow(win, orderDate)
	}
	return strings.Join(out, " and ")
}

// excludedFields: a field the order in force excludes is never produced,
// whatever the categories ("but not the credit card number"); a
// modification that no longer excludes it would let it be.
func (w *widening) excludedFields() {
	for _, f := range w.base.ExcludedFields {
		if !slices.Contains(w.mod.ExcludedFields, f) {
			w.add("/excluded_fields", "no longer excludes %s, which the order in force never allows produced, whatever the categories", f)
		}
	}
}

// useRestriction: what the applicant may do with what it receives is part
// of what the order authorizes. A new purpose, or release without the
// court's order, reaches further than the order in force.
func (w *widening) useRestriction() {
	for i, p := range w.mod.UseRestriction.Purposes {
		if !slices.ContainsFunc(w.base.UseRestriction.Purposes, func(q string) bool { return sameName(p, q) }) {
			w.add(pointer("use_restriction", "purposes", i), "adds the purpose %q, which the order in force does not allow: the information may be used only for the purposes it names", p)
		}
	}
	if w.base.UseRestriction.ReleaseRequiresCourtOrder && !w.mod.UseRestriction.ReleaseRequiresCourtOrder {
		w.add("/use_restriction/release_requires_court_order", "no longer requires a court order for any other release or use of the information, as the order in force does")
	}
}

// protection ends each message about the conditions. They are not scope:
// the court may change them, and shorten or remove them too, but that takes
// from the account holders the protection the order in force gives them,
// and writ does not take it from a form.
const protection = "that takes protection from the account holders: the court can order it, but writ does not take it from a form"

// actWords names an act in the account holders' terms.
func actWords(a Act) string {
	switch a {
	case MoveToQuash:
		return "move to quash or modify the subpoena"
	case ObjectInWriting:
		return "object in writing"
	}
	return strings.ReplaceAll(string(a), "_", " ")
}

// triggerWords names the event a period runs from.
func triggerWords(t Trigger) string {
	switch t {
	case SubpoenaServed:
		return "service of the subpoena"
	case OrderServed:
		return "service of the order"
	case SubpoenaReceived:
		return "receipt of the subpoena"
	case NoticeGiven:
		return "the notice"
	case ObjectionReceived:
		return "receipt of an objection"
	case RulingMade:
		return "the ruling"
	case OrderDate:
		return "the order's date"
	case "":
		return "no event"
	}
	return string(t)
}

// period writes a condition's period.
func period(c Condition) string {
	if c.Hours != 0 {
		return fmt.Sprintf("%d hours", c.Hours)
	}
	return fmt.Sprintf("%d days", c.Days)
}

// holderCondition returns the condition of o giving the account holders
// the act, and its index.
func holderCondition(o *Order, a Act) (int, Condition, bool) {
	for i, c := range o.Conditions {
		if c.Act == a && slices.Contains(parties(c.Party), AccountHolder) {
			return i, c.WithDefaults(), true
		}
	}
	return -1, Condition{}, false
}

// conditions: the account holders' protection is the notice, their period
// to move or object, and the hold while they do. A period shorter, or
// running from another event or in other units (writ cannot show it is as
// long), a notice or period removed, a hold removed or narrowed from the
// whole subpoena to the accounts of those who contest: each is reported.
// A longer period, or a wider hold, only adds protection.
func (w *widening) conditions() {
	for _, bc := range w.base.Conditions {
		if (bc.Act != MoveToQuash && bc.Act != ObjectInWriting) || !slices.Contains(parties(bc.Party), AccountHolder) {
			continue
		}
		bc = bc.WithDefaults()
		i, mc, ok := holderCondition(w.mod, bc.Act)
		if !ok {
			w.add("/conditions", "no longer gives the account holders %s to %s, as the order in force does: %s", period(bc), actWords(bc.Act), protection)
			continue
		}
		p := pointer("conditions", i)
		switch {
		case mc.Trigger != bc.Trigger:
			w.add(p+"/trigger", "runs the account holders' period to %s from %s, where the order in force runs it from %s: writ cannot show it is as long; %s", actWords(bc.Act), triggerWords(mc.Trigger), triggerWords(bc.Trigger), protection)
		case mc.Direction != bc.Direction:
			w.add(p+"/direction", "runs the account holders' period to %s %s its trigger, where the order in force runs it %s: writ cannot show it is as long; %s", actWords(bc.Act), mc.Direction, bc.Direction, protection)
		case mc.Days != 0 && bc.Days != 0 && mc.Days < bc.Days:
			w.add(p+"/days", "gives the account holders %s to %s, where the order in force gives %s: %s", period(mc), actWords(bc.Act), period(bc), protection)
		case mc.Hours != 0 && bc.Hours != 0 && mc.Hours < bc.Hours:
			w.add(p+"/hours", "gives the account holders %s to %s, where the order in force gives %s: %s", period(mc), actWords(bc.Act), period(bc), protection)
		case mc.Hours != 0 && bc.Days != 0:
			// A period in days ends at the end of its last day; one in
			// hours at the hour. Neither can be shown the longer.
			w.add(p+"/hours", "gives the account holders %s to %s, where the order in force gives %s: writ cannot show a period in hours is as long as one in days; %s", period(mc), actWords(bc.Act), period(bc), protection)
		case mc.Days != 0 && bc.Hours != 0 && mc.Days*24 < bc.Hours:
			w.add(p+"/days", "gives the account holders %s to %s, where the order in force gives %s: %s", period(mc), actWords(bc.Act), period(bc), protection)
		}
	}
	if _, ok := w.base.Condition(NotifyAccountHolders); ok {
		if _, ok := w.mod.Condition(NotifyAccountHolders); !ok {
			w.add("/conditions", "no longer requires notice to the account holders, as the order in force does: without it they cannot learn of the subpoena to contest it; %s", protection)
		}
	}
	if bh, ok := w.base.Hold(); ok {
		i := slices.IndexFunc(w.mod.Conditions, func(c Condition) bool { return c.Act == PreserveNotDisclose })
		if i < 0 {
			w.add("/conditions", "removes the hold: under the order in force the provider preserves, but does not disclose, while the subpoena is contested; %s", protection)
			return
		}
		if mh := w.mod.Conditions[i].WithDefaults(); bh.Scope == WholeSubpoena && mh.Scope == ObjectorAccounts {
			w.add(pointer("conditions", i, "scope"), "narrows the hold from the whole subpoena to the accounts of those who contest: one contest no longer holds back the other accounts; %s", protection)
		}
	}
}

// earliest returns the earlier of two days, ignoring one not known.
func earliest(a, b courttime.Date) courttime.Date {
	switch {
	case a.IsZero():
		return b
	case b.IsZero() || a.Before(b):
		return a
	}
	return b
}
