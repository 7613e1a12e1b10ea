package order

import (
	"testing"

	"github.com/writ-project/writ/internal/courttime"
)

func TestTarget(t *testing.T) {
	o := mustParse(t, seed(t))
	for _, tc := range []struct {
		label string
		ok    bool
	}{
		{"Aya@ay_chim0807", true},
		{"konnoyukio@CmRUCE", true},
		{"aya@ay_chim0807", false}, // labels match exactly
		{"ay_chim0807", false},     // a handle is not a label
		{"", false},
	} {
		tg, ok := o.Target(tc.label)
		if ok != tc.ok || (ok && tg.Label != tc.label) {
			t.Errorf("Target(%q) = %q, %v; want found %v", tc.label, tg.Label, ok, tc.ok)
		}
	}
}

func TestAllows(t *testing.T) {
	o := mustParse(t, seed(t))
	// The seed order's two requests: identifying information, and access
	// logs. It says nothing of devices or content.
	for c, want := range map[Category]bool{
		Names: true, Addresses: true, Emails: true, Phones: true, CardHolder: true, OtherPayment: true,
		AccessLogs: true, AccountCreation: false, DeviceIDs: false, Content: false,
	} {
		if got := o.Allows(c); got != want {
			t.Errorf("Allows(%s) = %v, want %v", c, got, want)
		}
	}
	// A denied category is not allowed even if a request (wrongly) names it;
	// Validate reports such an order, and Allows stays on the safe side.
	o.DeniedCategories = []Category{Phones}
	if o.Allows(Phones) {
		t.Error("a denied category is allowed")
	}
	o.Disposition = Denied
	if o.Allows(Names) {
		t.Error("a denied order allows names")
	}
}

func TestWindowResolve(t *testing.T) {
	orderDate, responded := d("2022-10-13"), d("2022-12-07")
	bound := func(s string) *Bound {
		b, err := ParseBound(s)
		if err != nil {
			t.Fatal(err)
		}
		return &b
	}
	none := courttime.Date{}
	for _, tc := range []struct {
		name      string
		w         Window
		responded courttime.Date
		from, to  courttime.Date
		ok        bool
	}{
		{"seed range after the response", Window{Range, bound("3 months before 2022-09-08"), bound("response_date")}, responded, d("2022-06-08"), responded, true},
		{"seed range before the response", Window{Range, bound("3 months before 2022-09-08"), bound("response_date")}, none, d("2022-06-08"), none, false},
		{"dates", Window{Range, bound("2022-01-01"), bound("2022-03-31")}, none, d("2022-01-01"), d("2022-03-31"), true},
		{"one day", Window{Range, bound("order_date"), bound("order_date")}, none, orderDate, orderDate, true},
		{"account creation day resolves elsewhere", Window{Kind: AccountCreationDay}, responded, none, none, false},
		{"range missing its end", Window{Kind: Range, From: bound("2022-01-01")}, responded, none, none, false},
	} {
		from, to, ok := tc.w.Resolve(orderDate, tc.responded)
		if from != tc.from || to != tc.to || ok != tc.ok {
			t.Errorf("%s: %s..%s %v, want %s..%s %v", tc.name, from, to, ok, tc.from, tc.to, tc.ok)
		}
	}
}

func TestConditionDefaults(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   Condition
		want Condition
	}{
		{"a period counts calendar days after its trigger",
			Condition{Act: NotifyAccountHolders, Trigger: SubpoenaServed, Days: 10},
			Condition{Act: NotifyAccountHolders, Trigger: SubpoenaServed, Days: 10, Counting: CountingCalendar, Direction: After}},
		{"a period before its trigger stays before",
			Condition{Act: Produce, Trigger: OrderDate, Days: 14, Direction: Before},
			Condition{Act: Produce, Trigger: OrderDate, Days: 14, Counting: CountingCalendar, Direction: Before}},
		{"at the time of the trigger there is nothing to count",
			Condition{Act: ServeOrderWithSubpoena, Trigger: SubpoenaServed},
			Condition{Act: ServeOrderWithSubpoena, Trigger: SubpoenaServed}},
		{"a hold holds the whole subpoena",
			Condition{Act: PreserveNotDisclose, While: WhileContested},
			Condition{Act: PreserveNotDisclose, While: WhileContested, Scope: WholeSubpoena}},
		{"a narrower hold stays narrow",
			Condition{Act: PreserveNotDisclose, While: WhileContested, Scope: ObjectorAccounts},
			Condition{Act: PreserveNotDisclose, While: WhileContested, Scope: ObjectorAccounts}},
	} {
		if got := tc.in.WithDefaults(); got != tc.want {
			t.Errorf("%s: %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

func TestConditionLookup(t *testing.T) {
	o := mustParse(t, seed(t))
	if _, ok := o.Condition(Produce); ok {
		t.Error("the seed order has no produce condition")
	}
	if got := o.ConditionsFor(ObjectInWriting); len(got) != 1 || got[0].Key() != "object" {
		t.Errorf("ConditionsFor(object_in_writing) = %+v", got)
	}
	// The lookups hand out copies with defaults; the order is unchanged.
	o.Conditions[5].Scope = ""
	if h, _ := o.Hold(); h.Scope != WholeSubpoena || o.Conditions[5].Scope != "" {
		t.Errorf("hold scope %q, order's %q", h.Scope, o.Conditions[5].Scope)
	}
}
