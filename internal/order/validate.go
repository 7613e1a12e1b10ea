package order

import (
	"encoding/json"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/writ-project/writ/internal/courttime"
)

// Validate checks an order and returns every problem at once, each with
// its JSON path, as an error with the fault code Invalid wrapping a
// *ValidationError; nil when the order is sound. It checks the values the
// schema constrains (so an Order built in Go is held to the same rules as
// a file) and what a schema cannot say: that writ knows the court's
// calendar, that names are unique, that a category is not both requested
// and denied, that a range does not end before it starts, and that each
// condition has what its act needs.
func (o *Order) Validate() error {
	problems := o.problems()
	if len(problems) == 0 {
		return nil
	}
	if data, err := json.Marshal(o); err == nil {
		sortProblems(problems, scan(data))
	}
	return invalid(problems)
}

// genericCourt is the calendar of federal holidays only. It suits any
// federal court, so an order on it states its own time zone.
const genericCourt = "us"

// check collects problems.
type check struct{ problems []Problem }

func (c *check) add(path, format string, args ...any) {
	c.problems = append(c.problems, Problem{Path: path, Message: fmt.Sprintf(format, args...)})
}

// required reports a blank string.
func (c *check) required(path, value, what string) bool {
	if strings.TrimSpace(value) == "" {
		c.add(path, "is required: %s", what)
		return false
	}
	return true
}

// known reports a value outside the schema's enum of def. An empty value
// is left to the caller, since most of these fields are optional.
func (c *check) known(path, value, def, noun string) bool {
	if value == "" {
		return true
	}
	if allowed := enumOf(def); !slices.Contains(allowed, value) {
		c.add(path, "%q is not %s writ knows; write one of: %s", value, noun, strings.Join(allowed, ", "))
		return false
	}
	return true
}

func (o *Order) problems() []Problem {
	c := &check{}
	o.checkCharacters(c)
	o.checkCourt(c)
	c.required("/case_number", o.CaseNumber, "the case number as the caption gives it")
	c.required("/judge", o.Judge, "the judge who signed the order")
	if o.JudgeTitle != "" {
		c.required("/judge_title", o.JudgeTitle, "the judge's title, or leave it out")
	}
	switch {
	case o.Date.IsZero():
		c.add("/date", "is required: the day the order was entered, as YYYY-MM-DD")
	case o.Date.Year < courttime.FirstYear || o.Date.Year > courttime.LastYear:
		c.add("/date", "%s is outside the years writ counts periods in (%d to %d)", o.Date, courttime.FirstYear, courttime.LastYear)
	}
	c.required("/statute", o.Statute, "the statute the application was made under, e.g. 28 U.S.C. § 1782")
	c.required("/applicant", o.Applicant, "who applied for the order")
	c.required("/provider", o.Provider, "the platform the subpoena is directed to")
	if o.Disposition == "" {
		c.add("/disposition", "is required: write one of: %s", strings.Join(enumOf("disposition"), ", "))
	}
	c.known("/disposition", string(o.Disposition), "disposition", "a disposition")
	for i, m := range o.Modifications {
		c.required(pointer("modifications", i), m, "a modification in the order's words, or remove the item")
	}
	if o.Disposition == GrantedWithModifications && len(o.Modifications) == 0 {
		c.add("/modifications", "an order granted with modifications lists the changes the court required, each in the order's words")
	}
	o.checkTargets(c)
	o.checkRequests(c)
	checkList(c, "/excluded_fields", o.ExcludedFields, "field", "a field")
	o.checkConditions(c)
	o.checkUseRestriction(c)
	return c.problems
}

// granted reports whether the order authorizes anything: its disposition
// is one of the grants. With no disposition (itself a problem) the checks
// that depend on it are left until it is fixed.
func (o *Order) granted() bool {
	switch o.Disposition {
	case Granted, GrantedWithModifications, GrantedInPart:
		return true
	}
	return false
}

// courtZones caches the time zone of each embedded calendar: building a
// calendar computes a century of holidays, and the files never change.
var courtZones sync.Map // court id -> time zone

func courtZone(id string) (string, bool) {
	if z, ok := courtZones.Load(id); ok {
		return z.(string), true
	}
	if !slices.Contains(courttime.Courts(), id) {
		return "", false
	}
	cal, err := courttime.Court(id)
	if err != nil {
		return "", false
	}
	courtZones.Store(id, cal.TimeZone)
	return cal.TimeZone, true
}

