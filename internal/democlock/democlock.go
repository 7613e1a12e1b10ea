// Package democlock is the clock `writ serve --demo` runs on. It starts on
// the day the demo is set on and runs on in real time from there, and the
// person walking the demo moves it forward (a day on, past the next
// deadline) to reach in one sitting what a case does over weeks. Every
// part of the demo server reads this one clock: the pages, the case
// service, the store's record times, the reminders and the notices.
//
// It only moves forward: writ's log cannot hold an act recorded before one
// recorded earlier, and a deadline that has passed stays passed.
package democlock

import (
	"sync"
	"time"

	"github.com/writ-project/writ/internal/fault"
)

// Clock is the demo's clock. It is safe for concurrent use.
type Clock struct {
	mu sync.Mutex
	// machine is the real clock the demo runs on with.
	machine func() time.Time
	// at is the demo's time at the machine's instant since.
	at, since time.Time
	// last is the latest time Now has given, which it never goes back
	// past.
	last time.Time
}

// New returns a clock that reads start now and runs on with machine (the
// process's clock, time.Now outside tests).
func New(start time.Time, machine func() time.Time) *Clock {
	return &Clock{machine: machine, at: start, since: machine(), last: start}
}

// Now is the demo's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now()
}

func (c *Clock) now() time.Time {
	t := c.at.Add(c.machine().Sub(c.since))
	if t.Before(c.last) {
		// The machine's clock went back: the demo's does not.
		t = c.last
	}
	c.last = t
	return t
}

// MoveTo sets the clock to t, from where it runs on. A time before now is
// refused and the clock stays where it is.
func (c *Clock) MoveTo(t time.Time) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if now := c.now(); t.Before(now) {
		return fault.Errorf(fault.Refused, "the demo clock only moves forward: %s is before its time, %s",
			t.Format("2006-01-02 15:04 MST"), now.In(t.Location()).Format("2006-01-02 15:04 MST"))
	}
	c.at, c.since, c.last = t, c.machine(), t
	return nil
}
