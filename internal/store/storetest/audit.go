package storetest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/store"
)

// auditCases is enough cases for an audit to cut them into several ranges
// and read them on several connections at once.
const auditCases = 150

// testAudit: the audit of the whole store (writ audit verify) reads every
// case, in ranges read side by side, and finds everything Verify,
// VerifyAccesses with VerifyAccessHead, and VerifyBlobs find, naming only
// the cases altered; appends that commit while it reads are no breaks.
func testAudit(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()
	s, db, _ := newStore(t, fresh)
	auditor, ok := store.AuditorOf(s)
	if !ok {
		t.Fatal("the store has no auditor")
	}
	l, _ := store.AccessLogOf(s)
	at := time.Date(2022, 11, 21, 9, 30, 0, 0, zone)
	var ids []string
	for i := range auditCases {
		c := createCase(t, s)
		appendOK(t, s, c.ID, event("notice_sent", 1))
		for k := range 2 {
			if _, err := l.RecordAccess(ctx, store.Access{CaseID: c.ID, At: at.Add(time.Duration(i*2+k) * time.Second), Actor: "user:u-staff",
				Via: "page:case", What: []string{store.SeenAccountIDs}}); err != nil {
				t.Fatal(err)
			}
		}
		ids = append(ids, c.ID)
	}
	slices.Sort(ids)
	// A blob named by its event, and one named by none (an orphan).
	attachment := []byte("%PDF-1.4 an account holder's evidence")
	sum := sha256.Sum256(attachment)
	named := hex.EncodeToString(sum[:])
	e := event("objection_received", 2)
	e.Payload = []byte(`{"attachments":[{"sha256":"` + named + `"}]}`)
	e.Blobs = [][]byte{attachment}
	appendOK(t, s, ids[70], e)
	orphan, err := s.PutBlob(ctx, ids[140], []byte("sealed before blobs went in with their event"))
	if err != nil {
		t.Fatal(err)
	}

	t.Run("OK", func(t *testing.T) {
		a, err := auditor.Audit(ctx)
		if err != nil {
			t.Fatalf("Audit: %v", err)
		}
		if len(a.Breaks) != 0 {
			t.Errorf("breaks in an intact store: %+v", a.Breaks)
		}
		if a.Cases != auditCases || a.Events != 2*auditCases+1 || a.Accesses != 2*auditCases || a.Blobs != 2 {
			t.Errorf("audit read %d cases, %d events, %d accesses, %d blobs; want %d, %d, %d, 2",
				a.Cases, a.Events, a.Accesses, a.Blobs, auditCases, 2*auditCases+1, 2*auditCases)
		}
		if len(a.Orphans) != 1 || a.Orphans[0].CaseID != ids[140] || !strings.Contains(a.Orphans[0].Problem, orphan) {
			t.Errorf("orphans = %+v; want the blob %s of case %s", a.Orphans, orphan, ids[140])
		}
	})

	t.Run("OK while cases are appended to", func(t *testing.T) {
		stop := make(chan struct{})
		var wg sync.WaitGroup
		for w := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; ; i++ {
					select {
					case <-stop:
						return
					default:
					}
					id := ids[(i*7+w*31)%len(ids)]
					c, err := s.Case(ctx, id)
					if err == nil {
						_, err = s.Append(ctx, id, c.Seq, "", event("notice_sent", 3))
					}
					if err == nil {
						_, err = l.RecordAccess(ctx, store.Access{CaseID: id, At: at, Actor: "user:u-staff", Via: "page:case", What: []string{store.SeenNotes}})
					}
					if err != nil && !strings.Contains(err.Error(), "another") {
						t.Errorf("append while auditing: %v", err)
						return
					}
				}
			}()
		}
		for range 3 {
			a, err := auditor.Audit(ctx)
			if err != nil {
				t.Errorf("Audit: %v", err)
				break
			}
			if len(a.Breaks) != 0 {
				t.Errorf("appends made while auditing show up as breaks: %+v", a.Breaks)
			}
		}
		close(stop)
		wg.Wait()
	})

	t.Run("ErrTampered", func(t *testing.T) {
		payload, lastAccess, access, blob, record := ids[3], ids[60], ids[100], ids[70], ids[130]
		db.Tamper(t,
			fmt.Sprintf(`UPDATE events SET payload = '{"n":30}' WHERE case_id = '%s' AND seq = 2`, payload),
			fmt.Sprintf(`DELETE FROM data_access WHERE case_id = '%[1]s' AND seq = (SELECT MAX(seq) FROM data_access WHERE case_id = '%[1]s')`, lastAccess),
			fmt.Sprintf(`UPDATE data_access SET actor = 'user:u-mallory' WHERE case_id = '%s' AND seq = 2`, access),
			`UPDATE blobs SET data = `+hexLiteral(db, []byte("something else"))+` WHERE sha256 = '`+named+`'`,
			fmt.Sprintf(`DELETE FROM cases WHERE id = '%s'`, record),
		)
		a, err := auditor.Audit(ctx)
		if err != nil {
			t.Fatalf("Audit: %v", err)
		}
		want := map[string]string{
			payload:    "event 2: its contents do not match its hash",
			lastAccess: "access log: the access log ends at access",
			access:     "access 2: the access log's chain breaks here",
			blob:       "blob " + named + " no longer matches its SHA-256",
			record:     "the case record is missing",
		}
		for _, b := range a.Breaks {
			if w, ok := want[b.CaseID]; !ok {
				t.Errorf("the audit blames case %s, which nobody altered: %+v", b.CaseID, b)
			} else if strings.Contains(b.Problem, w) {
				delete(want, b.CaseID)
			}
		}
		for id, w := range want {
			t.Errorf("the audit does not say of case %s %q: %+v", id, w, a.Breaks)
		}
		// The events' breaks are Verify's, and the blobs' VerifyBlobs'.
		breaks, err := s.Verify(ctx)
		if err != nil || len(breaks) != 2 || !slices.Equal(a.Breaks[:2], breaks) {
			t.Errorf("Verify = %+v, %v; the audit's first breaks are %+v", breaks, err, a.Breaks)
		}
		blobBreaks, orphans, err := s.VerifyBlobs(ctx)
		if err != nil || len(blobBreaks) != 1 || blobBreaks[0] != a.Breaks[len(a.Breaks)-1] || !slices.Equal(orphans, a.Orphans) {
			t.Errorf("VerifyBlobs = %+v, %+v, %v", blobBreaks, orphans, err)
		}
	})
}

