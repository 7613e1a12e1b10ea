package order

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
)

const seedPath = "../../examples/orders/takagi-2022.json"

// seed returns the seed order's file: In re Ex Parte Application of
// Hidenori Takagi, No. 22-mc-80240-VKD (N.D. Cal. Oct. 13, 2022).
func seed(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// edit changes one value of a JSON document: path is a JSON pointer; a path
// ending in "/-" appends to a list; the value remove deletes.
type edit struct {
	path  string
	value any
}

var remove = &struct{ remove bool }{true}

// patch applies edits to a JSON document, so each test row states only how
// its order differs from the seed order.
func patch(t testing.TB, data []byte, edits ...edit) []byte {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	for _, e := range edits {
		doc = set(t, doc, strings.Split(e.path, "/")[1:], e.value)
	}
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func set(t testing.TB, cur any, toks []string, v any) any {
	t.Helper()
	tok := unescape(toks[0])
	last := len(toks) == 1
	switch c := cur.(type) {
	case map[string]any:
		switch {
		case last && v == remove:
			delete(c, tok)
		case last:
			c[tok] = v
		default:
			c[tok] = set(t, c[tok], toks[1:], v)
		}
		return c
	case []any:
		if tok == "-" {
			return append(c, v)
		}
		i, err := strconv.Atoi(tok)
		if err != nil || i >= len(c) {
			t.Fatalf("patch: no item %q in a list of %d", tok, len(c))
		}
		switch {
		case last && v == remove:
			return slices.Delete(c, i, i+1)
		case last:
			c[i] = v
		default:
			c[i] = set(t, c[i], toks[1:], v)
		}
		return c
	}
	t.Fatalf("patch: cannot descend into %T at %q", cur, tok)
	return nil
}

// obj reads a JSON object literal for a patch value.
func obj(t testing.TB, s string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func mustParse(t testing.TB, data []byte) *Order {
	t.Helper()
	o, err := Parse(data)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return o
}

func d(s string) courttime.Date {
	v, err := courttime.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return v
}

// problemsOf returns the problems of an error from Parse or Validate, and
// checks that the error is what callers rely on: code Invalid, a
// *ValidationError inside, one line per problem.
func problemsOf(t *testing.T, err error) []Problem {
	t.Helper()
	if err == nil {
		t.Fatal("no error")
	}
	if code := fault.CodeOf(err); code != fault.Invalid {
		t.Errorf("fault code %q, want %q (%v)", code, fault.Invalid, err)
	}
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("%T is not a *ValidationError: %v", err, err)
	}
	if got := strings.Count(err.Error(), "\n") + 1; got != len(ve.Problems) {
		t.Errorf("Error() has %d lines for %d problems:\n%v", got, len(ve.Problems), err)
	}
	for _, p := range ve.Problems {
		if strings.TrimSpace(p.Message) == "" {
			t.Errorf("%s: empty message", p.Path)
		}
		if !strings.Contains(err.Error(), p.String()) {
			t.Errorf("Error() does not list %q", p.String())
		}
	}
	return ve.Problems
}

func paths(problems []Problem) []string {
	out := make([]string, len(problems))
	for i, p := range problems {
		out[i] = p.Path
	}
	return out
}

func TestParseSeedOrder(t *testing.T) {
	o := mustParse(t, seed(t))

	// The caption, the signature and the disposition.
	for _, c := range []struct{ field, got, want string }{
		{"court.id", o.Court.ID, "cand"},
		{"court.time_zone", o.Court.TimeZone, "America/Los_Angeles"},
		{"case_number", o.CaseNumber, "22-mc-80240-VKD"},
		{"judge", o.Judge, "Virginia K. DeMarchi"},
		{"date", o.Date.String(), "2022-10-13"}, // "Dated: October 13, 2022"
		{"statute", o.Statute, "28 U.S.C. § 1782"},
		{"applicant", o.Applicant, "Hidenori Takagi"},
		{"provider", o.Provider, "Twitter, Inc."},
		// "The Court grants the application subject to the modifications"
		{"disposition", string(o.Disposition), "granted_with_modifications"},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.field, c.got, c.want)
		}
	}

	// The two accounts, each with the tweet the order describes.
	for _, c := range []struct {
		label, handle string
		posted        courttime.Date
	}{
		{"konnoyukio@CmRUCE", "CmRUCE", d("2022-03-23")},    // "on March 23, 2022"
		{"Aya@ay_chim0807", "ay_chim0807", d("2022-03-29")}, // "The next day" after March 28
	} {
		tg, ok := o.Target(c.label)
		if !ok {
			t.Errorf("no target %q", c.label)
			continue
		}
		if tg.Handle != c.handle || len(tg.Evidence) != 1 || tg.Evidence[0].Date != c.posted {
			t.Errorf("target %q = %+v, want handle %s and one tweet of %s", c.label, tg, c.handle, c.posted)
		}
	}
	if len(o.Targets) != 2 {
		t.Errorf("%d targets, want 2", len(o.Targets))
	}

	// Both requests as modified: "documents sufficient to show".
	if len(o.Requests) != 2 {
		t.Fatalf("%d requests, want 2", len(o.Requests))
	}
	for _, r := range o.Requests {
		if r.Standard != SufficientToShow {
			t.Errorf("request %d: standard %q, want sufficient_to_show", r.Number, r.Standard)
		}
	}
	r1, r2 := o.Requests[0], o.Requests[1]
	if want := []Category{Names, Addresses, Emails, Phones, CardHolder, OtherPayment}; !slices.Equal(r1.Categories, want) || r1.History != EverRegistered {
		t.Errorf("request 1 = %v %q, want %v ever_registered", r1.Categories, r1.History, want)
	}
	if !slices.Equal(r2.Categories, []Category{AccessLogs}) {
		t.Errorf("request 2 = %v, want [access_logs]", r2.Categories)
	}
	// "but not the credit card number, expiration date, or card validation code"
	if want := []Field{CardNumber, CardExpiration, CardSecurityCode}; !slices.Equal(o.ExcludedFields, want) {
		t.Errorf("excluded_fields = %v, want %v", o.ExcludedFields, want)
	}

	// Request 2's windows: "as of the date that EACH ACCOUNT was created, and
	// for the three-month period immediately preceding September 8, 2022
	// and until the date that you respond". The order reads the range as
	// "from June 8, 2022 to the present".
	if len(r2.Windows) != 2 || r2.Windows[0].Kind != AccountCreationDay || r2.Windows[1].Kind != Range {
		t.Fatalf("request 2 windows = %+v, want account_creation_day and a range", r2.Windows)
	}
	responded := d("2022-12-07")
	from, to, ok := r2.Windows[1].Resolve(o.Date, responded)
	if !ok || from != d("2022-06-08") || to != responded {
		t.Errorf("range resolves to %s..%s (%v), want 2022-06-08..%s", from, to, ok, responded)
	}
	// Before the response, the end is not known; the start is.
	from, to, ok = r2.Windows[1].Resolve(o.Date, courttime.Date{})
	if ok || from != d("2022-06-08") || !to.IsZero() {
		t.Errorf("before the response: %s..%s (%v), want 2022-06-08..(unknown), not ok", from, to, ok)
	}

	// The five numbered requirements, in the order's words.
	for _, c := range []struct {
		id      string
		party   Party
		act     Act
		trigger Trigger
		days    int
		quote   string
	}{
		{"serve_order", Applicant, ServeOrderWithSubpoena, SubpoenaServed, 0, "At the time of service of the revised subpoena, Dr. Takagi must also serve a copy of this order"},
		{"notify", Provider, NotifyAccountHolders, SubpoenaServed, 10, "Within 10 calendar days of service of the subpoena and this order, Twitter shall notify"},
		{"move_to_quash", ProviderOrAccountHolder, MoveToQuash, NoticeGiven, 21, "Twitter and/or any person ... may, within 21 days from the date of the notice, file a motion"},
		{"object", AccountHolder, ObjectInWriting, NoticeGiven, 21, "any person ... may, within 21 days from the date of the notice, advise Twitter in writing"},
		{"advise_court", Provider, AdviseCourt, ObjectionReceived, 10, "Within 10 days of receipt of any such objections, Twitter shall so advise the Court"},
	} {
		cd, ok := o.Condition(c.act)
		if !ok {
			t.Errorf("%s: no condition (%s)", c.act, c.quote)
			continue
		}
		if cd.Key() != c.id || cd.Party != c.party || cd.Trigger != c.trigger || cd.Days != c.days || cd.Hours != 0 {
			t.Errorf("%s = %+v, want id %s, %s, %d days from %s (%s)", c.act, cd, c.id, c.party, c.days, c.trigger, c.quote)
		}
		if c.days > 0 && (cd.Counting != CountingCalendar || cd.Direction != After) {
			t.Errorf("%s: counting %q direction %q, want calendar days after the trigger", c.act, cd.Counting, cd.Direction)
		}
	}
	// "Twitter shall preserve, but not disclose, the information sought by
	// the subpoena pending resolution of that contest or objection."
	hold, ok := o.Hold()
	if !ok || hold.Party != Provider || hold.While != WhileContested || hold.Scope != WholeSubpoena || hold.Trigger != "" || hold.Days != 0 {
		t.Errorf("hold = %+v (%v), want the provider's hold on the whole subpoena while contested", hold, ok)
	}

	// "may be used only for purposes of the anticipated civil action or
	// criminal complaint ... absent a Court order authorizing such release"
	if len(o.UseRestriction.Purposes) != 2 || !o.UseRestriction.ReleaseRequiresCourtOrder {
		t.Errorf("use_restriction = %+v, want two purposes and release only by court order", o.UseRestriction)
	}

	if err := o.Validate(); err != nil {
		t.Errorf("Validate: %v", err)
	}
}

