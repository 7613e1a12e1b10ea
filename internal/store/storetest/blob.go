package storetest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/fault"
)

// testBlobs: sealed bytes stored under a case come back byte for byte under
// the SHA-256 of their content; a tampered blob is refused, not returned.
func testBlobs(t *testing.T, fresh func(*testing.T) Database) {
	ctx := context.Background()
	s, db, _ := newStore(t, fresh)
	c := createCase(t, s)
	data := []byte("age-encryption.org/v1\n-> X25519 sealed records \x00\xff of one account")
	sum := sha256.Sum256(data)
	want := hex.EncodeToString(sum[:])

	t.Run("OK", func(t *testing.T) {
		name, err := s.PutBlob(ctx, c.ID, data)
		if err != nil || name != want {
			t.Fatalf("PutBlob = %q, %v; want %q", name, err, want)
		}
		again, err := s.PutBlob(ctx, c.ID, data)
		if err != nil || again != name {
			t.Fatalf("PutBlob again = %q, %v", again, err)
		}
		got, err := s.Blob(ctx, c.ID, name)
		if err != nil || !bytes.Equal(got, data) {
			t.Fatalf("Blob = %q, %v", got, err)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		if _, err := s.Blob(ctx, c.ID, "00"); !fault.Is(err, fault.NotFound) {
			t.Errorf("Blob of an unknown name: %v", err)
		}
		if _, err := s.PutBlob(ctx, "c-nosuchcase", data); !fault.Is(err, fault.NotFound) {
			t.Errorf("PutBlob on an unknown case: %v", err)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		if _, err := s.PutBlob(ctx, c.ID, nil); !fault.Is(err, fault.Invalid) {
			t.Errorf("PutBlob of nothing: %v", err)
		}
	})
	// A blob goes in with the event that names it, in one transaction:
	// an event refused stores no blob (a holder's attachment sent with an
	// objection on a closed case, say), and a blob the event does not
	// name is refused with it.
	attachment := []byte("%PDF-1.4 an account holder's evidence")
	named := hex.EncodeToString(func() []byte { s := sha256.Sum256(attachment); return s[:] }())
	t.Run("OK with its event", func(t *testing.T) {
		e := event("objection_received", 1)
		e.Payload = []byte(`{"attachments":[{"sha256":"` + named + `"}]}`)
		e.Blobs = [][]byte{attachment}
		if _, err := s.Append(ctx, c.ID, 1, "", e); err != nil {
			t.Fatalf("Append with a blob: %v", err)
		}
		if got, err := s.Blob(ctx, c.ID, named); err != nil || !bytes.Equal(got, attachment) {
			t.Errorf("Blob = %q, %v", got, err)
		}
	})
	t.Run("ErrBlobWithARefusedEvent", func(t *testing.T) {
		other := []byte("another attachment")
		otherName := hex.EncodeToString(func() []byte { s := sha256.Sum256(other); return s[:] }())
		e := event("objection_received", 2)
		e.Payload = []byte(`{"attachments":[{"sha256":"` + otherName + `"}]}`)
		e.Blobs = [][]byte{other}
		if _, err := s.Append(ctx, c.ID, 1, "", e); !fault.Is(err, fault.Conflict) {
			t.Fatalf("Append at a stale seq: %v; want conflict", err)
		}
		if _, err := s.Blob(ctx, c.ID, otherName); !fault.Is(err, fault.NotFound) {
			t.Errorf("the blob of a refused event was kept: %v", err)
		}
		e.Payload = []byte(`{"note":"names nothing"}`)
		if _, err := s.Append(ctx, c.ID, 2, "", e); !fault.Is(err, fault.Invalid) {
			t.Errorf("a blob its event does not name: %v; want invalid", err)
		}
		if _, err := s.Blob(ctx, c.ID, otherName); !fault.Is(err, fault.NotFound) {
			t.Errorf("a blob its event does not name was kept: %v", err)
		}
	})
	t.Run("VerifyBlobs", func(t *testing.T) {
		// The blob of OK above is named by no event: an orphan.
		breaks, orphans, err := s.VerifyBlobs(ctx)
		if err != nil || len(breaks) != 0 || len(orphans) != 1 || orphans[0].CaseID != c.ID || !strings.Contains(orphans[0].Problem, want) {
			t.Fatalf("VerifyBlobs = %v, %v, %v; want one orphan, %s", breaks, orphans, err, want)
		}
	})
	t.Run("ErrTampered", func(t *testing.T) {
		db.Tamper(t, `UPDATE blobs SET data = `+hexLiteral(db, []byte("something else"))+` WHERE sha256 = '`+want+`'`)
		if _, err := s.Blob(ctx, c.ID, want); !fault.Is(err, fault.Tampered) {
			t.Errorf("Blob after tampering: %v", err)
		}
		breaks, _, err := s.VerifyBlobs(ctx)
		if err != nil || len(breaks) != 1 || !strings.Contains(breaks[0].Problem, want) {
			t.Errorf("VerifyBlobs after tampering = %v, %v", breaks, err)
		}
	})
}

// hexLiteral writes bytes as a binary literal both SQLite (X'..') and
// PostgreSQL ('\x..'::bytea) read.
func hexLiteral(db Database, b []byte) string {
	if len(db.DSN) > 8 && db.DSN[:8] == "postgres" {
		return `'\x` + hex.EncodeToString(b) + `'::bytea`
	}
	return `X'` + hex.EncodeToString(b) + `'`
}
