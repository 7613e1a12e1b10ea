package storetest

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// Two stores opened separately on one database have two connection pools,
// as two writ processes would; the writers of these tests alternate between
// them.
const (
	writers          = 8
	appendsPerWriter = 5
	eventsPerAppend  = 2
	maxAttempts      = 1000
)

func testConcurrentAppends(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()
	db := fresh(t)
	stores := []store.Store{open(t, db, NewClock()), open(t, db, NewClock())}
	c := createCase(t, stores[0])

	var (
		mu        sync.Mutex
		acked     [][]store.Event
		conflicts int
		wg        sync.WaitGroup
		ready     sync.WaitGroup
		start     = make(chan struct{})
		errs      = make(chan error, writers)
	)
	ready.Add(writers)
	for w := range writers {
		wg.Go(func() {
			s := stores[w%len(stores)]
			// signal is called at the barrier, or on the way out if the
			// writer fails before it, so the others are not left waiting.
			signal := sync.OnceFunc(ready.Done)
			defer signal()
			for n := range appendsPerWriter {
				for attempt := 0; ; attempt++ {
					if attempt == maxAttempts {
						errs <- fmt.Errorf("writer %d: no append in %d attempts", w, maxAttempts)
						return
					}
					cs, err := s.Case(ctx, c.ID)
					if err != nil {
						errs <- fmt.Errorf("writer %d: Case: %w", w, err)
						return
					}
					if n == 0 && attempt == 0 {
						// Every writer has read seq 1 before any writes, so
						// all but one of these first appends must conflict.
						signal()
						<-start
					}
					batch := make([]store.NewEvent, eventsPerAppend)
					for i := range batch {
						batch[i] = event("notice_sent", 0)
						batch[i].Payload = json.RawMessage(fmt.Sprintf(`{"writer":%d,"append":%d,"event":%d}`, w, n, i))
					}
					evs, err := s.Append(ctx, c.ID, cs.Seq, "", batch...)
					if fault.Is(err, fault.Conflict) {
						mu.Lock()
						conflicts++
						mu.Unlock()
						continue
					}
					if err != nil {
						errs <- fmt.Errorf("writer %d: Append returned %w, want success or a conflict", w, err)
						return
					}
					mu.Lock()
					acked = append(acked, evs)
					mu.Unlock()
					break
				}
			}
		})
	}
	ready.Wait()
	close(start)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if t.Failed() {
		return
	}
	if conflicts < writers-1 {
		t.Errorf("%d conflicts, want at least %d: every writer but one appended after a stale seq", conflicts, writers-1)
	}
	t.Logf("%d appends, %d conflicts", len(acked), conflicts)

	all := events(t, stores[1], c.ID)
	wantN := 1 + writers*appendsPerWriter*eventsPerAppend
	if len(all) != wantN {
		t.Fatalf("%d events stored, want %d", len(all), wantN)
	}
	checkChain(t, all) // seqs 1..N, no gap, no duplicate, one chain
	seen := map[string]int{}
	for _, e := range all {
		seen[string(e.Payload)]++
	}
	for _, evs := range acked {
		for _, e := range evs {
			if seen[string(e.Payload)] != 1 {
				t.Errorf("acknowledged event %s is stored %d times", e.Payload, seen[string(e.Payload)])
			}
			equal(t, "acknowledged event as stored", all[e.Seq-1], e)
		}
	}
	got, err := stores[0].Case(ctx, c.ID)
	if err != nil {
		t.Fatalf("Case: %v", err)
	}
	if got.Seq != int64(wantN) || got.Head != all[wantN-1].Hash {
		t.Errorf("case head at %d %s, want %d %s", got.Seq, got.Head, wantN, all[wantN-1].Hash)
	}
	verifyClean(t, stores[0])
}

// testConcurrentRetries sends one request many times at once, as a client
// retrying over a flaky network through several writ processes would:
// every copy gets the same answer and the request is stored once.
func testConcurrentRetries(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()

	// race runs fn in writers goroutines started together, alternating
	// between stores, and returns what each got.
	race := func(stores []store.Store, fn func(s store.Store) (any, error)) ([]any, []error) {
		var (
			wg    sync.WaitGroup
			start = make(chan struct{})
			got   = make([]any, writers)
			errs  = make([]error, writers)
		)
		for w := range writers {
			wg.Go(func() {
				<-start
				got[w], errs[w] = fn(stores[w%len(stores)])
			})
		}
		close(start)
		wg.Wait()
		return got, errs
	}

	t.Run("Append", func(t *testing.T) {
		db := fresh(t)
		stores := []store.Store{open(t, db, NewClock()), open(t, db, NewClock())}
		c := createCase(t, stores[0])
		got, errs := race(stores, func(s store.Store) (any, error) {
			return s.Append(ctx, c.ID, 1, "notices-1", event("notice_sent", 1), event("notice_sent", 2))
		})
		for w := range writers {
			if errs[w] != nil {
				t.Fatalf("retry %d: %v", w, errs[w])
			}
			equal(t, "events of a retry", got[w], got[0])
		}
		if evs := events(t, stores[1], c.ID); len(evs) != 3 {
			t.Fatalf("%d events, want 3 (the request stored once)", len(evs))
		}
	})

	t.Run("CreateCase", func(t *testing.T) {
		db := fresh(t)
		stores := []store.Store{open(t, db, NewClock()), open(t, db, NewClock())}
		got, errs := race(stores, func(s store.Store) (any, error) {
			c, _, err := s.CreateCase(ctx, seed, event("order_entered", 0), "create-1")
			return c.ID, err
		})
		for w := range writers {
			if errs[w] != nil {
				t.Fatalf("retry %d: %v", w, errs[w])
			}
			equal(t, "case of a retry", got[w], got[0])
		}
		cases, err := stores[1].Cases(ctx)
		if err != nil {
			t.Fatalf("Cases: %v", err)
		}
		if len(cases) != 1 {
			t.Fatalf("%d cases, want 1 (the request stored once)", len(cases))
		}
	})
}

// testConcurrentOpen opens a new database from several processes at once,
// as writ processes starting together would: each finds the schema up to
// date, whichever of them made it so.
func testConcurrentOpen(t *testing.T, fresh func(*testing.T) Database) {
	const openers = 4
	ctx := context.Background()
	db := fresh(t)
	var (
		wg     sync.WaitGroup
		start  = make(chan struct{})
		stores = make([]store.Store, openers)
		errs   = make([]error, openers)
	)
	for i := range openers {
		wg.Go(func() {
			<-start
			stores[i], errs[i] = store.Open(ctx, db.DSN, NewClock().Now)
		})
	}
	close(start)
	wg.Wait()
	for i, s := range stores {
		if errs[i] != nil {
			t.Errorf("Open %d: %v", i, errs[i])
			continue
		}
		t.Cleanup(func() { s.Close() })
		createCase(t, s)
	}
}