func TestParseVariations(t *testing.T) {
	s := seed(t)
	for _, tc := range []struct {
		name  string
		data  []byte
		check func(t *testing.T, o *Order)
	}{
		{
			// A court that gives 14 days for notice and 30 for objections.
			name: "14 and 30 day periods",
			data: patch(t, s, edit{"/conditions/1/days", 14}, edit{"/conditions/2/days", 30}, edit{"/conditions/3/days", 30}),
			check: func(t *testing.T, o *Order) {
				n, _ := o.Condition(NotifyAccountHolders)
				ob, _ := o.Condition(ObjectInWriting)
				if n.Days != 14 || ob.Days != 30 {
					t.Errorf("notify %d days, object %d days; want 14 and 30", n.Days, ob.Days)
				}
			},
		},
		{
			// A court that refuses the access logs: request 2 is struck.
			name: "access logs denied",
			data: patch(t, s, edit{"/disposition", "granted_in_part"}, edit{"/requests/1", remove},
				edit{"/denied_categories", []any{"access_logs"}}),
			check: func(t *testing.T, o *Order) {
				if o.Allows(AccessLogs) {
					t.Error("access logs allowed, want denied")
				}
				if !o.Allows(Names) {
					t.Error("names not allowed, want allowed")
				}
			},
		},
		{
			// A court that limits the logs to the first quarter of 2022.
			name: "date-limited range",
			data: patch(t, s, edit{"/requests/1/windows", obj(t, `[{"kind": "range", "from": "2022-01-01", "to": "2022-03-31"}]`)}),
			check: func(t *testing.T, o *Order) {
				from, to, ok := o.Requests[1].Windows[0].Resolve(o.Date, courttime.Date{})
				if !ok || from != d("2022-01-01") || to != d("2022-03-31") {
					t.Errorf("range %s..%s (%v), want 2022-01-01..2022-03-31", from, to, ok)
				}
			},
		},
		{
			name: "range from the order's date until the response",
			data: patch(t, s, edit{"/requests/1/windows", obj(t, `[{"kind": "range", "from": "order_date", "to": "response_date"}]`)}),
			check: func(t *testing.T, o *Order) {
				from, to, ok := o.Requests[1].Windows[0].Resolve(o.Date, d("2022-11-30"))
				if !ok || from != d("2022-10-13") || to != d("2022-11-30") {
					t.Errorf("range %s..%s (%v), want 2022-10-13..2022-11-30", from, to, ok)
				}
			},
		},
		{
			// A court that holds only the accounts of those who contest.
			name: "hold on objectors' accounts only",
			data: patch(t, s, edit{"/conditions/5/scope", "objector_accounts"}),
			check: func(t *testing.T, o *Order) {
				if h, _ := o.Hold(); h.Scope != ObjectorAccounts {
					t.Errorf("hold scope %q, want objector_accounts", h.Scope)
				}
			},
		},
		{
			// The DESIGN's reading: one contest holds the whole subpoena.
			name: "hold without a scope holds the whole subpoena",
			data: patch(t, s, edit{"/conditions/5/scope", remove}),
			check: func(t *testing.T, o *Order) {
				if h, _ := o.Hold(); h.Scope != WholeSubpoena {
					t.Errorf("hold scope %q, want whole_subpoena", h.Scope)
				}
				if o.Conditions[5].Scope != "" {
					t.Errorf("Parse wrote the default into the order: %q", o.Conditions[5].Scope)
				}
			},
		},
		{
			// The application as proposed: "all documents showing".
			name: "all documents",
			data: patch(t, s, edit{"/disposition", "granted"}, edit{"/modifications", remove},
				edit{"/requests/0/standard", "all_documents"}, edit{"/requests/1/standard", "all_documents"}),
			check: func(t *testing.T, o *Order) {
				if o.Requests[0].Standard != AllDocuments || o.Requests[1].Standard != AllDocuments {
					t.Errorf("standards %q %q, want all_documents", o.Requests[0].Standard, o.Requests[1].Standard)
				}
			},
		},
		{
			name: "periods in hours, without counting or direction",
			data: patch(t, s, edit{"/conditions/4/days", remove}, edit{"/conditions/4/hours", 72},
				edit{"/conditions/4/counting", remove}, edit{"/conditions/4/direction", remove}),
			check: func(t *testing.T, o *Order) {
				a, _ := o.Condition(AdviseCourt)
				if a.Hours != 72 || a.Days != 0 || a.Direction != After || a.Counting != CountingCalendar {
					t.Errorf("advise_court = %+v, want 72 hours after, counted in calendar time", a)
				}
			},
		},
		{
			// The provider moves to quash within 14 days of service; the
			// account holders within 21 days of notice: one act, two parties.
			name: "separate motions for provider and account holders",
			data: patch(t, s, edit{"/conditions/2/party", "account_holder"}, edit{"/conditions/-", obj(t,
				`{"id": "provider_quash", "party": "provider", "act": "move_to_quash", "trigger": "subpoena_served", "days": 14}`)}),
			check: func(t *testing.T, o *Order) {
				qs := o.ConditionsFor(MoveToQuash)
				if len(qs) != 2 || qs[0].Party != AccountHolder || qs[1].Party != Provider || qs[1].Days != 14 {
					t.Errorf("motions to quash = %+v, want the holders' then the provider's", qs)
				}
			},
		},
		{
			// A court whose calendar writ lacks, on the federal calendar
			// with its own time zone.
			name: "federal calendar with the court's own zone",
			data: patch(t, s, edit{"/court", obj(t, `{"id": "us", "name": "United States District Court, District of Massachusetts", "time_zone": "America/New_York"}`)}),
			check: func(t *testing.T, o *Order) {
				if o.Court.TimeZone != "America/New_York" {
					t.Errorf("time zone %q", o.Court.TimeZone)
				}
			},
		},
		{
			name: "no conditions and nothing excluded",
			data: patch(t, s, edit{"/conditions", []any{}}, edit{"/excluded_fields", []any{}}),
			check: func(t *testing.T, o *Order) {
				if _, ok := o.Hold(); ok {
					t.Error("a hold in an order without conditions")
				}
			},
		},
		{
			// A denied order names no accounts and allows nothing.
			name: "denied, with no targets",
			data: []byte(`{
				"court": {"id": "cand", "name": "United States District Court, Northern District of California", "time_zone": "America/Los_Angeles"},
				"case_number": "23-mc-80001-XYZ",
				"judge": "A. Judge",
				"date": "2023-02-01",
				"statute": "28 U.S.C. § 1782",
				"applicant": "An Applicant",
				"provider": "A Platform, Inc.",
				"disposition": "denied"
			}`),
			check: func(t *testing.T, o *Order) {
				if len(o.Targets) != 0 || o.Targets == nil {
					t.Errorf("targets = %#v, want an empty list", o.Targets)
				}
				for _, c := range Categories {
					if o.Allows(c) {
						t.Errorf("a denied order allows %s", c)
					}
				}
				if _, ok := o.Hold(); ok {
					t.Error("a denied order has a hold")
				}
			},
		},
		{
			// What was asked may be recorded; nothing of it is allowed.
			name: "denied, recording the requests",
			data: patch(t, s, edit{"/disposition", "denied"}, edit{"/modifications", remove}),
			check: func(t *testing.T, o *Order) {
				if o.Allows(Names) {
					t.Error("a denied order allows names")
				}
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := mustParse(t, tc.data)
			tc.check(t, o)
			if err := o.Validate(); err != nil {
				t.Errorf("Validate after Parse: %v", err)
			}
			// writ writes back what it read, and reads it again the same.
			out, err := json.Marshal(o)
			if err != nil {
				t.Fatal(err)
			}
			again := mustParse(t, out)
			if back, _ := json.Marshal(again); !bytes.Equal(back, out) {
				t.Errorf("written and read again:\n%s\nwant\n%s", back, out)
			}
		})
	}
}