func (o *Order) checkCourt(c *check) {
	c.required("/court/name", o.Court.Name, "the court's name as in the caption")
	zone, known := "", false
	if c.required("/court/id", o.Court.ID, "the court calendar writ counts the periods on ("+strings.Join(courttime.Courts(), ", ")+")") {
		if zone, known = courtZone(o.Court.ID); !known {
			c.add("/court/id", "%q is not a court calendar writ knows, so it could not compute the order's deadlines; the calendars are %s. Add the court's calendar to writ, or use %q, which counts federal holidays only and misses the holidays of the court's state",
				o.Court.ID, strings.Join(courttime.Courts(), ", "), genericCourt)
		}
	}
	tz := o.Court.TimeZone
	if !c.required("/court/time_zone", tz, "the court's IANA time zone, e.g. America/Los_Angeles") {
		return
	}
	if _, err := time.LoadLocation(tz); err != nil || tz == "Local" {
		c.add("/court/time_zone", "%q is not an IANA time zone; write one such as America/Los_Angeles or America/New_York", tz)
		return
	}
	if known && o.Court.ID != genericCourt && tz != zone {
		c.add("/court/time_zone", "the %s calendar keeps the time of %s, not %s: write %s, or use the calendar of the court that entered the order",
			o.Court.ID, zone, tz, zone)
	}
}

func (o *Order) checkTargets(c *check) {
	if o.granted() && len(o.Targets) == 0 {
		c.add("/targets", "must name at least one account: an order that grants discovery is about someone's account")
	}
	labels := map[string]int{}
	handles := map[string]int{}
	for i, t := range o.Targets {
		p := pointer("targets", i)
		if c.required(p+"/label", t.Label, "how the order names the account, e.g. \"Aya@ay_chim0807\"") {
			if strings.TrimSpace(t.Label) != t.Label {
				c.add(p+"/label", "%q has spaces at its start or end; remove them", t.Label)
			}
			key := strings.ToLower(t.Label)
			if j, dup := labels[key]; dup {
				c.add(p+"/label", "%q is already the label of /targets/%d; each account needs its own label", t.Label, j)
			} else {
				labels[key] = i
			}
		}
		if t.Handle != "" {
			if strings.HasPrefix(t.Handle, "@") {
				c.add(p+"/handle", "write the handle without the @ (%q)", strings.TrimPrefix(t.Handle, "@"))
			}
			key := strings.ToLower(t.Handle)
			if j, dup := handles[key]; dup {
				c.add(p+"/handle", "%q is already the handle of /targets/%d; list each account once", t.Handle, j)
			} else {
				handles[key] = i
			}
		}
		if t.DisplayName != "" {
			c.required(p+"/display_name", t.DisplayName, "the account's display name, or leave it out")
		}
		for j, e := range t.Evidence {
			ep := fmt.Sprintf("%s/evidence/%d", p, j)
			c.required(ep+"/description", e.Description, "what the order says of the post or review")
			if e.URL != "" {
				if u, err := url.Parse(e.URL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
					c.add(ep+"/url", "%q is not a web address; write it in full, starting with https://", e.URL)
				}
			}
			if !e.Date.IsZero() && !o.Date.IsZero() && e.Date.After(o.Date) {
				c.add(ep+"/date", "%s is after the order's date (%s); evidence the order describes cannot be later than the order", e.Date, o.Date)
			}
		}
	}
}

func (o *Order) checkRequests(c *check) {
	if o.granted() && len(o.Requests) == 0 {
		c.add("/requests", "must list at least one request: what the order allows the subpoena to ask for")
	}
	numbers := map[int]int{}
	requested := map[Category]string{} // category -> path of its first request
	for i, r := range o.Requests {
		p := pointer("requests", i)
		if r.Number < 1 {
			c.add(p+"/number", "must be the request's number in the subpoena, 1 or more, not %d", r.Number)
		} else if j, dup := numbers[r.Number]; dup {
			c.add(p+"/number", "request %d is already numbered at /requests/%d; each request has its own number", r.Number, j)
		} else {
			numbers[r.Number] = i
		}
		if r.Standard == "" {
			c.add(p+"/standard", "is required: write %s (\"documents sufficient to show\") or %s (\"all documents showing\")", SufficientToShow, AllDocuments)
		}
		c.known(p+"/standard", string(r.Standard), "standard", "a standard")
		if len(r.Categories) == 0 {
			c.add(p+"/categories", "must list at least one category of information")
		}
		checkList(c, p+"/categories", r.Categories, "category", "a category")
		for j, cat := range r.Categories {
			if _, ok := requested[cat]; !ok {
				requested[cat] = fmt.Sprintf("%s/categories/%d", p, j)
			}
		}
		c.known(p+"/history", string(r.History), "history", "a history")
		for j, w := range r.Windows {
			o.checkWindow(c, fmt.Sprintf("%s/windows/%d", p, j), w)
		}
	}
	checkList(c, "/denied_categories", o.DeniedCategories, "category", "a category")
	for i, cat := range o.DeniedCategories {
		if at, ok := requested[cat]; ok {
			c.add(pointer("denied_categories", i), "%q is denied, but %s requests it; a category is either allowed or denied", cat, at)
		}
	}
}

