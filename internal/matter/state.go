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
	Service                          *Service
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
	// Advised is when the platform advised the court of the objection.
	Advised time.Time
	// Letter is the SHA-256 of the last letter drafted to advise the
	// court of the objection ("" when none was).
	Letter string
	Status ContestStatus
	// Outcome and Ruled are set once the court rules.
	Outcome Outcome
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
	Fetched  time.Time
}

// Apply folds events into a state. It uses only the events whose At is not
// after asOf (a zero asOf takes them all), in the order they happened
// (ties in the order recorded), so that the state answers "how did the case
// stand at that moment". It trusts its input: events are checked with
// Check before they are stored.
func Apply(events []Event, asOf time.Time) *State {
	s := &State{Accounts: map[string]*Account{}}
	for _, e := range Happened(events, asOf) {
		s.apply(e)
	}
	return s
}

// Happened returns the events that had happened by asOf, in the order they
// happened.
func Happened(events []Event, asOf time.Time) []Event {
	var out []Event
	for _, e := range events {
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
	case TargetResolved:
		a := s.account(e.Account)
		a.AccountID, a.Resolved = e.AccountID, e.At
	case PreservationBegun:
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
		s.Contests = append(s.Contests, &Contest{ID: e.ID, Kind: Objection, Account: e.Account, By: order.AccountHolder, At: e.At, Status: Pending})
	case MotionFiled:
		s.Contests = append(s.Contests, &Contest{ID: e.ID, Kind: Motion, Account: e.Account, By: e.By, Docket: e.Docket, At: e.At, Status: Pending})
	case ObjectionWithdrawn:
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
	case ProductionFetched:
		for _, id := range e.On {
			if p := s.Production(id); p != nil && p.Fetched.IsZero() {
				p.Fetched = e.At
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
		c.Outcome, c.Ruled = e.Outcome, e.At
		switch e.Outcome {
		case Sustained, Quashed:
			// An objection upheld, or a subpoena quashed at an account
			// holder's motion, protects that account; quashed at the
			// platform's motion, it ends the subpoena.
			if c.Account != "" {
				s.account(c.Account).Sustained = e.At
			} else {
				s.Quashed = true
			}
		case Modified:
			if e.Order != nil {
				s.Order = e.Order
			}
		}
	}
}

func deref(b *bool) bool { return b != nil && *b }