func TestParseErrInvalid(t *testing.T) {
	s := seed(t)
	// The seed's conditions are 0 serve_order, 1 notify, 2 move_to_quash,
	// 3 object, 4 advise_court, 5 hold; its request 2 (index 1) has the
	// windows 0 account_creation_day and 1 the range.
	for _, tc := range []struct {
		name  string
		data  []byte
		paths []string
	}{
		// Wrong types.
		{"days as a word", patch(t, s, edit{"/conditions/1/days", "ten"}), []string{"/conditions/1/days"}},
		{"a list as text", patch(t, s, edit{"/excluded_fields", "card_number"}), []string{"/excluded_fields"}},
		{"release as text", patch(t, s, edit{"/use_restriction/release_requires_court_order", "yes"}), []string{"/use_restriction/release_requires_court_order"}},
		{"targets null", patch(t, s, edit{"/targets", nil}), []string{"/targets"}},
		{"not an object", []byte(`[1, 2]`), []string{""}},
		// Values outside the closed lists.
		{"unknown category", patch(t, s, edit{"/requests/0/categories/2", "shoe_size"}), []string{"/requests/0/categories/2"}},
		{"unknown act", patch(t, s, edit{"/conditions/1/act", "tweet_about_it"}), []string{"/conditions/1/act"}},
		{"unknown trigger", patch(t, s, edit{"/conditions/1/trigger", "full_moon"}), []string{"/conditions/1/trigger"}},
		{"unknown counting", patch(t, s, edit{"/conditions/1/counting", "court_days"}), []string{"/conditions/1/counting"}},
		{"unknown excluded field", patch(t, s, edit{"/excluded_fields/-", "shoe_size"}), []string{"/excluded_fields/3"}},
		{"unknown disposition", patch(t, s, edit{"/disposition", "granted_mostly"}), []string{"/disposition"}},
		{"unknown window kind", patch(t, s, edit{"/requests/1/windows/0/kind", "weekend"}), []string{"/requests/1/windows/0/kind"}},
		// Periods.
		{"negative days", patch(t, s, edit{"/conditions/2/days", -21}), []string{"/conditions/2/days"}},
		{"zero days", patch(t, s, edit{"/conditions/2/days", 0}), []string{"/conditions/2/days"}},
		{"days beyond five years", patch(t, s, edit{"/conditions/2/days", 5000}), []string{"/conditions/2/days"}},
		{"days and hours", patch(t, s, edit{"/conditions/1/hours", 48}), []string{"/conditions/1/hours"}},
		{"notify with no period", patch(t, s, edit{"/conditions/1/days", remove}, edit{"/conditions/1/counting", remove}, edit{"/conditions/1/direction", remove}), []string{"/conditions/1/days"}},
		{"direction without a period", patch(t, s, edit{"/conditions/0/direction", "after"}), []string{"/conditions/0/direction"}},
		// Triggers.
		{"notify without a trigger", patch(t, s, edit{"/conditions/1/trigger", remove}), []string{"/conditions/1/trigger"}},
		{"notice trigger but no notice", patch(t, s, edit{"/conditions/1", remove}), []string{"/conditions/1/trigger", "/conditions/2/trigger"}},
		{"objection trigger but no objections", patch(t, s, edit{"/conditions/3", remove}), []string{"/conditions/3/trigger"}},
		// The hold.
		{"hold without while", patch(t, s, edit{"/conditions/5/while", remove}), []string{"/conditions/5/while"}},
		{"hold with a trigger and days", patch(t, s, edit{"/conditions/5/trigger", "ruling"}, edit{"/conditions/5/days", 14}), []string{"/conditions/5/trigger", "/conditions/5/days"}},
		{"scope on notify", patch(t, s, edit{"/conditions/1/scope", "whole_subpoena"}), []string{"/conditions/1/scope"}},
		{"two holds", patch(t, s, edit{"/conditions/-", obj(t, `{"id": "hold2", "party": "provider", "act": "preserve_not_disclose", "while": "contested"}`)}), []string{"/conditions/6/act"}},
		// Names.
		{"duplicate condition ids", patch(t, s, edit{"/conditions/2/id", "notify"}), []string{"/conditions/2/id"}},
		{"condition id with capitals", patch(t, s, edit{"/conditions/0/id", "Serve Order"}), []string{"/conditions/0/id"}},
		{"one act twice for one party", patch(t, s, edit{"/conditions/-", obj(t, `{"id": "notify_again", "party": "provider", "act": "notify_account_holders", "trigger": "subpoena_served", "days": 30}`)}), []string{"/conditions/6/party"}},
		{"duplicate labels", patch(t, s, edit{"/targets/1/label", "konnoyukio@CmRUCE"}), []string{"/targets/1/label"}},
		{"labels differing only in case", patch(t, s, edit{"/targets/1/label", "KONNOYUKIO@cmruce"}), []string{"/targets/1/label"}},
		{"empty label", patch(t, s, edit{"/targets/0/label", ""}), []string{"/targets/0/label"}},
		{"duplicate request numbers", patch(t, s, edit{"/requests/1/number", 1}), []string{"/requests/1/number"}},
		{"a category twice in a request", patch(t, s, edit{"/requests/0/categories/-", "names"}), []string{"/requests/0/categories/6"}},
		{"a category both requested and denied", patch(t, s, edit{"/denied_categories", []any{"content", "access_logs"}}), []string{"/denied_categories/1"}},
		// Windows.
		{"range without an end", patch(t, s, edit{"/requests/1/windows/1/to", remove}), []string{"/requests/1/windows/1/to"}},
		{"account creation day with a start", patch(t, s, edit{"/requests/1/windows/0/from", "2022-01-01"}), []string{"/requests/1/windows/0/from"}},
		{"range ending before it starts", patch(t, s, edit{"/requests/1/windows/1/to", "2022-05-31"}), []string{"/requests/1/windows/1/from"}},
		{"bound in no known form", patch(t, s, edit{"/requests/1/windows/1/to", "until we are done"}), []string{"/requests/1/windows/1/to"}},
		{"bound with a day that does not exist", patch(t, s, edit{"/requests/1/windows/1/from", "3 months before 2022-02-30"}), []string{"/requests/1/windows/1/from"}},
		{"zero months", patch(t, s, edit{"/requests/1/windows/1/from", "0 months before 2022-09-08"}), []string{"/requests/1/windows/1/from"}},
		// Dates and the court.
		{"February 30", patch(t, s, edit{"/date", "2022-02-30"}), []string{"/date"}},
		{"date in another form", patch(t, s, edit{"/date", "October 13, 2022"}), []string{"/date"}},
		{"evidence after the order", patch(t, s, edit{"/targets/0/evidence/0/date", "2023-03-23"}), []string{"/targets/0/evidence/0/date"}},
		{"evidence url without a scheme", patch(t, s, edit{"/targets/0/evidence/0/url", "twitter.com/CmRUCE/status/1"}), []string{"/targets/0/evidence/0/url"}},
		{"unknown court", patch(t, s, edit{"/court/id", "xxnd"}), []string{"/court/id"}},
		{"not a time zone", patch(t, s, edit{"/court/time_zone", "Pacific"}), []string{"/court/time_zone"}},
		{"the calendar's zone is another", patch(t, s, edit{"/court/time_zone", "America/New_York"}), []string{"/court/time_zone"}},
		// What a granted order must have.
		{"granted without targets", patch(t, s, edit{"/targets", []any{}}), []string{"/targets"}},
		{"granted without requests", patch(t, s, edit{"/requests", remove}), []string{"/requests"}},
		{"granted without purposes", patch(t, s, edit{"/use_restriction/purposes", []any{}}), []string{"/use_restriction/purposes"}},
		{"modifications missing", patch(t, s, edit{"/modifications", remove}), []string{"/modifications"}},
		{"missing court", patch(t, s, edit{"/court", remove}), []string{"/court"}},
		{"blank judge", patch(t, s, edit{"/judge", "  "}), []string{"/judge"}},
		// Unknown and repeated fields.
		{"unknown field", patch(t, s, edit{"/conditions/1/dayz", 10}), []string{"/conditions/1/dayz"}},
		{"unknown top-level field", patch(t, s, edit{"/notes", "x"}), []string{"/notes"}},
		{"a key twice", []byte(strings.Replace(string(s), `"days": 10,`, `"days": 10, "days": 12,`, 1)), []string{"/conditions/1/days"}},
		// Several problems at once, of both kinds.
		{"two problems", patch(t, s, edit{"/conditions/1/days", "ten"}, edit{"/requests/1/categories/0", "shoe_size"}), []string{"/requests/1/categories/0", "/conditions/1/days"}},
		{"schema and semantic problems together", patch(t, s, edit{"/requests/0/categories/0", "shoe_size"}, edit{"/targets/1/label", "konnoyukio@CmRUCE"},
			edit{"/conditions/2/days", -1}, edit{"/conditions/1/trigger", remove}),
			[]string{"/targets/1/label", "/requests/0/categories/0", "/conditions/1/trigger", "/conditions/2/days"}},
		// Not JSON.
		{"empty", []byte(" \n"), []string{""}},
		{"truncated", s[:len(s)/2], []string{""}},
		{"trailing text", append(slices.Clone(s), []byte("\n}")...), []string{""}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o, err := Parse(tc.data)
			if o != nil {
				t.Error("Parse returned an order along with its problems")
			}
			problems := problemsOf(t, err)
			got := paths(problems)
			want := slices.Clone(tc.paths)
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("problems at %q, want %q:\n%v", got, want, err)
			}
		})
	}
}

