package matter

import (
	"slices"
	"time"

	"github.com/writ-project/writ/internal/order"
)

// State is a case folded from its events: what has happened, as of a moment.
type State struct {
	// Order is the order in force: the order entered, or the scope set by
	// the last ruling that modified it.
	Order *order.Order
	// Original is the order as entered.
	Original *order.Order
	// OrderDocument is the SHA-256 of the court's document the order was
	// read from at intake, and OrderDocumentName its file name ("" when
	// the order was taken in as JSON).
	OrderDocument, OrderDocumentName string
	// Service is the service in effect: the last one recorded. A service
	// that did not carry the order, or whose subpoena did not conform,
	// is cured by serving again; duties then run from the curing service.
	Service *Service
	// Services lists every service recorded, the defective ones too.
	Services []*Service
	// Accounts holds each target of the order, by label.
	Accounts map[string]*Account
	// Contests are the objections and motions, in the order received.
	Contests    []*Contest
	Productions []*Production
	// Quashed is set when a ruling quashed the whole subpoena.
	Quashed      bool
	Acknowledged time.Time
	Closed       time.Time
	// Last is the moment of the last event folded.
	Last time.Time
}

// Service records how the subpoena was served.
type Service struct {
	At        time.Time
	Method    string
	WithOrder bool
	Conforms  bool
}

// Account is one target's progress through the procedure.
type Account struct {
	Label     string
	AccountID string
	Resolved  time.Time
	Preserved time.Time
	// Notice is the notice in effect: the last one sent that did not fail
	// afterwards. A notice that bounced was not given.
	Notice *Notice
	// Failures counts notices that failed.
	Failures []time.Time
	// FailureNote is the reason recorded with the last failure.
	FailureNote string
	// Sustained is set when the court upheld this account holder's
	// objection or quashed the subpoena as to this account.
	Sustained time.Time
}

// Notice is a notice to an account holder.
type Notice struct {
	Sent      time.Time
	Method    string
	Delivered time.Time
}

// ContestKind tells an objection to the platform from a motion in court.
type ContestKind string

// The kinds of contest.
const (
	Objection ContestKind = "objection"
	Motion    ContestKind = "motion"
)

// ContestStatus is where a contest stands.
type ContestStatus string

// The statuses of a contest.
const (
	Pending   ContestStatus = "pending"
	Withdrawn ContestStatus = "withdrawn"
)

// Contest is an objection in writing or a motion to quash or modify.
type Contest struct {
	ID   string
	Kind ContestKind
	// Account is the objector's or movant's account; empty for a motion by
	// the platform.
	Account string
	By      order.Party
	Docket  string
	At      time.Time
	// Recorded is when writ was told of it.
	Recorded time.Time
	// Advised is when the platform advised the court of the objection.
	Advised time.Time
	// Letter is the SHA-256 of the last letter drafted to advise the
	// court of the objection ("" when none was).
	Letter string
	Status ContestStatus
	// Outcome and Ruled are set once the court rules; Relief and Scope
	// say what a granted motion or a sustained objection obtained.
	Outcome Outcome
	Relief  Relief
	Scope   Scope
	Ruled   time.Time
}

// Resolved reports whether the contest no longer holds anything back.
func (c *Contest) Resolved() bool { return c.Status == Withdrawn || c.Outcome != "" }

// Production is a package of records built for the applicant.
type Production struct {
	ID       string
	Built    time.Time
	Accounts []string
	Released time.Time
	// Downloaded is when the applicant's counsel first downloaded it.
	Downloaded time.Time
	// Voided is when staff voided it, and VoidReason why: a voided
	// production is never released nor downloaded.
	Voided     time.Time
	VoidReason string
}

// Apply folds events into a state. It uses only the events whose At is not
// after asOf (a zero asOf takes them all), in the order they happened
// (ties in the order recorded), so that the state answers "how did the case
// stand at that moment" on everything writ knows now. Corrections are
// honoured: a superseded event is left out and its replacement folded in
// its place. It trusts its input: events are checked with Check before
// they are stored.
func Apply(events []Event, asOf time.Time) *State {
	return fold(Happened(events, asOf))
}

// fold folds events that Happened returned into a state.
func fold(happened []Event) *State {
	s := &State{Accounts: map[string]*Account{}}
	for _, e := range happened {
		s.apply(e)
	}
	return s
}

// Happened returns the events in effect that had happened by asOf, in the
// order they happened.
func Happened(events []Event, asOf time.Time) []Event {
	eff := Effective(events)
	out := make([]Event, 0, len(eff))
	for _, e := range eff {
		if asOf.IsZero() || !e.At.After(asOf) {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b Event) int {
		if c := a.At.Compare(b.At); c != 0 {
			return c
		}
		return int(a.Seq - b.Seq)
	})
	return out
}

// Effective returns the events in effect, in the order recorded: every
// event but those a correction superseded, with each correction's
// replacement standing where the event it corrects stood (its Seq) and
// carrying when and by whom the correction was recorded. A correction
// may itself be corrected: its replacement is then superseded in turn.
func Effective(events []Event) []Event {
	superseded := map[int64]bool{}
	corrected := false
	for _, e := range events {
		if e.Type == Correction {
			corrected = true
			superseded[e.Corrects] = true
		}
	}
	if !corrected {
		return events
	}
	// A replacement takes the place of the event it corrects, which may
	// be a replacement itself (a correction of a correction): follow the
	// chain to the seq where the story first told it.
	place := map[int64]int64{}
	for _, e := range events {
		place[e.Seq] = e.Seq
		if e.Type == Correction {
			place[e.Seq] = place[e.Corrects]
		}
	}
	var out []Event
	for _, e := range events {
		switch {
		case superseded[e.Seq]:
		case e.Type == Correction:
			if e.Replacement != nil {
				r := e.Replacement.Event
				r.Type, r.At = e.Replacement.Type, e.Replacement.At
				r.Seq, r.RecordedAt, r.Actor, r.CorrectedBy = place[e.Seq], e.RecordedAt, e.Actor, e.Seq
				out = append(out, r)
			}
		default:
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b Event) int { return int(a.Seq - b.Seq) })
	return out
}

