package cases

import (
	"context"
	"hash/maphash"
	"runtime"
	"strings"
	"sync"
	"time"
	"unique"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/store"
)

// Summary is what lists of cases show of one (the staff's work queue and
// its search, the exports, the calendar): the case's caption, a line for
// each duty and each task, and where its gate stands, as assessed at one
// moment. An Index holds one for every case, so it is kept small: under a
// kilobyte where the parsed case is tens of kilobytes (a hundred thousand
// cases, about 100 MiB of heap). Its lines keep only what a list shows and
// name the words many cases share (a court, a platform, a party, a rule)
// by one shared copy (intern, unique.Make). A Summary is shared and must
// not be changed.
type Summary struct {
	ID, Number, Court, Provider, Applicant string
	// Labels are the order's targets ("Aya@ay_chim0807"): who may see
	// which case names which account is the caller's to decide (only
	// those who may see identities search by them).
	Labels []string
	// Location is the court's time zone, in which its days fall.
	Location *time.Location
	// Seq is the case's last seq when it was assessed; head the hash of
	// its head (maphash of the store's hex), which the index compares
	// with the store's without keeping the 64 characters of every case.
	Seq  int64
	head uint64
	// From and Until bound the moments the summary holds for: assessed at
	// From, it reads the same until Until (matter.Until; zero: forever)
	// unless an event is recorded.
	From, Until time.Time
	// Duties are the assessment's duties as lists show them, Tasks its
	// tasks as the work queue shows them.
	Duties []DutyLine
	Tasks  []TaskLine
	// GateOpen: disclosure is allowed for every account; Released: a
	// production was released; Closed: the case was closed.
	GateOpen, Released, Closed bool
	// Objections are the objections advised to the court, as the
	// assessment lists them, and Letters the last letter drafted for each
	// (by objection, its digest): what the court's home shows. Few cases
	// have any.
	Objections []matter.ContestView
	Letters    map[string]string
}

// DutyLine is a duty as a list shows it: its ID, day, status and rule,
// and who owes what (the duty's words). The computation, the order's
// words and the instants are the case page's. It takes 40 bytes where a
// matter.Duty takes about 340: the words it shares with other cases are
// handles to one copy of each.
type DutyLine struct {
	id   string
	due  day
	kind unique.Handle[dutyKind]
	rule unique.Handle[string]
}

// dutyKind is what many duties of many cases share: the condition they
// come from, who owes them, the act and where they stand.
type dutyKind struct {
	cond, party, act, status string
}

// lineOf is the line of a duty d.
func lineOf(d matter.Duty) DutyLine {
	rule := d.Rule
	if rule == "" && !d.Due.IsZero() && len(d.Steps) > 0 {
		// A duty owed at the time of its trigger has no period to
		// count, hence no rule of counting: its rule is the order's
		// term, which its first step states (invariant 5).
		rule = d.Steps[0]
	}
	l := DutyLine{id: d.ID, due: dayOf(d.Due), rule: unique.Make(rule),
		kind: unique.Make(dutyKind{cond: d.Condition, party: string(d.Party), act: string(d.Act), status: string(d.Status)})}
	if d.ID == d.Condition {
		l.id = l.kind.Value().cond
	}
	return l
}

// ID is the duty's ID ("notify/Aya@ay_chim0807").
func (l *DutyLine) ID() string { return l.id }

// Condition is the key of the order's condition the duty comes from.
func (l *DutyLine) Condition() string { return l.kind.Value().cond }

// Due is the day the duty falls due (zero while it is not triggered).
func (l *DutyLine) Due() courttime.Date { return l.due.date() }

// Status is where the duty stands.
func (l *DutyLine) Status() matter.Status { return matter.Status(l.kind.Value().status) }

// Party is who owes the duty.
func (l *DutyLine) Party() order.Party { return order.Party(l.kind.Value().party) }

