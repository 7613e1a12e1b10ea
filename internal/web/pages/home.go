package pages

import (
	"cmp"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
)

// homeData is the signed-in user's home. Which part is filled depends on
// the role: the staff's work queue and cases, counsel's cases with status
// and dates, the court's cases with the objections advised to it. Every
// role searches, filters, sorts and pages its cases in the query string
// (homeQuery).
type homeData struct {
	// Dashboard shows the staff's work queue and cases; Court the court's
	// cases with the objections advised; otherwise counsel's cases. The
	// policy decides which (who may see identities, who objections).
	Dashboard, Court bool
	// Intake offers taking in an order.
	Intake bool
	Query  homeQuery
	// Courts are the courts of the cases the user sees, for the filter.
	Courts []string
	// Cases are this page of the cases found; Found counts them all.
	Cases []homeCase
	Found int
	Pages pager
	// Queue is this page of the staff's work queue, by section; QueuePages
	// pages it.
	Queue      []queueSection
	QueuePages pager
	// CasesCSV and DutiesCSV are the exports of the cases found.
	CasesCSV, DutiesCSV string
}

// homeCase is one case of the home page.
type homeCase struct {
	ID, Number, Court, Provider, Applicant string
	GateOpen                               bool
	// Status is where the case stands (caseStatus).
	Status string
	// Next is the first duty not yet met the user may see, with its day
	// and rule; HasNext is false when none is owed by a day.
	Next    matter.Duty
	HasNext bool
	// Duties: for counsel, the applicant's own duties (what
	// casefile.Redact keeps).
	Duties []matter.Duty
	// Objections: for the court, the objections advised to it, and
	// Letters the letter that advised each (by objection, its digest).
	Objections []matter.ContestView
	Letters    map[string]string
}

// queueSection is a part of the work queue: what to do now, what is
// overdue, due today, due this week.
type queueSection struct {
	Key, Title string
	Items      []queueItem
}

// queueItem is a line of the work queue: a task or a duty of a case, with
// the day it is owed by and the rule behind that day.
type queueItem struct {
	section            int
	CaseID, CaseNumber string
	// What says what to do; Duty is the duty's ID, for duties. A duty's
	// words, and a task's in the page's language, are written only for
	// the lines shown (duty, task).
	What, Duty string
	Due        courttime.Date
	Rule       string
	Overdue    bool
	duty       *cases.DutyLine
	task       *cases.TaskLine
}

// The sections of the work queue, in the order they are shown.
var sections = []struct{ key, title string }{
	{"now", "To do now"},
	{"overdue", "Overdue"},
	{"today", "Due today"},
	{"week", "Due this week"},
}

// homeQuery is a search of the home page, all of it in the query string
// so that a search can be bookmarked, shared and exported: q (words of a
// case number, an applicant, or, for those who may see identities, an
// account's label), court, status (caseStatus), due (now, overdue, today,
// week), sort (due, case, court, applicant, status; a leading "-"
// reverses), page and qpage (the cases' and the queue's page) and per.
type homeQuery struct {
	Q, Court, Status, Due, Sort string
	Page, QPage, Per            int
}

// perPage is how many lines a page of the home shows unless per says
// otherwise; maxPerPage the most it shows.
const (
	perPage    = 50
	maxPerPage = 500
)

// The choices of the filters, as the form offers them.
var (
	statuses = []string{"held", "open", "released", "closed"}
	dues     = []string{"now", "overdue", "today", "week"}
	sorts    = []string{"due", "case", "court", "applicant", "status"}
)

// parseHomeQuery reads a search from a query string. A value the form does
// not offer is dropped, not refused: a stale bookmark still shows a page.
func parseHomeQuery(v url.Values) homeQuery {
	q := homeQuery{Q: strings.TrimSpace(v.Get("q")), Court: strings.TrimSpace(v.Get("court")), Status: v.Get("status"), Due: v.Get("due"),
		Sort: v.Get("sort"), Page: atoi(v.Get("page"), 1), QPage: atoi(v.Get("qpage"), 1), Per: atoi(v.Get("per"), perPage)}
	if len(q.Q) > 200 {
		q.Q = q.Q[:200]
	}
	if !slices.Contains(statuses, q.Status) {
		q.Status = ""
	}
	if !slices.Contains(dues, q.Due) {
		q.Due = ""
	}
	if !slices.Contains(sorts, strings.TrimPrefix(q.Sort, "-")) {
		q.Sort = ""
	}
	q.Per = min(max(q.Per, 1), maxPerPage)
	return q
}

