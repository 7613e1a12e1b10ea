package storetest

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// testAccessLog: every access to a person's data is kept, in order, in a
// chain that verifies; concurrent accesses each get their own place; the
// log cannot be changed afterwards, and a change made behind the store's
// back is found by VerifyAccesses.
func testAccessLog(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()
	s, db, _ := newStore(t, fresh)
	l, ok := store.AccessLogOf(s)
	if !ok {
		t.Fatal("the store keeps no access log")
	}
	c := createCase(t, s)
	at := time.Date(2022, 11, 21, 9, 30, 0, 123456789, zone)

	first, err := l.RecordAccess(ctx, store.Access{CaseID: c.ID, At: at, Actor: "user:u-staff", Via: "page:case",
		What: []string{store.SeenNotes, store.SeenAccountIDs, store.SeenNotes}})
	if err != nil {
		t.Fatalf("RecordAccess: %v", err)
	}
	if first.Seq != 1 || first.PrevHash != store.ZeroHash || first.Hash != store.AccessHash(first) {
		t.Errorf("first access = %+v", first)
	}
	if fmt.Sprint(first.What) != "[account_ids notes]" {
		t.Errorf("What = %v, want the kinds sorted, each once", first.What)
	}

	const n = 12
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := l.RecordAccess(ctx, store.Access{CaseID: c.ID, At: at.Add(time.Duration(i) * time.Second),
				Actor: fmt.Sprintf("user:u-%d", i), Via: "api:case-log", What: []string{store.SeenEventLog}})
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("concurrent RecordAccess: %v", err)
		}
	}
	got, err := l.Accesses(ctx, c.ID)
	if err != nil {
		t.Fatalf("Accesses: %v", err)
	}
	if len(got) != n+1 {
		t.Fatalf("%d accesses, want %d", len(got), n+1)
	}
	if bad := store.VerifyAccesses(got); bad != 0 {
		t.Errorf("the chain breaks at %d", bad)
	}
	if !got[0].At.Equal(at.Truncate(time.Microsecond)) || got[0].At.Location() != time.UTC || got[0].Actor != "user:u-staff" {
		t.Errorf("first access read back = %+v", got[0])
	}

	altered := append([]store.Access(nil), got...)
	altered[4].Actor = "user:u-someone-else"
	if bad := store.VerifyAccesses(altered); bad != 5 {
		t.Errorf("an altered actor: VerifyAccesses = %d, want 5", bad)
	}
	if bad := store.VerifyAccesses(append(got[:3:3], got[4:]...)); bad != 4 {
		t.Errorf("a removed access: VerifyAccesses = %d, want 4", bad)
	}

	for _, stmt := range []string{
		`UPDATE data_access SET actor = 'x' WHERE case_id = '%[1]s' AND seq = 1`,
		`DELETE FROM data_access WHERE case_id = '%[1]s' AND seq = 2`,
	} {
		if err := db.Exec(ctx, fmt.Sprintf(stmt, c.ID)); err == nil {
			t.Errorf("the database accepted %q", stmt)
		}
	}
	again, err := l.Accesses(ctx, c.ID)
	if err != nil || len(again) != len(got) || store.VerifyAccesses(again) != 0 {
		t.Errorf("after refused changes: %d accesses, %v", len(again), err)
	}

	// The case keeps the head of its access log, so that deleting its
	// last accesses — possible to whoever holds the database, past the
	// triggers — is seen although the chain that remains verifies.
	seq, head, err := l.AccessHead(ctx, c.ID)
	if err != nil || seq != int64(len(got)) || head != got[len(got)-1].Hash {
		t.Fatalf("AccessHead = %d %q %v; want %d and the last hash", seq, head, err, len(got))
	}
	if p := store.VerifyAccessHead(got, seq, head); p != "" {
		t.Errorf("VerifyAccessHead of an intact log: %s", p)
	}
	for _, stmt := range []string{`DROP TRIGGER data_access_no_delete`, `DROP TRIGGER data_access_no_change ON data_access`} {
		_ = db.Exec(ctx, stmt) // one of the two is this dialect's
	}
	if err := db.Exec(ctx, fmt.Sprintf(`DELETE FROM data_access WHERE case_id = '%s' AND seq = %d`, c.ID, len(got))); err != nil {
		t.Fatalf("trimming the log behind the store's back: %v", err)
	}
	trimmed, err := l.Accesses(ctx, c.ID)
	if err != nil || store.VerifyAccesses(trimmed) != 0 {
		t.Fatalf("the trimmed chain: %v", err)
	}
	if p := store.VerifyAccessHead(trimmed, seq, head); !strings.Contains(p, "deleted from its end") {
		t.Errorf("VerifyAccessHead of a trimmed log: %q", p)
	}

	if _, err := l.RecordAccess(ctx, store.Access{CaseID: "c-nosuchcase", At: at, Actor: "a", Via: "v", What: []string{"x"}}); !fault.Is(err, fault.NotFound) {
		t.Errorf("RecordAccess on an unknown case: %v", err)
	}
	if _, err := l.Accesses(ctx, "c-nosuchcase"); !fault.Is(err, fault.NotFound) {
		t.Errorf("Accesses of an unknown case: %v", err)
	}
	for _, a := range []store.Access{
		{CaseID: c.ID, At: at, Via: "v", What: []string{"x"}},
		{CaseID: c.ID, At: at, Actor: "a", What: []string{"x"}},
		{CaseID: c.ID, At: at, Actor: "a", Via: "v"},
		{CaseID: c.ID, Actor: "a", Via: "v", What: []string{"x"}},
		{CaseID: c.ID, At: at, Actor: "a\x00", Via: "v", What: []string{"x"}},
	} {
		if _, err := l.RecordAccess(ctx, a); !fault.Is(err, fault.Invalid) {
			t.Errorf("RecordAccess(%+v): %v, want invalid", a, err)
		}
	}
}
