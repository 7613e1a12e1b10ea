package demo

import (
	"net/netip"
	"time"
)

// The accounts of the seed order (N.D. Cal. 22-mc-80240-VKD), at fixed
// indexes of every generated platform, and a third account that shares a
// display name with one of them. Their records and their special log
// entries are the same for every seed; only the ordinary traffic around
// them changes.
const (
	idxKonno = 0 // konnoyukio@CmRUCE
	idxAya   = 1 // Aya@ay_chim0807
	idxDecoy = 2 // another "Aya", so that a display name alone is ambiguous
	nFixed   = 3
)

// The seed accounts' creation instants. The court's zone is
// America/Los_Angeles: both accounts were created in the evening there,
// which is already the next day in UTC, so a window computed on UTC days
// instead of the court's days misses or adds entries.
var (
	// 2021-11-14 23:41:07.318 PST.
	konnoCreated = pacific(2021, 11, 14, 23, 41, 7, 318, pst)
	// 2022-02-17 15:30:42.105 PST.
	ayaCreated = pacific(2022, 2, 17, 15, 30, 42, 105, pst)
	// 2019-08-07 09:20:00 PDT, before any log period.
	decoyCreated = pacific(2019, 8, 7, 9, 20, 0, 0, pdt)
)

// The offsets of Pacific time, fixed here so that the demo needs no time
// zone database.
const (
	pst = -8
	pdt = -7
)

// pacific returns the instant of a Pacific wall-clock time (with the
// offset in force that day) in milliseconds since 1970.
func pacific(y int, m time.Month, d, h, mi, s, ms, offset int) int64 {
	return time.Date(y, m, d, h-offset, mi, s, ms*int(time.Millisecond), time.UTC).UnixMilli()
}

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		panic(err)
	}
	return t.UTC()
}

func since(s string) span { return span{Registered: at(s)} }

func between(from, to string) span { return span{Registered: at(from), Superseded: at(to)} }

// fixedAccount returns the account at a fixed index.
func fixedAccount(idx int) *account {
	switch idx {
	case idxKonno:
		return konnoAccount()
	case idxAya:
		return ayaAccount()
	}
	return decoyAccount()
}

func fixedCreated(idx int) int64 {
	switch idx {
	case idxKonno:
		return konnoCreated
	case idxAya:
		return ayaCreated
	}
	return decoyCreated
}

func konnoAccount() *account {
	created := utc(konnoCreated)
	c := created.Format(time.RFC3339Nano)
	home1 := "〒150-0041 東京都渋谷区神南1丁目19-11 グリーンハイツ402"
	home2 := "〒154-0004 東京都世田谷区太子堂2丁目13-5 コーポ桜201"
	return &account{
		ID:           idString(konnoCreated, 0x1c3),
		Handle:       "CmRUCE",
		DisplayName:  "konnoyukio",
		Created:      created,
		CreatedIP:    "198.51.100.23",
		DisplayNames: []name{{"konnoyukio", since(c)}},
		Names: []name{
			{"山田 太郎", between(c, "2022-01-09T03:12:44Z")},
			{"やまだ たろう", since("2022-01-09T03:12:44Z")},
		},
		Addresses: []address{
			{"physical", home1, between(c, "2022-07-20T09:30:00Z")},
			{"billing", home1, since("2021-12-02T11:05:13Z")},
			{"physical", home2, since("2022-07-20T09:30:00Z")},
		},
		Emails: []email{
			{"authentication", "t.yamada.1114@example.com", true, between(c, "2022-06-30T14:22:09Z")},
			{"recovery", "yamada-taro@mail.example", false, since("2021-11-15T07:45:51Z")},
			{"authentication", "taro.y@example.net", true, since("2022-06-30T14:22:09Z")},
		},
		Phones: []phone{
			{"authentication", "+81 90-3812-7465", true, since("2021-11-20T02:10:00Z")},
		},
		Cards: []card{{
			HolderName: "TARO YAMADA", BillingAddress: home1, Brand: "Visa",
			Number: luhnComplete("453201874520913"), Expiry: "09/25", CVC: "731",
			span: since("2021-12-02T11:05:13Z"),
		}},
		Devices: []device{
			{"ios", "6F1B2C3D-9A4E-4B7F-8C21-3D5E7F9A1B2C", since(c)},
		},
		Posts: []post{
			{postURL("CmRUCE", at("2022-02-11T03:08:20.004Z").UnixMilli(), 0x2a1), "寒すぎる。今日は家から出ない", at("2022-02-11T03:08:20.004Z")},
			{postURL("CmRUCE", at("2022-03-23T12:17:03.512Z").UnixMilli(), 0x3f7),
				"〇〇クリニックのGoogleの口コミ、スタッフが自分たちで書いてるらしい。近所の薬局や他の病院の悪い噂まで流してるって…",
				at("2022-03-23T12:17:03.512Z")},
		},
	}
}

