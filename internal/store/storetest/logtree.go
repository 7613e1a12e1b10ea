package storetest

import (
	"context"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/mod/sumdb/tlog"

	"github.com/writ-project/writ/internal/checkpoint"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// RunLog runs the behaviour tests of the log's Merkle tree (issue 18): the
// leaves in recording order, the proofs, and what CheckLog catches against
// a checkpoint that the hash chains cannot.
func RunLog(t *testing.T, fresh func(t *testing.T) Database) {
	tests := []struct {
		name string
		fn   func(*testing.T, func(*testing.T) Database)
	}{
		{"Tree", testLogTree},
		{"Proof", testLogProof},
		{"Checkpoints", testLogCheckpoints},
		{"CheckLog", testCheckLog},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.fn(t, fresh)
		})
	}
}

// logTree returns the store's log tree.
func logTree(t *testing.T, s store.Store) store.LogTree {
	t.Helper()
	lt, ok := store.LogTreeOf(s)
	if !ok {
		t.Fatal("the store keeps no log tree")
	}
	return lt
}

// memoryTree is the tree of leaves computed in the test, with tlog's
// stored hashes kept in memory: what the store's tree must equal.
type memoryTree struct {
	leaves []checkpoint.Leaf
	stored []tlog.Hash
}

func (m *memoryTree) ReadHashes(ids []int64) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(ids))
	for i, id := range ids {
		out[i] = m.stored[id]
	}
	return out, nil
}

func (m *memoryTree) add(t *testing.T, l checkpoint.Leaf) {
	t.Helper()
	hs, err := tlog.StoredHashesForRecordHash(int64(len(m.leaves)), l.Hash(), m)
	if err != nil {
		t.Fatal(err)
	}
	m.leaves = append(m.leaves, l)
	m.stored = append(m.stored, hs...)
}

