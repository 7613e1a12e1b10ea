package reader

import (
	"slices"
	"strconv"
	"strings"

	"github.com/writ-project/writ/internal/order"
)

// requestText is one document request found in a text, with where it is.
type requestText struct {
	req order.Request
	// lo and hi bound the request in the clean text; lead is where its
	// standard ("ALL DOCUMENTS") begins.
	lo, lead, hi int
	// cut is set when the text ends inside the request.
	cut bool
	// unsupported holds windows writ cannot state, with why.
	unsupported []need
	excluded    []order.Field
	rule        *rule
}

type need struct {
	why    string
	lo, hi int
}

// requested reads the document requests of the proposed subpoena as the
// order quotes them ("1. ALL DOCUMENTS showing ...") or, failing that,
// describes them ("a subpoena ordering it to provide documents showing
// ...").
func (r *run) requested() {
	for i, rt := range findRequests(r.v, r.t, r.txt) {
		r.p.Requested = append(r.p.Requested, rt.req)
		r.reportRequest("requested", i, rt)
	}
}

// findRequests reads the numbered document requests of a text.
func findRequests(v *patterns, t *text, s string) []requestText {
	type start struct {
		num, lo, lead int
		rl            *rule
	}
	var starts []start
	for i := range v.RequestStart {
		rl := &v.RequestStart[i]
		for _, m := range rl.re.FindAllStringSubmatchIndex(s, -1) {
			n, _ := strconv.Atoi(s[m[2]:m[3]])
			starts = append(starts, start{n, m[2], m[4], rl})
		}
	}
	slices.SortFunc(starts, func(a, b start) int { return a.lo - b.lo })
	var out []requestText
	for k, st := range starts {
		hi, cut := len(s), true
		if k+1 < len(starts) {
			hi, cut = starts[k+1].lo, false
		}
		if m := v.requestEnd.FindStringIndex(s[st.lead:hi]); m != nil {
			hi, cut = st.lead+m[0]+1, false
			if s[hi] == '"' {
				hi++
			}
		}
		rt := readRequest(v, t, s, st.lead, hi)
		rt.req.Number = st.num
		rt.lo, rt.cut, rt.rule = st.lo, cut && !strings.HasSuffix(strings.TrimSpace(s[st.lead:hi]), "."), st.rl
		out = append(out, rt)
	}
	if len(out) > 0 {
		return out
	}
	if rl, m := first(v.NarrativeRequest, s, 0); rl != nil {
		rt := readRequest(v, t, s, m[2], m[3]+1)
		rt.req.Number = 1
		rt.lo, rt.rule = m[2], rl
		out = append(out, rt)
	}
	return out
}

// readRequest reads one request's text, clean bytes [lead, hi): its
// standard, history, windows, excluded fields and categories.
func readRequest(v *patterns, t *text, s string, lead, hi int) requestText {
	rt := requestText{lead: lead, hi: hi}
	body := s[lead:hi]
	rt.req.Text = t.words(lead, hi)
	for _, sr := range v.Standards {
		if sr.re.MatchString(body) {
			rt.req.Standard = order.Standard(sr.Standard)
			break
		}
	}
	for _, h := range v.History {
		if h.re.MatchString(body) {
			rt.req.History = order.History(h.History)
			break
		}
	}
	// Windows and exclusions are read first and blanked, so that "the date
	// that EACH ACCOUNT was created" and "(but not the credit card number
	// ...)" are not read as categories.
	blank := []byte(body)
	wipe := func(a, b int) {
		for k := a; k < b; k++ {
			if blank[k] != '\n' {
				blank[k] = ' '
			}
		}
	}
	for _, w := range v.Windows {
		for _, m := range w.re.FindAllStringSubmatchIndex(string(blank), -1) {
			win, ok := window(v, w, body, m)
			wipe(m[0], m[1])
			if !ok {
				why := w.Why
				if why == "" {
					why = "the window's bounds could not be read as dates"
				}
				rt.unsupported = append(rt.unsupported, need{why, lead + m[0], lead + m[1]})
				continue
			}
			rt.req.Windows = append(rt.req.Windows, win)
		}
	}
	for _, c := range v.ExcludedContext {
		for _, m := range c.re.FindAllStringSubmatchIndex(string(blank), -1) {
			for _, f := range v.ExcludedFields {
				if f.re.MatchString(body[m[2]:m[3]]) && !slices.Contains(rt.excluded, order.Field(f.Field)) {
					rt.excluded = append(rt.excluded, order.Field(f.Field))
				}
			}
			wipe(m[0], m[1])
		}
	}
	rt.req.Categories = categories(v, string(blank))
	return rt
}

