// Package storetest is the conformance suite of writ's event store: every
// behaviour the rest of writ relies on, run against each database the store
// supports, so that a deployment moving from SQLite to PostgreSQL changes
// nothing but speed.
package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// Database is one fresh, empty database for one test.
type Database struct {
	// DSN is what store.Open takes; the suite may open several stores on
	// it at once, as several writ processes would.
	DSN string
	// Exec runs one SQL statement directly against the database with every
	// guard of the schema in place, as a careless operator would.
	Exec func(ctx context.Context, statement string) error
	// Tamper runs SQL statements directly against the database around the
	// store's guards (append-only triggers, foreign keys), as someone with
	// write access to the database files or server could. It fails t if a
	// statement fails.
	Tamper func(t *testing.T, statements ...string)
}

// Run runs every behaviour test of the store. fresh returns a new, empty
// database for one test and removes it when that test ends; tests run in
// parallel.
func Run(t *testing.T, fresh func(t *testing.T) Database) {
	tests := []struct {
		name string
		fn   func(*testing.T, func(*testing.T) Database)
	}{
		{"CreateCase", testCreateCase},
		{"Case", testCase},
		{"Cases", testCases},
		{"Append", testAppend},
		{"Events", testEvents},
		{"ConcurrentAppends", testConcurrentAppends},
		{"ConcurrentRetries", testConcurrentRetries},
		{"ConcurrentOpen", testConcurrentOpen},
		{"Durable", testDurable},
		{"AppendOnly", testAppendOnly},
		{"Verify", testVerify},
		{"Audit", testAudit},
		{"AuditTampering", testAuditTampering},
		{"Blobs", testBlobs},
		{"Users", testUsers},
		{"UserLinks", testUserLinks},
		{"Reminders", testReminders},
		{"AccessLog", testAccessLog},
		{"Writable", testWritable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.fn(t, fresh)
		})
	}
}

// RunAudits runs the tests of what an audit finds (Verify, Audit, the
// tamperings, the blobs): for a store that can audit in more than one way,
// to run again the other way.
func RunAudits(t *testing.T, fresh func(t *testing.T) Database) {
	for name, fn := range map[string]func(*testing.T, func(*testing.T) Database){
		"Verify": testVerify, "Audit": testAudit, "AuditTampering": testAuditTampering, "Blobs": testBlobs,
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			fn(t, fresh)
		})
	}
}

// Clock is the store's injected clock in tests: every reading is a step
// later than the one before, in a zone that is not UTC and with
// nanoseconds, so that the store's conversion to UTC microseconds shows.
type Clock struct {
	mu   sync.Mutex
	next time.Time
}

// zone is a zone east of UTC, where the UTC date differs in the morning.
var zone = time.FixedZone("JST", 9*60*60)

// NewClock returns a clock whose first reading is 2022-10-20 09:15:00.123456789 JST.
func NewClock() *Clock {
	return &Clock{next: time.Date(2022, 10, 20, 9, 15, 0, 123456789, zone)}
}

// Now returns the clock's reading and moves it on by 1.000000999 s.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.next
	c.next = c.next.Add(time.Second + 999)
	return t
}

// Peek returns the next reading without taking it.
func (c *Clock) Peek() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.next
}

// open opens a store on db that is closed when t ends.
func open(t *testing.T, db Database, clock *Clock) store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), db.DSN, clock.Now)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	return s
}

// newStore opens a store on a fresh database.
func newStore(t *testing.T, fresh func(*testing.T) Database) (store.Store, Database, *Clock) {
	t.Helper()
	db := fresh(t)
	clock := NewClock()
	return open(t, db, clock), db, clock
}

// event returns a valid new event whose payload says n.
func event(typ string, n int) store.NewEvent {
	return store.NewEvent{
		Type:    typ,
		At:      time.Date(2022, 10, 20, 17, 4, 5, 0, time.UTC).Add(time.Duration(n) * time.Hour),
		Actor:   "staff:alice",
		Payload: json.RawMessage(fmt.Sprintf(`{"n":%d}`, n)),
	}
}

// seed is the case most tests start from.
var seed = store.NewCase{Number: "22-mc-80240-VKD", Court: "cand"}

// createCase creates the seed case with its first event.
func createCase(t *testing.T, s store.Store) store.Case {
	t.Helper()
	c, _, err := s.CreateCase(context.Background(), seed, event("order_entered", 0), "")
	if err != nil {
		t.Fatalf("CreateCase: %v", err)
	}
	return c
}

// appendOK appends events after the case's current seq and fails t on error.
func appendOK(t *testing.T, s store.Store, caseID string, events ...store.NewEvent) []store.Event {
	t.Helper()
	ctx := context.Background()
	c, err := s.Case(ctx, caseID)
	if err != nil {
		t.Fatalf("Case: %v", err)
	}
	evs, err := s.Append(ctx, caseID, c.Seq, "", events...)
	if err != nil {
		t.Fatalf("Append: %v", err)
	}
	return evs
}

// events reads a case's events and fails t on error.
func events(t *testing.T, s store.Store, caseID string) []store.Event {
	t.Helper()
	evs, err := s.Events(context.Background(), caseID)
	if err != nil {
		t.Fatalf("Events: %v", err)
	}
	return evs
}

// wantCode fails t unless err carries code.
func wantCode(t *testing.T, err error, code fault.Code) {
	t.Helper()
	if got := fault.CodeOf(err); got != code {
		t.Fatalf("error = %v (code %q), want code %q", err, got, code)
	}
}

// equal fails t unless got and want are deeply equal.
func equal[T any](t *testing.T, what string, got, want T) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%s:\n got %+v\nwant %+v", what, got, want)
	}
}

// checkChain fails t unless evs are the events 1..len(evs) of one case,
// each linked to the one before and carrying its own hash.
func checkChain(t *testing.T, evs []store.Event) {
	t.Helper()
	prev := store.ZeroHash
	for i, e := range evs {
		if e.Seq != int64(i+1) {
			t.Fatalf("event %d has seq %d", i+1, e.Seq)
		}
		if e.PrevHash != prev {
			t.Fatalf("event %d: prev_hash %s, want %s", e.Seq, e.PrevHash, prev)
		}
		if h := store.Hash(e); e.Hash != h {
			t.Fatalf("event %d: hash %s, want %s", e.Seq, e.Hash, h)
		}
		prev = e.Hash
	}
}

// verifyClean fails t unless Verify finds nothing.
func verifyClean(t *testing.T, s store.Store) {
	t.Helper()
	breaks, err := s.Verify(context.Background())
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if len(breaks) != 0 {
		t.Fatalf("Verify found breaks in an untampered store: %+v", breaks)
	}
}

// testWritable: a database opened for writing says it takes writes, and
// the probe leaves nothing behind.
func testWritable(t *testing.T, fresh func(*testing.T) Database) {
	s, _, _ := newStore(t, fresh)
	c := createCase(t, s)
	if err := s.Writable(context.Background()); err != nil {
		t.Fatalf("Writable: %v", err)
	}
	after, err := s.Case(context.Background(), c.ID)
	if err != nil || after.Seq != c.Seq || after.Head != c.Head {
		t.Errorf("the probe changed the case: %+v, %v", after, err)
	}
}