// TestParseWholeNumbers checks that numbers JSON Schema counts as whole
// (10.0, 1e1) are read as the whole numbers they are.
func TestParseWholeNumbers(t *testing.T) {
	s := string(seed(t))
	for _, v := range []string{"10.0", "1e1", "1.0e1", "100e-1", "0.00000000000000000000001e24"} {
		o := mustParse(t, []byte(strings.Replace(s, `"days": 10,`, `"days": `+v+`,`, 1)))
		if n, _ := o.Condition(NotifyAccountHolders); n.Days != 10 {
			t.Errorf("days %s read as %d, want 10", v, n.Days)
		}
	}
	for _, v := range []string{"10.5", "1e999999", "1e-3"} {
		_, err := Parse([]byte(strings.Replace(s, `"days": 10,`, `"days": `+v+`,`, 1)))
		if got := paths(problemsOf(t, err)); !slices.Equal(got, []string{"/conditions/1/days"}) {
			t.Errorf("days %s: problems at %q, want /conditions/1/days", v, got)
		}
	}
}

// TestParseProblemsInFileOrder checks that problems are listed in the order
// a reader meets them in the file, not in the order they were found.
func TestParseProblemsInFileOrder(t *testing.T) {
	s := string(seed(t))
	s = strings.Replace(s, `"days": 10,`, `"days": "ten",`, 1)                          // conditions
	s = strings.Replace(s, `"label": "Aya@ay_chim0807"`, `"label": "Aya", "age": 3`, 1) // targets
	s = strings.Replace(s, `"date": "2022-10-13"`, `"date": "13/10/2022"`, 1)           // near the top
	_, err := Parse([]byte(s))
	got := paths(problemsOf(t, err))
	want := []string{"/date", "/targets/1/age", "/conditions/1/days"}
	if !slices.Equal(got, want) {
		t.Errorf("problems at %q, want in file order %q", got, want)
	}
}

