package order

// The values of Condition.Counting and Condition.While. They are plain
// strings in the Condition type; these name the only values allowed.
const (
	// CountingCalendar counts every day, Saturdays, Sundays and legal
	// holidays included (Fed. R. Civ. P. 6(a)(1)(B)): "within 10 calendar
	// days". It is the default.
	CountingCalendar = "calendar"
	// WhileContested holds disclosure while any contest or objection is
	// pending: "pending resolution of that contest or objection".
	WhileContested = "contested"
)

// WithDefaults returns the condition with what the order leaves unsaid
// written out, so that the case engine never has to guess: a period is
// counted in calendar days and runs after its trigger, and a hold's scope
// is the whole subpoena. The seed order holds "the information sought by
// the subpoena" when "any person contests", so one contest holds every
// account unless the order says otherwise (scope objector_accounts).
func (c Condition) WithDefaults() Condition {
	if c.Days != 0 || c.Hours != 0 {
		if c.Counting == "" {
			c.Counting = CountingCalendar
		}
		if c.Direction == "" {
			c.Direction = After
		}
	}
	if c.Act == PreserveNotDisclose && c.Scope == "" {
		c.Scope = WholeSubpoena
	}
	return c
}

// Condition returns the first condition of the order with the act, with
// its defaults written out (WithDefaults). An order gives each party an act
// at most once, so an act appears more than once only when it is given to
// different parties (a provider's and the account holders' motions to
// quash, say); ConditionsFor returns them all.
func (o *Order) Condition(act Act) (Condition, bool) {
	for _, c := range o.Conditions {
		if c.Act == act {
			return c.WithDefaults(), true
		}
	}
	return Condition{}, false
}

// ConditionsFor returns every condition of the order with the act, in the
// order's order, each with its defaults written out.
func (o *Order) ConditionsFor(act Act) []Condition {
	var out []Condition
	for _, c := range o.Conditions {
		if c.Act == act {
			out = append(out, c.WithDefaults())
		}
	}
	return out
}

// Hold returns the order's hold, the condition that keeps the provider from
// disclosing while the subpoena is contested, with its scope written out
// (whole_subpoena when the order says nothing narrower). An order has at
// most one. Without one, nothing in the order holds disclosure back once
// the periods have run.
func (o *Order) Hold() (Condition, bool) { return o.Condition(PreserveNotDisclose) }
