package cases

import (
	"context"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/matter"
)

// Summary is what lists of cases show of one (the staff's work queue and
// its search, the exports, the calendar): the case's caption, its duties
// without their computations, the tasks it waits on and where its gate
// stands, as assessed at one moment. It is a couple of kilobytes where the
// parsed case is tens of kilobytes, so an Index holds one for every case.
// A Summary is shared and must not be changed.
type Summary struct {
	ID, Number, Court, Provider, Applicant string
	// Labels are the order's targets ("Aya@ay_chim0807"): who may see
	// which case names which account is the caller's to decide (only
	// those who may see identities search by them).
	Labels []string
	// Location is the court's time zone, in which its days fall.
	Location *time.Location
	// Seq and Head are the case's head when it was assessed.
	Seq  int64
	Head string
	// From and Until bound the moments the summary holds for: assessed at
	// From, it reads the same until Until (matter.Until; zero: forever)
	// unless an event is recorded.
	From, Until time.Time
	// Duties are the assessment's, without their steps and text (the case
	// page shows those).
	Duties []matter.Duty
	Tasks  []matter.Task
	// GateOpen: disclosure is allowed for every account; Released: a
	// production was released; Closed: the case was closed.
	GateOpen, Released, Closed bool
	// Objections are the objections advised to the court, as the
	// assessment lists them, and Letters the last letter drafted for each
	// (by objection, its digest): what the court's home shows.
	Objections []matter.ContestView
	Letters    map[string]string
}

// NextDue is the first day a duty not yet met falls due, with the duty;
// false when none is owed by a day.
func (s *Summary) NextDue() (matter.Duty, bool) {
	var next matter.Duty
	found := false
	for _, d := range s.Duties {
		if (d.Status == matter.DutyPending || d.Status == matter.Overdue) && !d.Due.IsZero() && (!found || d.Due.Before(next.Due)) {
			next, found = d, true
		}
	}
	return next, found
}

// Today is the court's day at now.
func (s *Summary) Today(now time.Time) courttime.Date { return courttime.DateOf(now.In(s.Location)) }

// Index keeps a Summary of every case, each valid while the case's head is
// unchanged and the moment asked about lies between its From and Until.
// Listing every case then costs one query for the cases' heads (which the
// store answers from its cases table) and a map lookup each: only a case
// recorded to since, or whose assessment the clock has moved past (a duty
// fallen overdue, a window closed), is loaded and assessed again. It
// holds no parsed case: the Service's cache keeps those it keeps.
type Index struct {
	Cases *Service

	mu      sync.Mutex
	entries map[string]*Summary
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
	var stale []int
	x.mu.Lock()
	if x.entries == nil {
		x.entries = map[string]*Summary{}
	}
	for i, r := range rows {
		e := x.entries[r.ID]
		if e != nil && e.Seq == r.Seq && e.Head == r.Head && !now.Before(e.From) && (e.Until.IsZero() || now.Before(e.Until)) {
			out[i] = e
		} else {
			stale = append(stale, i)
		}
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
	x.mu.Unlock()
	if len(stale) == 0 {
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
	for range min(runtime.GOMAXPROCS(0), len(stale)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				s, err := x.summarize(ctx, rows[i].ID, now)
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

// summarize loads and assesses one case at now.
func (x *Index) summarize(ctx context.Context, id string, now time.Time) (*Summary, error) {
	c, a, err := x.Cases.Assess(ctx, id, now)
	if err != nil {
		return nil, err
	}
	o := c.Order
	s := &Summary{ID: c.ID, Number: o.CaseNumber, Court: o.Court.ID, Provider: o.Provider, Applicant: o.Applicant,
		Location: c.Calendar.Location, Seq: c.Seq, Head: c.Head, From: now, Until: matter.Until(c.Events, a),
		Tasks: matter.Tasks(a), GateOpen: a.Gate.Open, Closed: !a.State.Closed.IsZero()}
	s.Labels = make([]string, len(a.State.Original.Targets))
	for i, t := range a.State.Original.Targets {
		s.Labels[i] = t.Label
	}
	for _, v := range a.Objections {
		if !v.Advised.IsZero() {
			s.Objections = append(s.Objections, v)
		}
	}
	s.Duties = make([]matter.Duty, len(a.Duties))
	for i, d := range a.Duties {
		if d.Rule == "" && !d.Due.IsZero() && len(d.Steps) > 0 {
			// A duty owed at the time of its trigger has no period to
			// count, hence no rule of counting: its rule is the order's
			// term, which its first step states (invariant 5).
			d.Rule = d.Steps[0]
		}
		// What a list shows of a duty is its day, rule and status: the
		// computation, the order's words and the instants are the case
		// page's, and dropping them halves what the index holds.
		d.Steps, d.Text, d.ExpiresAt, d.MetAt = nil, "", nil, nil
		d.Rule = intern(d.Rule)
		s.Duties[i] = d
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

// rules holds one copy of each rule of counting a duty cites ("Fed. R.
// Civ. P. 6(a)(1)"): the calendar writes a new string for every duty, and
// an index of every case would hold one for each. Only the rules are kept,
// which are few; a duty's own words (a rule owed at the time of its
// trigger names the day) are not.
var rules sync.Map

// intern returns the shared copy of a rule of counting.
func intern(rule string) string {
	if !strings.HasPrefix(rule, "Fed. R. Civ. P.") || len(rule) > 120 {
		return rule
	}
	v, _ := rules.LoadOrStore(rule, rule)
	return v.(string)
}
