// Package checkpoint anchors writ's log outside its database. Everything
// writ records (each event, each access to a person's data) is a leaf of
// one Merkle tree, in the order it was recorded, in the manner of
// Certificate Transparency (RFC 6962, RFC 9162; the tree and its proofs are
// golang.org/x/mod/sumdb/tlog's). A checkpoint is the tree's size and root
// hash at a moment, signed with writ's Ed25519 key (a note, in the form of
// golang.org/x/mod/sumdb/note and of the C2SP tlog-checkpoint).
//
// Whoever keeps a checkpoint (a witness: a file elsewhere, a court's
// clerk, a service) can later ask writ to prove that today's log extends
// it: a record deleted, altered or re-chained since, even with the hash
// chains and heads made to agree, changes the root the checkpoint signed.
// An account holder given an inclusion proof can check, with the public
// key alone, that the record of their objection is in the log a checkpoint
// signed.
//
// Nothing here carries a person's data: a leaf names a case, a sequence
// number and a hash; a checkpoint a size, a root and a time.
package checkpoint

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// The kinds of record that are leaves of the log.
const (
	// KindEvent is an event of a case; its record hash is store.Hash.
	KindEvent = "event"
	// KindAccess is an entry of a case's access log (who was shown a
	// person's data); its record hash is store.AccessHash.
	KindAccess = "access"
)

// leafVersion starts every leaf's data, so that a later form of leaf can
// never hash like this one.
const leafVersion = "writ-log-leaf-v1"

// Leaf is one record as the log holds it: which record (kind, case, seq)
// and the hash that record's chain gives it, which covers every byte of it
// and the hash of the record before it in its case.
type Leaf struct {
	Kind   string
	CaseID string
	Seq    int64
	// RecordHash is the record's hash in lowercase hex.
	RecordHash string
}

// Data is the leaf's bytes, the input of its hash:
//
//	writ-log-leaf-v1\n<kind>\n<case id>\n<seq>\n<record hash>\n
func (l Leaf) Data() []byte {
	return fmt.Appendf(nil, "%s\n%s\n%s\n%d\n%s\n", leafVersion, l.Kind, l.CaseID, l.Seq, l.RecordHash)
}

// Hash is the leaf's hash in the tree: SHA-256 of 0x00 and its Data
// (RFC 6962, section 2.1).
func (l Leaf) Hash() tlog.Hash { return tlog.RecordHash(l.Data()) }

// String names the record, for a person reading a problem.
func (l Leaf) String() string {
	return fmt.Sprintf("case %s %s %d", l.CaseID, l.Kind, l.Seq)
}

// Checkpoint is the log's size and root at a moment.
type Checkpoint struct {
	// Origin names the writ instance whose log this is; it is also the
	// name of the key that signs its checkpoints.
	Origin string
	// Size is the number of records in the log.
	Size int64
	// Root is the Merkle tree hash of the log's first Size records.
	Root tlog.Hash
	// Time is when the checkpoint was made (UTC, seconds).
	Time time.Time
}

// timePrefix starts the extension line that carries the checkpoint's time.
const timePrefix = "time "

// Text is the checkpoint as a note's text (C2SP tlog-checkpoint): the
// origin, the size in decimal, the root in base64, then an extension line
// with the time in RFC 3339.
func (c Checkpoint) Text() string {
	return fmt.Sprintf("%s\n%d\n%s\n%s%s\n", c.Origin, c.Size, base64.StdEncoding.EncodeToString(c.Root[:]),
		timePrefix, c.Time.UTC().Format(time.RFC3339))
}

// parseText reads a checkpoint's text as Text writes it.
func parseText(text string) (Checkpoint, error) {
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if len(lines) < 4 {
		return Checkpoint{}, errors.New("a checkpoint has four lines: origin, size, root hash, time")
	}
	var c Checkpoint
	c.Origin = lines[0]
	size, err := strconv.ParseInt(lines[1], 10, 64)
	if err != nil || size < 0 || lines[1] != strconv.FormatInt(size, 10) {
		return Checkpoint{}, fmt.Errorf("the checkpoint's size %q is not a number of records", lines[1])
	}
	c.Size = size
	root, err := base64.StdEncoding.DecodeString(lines[2])
	if err != nil || len(root) != tlog.HashSize {
		return Checkpoint{}, fmt.Errorf("the checkpoint's root %q is not a base64 SHA-256 hash", lines[2])
	}
	copy(c.Root[:], root)
	for _, l := range lines[3:] {
		if v, ok := strings.CutPrefix(l, timePrefix); ok {
			if c.Time, err = time.Parse(time.RFC3339, v); err != nil {
				return Checkpoint{}, fmt.Errorf("the checkpoint's time %q is not an RFC 3339 time", v)
			}
			c.Time = c.Time.UTC()
		}
	}
	if c.Time.IsZero() {
		return Checkpoint{}, errors.New("the checkpoint has no time line")
	}
	return c, nil
}