// atoi reads a positive number, else def.
func atoi(s string, def int) int {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return def
	}
	return n
}

// values is the search as a query string's values, without the pages
// unless withPages.
func (q homeQuery) values(withPages bool) url.Values {
	v := url.Values{}
	for k, s := range map[string]string{"q": q.Q, "court": q.Court, "status": q.Status, "due": q.Due, "sort": q.Sort} {
		if s != "" {
			v.Set(k, s)
		}
	}
	if q.Per != perPage {
		v.Set("per", strconv.Itoa(q.Per))
	}
	if withPages {
		if q.Page > 1 {
			v.Set("page", strconv.Itoa(q.Page))
		}
		if q.QPage > 1 {
			v.Set("qpage", strconv.Itoa(q.QPage))
		}
	}
	return v
}

// href is the home page's address for the search q.
func (q homeQuery) href() string {
	if s := q.values(true).Encode(); s != "" {
		return "/?" + s
	}
	return "/"
}

// pager is where a page stands among the pages of a list, with the
// addresses of the pages either side ("" at the ends).
type pager struct {
	Page, Pages, Total int
	// From and To number the lines shown (1-based; From > To when none).
	From, To   int
	Prev, Next string
}

// paginate cuts a page of n lines out of a list of total, at page (1-based,
// past the last page showing the last), and says how to reach the others
// (at, given a page number, is that page's address).
func paginate(total, page, per int, at func(int) string) (lo, hi int, p pager) {
	pages := max(1, (total+per-1)/per)
	page = min(max(page, 1), pages)
	lo, hi = min((page-1)*per, total), min(page*per, total)
	p = pager{Page: page, Pages: pages, Total: total, From: lo + 1, To: hi}
	if page > 1 {
		p.Prev = at(page - 1)
	}
	if page < pages {
		p.Next = at(page + 1)
	}
	return lo, hi, p
}

// listed is a case as a principal may see it on a list: its summary, the
// duties they may see, the tasks (staff only) and whether they may search
// it by its accounts' labels.
type listed struct {
	*cases.Summary
	Duties []cases.DutyLine
	Tasks  []cases.TaskLine
	// Identities: the principal may see who the account holders are (and
	// so search by an account's label); Objections: they may read
	// objections (the court sees those advised to it).
	Identities, Objections bool
	// Next is the first of Duties not yet met, by its day (HasNext false
	// when none is owed by a day); Items the case's lines of the work
	// queue at the moment asked about. Both are computed once per request,
	// not once per comparison.
	Next    *cases.DutyLine
	HasNext bool
	Items   []queueItem
}

// visible lists the cases p sees at now, with what p may see of each,
// from the index: the policy is asked about each case exactly as the
// case's own page asks it.
func (s *Pages) visible(r *http.Request, p access.Principal, now time.Time) ([]*listed, error) {
	all, err := s.Index.Summaries(r.Context(), now)
	if err != nil {
		return nil, err
	}
	out := make([]*listed, 0, len(all))
	buf := make([]listed, 0, len(all)) // one allocation for them all
	for _, sum := range all {
		ref := access.CaseRef{ID: sum.ID, Provider: sum.Provider}
		if !access.Can(p, access.ViewCaseStatus, ref) {
			continue
		}
		buf = append(buf, listed{Summary: sum, Identities: access.Can(p, access.ViewIdentities, ref), Objections: access.Can(p, access.ViewObjectionText, ref)})
		l := &buf[len(buf)-1]
		switch {
		case l.Identities:
			l.Duties, l.Tasks = sum.Duties, sum.Tasks
		case l.Objections:
			// The court reads the case page's duties (casefile.View);
			// the tasks are the platform's work.
			l.Duties = sum.Duties
		default:
			l.Duties = redactLines(sum.Duties)
		}
		l.Next, l.HasNext = nextDue(l.Duties)
		l.Items = queue(l, now)
		out = append(out, l)
	}
	return out, nil
}

// caseStatus is where a case stands, in the filter's words: closed, a
// production released, disclosure allowed (open), or held.
func caseStatus(l *listed) string {
	switch {
	case l.Closed:
		return "closed"
	case l.Released:
		return "released"
	case l.GateOpen:
		return "open"
	}
	return "held"
}