// Rule is the rule its day was counted by, or the order's term for a duty
// owed at the time of its trigger.
func (l *DutyLine) Rule() string { return l.rule.Value() }

// Owed reports whether the duty is still to be done.
func (l *DutyLine) Owed() bool {
	s := l.Status()
	return s == matter.DutyPending || s == matter.Overdue
}

// Duty is the duty as a list shows it, as a matter.Duty: its ID,
// condition, party, act, the account or objection its ID names, day,
// status and rule; no computation, words of the order or instants.
func (l *DutyLine) Duty() matter.Duty {
	k := l.kind.Value()
	d := matter.Duty{ID: l.id, Condition: k.cond, Party: order.Party(k.party), Act: order.Act(k.act), Due: l.Due(),
		Status: matter.Status(k.status), Rule: l.Rule()}
	if rest, ok := strings.CutPrefix(l.id, d.Condition+"/"); ok {
		if d.Act == order.AdviseCourt {
			d.Contest = rest
		} else {
			d.Account = rest
		}
	}
	return d
}

// ByCondition is the line named by its condition alone, not by the
// account or objection it concerns (what counsel are shown of a duty:
// casefile.Redact).
func (l DutyLine) ByCondition() DutyLine {
	l.id = l.kind.Value().cond
	return l
}

// TaskLine is a task as the work queue shows it: what it is (its kind,
// and the account, contest or production it is about), what to do, the
// duty it meets, its day and rule.
type TaskLine struct {
	kind       matter.TaskKind
	duty       string
	due        day
	overdue    bool
	what, rule unique.Handle[string]
	// account is the task's account; ref its contest or, for a
	// production's, the production.
	account, ref unique.Handle[string]
}

// taskLineOf keeps a task as a summary holds it.
func taskLineOf(t matter.Task) TaskLine {
	return TaskLine{kind: t.Kind, duty: t.Duty, due: dayOf(t.Due), overdue: t.Overdue, what: unique.Make(t.What), rule: unique.Make(t.Rule),
		account: unique.Make(t.Account), ref: unique.Make(t.Contest + t.Production)}
}

// Task is the task as matter made it.
func (t *TaskLine) Task() matter.Task {
	task := matter.Task{Kind: t.kind, Duty: t.duty, Account: t.account.Value(), Due: t.due.date(), Rule: t.rule.Value(), Overdue: t.overdue, What: t.what.Value()}
	if t.kind == matter.ReleaseProduction {
		task.Production = t.ref.Value()
	} else {
		task.Contest = t.ref.Value()
	}
	return task
}

// What says what to do, in words.
func (t *TaskLine) What() string { return t.what.Value() }

// Duty is the ID of the duty the task meets ("" when none).
func (t *TaskLine) Duty() string { return t.duty }

// Due is the day the task is owed by (zero: no day).
func (t *TaskLine) Due() courttime.Date { return t.due.date() }

// Rule is the rule behind that day, or why there is none.
func (t *TaskLine) Rule() string { return t.rule.Value() }

// Overdue reports whether the duty the task meets is overdue.
func (t *TaskLine) Overdue() bool { return t.overdue }

// day is a courttime.Date in 4 bytes (year, month and day in bits of
// their own, so days order as numbers); 0 is the zero Date.
type day uint32

func dayOf(d courttime.Date) day {
	if d.IsZero() {
		return 0
	}
	return day(d.Year)<<9 | day(d.Month)<<5 | day(d.Day)
}

func (d day) date() courttime.Date {
	if d == 0 {
		return courttime.Date{}
	}
	return courttime.Date{Year: int(d >> 9), Month: time.Month(d >> 5 & 15), Day: int(d & 31)}
}

// NextDue is the first day a duty not yet met falls due, with the duty;
// false when none is owed by a day.
func (s *Summary) NextDue() (matter.Duty, bool) {
	var next *DutyLine
	for i := range s.Duties {
		d := &s.Duties[i]
		if d.Owed() && d.due != 0 && (next == nil || d.due < next.due) {
			next = d
		}
	}
	if next == nil {
		return matter.Duty{}, false
	}
	return next.Duty(), true
}

