package pages

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/words"
)

// The intake review is a form: every term of the order a field with a
// person's label, lists that grow and shrink by buttons that post the form
// back. The form's names are short and flat ("t.0.label" is the first
// account's label); orderFromForm reads them into an Order and the page
// writes it back, so that what is confirmed goes through order.Parse
// exactly as an order sent as a file does.

// orderFromForm reads the review form into an Order. It checks nothing the
// order's own validation checks; it returns the problems of values that
// cannot be held at all (a day that is not a date), each named as a person
// reads it.
func orderFromForm(f url.Values) (order.Order, []order.Problem) {
	var problems []order.Problem
	day := func(name, label string) courttime.Date {
		s := strings.TrimSpace(f.Get(name))
		if s == "" {
			return courttime.Date{}
		}
		d, err := courttime.ParseDate(s)
		if err != nil {
			problems = append(problems, order.Problem{Path: "", Message: fmt.Sprintf("%s: %q is not a day; write it as YYYY-MM-DD", label, s)})
		}
		return d
	}
	number := func(name, label string) int {
		s := strings.TrimSpace(f.Get(name))
		if s == "" {
			return 0
		}
		n, err := strconv.Atoi(s)
		if err != nil {
			problems = append(problems, order.Problem{Path: "", Message: fmt.Sprintf("%s: %q is not a whole number", label, s)})
		}
		return n
	}
	o := order.Order{
		Court:              order.Court{ID: f.Get("court_id"), Name: f.Get("court_name"), TimeZone: f.Get("court_time_zone")},
		CaseNumber:         f.Get("case_number"),
		Judge:              f.Get("judge"),
		JudgeTitle:         f.Get("judge_title"),
		Date:               day("date", "The order's date"),
		Statute:            f.Get("statute"),
		Applicant:          f.Get("applicant"),
		Provider:           f.Get("provider"),
		ProceedingsCountry: f.Get("proceedings_country"),
		Disposition:        order.Disposition(f.Get("disposition")),
		Targets:            []order.Target{},
		Requests:           []order.Request{},
		ExcludedFields:     []order.Field{},
		Conditions:         []order.Condition{},
		UseRestriction:     order.UseRestriction{Purposes: []string{}, Text: f.Get("use_text"), ReleaseRequiresCourtOrder: f.Get("use_release") == "yes"},
	}
	for _, i := range indices(f, "mod.") {
		o.Modifications = append(o.Modifications, f.Get(fmt.Sprintf("mod.%d", i)))
	}
	for n, i := range indices(f, "t.") {
		p := fmt.Sprintf("t.%d.", i)
		t := order.Target{Label: f.Get(p + "label"), Handle: f.Get(p + "handle"), DisplayName: f.Get(p + "display_name")}
		for _, j := range indices(f, p+"e.") {
			q := fmt.Sprintf("%se.%d.", p, j)
			t.Evidence = append(t.Evidence, order.Evidence{Description: f.Get(q + "description"), URL: f.Get(q + "url"),
				Date: day(q+"date", fmt.Sprintf("Account %d, evidence %d, date", n+1, j+1))})
		}
		o.Targets = append(o.Targets, t)
	}
	for n, i := range indices(f, "r.") {
		p := fmt.Sprintf("r.%d.", i)
		r := order.Request{Number: number(p+"number", fmt.Sprintf("Request %d, number", n+1)), Standard: order.Standard(f.Get(p + "standard")),
			Categories: []order.Category{}, History: order.History(f.Get(p + "history")), Text: f.Get(p + "text")}
		for _, c := range f[p+"cat"] {
			r.Categories = append(r.Categories, order.Category(c))
		}
		for _, j := range indices(f, p+"w.") {
			q := fmt.Sprintf("%sw.%d.", p, j)
			label := fmt.Sprintf("Request %d, period %d", n+1, j+1)
			r.Windows = append(r.Windows, order.Window{Kind: order.WindowKind(f.Get(q + "kind")),
				From: bound(f, q+"from.", label+", from", day, number), To: bound(f, q+"to.", label+", to", day, number)})
		}
		o.Requests = append(o.Requests, r)
	}
	for _, c := range f["denied"] {
		o.DeniedCategories = append(o.DeniedCategories, order.Category(c))
	}
	for _, x := range f["excluded"] {
		o.ExcludedFields = append(o.ExcludedFields, order.Field(x))
	}
	for n, i := range indices(f, "c.") {
		p := fmt.Sprintf("c.%d.", i)
		label := fmt.Sprintf("Condition %d", n+1)
		o.Conditions = append(o.Conditions, order.Condition{ID: f.Get(p + "id"), Party: order.Party(f.Get(p + "party")), Act: order.Act(f.Get(p + "act")),
			Trigger: order.Trigger(f.Get(p + "trigger")), Days: number(p+"days", label+", days"), Hours: number(p+"hours", label+", hours"),
			Counting: f.Get(p + "counting"), Direction: order.Direction(f.Get(p + "direction")), While: f.Get(p + "while"),
			Scope: order.HoldScope(f.Get(p + "scope")), Text: f.Get(p + "text")})
	}
	for _, i := range indices(f, "purpose.") {
		o.UseRestriction.Purposes = append(o.UseRestriction.Purposes, f.Get(fmt.Sprintf("purpose.%d", i)))
	}
	return o, problems
}