func TestParseMessages(t *testing.T) {
	s := seed(t)
	for _, tc := range []struct {
		name string
		data []byte
		path string
		says []string // what the message must contain
	}{
		{"wrong type names what is wanted and what was found", patch(t, s, edit{"/conditions/1/days", "ten"}),
			"/conditions/1/days", []string{"whole number", `"ten"`}},
		{"unknown category lists the categories", patch(t, s, edit{"/requests/0/categories/2", "shoe_size"}),
			"/requests/0/categories/2", []string{`"shoe_size"`, "names", "access_logs", "content"}},
		{"unknown field lists the fields", patch(t, s, edit{"/conditions/1/dayz", 10}),
			"/conditions/1/dayz", []string{`"dayz"`, "days", "trigger"}},
		{"missing trigger names the act", patch(t, s, edit{"/conditions/1/trigger", remove}),
			"/conditions/1/trigger", []string{"notify_account_holders", "trigger"}},
		{"bad day says why", patch(t, s, edit{"/date", "2022-02-30"}),
			"/date", []string{"February 2022 has 28 days"}},
		{"unknown court names the calendars", patch(t, s, edit{"/court/id", "xxnd"}),
			"/court/id", []string{`"xxnd"`, "cand", "us"}},
		{"missing field says what it is", patch(t, s, edit{"/court", remove}),
			"/court", []string{"required", "court"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(tc.data)
			for _, p := range problemsOf(t, err) {
				if p.Path != tc.path {
					continue
				}
				for _, w := range tc.says {
					if !strings.Contains(p.Message, w) {
						t.Errorf("%s: %q does not say %q", p.Path, p.Message, w)
					}
				}
				return
			}
			t.Errorf("no problem at %s: %v", tc.path, err)
		})
	}
}

