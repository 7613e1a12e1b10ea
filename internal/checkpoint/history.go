package checkpoint

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"golang.org/x/mod/sumdb/tlog"
)

// History is a case's events as writ's log holds them at a signed
// checkpoint: each event's number, type, time and record hash, with the
// proof that it is in the log the checkpoint signed. A court shown a
// case's history keeps it (writ audit history); shown the case's history
// again later, made since the first (Since), it checks offline, with the
// log's public key alone, that every event it was first shown is in
// today's log unchanged (Extends): an event edited, deleted or re-chained
// since changes the log the first checkpoint signed, and no proof leads
// from it to a later one.
//
// A History carries no personal data: events are named by number, type
// and hash; what each event says is in the papers the court was shown,
// whose record hashes the case's audit page and the letters show.
type History struct {
	CaseID string         `json:"case_id"`
	Events []HistoryEvent `json:"events"`
	// Checkpoint is the signed checkpoint the events are proven against.
	Checkpoint string `json:"checkpoint"`
	// Since, when set, proves that Checkpoint's log extends an earlier
	// checkpoint's: the history was made to be held against the history
	// of that checkpoint.
	Since *Consistency `json:"since,omitempty"`
}

// HistoryEvent is one event of a History. Type and RecordedAt say what
// the event was for the person reading; the proof covers the record hash,
// which covers every byte of the event.
type HistoryEvent struct {
	Seq        int64     `json:"seq"`
	Type       string    `json:"type"`
	RecordedAt time.Time `json:"recorded_at"`
	RecordHash string    `json:"record_hash"`
	// Index is the event's place in the log, from 0; Path the hashes from
	// it to the checkpoint's root, in base64 (RFC 6962, section 2.1.1).
	Index int64    `json:"leaf_index"`
	Path  []string `json:"path"`
}

// Consistency is the proof that a checkpoint's log holds an earlier
// checkpoint's log as its prefix (RFC 6962, section 2.1.2).
type Consistency struct {
	// Checkpoint is the earlier signed checkpoint.
	Checkpoint string `json:"checkpoint"`
	// Proof is the hashes of the proof, in base64.
	Proof []string `json:"proof"`
}

// NewHistoryEvent puts an event's leaf and its proof into a History's
// form.
func NewHistoryEvent(l Leaf, index int64, typ string, recorded time.Time, path tlog.RecordProof) HistoryEvent {
	return HistoryEvent{Seq: l.Seq, Type: typ, RecordedAt: recorded.UTC(), RecordHash: l.RecordHash, Index: index, Path: encodeHashes(path)}
}

// NewConsistency puts the proof that a later log extends the one the
// signed checkpoint earlier covers into a History's form.
func NewConsistency(earlier []byte, proof tlog.TreeProof) *Consistency {
	return &Consistency{Checkpoint: string(earlier), Proof: encodeHashes(proof)}
}

func encodeHashes(hs []tlog.Hash) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = base64.StdEncoding.EncodeToString(h[:])
	}
	return out
}

// decodeHashes reads hashes in base64; what names the list for an error.
func decodeHashes(ss []string, what string) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(ss))
	for i, s := range ss {
		b, err := base64.StdEncoding.DecodeString(s)
		if err != nil || len(b) != tlog.HashSize {
			return nil, fmt.Errorf("%s: hash %d is not a base64 SHA-256 hash", what, i+1)
		}
		copy(out[i][:], b)
	}
	return out, nil
}

// ParseHistory reads a history as JSON.
func ParseHistory(b []byte) (History, error) {
	var h History
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&h); err != nil {
		return History{}, fmt.Errorf("not a history of writ's log (JSON): %w", err)
	}
	return h, nil
}

