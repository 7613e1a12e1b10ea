package production

import (
	"testing"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
)

// TestScope checks the windows of the seed order's request 2 for accounts
// created at awkward moments. The expected instants were worked out from
// the Pacific offsets of the days (PDT is UTC-7 from the second Sunday of
// March to the first Sunday of November, PST UTC-8 otherwise), not from
// the code.
func TestScope(t *testing.T) {
	o := seedOrder(t)
	resp := courttime.D(2022, time.December, 6) // PST: the day ends 2022-12-07 08:00 UTC
	rangeWindow := [2]string{"2022-06-08T07:00:00Z", "2022-12-07T08:00:00Z"}
	for _, tc := range []struct {
		name     string
		created  string
		creation [2]string
		day      courttime.Date
	}{
		{"created at 23:59 Pacific, already the next day in UTC", "2021-05-03T06:59:00Z",
			[2]string{"2021-05-02T07:00:00Z", "2021-05-03T07:00:00Z"}, courttime.D(2021, time.May, 2)},
		{"created at 00:00 Pacific", "2021-05-02T07:00:00Z",
			[2]string{"2021-05-02T07:00:00Z", "2021-05-03T07:00:00Z"}, courttime.D(2021, time.May, 2)},
		{"created in winter, PST", "2020-11-15T03:00:00Z",
			[2]string{"2020-11-14T08:00:00Z", "2020-11-15T08:00:00Z"}, courttime.D(2020, time.November, 14)},
		{"created the day clocks fall back: a 25-hour day", "2022-11-06T20:00:00Z",
			[2]string{"2022-11-06T07:00:00Z", "2022-11-07T08:00:00Z"}, courttime.D(2022, time.November, 6)},
		{"created the day clocks spring forward: a 23-hour day", "2021-03-14T20:00:00Z",
			[2]string{"2021-03-14T08:00:00Z", "2021-03-15T07:00:00Z"}, courttime.D(2021, time.March, 14)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ws, err := Scope(o, resp, pacific, at(tc.created))
			if err != nil {
				t.Fatal(err)
			}
			if len(ws) != 2 {
				t.Fatalf("Scope gave %d windows, want 2: %+v", len(ws), ws)
			}
			c, r := ws[0], ws[1]
			if c.Kind != string(order.AccountCreationDay) || !c.From.Equal(at(tc.creation[0])) || !c.To.Equal(at(tc.creation[1])) || c.FirstDay != tc.day || c.LastDay != tc.day {
				t.Errorf("creation day window = %s %s to %s (%s..%s), want %s to %s (%s)", c.Kind, c.From, c.To, c.FirstDay, c.LastDay, tc.creation[0], tc.creation[1], tc.day)
			}
			if r.Kind != string(order.Range) || !r.From.Equal(at(rangeWindow[0])) || !r.To.Equal(at(rangeWindow[1])) ||
				r.FirstDay != courttime.D(2022, time.June, 8) || r.LastDay != resp {
				t.Errorf("range window = %s to %s (%s..%s), want %s to %s", r.From, r.To, r.FirstDay, r.LastDay, rangeWindow[0], rangeWindow[1])
			}
			if c.From.Location() != time.UTC || r.To.Location() != time.UTC {
				t.Error("windows are not in UTC")
			}
			if c.Request != 2 || r.Request != 2 {
				t.Errorf("requests = %d, %d, want 2", c.Request, r.Request)
			}
		})
	}
	t.Run("an entry at 23:59:59 Pacific on the creation day is inside", func(t *testing.T) {
		ws, _ := Scope(o, resp, pacific, at("2021-05-03T06:59:00Z"))
		if !inAny(ws, at("2021-05-03T06:59:59Z")) || inAny(ws, at("2021-05-03T07:00:00Z")) || inAny(ws, at("2021-05-02T06:59:59Z")) {
			t.Error("the creation day's edges are wrong")
		}
	})
	t.Run("the range ends with the response date", func(t *testing.T) {
		ws, _ := Scope(o, resp, pacific, at("2021-05-03T06:59:00Z"))
		if !inAny(ws, at("2022-12-07T07:59:59Z")) || inAny(ws, at("2022-12-07T08:00:00Z")) {
			t.Error("the response date's end is wrong")
		}
	})
	t.Run("no windows when the court denied access logs", func(t *testing.T) {
		denied := *seedOrder(t)
		denied.DeniedCategories = []order.Category{order.AccessLogs}
		ws, err := Scope(&denied, resp, pacific, at("2021-05-03T06:59:00Z"))
		if err != nil || len(ws) != 0 {
			t.Errorf("Scope = %v, %v; want no windows", ws, err)
		}
	})
	t.Run("a request without windows runs to the end of the response date", func(t *testing.T) {
		open := *seedOrder(t)
		open.Requests = []order.Request{{Number: 1, Standard: order.SufficientToShow, Categories: []order.Category{order.AccessLogs}}}
		ws, err := Scope(&open, resp, pacific, at("2021-05-03T06:59:00Z"))
		if err != nil || len(ws) != 1 || ws[0].Kind != Unlimited || !ws[0].From.IsZero() || !ws[0].To.Equal(at("2022-12-07T08:00:00Z")) {
			t.Errorf("Scope = %+v, %v", ws, err)
		}
		if !inAny(ws, at("2009-01-01T00:00:00Z")) {
			t.Error("an old entry is outside an unlimited window")
		}
	})
	t.Run("ErrInvalid without the creation time", func(t *testing.T) {
		if _, err := Scope(o, resp, pacific, time.Time{}); !fault.Is(err, fault.Invalid) {
			t.Errorf("Scope = %v, want invalid", err)
		}
	})
	t.Run("ErrInvalid without a response date", func(t *testing.T) {
		if _, err := Scope(o, courttime.Date{}, pacific, at("2021-05-03T06:59:00Z")); !fault.Is(err, fault.Invalid) {
			t.Errorf("Scope = %v, want invalid", err)
		}
	})
	t.Run("ErrInvalid when the response comes before the range begins", func(t *testing.T) {
		if _, err := Scope(o, courttime.D(2022, time.May, 1), pacific, at("2021-05-03T06:59:00Z")); !fault.Is(err, fault.Invalid) {
			t.Errorf("Scope = %v, want invalid", err)
		}
	})
}
