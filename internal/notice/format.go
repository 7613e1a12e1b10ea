package notice

import (
	"fmt"
	"strings"
	"text/template"
	"time"

	"github.com/writ-project/writ/internal/courttime"
)

// The template functions format days and moments; the words around them
// live in the templates. A moment is always shown with its zone, since a
// person abroad reads a deadline in their own time.

var weekdaysJA = [...]string{"日", "月", "火", "水", "木", "金", "土"}

// dayEN writes a day as "Monday, November 14, 2022".
func dayEN(d courttime.Date) string {
	return d.Start(time.UTC).Format("Monday, January 2, 2006")
}

// dayJA writes a day as "2022年11月14日（月）".
func dayJA(d courttime.Date) string {
	return fmt.Sprintf("%d年%d月%d日（%s）", d.Year, int(d.Month), d.Day, weekdaysJA[d.Weekday()])
}

// clockEN writes the time of day as "5:00 p.m.".
func clockEN(t time.Time) string {
	h, half := t.Hour()%12, "a.m."
	if h == 0 {
		h = 12
	}
	if t.Hour() >= 12 {
		half = "p.m."
	}
	return fmt.Sprintf("%d:%02d %s", h, t.Minute(), half)
}

// clockJA writes the time of day as "午後5時00分" ("午前0時" for 00:00).
func clockJA(t time.Time) string {
	h, half := t.Hour(), "午前"
	if h >= 12 {
		h, half = h-12, "午後"
	}
	if t.Minute() == 0 {
		return fmt.Sprintf("%s%d時", half, h)
	}
	return fmt.Sprintf("%s%d時%02d分", half, h, t.Minute())
}

// zoneNamesEN and zoneNamesJA name the zones account holders of § 1782
// orders most often live in and courts sit in; any other zone is named by
// its IANA name.
var zoneNamesEN = map[string]string{
	"America/Los_Angeles": "Pacific Time", "America/Denver": "Mountain Time", "America/Chicago": "Central Time",
	"America/New_York": "Eastern Time", "Asia/Tokyo": "Japan Standard Time", "Asia/Seoul": "Korea Standard Time",
	"Europe/London": "UK time", "UTC": "Coordinated Universal Time (UTC)",
}

var zoneNamesJA = map[string]string{
	"America/Los_Angeles": "米国太平洋時間", "America/Denver": "米国山岳部時間", "America/Chicago": "米国中部時間",
	"America/New_York": "米国東部時間", "Asia/Tokyo": "日本時間", "Asia/Seoul": "韓国時間",
	"Europe/London": "英国時間", "UTC": "協定世界時（UTC）",
}

// offset writes a zone's offset at t as "UTC−8" or "UTC+9".
func offset(t time.Time) string {
	_, secs := t.Zone()
	sign := "+"
	if secs < 0 {
		sign, secs = "−", -secs
	}
	if secs%3600 == 0 {
		return fmt.Sprintf("UTC%s%d", sign, secs/3600)
	}
	return fmt.Sprintf("UTC%s%d:%02d", sign, secs/3600, secs%3600/60)
}

// zoneEN names loc at t: "Pacific Time (PST, UTC−8)".
func zoneEN(t time.Time, loc *time.Location) string {
	t = t.In(loc)
	name, ok := zoneNamesEN[loc.String()]
	if !ok {
		name = loc.String() + " time"
	}
	if loc == time.UTC || loc.String() == "UTC" {
		return name
	}
	abbr, _ := t.Zone()
	return fmt.Sprintf("%s (%s, %s)", name, abbr, offset(t))
}

// zoneJA names loc at t: "米国太平洋時間（PST、UTC−8）".
func zoneJA(t time.Time, loc *time.Location) string {
	t = t.In(loc)
	name, ok := zoneNamesJA[loc.String()]
	if !ok {
		name = loc.String() + "の時刻"
	}
	if loc == time.UTC || loc.String() == "UTC" {
		return name
	}
	abbr, _ := t.Zone()
	return fmt.Sprintf("%s（%s、%s）", name, abbr, offset(t))
}

// untilEN writes the instant a period ends, in a zone: "by the end of
// Monday, November 14, 2022, Pacific Time (PST, UTC−8)" when it is midnight
// there, else "before 5:00 p.m. on Tuesday, November 15, 2022, Japan
// Standard Time (JST, UTC+9)".
func untilEN(t time.Time, loc *time.Location) string {
	l := t.In(loc)
	if l.Hour() == 0 && l.Minute() == 0 && l.Second() == 0 {
		return fmt.Sprintf("by the end of %s, %s", dayEN(courttime.DateOf(l).AddDays(-1)), zoneEN(t, loc))
	}
	return fmt.Sprintf("before %s on %s, %s", clockEN(l), dayEN(courttime.DateOf(l)), zoneEN(t, loc))
}

// untilJA writes the same in Japanese: "米国太平洋時間（PST、UTC−8）の
// 2022年11月14日（月）の終わり（24時）まで", or "日本時間（JST、UTC+9）の
// 2022年11月15日（火）午後5時まで".
func untilJA(t time.Time, loc *time.Location) string {
	l := t.In(loc)
	if l.Hour() == 0 && l.Minute() == 0 && l.Second() == 0 {
		return fmt.Sprintf("%sの%sの終わり（24時）まで", zoneJA(t, loc), dayJA(courttime.DateOf(l).AddDays(-1)))
	}
	return fmt.Sprintf("%sの%s%sまで", zoneJA(t, loc), dayJA(courttime.DateOf(l)), clockJA(l))
}

// Until writes the instant a period ends, in a zone, as the notice words
// it: in Japanese for Japanese, else in English. The portal states its
// deadlines with it, so that they read as in the notice.
func Until(t time.Time, loc *time.Location, l Lang) string {
	if l == Japanese {
		return untilJA(t, loc)
	}
	return untilEN(t, loc)
}

// atEN writes an instant in a zone: "9:00 a.m. on Friday, October 21,
// 2022, Pacific Time (PDT, UTC−7)".
func atEN(t time.Time, loc *time.Location) string {
	l := t.In(loc)
	return fmt.Sprintf("%s on %s, %s", clockEN(l), dayEN(courttime.DateOf(l)), zoneEN(t, loc))
}

// funcs are the functions every template may call.
var funcs = template.FuncMap{
	"dayEN": dayEN, "dayJA": dayJA, "untilEN": untilEN, "atEN": atEN, "untilJA": untilJA, "zoneEN": zoneEN, "zoneJA": zoneJA,
	"utc":  func() *time.Location { return time.UTC },
	"join": strings.Join,
	"add":  func(a, b int) int { return a + b },
	// last reports whether i is the last index of a list of n.
	"last": func(i, n int) bool { return i == n-1 },
	"str":  func(v any) string { return fmt.Sprint(v) },
}