// MarshalHistory writes a history as indented JSON, the form writ audit
// history prints and writ audit check-history reads.
func MarshalHistory(h History) ([]byte, error) {
	b, err := json.MarshalIndent(h, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// Check checks the history with the log's verifier key alone: the
// checkpoint is signed by the key, the events are the case's from its
// first, one after another, and each, with its record hash, is in the log
// the checkpoint signed at the place it claims. It returns the checkpoint.
func (h History) Check(verifier string) (Checkpoint, error) {
	c, err := Open([]byte(h.Checkpoint), verifier)
	if err != nil {
		return Checkpoint{}, err
	}
	if h.CaseID == "" || len(h.Events) == 0 {
		return Checkpoint{}, errors.New("the history names no case or no event")
	}
	for i, e := range h.Events {
		if want := int64(i + 1); e.Seq != want {
			return Checkpoint{}, fmt.Errorf("the history has event %d where event %d of case %s should be: a history holds every event of its case from the first", e.Seq, want, h.CaseID)
		}
		if e.Index < 0 || e.Index >= c.Size {
			return Checkpoint{}, fmt.Errorf("event %d is placed at record %d, outside the checkpoint's %d records", e.Seq, e.Index, c.Size)
		}
		path, err := decodeHashes(e.Path, fmt.Sprintf("the proof of event %d", e.Seq))
		if err != nil {
			return Checkpoint{}, err
		}
		leaf := Leaf{Kind: KindEvent, CaseID: h.CaseID, Seq: e.Seq, RecordHash: e.RecordHash}
		if err := tlog.CheckRecord(path, c.Size, c.Root, e.Index, leaf.Hash()); err != nil {
			return Checkpoint{}, fmt.Errorf("event %d of case %s, with hash %s, is not in the log the checkpoint signed at its place: the history was altered", e.Seq, h.CaseID, e.RecordHash)
		}
	}
	return c, nil
}

// Extension is what Extends found: the earlier and the later checkpoint,
// the events of the earlier history found unchanged (all of them) and the
// events recorded since.
type Extension struct {
	From, To    Checkpoint
	Kept, Added int
}

// Extends checks, with the log's verifier key alone, that h, made since
// earlier, shows the same case with every event of earlier unchanged at
// the same place: both histories check, h carries the proof that its
// checkpoint's log holds earlier's as its prefix, and that proof checks.
func (h History) Extends(earlier History, verifier string) (Extension, error) {
	from, err := earlier.Check(verifier)
	if err != nil {
		return Extension{}, fmt.Errorf("the earlier history does not check: %w", err)
	}
	to, err := h.Check(verifier)
	if err != nil {
		return Extension{}, fmt.Errorf("the later history does not check: %w", err)
	}
	if h.CaseID != earlier.CaseID {
		return Extension{}, fmt.Errorf("the histories are of two cases, %s and %s", earlier.CaseID, h.CaseID)
	}
	if h.Since == nil {
		return Extension{}, errors.New("the later history carries no proof that its log extends the earlier one's: make it with writ audit history --since EARLIER")
	}
	since, err := Open([]byte(h.Since.Checkpoint), verifier)
	if err != nil {
		return Extension{}, fmt.Errorf("the checkpoint the later history was made since: %w", err)
	}
	if since.Size != from.Size || since.Root != from.Root {
		return Extension{}, fmt.Errorf("the later history was made since the checkpoint of %d records signed at %s, not the earlier history's (%d records, %s)",
			since.Size, since.Time.Format(time.RFC3339), from.Size, from.Time.Format(time.RFC3339))
	}
	if to.Size < from.Size {
		return Extension{}, fmt.Errorf("the later history's checkpoint (%d records) is smaller than the earlier's (%d): the log lost records", to.Size, from.Size)
	}
	proof, err := decodeHashes(h.Since.Proof, "the proof that the log extends the earlier checkpoint")
	if err != nil {
		return Extension{}, err
	}
	if err := tlog.CheckTree(proof, to.Size, to.Root, from.Size, from.Root); err != nil {
		return Extension{}, fmt.Errorf("the log of the later checkpoint (%d records, %s) does not hold the log of the earlier (%d records, %s): records were changed or deleted since the earlier history was shown",
			to.Size, to.Time.Format(time.RFC3339), from.Size, from.Time.Format(time.RFC3339))
	}
	for i, e := range earlier.Events {
		if i >= len(h.Events) {
			return Extension{}, fmt.Errorf("event %d (%s, recorded %s), in the earlier history, is not in the later one", e.Seq, e.Type, e.RecordedAt.Format(time.RFC3339))
		}
		if n := h.Events[i]; n.RecordHash != e.RecordHash || n.Index != e.Index {
			return Extension{}, fmt.Errorf("event %d (%s, recorded %s) is not the same in the later history: hash %s at record %d, then %s at record %d",
				e.Seq, e.Type, e.RecordedAt.Format(time.RFC3339), e.RecordHash, e.Index, n.RecordHash, n.Index)
		}
	}
	return Extension{From: from, To: to, Kept: len(earlier.Events), Added: len(h.Events) - len(earlier.Events)}, nil
}