// bound reads one end of a period: what it is (a date, months before a
// date, the order's date, the day the platform responds) and its numbers.
func bound(f url.Values, p, label string, day func(string, string) courttime.Date, number func(string, string) int) *order.Bound {
	switch f.Get(p + "ref") {
	case "date":
		return &order.Bound{Date: day(p+"date", label)}
	case "months_before":
		return &order.Bound{Date: day(p+"date", label), MonthsBefore: number(p+"months", label+", months")}
	case string(order.RefOrderDate):
		return &order.Bound{Ref: order.RefOrderDate}
	case string(order.RefResponseDate):
		return &order.Bound{Ref: order.RefResponseDate}
	}
	return nil
}

// indices lists, in order, the N of the form's names prefix+"N" or
// prefix+"N." (one item of a list).
func indices(f url.Values, prefix string) []int {
	seen := map[int]bool{}
	for k := range f {
		rest, ok := strings.CutPrefix(k, prefix)
		if !ok {
			continue
		}
		n, _, _ := strings.Cut(rest, ".")
		if i, err := strconv.Atoi(n); err == nil && i >= 0 && i < order.MaxItems {
			seen[i] = true
		}
	}
	out := make([]int, 0, len(seen))
	for i := range seen {
		out = append(out, i)
	}
	sort.Ints(out)
	return out
}

// editList applies one of the form's list buttons ("add-target",
// "remove-evidence-0-1") to o; it reports false for a name it does not
// know.
func editList(o *order.Order, edit string) bool {
	parts := strings.Split(edit, "-")
	if len(parts) < 2 {
		return false
	}
	at := make([]int, 0, 2)
	for _, s := range parts[2:] {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return false
		}
		at = append(at, n)
	}
	add := parts[0] == "add"
	if !add && parts[0] != "remove" {
		return false
	}
	in := func(n, l int) bool { return n < l }
	switch what := parts[1]; {
	case what == "target" && add && len(at) == 0:
		o.Targets = append(o.Targets, order.Target{})
	case what == "target" && len(at) == 1 && in(at[0], len(o.Targets)):
		o.Targets = slices.Delete(o.Targets, at[0], at[0]+1)
	case what == "evidence" && add && len(at) == 1 && in(at[0], len(o.Targets)):
		o.Targets[at[0]].Evidence = append(o.Targets[at[0]].Evidence, order.Evidence{})
	case what == "evidence" && len(at) == 2 && in(at[0], len(o.Targets)) && in(at[1], len(o.Targets[at[0]].Evidence)):
		o.Targets[at[0]].Evidence = slices.Delete(o.Targets[at[0]].Evidence, at[1], at[1]+1)
	case what == "request" && add && len(at) == 0:
		o.Requests = append(o.Requests, order.Request{Number: len(o.Requests) + 1, Standard: order.SufficientToShow, Categories: []order.Category{}})
	case what == "request" && len(at) == 1 && in(at[0], len(o.Requests)):
		o.Requests = slices.Delete(o.Requests, at[0], at[0]+1)
	case what == "window" && add && len(at) == 1 && in(at[0], len(o.Requests)):
		o.Requests[at[0]].Windows = append(o.Requests[at[0]].Windows, order.Window{Kind: order.Range})
	case what == "window" && len(at) == 2 && in(at[0], len(o.Requests)) && in(at[1], len(o.Requests[at[0]].Windows)):
		o.Requests[at[0]].Windows = slices.Delete(o.Requests[at[0]].Windows, at[1], at[1]+1)
	case what == "condition" && add && len(at) == 0:
		o.Conditions = append(o.Conditions, order.Condition{})
	case what == "condition" && len(at) == 1 && in(at[0], len(o.Conditions)):
		o.Conditions = slices.Delete(o.Conditions, at[0], at[0]+1)
	case what == "modification" && add && len(at) == 0:
		o.Modifications = append(o.Modifications, "")
	case what == "modification" && len(at) == 1 && in(at[0], len(o.Modifications)):
		o.Modifications = slices.Delete(o.Modifications, at[0], at[0]+1)
	case what == "purpose" && add && len(at) == 0:
		o.UseRestriction.Purposes = append(o.UseRestriction.Purposes, "")
	case what == "purpose" && len(at) == 1 && in(at[0], len(o.UseRestriction.Purposes)):
		o.UseRestriction.Purposes = slices.Delete(o.UseRestriction.Purposes, at[0], at[0]+1)
	default:
		return false
	}
	return true
}

