package application

import (
	"slices"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
)

// Order returns the order the decided application makes, as writ's cases
// take it: the same Order that reading the drafted order's text yields.
//
// A grant allows the requests as the decision modifies them: "documents
// sufficient to show" in place of "all documents showing", the categories
// the court struck taken out of each request (a request left with none is
// dropped) and listed as denied. A denial allows nothing: its order names
// the accounts the application was about, and has no requests,
// conditions, excluded fields or use restriction.
func (a *Application) Order() (*order.Order, error) {
	if err := a.Validate(); err != nil {
		return nil, err
	}
	if a.Decision == nil {
		return nil, &fault.Error{Code: fault.Invalid, Field: "decision", Message: "the application is not decided yet: an order comes from the court's decision"}
	}
	d := a.Decision
	o := &order.Order{
		Court:            a.Court,
		CaseNumber:       a.CaseNumber,
		Judge:            a.Judge,
		JudgeTitle:       a.JudgeTitle,
		Date:             d.Date,
		Statute:          Statute,
		Applicant:        a.Applicant.Name,
		Provider:         a.Respondent.Name,
		Disposition:      d.Disposition,
		Targets:          []order.Target{},
		Requests:         []order.Request{},
		ExcludedFields:   []order.Field{},
		Conditions:       []order.Condition{},
		UseRestriction:   a.useRestriction(),
		DeniedCategories: nil,
	}
	// The proceedings' country, when they are all in one the order names.
	for i, p := range a.Proceedings {
		code, ok := order.CountryCode(p.Country)
		if !ok || (i > 0 && code != o.ProceedingsCountry) {
			o.ProceedingsCountry = ""
			break
		}
		o.ProceedingsCountry = code
	}
	for _, t := range a.Targets {
		o.Targets = append(o.Targets, t.Target)
	}
	if d.granted() {
		for _, m := range d.Modifications {
			o.Modifications = append(o.Modifications, a.modificationText(m))
		}
		o.Requests = a.allowedRequests()
		o.DeniedCategories = a.deniedCategories()
		o.ExcludedFields = append(o.ExcludedFields, a.ExcludedFields...)
		o.Conditions = a.conditions()
	}
	if err := o.Validate(); err != nil {
		return nil, fault.Wrap(fault.Invalid, err, "the decision makes an order writ cannot use: %s", fault.Message(err))
	}
	return o, nil
}

// struck reports whether the decision strikes a category.
func (a *Application) struck(c order.Category) bool {
	for _, m := range a.Decision.Modifications {
		if m.Kind == DenyCategories && slices.Contains(m.Categories, c) {
			return true
		}
	}
	return false
}

// allowedRequests are the requests as the decision allows them.
func (a *Application) allowedRequests() []order.Request {
	sufficient := slices.ContainsFunc(a.Decision.Modifications, func(m Modification) bool { return m.Kind == SufficientToShow })
	out := []order.Request{}
	for _, r := range a.Requests {
		var cats []order.Category
		for _, c := range r.Categories {
			if !a.struck(c) {
				cats = append(cats, c)
			}
		}
		if len(cats) == 0 {
			continue
		}
		std := r.Standard
		if sufficient {
			std = order.SufficientToShow
		}
		out = append(out, order.Request{
			Number: r.Number, Standard: std, Categories: cats, History: r.History,
			Windows: slices.Clone(r.Windows), Text: r.Text,
		})
	}
	return out
}

// deniedCategories are the categories asked for and struck, in the order
// the requests ask for them.
func (a *Application) deniedCategories() []order.Category {
	var out []order.Category
	for _, r := range a.Requests {
		for _, c := range r.Categories {
			if a.struck(c) && !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}
