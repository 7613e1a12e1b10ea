package democlock

import (
	"testing"
	"time"

	"github.com/writ-project/writ/internal/fault"
)

// machine is a machine clock a test moves by hand.
type machine struct{ t time.Time }

func (m *machine) now() time.Time { return m.t }

func TestClock(t *testing.T) {
	la, err := time.LoadLocation("America/Los_Angeles")
	if err != nil {
		t.Fatal(err)
	}
	start := time.Date(2022, 10, 20, 9, 0, 0, 0, la)
	m := &machine{t: time.Date(2026, 12, 2, 15, 30, 0, 0, time.UTC)}
	c := New(start, m.now)

	t.Run("StartsOnTheDay", func(t *testing.T) {
		if got := c.Now(); !got.Equal(start) {
			t.Errorf("Now() = %s, want %s", got, start)
		}
	})
	t.Run("RunsOnInRealTime", func(t *testing.T) {
		m.t = m.t.Add(14 * time.Minute)
		if got, want := c.Now(), start.Add(14*time.Minute); !got.Equal(want) {
			t.Errorf("Now() = %s, want %s", got, want)
		}
	})
	t.Run("OK", func(t *testing.T) {
		to := time.Date(2022, 11, 1, 9, 0, 0, 0, la)
		if err := c.MoveTo(to); err != nil {
			t.Fatal(err)
		}
		if got := c.Now(); !got.Equal(to) {
			t.Errorf("after MoveTo, Now() = %s, want %s", got, to)
		}
		m.t = m.t.Add(time.Minute)
		if got, want := c.Now(), to.Add(time.Minute); !got.Equal(want) {
			t.Errorf("a minute after MoveTo, Now() = %s, want %s", got, want)
		}
	})
	t.Run("ErrBackward", func(t *testing.T) {
		before := c.Now()
		err := c.MoveTo(before.Add(-time.Hour))
		if !fault.Is(err, fault.Refused) {
			t.Errorf("moving back an hour: %v, want a refusal", err)
		}
		if got := c.Now(); !got.Equal(before) {
			t.Errorf("a refused move moved the clock to %s", got)
		}
	})
	t.Run("NeverBackWhenTheMachineIs", func(t *testing.T) {
		// A machine clock set back (by hand, or a test's) must not take
		// the demo back past an instant it has already given.
		before := c.Now()
		m.t = m.t.Add(-time.Hour)
		if got := c.Now(); got.Before(before) {
			t.Errorf("Now() went back from %s to %s", before, got)
		}
	})
}
