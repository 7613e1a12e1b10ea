package storetest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
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
	t.Run("ErrTampered", func(t *testing.T) {
		db.Tamper(t, `UPDATE blobs SET data = `+hexLiteral(db, []byte("something else"))+` WHERE sha256 = '`+want+`'`)
		if _, err := s.Blob(ctx, c.ID, want); !fault.Is(err, fault.Tampered) {
			t.Errorf("Blob after tampering: %v", err)
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