// checkList checks that each item of a list is in the schema's enum of def
// and appears once.
func checkList[T ~string](c *check, path string, items []T, def, noun string) {
	first := map[T]int{}
	for i, v := range items {
		p := fmt.Sprintf("%s/%d", path, i)
		if v == "" {
			c.add(p, "is empty; write one of: %s", strings.Join(enumOf(def), ", "))
			continue
		}
		if !c.known(p, string(v), def, noun) {
			continue
		}
		if j, dup := first[v]; dup {
			c.add(p, "repeats %q, already listed at %s/%d", v, path, j)
		} else {
			first[v] = i
		}
	}
}

func (o *Order) checkWindow(c *check, p string, w Window) {
	if w.Kind == "" {
		c.add(p+"/kind", "is required: write %s or %s", AccountCreationDay, Range)
		return
	}
	if !c.known(p+"/kind", string(w.Kind), "window_kind", "a kind of window") {
		return
	}
	for _, end := range []struct {
		name  string
		bound *Bound
	}{{"from", w.From}, {"to", w.To}} {
		b := end.bound
		if b == nil {
			continue
		}
		if back, err := ParseBound(b.String()); err != nil || back != *b {
			c.add(p+"/"+end.name, "%q is not a window bound: write a date (2022-06-08), order_date, response_date, or \"3 months before 2022-09-08\"", b.String())
		}
	}
	switch w.Kind {
	case AccountCreationDay:
		if w.From != nil {
			c.add(p+"/from", "an account_creation_day window is the whole day the account was created; it takes no from")
		}
		if w.To != nil {
			c.add(p+"/to", "an account_creation_day window is the whole day the account was created; it takes no to")
		}
	case Range:
		if w.From == nil {
			c.add(p+"/from", "a range needs its first day: a date, order_date, response_date, or \"N months before DATE\"")
		}
		if w.To == nil {
			c.add(p+"/to", "a range needs its last day: a date, order_date, response_date, or \"N months before DATE\"")
		}
		// Bounds known from the order alone (all but response_date) can be
		// compared now.
		if from, to, ok := w.Resolve(o.Date, courttime.Date{}); ok && from.After(to) {
			c.add(p+"/from", "the range starts (%s) after it ends (%s)", from, to)
		}
	}
}

var conditionID = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)

// parties returns who a party stands for: provider_or_account_holder is
// both, so it overlaps each.
func parties(p Party) []Party {
	if p == ProviderOrAccountHolder {
		return []Party{Provider, AccountHolder}
	}
	return []Party{p}
}

// needsPeriod reports whether an act is due within a period of its trigger.
// Serving the order is due "at the time of service"; a hold has no period.
func needsPeriod(a Act) bool { return a != ServeOrderWithSubpoena && a != PreserveNotDisclose }

