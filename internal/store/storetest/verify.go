package storetest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/store"
)

// tampering is one way of altering the log behind the store's back, and the
// events Verify must name for it. In the statements, %[1]s is the ID of the
// tampered case, which has events 1 to 5.
var tampering = []struct {
	name       string
	statements []string
	seqs       []int64
}{
	{"Payload", []string{`UPDATE events SET payload = '{"n":30}' WHERE case_id = '%[1]s' AND seq = 3`}, []int64{3}},
	{"PayloadSpacing", []string{`UPDATE events SET payload = '{"n": 3}' WHERE case_id = '%[1]s' AND seq = 3`}, []int64{3}},
	{"Type", []string{`UPDATE events SET type = 'ruling_entered' WHERE case_id = '%[1]s' AND seq = 2`}, []int64{2}},
	{"At", []string{`UPDATE events SET at = '2001-02-03T04:05:06Z' WHERE case_id = '%[1]s' AND seq = 2`}, []int64{2}},
	{"RecordedAt", []string{`UPDATE events SET recorded_at = '2030-01-01T00:00:00Z' WHERE case_id = '%[1]s' AND seq = 4`}, []int64{4}},
	{"Actor", []string{`UPDATE events SET actor = 'staff:mallory' WHERE case_id = '%[1]s' AND seq = 5`}, []int64{5}},
	{"IdempotencyKey", []string{`UPDATE events SET idempotency_key = 'forged' WHERE case_id = '%[1]s' AND seq = 1`}, []int64{1}},
	// Whoever alters an event and rewrites its hash still breaks the link
	// from the event after it.
	{"Hash", []string{`UPDATE events SET hash = '` + strings.Repeat("e", 64) + `' WHERE case_id = '%[1]s' AND seq = 3`}, []int64{3, 4}},
	{"SwapTwoEvents", []string{
		`UPDATE events SET seq = 100 WHERE case_id = '%[1]s' AND seq = 2`,
		`UPDATE events SET seq = 2 WHERE case_id = '%[1]s' AND seq = 3`,
		`UPDATE events SET seq = 3 WHERE case_id = '%[1]s' AND seq = 100`,
	}, []int64{2, 3}},
	{"Renumber", []string{
		`UPDATE events SET seq = seq + 100 WHERE case_id = '%[1]s' AND seq >= 4`,
		`UPDATE events SET seq = seq - 99 WHERE case_id = '%[1]s' AND seq >= 100`,
	}, []int64{4}},
	{"DeleteFirstEvent", []string{`DELETE FROM events WHERE case_id = '%[1]s' AND seq = 1`}, []int64{1}},
	{"DeleteMiddleEvent", []string{`DELETE FROM events WHERE case_id = '%[1]s' AND seq = 3`}, []int64{3}},
	{"DeleteLastEvent", []string{`DELETE FROM events WHERE case_id = '%[1]s' AND seq = 5`}, []int64{5}},
	{"DeleteAllEvents", []string{`DELETE FROM events WHERE case_id = '%[1]s'`}, []int64{5}},
	{"ForgeEventAfterHead", []string{
		`INSERT INTO events (case_id, seq, type, at, recorded_at, actor, payload, idempotency_key, prev_hash, hash)
		 SELECT case_id, 6, 'production_released', at, recorded_at, actor, payload, '', hash, hash
		 FROM events WHERE case_id = '%[1]s' AND seq = 5`,
	}, []int64{6}},
	{"CaseHeadHash", []string{`UPDATE cases SET head = '` + strings.Repeat("f", 64) + `' WHERE id = '%[1]s'`}, []int64{5}},
	{"CaseHeadSeqBack", []string{`UPDATE cases SET seq = 4 WHERE id = '%[1]s'`}, []int64{5}},
	{"CaseHeadSeqAhead", []string{`UPDATE cases SET seq = 6 WHERE id = '%[1]s'`}, []int64{6}},
	{"DeleteCase", []string{`DELETE FROM cases WHERE id = '%[1]s'`}, []int64{5}},
}

