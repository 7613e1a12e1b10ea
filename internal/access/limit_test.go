package access

import (
	"fmt"
	"testing"
	"time"
)

// TestLimiterSweep: keys whose failures have all left the window are
// forgotten, so memory follows recent failures only.
func TestLimiterSweep(t *testing.T) {
	t.Parallel()
	l := newLimiter(5, 15*time.Minute)
	t0 := time.Date(2022, 10, 20, 9, 0, 0, 0, time.UTC)
	for i := range 3000 {
		l.fail(t0, fmt.Sprintf("client\x00198.51.100.%d", i))
	}
	if n := len(l.failures); n != 3000 {
		t.Fatalf("%d keys, want 3000", n)
	}
	later := t0.Add(time.Hour)
	for i := range 2 * l.sweepAt {
		l.fail(later, fmt.Sprintf("email\x00%d@x.example", i))
		if len(l.failures) < 3000 {
			break
		}
	}
	if n := len(l.failures); n >= 3000 {
		t.Fatalf("%d keys after the old ones aged out, want them swept", n)
	}
	if _, blocked := l.blocked(later, "client\x00198.51.100.1"); blocked {
		t.Errorf("an aged-out key is blocked")
	}
}

// TestLimiterWindow: the count slides; a key is free again when the
// failure that brought it to the limit leaves the window, and it keeps no
// more than max failures.
func TestLimiterWindow(t *testing.T) {
	t.Parallel()
	l := newLimiter(3, 10*time.Minute)
	t0 := time.Date(2022, 10, 20, 9, 0, 0, 0, time.UTC)
	for _, m := range []int{0, 1, 2, 3, 4} {
		l.fail(t0.Add(time.Duration(m)*time.Minute), "k")
	}
	if n := len(l.failures[keyOf("k")]); n != 3 {
		t.Errorf("%d failures kept, want 3", n)
	}
	// The last three failures are at 2, 3 and 4 minutes: blocked until 12.
	until, blocked := l.blocked(t0.Add(5*time.Minute), "k", "other")
	if !blocked || !until.Equal(t0.Add(12*time.Minute)) {
		t.Errorf("blocked = %v until %v, want until 09:12", blocked, until)
	}
	if _, blocked := l.blocked(t0.Add(12*time.Minute), "k"); blocked {
		t.Errorf("still blocked at 09:12")
	}
	l.reset("other")
}
