package cases

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/order"
)

// TestDecode: the one decoder reads what a person stated, from any way in,
// with one reading of a day or an instant and one set of defaults.
func TestDecode(t *testing.T) {
	cal, err := courttime.Court("cand")
	if err != nil {
		t.Fatal(err)
	}
	la := cal.Location
	now := time.Date(2026, 12, 2, 9, 30, 0, 0, la)
	yes := true
	c := &Case{Calendar: cal, Events: []matter.Event{
		{Seq: 1, Type: matter.OrderEntered},
		{Seq: 2, Type: matter.SubpoenaServed, At: time.Date(2022, 10, 20, 0, 0, 0, 0, la), WithOrder: &yes, Conforms: &yes},
		{Seq: 3, Type: matter.NoticeSent, At: time.Date(2022, 10, 21, 0, 0, 0, 0, la), Account: "konnoyukio@CmRUCE", Method: "email"},
		{Seq: 4, Type: matter.Correction, Corrects: 3, Note: "the 22nd", Replacement: &matter.Restated{Type: matter.NoticeSent,
			At: time.Date(2022, 10, 22, 0, 0, 0, 0, la), Event: matter.Event{Account: "konnoyukio@CmRUCE", Method: "email"}}},
	}}
	for _, tc := range []struct {
		name  string
		in    Input
		at    time.Time
		field string // the field at fault, if refused
	}{
		{"the command line's spelling", Input{Type: "notice-sent", At: "2022-10-21", Account: " Aya@ay_chim0807 "}, time.Date(2022, 10, 21, 0, 0, 0, 0, la), ""},
		{"a day and a time in the court's zone", Input{Type: "objection_received", At: "2022-11-08T14:05", Account: "Aya@ay_chim0807"}, time.Date(2022, 11, 8, 14, 5, 0, 0, la), ""},
		{"as a browser's datetime-local field sends it, with seconds", Input{Type: "objection_received", At: "2022-11-08 14:05:30"}, time.Date(2022, 11, 8, 14, 5, 30, 0, la), ""},
		{"an instant", Input{Type: "ruling", At: "2022-12-05T18:00:00Z", On: []string{"obj-1"}, Outcome: "overruled"}, time.Date(2022, 12, 5, 18, 0, 0, 0, time.UTC), ""},
		{"an act happens now", Input{Type: "use_acknowledged"}, now, ""},
		{"an act may name today", Input{Type: "use-acknowledged", At: "2026-12-02"}, now, ""},
		{"ErrActBackdated", Input{Type: "use_acknowledged", At: "2026-12-01"}, time.Time{}, "at"},
		{"ErrNoTime", Input{Type: "notice_sent", Account: "Aya@ay_chim0807"}, time.Time{}, "at"},
		{"ErrNotADay", Input{Type: "notice_sent", At: "2022-02-30"}, time.Time{}, "at"},
		{"ErrBuildByHand", Input{Type: "production_built", At: "2022-11-16"}, time.Time{}, "type"},
		{"ErrReleaseByHand", Input{Type: "production-released", At: "2022-11-17"}, time.Time{}, "type"},
		{"ErrNoSuchEvent", Input{Type: "party", At: "2022-11-17"}, time.Time{}, "type"},
		{"ErrCorrectionFields", Input{Type: "notice_sent", At: "2022-11-17", Reason: "why"}, time.Time{}, "corrects"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, err := Decode(c, tc.in, now)
			if tc.field != "" {
				var fe *fault.Error
				if !errors.As(err, &fe) || fe.Field != tc.field {
					t.Fatalf("%v; want a refusal naming %s", err, tc.field)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !e.At.Equal(tc.at) {
				t.Errorf("at %v; want %v", e.At, tc.at)
			}
			if strings.Contains(string(e.Type), "-") || e.Account != strings.TrimSpace(tc.in.Account) {
				t.Errorf("decoded %+v", e)
			}
		})
	}
	t.Run("a platform's motion names no account", func(t *testing.T) {
		e, err := Decode(c, Input{Type: "motion_filed", At: "2022-11-01", By: "provider", Account: "Aya@ay_chim0807"}, now)
		if err != nil || e.Account != "" || e.By != order.Provider {
			t.Errorf("%+v %v", e, err)
		}
	})
	t.Run("a correction restates the event in effect", func(t *testing.T) {
		// Event 3 was corrected by event 4; correcting it again names
		// event 4, and keeps what is not restated.
		e, err := Decode(c, Input{Type: "correction", Corrects: 3, At: "2022-10-24T11:00", Reason: "on the 24th"}, now)
		if err != nil {
			t.Fatal(err)
		}
		if e.Corrects != 4 || e.Note != "on the 24th" || !e.At.Equal(now) {
			t.Errorf("correction %+v", e)
		}
		r := e.Replacement
		if r == nil || r.Type != matter.NoticeSent || !r.At.Equal(time.Date(2022, 10, 24, 11, 0, 0, 0, la)) || r.Account != "konnoyukio@CmRUCE" || r.Method != "email" {
			t.Errorf("replacement %+v", r)
		}
		s, err := Decode(c, Input{Type: "correction", Corrects: 2, Strike: true, Reason: "wrong case"}, now)
		if err != nil || s.Replacement != nil || s.Corrects != 2 {
			t.Errorf("strike %+v %v", s, err)
		}
	})
}