// choices are the values of each select of the form, each with the key
// of its words in the catalogue's pages.choice (the page's language says
// them; English is the catalogue's en.toml, their one source); "" is
// offered where the order may leave the term out. The order's categories
// and fields are worded by their codes, pages.category and pages.field.
var choices = map[string][]choice{
	"disposition": {{"", "not_read_choose"}, {string(order.Granted), "granted"}, {string(order.GrantedWithModifications), "granted_with_modifications"},
		{string(order.GrantedInPart), "granted_in_part"}, {string(order.Denied), "denied"}},
	"standard": {{"", "choose"}, {string(order.SufficientToShow), "sufficient_to_show"}, {string(order.AllDocuments), "all_documents"}},
	"history":  {{"", "not_said"}, {string(order.Current), "current"}, {string(order.EverRegistered), "ever_registered"}},
	"kind":     {{string(order.AccountCreationDay), "account_creation_day"}, {string(order.Range), "range"}},
	"ref": {{"", "none"}, {"date", "date"}, {"months_before", "months_before"}, {string(order.RefOrderDate), "order_date"},
		{string(order.RefResponseDate), "response_date"}},
	"party": {{"", "choose"}, {string(order.Applicant), "applicant"}, {string(order.Provider), "platform"}, {string(order.AccountHolder), "each_account_holder"},
		{string(order.ProviderOrAccountHolder), "platform_or_account_holder"}, {string(order.CourtParty), "court"}},
	"act": {{"", "choose"}, {string(order.ServeOrderWithSubpoena), "serve_order_with_subpoena"}, {string(order.NotifyAccountHolders), "notify_account_holders"},
		{string(order.MoveToQuash), "move_to_quash"}, {string(order.ObjectInWriting), "object_in_writing"}, {string(order.AdviseCourt), "advise_court"},
		{string(order.PreserveNotDisclose), "preserve_not_disclose"}, {string(order.Produce), "produce"}},
	"trigger": {{"", "none_hold"}, {string(order.SubpoenaServed), "subpoena_served"}, {string(order.OrderServed), "order_served"},
		{string(order.SubpoenaReceived), "subpoena_received"}, {string(order.NoticeGiven), "notice_given"}, {string(order.ObjectionReceived), "objection_received"},
		{string(order.RulingMade), "court_rules"}, {string(order.OrderDate), "order_date"}},
	"counting":  {{"", "not_said"}, {"calendar", "calendar_days"}},
	"direction": {{"", "not_said"}, {string(order.After), "after"}, {string(order.Before), "before"}},
	"while":     {{"", "not_a_hold"}, {order.WhileContested, "while_contested"}},
	"scope":     {{"", "not_a_hold"}, {string(order.WholeSubpoena), "whole_subpoena"}, {string(order.ObjectorAccounts), "objectors_accounts"}},
}

// choice is one option of a select: its value, and the key of its words
// in the catalogue's pages.choice.
type choice struct{ Value, Key string }

