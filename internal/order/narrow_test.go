package order

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/courttime"
)

// says is a problem a test expects: where, and a phrase of its message.
type says struct{ path, phrase string }

// TestWidening checks modifications of the seed order, each a ruling a
// lawyer could meet, against the order in force. The seed's requests are
// 0 (identifying information, ever registered) and 1 (access logs, on the
// day the account was created and from 3 months before 2022-09-08 until
// the response); its conditions 0 serve_order, 1 notify, 2 move_to_quash,
// 3 object, 4 advise_court, 5 hold.
func TestWidening(t *testing.T) {
	s := seed(t)
	for _, tc := range []struct {
		name     string
		base     []edit // how the order in force differs from the seed, if at all
		modified []edit
		want     []says // in the order a reader meets them in the modified order
	}{
		// Modifications that only narrow.
		{name: "the same order"},
		{name: "dropping a target", modified: []edit{{"/targets/0", remove}}},
		{name: "dropping a category", modified: []edit{{"/requests/0/categories/4", remove}}},
		{name: "dropping the access logs", modified: []edit{{"/requests/1", remove}}},
		{name: "narrowing the access-log window", modified: []edit{
			{"/requests/1/windows/1/from", "2022-07-01"}, {"/requests/1/windows/1/to", "2022-09-07"}}},
		{name: "access logs until the order's date", modified: []edit{{"/requests/1/windows/1/to", "order_date"}}},
		{name: "access logs only on the day the account was created", modified: []edit{{"/requests/1/windows/1", remove}}},
		{name: "current values only", modified: []edit{{"/requests/0/history", "current"}}},
		{name: "a longer period to object", modified: []edit{{"/conditions/3/days", 30}}},
		{name: "a hold on the whole subpoena where it held objectors' accounts",
			base: []edit{{"/conditions/5/scope", "objector_accounts"}}},
		{name: "the ruling's own date", modified: []edit{{"/date", "2023-01-20"}, {"/judge", "Edward J. Davila"}}},
		{name: "a denied application stays denied",
			base:     []edit{{"/disposition", "denied"}, {"/modifications", remove}},
			modified: []edit{{"/disposition", "denied"}, {"/modifications", remove}, {"/requests/0/standard", "all_documents"}}},

		// Scope: categories, accounts, standard, history, fields.
		{name: "adding content, device ids and the account's creation",
			modified: []edit{{"/requests/0/categories/-", "content"}, {"/requests/0/categories/-", "device_ids"}, {"/requests/0/categories/-", "account_creation"}},
			want: []says{
				{"/requests/0/categories/6", "adds the category content, which the order in force does not allow"},
				{"/requests/0/categories/7", "adds the category device_ids"},
				{"/requests/0/categories/8", "adds the category account_creation"},
			}},
		{name: "adding a target",
			modified: []edit{{"/targets/-", obj(t, `{"label": "Someone@someone_else", "handle": "someone_else"}`)}},
			want:     []says{{"/targets/2", "adds the account Someone@someone_else"}}},
		{name: "the same label on another handle",
			modified: []edit{{"/targets/1/handle", "ay_chim0808"}},
			want:     []says{{"/targets/1/handle", `"ay_chim0808"`}}},
		{name: "the same label by another display name and another post",
			modified: []edit{{"/targets/0/display_name", "konno"}, {"/targets/0/evidence/-", obj(t, `{"description": "another tweet", "url": "https://twitter.com/other/status/1"}`)}},
			want: []says{
				{"/targets/0/display_name", `by the display name "konno"`},
				{"/targets/0/evidence/1/url", "adds the address https://twitter.com/other/status/1 to konnoyukio@CmRUCE"},
			}},
		{name: "all documents instead of sufficient to show",
			modified: []edit{{"/requests/0/standard", "all_documents"}},
			want:     []says{{"/requests/0/standard", "all documents showing names, addresses"}}},
		{name: "card numbers no longer excluded",
			modified: []edit{{"/excluded_fields/0", remove}},
			want:     []says{{"/excluded_fields", "no longer excludes card_number"}}},
		{name: "a denied category allowed again",
			base:     []edit{{"/disposition", "granted_in_part"}, {"/requests/1", remove}, {"/denied_categories", []any{"access_logs"}}},
			modified: nil,
			want:     []says{{"/requests/1/categories/0", "allows the category access_logs again, which the order in force denied"}}},
		{name: "every value ever registered where the order reached the current ones",
			base: []edit{{"/requests/0/history", "current"}},
			want: []says{{"/requests/0/history", "ever registered"}}},

		// Windows.
		{name: "widening a window by a month",
			modified: []edit{{"/requests/1/windows/1/from", "2022-05-08"}},
			want:     []says{{"/requests/1/windows/1/from", "from 2022-05-08, earlier than the order in force allows: it reaches it from 3 months before 2022-09-08 (2022-06-08)"}}},
		{name: "6 months before 2022-09-08 instead of 3",
			modified: []edit{{"/requests/1/windows/1/from", "6 months before 2022-09-08"}},
			want:     []says{{"/requests/1/windows/1/from", "6 months before 2022-09-08 (2022-03-08)"}}},
		{name: "access logs at any time",
			modified: []edit{{"/requests/1/windows", remove}},
			want:     []says{{"/requests/1/windows", "reaches access_logs at any time"}}},
		{name: "access logs moved into the request without a window",
			modified: []edit{{"/requests/0/categories/-", "access_logs"}, {"/requests/1", remove}},
			want: []says{
				{"/requests/0/windows", "reaches access_logs at any time, where the order in force limits it to the day the account was created and the days from 3 months before 2022-09-08 (2022-06-08) to the day of the response"},
				{"/requests/0/history", "reaches the values of access_logs ever registered"},
			}},
		{name: "a fixed end that may fall after the response",
			modified: []edit{{"/requests/1/windows/1/to", "2023-12-31"}},
			want:     []says{{"/requests/1/windows/1/to", "cannot compare for certain"}}},
		{name: "a window wider at both ends",
			modified: []edit{{"/requests/1/windows/1", obj(t, `{"kind": "range", "from": "2022-01-01", "to": "2023-12-31"}`)}},
			want: []says{
				{"/requests/1/windows/1/from", "from 2022-01-01, earlier than"},
				{"/requests/1/windows/1/to", "until 2023-12-31, which writ cannot compare for certain with the last day the order in force allows, the day of the response"},
			}},
		{name: "every name ever registered at any time, where the order limited past names to the months of the posts",
			base: []edit{
				{"/requests/0/windows", obj(t, `[{"kind": "range", "from": "2022-03-01", "to": "2022-03-31"}]`)},
				{"/requests/-", obj(t, `{"number": 3, "standard": "sufficient_to_show", "categories": ["names"], "history": "current"}`)},
			},
			modified: []edit{{"/requests/-", obj(t, `{"number": 3, "standard": "sufficient_to_show", "categories": ["names"], "history": "current"}`)}},
			want:     []says{{"/requests/0/windows", "reaches names, addresses, emails, phones, card_holder, other_payment at any time, where the order in force limits them to the days from 2022-03-01 to 2022-03-31"}}},
		{name: "the day the account was created, where the order reached only a range",
			base: []edit{{"/requests/1/windows/0", remove}},
			want: []says{{"/requests/1/windows/0", "on the day the account was created, which the order in force reaches only if that day falls within the days from 3 months before 2022-09-08"}}},
		{name: "a range where the order reached only the day the account was created",
			base:     []edit{{"/requests/1/windows/1", remove}},
			modified: []edit{{"/requests/1/windows/1/from", "2022-07-01"}},
			want:     []says{{"/requests/1/windows/1", "only on the day the account was created"}}},
		{name: "a later order's date reaches later",
			base:     []edit{{"/requests/1/windows/1/to", "order_date"}},
			modified: []edit{{"/requests/1/windows/1/to", "order_date"}, {"/date", "2023-01-20"}},
			want:     []says{{"/requests/1/windows/1/to", "until the order's date, 2023-01-20, later than the order in force allows: it reaches it until the order's date, 2022-10-13"}}},

		// The order's identity and disposition.
		{name: "changing the applicant",
			modified: []edit{{"/applicant", "Another Clinic K.K."}},
			want:     []says{{"/applicant", "a modification cannot change the applicant"}}},
		{name: "another case and another provider",
			modified: []edit{{"/case_number", "22-mc-80241-VKD"}, {"/provider", "X Corp."}},
			want:     []says{{"/case_number", "cannot change the case number"}, {"/provider", "cannot change the provider"}}},
		{name: "a denied application granted by modification",
			base: []edit{{"/disposition", "denied"}, {"/modifications", remove}},
			want: []says{{"/disposition", "the order in force denied the application"}}},

		// The use of what is produced.
		{name: "another purpose",
			modified: []edit{{"/use_restriction/purposes/-", "a press release"}},
			want:     []says{{"/use_restriction/purposes/2", `adds the purpose "a press release"`}}},
		{name: "release without a court order",
			modified: []edit{{"/use_restriction/release_requires_court_order", false}},
			want:     []says{{"/use_restriction/release_requires_court_order", "no longer requires a court order"}}},

		// The account holders' protection.
		{name: "a shorter objection period",
			modified: []edit{{"/conditions/3/days", 14}},
			want:     []says{{"/conditions/3/days", "14 days to object in writing, where the order in force gives 21 days"}}},
		{name: "the objection period runs from service, not notice",
			modified: []edit{{"/conditions/3/trigger", "subpoena_served"}},
			want:     []says{{"/conditions/3/trigger", "from service of the subpoena, where the order in force runs it from the notice"}}},
		{name: "the motion period in hours",
			modified: []edit{{"/conditions/2/days", remove}, {"/conditions/2/hours", 504}},
			want:     []says{{"/conditions/2/hours", "504 hours"}}},
		{name: "no right to object in writing",
			modified: []edit{{"/conditions/4", remove}, {"/conditions/3", remove}},
			want:     []says{{"/conditions", "no longer gives the account holders 21 days to object in writing"}}},
		{name: "the hold removed",
			modified: []edit{{"/conditions/5", remove}},
			want:     []says{{"/conditions", "removes the hold"}}},
		{name: "the hold narrowed to objectors' accounts",
			modified: []edit{{"/conditions/5/scope", "objector_accounts"}},
			want:     []says{{"/conditions/5/scope", "from the whole subpoena to the accounts of those who contest"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			base := mustParse(t, patch(t, s, tc.base...))
			modified := mustParse(t, patch(t, s, tc.modified...))
			got := Widening(base, modified)
			if !slices.Equal(paths(got), pathsOf(tc.want)) {
				t.Fatalf("problems at %q, want %q:\n%s", paths(got), pathsOf(tc.want), lines(got))
			}
			for i, w := range tc.want {
				if !strings.Contains(got[i].Message, w.phrase) {
					t.Errorf("%s: %q does not say %q", w.path, got[i].Message, w.phrase)
				}
			}
			// Protection taken from account holders is the court's to take,
			// and the message says so.
			for _, p := range got {
				if strings.HasPrefix(p.Path, "/conditions") && !strings.Contains(p.Message, "the court can order it") {
					t.Errorf("%s: %q does not say the court can order it", p.Path, p.Message)
				}
			}
		})
	}
}

// TestWideningBuiltInGo checks orders a file could not hold, or that take
// more than a patch: a range without a start, an order that both asks for
// and denies a category, one without notice, and undated orders, whose
// bounds writ cannot resolve. What writ cannot show to be inside the order
// in force is refused.
func TestWideningBuiltInGo(t *testing.T) {
	base := mustParse(t, seed(t))
	modified := mustParse(t, seed(t))
	modified.Requests[1].Windows[1].From = nil // a range with no first day
	got := Widening(base, modified)
	if !slices.Equal(paths(got), []string{"/requests/1/windows/1/from"}) || !strings.Contains(got[0].Message, "from any earlier day, earlier than the order in force allows") {
		t.Errorf("a range without a start: %s", lines(got))
	}

	// A category the order as modified both asks for and denies (Validate
	// refuses such an order) is not allowed, so it reaches nothing.
	modified = mustParse(t, seed(t))
	modified.Requests[0].Categories = append(modified.Requests[0].Categories, Content)
	modified.DeniedCategories = []Category{Content}
	if got := Widening(base, modified); len(got) != 0 {
		t.Errorf("a denied category widens: %s", lines(got))
	}

	// No notice to the account holders (their periods then run from
	// service): the notice is their protection too.
	modified = mustParse(t, seed(t))
	modified.Conditions = slices.Delete(modified.Conditions, 1, 2)
	for i := range modified.Conditions {
		if modified.Conditions[i].Trigger == NoticeGiven {
			modified.Conditions[i].Trigger = SubpoenaServed
		}
	}
	got = Widening(base, modified)
	if want := []string{"/conditions", "/conditions/1/trigger", "/conditions/2/trigger"}; !slices.Equal(paths(got), want) || !strings.Contains(got[0].Message, "no longer requires notice to the account holders") {
		t.Errorf("notice removed: %s", lines(got))
	}

	// Neither order dated: order_date is the same reference in both, and
	// the same reference is the same bound.
	base, modified = mustParse(t, seed(t)), mustParse(t, seed(t))
	base.Date, modified.Date = courttime.Date{}, courttime.Date{}
	base.Requests[1].Windows[1].To = &Bound{Ref: RefOrderDate}
	modified.Requests[1].Windows[1].To = &Bound{Ref: RefOrderDate}
	if got := Widening(base, modified); len(got) != 0 {
		t.Errorf("the same reference compared as different: %s", lines(got))
	}
	// Undated, a fixed day cannot be compared with the order's date.
	modified.Requests[1].Windows[1].To = &Bound{Date: d("2022-09-30")}
	if got := Widening(base, modified); !slices.Equal(paths(got), []string{"/requests/1/windows/1/to"}) || !strings.Contains(got[0].Message, "cannot compare for certain") {
		t.Errorf("an undated order's date compared with a day: %s", lines(got))
	}
}

// TestWideningNone is the property: an order does not widen itself, and a
// modification that only removes (categories, accounts, requests) or
// lowers (the standard, the history) never widens, whatever it removes.
func TestWideningNone(t *testing.T) {
	for name, o := range fixtures(t) {
		t.Run(name, func(t *testing.T) {
			if got := Widening(o, o); len(got) != 0 {
				t.Fatalf("the order widens itself:\n%s", lines(got))
			}
			if got := Widening(o, clone(t, o)); len(got) != 0 {
				t.Fatalf("the order widens a copy of itself:\n%s", lines(got))
			}
			rng := rand.New(rand.NewPCG(11, 6))
			for range 200 {
				m := clone(t, o)
				var what []string
				m.Targets = slices.DeleteFunc(m.Targets, func(tg Target) bool {
					drop := rng.IntN(3) == 0
					if drop {
						what = append(what, "target "+tg.Label)
					}
					return drop
				})
				m.Requests = slices.DeleteFunc(m.Requests, func(r Request) bool {
					drop := rng.IntN(5) == 0
					if drop {
						what = append(what, "request "+strconv.Itoa(r.Number))
					}
					return drop
				})
				for i := range m.Requests {
					r := &m.Requests[i]
					r.Categories = slices.DeleteFunc(r.Categories, func(c Category) bool {
						drop := rng.IntN(3) == 0
						if drop {
							what = append(what, "category "+string(c))
						}
						return drop
					})
					if rng.IntN(4) == 0 {
						r.Standard, r.History = SufficientToShow, Current
						what = append(what, "the least standard and history")
					}
				}
				if got := Widening(o, m); len(got) != 0 {
					t.Fatalf("removing %s widens:\n%s", strings.Join(what, ", "), lines(got))
				}
			}
		})
	}
}

// fixtures returns the orders the property runs on: the examples writ
// ships, and the variations its tests read, each a court's different way.
func fixtures(t *testing.T) map[string]*Order {
	t.Helper()
	out := map[string]*Order{}
	files, err := filepath.Glob("../../examples/orders/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no example orders (%v)", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(f)] = mustParse(t, data)
	}
	s := seed(t)
	for name, edits := range map[string][]edit{
		"14 and 30 day periods": {{"/conditions/1/days", 14}, {"/conditions/2/days", 30}, {"/conditions/3/days", 30}},
		"access logs denied":    {{"/disposition", "granted_in_part"}, {"/requests/1", remove}, {"/denied_categories", []any{"access_logs"}}},
		"date-limited range":    {{"/requests/1/windows", obj(t, `[{"kind": "range", "from": "2022-01-01", "to": "2022-03-31"}]`)}},
		"from the order's date": {{"/requests/1/windows", obj(t, `[{"kind": "range", "from": "order_date", "to": "response_date"}]`)}},
		"objectors' accounts":   {{"/conditions/5/scope", "objector_accounts"}},
		"hold without a scope":  {{"/conditions/5/scope", remove}},
		"all documents":         {{"/disposition", "granted"}, {"/modifications", remove}, {"/requests/0/standard", "all_documents"}, {"/requests/1/standard", "all_documents"}},
		"periods in hours":      {{"/conditions/4/days", remove}, {"/conditions/4/hours", 72}, {"/conditions/4/counting", remove}, {"/conditions/4/direction", remove}},
		"separate motions": {{"/conditions/2/party", "account_holder"}, {"/conditions/-", obj(t,
			`{"id": "provider_quash", "party": "provider", "act": "move_to_quash", "trigger": "subpoena_served", "days": 14}`)}},
		"federal calendar": {{"/court", obj(t, `{"id": "us", "name": "United States District Court, District of Massachusetts", "time_zone": "America/New_York"}`)}},
		"no conditions":    {{"/conditions", []any{}}, {"/excluded_fields", []any{}}},
		"denied":           {{"/disposition", "denied"}, {"/modifications", remove}},
		"names in two requests with their own windows": {{"/requests/-", obj(t,
			`{"number": 3, "standard": "all_documents", "categories": ["names", "access_logs"], "history": "current", "windows": [{"kind": "range", "from": "2021-01-01", "to": "order_date"}]}`)}},
	} {
		out[name] = mustParse(t, patch(t, s, edits...))
	}
	return out
}

// clone copies an order through its JSON form, as a ruling's form would
// carry it.
func clone(t *testing.T, o *Order) *Order {
	t.Helper()
	data, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	var c Order
	if err := json.Unmarshal(data, &c); err != nil {
		t.Fatal(err)
	}
	return &c
}

func pathsOf(want []says) []string {
	out := make([]string, len(want))
	for i, w := range want {
		out[i] = w.path
	}
	return out
}

func lines(problems []Problem) string {
	out := make([]string, len(problems))
	for i, p := range problems {
		out[i] = p.String()
	}
	return strings.Join(out, "\n")
}
