package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/courttime"
)

// loadCourt resolves --court: the id of an embedded calendar, or the path of
// a calendar file. WRIT_COURT sets the default; with neither, N.D. Cal.
// A --tz value replaces the calendar's time zone.
func loadCourt(env Env, value, tz string) (*courttime.Calendar, error) {
	if value == "" {
		value = env.Getenv("WRIT_COURT")
	}
	if value == "" {
		value = courttime.DefaultCourt
	}
	var cal *courttime.Calendar
	var err error
	if isPath(value) {
		data, rerr := env.ReadFile(value)
		switch {
		case errors.Is(rerr, fs.ErrNotExist):
			return nil, flagError("court", fmt.Errorf("no calendar file at %s", value))
		case rerr != nil:
			return nil, flagError("court", fmt.Errorf("cannot read %s: %w", value, rerr))
		}
		cal, err = courttime.ParseCalendar(data)
	} else {
		cal, err = courttime.Court(value)
	}
	if err != nil {
		return nil, flagError("court", err)
	}
	if tz != "" {
		loc, err := time.LoadLocation(tz)
		if err != nil || strings.HasPrefix(tz, "/") {
			return nil, flagError("tz", fmt.Errorf("%q is not an IANA time zone (for example America/Los_Angeles or Asia/Tokyo)", tz))
		}
		cal.TimeZone, cal.Location = tz, loc
	}
	return cal, nil
}

// isPath tells a calendar file from a court id: ids are short lowercase
// words, files have a separator or an extension.
func isPath(v string) bool {
	return strings.ContainsAny(v, `/\.`)
}