func ayaAccount() *account {
	created := utc(ayaCreated)
	c := created.Format(time.RFC3339Nano)
	home := "〒530-0012 大阪府大阪市北区芝田2丁目8-14 メゾン・ド・ソレイユ605"
	return &account{
		ID:          idString(ayaCreated, 0x2e9),
		Handle:      "ay_chim0807",
		DisplayName: "Aya",
		Created:     created,
		CreatedIP:   "2001:db8:9f21:7e00:5c1d:42ff:fe8a:19b3",
		DisplayNames: []name{
			{"あや", between(c, "2022-03-01T10:02:33Z")},
			{"Aya", since("2022-03-01T10:02:33Z")},
		},
		Names: []name{
			{"佐藤 花子", between(c, "2022-05-02T08:15:27Z")},
			{"Hanako Sato", since("2022-05-02T08:15:27Z")},
		},
		Addresses: []address{
			{"physical", home, since(c)},
			{"shipping", home, since("2022-02-20T04:40:10Z")},
			{"billing", home, since("2022-02-20T04:40:10Z")},
		},
		Emails: []email{
			{"authentication", "hanako.s0807@example.com", true, since(c)},
			{"recovery", "sato.hanako@mobile.example", true, since("2022-02-18T01:02:03Z")},
		},
		Phones: []phone{
			{"authentication", "+81 80-5521-0937", true, since("2022-02-18T00:59:12Z")},
			{"recovery", "+1 408-555-0173", false, since("2022-08-14T18:20:00Z")},
		},
		Cards: []card{{
			HolderName: "HANAKO SATO", BillingAddress: home, Brand: "JCB",
			Number: luhnComplete("353011298476520"), Expiry: "04/26", CVC: "052",
			span: since("2022-02-20T04:40:10Z"),
		}},
		PaymentMethods: []payment{{
			Method: "PayPal", Name: "Hanako Sato", Email: "hanako.s0807@example.com",
			Phone: "+81 80-5521-0937", Address: home, span: since("2022-04-11T12:00:41Z"),
		}},
		Devices: []device{
			{"android", "3f9a1c77e2b04d81", since(c)},
			{"web", "v1_5be0c2d4a19f4e7c8d3b6a2f0e91c7d4", since("2022-03-29T11:40:02Z")},
		},
		Posts: []post{
			{postURL("ay_chim0807", at("2022-03-29T11:44:51.208Z").UnixMilli(), 0x11d),
				"元患者です。〇〇クリニックの院長の診察で嫌な思いをしました。クリニックのシャッターに貼り紙がありました [写真2枚]",
				at("2022-03-29T11:44:51.208Z")},
		},
	}
}

func decoyAccount() *account {
	created := utc(decoyCreated)
	c := created.Format(time.RFC3339Nano)
	home := "1450 Maple Ave Apt 12, San Jose, CA 95126"
	return &account{
		ID:           idString(decoyCreated, 0x0b5),
		Handle:       "aya_mt2019",
		DisplayName:  "Aya",
		Created:      created,
		CreatedIP:    "198.18.7.41",
		DisplayNames: []name{{"Aya", since(c)}},
		Names:        []name{{"松田 彩", since(c)}, {"Aya Matsuda", since("2020-04-02T17:00:12Z")}},
		Addresses:    []address{{"physical", home, since(c)}, {"billing", home, since("2020-01-15T20:45:00Z")}},
		Emails:       []email{{"authentication", "aya.matsuda@example.net", true, since(c)}},
		Phones:       []phone{{"authentication", "+1 669-555-0121", true, since(c)}},
		Cards: []card{{
			HolderName: "AYA MATSUDA", BillingAddress: home, Brand: "Visa",
			Number: luhnComplete("401288817430255"), Expiry: "11/24", CVC: "608",
			span: since("2020-01-15T20:45:00Z"),
		}},
		Devices: []device{{"ios", "A2C4E6F8-1B3D-4F5A-9C7E-0D2B4A6C8E1F", since(c)}},
		Posts: []post{
			{postURL("aya_mt2019", at("2022-05-14T22:31:09.660Z").UnixMilli(), 0x07c), "Best ramen in town, no contest.", at("2022-05-14T22:31:09.660Z")},
		},
	}
}

func idString(created int64, seq uint64) string {
	return formatUint(snowflake(created, seq))
}

// fixture is an access-log entry written for a seed account at a fixed
// instant, so that the windows of the seed order can be tested at their
// edges.
type fixture struct {
	ms   int64
	idx  int
	ip   netip.Addr
	port uint16
	ua   int
	path string
}

var (
	konnoV4 = netip.MustParseAddr("198.51.100.23")
	konnoV6 = netip.MustParseAddr("2001:db8:3c4d:15::1a2f")
	ayaV6   = netip.MustParseAddr("2001:db8:9f21:7e00:5c1d:42ff:fe8a:19b3")
	ayaV4   = netip.MustParseAddr("203.0.113.78")
)