// redactLines is what casefile.Redact keeps of a case's duties for
// counsel, on the index's lines: the applicant's own duties, each named by
// its condition alone (not by the account it concerns).
func redactLines(duties []cases.DutyLine) []cases.DutyLine {
	var out []cases.DutyLine
	for i := range duties {
		if duties[i].Party() == order.Applicant {
			out = append(out, duties[i].ByCondition())
		}
	}
	return out
}

// nextDue is the first of the duties not yet met, by its day.
func nextDue(duties []cases.DutyLine) (*cases.DutyLine, bool) {
	var next *cases.DutyLine
	for i := range duties {
		d := &duties[i]
		if d.Owed() && !d.Due().IsZero() && (next == nil || d.Due().Before(next.Due())) {
			next = d
		}
	}
	return next, next != nil
}

// section is the part of the queue a duty or task due on day belongs in,
// counting from the court's today; -1 when it is due later, or on no day.
func section(due courttime.Date, overdue bool, today courttime.Date) int {
	switch {
	case overdue:
		return 1
	case due.IsZero():
		return -1
	case due == today:
		return 2
	case due.After(today) && !due.After(today.AddDays(7)):
		return 3
	}
	return -1
}

// queue is the work queue of a case: its tasks (to do now), then its
// duties not yet met that no task already names, by section.
func queue(l *listed, now time.Time) []queueItem {
	today := l.Today(now)
	var out []queueItem
	for i := range l.Tasks {
		t := &l.Tasks[i]
		out = append(out, queueItem{section: 0, CaseID: l.ID, CaseNumber: l.Number, What: t.What(), Duty: t.Duty(), Due: t.Due(), Rule: t.Rule(), Overdue: t.Overdue(), task: t})
	}
	for i := range l.Duties {
		d := &l.Duties[i]
		if !d.Owed() || slices.ContainsFunc(l.Tasks, func(t cases.TaskLine) bool { return t.Duty() == d.ID() }) {
			continue
		}
		overdue := d.Status() == matter.Overdue
		if sec := section(d.Due(), overdue, today); sec > 0 {
			out = append(out, queueItem{section: sec, CaseID: l.ID, CaseNumber: l.Number, Duty: d.ID(), Due: d.Due(), Rule: d.Rule(), Overdue: overdue, duty: d})
		}
	}
	return out
}

// matches reports whether a case is one the search asks for.
func (q homeQuery) matches(l *listed) bool {
	if !l.Matches(q.Q, l.Identities) || (q.Court != "" && !strings.EqualFold(q.Court, l.Court)) || (q.Status != "" && q.Status != caseStatus(l)) {
		return false
	}
	if q.Due == "" {
		return true
	}
	want := slices.Index(dues, q.Due)
	return slices.ContainsFunc(l.Items, func(it queueItem) bool { return it.section == want })
}

// compare orders two cases as the search sorts them: by default by the day
// their next duty falls due (cases owing nothing by a day last), then by
// case number.
func (q homeQuery) compare(a, b *listed) int {
	key := strings.TrimPrefix(q.Sort, "-")
	var c int
	switch key {
	case "case":
	case "court":
		c = cmp.Compare(a.Court, b.Court)
	case "applicant":
		c = cmp.Compare(strings.ToLower(a.Applicant), strings.ToLower(b.Applicant))
	case "status":
		c = cmp.Compare(caseStatus(a), caseStatus(b))
	default:
		switch {
		case a.HasNext && b.HasNext:
			c = compareDays(a.Next.Due(), b.Next.Due())
		case a.HasNext:
			c = -1
		case b.HasNext:
			c = 1
		}
	}
	c = cmp.Or(c, cmp.Compare(a.Number, b.Number), cmp.Compare(a.ID, b.ID))
	if strings.HasPrefix(q.Sort, "-") {
		return -c
	}
	return c
}

// search selects the cases p sees at now as q asks, in no order (the
// caller sorts what it shows: q.compare).
func (s *Pages) search(r *http.Request, p access.Principal, q homeQuery, now time.Time) (found, all []*listed, err error) {
	all, err = s.visible(r, p, now)
	if err != nil {
		return nil, nil, err
	}
	for _, l := range all {
		if q.matches(l) {
			found = append(found, l)
		}
	}
	return found, all, nil
}

