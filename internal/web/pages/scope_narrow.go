package pages

import (
	"encoding/json"
	"net/url"
	"slices"

	"github.com/writ-project/writ/internal/order"
)

// A ruling that modifies the subpoena may only narrow it (order.Widening),
// so the page enters it as the scope in force with boxes to untick: the
// accounts and the categories the order in force reaches. Nothing is typed
// as JSON. The case page includes the "narrow-scope" template (in
// templates/scope_narrow.html) with a scopeChoice, and recordForm builds
// the order as modified from the boxes left ticked (narrowedOrder).

// scopeChoice is what the "narrow-scope" template offers: every account
// and category of the order in force, ticked.
type scopeChoice struct {
	Accounts   []string
	Categories []checkbox
}

// newScopeChoice offers the scope of the order in force; nil when there is
// none.
func newScopeChoice(o *order.Order) *scopeChoice {
	if o == nil {
		return nil
	}
	sc := &scopeChoice{}
	for _, t := range o.Targets {
		sc.Accounts = append(sc.Accounts, t.Label)
	}
	for _, c := range categoriesOf(o) {
		sc.Categories = append(sc.Categories, checkbox{Value: string(c), Checked: true})
	}
	return sc
}

// categoriesOf lists the categories an order's requests reach, each once,
// in the order the requests name them.
func categoriesOf(o *order.Order) []order.Category {
	var out []order.Category
	for _, r := range o.Requests {
		for _, c := range r.Categories {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	return out
}

// narrowedOrder is the order in force cut back to the accounts and
// categories left ticked on the form ("keep_account", "keep_category"),
// as JSON for the one decoder; a request left with no category is no
// longer made. It reports false when the form does not narrow by boxes
// ("narrow" is not "yes").
func narrowedOrder(inForce *order.Order, f url.Values) ([]byte, bool, error) {
	if inForce == nil || f.Get("narrow") != "yes" {
		return nil, false, nil
	}
	o := *inForce
	o.Targets = slices.DeleteFunc(slices.Clone(o.Targets), func(t order.Target) bool { return !slices.Contains(f["keep_account"], t.Label) })
	o.Requests = nil
	for _, r := range inForce.Requests {
		r.Categories = slices.DeleteFunc(slices.Clone(r.Categories), func(c order.Category) bool { return !slices.Contains(f["keep_category"], string(c)) })
		if len(r.Categories) > 0 {
			o.Requests = append(o.Requests, r)
		}
	}
	if o.Requests == nil {
		o.Requests = []order.Request{}
	}
	b, err := json.Marshal(o)
	return b, true, err
}
