package checkpoint

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
	"time"

	"golang.org/x/mod/sumdb/tlog"
)

// logOf is a log of records kept in memory, as writ's store keeps its
// tree: leaves appended, roots and proofs of any size from stored hashes.
type logOf struct {
	t      *testing.T
	tr     tree
	leaves []Leaf
}

func (l *logOf) add(leaf Leaf) int64 {
	l.t.Helper()
	i := int64(len(l.leaves))
	hs, err := tlog.StoredHashesForRecordHash(i, leaf.Hash(), &l.tr)
	if err != nil {
		l.t.Fatal(err)
	}
	l.tr.stored = append(l.tr.stored, hs...)
	l.leaves = append(l.leaves, leaf)
	return i
}

// sign signs a checkpoint of the log as it is now.
func (l *logOf) sign(skey string, at time.Time) []byte {
	l.t.Helper()
	n := int64(len(l.leaves))
	root, err := tlog.TreeHash(n, &l.tr)
	if err != nil {
		l.t.Fatal(err)
	}
	signed, err := Sign(Checkpoint{Size: n, Root: root, Time: at}, skey)
	if err != nil {
		l.t.Fatal(err)
	}
	return signed
}

// history is the history of case id as the log of signed holds it, each
// event proven in it, as writ audit history makes it.
func (l *logOf) history(id string, signed []byte, vkey string) History {
	l.t.Helper()
	c, err := Open(signed, vkey)
	if err != nil {
		l.t.Fatal(err)
	}
	h := History{CaseID: id, Checkpoint: string(signed)}
	for i, leaf := range l.leaves[:c.Size] {
		if leaf.CaseID != id || leaf.Kind != KindEvent {
			continue
		}
		path, err := tlog.ProveRecord(c.Size, int64(i), &l.tr)
		if err != nil {
			l.t.Fatal(err)
		}
		h.Events = append(h.Events, NewHistoryEvent(leaf, int64(i), "event", at.Add(time.Duration(leaf.Seq)*time.Hour), path))
	}
	return h
}

// since makes h extend old: the proof that h's checkpoint's log holds
// old's as its prefix.
func (l *logOf) since(h History, old History, vkey string) History {
	l.t.Helper()
	oc, err := Open([]byte(old.Checkpoint), vkey)
	if err != nil {
		l.t.Fatal(err)
	}
	nc, err := Open([]byte(h.Checkpoint), vkey)
	if err != nil {
		l.t.Fatal(err)
	}
	proof, err := tlog.ProveTree(nc.Size, oc.Size, &l.tr)
	if err != nil {
		l.t.Fatal(err)
	}
	h.Since = NewConsistency([]byte(old.Checkpoint), proof)
	return h
}

func eventLeaf(id string, seq int64, body string) Leaf {
	sum := sha256.Sum256(fmt.Appendf(nil, "%s/%d/%s", id, seq, body))
	return Leaf{Kind: KindEvent, CaseID: id, Seq: seq, RecordHash: hex.EncodeToString(sum[:])}
}