// homePage shows the home of the signed-in user: for the platform's staff
// the work queue (what to do now, then what is overdue, due today, due
// this week) over the cases the search selects, and those cases; for
// counsel and the court their cases. The cases come from the index
// (cases.Index), which assesses a case again only when it changed or the
// clock moved past what its assessment holds for.
func (s *Pages) homePage(w http.ResponseWriter, r *http.Request, p access.Principal) {
	now := s.Now()
	q := parseHomeQuery(r.URL.Query())
	found, all, err := s.search(r, p, q, now)
	if err != nil {
		s.pageFault(w, r, p, err)
		return
	}
	d := homeData{Dashboard: access.Permits(p, access.ViewIdentities), Intake: access.Permits(p, access.CreateCase), Query: q, Found: len(found),
		CasesCSV: "/cases.csv", DutiesCSV: "/duties.csv"}
	if export := q.values(false).Encode(); export != "" {
		d.CasesCSV += "?" + export
		d.DutiesCSV += "?" + export
	}
	d.Court = !d.Dashboard && access.Permits(p, access.ViewObjectionText)
	for _, l := range all {
		if !slices.Contains(d.Courts, l.Court) {
			d.Courts = append(d.Courts, l.Court)
		}
	}
	slices.Sort(d.Courts)
	lo, hi, pg := paginate(len(found), q.Page, q.Per, func(n int) string { c := q; c.Page = n; return c.href() })
	d.Pages = pg
	sortFirst(found, hi, q.compare)
	for _, l := range found[lo:hi] {
		hc := homeCase{ID: l.ID, Number: l.Number, Court: l.Court, Provider: l.Provider, Applicant: l.Applicant, GateOpen: l.GateOpen, Status: caseStatus(l)}
		if l.HasNext {
			hc.Next, hc.HasNext = l.Next.Duty(), true
		}
		switch {
		case l.Identities:
		case l.Objections:
			for _, o := range l.Summary.Objections {
				if !o.Advised.IsZero() {
					hc.Objections = append(hc.Objections, o)
				}
			}
			hc.Letters = l.Letters
		default:
			hc.Duties = make([]matter.Duty, len(l.Duties))
			for i := range l.Duties {
				hc.Duties[i] = l.Duties[i].Duty()
			}
		}
		d.Cases = append(d.Cases, hc)
	}
	if d.Dashboard {
		var items []*queueItem
		only := slices.Index(dues, q.Due)
		for _, l := range found {
			for i, it := range l.Items {
				if only < 0 || it.section == only {
					items = append(items, &l.Items[i])
				}
			}
		}
		byUrgency := func(a, b *queueItem) int {
			if c := cmp.Compare(a.section, b.section); c != 0 {
				return c
			}
			if a.Due.IsZero() != b.Due.IsZero() {
				if a.Due.IsZero() {
					return 1
				}
				return -1
			}
			return cmp.Or(compareDays(a.Due, b.Due), cmp.Compare(a.CaseNumber, b.CaseNumber), cmp.Compare(a.CaseID, b.CaseID), cmp.Compare(a.Duty, b.Duty), cmp.Compare(a.What, b.What))
		}
		lo, hi, qp := paginate(len(items), q.QPage, q.Per, func(n int) string { c := q; c.QPage = n; return c.href() })
		d.QueuePages = qp
		sortFirst(items, hi, byUrgency)
		for _, sec := range sections {
			d.Queue = append(d.Queue, queueSection{Key: sec.key, Title: sec.title})
		}
		lang := pageLanguage(r)
		for _, it := range items[lo:hi] {
			line := *it
			switch {
			case line.duty != nil:
				line.What = dutyWords(lang, line.duty.Duty())
			case line.task != nil:
				line.What = taskWords(lang, line.task.Task())
			}
			d.Queue[it.section].Items = append(d.Queue[it.section].Items, line)
		}
	}
	s.render(w, r, http.StatusOK, "home", page{Title: "Home", Principal: &p, Data: d})
}

// compareDays orders two days (without making a time of either: the
// sorts of the home page compare days tens of thousands of times).
func compareDays(a, b courttime.Date) int {
	return cmp.Or(cmp.Compare(a.Year, b.Year), cmp.Compare(a.Month, b.Month), cmp.Compare(a.Day, b.Day))
}