func (o *Order) checkConditions(c *check) {
	keys := map[string]int{}
	type actParty struct {
		act   Act
		party Party
	}
	given := map[actParty]int{}
	hold := -1
	// Which acts the order provides, to check the triggers that depend on
	// them. A condition whose act is unknown may be the one meant, so then
	// those checks wait until it is fixed.
	acts := map[Act]bool{}
	actsKnown := true
	for _, cd := range o.Conditions {
		acts[cd.Act] = true
		actsKnown = actsKnown && slices.Contains(enumOf("act"), string(cd.Act))
	}
	for i, cd := range o.Conditions {
		p := pointer("conditions", i)
		if cd.ID != "" && !conditionID.MatchString(cd.ID) {
			c.add(p+"/id", "%q is not a condition id: use lower-case letters, digits, _ and -, starting with a letter or digit (e.g. \"notify\")", cd.ID)
		}
		if key := cd.Key(); key != "" {
			if j, dup := keys[key]; dup {
				c.add(p+"/id", "/conditions/%d is already named %q; give each condition its own id", j, key)
			} else {
				keys[key] = i
			}
		}
		partyOK := cd.Party != "" && c.known(p+"/party", string(cd.Party), "party", "a party")
		if cd.Party == "" {
			c.add(p+"/party", "is required: who must or may act; write one of: %s", strings.Join(enumOf("party"), ", "))
		}
		if cd.Act == "" {
			c.add(p+"/act", "is required: what the condition requires or allows; write one of: %s", strings.Join(enumOf("act"), ", "))
			continue
		}
		if !c.known(p+"/act", string(cd.Act), "act", "an act") {
			continue
		}
		c.known(p+"/trigger", string(cd.Trigger), "trigger", "a trigger")
		c.known(p+"/counting", cd.Counting, "counting", "a way of counting")
		c.known(p+"/direction", string(cd.Direction), "direction", "a direction")
		c.known(p+"/while", cd.While, "while", "a state a hold lasts while")
		c.known(p+"/scope", string(cd.Scope), "hold_scope", "a hold scope")
		checkPeriod(c, p, cd)

		if cd.Act == PreserveNotDisclose {
			if hold >= 0 {
				c.add(p+"/act", "/conditions/%d is already the hold; an order has at most one", hold)
			} else {
				hold = i
			}
			o.checkHold(c, p, cd)
			continue
		}
		if cd.While != "" {
			c.add(p+"/while", "only a hold (%s) has while", PreserveNotDisclose)
		}
		if cd.Scope != "" {
			c.add(p+"/scope", "only a hold (%s) has a scope", PreserveNotDisclose)
		}
		switch {
		case cd.Trigger == "":
			c.add(p+"/trigger", "%s needs a trigger: the event its period runs from (e.g. %s)", cd.Act, SubpoenaServed)
		case actsKnown && cd.Trigger == NoticeGiven && !acts[NotifyAccountHolders]:
			c.add(p+"/trigger", "runs from the notice, but no condition requires notice (%s)", NotifyAccountHolders)
		case actsKnown && cd.Trigger == ObjectionReceived && !acts[ObjectInWriting]:
			c.add(p+"/trigger", "runs from an objection, but no condition allows written objections (%s)", ObjectInWriting)
		}
		switch {
		case cd.Days != 0 || cd.Hours != 0:
			// A period, which counting and direction describe.
		case needsPeriod(cd.Act):
			c.add(p+"/days", "%s needs a period: the number of days (or hours) from its trigger", cd.Act)
		default:
			if cd.Counting != "" {
				c.add(p+"/counting", "applies only to a period in days or hours")
			}
			if cd.Direction != "" {
				c.add(p+"/direction", "applies only to a period in days or hours")
			}
		}
		if partyOK {
			for _, who := range parties(cd.Party) {
				k := actParty{cd.Act, who}
				if j, dup := given[k]; dup {
					c.add(p+"/party", "/conditions/%d already gives the %s the act %s; an order gives a party an act once", j, strings.ReplaceAll(string(who), "_", " "), cd.Act)
					break
				}
				given[k] = i
			}
		}
	}
}

// checkPeriod checks the numbers of a period, whatever the act.
func checkPeriod(c *check, p string, cd Condition) {
	switch {
	case cd.Days < 0:
		c.add(p+"/days", "must not be negative (%d); \"within 10 days\" is 10", cd.Days)
	case cd.Days > courttime.MaxDays:
		c.add(p+"/days", "%d days is beyond any period writ counts (at most %d)", cd.Days, courttime.MaxDays)
	}
	switch {
	case cd.Hours < 0:
		c.add(p+"/hours", "must not be negative (%d)", cd.Hours)
	case cd.Hours > courttime.MaxHours:
		c.add(p+"/hours", "%d hours is beyond any period writ counts (at most %d)", cd.Hours, courttime.MaxHours)
	}
	if cd.Days != 0 && cd.Hours != 0 {
		c.add(p+"/hours", "give the period in days or in hours, not both")
	}
}

// checkHold checks the hold: "If any person contests the subpoena or
// objects to any portion of it, [the provider] shall preserve, but not
// disclose, the information sought by the subpoena pending resolution of
// that contest or objection." It lasts while a contest is pending; it has
// no trigger or period of its own.
func (o *Order) checkHold(c *check, p string, cd Condition) {
	if cd.While == "" {
		c.add(p+"/while", "a hold needs while: %q (it holds disclosure while any contest or objection is pending)", WhileContested)
	}
	const noPeriod = "a hold has no %s: it lasts while the subpoena is contested"
	if cd.Trigger != "" {
		c.add(p+"/trigger", noPeriod, "trigger")
	}
	if cd.Days != 0 {
		c.add(p+"/days", noPeriod, "period")
	}
	if cd.Hours != 0 {
		c.add(p+"/hours", noPeriod, "period")
	}
	if cd.Counting != "" {
		c.add(p+"/counting", noPeriod, "period to count")
	}
	if cd.Direction != "" {
		c.add(p+"/direction", noPeriod, "period")
	}
}

func (o *Order) checkUseRestriction(c *check) {
	u := o.UseRestriction
	if o.granted() && len(u.Purposes) == 0 {
		c.add("/use_restriction/purposes", "must list at least one purpose: the uses the order allows (e.g. \"the anticipated civil action\")")
	}
	for i, s := range u.Purposes {
		c.required(pointer("use_restriction", "purposes", i), s, "a purpose in the order's words, or remove the item")
	}
}
