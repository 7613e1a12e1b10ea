package reader

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/writ-project/writ/internal/order"
)

// enumerator is the "2. " before a numbered condition.
var enumerator = regexp.MustCompile(`^\d{1,2}\.\s+`)

// conditions reads the protective conditions of the operative part, one
// sentence each: who acts, what act, within how many days of what.
func (r *run) conditions() {
	o := &r.p.Order
	var parties []*regexp.Regexp
	var partyOf []string
	for _, p := range r.v.Parties {
		if re := r.compileNamed(p.Re); re != nil {
			parties = append(parties, re)
			partyOf = append(partyOf, p.Party)
		}
	}
	used := map[string]bool{}
	for _, s := range sentences(r.txt, r.conclusion, len(r.txt), r.v.abbrev) {
		a, b := s[0], s[1]
		if m := enumerator.FindStringIndex(r.txt[a:b]); m != nil {
			a += m[1]
		}
		sent := r.txt[a:b]
		for _, cr := range r.v.Conditions {
			if !cr.re.MatchString(sent) {
				continue
			}
			c, ok := r.condition(cr, sent, a, parties, partyOf)
			if !ok {
				continue
			}
			if !used[c.ID] {
				used[c.ID] = true
				o.Conditions = append(o.Conditions, c)
				r.found(pointer("order", "conditions", len(o.Conditions)-1, "act"), string(c.Act), a, b, 0.85, cr.ID)
			}
			break
		}
	}
}

// condition reads one sentence as a condition of the rule's act; false
// when the act needs a period and the sentence states none ("This order
// does not foreclose a motion to quash" is no condition).
func (r *run) condition(cr conditionRule, sent string, at int, parties []*regexp.Regexp, partyOf []string) (order.Condition, bool) {
	o := &r.p.Order
	n := len(o.Conditions)
	path := func(field string) string { return pointer("order", "conditions", n, field) }
	c := order.Condition{ID: cr.ID, Act: order.Act(cr.Act), Party: order.Party(cr.Party), Text: strings.Join(strings.Fields(sent), " ")}
	m := r.v.period.FindStringSubmatchIndex(sent)
	c.Direction = order.After
	if m == nil {
		if m = r.v.periodBefore.FindStringSubmatchIndex(sent); m != nil {
			c.Direction = order.Before
		}
	}
	if m == nil && cr.NeedsDays {
		return c, false
	}
	if m != nil {
		days, ok := number(r.v, sent[m[2]:m[3]])
		if !ok || days <= 0 {
			return c, false
		}
		c.Days = days
		switch strings.TrimSpace(strings.ToLower(sent[max(m[4], 0):max(m[5], 0)])) {
		case "", "calendar":
			// Fed. R. Civ. P. 6(a)(1): a period in days counts every day,
			// so "10 days" and "10 calendar days" are counted alike.
			c.Counting = "calendar"
			r.found(path("days"), strconv.Itoa(days), at+m[2], at+m[3], 0.9, "period")
			r.found(path("counting"), "calendar", at+m[0], at+m[7], 0.9, "period")
		default:
			// Not counted as calendar days, which would be a guess: the
			// period is left to a person.
			c.Days = 0
			r.need(path("days"), "the period is counted in "+strings.TrimSpace(sent[m[4]:m[5]])+" days, which writ does not count; a person must state the period in calendar days or count it", at+m[0], at+m[9])
		}
		if t, ok := r.trigger(sent[m[8]:m[9]]); ok {
			c.Trigger = t
			r.found(path("trigger"), string(t), at+m[8], at+m[9], 0.85, "triggers")
		} else {
			r.need(path("trigger"), "the event the period runs from is not one writ knows", at+m[8], at+m[9])
		}
	} else {
		c.Direction = ""
		if c.Act != order.PreserveNotDisclose {
			if t, ok := r.trigger(sent); ok {
				c.Trigger = t
			} else if cr.DefaultTrigger != "" {
				c.Trigger = order.Trigger(cr.DefaultTrigger)
			}
			if c.Trigger != "" {
				r.found(path("trigger"), string(c.Trigger), at, at+len(sent), 0.75, "triggers")
			}
		}
	}
	for i, re := range parties {
		if re.MatchString(sent) {
			c.Party = order.Party(partyOf[i])
			break
		}
	}
	r.found(path("party"), string(c.Party), at, at+len(sent), 0.8, "parties")
	if c.Act == order.PreserveNotDisclose {
		c.While = "contested"
		for _, sc := range r.v.HoldScope {
			if sm := sc.re.FindStringIndex(sent); sm != nil {
				c.Scope = order.HoldScope(sc.Scope)
				r.found(path("scope"), sc.Scope, at+sm[0], at+sm[1], 0.8, "hold_scope")
				break
			}
		}
		if c.Scope == "" {
			r.need(path("scope"), "the order does not say whether a contest holds the whole subpoena or only the objector's account", at, at+len(sent))
		}
	}
	r.found(path("text"), c.Text, at, at+len(sent), 0.9, cr.ID)
	return c, true
}

// trigger names the event a period runs from.
func (r *run) trigger(s string) (order.Trigger, bool) {
	for _, t := range r.v.Triggers {
		if t.re.MatchString(s) {
			return order.Trigger(t.Trigger), true
		}
	}
	return "", false
}

// useRestriction reads what the applicant may do with what it receives.
func (r *run) useRestriction() {
	u := &r.p.Order.UseRestriction
	for _, s := range sentences(r.txt, r.conclusion, len(r.txt), r.v.abbrev) {
		sent := r.txt[s[0]:s[1]]
		var hit *rule
		for i := range r.v.UseRestriction {
			if r.v.UseRestriction[i].re.MatchString(sent) {
				hit = &r.v.UseRestriction[i]
				break
			}
		}
		if hit == nil {
			continue
		}
		u.Text = r.t.words(s[0], s[1])
		r.found("/order/use_restriction/text", u.Text, s[0], s[1], hit.Confidence, hit.Name)
		if m := r.v.purposes.FindStringSubmatchIndex(sent); m != nil {
			g := 2
			if m[2] < 0 {
				g = 4
			}
			u.Purposes = append(u.Purposes, splitList(sent[m[g]:m[g+1]])...)
			r.found("/order/use_restriction/purposes", strings.Join(u.Purposes, "; "), s[0]+m[g], s[0]+m[g+1], 0.7, "purposes")
		}
		if m := r.v.courtOrder.FindStringIndex(sent); m != nil {
			u.ReleaseRequiresCourtOrder = true
			r.found("/order/use_restriction/release_requires_court_order", "true", s[0]+m[0], s[0]+m[1], 0.85, "court_order")
		}
		return
	}
}

// splitList splits "the anticipated civil action or criminal complaint"
// into its items, in the order's words.
func splitList(s string) []string {
	s = strings.Join(strings.Fields(s), " ")
	var out []string
	for _, part := range regexp.MustCompile(`, and |, or | and/or | or | and |, `).Split(s, -1) {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}