// TestValidate checks an order built in Go against the same rules as a
// file: the case engine and the order reader build orders without JSON.
func TestValidate(t *testing.T) {
	base := func() *Order { return mustParse(t, seed(t)) }
	for _, tc := range []struct {
		name   string
		change func(o *Order)
		paths  []string
	}{
		{"sound", func(o *Order) {}, nil},
		{"unknown category", func(o *Order) { o.Requests[0].Categories[0] = "shoe_size" }, []string{"/requests/0/categories/0"}},
		{"negative days", func(o *Order) { o.Conditions[1].Days = -10 }, []string{"/conditions/1/days"}},
		{"no date", func(o *Order) { o.Date = courttime.Date{} }, []string{"/date"}},
		{"date outside the years writ counts", func(o *Order) {
			o.Date = courttime.D(1960, time.January, 4)
			for i := range o.Targets {
				o.Targets[i].Evidence = nil
			}
		}, []string{"/date"}},
		{"a bound out of its forms", func(o *Order) { o.Requests[1].Windows[1].From.MonthsBefore = -3 }, []string{"/requests/1/windows/1/from"}},
		{"empty disposition", func(o *Order) { o.Disposition = "" }, []string{"/disposition"}},
		{"a hold and no party", func(o *Order) { o.Conditions[5].Party = "" }, []string{"/conditions/5/party"}},
		{"empty category", func(o *Order) { o.DeniedCategories = []Category{""} }, []string{"/denied_categories/0"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := base()
			tc.change(o)
			err := o.Validate()
			if tc.paths == nil {
				if err != nil {
					t.Fatalf("Validate: %v", err)
				}
				return
			}
			if got := paths(problemsOf(t, err)); !slices.Equal(got, tc.paths) {
				t.Errorf("problems at %q, want %q:\n%v", got, tc.paths, err)
			}
		})
	}
}

