// Package score measures the order reader against orders a person has read:
// a folder of order texts and an expected.json that holds, for each, the
// values of its caption and of its operative terms (the schema of the
// workplace's orders-synthetic/expected.json). It reports each field's
// accuracy and, above all, every invented term: an operative value the
// reader proposed that the order does not state. A term left empty for a
// person is a miss; a term stated wrongly is worse, because a person who
// trusts it counts the wrong deadline or releases the wrong data.
package score

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/reader"
)

// Terms are the values of one order in the schema of expected.json. A
// nil pointer is null: the order does not say. Lists are empty, not nil,
// when empty.
type Terms struct {
	File                 string   `json:"file"`
	CaseNumber           *string  `json:"case_number"`
	Date                 *string  `json:"date"`
	Judge                *string  `json:"judge"`
	Applicant            *string  `json:"applicant"`
	Provider             *string  `json:"provider"`
	Disposition          *string  `json:"disposition"`
	Standard             *string  `json:"standard"`
	CategoriesAuthorized []string `json:"categories_authorized"`
	CategoriesDenied     []string `json:"categories_denied"`
	ExcludedFields       []string `json:"excluded_fields"`
	NoticeDays           *int     `json:"notice_days"`
	NoticeTrigger        *string  `json:"notice_trigger"`
	ContestDays          *int     `json:"contest_days"`
	ContestTrigger       *string  `json:"contest_trigger"`
	ObjectionDays        *int     `json:"objection_days"`
	AdviseCourtDays      *int     `json:"advise_court_days"`
	// PreserveWhileContested and UseRestriction are false when the clause
	// is absent.
	PreserveWhileContested bool    `json:"preserve_while_contested"`
	UseRestriction         bool    `json:"use_restriction"`
	HoldScope              *string `json:"hold_scope"`
}

// Group is a kind of field: the caption says who and when; the operative
// terms say what the platform must do and what it may disclose.
type Group string

// The groups of fields.
const (
	Caption   Group = "caption"
	Operative Group = "operative"
)

// Field is one field of Terms, by its JSON name.
type Field struct {
	Name  string
	Group Group
}

// Fields are the fields scored, in the order of expected.json.
var Fields = []Field{
	{"case_number", Caption}, {"date", Caption}, {"judge", Caption}, {"applicant", Caption},
	{"provider", Caption}, {"disposition", Caption},
	{"standard", Operative}, {"categories_authorized", Operative}, {"categories_denied", Operative},
	{"excluded_fields", Operative}, {"notice_days", Operative}, {"notice_trigger", Operative},
	{"contest_days", Operative}, {"contest_trigger", Operative}, {"objection_days", Operative},
	{"advise_court_days", Operative}, {"preserve_while_contested", Operative},
	{"use_restriction", Operative}, {"hold_scope", Operative},
}

// cardFields are the fields expected.json records as excluded: it counts
// them only where the order authorizes card holders' names and addresses,
// since an exclusion from a category the court did not allow excludes
// nothing.
var cardFields = []order.Field{order.CardNumber, order.CardExpiration, order.CardSecurityCode}

