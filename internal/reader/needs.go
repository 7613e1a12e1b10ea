package reader

import (
	"slices"

	"github.com/writ-project/writ/internal/order"
)

// needs lists what the order requires and the reader did not find. Each
// stays empty in the proposal: a person reads the order and supplies it.
func (r *run) needs() {
	o := &r.p.Order
	missing := func(path string, empty bool, why string) {
		if empty && !slices.ContainsFunc(r.p.NeedsPerson, func(n Need) bool { return n.Path == path }) {
			r.need(path, why, -1, -1)
		}
	}
	missing("/order/case_number", o.CaseNumber == "", "no case number was found")
	missing("/order/court", o.Court.ID == "", "the text does not name the court (or names one writ has no calendar for)")
	missing("/order/judge", o.Judge == "", "no judge's name and title were found")
	missing("/order/date", o.Date.IsZero(), "the day the order was entered was not found")
	missing("/order/statute", o.Statute == "", "the statute was not found")
	missing("/order/applicant", o.Applicant == "", "the applicant was not found")
	missing("/order/provider", o.Provider == "", "the platform the subpoena is directed to was not found")
	missing("/order/disposition", o.Disposition == "", "whether the application was granted was not found")
	missing("/order/proceedings_country", o.ProceedingsCountry == "", "where the foreign proceedings are brought was not found (it decides the language of the notices to the account holders: JP makes them bilingual)")
	if o.Disposition == order.Denied {
		return
	}
	missing("/order/targets", len(o.Targets) == 0, "no account was found named by a handle, display name or site; a person names each account sought")
	if o.Disposition == order.GrantedWithModifications {
		missing("/order/modifications", len(o.Modifications) == 0, "the order is granted with modifications, but the sentence stating them was not found")
	}
	if !r.p.Operative {
		const why = "the text does not hold the order's operative part (its conclusion), so the scope the court allowed, its conditions and the use restriction are not there to read"
		missing("/order/requests", true, why)
		missing("/order/conditions", true, why)
		missing("/order/use_restriction", true, why)
		return
	}
	missing("/order/requests", len(o.Requests) == 0, "the requests the order allows were not found")
	for _, act := range []order.Act{order.NotifyAccountHolders, order.MoveToQuash, order.PreserveNotDisclose} {
		if !slices.ContainsFunc(o.Conditions, func(c order.Condition) bool { return c.Act == act }) {
			missing("/order/conditions", true, "no condition to "+string(act)+" was found; if the order has one, a person adds it")
		}
	}
	missing("/order/use_restriction", o.UseRestriction.Text == "", "no use restriction was found")
}