// TestParseConcurrent checks that Parse may be called from many requests at
// once: the schema and the court zones are shared.
func TestParseConcurrent(t *testing.T) {
	good, bad := seed(t), patch(t, seed(t), edit{"/conditions/1/days", -1})
	done := make(chan error, 16)
	for i := range 16 {
		go func() {
			if i%2 == 0 {
				_, err := Parse(good)
				done <- err
				return
			}
			if _, err := Parse(bad); err == nil {
				done <- errors.New("a bad order parsed")
				return
			}
			done <- nil
		}()
	}
	for range 16 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// TestManyFaultyItems: an order with a list far longer than any order's is
// refused before its items are checked, cheaply (issue 13: 16,000 empty
// targets took seconds, 300,000 ran for minutes); one of many faulty
// items lists only its first problems.
func TestManyFaultyItems(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"case_number":"x","targets":[{}`)
	for range 100_000 {
		b.WriteString(`,{}`)
	}
	b.WriteString("]}")
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := Parse([]byte(b.String()))
	runtime.ReadMemStats(&after)
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("err = %v; want a validation error", err)
	}
	if n := len(ve.Problems); n != 1 || ve.Problems[0].Path != "/targets" || !strings.Contains(ve.Problems[0].Message, "at most 1000") {
		t.Errorf("problems %v; want one: /targets holds too many items", ve.Problems)
	}
	// A list that long is refused before the schema is checked.
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
		t.Errorf("reading it allocated %d MB", alloc>>20)
	} else {
		t.Logf("100,000 empty targets: %d MB allocated", alloc>>20)
	}
}

// TestProblemsCapped: an order of many faulty items lists its first
// problems and says how many more there are, instead of megabytes.
func TestProblemsCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"case_number":"x","targets":[{}`)
	for range 900 {
		b.WriteString(`,{}`)
	}
	b.WriteString("]}")
	_, err := Parse([]byte(b.String()))
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("err = %v", err)
	}
	if n := len(ve.Problems); n != MaxProblems+1 || !strings.Contains(ve.Problems[n-1].Message, "more problems") {
		t.Errorf("%d problems listed; want the first %d and a line saying how many more", n, MaxProblems)
	}
}

// TestLongList: the list found too long is named by its JSON pointer,
// however deep, and strings that hold brackets or commas are not lists.
func TestLongList(t *testing.T) {
	items := strings.Repeat(`"names",`, MaxItems) + `"names"`
	for _, tc := range []struct {
		doc, path string
		long      bool
	}{
		{`{"requests":[{"number":1,"categories":[` + items + `]}]}`, "/requests/0/categories", true},
		{`{"a":"[,,,]","requests":[{},{"x":{"categories":[` + items + `]}}]}`, "/requests/1/x/categories", true},
		{`{"targets":[` + strings.Repeat(`{"label":"a,b]"},`, 10) + `{}]}`, "", false},
		{`{"modifications":["` + strings.Repeat(`,`, 5000) + `"]}`, "", false},
	} {
		path, n := longList([]byte(tc.doc))
		if (n > MaxItems) != tc.long || path != tc.path {
			t.Errorf("%.60s: %q %d; want %q, long %v", tc.doc, path, n, tc.path, tc.long)
		}
	}
}