// categories reads the categories of a request's words, item by item:
// "(v) ALL names and addresses of ALL credit cards" is card_holder alone.
func categories(v *patterns, s string) []order.Category {
	cuts := []int{0}
	for _, m := range v.items.FindAllStringIndex(s, -1) {
		cuts = append(cuts, m[0])
	}
	cuts = append(cuts, len(s))
	found := map[order.Category]bool{}
	for k := 0; k+1 < len(cuts); k++ {
		item := []byte(s[cuts[k]:cuts[k+1]])
		for _, c := range v.Categories {
			ms := c.re.FindAllIndex(item, -1)
			if len(ms) == 0 {
				continue
			}
			if c.Exclusive {
				if c.Category != "" {
					found[order.Category(c.Category)] = true
				}
				break
			}
			for _, m := range ms {
				for i := m[0]; i < m[1]; i++ {
					item[i] = ' '
				}
			}
			if c.Category != "" {
				found[order.Category(c.Category)] = true
			}
		}
	}
	out := []order.Category{}
	for _, c := range order.Categories {
		if found[c] {
			out = append(out, c)
		}
	}
	return out
}

// window builds a window from a match of its rule; false when the rule
// names a window writ cannot hold, or a bound is not a date.
func window(v *patterns, w windowRule, s string, m []int) (order.Window, bool) {
	switch w.Kind {
	case string(order.AccountCreationDay):
		return order.Window{Kind: order.AccountCreationDay}, true
	case string(order.Range):
	default:
		return order.Window{}, false
	}
	group := func(g int) string {
		if 2*g+1 >= len(m) || m[2*g] < 0 {
			return ""
		}
		return s[m[2*g]:m[2*g+1]]
	}
	bound := func(kind string, g int) (*order.Bound, int, bool) {
		switch kind {
		case "response_date":
			return &order.Bound{Ref: order.RefResponseDate}, g, true
		case "order_date":
			return &order.Bound{Ref: order.RefOrderDate}, g, true
		case "date":
			d, ok := parseDate(group(g))
			return &order.Bound{Date: d}, g + 1, ok
		case "months_before":
			n, ok := number(v, group(g))
			d, ok2 := parseDate(group(g + 1))
			return &order.Bound{Date: d, MonthsBefore: n}, g + 2, ok && ok2 && n > 0 && n < 1000
		}
		return nil, g, false
	}
	from, g, ok1 := bound(w.From, 1)
	to, _, ok2 := bound(w.To, g)
	if !ok1 || !ok2 {
		return order.Window{}, false
	}
	return order.Window{Kind: order.Range, From: from, To: to}, true
}

// number reads "10" or "ten".
func number(v *patterns, s string) (int, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if n, err := strconv.Atoi(s); err == nil {
		return n, true
	}
	n, ok := v.Numbers[s]
	return n, ok
}

// reportRequest records where a request's values were read, and what a
// person must supply. list is "requested" or "order/requests".
func (r *run) reportRequest(list string, i int, rt requestText) {
	base := pointer(list, i)
	if strings.HasPrefix(list, "order") {
		base = "/" + list + "/" + strconv.Itoa(i)
	}
	conf := rt.rule.Confidence
	r.found(base+"/text", rt.req.Text, rt.lead, rt.hi, conf, rt.rule.Name)
	r.found(base+"/number", strconv.Itoa(rt.req.Number), rt.lo, rt.lead, conf, rt.rule.Name)
	if rt.req.Standard != "" {
		r.found(base+"/standard", string(rt.req.Standard), rt.lead, rt.lead+len("all documents"), conf, "standards")
	} else {
		r.need(base+"/standard", "the text does not say whether the request is for all documents or documents sufficient to show", rt.lead, rt.hi)
	}
	if len(rt.req.Categories) > 0 {
		names := make([]string, len(rt.req.Categories))
		for k, c := range rt.req.Categories {
			names[k] = string(c)
		}
		r.found(base+"/categories", strings.Join(names, ", "), rt.lead, rt.hi, conf-0.1, "categories")
	}
	if rt.cut {
		r.need(base+"/categories", "the text ends inside this request, so what it asks for is not all there to read", rt.lead, rt.hi)
	} else if len(rt.req.Categories) == 0 {
		r.need(base+"/categories", "no category writ knows was found in the request's words", rt.lead, rt.hi)
	}
	for k, w := range rt.req.Windows {
		r.found(base+"/windows/"+strconv.Itoa(k), windowString(w), rt.lead, rt.hi, conf-0.05, "windows")
	}
	for _, u := range rt.unsupported {
		r.need(base+"/windows", u.why, u.lo, u.hi)
	}
}