// checkbox is one box of a group: a category or a field (the page words
// it by its code), checked or not.
type checkbox struct {
	Value   string
	Checked bool
}

// categoryBoxes offers every category, those checked first in the order
// given, so that submitting the form keeps their order.
func categoryBoxes(checked []order.Category) []checkbox {
	var out []checkbox
	for _, c := range checked {
		out = append(out, checkbox{string(c), true})
	}
	for _, c := range order.Categories {
		if !slices.Contains(checked, c) {
			out = append(out, checkbox{string(c), false})
		}
	}
	return out
}

// fieldBoxes offers every field an order may exclude, those checked first.
func fieldBoxes(checked []order.Field) []checkbox {
	var out []checkbox
	for _, c := range checked {
		out = append(out, checkbox{string(c), true})
	}
	for _, c := range order.Fields {
		if !slices.Contains(checked, c) {
			out = append(out, checkbox{string(c), false})
		}
	}
	return out
}

// boundRef is what a bound is, as the form's select names it.
func boundRef(b *order.Bound) string {
	switch {
	case b == nil:
		return ""
	case b.Ref != "":
		return string(b.Ref)
	case b.MonthsBefore > 0:
		return "months_before"
	}
	return "date"
}

// pathWords turn an order's JSON pointer into the words the form labels
// it with: "/targets/1/evidence/0/date" is "Account 2, evidence 1: date".
// Each is the catalogue's pages.place.KEY (none: the field alone), its
// values the pointer's numbers and, last, the field it names.
var pathWords = []struct {
	re  *regexp.Regexp
	key string
}{
	{regexp.MustCompile(`^/targets/(\d+)/evidence/(\d+)/?(.*)$`), "evidence"},
	{regexp.MustCompile(`^/targets/(\d+)/?(.*)$`), "account"},
	{regexp.MustCompile(`^/requests/(\d+)/windows/(\d+)/?(.*)$`), "window"},
	{regexp.MustCompile(`^/requests/(\d+)/?(.*)$`), "request"},
	{regexp.MustCompile(`^/requested/(\d+)/windows/(\d+)/?(.*)$`), "asked_window"},
	{regexp.MustCompile(`^/requested/(\d+)/?(.*)$`), "asked"},
	{regexp.MustCompile(`^/conditions/(\d+)/?(.*)$`), "condition"},
	{regexp.MustCompile(`^/modifications/(\d+)$`), "modification"},
	{regexp.MustCompile(`^/use_restriction/purposes/(\d+)$`), "purpose"},
	{regexp.MustCompile(`^/use_restriction/?(.*)$`), "use"},
	{regexp.MustCompile(`^/court/?(.*)$`), "court"},
	{regexp.MustCompile(`^/(.*)$`), ""},
}

// humanPath names the place of a problem as the form labels it, in lang.
// Numbers count from 1, as a person counts; a field is said by its
// parts' words (pages.order_field).
func humanPath(lang *words.Language, p string) string {
	p = strings.TrimPrefix(p, "/order")
	if p == "" {
		return sentence(lang, "pages.place.order")
	}
	for _, w := range pathWords {
		m := w.re.FindStringSubmatch(p)
		if m == nil {
			continue
		}
		args := make([]any, 0, len(m)-1)
		for _, s := range m[1:] {
			if n, err := strconv.Atoi(s); err == nil {
				args = append(args, strconv.Itoa(n+1))
				continue
			}
			args = append(args, fieldWords(lang, s))
		}
		out := fmt.Sprint(args...)
		if w.key != "" {
			out = sentence(lang, "pages.place."+w.key, args...)
		}
		r, size := utf8.DecodeRuneInString(out)
		return string(unicode.ToUpper(r)) + out[size:]
	}
	return p
}

// fieldWords says the field a pointer's rest names ("from/date"), each
// part by its words in lang, joined; nothing is the whole item.
func fieldWords(lang *words.Language, rest string) string {
	var parts []string
	for _, part := range strings.Split(rest, "/") {
		if part != "" {
			parts = append(parts, codeWords(lang, "order_field", part))
		}
	}
	if len(parts) == 0 {
		return sentence(lang, "pages.place.whole")
	}
	return strings.Join(parts, sentence(lang, "pages.place.join"))
}
