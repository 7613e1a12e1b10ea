// Package ical writes deadlines as iCalendar (RFC 5545) events that Outlook,
// Google Calendar and Apple Calendar import. It keeps the iCalendar library
// behind writ's own small type, so the rest of writ never sees it.
package ical

import (
	"io"
	"strconv"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/writ-project/writ/internal/courttime"
)

// Event is one deadline: an all-day event on the day it falls due.
type Event struct {
	// UID identifies the event across exports, so that importing the same
	// deadline again updates it rather than adding a copy.
	UID         string
	Day         courttime.Date
	Summary     string
	Description string
	// Reminders are the number of days before Day at which the calendar
	// program should remind its user.
	Reminders []int
}

// Write writes a calendar holding the events. now stamps the export
// (DTSTAMP), and is passed in so that output is reproducible in tests.
func Write(w io.Writer, now time.Time, events ...Event) error {
	cal := ics.NewCalendar()
	cal.SetProductId("-//writ//court deadlines//EN")
	cal.SetMethod(ics.MethodPublish)
	for _, e := range events {
		ev := cal.AddEvent(e.UID)
		ev.SetDtStampTime(now.UTC())
		start := time.Date(e.Day.Year, e.Day.Month, e.Day.Day, 0, 0, 0, 0, time.UTC)
		ev.SetAllDayStartAt(start)
		ev.SetAllDayEndAt(start.AddDate(0, 0, 1))
		ev.SetSummary(e.Summary)
		ev.SetDescription(e.Description)
		ev.SetProperty(ics.ComponentPropertyTransp, "TRANSPARENT")
		for _, days := range e.Reminders {
			alarm := ev.AddAlarm()
			alarm.SetAction(ics.ActionDisplay)
			alarm.SetProperty(ics.ComponentPropertyDescription, e.Summary)
			alarm.SetTrigger("-P" + strconv.Itoa(days) + "D")
		}
	}
	return cal.SerializeTo(w, ics.WithNewLineWindows)
}
