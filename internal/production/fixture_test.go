package production

import (
	"flag"
	"net/netip"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/source"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ (then review every change by hand)")

// pacific is the seed court's zone.
var pacific = mustZone("America/Los_Angeles")

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// seedOrder reads the seed order, N.D. Cal. 22-mc-80240-VKD.
func seedOrder(t testing.TB) *order.Order {
	t.Helper()
	b, err := os.ReadFile("../../examples/orders/takagi-2022.json")
	if err != nil {
		t.Fatal(err)
	}
	o, err := order.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	return o
}

// at is an instant written in RFC 3339.
func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func rec(c order.Category, registered, superseded string, kv ...string) source.Record {
	r := source.Record{Category: c, Registered: at(registered)}
	if superseded != "" {
		r.Superseded = at(superseded)
	}
	for i := 0; i+1 < len(kv); i += 2 {
		r.Fields = append(r.Fields, source.Field{Name: kv[i], Value: kv[i+1]})
	}
	return r
}

func entry(t, ip string) source.LogEntry {
	return source.LogEntry{Time: at(t), IP: netip.MustParseAddr(ip), Port: 443, Ref: "access.jsonl:1"}
}

// longAddress is long enough to wrap on a page, so that a name in it is
// read back across a line break.
const longAddress = "神奈川県川崎市多摩区向ヶ丘遊園南町二丁目三番四号　サンプルマンション向ヶ丘遊園駅前通り第二ビルディング一二三四号室　紺野幸雄様方　高木ひでのり気付"

// konnoID is a Luhn-valid 19-digit account id, like a platform's: the
// scanner must not take it for a card number.
const konnoID = "1506512345678901237"

