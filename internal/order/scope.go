package order

import (
	"slices"

	"github.com/writ-project/writ/internal/courttime"
)

// Target returns the target with the label, matched exactly: labels are
// how writ, its users and their commands name accounts.
func (o *Order) Target(label string) (Target, bool) {
	for _, t := range o.Targets {
		if t.Label == label {
			return t, true
		}
	}
	return Target{}, false
}

// Allows reports whether the order allows the subpoena to reach a category
// of information: some request asks for it, the court did not deny it, and
// the application was not denied. A denied order may record what was asked,
// but allows nothing.
func (o *Order) Allows(c Category) bool {
	if o.Disposition == Denied || slices.Contains(o.DeniedCategories, c) {
		return false
	}
	for _, r := range o.Requests {
		if slices.Contains(r.Categories, c) {
			return true
		}
	}
	return false
}

// Resolve returns the first and last days of a range, both included, given
// the order's date and the day the platform responds (zero while it has
// not). ok is false when a day is not yet known (a range "until the date
// that you respond" before the response) or the window is not a range; the
// days that are known are returned all the same. The day an account was
// created (account_creation_day) is a fact of the platform's records, so
// that window is resolved where the records are read, not here.
func (w Window) Resolve(orderDate, responseDate courttime.Date) (from, to courttime.Date, ok bool) {
	if w.Kind != Range || w.From == nil || w.To == nil {
		return courttime.Date{}, courttime.Date{}, false
	}
	from, okFrom := w.From.Resolve(orderDate, responseDate)
	to, okTo := w.To.Resolve(orderDate, responseDate)
	if !okFrom {
		from = courttime.Date{}
	}
	if !okTo {
		to = courttime.Date{}
	}
	return from, to, okFrom && okTo
}
