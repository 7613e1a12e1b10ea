package production

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/source"
)

// names is a history of one account's names. The production is built on
// 2022-12-06.
var names = []source.Record{
	rec(order.Names, "2020-01-01T00:00:00Z", "2021-01-01T00:00:00Z", "name", "山田 太郎"),
	rec(order.Names, "2021-01-01T00:00:00Z", "2022-01-01T00:00:00Z", "name", "やまだ たろう"),
	rec(order.Names, "2022-01-01T00:00:00Z", "", "name", " 山田 太郎 "),                   // registered again; spaces around it do not make it another value
	rec(order.Names, "2023-01-01T00:00:00Z", "", "name", "Taro Yamada"),               // after the production: not reached
	rec(order.Names, "2019-01-01T00:00:00Z", "2023-01-01T00:00:00Z", "name", "旧姓 花子"), // replaced only after the production: current then
}

var buildTime = at("2022-12-06T18:30:00Z")

// orderWith is the seed order with its requests replaced.
func orderWith(t *testing.T, rs ...order.Request) *order.Order {
	o := *seedOrder(t)
	o.Requests = rs
	return &o
}

// show writes values compactly: value first..last, current or until, records.
func show(vs []Value) string {
	var parts []string
	for _, v := range vs {
		var fs []string
		for _, f := range v.Fields {
			fs = append(fs, f.Value)
		}
		state := "current"
		if !v.Current {
			state = "until " + v.Until.Format("2006-01-02")
		}
		parts = append(parts, fmt.Sprintf("%s %s..%s %s x%d", strings.Join(fs, "/"), v.FirstRegistered.Format("2006-01-02"), v.LastRegistered.Format("2006-01-02"), state, v.Records))
	}
	return strings.Join(parts, "; ")
}

// TestMinimise is the rule of "documents sufficient to show" against "all
// documents showing", and of values "ever registered" against current
// ones, row by row as a reader of the order would apply it.
func TestMinimise(t *testing.T) {
	for _, tc := range []struct {
		name     string
		standard order.Standard
		history  order.History
		want     string
	}{
		{"sufficient to show, ever registered: each value once, first and last registration", order.SufficientToShow, order.EverRegistered,
			"旧姓 花子 2019-01-01..2019-01-01 current x1; 山田 太郎 2020-01-01..2022-01-01 current x2; やまだ たろう 2021-01-01..2021-01-01 until 2022-01-01 x1"},
		{"sufficient to show, current: the values registered when the production is built", order.SufficientToShow, order.Current,
			"旧姓 花子 2019-01-01..2019-01-01 current x1; 山田 太郎 2022-01-01..2022-01-01 current x1"},
		{"all documents, ever registered: every record", order.AllDocuments, order.EverRegistered,
			"旧姓 花子 2019-01-01..2019-01-01 current x1; 山田 太郎 2020-01-01..2020-01-01 until 2021-01-01 x1; やまだ たろう 2021-01-01..2021-01-01 until 2022-01-01 x1; 山田 太郎 2022-01-01..2022-01-01 current x1"},
		{"all documents, current: every current record", order.AllDocuments, order.Current,
			"旧姓 花子 2019-01-01..2019-01-01 current x1; 山田 太郎 2022-01-01..2022-01-01 current x1"},
		{"a request that says neither is read as the current values", order.SufficientToShow, "",
			"旧姓 花子 2019-01-01..2019-01-01 current x1; 山田 太郎 2022-01-01..2022-01-01 current x1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := orderWith(t, order.Request{Number: 1, Standard: tc.standard, History: tc.history, Categories: []order.Category{order.Names}})
			sels, _, err := Minimise(o, Account{Records: names}, courttime.D(2022, time.December, 6), pacific, buildTime)
			if err != nil {
				t.Fatal(err)
			}
			if len(sels) != 1 || sels[0].Category != order.Names {
				t.Fatalf("selections = %+v", sels)
			}
			if got := show(sels[0].Values); got != tc.want {
				t.Errorf("values:\n got %s\nwant %s", got, tc.want)
			}
			wantHistory := tc.history
			if wantHistory == "" {
				wantHistory = order.Current
			}
			if sels[0].Standard != tc.standard || sels[0].History != wantHistory || sels[0].Records != len(names) {
				t.Errorf("standard %s history %s records %d", sels[0].Standard, sels[0].History, sels[0].Records)
			}
		})
	}
}

