package store_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/store/storetest"
)

// TestSQLiteAuditThroughTheEngine runs the audit's tests again with the
// audit reading through the engine alone, as it does when it cannot read
// the file's pages (TestSQLite's audits read them). It runs alone: no
// other test audits meanwhile.
func TestSQLiteAuditThroughTheEngine(t *testing.T) {
	store.AuditThroughTheEngine(true)
	defer store.AuditThroughTheEngine(false)
	before := store.AuditsFromPages()
	storetest.RunAudits(t, sqliteDatabase)
	if n := store.AuditsFromPages() - before; n != 0 {
		t.Errorf("%d audits read the pages", n)
	}
}

// TestSQLiteAuditFromPages: an audit of a database at rest reads the
// file's pages, on several workers at once, and finds what the engine's
// reading finds: a break in the first case stored, in the last, and in one
// between, each alone and all at once; a database whose write-ahead log
// another connection holds open is read through the engine, and verifies.
func TestSQLiteAuditFromPages(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "writ.db")
	s, err := store.Open(ctx, "sqlite:"+path, storetest.NewClock().Now)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	l, _ := store.AccessLogOf(s)
	auditor, _ := store.AuditorOf(s)
	at := time.Date(2022, 10, 20, 17, 4, 5, 0, time.UTC)
	// Enough cases for every table to span many leaf pages, in the order
	// they were stored, with payloads that go on in overflow pages.
	big := `{"order":"` + strings.Repeat("§ 1782 ", 1000) + `"}`
	var ids []string
	for i := range 60 {
		c, _, err := s.CreateCase(ctx, store.NewCase{Number: fmt.Sprintf("22-mc-%05d", i), Court: "cand"},
			store.NewEvent{Type: "order_entered", At: at, Actor: "staff:alice", Payload: json.RawMessage(big)}, "")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Append(ctx, c.ID, 1, "", store.NewEvent{Type: "notice_sent", At: at, Actor: "staff:alice", Payload: json.RawMessage(`{"n":1}`)}); err != nil {
			t.Fatal(err)
		}
		if _, err := l.RecordAccess(ctx, store.Access{CaseID: c.ID, At: at, Actor: "user:u-staff", Via: "page:case", What: []string{store.SeenAccountIDs}}); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}
	first, middle, last := ids[0], ids[len(ids)/2], ids[len(ids)-1]

	// audit audits through the pages (fromPages) or the engine, and says
	// whether it read the pages.
	audit := func(t *testing.T, fromPages bool) (*store.Audit, bool) {
		t.Helper()
		store.AuditThroughTheEngine(!fromPages)
		defer store.AuditThroughTheEngine(false)
		before := store.AuditsFromPages()
		a, err := auditor.Audit(ctx)
		if err != nil {
			t.Fatalf("Audit: %v", err)
		}
		return a, store.AuditsFromPages() > before
	}
	t.Run("OK", func(t *testing.T) {
		a, read := audit(t, true)
		if !read {
			t.Fatal("the audit of a database at rest did not read the pages")
		}
		if len(a.Breaks) != 0 || a.Cases != 60 || a.Events != 120 || a.Accesses != 60 {
			t.Errorf("audit: %d cases, %d events, %d accesses, breaks %+v; want 60, 120, 60 and none", a.Cases, a.Events, a.Accesses, a.Breaks)
		}
	})

	tamper := func(t *testing.T, statements ...string) {
		t.Helper()
		db, err := sql.Open("sqlite", path+"?_pragma=busy_timeout(10000)")
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		for _, st := range append([]string{"DROP TRIGGER IF EXISTS events_no_update", "DROP TRIGGER IF EXISTS data_access_no_update"}, statements...) {
			if _, err := db.ExecContext(ctx, st); err != nil {
				t.Fatalf("%s: %v", st, err)
			}
		}
	}
	alter := func(id string, seq int) string {
		return fmt.Sprintf(`UPDATE events SET actor = 'staff:mallory' WHERE case_id = '%s' AND seq = %d`, id, seq)
	}
	for _, tt := range []struct {
		name       string
		statements []string
		cases      []string
	}{
		{"ErrTampered/first case", []string{alter(first, 1)}, []string{first}},
		{"ErrTampered/last case", []string{alter(last, 2)}, []string{first, last}},
		{"ErrTampered/a case between, and its access log", []string{alter(middle, 1),
			fmt.Sprintf(`UPDATE data_access SET via = 'api' WHERE case_id = '%s'`, middle)}, []string{first, middle, last}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tamper(t, tt.statements...)
			a, read := audit(t, true)
			if !read {
				t.Fatal("the audit did not read the pages")
			}
			byEngine, _ := audit(t, false)
			if !reflect.DeepEqual(a.Breaks, byEngine.Breaks) {
				t.Fatalf("from the pages, breaks %+v; through the engine, %+v", a.Breaks, byEngine.Breaks)
			}
			broken := map[string]bool{}
			for _, b := range a.Breaks {
				broken[b.CaseID] = true
			}
			for _, id := range tt.cases {
				if !broken[id] {
					t.Errorf("case %s, tampered with, has no break: %+v", id, a.Breaks)
				}
			}
			if len(broken) != len(tt.cases) {
				t.Errorf("breaks in %d cases, want %d: %+v", len(broken), len(tt.cases), a.Breaks)
			}
		})
	}

	t.Run("OK with the log held open, through the engine", func(t *testing.T) {
		// Another connection reads (its snapshot holds the log), and an
		// append goes to the log: the file alone is not the snapshot.
		other, err := sql.Open("sqlite", path+"?_pragma=busy_timeout(10000)")
		if err != nil {
			t.Fatal(err)
		}
		defer other.Close()
		tx, err := other.BeginTx(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer tx.Rollback()
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM events").Scan(&n); err != nil {
			t.Fatal(err)
		}
		c, err := s.Case(ctx, ids[5])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Append(ctx, c.ID, c.Seq, "", store.NewEvent{Type: "notice_sent", At: at, Actor: "staff:alice", Payload: json.RawMessage(`{"n":2}`)}); err != nil {
			t.Fatal(err)
		}
		a, read := audit(t, true)
		if read {
			t.Error("the audit read the pages with the log not empty")
		}
		byEngine, _ := audit(t, false)
		if !reflect.DeepEqual(a.Breaks, byEngine.Breaks) || a.Events != byEngine.Events {
			t.Errorf("audit: breaks %+v, %d events; through the engine %+v, %d", a.Breaks, a.Events, byEngine.Breaks, byEngine.Events)
		}
	})
}