// TestHistory: the court is shown a case's history and keeps it; later the
// platform shows it the history again, made to extend the first, and the
// court checks offline, with the log's public key alone, that every event
// it was first shown is in today's log unchanged.
func TestHistory(t *testing.T) {
	skey, vkey, err := GenerateKey("writ.test")
	if err != nil {
		t.Fatal(err)
	}
	const id, other = "c-aaaaaaaaaaaa", "c-bbbbbbbbbbbb"
	l := &logOf{t: t}
	for seq := int64(1); seq <= 4; seq++ {
		l.add(eventLeaf(id, seq, "first"))
		l.add(eventLeaf(other, seq, "first"))
		l.add(Leaf{Kind: KindAccess, CaseID: id, Seq: seq, RecordHash: fmt.Sprintf("%064x", seq)})
	}
	first := l.history(id, l.sign(skey, at), vkey)
	for seq := int64(5); seq <= 7; seq++ {
		l.add(eventLeaf(id, seq, "later"))
		l.add(eventLeaf(other, seq, "later"))
	}
	later := l.since(l.history(id, l.sign(skey, at.Add(24*time.Hour)), vkey), first, vkey)

	t.Run("OK", func(t *testing.T) {
		b, err := MarshalHistory(first)
		if err != nil {
			t.Fatal(err)
		}
		h, err := ParseHistory(b)
		if err != nil {
			t.Fatal(err)
		}
		c, err := h.Check(vkey)
		if err != nil {
			t.Fatalf("Check of the first history: %v", err)
		}
		if c.Size != 12 || len(h.Events) != 4 {
			t.Errorf("Check gave a checkpoint of %d records and %d events, want 12 and 4", c.Size, len(h.Events))
		}
	})
	t.Run("OKExtends", func(t *testing.T) {
		ext, err := later.Extends(first, vkey)
		if err != nil {
			t.Fatalf("Extends: %v", err)
		}
		if ext.Kept != 4 || ext.Added != 3 || ext.From.Size != 12 || ext.To.Size != 18 {
			t.Errorf("Extends = %+v, want 4 events kept, 3 added, from 12 records to 18", ext)
		}
	})

	t.Run("ErrEventNotInLog", func(t *testing.T) {
		h := first
		h.Events = append([]HistoryEvent(nil), h.Events...)
		h.Events[2].RecordHash = eventLeaf(id, 3, "edited").RecordHash
		if _, err := h.Check(vkey); err == nil || !strings.Contains(err.Error(), "event 3") {
			t.Errorf("Check of a history with event 3's hash changed = %v, want it named", err)
		}
	})
	t.Run("ErrGap", func(t *testing.T) {
		h := first
		h.Events = append(append([]HistoryEvent(nil), h.Events[:1]...), h.Events[2:]...)
		if _, err := h.Check(vkey); err == nil || !strings.Contains(err.Error(), "event 2") {
			t.Errorf("Check of a history without event 2 = %v, want the missing event named", err)
		}
	})
	t.Run("ErrOtherCase", func(t *testing.T) {
		h := first
		h.CaseID = other
		if _, err := h.Check(vkey); err == nil {
			t.Error("a history checks under another case's id")
		}
	})
	t.Run("ErrWrongKey", func(t *testing.T) {
		_, otherKey, err := GenerateKey("writ.test")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := first.Check(otherKey); err == nil {
			t.Error("a history checks with another key")
		}
	})

	// The log rewritten after the court was shown the first history: event
	// 2 of the case altered, and everything after re-recorded, hashes,
	// chains, tree and a new checkpoint signed with the platform's own key.
	// Each history checks alone; the second does not extend the first.
	rewritten := &logOf{t: t}
	for _, leaf := range l.leaves {
		if leaf.CaseID == id && leaf.Kind == KindEvent && leaf.Seq >= 2 {
			leaf = eventLeaf(id, leaf.Seq, "rewritten")
		}
		rewritten.add(leaf)
	}
	forged := rewritten.history(id, rewritten.sign(skey, at.Add(48*time.Hour)), vkey)
	t.Run("ErrRewritten", func(t *testing.T) {
		if _, err := forged.Check(vkey); err != nil {
			t.Fatalf("the rewritten log's own history does not check (%v): the test proves nothing", err)
		}
		proof, err := tlog.ProveTree(18, 12, &rewritten.tr)
		if err != nil {
			t.Fatal(err)
		}
		h := forged
		h.Since = NewConsistency([]byte(first.Checkpoint), proof)
		if _, err := h.Extends(first, vkey); err == nil {
			t.Error("a history of a rewritten log extends the history the court was shown")
		}
	})
	t.Run("ErrEventDropped", func(t *testing.T) {
		h := later
		h.Events = append([]HistoryEvent(nil), h.Events[:1]...)
		if _, err := h.Extends(first, vkey); err == nil || !strings.Contains(err.Error(), "event 2") {
			t.Errorf("Extends of a later history that drops event 2 = %v, want it named", err)
		}
	})
	t.Run("ErrNotSince", func(t *testing.T) {
		h := later
		h.Since = nil
		if _, err := h.Extends(first, vkey); err == nil {
			t.Error("a history made without --since extends another")
		}
		other := first
		other.Checkpoint = later.Checkpoint
		if _, err := later.Extends(other, vkey); err == nil {
			t.Error("a history extends one whose checkpoint is not the one it was made since")
		}
	})
	t.Run("ErrOlder", func(t *testing.T) {
		if _, err := first.Extends(later, vkey); err == nil {
			t.Error("the first history extends the later one")
		}
	})
}