// Today is the court's day at now.
func (s *Summary) Today(now time.Time) courttime.Date { return courttime.DateOf(now.In(s.Location)) }

// Index keeps a Summary of every case, each valid while the case's head is
// unchanged and the moment asked about lies between its From and Until.
// Listing every case then costs one query for the cases' heads (which the
// store answers from its cases table) and a map lookup each: only a case
// recorded to since, or whose assessment the clock has moved past (a duty
// fallen overdue, a window closed), is loaded and assessed again. It
// holds no parsed case: the Service's cache keeps those it keeps, and a
// case the index reads that the cache does not hold is read past it
// (Service.peekOrRead), so that building the index of every case does not
// push out of the cache the cases requests ask for.
//
// The summaries are kept in memory rather than in the store as a table
// derived from the log: a table would spare the assessment of every case
// when a server starts, but it is one more thing to migrate on both
// dialects and to keep in step with the log and the clock, and a summary
// is small enough (about 1 KiB) for a hundred thousand of them to fit.
type Index struct {
	Cases *Service
	// Workers is how many cases it reads and assesses at once when many
	// are stale (the first list, a day's duties falling due); 0 means one
	// per core. A server answering requests beside it builds its index
	// with fewer, so that a build of every case does not take every core
	// from the requests.
	Workers int

	mu      sync.Mutex
	entries map[string]*Summary
	// refresh is held while stale cases are assessed, so that callers
	// listing at once (the first home pages while the index is built at
	// start) wait for one assessment of each case instead of each making
	// its own.
	refresh sync.Mutex
}

// Summaries returns a summary of every case as it stands at now, in the
// store's order of cases. A case that cannot be loaded or assessed is an
// error, as it would be for the case's own page.
func (x *Index) Summaries(ctx context.Context, now time.Time) ([]*Summary, error) {
	rows, err := x.Cases.Store.Cases(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]*Summary, len(rows))
	stale := x.fresh(rows, out, nil, now)
	if len(stale) == 0 {
		return out, nil
	}
	x.refresh.Lock()
	defer x.refresh.Unlock()
	// Another caller may have assessed them while this one waited.
	if stale = x.fresh(rows, out, stale, now); len(stale) == 0 {
		return out, nil
	}
	// Assess the stale cases on every core: reading them is the store's
	// work, folding them the CPU's.
	var (
		wg    sync.WaitGroup
		next  = make(chan int)
		first error
		emu   sync.Mutex
	)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := x.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	for range min(workers, len(stale)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				s, err := x.summarize(ctx, rows[i], now)
				if err != nil {
					emu.Lock()
					if first == nil {
						first = err
						cancel()
					}
					emu.Unlock()
					continue
				}
				out[i] = s
			}
		}()
	}
