package report_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/report"
	"github.com/writ-project/writ/internal/store"
)

// clock is a clock the test moves.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) Set(t time.Time) { c.mu.Lock(); defer c.mu.Unlock(); c.t = t }

var la = func() *time.Location {
	loc, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		panic(err)
	}
	return loc
}()

// day is noon of a day in the court's zone.
func day(s string) time.Time {
	d, err := time.ParseInLocation("2006-01-02", s, la)
	if err != nil {
		panic(err)
	}
	return d.Add(12 * time.Hour)
}

// variant is the seed order with another date, statute, country and court.
func variant(t *testing.T, date, statute, country, courtID, courtName string) []byte {
	t.Helper()
	var o map[string]any
	if err := json.Unmarshal(examples.SeedOrder(), &o); err != nil {
		t.Fatal(err)
	}
	o["date"], o["statute"] = date, statute
	if country == "" {
		delete(o, "proceedings_country")
	} else {
		o["proceedings_country"] = country
	}
	o["court"] = map[string]any{"id": courtID, "name": courtName, "time_zone": "America/Los_Angeles"}
	b, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The seed order's two accounts.
const (
	konno = "konnoyukio@CmRUCE"
	aya   = "Aya@ay_chim0807"
)

const (
	cand     = "United States District Court, Northern District of California, San Jose Division"
	delaware = "United States District Court, District of Delaware"
)

// TestTransparency counts a set of cases made here, by hand:
//
//   - A: § 1782, Japan, N.D. Cal., ordered 2022-10-13: served, both holders
//     notified, Aya objects, the objection is overruled, a production of
//     both accounts is released.
//   - B: § 1782, Korea, D. Del., ordered 2022-11-01: served, Konno notified,
//     Konno moves to quash and the motion is granted as to the account,
//     nothing produced.
//   - C: 18 U.S.C. § 2703(d) (not § 1782), no country, N.D. Cal., ordered
//     2022-12-01: nothing else happened.
//   - D: § 1782, Japan, N.D. Cal., ordered 2023-01-05: outside the period
//     (2022-10-01 to 2022-12-31), counted nowhere.
func TestTransparency(t *testing.T) {
	ctx := context.Background()
	clk := &clock{t: day("2023-01-10")}
	st, err := store.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "writ.db"), clk.Now)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	svc := &cases.Service{Store: st, Now: clk.Now, Actor: "staff:test"}
	open := func(o []byte) string {
		t.Helper()
		c, err := svc.Open(ctx, o, "", "")
		if err != nil {
			t.Fatalf("open: %v", err)
		}
		return c.ID
	}
	record := func(id string, e matter.Event) {
		t.Helper()
		if _, err := svc.Record(ctx, id, e, ""); err != nil {
			t.Fatalf("record %s in %s: %v", e.Type, id, err)
		}
	}
	yes := true
	serve := func(id, d string) {
		record(id, matter.Event{Type: matter.SubpoenaServed, At: day(d), Method: "personal", WithOrder: &yes, Conforms: &yes})
	}
	notify := func(id, account, d string) {
		record(id, matter.Event{Type: matter.NoticeSent, At: day(d), Account: account, Method: "email"})
	}

	a := open(variant(t, "2022-10-13", "28 U.S.C. § 1782", "JP", "cand", cand))
	serve(a, "2022-10-14")
	notify(a, konno, "2022-10-15")
	notify(a, aya, "2022-10-15")
	record(a, matter.Event{Type: matter.ObjectionReceived, At: day("2022-10-20"), Account: aya})
	record(a, matter.Event{Type: matter.Ruling, At: day("2022-11-20"), On: []string{"obj-1"}, Outcome: matter.Overruled})

	b := open(variant(t, "2022-11-01", "28 U.S.C. §1782", "KR", "us", delaware))
	serve(b, "2022-11-02")
	notify(b, konno, "2022-11-03")
	record(b, matter.Event{Type: matter.MotionFiled, At: day("2022-11-10"), Account: konno, By: order.AccountHolder})
	record(b, matter.Event{Type: matter.Ruling, At: day("2022-12-10"), On: []string{"mot-1"}, Outcome: matter.Granted,
		Relief: matter.ReliefQuash, Scope: matter.ScopeAccount})

	open(variant(t, "2022-12-01", "18 U.S.C. § 2703(d)", "", "cand", cand))
	d := open(variant(t, "2023-01-05", "28 U.S.C. § 1782", "JP", "cand", cand))
	serve(d, "2023-01-06")

	// A's windows have long closed and its objection was overruled: its
	// production is built and released now.
	clk.Set(day("2023-02-01"))
	record(a, matter.Event{Type: matter.ProductionBuilt, Accounts: []string{konno, aya}})
	record(a, matter.Event{Type: matter.ProductionReleased, On: []string{"prod-1"}})

	got, err := report.Load(ctx, svc, nil, courttime.D(2022, 10, 1), courttime.D(2022, 12, 31), clk.Now())
	if err != nil {
		t.Fatal(err)
	}

	type row struct {
		dimension, category                                                    string
		requests, accounts, notified, objections, motions, contested, produced int
		outcomes                                                               map[string]int
	}
	want := []row{
		// A and B; C is under another statute.
		{"legal_basis", "18 U.S.C. § 2703(d)", 1, 2, 0, 0, 0, 0, 0, map[string]int{}},
		{"legal_basis", "28 U.S.C. § 1782", 2, 4, 3, 1, 1, 2, 1, map[string]int{"overruled": 1, "granted": 1}},
		{"country", "JP", 1, 2, 2, 1, 0, 1, 1, map[string]int{"overruled": 1}},
		{"country", "KR", 1, 2, 1, 0, 1, 1, 0, map[string]int{"granted": 1}},
		{"country", "unspecified", 1, 2, 0, 0, 0, 0, 0, map[string]int{}},
		{"court", delaware, 1, 2, 1, 0, 1, 1, 0, map[string]int{"granted": 1}},
		{"court", cand, 2, 4, 2, 1, 0, 1, 1, map[string]int{"overruled": 1}},
	}
	if len(got.Categories) != len(want) {
		t.Fatalf("%d categories, want %d: %+v", len(got.Categories), len(want), got.Categories)
	}
	for i, w := range want {
		g := got.Categories[i]
		gr := row{g.Dimension, g.Category, g.Requests, g.Accounts, g.Notified, g.Objections, g.Motions, g.Contested, g.Produced, g.Outcomes}
		if gr.dimension != w.dimension || gr.category != w.category || gr.requests != w.requests || gr.accounts != w.accounts ||
			gr.notified != w.notified || gr.objections != w.objections || gr.motions != w.motions || gr.contested != w.contested ||
			gr.produced != w.produced || !sameCounts(gr.outcomes, w.outcomes) {
			t.Errorf("category %d:\n got %+v\nwant %+v", i, gr, w)
		}
	}
	total := got.Total
	if total.Requests != 3 || total.Accounts != 6 || total.Notified != 3 || total.Contested != 2 || total.Produced != 1 || total.AccountsProduced != 2 {
		t.Errorf("total = %+v; want 3 requests, 6 accounts, 3 notified, 2 contested, 1 produced (2 accounts)", total)
	}

	// The JSON carries the contract's names.
	b2, err := json.Marshal(got)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Categories []map[string]any `json:"categories"`
	}
	if err := json.Unmarshal(b2, &doc); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"category", "requests", "accounts", "notified", "contested", "produced"} {
		if _, ok := doc.Categories[0][k]; !ok {
			t.Errorf("the JSON's categories have no %q: %s", k, b2)
		}
	}

	t.Run("ErrPeriod", func(t *testing.T) {
		if _, err := report.Load(ctx, svc, nil, courttime.D(2022, 12, 31), courttime.D(2022, 10, 1), clk.Now()); err == nil {
			t.Error("a period that ends before it begins was accepted")
		}
	})
	t.Run("Seen", func(t *testing.T) {
		// Only the cases the reader may see are counted.
		only := func(c *cases.Case) bool { return c.ID == b }
		got, err := report.Load(ctx, svc, only, courttime.D(2022, 10, 1), courttime.D(2022, 12, 31), clk.Now())
		if err != nil {
			t.Fatal(err)
		}
		if got.Total.Requests != 1 || got.Total.Contested != 1 {
			t.Errorf("total = %+v, want case B's alone", got.Total)
		}
	})
}

func sameCounts(a, b map[string]int) bool {
	n := 0
	for k, v := range a {
		if v != 0 {
			n++
			if b[k] != v {
				return false
			}
		}
	}
	return n == len(b)
}