// FromProposal reads the reader's proposal as Terms. A period the reader
// read but left to a person because writ does not count its days (court
// or business days) is taken at the number the reader read: expected.json
// records the number as written, and a person is asked to count it.
func FromProposal(file string, p *reader.Proposal) Terms {
	o := &p.Order
	t := Terms{File: file, CategoriesAuthorized: []string{}, CategoriesDenied: []string{}, ExcludedFields: []string{}}
	str := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	t.CaseNumber = str(o.CaseNumber)
	if !o.Date.IsZero() {
		t.Date = str(o.Date.String())
	}
	t.Judge = str(o.Judge)
	t.Applicant = str(o.Applicant)
	t.Provider = str(o.Provider)
	t.Disposition = str(string(o.Disposition))
	if o.Disposition == order.Denied {
		return t
	}
	var standards []string
	authorized := map[order.Category]bool{}
	for _, r := range o.Requests {
		if r.Standard != "" && !slices.Contains(standards, string(r.Standard)) {
			standards = append(standards, string(r.Standard))
		}
		for _, c := range r.Categories {
			authorized[c] = true
		}
	}
	if len(standards) > 0 {
		t.Standard = str(strings.Join(standards, "+"))
	}
	for _, c := range order.Categories {
		if authorized[c] {
			t.CategoriesAuthorized = append(t.CategoriesAuthorized, string(c))
		}
	}
	for _, c := range o.DeniedCategories {
		t.CategoriesDenied = append(t.CategoriesDenied, string(c))
	}
	if authorized[order.CardHolder] {
		for _, f := range cardFields {
			if slices.Contains(o.ExcludedFields, f) {
				t.ExcludedFields = append(t.ExcludedFields, string(f))
			}
		}
	}
	period := func(act order.Act) (*int, *string, bool) {
		for i, c := range o.Conditions {
			if c.Act != act {
				continue
			}
			var days *int
			if c.Days > 0 {
				d := c.Days
				days = &d
			} else if d, ok := heldDays(p, i); ok {
				days = &d
			}
			return days, str(string(c.Trigger)), true
		}
		return nil, nil, false
	}
	t.NoticeDays, t.NoticeTrigger, _ = period(order.NotifyAccountHolders)
	t.ContestDays, t.ContestTrigger, _ = period(order.MoveToQuash)
	t.ObjectionDays, _, _ = period(order.ObjectInWriting)
	t.AdviseCourtDays, _, _ = period(order.AdviseCourt)
	// The proposal's own scope, not Order.Hold's, which writes out the
	// default: a scope the reader left to a person is not read.
	for _, c := range o.Conditions {
		if c.Act == order.PreserveNotDisclose {
			t.PreserveWhileContested = true
			t.HoldScope = str(string(c.Scope))
			break
		}
	}
	t.UseRestriction = o.UseRestriction.Text != ""
	return t
}

// heldDays is the number of days of condition i that the reader read and
// left to a person (a period in court or business days).
func heldDays(p *reader.Proposal, i int) (int, bool) {
	path := fmt.Sprintf("/order/conditions/%d/days", i)
	for _, n := range p.NeedsPerson {
		if n.Path == path && n.Read != nil && n.Read.Days > 0 {
			return n.Read.Days, true
		}
	}
	return 0, false
}

// Result is one field of one order.
type Result struct {
	File  string `json:"file"`
	Field string `json:"field"`
	Group Group  `json:"group"`
	Right bool   `json:"right"`
	Got   string `json:"got"`
	Want  string `json:"want"`
	// Invented is set when the reader stated an operative value the order
	// does not state: a wrong number, trigger, standard or scope, a
	// category or excluded field the order does not name, or a clause the
	// order does not have. Leaving a value to a person is never invented.
	Invented bool `json:"invented"`
	// Extra lists, for a list field, the items the reader added.
	Extra []string `json:"extra,omitempty"`
}

// Compare scores got against want, field by field.
func Compare(want, got Terms) []Result {
	w, g := values(want), values(got)
	var out []Result
	for _, f := range Fields {
		r := Result{File: want.File, Field: f.Name, Group: f.Group, Got: show(g[f.Name]), Want: show(w[f.Name])}
		r.Right = r.Got == r.Want
		if !r.Right && f.Group == Operative {
			switch gv := g[f.Name].(type) {
			case []string:
				wv, _ := w[f.Name].([]string)
				for _, x := range gv {
					if !slices.Contains(wv, x) {
						r.Extra = append(r.Extra, x)
					}
				}
				r.Invented = len(r.Extra) > 0
			case bool:
				r.Invented = gv
			default:
				r.Invented = r.Got != "null"
			}
		}
		out = append(out, r)
	}
	return out
}

// values maps each field's name to its value: a string, an int, a bool,
// a sorted []string, or nil for null.
func values(t Terms) map[string]any {
	data, _ := json.Marshal(t)
	var m map[string]any
	_ = json.Unmarshal(data, &m)
	out := map[string]any{}
	for k, v := range m {
		switch v := v.(type) {
		case []any:
			list := []string{}
			for _, x := range v {
				list = append(list, fmt.Sprint(x))
			}
			slices.Sort(list)
			out[k] = list
		default:
			out[k] = v
		}
	}
	return out
}

func show(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case string:
		return strconv.Quote(v)
	case float64:
		return strconv.FormatFloat(v, 'f', -1, 64)
	case []string:
		return "[" + strings.Join(v, ", ") + "]"
	default:
		return fmt.Sprint(v)
	}
}