// accessTampering is one way of altering a case's access log behind the
// store's back, and the break writ audit verify must report for it: the
// first access whose chain breaks, or, for a chain that holds, where its
// end parts from the head the case records. In the statements, %[1]s is
// the ID of the tampered case, whose log holds accesses 1 to 5.
var accessTampering = []struct {
	name       string
	statements []string
	seq        int64
	problem    string
}{
	{"Actor", []string{`UPDATE data_access SET actor = 'user:u-mallory' WHERE case_id = '%[1]s' AND seq = 3`}, 3, "access 3: the access log's chain breaks here"},
	{"Via", []string{`UPDATE data_access SET via = 'api:export' WHERE case_id = '%[1]s' AND seq = 1`}, 1, "access 1: the access log's chain breaks here"},
	{"What", []string{`UPDATE data_access SET what = 'notes' WHERE case_id = '%[1]s' AND seq = 5`}, 5, "access 5: the access log's chain breaks here"},
	{"At", []string{`UPDATE data_access SET at = '2001-02-03T04:05:06.000000Z' WHERE case_id = '%[1]s' AND seq = 2`}, 2, "access 2: the access log's chain breaks here"},
	// An access altered with its hash rewritten no longer hashes to it.
	{"Hash", []string{`UPDATE data_access SET hash = '` + strings.Repeat("e", 64) + `' WHERE case_id = '%[1]s' AND seq = 3`}, 3, "access 3: the access log's chain breaks here"},
	{"SwapTwoAccesses", []string{
		`UPDATE data_access SET seq = 100 WHERE case_id = '%[1]s' AND seq = 2`,
		`UPDATE data_access SET seq = 2 WHERE case_id = '%[1]s' AND seq = 3`,
		`UPDATE data_access SET seq = 3 WHERE case_id = '%[1]s' AND seq = 100`,
	}, 2, "access 2: the access log's chain breaks here"},
	{"DeleteFirstAccess", []string{`DELETE FROM data_access WHERE case_id = '%[1]s' AND seq = 1`}, 1, "access 1: the access log's chain breaks here"},
	{"DeleteMiddleAccess", []string{`DELETE FROM data_access WHERE case_id = '%[1]s' AND seq = 3`}, 3, "access 3: the access log's chain breaks here"},
	// What is left of a log cut at its end still chains: only the head
	// the case records says that something is missing.
	{"DeleteLastAccess", []string{`DELETE FROM data_access WHERE case_id = '%[1]s' AND seq = 5`}, 5, "access log: the access log ends at access 4, but the case records 5: accesses were deleted from its end"},
	{"DeleteAllAccesses", []string{`DELETE FROM data_access WHERE case_id = '%[1]s'`}, 5, "access log: the access log ends at access 0, but the case records 5: accesses were deleted from its end"},
	{"ForgeAccessAfterHead", []string{
		`INSERT INTO data_access (case_id, seq, at, actor, via, what, prev_hash, hash)
		 SELECT case_id, 6, at, actor, via, what, hash, hash FROM data_access WHERE case_id = '%[1]s' AND seq = 5`,
	}, 6, "access 6: the access log's chain breaks here"},
	{"CaseAccessSeqBack", []string{`UPDATE cases SET access_seq = 4 WHERE id = '%[1]s'`}, 4, "access log: the access log holds 5 accesses, but the case records 4"},
	{"CaseAccessHead", []string{`UPDATE cases SET access_head = '` + strings.Repeat("f", 64) + `' WHERE id = '%[1]s'`}, 5, "access log: the last access's hash is not the head the case records"},
}

