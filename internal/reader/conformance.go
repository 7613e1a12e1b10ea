package reader

import (
	"fmt"
	"slices"
	"strings"

	"github.com/writ-project/writ/internal/order"
)

// Problem is one way a subpoena does not conform to the order that
// authorizes it.
type Problem struct {
	// Code names the kind of problem: standard, category, window,
	// order_not_served, unread.
	Code    string `json:"code"`
	Request int    `json:"request,omitempty"`
	Message string `json:"message"`
	// Span is where in the subpoena's text the problem is, when it is in
	// the text.
	Span *Span `json:"span,omitempty"`
}

// Conformance is the result of checking a subpoena against its order.
type Conformance struct {
	Conforms bool      `json:"conforms"`
	Problems []Problem `json:"problems"`
}

// CheckSubpoena checks a subpoena's text against the order that
// authorizes it, at intake, before any deadline starts to run: that each
// request asks for no more than the order allows ("documents sufficient
// to show" where the order requires it, no category or window the order
// did not allow), and that the order is served with it. servedWithOrder
// says the order was served alongside as a separate paper; otherwise the
// subpoena's text must attach or enclose it.
func CheckSubpoena(subpoena string, o *order.Order, servedWithOrder bool) Conformance {
	v := vocabulary()
	t := newText(subpoena, v.headers)
	var problems []Problem
	add := func(code string, req int, lo, hi int, format string, args ...any) {
		p := Problem{Code: code, Request: req, Message: fmt.Sprintf(format, args...)}
		if lo >= 0 {
			s := t.span(lo, hi)
			p.Span = &s
		}
		problems = append(problems, p)
	}
	reqs := findRequests(v, t, t.clean, -1)
	if o.Disposition == order.Denied {
		add("category", 0, -1, -1, "the order of %s denied the application, so it authorizes no subpoena", o.Date)
	}
	if len(reqs) == 0 {
		add("unread", 0, -1, -1, "writ found no numbered document requests (\"1. ALL DOCUMENTS ...\" or \"1. DOCUMENTS SUFFICIENT TO SHOW ...\") in the subpoena; a person must compare it with the order")
	}
	for _, rt := range reqs {
		q := rt.req
		allowed, ok := matchRequest(o, q)
		if ok && allowed.Standard == order.SufficientToShow && q.Standard != order.SufficientToShow {
			add("standard", q.Number, rt.lead, rt.lead+len("all documents"),
				"request %d asks for %q; the order allows only \"documents sufficient to show\" in its place", q.Number, strings.Join(strings.Fields(t.clean[rt.lead:min(rt.hi, rt.lead+len("all documents showing"))]), " "))
		}
		for _, c := range q.Categories {
			if !o.Allows(c) || (ok && !slices.Contains(allowed.Categories, c)) {
				why := "the order did not allow it"
				if slices.Contains(o.DeniedCategories, c) {
					why = "the order denied it"
				}
				add("category", q.Number, rt.lead, rt.hi, "request %d asks for %s; %s", q.Number, c, why)
			}
		}
		if !ok {
			if len(q.Categories) > 0 && !slices.ContainsFunc(q.Categories, func(c order.Category) bool { return !o.Allows(c) }) {
				add("category", q.Number, rt.lead, rt.hi, "request %d matches no request the order allows; a person must compare them", q.Number)
			}
			continue
		}
		for _, w := range q.Windows {
			if !slices.ContainsFunc(allowed.Windows, func(a order.Window) bool { return windowString(a) == windowString(w) }) {
				add("window", q.Number, rt.lead, rt.hi, "request %d reaches %s, a window the order did not allow (it allows %s)", q.Number, windowString(w), windowList(allowed.Windows))
			}
		}
		if len(allowed.Windows) > 0 && len(q.Windows) == 0 && len(rt.unsupported) == 0 {
			add("window", q.Number, rt.lead, rt.hi, "request %d is not limited in time; the order allows only %s", q.Number, windowList(allowed.Windows))
		}
		for _, u := range rt.unsupported {
			add("window", q.Number, u.lo, u.hi, "request %d states a window writ cannot compare with the order's (%s); a person must check it", q.Number, windowList(allowed.Windows))
		}
	}
	if needsOrderServed(o) && !servedWithOrder {
		if _, m := first(v.ServedWithOrder, t.clean, 0); m == nil || !strings.Contains(t.clean, o.CaseNumber) {
			add("order_not_served", 0, -1, -1, "the subpoena neither encloses nor refers to the order of %s in case %s, which must be served with it (%s)", o.Date, o.CaseNumber, serveText(o))
		}
	}
	if problems == nil {
		problems = []Problem{}
	}
	return Conformance{Conforms: len(problems) == 0, Problems: problems}
}

// matchRequest finds the order's request a subpoena's request stands for:
// the one with its number, if the order numbers them alike.
func matchRequest(o *order.Order, q order.Request) (order.Request, bool) {
	for _, r := range o.Requests {
		if r.Number == q.Number {
			return r, true
		}
	}
	return order.Request{}, false
}

func needsOrderServed(o *order.Order) bool {
	return slices.ContainsFunc(o.Conditions, func(c order.Condition) bool { return c.Act == order.ServeOrderWithSubpoena })
}

func serveText(o *order.Order) string {
	for _, c := range o.Conditions {
		if c.Act == order.ServeOrderWithSubpoena && c.Text != "" {
			return "\"" + c.Text + "\""
		}
	}
	return "the order's condition " + string(order.ServeOrderWithSubpoena)
}

func windowList(ws []order.Window) string {
	if len(ws) == 0 {
		return "no window"
	}
	var out []string
	for _, w := range ws {
		out = append(out, windowString(w))
	}
	return strings.Join(out, " and ")
}