func testVerify(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()

	// seed fills a store with the case to tamper with (events 1 to 5) and
	// a bystander case that must stay clean.
	seedCases := func(t *testing.T, s store.Store) (tampered, bystander store.Case) {
		tampered, bystander = createCase(t, s), createCase(t, s)
		for i := 1; i <= 4; i++ {
			appendOK(t, s, tampered.ID, event("notice_sent", i))
		}
		appendOK(t, s, bystander.ID, event("notice_sent", 1), event("notice_sent", 2))
		return tampered, bystander
	}

	t.Run("OK", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		verifyClean(t, s) // an empty store
		seedCases(t, s)
		verifyClean(t, s)
	})

	for _, tt := range tampering {
		t.Run("ErrTampered/"+tt.name, func(t *testing.T) {
			t.Parallel()
			s, db, _ := newStore(t, fresh)
			tampered, bystander := seedCases(t, s)
			stmts := make([]string, len(tt.statements))
			for i, st := range tt.statements {
				stmts[i] = fmt.Sprintf(st, tampered.ID)
			}
			db.Tamper(t, stmts...)

			breaks, err := s.Verify(ctx)
			if err != nil {
				t.Fatalf("Verify: %v", err)
			}
			var named []int64
			for _, b := range breaks {
				if b.CaseID != tampered.ID {
					t.Errorf("Verify blames case %s (the bystander is %s): %+v", b.CaseID, bystander.ID, b)
				}
				if b.Problem == "" {
					t.Errorf("break without a problem: %+v", b)
				}
				named = append(named, b.Seq)
			}
			for _, seq := range tt.seqs {
				if !slices.Contains(named, seq) {
					t.Errorf("Verify does not name event %d of case %s; it found %+v", seq, tampered.ID, breaks)
				}
			}
			// The audit of the whole store (writ audit verify) finds the
			// same breaks, and no other: the cases have no access log or
			// blob to break.
			auditor, ok := store.AuditorOf(s)
			if !ok {
				t.Fatal("the store has no auditor")
			}
			a, err := auditor.Audit(ctx)
			if err != nil {
				t.Fatalf("Audit: %v", err)
			}
			if !slices.Equal(a.Breaks, breaks) {
				t.Errorf("Audit found %+v; Verify %+v", a.Breaks, breaks)
			}
			if !t.Failed() {
				t.Logf("breaks: %+v", breaks)
			}
		})
	}
}

// testAppendOnly checks the schema's own guard: the log cannot be altered
// or pruned through SQL by mistake, and a refused statement changes nothing.
func testAppendOnly(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()
	for _, tt := range []struct{ name, statement string }{
		{"ErrUpdate", `UPDATE events SET payload = '{"n":30}' WHERE case_id = '%[1]s' AND seq = 1`},
		{"ErrDelete", `DELETE FROM events WHERE case_id = '%[1]s' AND seq = 2`},
		{"ErrDeleteCase", `DELETE FROM cases WHERE id = '%[1]s'`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s, db, _ := newStore(t, fresh)
			c := createCase(t, s)
			appendOK(t, s, c.ID, event("notice_sent", 1))
			before := events(t, s, c.ID)
			if err := db.Exec(ctx, fmt.Sprintf(tt.statement, c.ID)); err == nil {
				t.Fatalf("the database accepted %q", tt.statement)
			}
			equal(t, "events", events(t, s, c.ID), before)
			verifyClean(t, s)
		})
	}
}

// testDurable checks that what Append acknowledged is there for the next
// process to open the database.
func testDurable(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()
	db := fresh(t)
	clock := NewClock()
	s, err := store.Open(ctx, db.DSN, clock.Now)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	c := createCase(t, s)
	acked := appendOK(t, s, c.ID, event("notice_sent", 1), event("notice_sent", 2))
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}

	s = open(t, db, clock)
	evs := events(t, s, c.ID)
	if len(evs) != 3 {
		t.Fatalf("%d events after reopening, want 3", len(evs))
	}
	equal(t, "acknowledged events after reopening", evs[1:], acked)
	got, err := s.Case(ctx, c.ID)
	if err != nil {
		t.Fatalf("Case: %v", err)
	}
	if got.Seq != 3 || got.Head != acked[1].Hash {
		t.Errorf("case head after reopening at %d %s, want 3 %s", got.Seq, got.Head, acked[1].Hash)
	}
	verifyClean(t, s)
}