func (m *memoryTree) root(t *testing.T, n int64) tlog.Hash {
	t.Helper()
	h, err := tlog.TreeHash(n, m)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// eventLeaf and accessLeaf are the leaves the test expects, from the
// records as the store returned them when it wrote them.
func eventLeaf(e store.Event) checkpoint.Leaf {
	return checkpoint.Leaf{Kind: checkpoint.KindEvent, CaseID: e.CaseID, Seq: e.Seq, RecordHash: e.Hash}
}

func accessLeaf(a store.Access) checkpoint.Leaf {
	return checkpoint.Leaf{Kind: checkpoint.KindAccess, CaseID: a.CaseID, Seq: a.Seq, RecordHash: a.Hash}
}

// logged is a store with two cases, their events and accesses, each
// recorded in a known order, and the tree the test expects of them.
type logged struct {
	s          store.Store
	lt         store.LogTree
	db         Database
	clock      *Clock
	want       memoryTree
	a, b       store.Case
	eventsOfA  []store.Event
	accessesOf map[string][]store.Access
}

// newLogged records: case A (events 1 to 5), case B (events 1 to 3), and
// three accesses to each, interleaved.
func newLogged(t *testing.T, fresh func(*testing.T) Database) *logged {
	t.Helper()
	ctx := context.Background()
	s, db, clock := newStore(t, fresh)
	l := &logged{s: s, lt: logTree(t, s), db: db, clock: clock, accessesOf: map[string][]store.Access{}}
	al, ok := store.AccessLogOf(s)
	if !ok {
		t.Fatal("the store keeps no access log")
	}
	create := func() store.Case {
		c, evs, err := s.CreateCase(ctx, seed, event("order_entered", 0), "")
		if err != nil {
			t.Fatalf("CreateCase: %v", err)
		}
		l.want.add(t, eventLeaf(evs[0]))
		return c
	}
	appendTo := func(c store.Case, n ...int) {
		var news []store.NewEvent
		for _, i := range n {
			news = append(news, event("notice_sent", i))
		}
		for _, e := range appendOK(t, s, c.ID, news...) {
			l.want.add(t, eventLeaf(e))
		}
	}
	access := func(c store.Case) {
		a, err := al.RecordAccess(ctx, store.Access{CaseID: c.ID, At: clock.Now(), Actor: "user:u-staff", Via: "page:case", What: []string{store.SeenNotes}})
		if err != nil {
			t.Fatalf("RecordAccess: %v", err)
		}
		l.accessesOf[c.ID] = append(l.accessesOf[c.ID], a)
		l.want.add(t, accessLeaf(a))
	}
	l.a = create()
	access(l.a)
	l.b = create()
	appendTo(l.a, 1, 2)
	access(l.b)
	appendTo(l.b, 1)
	access(l.a)
	appendTo(l.a, 3)
	access(l.b)
	appendTo(l.a, 4)
	appendTo(l.b, 2)
	access(l.a)
	access(l.b)
	l.eventsOfA = events(t, s, l.a.ID)
	return l
}

// tree brings the store's tree up to date and fails t on error.
func (l *logged) tree(t *testing.T) tlog.Tree {
	t.Helper()
	tr, err := l.lt.Tree(context.Background())
	if err != nil {
		t.Fatalf("Tree: %v", err)
	}
	return tr
}

// check runs CheckLog and fails t on error.
func (l *logged) check(t *testing.T, size int64, root tlog.Hash) store.LogCheck {
	t.Helper()
	c, err := l.lt.CheckLog(context.Background(), size, root)
	if err != nil {
		t.Fatalf("CheckLog: %v", err)
	}
	return c
}

func testLogTree(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()
	t.Run("Empty", func(t *testing.T) {
		s, _, _ := newStore(t, fresh)
		tr, err := logTree(t, s).Tree(ctx)
		if err != nil {
			t.Fatalf("Tree: %v", err)
		}
		if tr.N != 0 || tr.Hash != (&memoryTree{}).root(t, 0) {
			t.Errorf("the tree of an empty store is %+v", tr)
		}
	})
	t.Run("OK", func(t *testing.T) {
		l := newLogged(t, fresh)
		tr := l.tree(t)
		n := int64(len(l.want.leaves))
		if tr.N != n || tr.Hash != l.want.root(t, n) {
			t.Fatalf("Tree = %d records, root %x; want %d records, root %x (every event and access, in the order recorded)", tr.N, tr.Hash, n, l.want.root(t, n))
		}
		// Reading it again writes nothing new and gives the same tree.
		if again := l.tree(t); again != tr {
			t.Errorf("Tree read again = %+v, want %+v", again, tr)
		}
		for size := range n + 1 {
			h, err := l.lt.TreeHash(ctx, size)
			if err != nil {
				t.Fatalf("TreeHash(%d): %v", size, err)
			}
			if h != l.want.root(t, size) {
				t.Errorf("TreeHash(%d) = %x, want %x", size, h, l.want.root(t, size))
			}
		}
		_, err := l.lt.TreeHash(ctx, n+1)
		wantCode(t, err, fault.Invalid)
		// A later record extends the tree, and the tree of then is its prefix.
		appended := appendOK(t, l.s, l.b.ID, event("notice_sent", 9))
		l.want.add(t, eventLeaf(appended[0]))
		later := l.tree(t)
		if later.N != n+1 || later.Hash != l.want.root(t, n+1) {
			t.Fatalf("Tree after one more event = %+v, want %d records", later, n+1)
		}
		p, err := l.lt.ProveTree(ctx, later.N, tr.N)
		if err != nil {
			t.Fatalf("ProveTree: %v", err)
		}
		if err := tlog.CheckTree(p, later.N, later.Hash, tr.N, tr.Hash); err != nil {
			t.Errorf("the consistency proof does not check: %v", err)
		}
	})
	t.Run("Leaf", func(t *testing.T) {
		l := newLogged(t, fresh)
		for i, want := range l.want.leaves {
			got, idx, err := l.lt.Leaf(ctx, want.Kind, want.CaseID, want.Seq)
			if err != nil {
				t.Fatalf("Leaf(%s): %v", want, err)
			}
			if got != want || idx != int64(i) {
				t.Errorf("Leaf(%s) = %+v at %d, want %+v at %d", want, got, idx, want, i)
			}
		}
		_, _, err := l.lt.Leaf(ctx, checkpoint.KindEvent, l.a.ID, 99)
		wantCode(t, err, fault.NotFound)
	})
}

func testLogProof(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()
	l := newLogged(t, fresh)
	tr := l.tree(t)
	skey, vkey, err := checkpoint.GenerateKey("writ.test")
	if err != nil {
		t.Fatal(err)
	}
	signed, err := checkpoint.Sign(checkpoint.Checkpoint{Size: tr.N, Root: tr.Hash, Time: l.clock.Now()}, skey)
	if err != nil {
		t.Fatal(err)
	}
	for i, want := range l.want.leaves {
		leaf, idx, err := l.lt.Leaf(ctx, want.Kind, want.CaseID, want.Seq)
		if err != nil {
			t.Fatal(err)
		}
		path, err := l.lt.ProveLeaf(ctx, tr.N, idx)
		if err != nil {
			t.Fatalf("ProveLeaf(%d): %v", idx, err)
		}
		p := checkpoint.NewProof(leaf, idx, path, signed)
		if _, err := p.Check(vkey); err != nil {
			t.Errorf("the proof of leaf %d (%s) does not check: %v", i, want, err)
		}
		p.Seq++
		if _, err := p.Check(vkey); err == nil {
			t.Errorf("the proof of leaf %d checks for another record", i)
		}
	}
	_, err = l.lt.ProveLeaf(ctx, tr.N, tr.N)
	wantCode(t, err, fault.Invalid)
}

func testLogCheckpoints(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()
	s, _, clock := newStore(t, fresh)
	lt := logTree(t, s)
	_, err := lt.LatestCheckpoint(ctx)
	wantCode(t, err, fault.NotFound)
	at := clock.Now()
	for _, c := range []struct {
		size int64
		at   time.Time
		note string
	}{{3, at, "three"}, {5, at.Add(time.Minute), "five"}, {5, at.Add(2 * time.Minute), "five again"}, {4, at.Add(3 * time.Minute), "four"}} {
		if err := lt.SaveCheckpoint(ctx, c.size, c.at, []byte(c.note)); err != nil {
			t.Fatalf("SaveCheckpoint: %v", err)
		}
	}
	got, err := lt.LatestCheckpoint(ctx)
	if err != nil {
		t.Fatalf("LatestCheckpoint: %v", err)
	}
	if string(got) != "five again" {
		t.Errorf("LatestCheckpoint = %q, want the last of the most records, %q", got, "five again")
	}
}

// guardsOff are the statements that take the append-only triggers away on
// SQLite, where Tamper keeps some of them; PostgreSQL's Tamper fires none.
func guardsOff(db Database) []string {
	if strings.HasPrefix(db.DSN, "postgres") {
		return nil
	}
	var out []string
	for _, tr := range []string{"events_no_update", "events_no_delete", "data_access_no_update", "data_access_no_delete", "log_leaves_no_update", "log_leaves_no_delete"} {
		out = append(out, "DROP TRIGGER IF EXISTS "+tr)
	}
	return out
}

// rechain returns the statements that set event seq of evs (a case's
// events, in order) to payload and recompute the chain from there, with
// the case's head: the chain verifies again afterwards.
func rechain(evs []store.Event, seq int64, payload string) []string {
	var out []string
	prev := ""
	for _, e := range evs {
		if e.Seq < seq {
			prev = e.Hash
			continue
		}
		if e.Seq == seq {
			e.Payload = []byte(payload)
		}
		e.PrevHash = prev
		e.Hash = store.Hash(e)
		prev = e.Hash
		out = append(out, fmt.Sprintf(`UPDATE events SET payload = '%s', prev_hash = '%s', hash = '%s' WHERE case_id = '%s' AND seq = %d`,
			e.Payload, e.PrevHash, e.Hash, e.CaseID, e.Seq))
	}
	return append(out, fmt.Sprintf(`UPDATE cases SET head = '%s' WHERE id = '%s'`, prev, evs[0].CaseID))
}

// problemOf is a problem CheckLog must report: of a record, or (Seq 0) of
// the log as a whole, whose words contain Says.
type problemOf struct {
	Kind   string
	CaseID string
	Seq    int64
	Says   string
}

func testCheckLog(t *testing.T, fresh func(*testing.T) Database) {
	t.Run("OK", func(t *testing.T) {
		l := newLogged(t, fresh)
		tr := l.tree(t)
		if c := l.check(t, tr.N, tr.Hash); len(c.Problems) != 0 || c.Size != tr.N {
			t.Fatalf("CheckLog of an untouched log = %+v", c)
		}
		// Records after the checkpoint extend it.
		appendOK(t, l.s, l.a.ID, event("notice_sent", 7))
		if c := l.check(t, tr.N, tr.Hash); len(c.Problems) != 0 || c.Size != tr.N+1 {
			t.Fatalf("CheckLog of a log that grew since = %+v", c)
		}
		// An earlier checkpoint is extended too.
		if c := l.check(t, 3, l.want.root(t, 3)); len(c.Problems) != 0 {
			t.Fatalf("CheckLog against the checkpoint of 3 records = %+v", c)
		}
	})

	t.Run("ErrNotTheCheckpointsRoot", func(t *testing.T) {
		l := newLogged(t, fresh)
		tr := l.tree(t)
		c := l.check(t, tr.N, l.want.root(t, tr.N-1))
		if len(c.Problems) == 0 {
			t.Fatal("CheckLog takes a root that is not the log's")
		}
	})

	cases := []struct {
		name string
		// tamper returns the statements, run after the checkpoint.
		tamper func(l *logged) []string
		// chainsVerify: the hash chains and heads still verify afterwards,
		// which is why the checkpoint is needed.
		chainsVerify bool
		want         []problemOf
	}{
		{"TrailingDeletionHeadRolledBack", func(l *logged) []string {
			e3 := l.eventsOfA[3]
			return []string{
				fmt.Sprintf(`DELETE FROM events WHERE case_id = '%s' AND seq >= 4`, l.a.ID),
				fmt.Sprintf(`UPDATE cases SET seq = 3, head = '%s' WHERE id = '%s'`, e3.PrevHash, l.a.ID),
			}
		}, true, []problemOf{{"event", "A", 4, "missing"}, {"event", "A", 5, "missing"}}},

		{"DeletedCase", func(l *logged) []string {
			return []string{
				fmt.Sprintf(`DELETE FROM data_access WHERE case_id = '%s'`, l.b.ID),
				fmt.Sprintf(`DELETE FROM events WHERE case_id = '%s'`, l.b.ID),
				fmt.Sprintf(`DELETE FROM cases WHERE id = '%s'`, l.b.ID),
			}
		}, true, []problemOf{{"event", "B", 1, "no longer exists"}, {"event", "B", 3, "no longer exists"}, {"access", "B", 3, "no longer exists"}}},

		{"ReChained", func(l *logged) []string {
			return rechain(l.eventsOfA, 3, `{"n":30}`)
		}, true, []problemOf{{"event", "A", 3, "changed"}, {"event", "A", 4, "changed"}, {"event", "A", 5, "changed"}}},

		{"ReChainedLeavesRewritten", func(l *logged) []string {
			// The chain recomputed, and the leaves' hashes with it: the
			// tree's stored hashes still name the records.
			stmts := rechain(l.eventsOfA, 4, `{"n":40}`)
			evs := slices.Clone(l.eventsOfA)
			evs[3].Payload = []byte(`{"n":40}`)
			for i := 3; i < len(evs); i++ {
				evs[i].PrevHash = evs[i-1].Hash
				evs[i].Hash = store.Hash(evs[i])
				h := eventLeaf(evs[i]).Hash()
				stmts = append(stmts, fmt.Sprintf(`UPDATE log_leaves SET leaf_hash = '%s' WHERE kind = 'event' AND case_id = '%s' AND seq = %d`,
					hex.EncodeToString(h[:]), l.a.ID, evs[i].Seq))
			}
			return stmts
		}, true, []problemOf{{"event", "A", 4, "changed"}, {"event", "A", 5, "changed"}}},

		{"RewrittenWhole", func(l *logged) []string {
			// The chain recomputed, the leaves and every stored hash of the
			// tree with it: nothing in the database disagrees any more, and
			// only the checkpoint's root tells.
			stmts := rechain(l.eventsOfA, 4, `{"n":40}`)
			evs := slices.Clone(l.eventsOfA)
			evs[3].Payload = []byte(`{"n":40}`)
			changed := map[int64]checkpoint.Leaf{}
			for i := 3; i < len(evs); i++ {
				evs[i].PrevHash = evs[i-1].Hash
				evs[i].Hash = store.Hash(evs[i])
				changed[evs[i].Seq] = eventLeaf(evs[i])
			}
			var rewritten memoryTree
			for _, leaf := range l.want.leaves {
				if c, ok := changed[leaf.Seq]; ok && leaf.Kind == checkpoint.KindEvent && leaf.CaseID == l.a.ID {
					leaf = c
					h := leaf.Hash()
					stmts = append(stmts, fmt.Sprintf(`UPDATE log_leaves SET leaf_hash = '%s' WHERE kind = 'event' AND case_id = '%s' AND seq = %d`,
						hex.EncodeToString(h[:]), leaf.CaseID, leaf.Seq))
				}
				hs, _ := tlog.StoredHashesForRecordHash(int64(len(rewritten.leaves)), leaf.Hash(), &rewritten)
				rewritten.leaves = append(rewritten.leaves, leaf)
				rewritten.stored = append(rewritten.stored, hs...)
			}
			for id, h := range rewritten.stored {
				stmts = append(stmts, fmt.Sprintf(`UPDATE log_hashes SET hash = %s WHERE id = %d`, hexLiteral(l.db, h[:]), id))
			}
			return stmts
		}, true, []problemOf{{"", "", 0, "rewritten"}}},

		{"TrimmedAccessLog", func(l *logged) []string {
			as := l.accessesOf[l.a.ID]
			return []string{
				fmt.Sprintf(`DELETE FROM data_access WHERE case_id = '%s' AND seq >= 2`, l.a.ID),
				fmt.Sprintf(`UPDATE cases SET access_seq = 1, access_head = '%s' WHERE id = '%s'`, as[0].Hash, l.a.ID),
			}
		}, true, []problemOf{{"access", "A", 2, "missing"}, {"access", "A", 3, "missing"}}},

		{"TrailingDeletionLeavesToo", func(l *logged) []string {
			// The last records of the whole log deleted with their leaves,
			// the tree and the counts rolled back: only the size is left
			// to tell.
			n := int64(len(l.want.leaves))
			as := l.accessesOf[l.b.ID]
			return []string{
				fmt.Sprintf(`DELETE FROM data_access WHERE case_id = '%s' AND seq = 3`, l.b.ID),
				fmt.Sprintf(`UPDATE cases SET access_seq = 2, access_head = '%s' WHERE id = '%s'`, as[1].Hash, l.b.ID),
				fmt.Sprintf(`DELETE FROM log_leaves WHERE idx = %d`, n-1),
				fmt.Sprintf(`DELETE FROM log_hashes WHERE id >= %d`, tlog.StoredHashIndex(0, n-1)),
				fmt.Sprintf(`UPDATE log_size SET n = %d`, n-1),
				fmt.Sprintf(`UPDATE log_tree SET hashed = %d`, n-1),
			}
		}, true, []problemOf{{"", "", 0, "deleted from its end"}}},

		{"UnloggedEvent", func(l *logged) []string {
			// An event written around the store, chain and head and all.
			e := l.eventsOfA[4]
			e.Seq, e.PrevHash, e.Type = 6, e.Hash, "production_released"
			e.Hash = store.Hash(e)
			return []string{
				fmt.Sprintf(`INSERT INTO events (case_id, seq, type, at, recorded_at, actor, payload, idempotency_key, prev_hash, hash)
				 SELECT case_id, 6, 'production_released', at, recorded_at, actor, payload, idempotency_key, '%s', '%s' FROM events WHERE case_id = '%s' AND seq = 5`,
					e.PrevHash, e.Hash, l.a.ID),
				fmt.Sprintf(`UPDATE cases SET seq = 6, head = '%s' WHERE id = '%s'`, e.Hash, l.a.ID),
			}
		}, true, []problemOf{{"event", "A", 6, "not in the log"}}},
	}
	for _, tt := range cases {
		t.Run("ErrTampered/"+tt.name, func(t *testing.T) {
			t.Parallel()
			l := newLogged(t, fresh)
			tr := l.tree(t)
			l.db.Tamper(t, append(guardsOff(l.db), tt.tamper(l)...)...)
			if tt.chainsVerify {
				// What the checkpoint is for: the chains alone see nothing.
				verifyClean(t, l.s)
			}
			c := l.check(t, tr.N, tr.Hash)
			if len(c.Problems) == 0 {
				t.Fatal("CheckLog finds nothing")
			}
			t.Logf("CheckLog found:\n%s", problems(c))
			ids := map[string]string{"A": l.a.ID, "B": l.b.ID}
			for _, w := range tt.want {
				found := false
				for _, p := range c.Problems {
					if w.CaseID == "" {
						found = found || (p.Record.CaseID == "" && strings.Contains(p.Problem, w.Says))
						continue
					}
					if p.Record.Kind == w.Kind && p.Record.CaseID == ids[w.CaseID] && p.Record.Seq == w.Seq && strings.Contains(p.Problem, w.Says) {
						found = true
					}
				}
				if !found {
					t.Errorf("CheckLog does not name %s %d of case %s as %q; it found:\n%s", w.Kind, w.Seq, w.CaseID, w.Says, problems(c))
				}
			}
			for _, p := range c.Problems {
				if p.Record.CaseID != "" && p.Record.CaseID != l.a.ID && p.Record.CaseID != l.b.ID {
					t.Errorf("CheckLog names a case that was never made: %s", p)
				}
			}
		})
	}
}

// problems lists what CheckLog found, a line each.
func problems(c store.LogCheck) string {
	var b strings.Builder
	for _, p := range c.Problems {
		fmt.Fprintf(&b, "  %s\n", p)
	}
	return b.String()
}