func (s *State) account(label string) *Account {
	a := s.Accounts[label]
	if a == nil {
		a = &Account{Label: label}
		s.Accounts[label] = a
	}
	return a
}

// Contest returns the contest with the id, or nil.
func (s *State) Contest(id string) *Contest {
	for _, c := range s.Contests {
		if c.ID == id {
			return c
		}
	}
	return nil
}

// Production returns the production with the id, or nil.
func (s *State) Production(id string) *Production {
	for _, p := range s.Productions {
		if p.ID == id {
			return p
		}
	}
	return nil
}

func (s *State) apply(e Event) {
	s.Last = e.At
	switch e.Type {
	case OrderEntered:
		s.Order, s.Original = e.Order, e.Order
		for _, t := range e.Order.Targets {
			s.account(t.Label)
		}
	case SubpoenaServed:
		s.Service = &Service{At: e.At, Method: e.Method, WithOrder: deref(e.WithOrder), Conforms: deref(e.Conforms)}
		s.Services = append(s.Services, s.Service)
	case TargetResolved:
		a := s.account(e.Account)
		a.AccountID, a.Resolved = e.AccountID, e.At
	case PreservationStarted:
		for _, label := range e.Accounts {
			s.account(label).Preserved = e.At
		}
	case NoticeSent:
		s.account(e.Account).Notice = &Notice{Sent: e.At, Method: e.Method}
	case NoticeDelivered:
		if n := s.account(e.Account).Notice; n != nil {
			n.Delivered = e.At
		}
	case NoticeFailed:
		a := s.account(e.Account)
		a.Notice = nil
		a.Failures = append(a.Failures, e.At)
		a.FailureNote = e.Note
	case ObjectionReceived:
		s.Contests = append(s.Contests, &Contest{ID: e.ID, Kind: Objection, Account: e.Account, By: order.AccountHolder, At: e.At, Recorded: e.RecordedAt, Status: Pending})
	case MotionFiled:
		s.Contests = append(s.Contests, &Contest{ID: e.ID, Kind: Motion, Account: e.Account, By: e.By, Docket: e.Docket, At: e.At, Recorded: e.RecordedAt, Status: Pending})
	case ObjectionWithdrawn, MotionWithdrawn:
		for _, id := range e.On {
			if c := s.Contest(id); c != nil {
				c.Status = Withdrawn
			}
		}
	case CourtAdvised:
		for _, id := range e.On {
			if c := s.Contest(id); c != nil && c.Advised.IsZero() {
				c.Advised = e.At
			}
		}
	case OrderDocument:
		s.OrderDocument, s.OrderDocumentName = e.Digest, e.Note
	case LetterDrafted:
		for _, id := range e.On {
			if c := s.Contest(id); c != nil {
				c.Letter = e.Digest
			}
		}
	case Ruling:
		s.rule(e)
	case ProductionBuilt:
		s.Productions = append(s.Productions, &Production{ID: e.ID, Built: e.At, Accounts: e.Accounts})
	case ProductionReleased:
		for _, id := range e.On {
			if p := s.Production(id); p != nil {
				p.Released = e.At
			}
		}
	case UseAcknowledged:
		s.Acknowledged = e.At
	case ProductionDownloaded:
		for _, id := range e.On {
			if p := s.Production(id); p != nil && p.Downloaded.IsZero() && e.By != order.Provider {
				p.Downloaded = e.At
			}
		}
	case ProductionVoided:
		for _, id := range e.On {
			if p := s.Production(id); p != nil && p.Voided.IsZero() {
				p.Voided, p.VoidReason = e.At, e.Note
			}
		}
	case CaseClosed:
		s.Closed = e.At
	}
}

// rule applies a ruling to the contests it decides.
func (s *State) rule(e Event) {
	for _, id := range e.On {
		c := s.Contest(id)
		if c == nil {
			continue
		}
		c.Outcome, c.Relief, c.Scope, c.Ruled = e.Outcome, e.Relief, e.Scope, e.At
		switch relief(e.Outcome, e.Relief) {
		case ReliefQuash:
			// An objection upheld or a subpoena quashed protects the
			// account of the objector or movant, or with scope subpoena
			// ends the subpoena. A ruling stored before rulings said their
			// scope reaches the movant's account, or the whole subpoena
			// when the movant is the platform.
			scope := e.Scope
			if scope == "" && c.Account == "" {
				scope = ScopeSubpoena
			}
			if scope == ScopeSubpoena || c.Account == "" {
				s.Quashed = true
			} else {
				s.account(c.Account).Sustained = e.At
			}
		case ReliefModify:
			if e.Order != nil {
				s.Order = e.Order
			}
		}
	}
}

// relief is what a ruling does to the subpoena: quash it (or uphold an
// objection, which shields like a quash), modify it, or nothing (an
// objection overruled, a motion denied).
func relief(o Outcome, r Relief) Relief {
	switch o {
	case Sustained, Quashed:
		return ReliefQuash
	case Modified:
		return ReliefModify
	case Granted, GrantedInPart:
		return r
	}
	return ""
}

func deref(b *bool) bool { return b != nil && *b }
