package seal

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/fault"
)

func TestSeal(t *testing.T) {
	key, recipient, err := NewKey()
	if err != nil {
		t.Fatal(err)
	}
	plain := []byte(`{"name":"高木 ひでのり"}`)
	t.Run("OK", func(t *testing.T) {
		sealed, err := Seal(plain, key)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(sealed, []byte("高木")) {
			t.Fatal("the sealed bytes hold the plain text")
		}
		got, err := Open(sealed, key)
		if err != nil || !bytes.Equal(got, plain) {
			t.Fatalf("Open = %q, %v", got, err)
		}
	})
	t.Run("ErrForbidden with another key", func(t *testing.T) {
		sealed, _ := Seal(plain, key)
		other, _, _ := NewKey()
		if _, err := Open(sealed, other); !fault.Is(err, fault.Forbidden) {
			t.Errorf("Open with another key: %v", err)
		}
	})
	t.Run("ErrInvalid key", func(t *testing.T) {
		if _, err := Seal(plain, "hunter2"); !fault.Is(err, fault.Invalid) {
			t.Errorf("Seal with a bad key: %v", err)
		}
	})
	t.Run("stream to a recipient and to a passphrase", func(t *testing.T) {
		for _, tc := range []struct {
			recipients []string
			pass       string
			keys       []string
		}{{[]string{recipient}, "", []string{key}}, {nil, "correct horse battery staple", nil}} {
			var buf bytes.Buffer
			w, err := SealTo(&buf, tc.recipients, tc.pass)
			if err != nil {
				t.Fatal(err)
			}
			w.Write(plain)
			w.Close()
			r, err := OpenFrom(&buf, tc.keys, tc.pass)
			if err != nil {
				t.Fatal(err)
			}
			got, _ := io.ReadAll(r)
			if !bytes.Equal(got, plain) {
				t.Errorf("round trip: %q", got)
			}
		}
	})
}

// TestWriteKeyFile: a secret key is written to a new file that only its
// owner can read, and never over an existing file.
func TestWriteKeyFile(t *testing.T) {
	key, _, err := NewKey()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "seal.key")
	t.Run("OK", func(t *testing.T) {
		if err := WriteKeyFile(path, key); err != nil {
			t.Fatal(err)
		}
		info, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if info.Mode().Perm() != 0o600 {
			t.Errorf("the key file has mode %v, want 0600", info.Mode().Perm())
		}
		if b, _ := os.ReadFile(path); string(b) != key+"\n" {
			t.Errorf("the key file holds %q", b)
		}
	})
	t.Run("ErrConflict: the file exists", func(t *testing.T) {
		other, _, _ := NewKey()
		if err := WriteKeyFile(path, other); !fault.Is(err, fault.Conflict) || !strings.Contains(fault.Message(err), path) {
			t.Errorf("WriteKeyFile over a file = %v, want a conflict naming it", err)
		}
		if b, _ := os.ReadFile(path); string(b) != key+"\n" {
			t.Error("the existing key was overwritten")
		}
	})
	t.Run("ErrInvalid: no such folder", func(t *testing.T) {
		if err := WriteKeyFile(filepath.Join(t.TempDir(), "none", "seal.key"), key); !fault.Is(err, fault.Invalid) {
			t.Errorf("WriteKeyFile in a missing folder = %v", err)
		}
	})
}
