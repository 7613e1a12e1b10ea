package ical_test

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/ical"
)

// write exports one event and parses it back, failing the test if the
// output is not iCalendar with exactly that one event.
func write(t *testing.T, now time.Time, e ical.Event) (string, *ics.VEvent) {
	t.Helper()
	var buf bytes.Buffer
	if err := ical.Write(&buf, now, e); err != nil {
		t.Fatal(err)
	}
	cal, err := ics.ParseCalendar(strings.NewReader(buf.String()))
	if err != nil {
		t.Fatalf("output is not iCalendar: %v\n%s", err, buf.String())
	}
	events := cal.Events()
	if len(events) != 1 {
		t.Fatalf("%d VEVENTs, want 1", len(events))
	}
	return buf.String(), events[0]
}

// TestAllDay checks that an event covers exactly its day, whatever the
// month or year boundary after it.
func TestAllDay(t *testing.T) {
	for _, tc := range []struct {
		name       string
		day        courttime.Date
		start, end string
	}{
		{"the seed order's notice deadline", courttime.D(2022, 10, 31), "20221031", "20221101"},
		{"New Year's Eve", courttime.D(2022, 12, 31), "20221231", "20230101"},
		{"a leap day", courttime.D(2024, 2, 29), "20240229", "20240301"},
		{"the last day of February in a common year", courttime.D(2026, 2, 28), "20260228", "20260301"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, ev := write(t, time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC), ical.Event{UID: "u@writ", Day: tc.day, Summary: "Deadline"})
			for _, p := range []struct {
				prop ics.ComponentProperty
				want string
			}{{ics.ComponentPropertyDtStart, tc.start}, {ics.ComponentPropertyDtEnd, tc.end}} {
				got := ev.GetProperty(p.prop)
				if got == nil {
					t.Fatalf("no %s", p.prop)
				}
				if v := got.ICalParameters["VALUE"]; got.Value != p.want || len(v) != 1 || v[0] != "DATE" {
					t.Errorf("%s = %q %v, want %s with VALUE=DATE", p.prop, got.Value, got.ICalParameters, p.want)
				}
			}
		})
	}
}

// TestStampIsUTC checks that DTSTAMP is the export instant in UTC even when
// the clock is given in court time.
func TestStampIsUTC(t *testing.T) {
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Fatal(err)
	}
	// 04:00 PST on Thanksgiving 2026 is 12:00 UTC.
	_, ev := write(t, time.Date(2026, 11, 26, 4, 0, 0, 0, la), ical.Event{UID: "u@writ", Day: courttime.D(2026, 11, 30), Summary: "Deadline"})
	if p := ev.GetProperty(ics.ComponentPropertyDtstamp); p == nil || p.Value != "20261126T120000Z" {
		t.Errorf("DTSTAMP = %v, want 20261126T120000Z", p)
	}
	if ev.Id() != "u@writ" {
		t.Errorf("UID = %q, want u@writ", ev.Id())
	}
}

// TestText checks that a long summary and description with the characters
// iCalendar escapes (comma, semicolon, backslash, newline) and with
// multi-byte characters survive the round trip, and that the physical
// lines follow RFC 5545 3.1: at most 75 octets, folded between characters,
// each ending in CRLF.
func TestText(t *testing.T) {
	summary := "Notify account holders — Société Générale, Zürich; 東京地方裁判所 \\ " + strings.Repeat("é", 60)
	desc := "10 days after 2022-10-20. Due Monday 2022-10-31.\n\n" +
		strings.Repeat("2022-10-30 is a Sunday; the period continues to Monday 2022-10-31 — Fed. R. Civ. P. 6(a)(1)(C).\n", 4)
	out, ev := write(t, time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC), ical.Event{
		UID: "u@writ", Day: courttime.D(2022, 10, 31), Summary: summary, Description: desc, Reminders: []int{3, 1},
	})

	t.Run("summary and description round-trip", func(t *testing.T) {
		if p := ev.GetProperty(ics.ComponentPropertySummary); p == nil || p.Value != summary {
			t.Errorf("SUMMARY = %v, want %q", p, summary)
		}
		if p := ev.GetProperty(ics.ComponentPropertyDescription); p == nil || p.Value != desc {
			t.Errorf("DESCRIPTION = %v, want %q", p, desc)
		}
	})
	t.Run("reminders", func(t *testing.T) {
		var triggers []string
		for _, a := range ev.Alarms() {
			if p := a.GetProperty(ics.ComponentPropertyTrigger); p != nil {
				triggers = append(triggers, p.Value)
			}
		}
		if strings.Join(triggers, ",") != "-P3D,-P1D" {
			t.Errorf("alarm triggers %q, want -P3D and -P1D", triggers)
		}
	})
	t.Run("lines are at most 75 octets and whole characters", func(t *testing.T) {
		for i, line := range strings.Split(strings.TrimRight(out, "\r\n"), "\n") {
			line = strings.TrimSuffix(line, "\r")
			if len(line) > 75 {
				t.Errorf("line %d is %d octets: %q", i+1, len(line), line)
			}
			if !utf8.ValidString(line) {
				t.Errorf("line %d splits a character: %q", i+1, line)
			}
		}
	})
	t.Run("lines end in CRLF", func(t *testing.T) {
		if !strings.HasSuffix(out, "\r\n") {
			t.Fatalf("the output does not end in CRLF: %q", out[max(0, len(out)-20):])
		}
		for i, line := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
			if strings.ContainsAny(line, "\r\n") {
				t.Fatalf("line %d has a bare CR or LF: %q", i+1, line)
			}
		}
	})
}