// fixture is a small production: the seed order, two accounts with
// Japanese names and histories, a card holder record whose source also
// returned its number, and access-log entries inside and outside the
// windows, one at 23:59 Pacific on the creation day (already the next day
// in UTC).
func fixture(t testing.TB) Input {
	t.Helper()
	konno := Account{
		Label: "konnoyukio@CmRUCE",
		Resolution: source.Resolution{Label: "konnoyukio@CmRUCE", AccountID: konnoID,
			Evidence: "display name konnoyukio and handle CmRUCE match the account", Created: at("2021-05-03T06:59:00Z")}, // 2021-05-02 23:59 PDT
		Records: []source.Record{
			rec(order.Names, "2021-05-03T06:59:00Z", "2022-01-10T00:00:00Z", "name", "紺野 幸雄"),
			rec(order.Names, "2022-01-10T00:00:00Z", "2022-03-01T00:00:00Z", "name", "こんの ゆきお"),
			rec(order.Names, "2022-03-01T00:00:00Z", "", "name", "紺野 幸雄"),
			rec(order.Addresses, "2021-05-03T06:59:00Z", "", "kind", "physical", "address", longAddress),
			rec(order.Emails, "2021-05-03T06:59:00Z", "", "kind", "recovery", "email", "konno.yukio@example.jp", "verified", "true"),
			rec(order.Phones, "2021-05-03T06:59:00Z", "", "kind", "authentication", "phone", "+81-90-1234-5678", "verified", "true"),
			rec(order.Phones, "2021-06-01T00:00:00Z", "", "kind", "recovery", "phone", "+8613812345673"),
			// The source returned the card's number too: it is not a field
			// writ reads, and must be dropped before anything is rendered.
			rec(order.CardHolder, "2021-06-01T00:00:00Z", "", "holder_name", "YUKIO KONNO", "billing_address", "東京都港区六本木一丁目", "brand", "VISA", "card_number", "4111111111111111"),
			rec(order.OtherPayment, "2021-07-01T00:00:00Z", "", "method", "PayPal", "email", "konno.pay@example.jp"),
			// A category the order does not reach.
			rec(order.DeviceIDs, "2021-05-03T06:59:00Z", "", "device_id", "A1B2C3"),
		},
		Log: []source.LogEntry{
			entry("2021-05-02T06:59:59Z", "192.0.2.1"),    // 2021-05-01 23:59:59 PDT: the day before creation, out
			entry("2021-05-02T07:00:00Z", "192.0.2.2"),    // 2021-05-02 00:00 PDT: first instant of the creation day, in
			entry("2021-05-03T06:59:30Z", "192.0.2.3"),    // 2021-05-02 23:59:30 PDT, 2021-05-03 in UTC: in
			entry("2021-05-03T07:00:00Z", "192.0.2.4"),    // 2021-05-03 00:00 PDT: the day after, out
			entry("2022-06-08T06:59:59Z", "198.51.100.1"), // 2022-06-07 23:59:59 PDT: before the range, out
			entry("2022-06-08T07:00:00Z", "198.51.100.2"), // 2022-06-08 00:00 PDT: three months before 2022-09-08, in
			entry("2022-09-01T12:00:00Z", "2001:db8::1"),
			entry("2022-09-01T12:00:00Z", "2001:db8::1"),  // the same entry twice: once
			entry("2022-12-07T07:59:59Z", "198.51.100.2"), // 2022-12-06 23:59:59 PST: the response date, in
			entry("2022-12-07T08:00:00Z", "198.51.100.3"), // 2022-12-07 00:00 PST: after the response date, out
		},
		LogStats: source.LogStats{Bytes: 123456, Lines: 1000, Matched: 10, CorruptLines: 2, Corrupt: []source.Corrupt{
			{File: "/srv/logs/access.jsonl", Line: 17, Problem: "not valid JSON"},
			{File: "/srv/logs/access.jsonl", Line: 512, Problem: `"ip" is not an IP address`},
		}},
	}
	aya := Account{
		Label:      "Aya@ay_chim0807",
		Resolution: source.Resolution{Label: "Aya@ay_chim0807", AccountID: "84423157", Evidence: "handle ay_chim0807", Created: at("2020-11-15T03:00:00Z")},
		Records: []source.Record{
			rec(order.Names, "2020-11-15T03:00:00Z", "", "name", "綾"),
			rec(order.Emails, "2020-11-15T03:00:00Z", "2022-02-01T00:00:00Z", "kind", "primary", "email", "aya.old@example.jp"),
			rec(order.Emails, "2022-02-01T00:00:00Z", "", "kind", "primary", "email", "aya@example.jp"),
			rec(order.CardHolder, "2021-01-01T00:00:00Z", "", "holder_name", "AYA SATO", "billing_address", "大阪府大阪市北区梅田三丁目", "brand", "Mastercard"),
		},
		Log: []source.LogEntry{
			entry("2020-11-14T08:00:00Z", "203.0.113.9"),  // 2020-11-14 00:00 PST: the creation day, in
			entry("2022-07-04T20:15:00Z", "203.0.113.10"), // in the range
		},
		LogStats: source.LogStats{Bytes: 123456, Lines: 1000, Matched: 2},
	}
	return Input{
		CaseID:       "case-0001",
		Order:        seedOrder(t),
		ResponseDate: courttime.D(2022, time.December, 6),
		Location:     pacific,
		Accounts:     []Account{konno, aya},
		BatesPrefix:  "TWTR-",
		BatesStart:   1,
		Custodian:    "Jane Doe, Custodian of Records",
		LoadFiles:    true,
		Now:          at("2022-12-06T18:30:00Z"),
	}
}

// luhnComplete appends the check digit that makes digits Luhn-valid.
func luhnComplete(digits string) string {
	for d := 0; d <= 9; d++ {
		s := digits + strconv.Itoa(d)
		if luhn(s) {
			return s
		}
	}
	panic("unreachable")
}

// build builds the fixture into a fresh folder and returns its path.
func build(t testing.TB, in Input) (string, *Manifest) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "production")
	m, err := Build(t.Context(), in, dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	return dir, m
}