func windowString(w order.Window) string {
	if w.Kind != order.Range {
		return string(w.Kind)
	}
	var from, to string
	if w.From != nil {
		from = w.From.String()
	}
	if w.To != nil {
		to = w.To.String()
	}
	return "from " + from + " to " + to
}

// operative finds where the order's operative part begins: its
// conclusion, or "IT IS ORDERED".
func (r *run) operative() {
	if rl, m := first(r.v.Operative, r.txt, 0); rl != nil {
		r.conclusion = m[0]
		// The conclusion heading may be followed by a later one; the last
		// is the order's own (a quoted order may have one too).
		if rl.Name == "conclusion_heading" {
			all := rl.re.FindAllStringIndex(r.txt, -1)
			r.conclusion = all[len(all)-1][0]
		}
		r.p.Operative = true
	}
}

// scope reads what the order allows: the requests as modified, the
// categories denied, and the fields excluded.
func (r *run) scope() {
	o := &r.p.Order
	conc := r.txt[r.conclusion:]
	if re := r.compileNamed(r.v.Modification[0].Re); re != nil {
		for _, m := range re.FindAllStringIndex(conc, -1) {
			a := r.conclusion + m[0]
			_, b := r.sentenceAt(a)
			mod := r.t.words(a, b)
			o.Modifications = append(o.Modifications, mod)
			r.found(pointer("order", "modifications", len(o.Modifications)-1), mod, a, b, r.v.Modification[0].Confidence, r.v.Modification[0].Name)
		}
	}
	var standard order.Standard
	for _, mod := range o.Modifications {
		for _, sc := range r.v.StandardChange {
			if sc.re.MatchString(mod) {
				standard = order.Standard(sc.Standard)
			}
		}
	}
	switch o.Disposition {
	case order.Granted, order.GrantedWithModifications, order.GrantedInPart:
	default:
		return
	}
	rl, m := first(r.v.Authorizes, r.txt, r.conclusion)
	if rl == nil {
		return
	}
	for _, d := range r.v.Denied {
		for _, m := range d.re.FindAllStringSubmatchIndex(conc, -1) {
			for _, c := range categories(r.v, conc[m[2]:m[3]]) {
				if !slices.Contains(o.DeniedCategories, c) {
					o.DeniedCategories = append(o.DeniedCategories, c)
					r.found(pointer("order", "denied_categories", len(o.DeniedCategories)-1), string(c), r.conclusion+m[0], r.conclusion+m[1], d.Confidence, d.Name)
				}
			}
		}
	}
	for _, rt := range findRequests(r.v, r.t, r.txt) {
		// A denied category is no longer asked for, and a request left
		// with nothing to ask for is not allowed at all.
		asked := len(rt.req.Categories)
		rt.req.Categories = slices.DeleteFunc(rt.req.Categories, func(c order.Category) bool {
			return slices.Contains(o.DeniedCategories, c)
		})
		if asked > 0 && len(rt.req.Categories) == 0 {
			continue
		}
		if standard != "" {
			rt.req.Standard = standard
		}
		i := len(o.Requests)
		o.Requests = append(o.Requests, rt.req)
		r.reportRequest("order/requests", i, rt)
		if standard != "" {
			r.found(pointer("order", "requests", i, "standard"), string(standard), m[0], m[1], rl.Confidence, rl.Name)
		}
		for _, f := range rt.excluded {
			if !slices.Contains(o.ExcludedFields, f) {
				o.ExcludedFields = append(o.ExcludedFields, f)
				r.found(pointer("order", "excluded_fields", len(o.ExcludedFields)-1), string(f), rt.lead, rt.hi, 0.85, "excluded_fields")
			}
		}
	}
}