// GenerateKey makes a new Ed25519 key pair named name (the origin of the
// log's checkpoints, e.g. writ.platform.example): the signer key
// (PRIVATE+KEY+name+...) and the verifier key (name+...), each in the
// note package's form.
func GenerateKey(name string) (signer, verifier string, err error) {
	if err := checkName(name); err != nil {
		return "", "", err
	}
	return note.GenerateKey(rand.Reader, name)
}

// checkName refuses a key name the note format cannot carry.
func checkName(name string) error {
	if name == "" || strings.ContainsAny(name, "+ \t\n") || !isPrint(name) {
		return fmt.Errorf("the log's name %q must be printable, without spaces or +", name)
	}
	return nil
}

func isPrint(s string) bool {
	for _, r := range s {
		if r < 0x21 || r == 0x7f {
			return false
		}
	}
	return true
}

// VerifierKey returns the verifier key of a signer key, so that writ,
// given only its signer key (WRIT_LOG_KEY_FILE), can check its own
// checkpoints.
func VerifierKey(signer string) (string, error) {
	// PRIVATE+KEY+<name>+<hash>+<base64 of 0x01 and the Ed25519 seed>
	parts := strings.SplitN(strings.TrimSpace(signer), "+", 5)
	if len(parts) != 5 || parts[0] != "PRIVATE" || parts[1] != "KEY" {
		return "", errors.New("not a signer key (PRIVATE+KEY+...): make one with writ audit keygen")
	}
	if _, err := note.NewSigner(strings.TrimSpace(signer)); err != nil {
		return "", fmt.Errorf("not a signer key: %w", err)
	}
	key, err := base64.StdEncoding.DecodeString(parts[4])
	if err != nil || len(key) != 1+ed25519.SeedSize || key[0] != 1 {
		return "", errors.New("not an Ed25519 signer key")
	}
	pub := ed25519.NewKeyFromSeed(key[1:]).Public().(ed25519.PublicKey)
	return note.NewEd25519VerifierKey(parts[2], pub)
}

// Sign signs c with the signer key. The checkpoint's origin is the key's
// name: a checkpoint always says whose log it is.
func Sign(c Checkpoint, signer string) ([]byte, error) {
	s, err := note.NewSigner(strings.TrimSpace(signer))
	if err != nil {
		return nil, fmt.Errorf("the log's key cannot sign: %w", err)
	}
	if c.Origin == "" {
		c.Origin = s.Name()
	}
	if c.Origin != s.Name() {
		return nil, fmt.Errorf("the checkpoint's origin %q is not the key's name %q", c.Origin, s.Name())
	}
	c.Time = c.Time.UTC().Truncate(time.Second)
	return note.Sign(&note.Note{Text: c.Text()}, s)
}

// Open checks a signed checkpoint against the verifier key and reads it.
// A note not signed by that key, signed over other text, or whose origin
// is not the key's name, is refused.
func Open(msg []byte, verifier string) (Checkpoint, error) {
	v, err := note.NewVerifier(strings.TrimSpace(verifier))
	if err != nil {
		return Checkpoint{}, fmt.Errorf("not a verifier key: %w", err)
	}
	n, err := note.Open(bytes.TrimLeft(msg, "\n"), note.VerifierList(v))
	if err != nil {
		var unverified *note.UnverifiedNoteError
		var invalid *note.InvalidSignatureError
		switch {
		case errors.As(err, &unverified):
			return Checkpoint{}, fmt.Errorf("the checkpoint is not signed by %s's key", v.Name())
		case errors.As(err, &invalid):
			return Checkpoint{}, fmt.Errorf("the checkpoint's signature does not match its text: it was altered after %s signed it", v.Name())
		}
		return Checkpoint{}, fmt.Errorf("not a signed checkpoint: %w", err)
	}
	c, err := parseText(n.Text)
	if err != nil {
		return Checkpoint{}, err
	}
	if c.Origin != v.Name() {
		return Checkpoint{}, fmt.Errorf("the checkpoint is of the log %q, not of %q", c.Origin, v.Name())
	}
	return c, nil
}

// IsVerifierKey reports whether s is a verifier key in the note format.
func IsVerifierKey(s string) bool {
	_, err := note.NewVerifier(strings.TrimSpace(s))
	return err == nil
}
