// Package report derives the reports a platform publishes from the event
// log: the transparency report counts the requests writ handled in a period,
// by legal basis, by the country of the foreign proceedings and by court.
// Nothing is kept for it: every count is folded from the cases' events by
// the case engine (matter.Apply), so the report agrees with the cases and
// can be made again for any period.
package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
)

// The dimensions of the transparency report.
const (
	ByLegalBasis = "legal_basis"
	ByCountry    = "country"
	ByCourt      = "court"
)

// Section1782 is the legal basis of an application under 28 U.S.C. § 1782,
// its own category however the order writes the citation.
const Section1782 = "28 U.S.C. § 1782"

// Unspecified names the category of an order that does not say.
const Unspecified = "unspecified"

// Selection says which requests a report counts, in its words.
const Selection = "requests whose order the court entered (the order's date) from the first day to the last, both included"

// Transparency is the transparency report of a period. Its JSON names are
// a contract: fields may be added, none renamed.
type Transparency struct {
	From courttime.Date `json:"from"`
	To   courttime.Date `json:"to"`
	// Selection says which requests are counted: by the order's date.
	Selection string `json:"selection"`
	// AsOf is the moment what happened to them was read at.
	AsOf       time.Time  `json:"as_of"`
	Total      Category   `json:"total"`
	Categories []Category `json:"categories"`
}

// Category counts the requests of one legal basis, one country or one
// court.
type Category struct {
	// Dimension is legal_basis, country or court; Category the value
	// ("28 U.S.C. § 1782", "JP", the court's name).
	Dimension string `json:"dimension"`
	Category  string `json:"category"`
	// Requests counts the orders (one subpoena each).
	Requests int `json:"requests"`
	// Accounts counts the accounts the orders specify.
	Accounts int `json:"accounts"`
	// Notified counts the account holders given notice (a notice that
	// failed and was not given again is not one).
	Notified int `json:"notified"`
	// Contested counts objections and motions to quash or modify, each
	// counted apart too.
	Contested  int `json:"contested"`
	Objections int `json:"objections"`
	Motions    int `json:"motions"`
	// ContestedRequests counts the requests with at least one contest.
	ContestedRequests int `json:"contested_requests"`
	// Outcomes counts the court's rulings on them by outcome ("overruled",
	// "granted", ...).
	Outcomes map[string]int `json:"outcomes"`
	// Produced counts the requests in which data was produced (a
	// production released), and AccountsProduced the accounts whose data
	// was.
	Produced         int `json:"produced"`
	AccountsProduced int `json:"accounts_produced"`
}

// Request is one case as the report reads it: its order and its events.
type Request struct {
	Order  *order.Order
	Events []matter.Event
}

// CheckPeriod refuses a period that ends before it begins.
func CheckPeriod(from, to courttime.Date) error {
	switch {
	case from.IsZero():
		return &fault.Error{Code: fault.Invalid, Field: "from", Message: "give the first day of the period (YYYY-MM-DD)"}
	case to.IsZero():
		return &fault.Error{Code: fault.Invalid, Field: "to", Message: "give the last day of the period (YYYY-MM-DD)"}
	case to.Before(from):
		return &fault.Error{Code: fault.Invalid, Field: "to", Message: fmt.Sprintf("the period ends (%s) before it begins (%s)", to, from)}
	}
	return nil
}