// fixtures returns the seed accounts' fixed entries, in time order. Of
// request 2 of the seed order, window A is the day each account was
// created in America/Los_Angeles, and window B runs from 2022-06-08 (three
// months before 2022-09-08) to the day the platform responds. The entries
// sit on both sides of every edge, to the millisecond.
func fixtures() []fixture {
	fs := []fixture{
		// konnoyukio@CmRUCE, created 2021-11-14 23:41:07.318 PST.
		{konnoCreated, idxKonno, konnoV4, 52144, 0, "/i/flow/signup"},
		{pacific(2021, 11, 14, 23, 52, 40, 51, pst), idxKonno, konnoV4, 52190, 0, "/home"},
		// 23:59 Pacific on the creation day: 2021-11-15 07:59:30 UTC,
		// inside window A although it is the next day in UTC.
		{pacific(2021, 11, 14, 23, 59, 30, 0, pst), idxKonno, konnoV6, 61022, 0, "/settings/account"},
		{pacific(2021, 11, 14, 23, 59, 59, 999, pst), idxKonno, konnoV6, 61023, 0, "/home"},
		// The next day begins in Los Angeles: outside window A.
		{pacific(2021, 11, 15, 0, 0, 0, 0, pst), idxKonno, konnoV6, 61024, 0, "/notifications"},
		{pacific(2021, 11, 15, 0, 3, 12, 440, pst), idxKonno, konnoV4, 52301, 0, "/home"},
		// Aya@ay_chim0807, created 2022-02-17 15:30:42.105 PST.
		{ayaCreated, idxAya, ayaV6, 40112, 1, "/i/flow/signup"},
		// 2022-02-18 00:05 UTC: the next UTC day, still the creation day
		// in the court's zone.
		{pacific(2022, 2, 17, 16, 5, 19, 730, pst), idxAya, ayaV6, 40188, 1, "/home"},
		{pacific(2022, 2, 17, 23, 59, 58, 412, pst), idxAya, ayaV4, 33017, 1, "/notifications"},
		{pacific(2022, 2, 18, 0, 0, 0, 0, pst), idxAya, ayaV4, 33018, 1, "/home"},
		// The posts the order describes.
		{at("2022-03-23T12:17:03.512Z").UnixMilli(), idxKonno, konnoV4, 50877, 0, "/1.1/statuses/update.json"},
		{at("2022-03-29T11:44:51.208Z").UnixMilli(), idxAya, ayaV6, 41950, 2, "/1.1/statuses/update.json"},
		// Window B opens at 2022-06-08 00:00 PDT (07:00 UTC). 17:00 PDT on
		// 06-07 is already 06-08 in UTC; 23:59:59.999 PDT is the last
		// instant outside.
		{pacific(2022, 6, 7, 17, 0, 0, 0, pdt), idxKonno, konnoV6, 60001, 0, "/home"},
		{pacific(2022, 6, 7, 23, 59, 59, 999, pdt), idxKonno, konnoV4, 52402, 0, "/home"},
		{pacific(2022, 6, 7, 23, 59, 59, 999, pdt), idxAya, ayaV4, 33150, 1, "/home"},
		{pacific(2022, 6, 8, 0, 0, 0, 0, pdt), idxKonno, konnoV4, 52403, 0, "/notifications"},
		{pacific(2022, 6, 8, 0, 0, 0, 0, pdt), idxAya, ayaV6, 40500, 1, "/notifications"},
	}
	// Window B closes at the end of the response date, which is only known
	// when the platform responds: every day of the weeks a production is
	// likely in, each account has an entry at the last millisecond of the
	// day and one at the first of the next, in Pacific time.
	for d := time.Date(2022, 11, 15, 0, 0, 0, 0, time.UTC); d.Before(time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)); d = d.AddDate(0, 0, 1) {
		y, m, day := d.Date()
		n := d.Sub(time.Date(2022, 11, 15, 0, 0, 0, 0, time.UTC)) / (24 * time.Hour)
		next := d.AddDate(0, 0, 1)
		ny, nm, nd := next.Date()
		port := uint16(44000 + 4*n)
		fs = append(fs,
			fixture{pacific(y, m, day, 23, 59, 59, 999, pst), idxKonno, konnoV6, port, 0, "/home"},
			fixture{pacific(y, m, day, 23, 59, 59, 999, pst), idxAya, ayaV4, port + 1, 1, "/home"},
			fixture{pacific(ny, nm, nd, 0, 0, 0, 0, pst), idxKonno, konnoV4, port + 2, 0, "/notifications"},
			fixture{pacific(ny, nm, nd, 0, 0, 0, 0, pst), idxAya, ayaV6, port + 3, 1, "/notifications"},
		)
	}
	sortFixtures(fs)
	return fs
}

func sortFixtures(fs []fixture) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].ms < fs[j-1].ms; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}
