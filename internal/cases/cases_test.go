package cases

import (
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
)

// TestWarmAndCache: Warm loads a few cases (here both), a loaded case is served from
// memory while its head is unchanged and read again once it moves, and the
// cases of one court share its calendar.
func TestWarmAndCache(t *testing.T) {
	ctx := context.Background()
	svc := testService(t)
	var ids []string
	for range 2 {
		c, err := svc.Open(ctx, examples.SeedOrder(), "", "")
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}

	fresh := &Service{Store: svc.Store, Now: time.Now, Actor: "test"}
	if n, err := fresh.Warm(ctx); err != nil || n != 2 {
		t.Fatalf("Warm = %d, %v; want 2, nil", n, err)
	}
	a, err := fresh.Load(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	b, err := fresh.Load(ctx, ids[1])
	if err != nil {
		t.Fatal(err)
	}
	if again, _ := fresh.Load(ctx, ids[0]); again != a {
		t.Error("a case loaded twice with the same head was read again")
	}
	if a.Calendar != b.Calendar {
		t.Error("two cases of one court do not share its calendar")
	}

	loc := a.Calendar.Location
	yes := true
	served := matter.Event{Type: matter.SubpoenaServed, At: time.Date(2022, 10, 20, 0, 0, 0, 0, loc), WithOrder: &yes, Conforms: &yes}
	if _, err := svc.Record(ctx, ids[0], served, ""); err != nil {
		t.Fatal(err)
	}
	moved, err := fresh.Load(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if moved == a || moved.Seq != 2 || len(moved.Events) != 2 || len(moved.Stored) != 2 {
		t.Errorf("after an append: same=%v seq=%d events=%d stored=%d; want a new case at seq 2 with 2 events",
			moved == a, moved.Seq, len(moved.Events), len(moved.Stored))
	}
}

// countingStore counts the reads of each case's events (a read is a
// cache miss) and, while gate is set, holds every read until it is closed.
type countingStore struct {
	store.Store
	mu    sync.Mutex
	reads map[string]int
	gate  chan struct{}
}

func (s *countingStore) Events(ctx context.Context, id string) ([]store.Event, error) {
	s.mu.Lock()
	s.reads[id]++
	gate := s.gate
	s.mu.Unlock()
	if gate != nil {
		<-gate
	}
	return s.Store.Events(ctx, id)
}

func (s *countingStore) count(id string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.reads[id]
}

func (s *countingStore) total() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, r := range s.reads {
		n += r
	}
	return n
}

// testService is a service over a store of its own, in a SQLite file the
// test removes, on the system's clock.
func testService(t *testing.T) *Service {
	t.Helper()
	st, err := store.Open(context.Background(), "sqlite:"+filepath.Join(t.TempDir(), "writ.db"), time.Now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &Service{Store: st, Now: time.Now, Actor: "test"}
}

// openCases opens n cases of the seed order, the first opened first in
// the list, and returns a counting view of their store.
func openCases(t *testing.T, n int) (*countingStore, []string) {
	t.Helper()
	ctx := context.Background()
	opener := testService(t)
	st := opener.Store
	var ids []string
	for range n {
		c, err := opener.Open(ctx, examples.SeedOrder(), "", "")
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}
	return &countingStore{Store: st, reads: map[string]int{}}, ids
}

func mustLoad(t *testing.T, svc *Service, id string) *Case {
	t.Helper()
	c, err := svc.Load(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// TestCacheKeepsHotCasesUnderAScan: the cache holds at most its room of
// cases, and the cases requests keep asking for stay in it through a pass
// over every case, such as the reminders' tick makes (issue 17). A plain
// LRU cache of the same room would let the pass push them all out.
func TestCacheKeepsHotCasesUnderAScan(t *testing.T) {
	counting, ids := openCases(t, 40)
	svc := &Service{Store: counting, Now: time.Now, Actor: "test", CacheCases: 10}
	hot := ids[10:13]
	for range 2 {
		for _, id := range hot {
			mustLoad(t, svc, id)
		}
	}
	for _, id := range hot {
		if n := counting.count(id); n != 1 {
			t.Fatalf("the case %s asked for twice was read %d times, want once", id, n)
		}
	}
	for range 2 {
		for _, id := range ids {
			mustLoad(t, svc, id)
			if held := svc.CacheStats().Held; held > 10 {
				t.Fatalf("the cache holds %d cases; its room is 10", held)
			}
		}
	}
	for _, id := range hot {
		mustLoad(t, svc, id)
		if n := counting.count(id); n != 1 {
			t.Errorf("the hot case %s was read %d times through two passes over every case, want once", id, n)
		}
	}
	if st := svc.CacheStats(); st.Held != 10 || st.Room != 10 {
		t.Errorf("after the passes the cache holds %d of room %d, want 10 of 10", st.Held, st.Room)
	}
}

// TestCacheStaleHeadNeverServed: a case is served from memory only as of
// the store's head; once an event is appended (by another process, here
// another Service), the next load reads it again; and a read of an older
// head that ends after the newer one was kept does not replace it.
func TestCacheStaleHeadNeverServed(t *testing.T) {
	ctx := context.Background()
	counting, ids := openCases(t, 1)
	id := ids[0]
	svc := &Service{Store: counting, Now: time.Now, Actor: "test"}
	old := mustLoad(t, svc, id)
	if again := mustLoad(t, svc, id); again != old || counting.count(id) != 1 {
		t.Fatalf("the same head was read again (%d reads)", counting.count(id))
	}

	other := &Service{Store: counting.Store, Now: time.Now, Actor: "test"}
	yes := true
	served := matter.Event{Type: matter.SubpoenaServed, At: time.Date(2022, 10, 20, 0, 0, 0, 0, old.Calendar.Location), WithOrder: &yes, Conforms: &yes}
	if _, err := other.Record(ctx, id, served, ""); err != nil {
		t.Fatal(err)
	}
	moved := mustLoad(t, svc, id)
	if moved == old || moved.Seq != 2 || len(moved.Events) != 2 || moved.Events[1].Type != matter.SubpoenaServed {
		t.Fatalf("after another's append: seq %d with %d events, want the served subpoena at seq 2", moved.Seq, len(moved.Events))
	}

	// A request that read the case's row before the append finishes
	// reading after the newer version was kept: it gets the case as of
	// its row, and the cache keeps the newer one.
	late, err := svc.load(ctx, old.Case)
	if err != nil {
		t.Fatal(err)
	}
	if late.Seq != 1 || len(late.Events) != 1 {
		t.Errorf("a load as of seq 1 gave seq %d with %d events", late.Seq, len(late.Events))
	}
	reads := counting.count(id)
	if now := mustLoad(t, svc, id); now.Seq != 2 || counting.count(id) != reads {
		t.Errorf("after the late read of seq 1, the current head (seq 2) came back at seq %d with %d more reads; want seq 2 from memory",
			now.Seq, counting.count(id)-reads)
	}
}

// TestCacheReadsOnce: many requests for a case that is not in memory read
// it once between them (run with -race); one whose request ends stops
// waiting, and the read goes on for the others and is kept.
func TestCacheReadsOnce(t *testing.T) {
	counting, ids := openCases(t, 2)
	t.Run("OK", func(t *testing.T) {
		svc := &Service{Store: counting, Now: time.Now, Actor: "test"}
		gate := make(chan struct{})
		counting.mu.Lock()
		counting.gate = gate
		counting.mu.Unlock()
		id := ids[0]
		var wg sync.WaitGroup
		got := make([]*Case, 32)
		for i := range got {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c, err := svc.Load(context.Background(), id)
				if err != nil {
					t.Error(err)
				}
				got[i] = c
			}()
		}
		// Let the first read through once it has begun; the others wait
		// for it or find its case kept.
		for counting.count(id) == 0 {
			time.Sleep(time.Millisecond)
		}
		time.Sleep(20 * time.Millisecond)
		counting.mu.Lock()
		counting.gate = nil
		counting.mu.Unlock()
		close(gate)
		wg.Wait()
		if n := counting.count(id); n != 1 {
			t.Errorf("32 requests at once read the case %d times, want once", n)
		}
		for i, c := range got {
			if c != got[0] {
				t.Errorf("request %d got another copy of the case", i)
			}
		}
	})
	t.Run("ErrCanceled", func(t *testing.T) {
		svc := &Service{Store: counting, Now: time.Now, Actor: "test"}
		id := ids[1]
		gate := make(chan struct{})
		counting.mu.Lock()
		counting.gate = gate
		counting.mu.Unlock()
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error)
		go func() {
			_, err := svc.Load(ctx, id)
			done <- err
		}()
		for counting.count(id) == 0 {
			time.Sleep(time.Millisecond)
		}
		open := sync.OnceFunc(func() {
			counting.mu.Lock()
			counting.gate = nil
			counting.mu.Unlock()
			close(gate)
		})
		defer open()
		cancel()
		select {
		case err := <-done:
			if !errors.Is(err, context.Canceled) {
				t.Errorf("a canceled request's load returned %v, want context.Canceled", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("a canceled request still waits for the read of its case")
		}
		open()
		for deadline := time.Now().Add(10 * time.Second); svc.CacheStats().Reads == 0; time.Sleep(time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatal("the read the canceled request began was not kept")
			}
		}
		mustLoad(t, svc, id)
		if n := counting.count(id); n != 1 {
			t.Errorf("the case was read %d times, want once: the canceled request's read is kept for the next", n)
		}
	})
}

// TestWarmLoadsTheNewest: Warm loads the newest quarter of the room, not
// every case, and those are then answered from memory.
func TestWarmLoadsTheNewest(t *testing.T) {
	counting, ids := openCases(t, 12)
	svc := &Service{Store: counting, Now: time.Now, Actor: "test", CacheCases: 8}
	n, err := svc.Warm(context.Background())
	if err != nil || n != 2 {
		t.Fatalf("Warm = %d, %v; want 2 (a quarter of 8), nil", n, err)
	}
	if total := counting.total(); total != 2 {
		t.Errorf("Warm read %d cases, want 2", total)
	}
	for _, id := range ids[10:] {
		mustLoad(t, svc, id)
		if c := counting.count(id); c != 1 {
			t.Errorf("the new case %s was read %d times, want once (by Warm)", id, c)
		}
	}
	if c := counting.count(ids[0]); c != 0 {
		t.Errorf("Warm read the oldest case")
	}
}