// Count makes the transparency report of the requests whose order is dated
// from from to to (both included), each read as it stands at asOf. It is
// pure: the requests are given.
func Count(requests []Request, from, to courttime.Date, asOf time.Time) (Transparency, error) {
	if err := CheckPeriod(from, to); err != nil {
		return Transparency{}, err
	}
	r := Transparency{From: from, To: to, Selection: Selection, AsOf: asOf.UTC(),
		Total: Category{Dimension: "all", Category: "all requests", Outcomes: map[string]int{}}, Categories: []Category{}}
	byKey := map[[2]string]*Category{}
	for _, q := range requests {
		o := q.Order
		if o == nil || o.Date.Before(from) || o.Date.After(to) {
			continue
		}
		c := countOne(q, asOf)
		r.Total.add(c)
		for _, k := range [][2]string{{ByLegalBasis, LegalBasis(o.Statute)}, {ByCountry, country(o)}, {ByCourt, court(o)}} {
			cat := byKey[k]
			if cat == nil {
				cat = &Category{Dimension: k[0], Category: k[1], Outcomes: map[string]int{}}
				byKey[k] = cat
			}
			cat.add(c)
		}
	}
	for _, c := range byKey {
		r.Categories = append(r.Categories, *c)
	}
	rank := map[string]int{ByLegalBasis: 0, ByCountry: 1, ByCourt: 2}
	slices.SortFunc(r.Categories, func(a, b Category) int {
		return cmp.Or(cmp.Compare(rank[a.Dimension], rank[b.Dimension]),
			cmp.Compare(boolRank(a.Category == Unspecified), boolRank(b.Category == Unspecified)),
			strings.Compare(a.Category, b.Category))
	})
	return r, nil
}

func boolRank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// countOne counts one request, on its events as they stand at asOf.
func countOne(q Request, asOf time.Time) Category {
	s := matter.Apply(q.Events, asOf)
	c := Category{Requests: 1, Outcomes: map[string]int{}}
	targets := q.Order.Targets
	if s.Original != nil {
		targets = s.Original.Targets
	}
	c.Accounts = len(targets)
	for _, a := range s.Accounts {
		if a.Notice != nil {
			c.Notified++
		}
	}
	for _, k := range s.Contests {
		c.Contested++
		if k.Kind == matter.Motion {
			c.Motions++
		} else {
			c.Objections++
		}
		if k.Outcome != "" {
			c.Outcomes[string(k.Outcome)]++
		}
	}
	if c.Contested > 0 {
		c.ContestedRequests = 1
	}
	produced := map[string]bool{}
	for _, p := range s.Productions {
		if p.Released.IsZero() {
			continue
		}
		for _, a := range p.Accounts {
			produced[a] = true
		}
	}
	if len(produced) > 0 {
		c.Produced = 1
	}
	c.AccountsProduced = len(produced)
	return c
}

// add adds the counts of one request.
func (c *Category) add(o Category) {
	c.Requests += o.Requests
	c.Accounts += o.Accounts
	c.Notified += o.Notified
	c.Contested += o.Contested
	c.Objections += o.Objections
	c.Motions += o.Motions
	c.ContestedRequests += o.ContestedRequests
	c.Produced += o.Produced
	c.AccountsProduced += o.AccountsProduced
	for k, v := range o.Outcomes {
		c.Outcomes[k] += v
	}
}

// LegalBasis names the category of a statute as an order cites it: every
// citation of § 1782 ("28 U.S.C. §1782", "28 USC 1782(a)") is Section1782;
// another statute is its citation with its spaces made single.
func LegalBasis(statute string) string {
	s := strings.Join(strings.Fields(statute), " ")
	switch {
	case s == "":
		return Unspecified
	case strings.Contains(s, "1782"):
		return Section1782
	}
	return s
}

func country(o *order.Order) string {
	if c := strings.ToUpper(strings.TrimSpace(o.ProceedingsCountry)); c != "" {
		return c
	}
	return Unspecified
}

func court(o *order.Order) string {
	if n := strings.Join(strings.Fields(o.Court.Name), " "); n != "" {
		return n
	}
	if o.Court.ID != "" {
		return o.Court.ID
	}
	return Unspecified
}

// Outcomes lists the outcomes a ruling may record, for columns.
func Outcomes() []string {
	out := make([]string, 0, len(matter.Outcomes))
	for _, o := range matter.Outcomes {
		out = append(out, string(o))
	}
	return out
}
