package checkpoint

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"

	"golang.org/x/mod/sumdb/tlog"
)

// Proof shows that one record is in the log a signed checkpoint covers:
// the record's leaf, its place (Index), the hashes that lead from it to the
// checkpoint's root (RFC 6962, section 2.1.1) and the checkpoint itself.
// Whoever holds it and the log's public key can check it without writ.
type Proof struct {
	Kind   string `json:"kind"`
	CaseID string `json:"case_id"`
	Seq    int64  `json:"seq"`
	// RecordHash is the record's hash in hex, as its case's chain has it.
	RecordHash string `json:"record_hash"`
	// Index is the record's place in the log, from 0.
	Index int64 `json:"leaf_index"`
	// Path is the audit path, each hash in base64.
	Path []string `json:"path"`
	// Checkpoint is the signed checkpoint, as writ audit checkpoint writes it.
	Checkpoint string `json:"checkpoint"`
}

// Leaf is the record the proof is about.
func (p Proof) Leaf() Leaf {
	return Leaf{Kind: p.Kind, CaseID: p.CaseID, Seq: p.Seq, RecordHash: p.RecordHash}
}

// NewProof puts a record proof from the tree into its portable form.
func NewProof(l Leaf, index int64, path tlog.RecordProof, signed []byte) Proof {
	p := Proof{Kind: l.Kind, CaseID: l.CaseID, Seq: l.Seq, RecordHash: l.RecordHash, Index: index,
		Path: make([]string, len(path)), Checkpoint: string(signed)}
	for i, h := range path {
		p.Path[i] = base64.StdEncoding.EncodeToString(h[:])
	}
	return p
}

// ParseProof reads a proof as JSON.
func ParseProof(b []byte) (Proof, error) {
	var p Proof
	if err := json.Unmarshal(b, &p); err != nil {
		return Proof{}, fmt.Errorf("not a proof of writ's log (JSON): %w", err)
	}
	return p, nil
}

// Check checks the proof with the log's verifier key alone: the checkpoint
// is signed by the key, and the record's leaf, at its place, hashes up to
// the checkpoint's root. It returns the checkpoint the record is in.
func (p Proof) Check(verifier string) (Checkpoint, error) {
	c, err := Open([]byte(p.Checkpoint), verifier)
	if err != nil {
		return Checkpoint{}, err
	}
	if p.Kind != KindEvent && p.Kind != KindAccess {
		return Checkpoint{}, fmt.Errorf("the proof's kind %q is neither %q nor %q", p.Kind, KindEvent, KindAccess)
	}
	if p.Index < 0 || p.Index >= c.Size {
		return Checkpoint{}, fmt.Errorf("the proof places the record at leaf %d, outside the checkpoint's %d records", p.Index, c.Size)
	}
	path := make(tlog.RecordProof, len(p.Path))
	for i, s := range p.Path {
		b, err := base64.StdEncoding.DecodeString(s)
		if err != nil || len(b) != tlog.HashSize {
			return Checkpoint{}, fmt.Errorf("the proof's hash %d is not a base64 SHA-256 hash", i+1)
		}
		copy(path[i][:], b)
	}
	if err := tlog.CheckRecord(path, c.Size, c.Root, p.Index, p.Leaf().Hash()); err != nil {
		return Checkpoint{}, errors.New("the proof does not lead from the record to the checkpoint's root: the record, its place or the proof was altered")
	}
	return c, nil
}

// Marshal writes a proof as indented JSON, the form writ audit prove prints
// and writ audit check-proof reads.
func Marshal(p Proof) ([]byte, error) {
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