// testAuditTampering: every alteration of an access log or of a file kept
// with an event is found by the audit of the whole store, which names the
// altered case alone and says of it what writ audit verify said when it
// checked case after case with VerifyAccesses, VerifyAccessHead and
// VerifyBlobs (the reference here for the access logs).
func testAuditTampering(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()
	at := time.Date(2022, 11, 21, 9, 30, 0, 0, zone)

	// seed fills a store with the case to tamper with (accesses 1 to 5,
	// a file kept with its event) and bystanders that must stay clean,
	// their rows stored among the tampered case's.
	seed := func(t *testing.T, s store.Store) (tampered string, bystanders []string, file string) {
		l, _ := store.AccessLogOf(s)
		ids := []string{createCase(t, s).ID, createCase(t, s).ID, createCase(t, s).ID}
		tampered, bystanders = ids[1], []string{ids[0], ids[2]}
		for k := range 5 {
			for _, id := range ids {
				if k >= 2 && id != tampered {
					continue
				}
				appendOK(t, s, id, event("notice_sent", k+1))
				if _, err := l.RecordAccess(ctx, store.Access{CaseID: id, At: at.Add(time.Duration(k) * time.Minute), Actor: fmt.Sprintf("user:u-%d", k),
					Via: "page:case", What: []string{store.SeenAccountIDs, store.SeenNotes}}); err != nil {
					t.Fatal(err)
				}
			}
		}
		for _, id := range ids {
			data := []byte("%PDF-1.4 the proof of a notice of case " + id)
			sum := sha256.Sum256(data)
			name := hex.EncodeToString(sum[:])
			e := event("notice_sent", 9)
			e.Payload = []byte(`{"digest":"` + name + `"}`)
			e.Blobs = [][]byte{data}
			appendOK(t, s, id, e)
			if id == tampered {
				file = name
			}
		}
		return tampered, bystanders, file
	}

	// audit runs the audit and fails t unless it names only the tampered
	// case.
	audit := func(t *testing.T, s store.Store, tampered string) *store.Audit {
		t.Helper()
		auditor, ok := store.AuditorOf(s)
		if !ok {
			t.Fatal("the store has no auditor")
		}
		a, err := auditor.Audit(ctx)
		if err != nil {
			t.Fatalf("Audit: %v", err)
		}
		for _, b := range a.Breaks {
			if b.CaseID != tampered {
				t.Errorf("the audit blames case %s; %s was altered: %+v", b.CaseID, tampered, b)
			}
		}
		return a
	}

	t.Run("OK", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		seed(t, s)
		a := audit(t, s, "")
		if a.Cases != 3 || a.Events != 3*4+3 || a.Accesses != 5+2*2 || a.Blobs != 3 || len(a.Orphans) != 0 {
			t.Errorf("audit read %d cases, %d events, %d accesses, %d blobs, %d orphans; want 3, 15, 9, 3, 0", a.Cases, a.Events, a.Accesses, a.Blobs, len(a.Orphans))
		}
	})

	for _, tt := range accessTampering {
		t.Run("ErrTamperedAccessLog/"+tt.name, func(t *testing.T) {
			t.Parallel()
			s, db, _ := newStore(t, fresh)
			tampered, _, _ := seed(t, s)
			stmts := make([]string, len(tt.statements))
			for i, st := range tt.statements {
				stmts[i] = fmt.Sprintf(st, tampered)
			}
			db.Tamper(t, stmts...)
			a := audit(t, s, tampered)
			want := store.Break{CaseID: tampered, Seq: tt.seq, Problem: tt.problem}
			if len(a.Breaks) != 1 || a.Breaks[0] != want {
				t.Errorf("Audit found %+v; want %+v", a.Breaks, want)
			}
			// The reference: the case's log as Accesses reads it, checked
			// by VerifyAccesses and VerifyAccessHead.
			l, _ := store.AccessLogOf(s)
			as, err := l.Accesses(ctx, tampered)
			if err != nil {
				t.Fatalf("Accesses: %v", err)
			}
			seq, head, err := l.AccessHead(ctx, tampered)
			if err != nil {
				t.Fatalf("AccessHead: %v", err)
			}
			ref := store.Break{CaseID: tampered}
			if bad := store.VerifyAccesses(as); bad != 0 {
				ref.Seq, ref.Problem = bad, fmt.Sprintf("access %d: the access log's chain breaks here", bad)
			} else if p := store.VerifyAccessHead(as, seq, head); p != "" {
				ref.Seq, ref.Problem = seq, "access log: "+p
			}
			if ref != want {
				t.Errorf("VerifyAccesses and VerifyAccessHead say %+v; the table %+v", ref, want)
			}
		})
	}

	// In a file's statement, TAMPERED is the case's ID and SOMETHING
	// bytes in the dialect's literal; in its problem FILE is its name.
	for _, tt := range []struct {
		name      string
		statement string
		// problem is the break; orphan, when the blob's name changed,
		// the note that no event names it.
		problem, orphan string
	}{
		{"Data", `UPDATE blobs SET data = SOMETHING WHERE case_id = 'TAMPERED'`, "blob FILE no longer matches its SHA-256", ""},
		{"Name", `UPDATE blobs SET sha256 = '` + strings.Repeat("d", 64) + `' WHERE case_id = 'TAMPERED'`,
			"blob " + strings.Repeat("d", 64) + " no longer matches its SHA-256", "blob " + strings.Repeat("d", 64) + " is named by no event"},
	} {
		t.Run("ErrTamperedFile/"+tt.name, func(t *testing.T) {
			t.Parallel()
			s, db, _ := newStore(t, fresh)
			tampered, _, file := seed(t, s)
			db.Tamper(t, strings.NewReplacer("TAMPERED", tampered, "SOMETHING", hexLiteral(db, []byte("something else"))).Replace(tt.statement))
			a := audit(t, s, tampered)
			want := store.Break{CaseID: tampered, Problem: strings.ReplaceAll(tt.problem, "FILE", file)}
			if len(a.Breaks) != 1 || a.Breaks[0] != want {
				t.Errorf("Audit found %+v; want %+v", a.Breaks, want)
			}
			var orphans []store.Break
			if tt.orphan != "" {
				orphans = []store.Break{{CaseID: tampered, Problem: tt.orphan}}
			}
			if !slices.Equal(a.Orphans, orphans) {
				t.Errorf("orphans = %+v; want %+v", a.Orphans, orphans)
			}
			breaks, os, err := s.VerifyBlobs(ctx)
			if err != nil || !slices.Equal(breaks, a.Breaks) || !slices.Equal(os, a.Orphans) {
				t.Errorf("VerifyBlobs = %+v, %+v, %v; the audit %+v, %+v", breaks, os, err, a.Breaks, a.Orphans)
			}
		})
	}
}