func TestMinimiseKeepsOnlyWhatTheOrderReaches(t *testing.T) {
	o := seedOrder(t)
	a := Account{Records: []source.Record{
		rec(order.CardHolder, "2021-01-01T00:00:00Z", "", "holder_name", "YUKIO KONNO", "card_number", "4111111111111111", "cvv", "123", "brand", "VISA"),
		rec(order.CardHolder, "2021-02-01T00:00:00Z", "", "card_expiration", "12/27"),
		rec(order.DeviceIDs, "2021-01-01T00:00:00Z", "", "device_id", "A1B2"),
		rec(order.AccessLogs, "2021-01-01T00:00:00Z", "", "ip", "192.0.2.1"),
		rec(order.Emails, "2021-01-01T00:00:00Z", "", "email", "a@example.jp", "password", "hunter2"),
	}}
	sels, dropped, err := Minimise(o, a, courttime.D(2022, time.December, 6), pacific, buildTime)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range sels {
		got = append(got, string(s.Category)+": "+show(s.Values))
	}
	want := []string{
		"names: ",
		"addresses: ",
		"emails: a@example.jp 2021-01-01..2021-01-01 current x1",
		"phones: ",
		"card_holder: YUKIO KONNO/VISA 2021-01-01..2021-01-01 current x1",
		"other_payment: ",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("selections:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// The card record that held nothing but its expiry is not a value.
	for _, s := range sels {
		if s.Category == order.CardHolder && s.NotReached != 1 {
			t.Errorf("card_holder NotReached = %d, want 1 (the record left empty)", s.NotReached)
		}
	}
	gotDropped := fmt.Sprint(dropped.Fields, dropped.Categories)
	wantDropped := "[{emails 1 password} {card_holder 1 card_number} {card_holder 1 cvv} {card_holder 1 card_expiration}] [{device_ids 1} {access_logs 1}]"
	if gotDropped != wantDropped {
		t.Errorf("dropped = %s, want %s", gotDropped, wantDropped)
	}
}

func TestMinimiseWindowsAndRequests(t *testing.T) {
	t.Run("a request limited in time reaches the values registered during its window", func(t *testing.T) {
		from, _ := order.ParseBound("2021-06-01")
		to, _ := order.ParseBound("2021-12-31")
		o := orderWith(t, order.Request{Number: 1, Standard: order.SufficientToShow, History: order.EverRegistered,
			Categories: []order.Category{order.Names}, Windows: []order.Window{{Kind: order.Range, From: &from, To: &to}}})
		sels, _, err := Minimise(o, Account{Records: names}, courttime.D(2022, time.December, 6), pacific, buildTime)
		if err != nil {
			t.Fatal(err)
		}
		// 旧姓 花子 was registered throughout; やまだ たろう from 2021-01-01 to
		// 2022-01-01; 山田 太郎 until 2021-01-01 (outside), and again from
		// 2022-01-01 00:00 UTC, which is 2021-12-31 16:00 Pacific, the
		// window's last day in the court's zone (inside).
		want := "旧姓 花子 2019-01-01..2019-01-01 current x1; やまだ たろう 2021-01-01..2021-01-01 until 2022-01-01 x1; 山田 太郎 2022-01-01..2022-01-01 current x1"
		if got := show(sels[0].Values); got != want {
			t.Errorf("values:\n got %s\nwant %s", got, want)
		}
	})
	t.Run("two requests reaching a category: the union, and all documents if either asks for them", func(t *testing.T) {
		o := orderWith(t,
			order.Request{Number: 1, Standard: order.SufficientToShow, History: order.Current, Categories: []order.Category{order.Names}},
			order.Request{Number: 3, Standard: order.AllDocuments, History: order.EverRegistered, Categories: []order.Category{order.Names}},
		)
		sels, _, err := Minimise(o, Account{Records: names}, courttime.D(2022, time.December, 6), pacific, buildTime)
		if err != nil {
			t.Fatal(err)
		}
		s := sels[0]
		if fmt.Sprint(s.Requests) != "[1 3]" || s.Standard != order.AllDocuments || s.History != order.EverRegistered || len(s.Values) != 4 {
			t.Errorf("selection = requests %v, %s, %s, %d values", s.Requests, s.Standard, s.History, len(s.Values))
		}
	})
}

func TestSelectLog(t *testing.T) {
	in := fixture(t)
	a := in.Accounts[0]
	ws, err := Scope(in.Order, in.ResponseDate, pacific, a.Resolution.Created)
	if err != nil {
		t.Fatal(err)
	}
	l := SelectLog(a.Log, ws)
	var got []string
	for _, e := range l.Entries {
		got = append(got, e.Time.Format(time.RFC3339)+" "+e.IP.String())
	}
	want := []string{
		"2021-05-02T07:00:00Z 192.0.2.2",
		"2021-05-03T06:59:30Z 192.0.2.3", // 23:59:30 Pacific on the creation day
		"2022-06-08T07:00:00Z 198.51.100.2",
		"2022-09-01T12:00:00Z 2001:db8::1",
		"2022-12-07T07:59:59Z 198.51.100.2",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("entries:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if l.Outside != 4 || l.Duplicates != 1 || len(l.Addresses) != 4 {
		t.Errorf("outside %d, duplicates %d, addresses %d; want 4, 1, 4", l.Outside, l.Duplicates, len(l.Addresses))
	}
	for _, e := range l.Entries {
		if e.Ref != "" {
			t.Error("an entry keeps its reference into the platform's logs")
		}
	}
}