feed:
	for _, i := range stale {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if first != nil {
		return nil, first
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	x.mu.Lock()
	for _, i := range stale {
		if e := x.entries[out[i].ID]; e == nil || e.Seq <= out[i].Seq {
			x.entries[out[i].ID] = out[i]
		}
	}
	x.mu.Unlock()
	return out, nil
}

// fresh fills out[i] with the summary held for rows[i] when it still
// holds at now, for every i of only (every row when only is nil), and
// returns the others.
func (x *Index) fresh(rows []store.Case, out []*Summary, only []int, now time.Time) (stale []int) {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.entries == nil {
		x.entries = map[string]*Summary{}
	}
	check := func(i int) {
		r := rows[i]
		e := x.entries[r.ID]
		if e != nil && e.Seq == r.Seq && e.head == headHash(r.Head) && !now.Before(e.From) && (e.Until.IsZero() || now.Before(e.Until)) {
			out[i] = e
		} else {
			stale = append(stale, i)
		}
	}
	if only != nil {
		for _, i := range only {
			check(i)
		}
		return stale
	}
	for i := range rows {
		check(i)
	}
	if len(x.entries) > len(rows)+len(stale) {
		// Cases are never deleted from a store, but a test's store may be
		// replaced: forget the ones no longer listed.
		keep := make(map[string]*Summary, len(rows))
		for _, r := range rows {
			if e, ok := x.entries[r.ID]; ok {
				keep[r.ID] = e
			}
		}
		x.entries = keep
	}
	return stale
}

// seed keys headHash for this process: the hashes are compared only with
// each other, in memory.
var seed = maphash.MakeSeed()

// headHash is what a summary keeps of a case's head.
func headHash(head string) uint64 { return maphash.String(seed, head) }

// summarize loads and assesses at now the case whose row is sc.
func (x *Index) summarize(ctx context.Context, sc store.Case, now time.Time) (*Summary, error) {
	c, err := x.Cases.peekOrRead(ctx, sc)
	if err != nil {
		return nil, err
	}
	a, err := c.Assess(now)
	if err != nil {
		return nil, err
	}
	o := c.Order
	s := &Summary{ID: c.ID, Number: o.CaseNumber, Court: intern(o.Court.ID), Provider: intern(o.Provider), Applicant: intern(o.Applicant),
		Location: c.Calendar.Location, Seq: c.Seq, head: headHash(c.Head), From: now, Until: matter.Until(c.Events, a),
		GateOpen: a.Gate.Open, Closed: !a.State.Closed.IsZero()}
	s.Labels = make([]string, len(a.State.Original.Targets))
	for i, t := range a.State.Original.Targets {
		s.Labels[i] = t.Label
	}
	for _, v := range a.Objections {
		if !v.Advised.IsZero() {
			s.Objections = append(s.Objections, v)
		}
	}
	s.Duties = make([]DutyLine, len(a.Duties))
	for i, d := range a.Duties {
		s.Duties[i] = lineOf(d)
	}
	if tasks := matter.Tasks(a); len(tasks) > 0 {
		s.Tasks = make([]TaskLine, len(tasks))
		for i, t := range tasks {
			s.Tasks[i] = taskLineOf(t)
			for _, d := range s.Duties {
				if d.id == t.Duty {
					s.Tasks[i].duty = d.id // one copy of the ID
				}
			}
		}
	}
	for _, p := range a.State.Productions {
		if !p.Released.IsZero() && p.Voided.IsZero() {
			s.Released = true
		}
	}
	for _, con := range a.State.Contests {
		if con.Letter != "" && !con.Advised.IsZero() {
			if s.Letters == nil {
				s.Letters = map[string]string{}
			}
			s.Letters[con.ID] = con.Letter
		}
	}
	return s, nil
}

// Matches reports whether the summary's case number or applicant holds
// the words of q (case and surrounding space ignored), or, when labels is
// set, one of its accounts' labels does.
func (s *Summary) Matches(q string, labels bool) bool {
	q = strings.ToLower(strings.TrimSpace(q))
	if q == "" {
		return true
	}
	if strings.Contains(strings.ToLower(s.Number), q) || strings.Contains(strings.ToLower(s.Applicant), q) {
		return true
	}
	if labels {
		for _, l := range s.Labels {
			if strings.Contains(strings.ToLower(l), q) {
				return true
			}
		}
	}
	return false
}

// names holds one copy of each court, platform and applicant the
// summaries name: each case's order is parsed into strings of its own, and
// an index of every case would otherwise hold one for each. Those words
// are few and every one is held by some summary, so they are kept for the
// life of the process.
var names sync.Map

// intern returns the shared copy of a court, platform or applicant.
func intern(name string) string {
	if len(name) > 200 {
		return name
	}
	v, _ := names.LoadOrStore(name, name)
	return v.(string)
}
