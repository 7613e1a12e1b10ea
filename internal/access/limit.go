package access

import (
	"crypto/sha256"
	"sync"
	"time"
)

// limiter counts failed sign-ins per key (a client, an e-mail address) in a
// sliding window, and blocks a key that has failed max times within it.
//
// It lives in the memory of one process: several writ processes each count
// on their own, so an attacker spreading guesses over N processes gets N
// times the allowance, and a restart forgets every count. That is still a
// few guesses a minute against 15-character passwords hashed with argon2id.
//
// Keys are kept as their SHA-256, so the memory holds no e-mail address or
// IP address, and every entry has the same size. Memory grows with the keys
// that failed within the last window only: entries whose failures have all
// aged out are swept whenever the map has doubled since the last sweep.
type limiter struct {
	max    int
	window time.Duration

	mu       sync.Mutex
	failures map[[sha256.Size]byte][]time.Time
	sweepAt  int
}

// minSweep is the size of the map below which it is never swept.
const minSweep = 1024

func newLimiter(max int, window time.Duration) *limiter {
	return &limiter{max: max, window: window, failures: map[[sha256.Size]byte][]time.Time{}, sweepAt: minSweep}
}

// recent returns the failures of a key within the window before now,
// dropping the older ones. l.mu is held.
func (l *limiter) recent(k [sha256.Size]byte, now time.Time) []time.Time {
	fs := l.failures[k]
	i := 0
	for i < len(fs) && !fs[i].After(now.Add(-l.window)) {
		i++
	}
	if i == len(fs) {
		delete(l.failures, k)
		return nil
	}
	fs = fs[i:]
	l.failures[k] = fs
	return fs
}

// blocked reports whether any of the keys has failed max times within the
// window, and if so until when the latest-freed of them stays blocked.
func (l *limiter) blocked(now time.Time, keys ...string) (until time.Time, ok bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, key := range keys {
		fs := l.recent(keyOf(key), now)
		if len(fs) < l.max {
			continue
		}
		// The key is free again once the failure that brought it to max
		// has left the window.
		if u := fs[len(fs)-l.max].Add(l.window); u.After(until) {
			until = u
		}
		ok = true
	}
	return until, ok
}

// fail records a failure of each key at now.
func (l *limiter) fail(now time.Time, keys ...string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, key := range keys {
		k := keyOf(key)
		fs := append(l.recent(k, now), now)
		if len(fs) > l.max {
			fs = fs[len(fs)-l.max:]
		}
		l.failures[k] = fs
	}
	if len(l.failures) >= l.sweepAt {
		for k := range l.failures {
			l.recent(k, now)
		}
		l.sweepAt = max(minSweep, 2*len(l.failures))
	}
}

// reset forgets the failures of a key.
func (l *limiter) reset(key string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.failures, keyOf(key))
}

// keyOf is how a key is kept.
func keyOf(key string) [sha256.Size]byte { return sha256.Sum256([]byte(key)) }

// Attempts limits how often a client may fail at something guessable (a
// portal link's token): max failures within window, after which it is
// refused until the oldest of them leaves the window. Like the sign-in
// limit, it lives in one process's memory and keeps keys as hashes.
type Attempts struct{ l *limiter }

// NewAttempts returns a limit of max failures per key within window.
func NewAttempts(max int, window time.Duration) *Attempts {
	return &Attempts{l: newLimiter(max, window)}
}

// Blocked reports whether key has failed too often, and until when.
func (a *Attempts) Blocked(now time.Time, key string) (until time.Time, ok bool) {
	return a.l.blocked(now, key)
}

// Fail records a failure of key at now.
func (a *Attempts) Fail(now time.Time, key string) { a.l.fail(now, key) }
