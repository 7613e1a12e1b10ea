// Package seal encrypts what writ keeps of a person's data at rest and what
// it delivers: preserved records in the store, and production packages for
// the applicant. It wraps age (filippo.io/age), so that the rest of writ
// names keys and never the library.
package seal

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"filippo.io/age"

	"github.com/writ-project/writ/internal/fault"
)

// NewKey returns a new X25519 identity (the secret key writ is configured
// with, "AGE-SECRET-KEY-1...") and its recipient (the public key,
// "age1...").
func NewKey() (identity, recipient string, err error) {
	id, err := age.GenerateX25519Identity()
	if err != nil {
		return "", "", fmt.Errorf("generate a key: %w", err)
	}
	return id.String(), id.Recipient().String(), nil
}

// WriteKeyFile writes a secret key to a new file at path that only its
// owner may read or write (mode 0600), flushed to the disk. The file is
// created with that mode, so the key is never readable by others, not even
// for a moment; and it is never written over an existing file, whose mode
// (and whoever already has it open) writ cannot vouch for, or whose key
// may still be needed to open what was sealed with it.
func WriteKeyFile(path, key string) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		return fault.Errorf(fault.Conflict, "%s already exists: a key file is never overwritten; choose another name", path)
	}
	if err != nil {
		return fault.Wrap(fault.Invalid, err, "cannot create the key file %s: %v", path, errors.Unwrap(err))
	}
	// The umask may have taken the owner's write away too: the mode is
	// set to exactly 0600.
	err = f.Chmod(0o600)
	if err == nil {
		_, err = fmt.Fprintln(f, key)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return fault.Wrap(fault.Internal, err, "cannot write the key file %s", path)
	}
	return nil
}

// identity reads a secret key.
func identity(key string) (*age.X25519Identity, error) {
	id, err := age.ParseX25519Identity(strings.TrimSpace(key))
	if err != nil {
		return nil, fault.Errorf(fault.Invalid, "the sealing key is not an age secret key (AGE-SECRET-KEY-1...): generate one with 'writ keygen'")
	}
	return id, nil
}

// Seal encrypts data to the public side of a secret key: only the holder of
// the key can open it.
func Seal(data []byte, key string) ([]byte, error) {
	id, err := identity(key)
	if err != nil {
		return nil, err
	}
	return encrypt(data, id.Recipient())
}

// SealTo encrypts data to public keys ("age1...") and, when passphrase is
// not empty, to a passphrase instead.
func SealTo(w io.Writer, recipients []string, passphrase string) (io.WriteCloser, error) {
	var rs []age.Recipient
	for _, r := range recipients {
		x, err := age.ParseX25519Recipient(strings.TrimSpace(r))
		if err != nil {
			return nil, fault.Errorf(fault.Invalid, "%q is not an age public key (age1...)", r)
		}
		rs = append(rs, x)
	}
	if passphrase != "" {
		if len(rs) > 0 {
			return nil, fault.Errorf(fault.Invalid, "seal to public keys or to a passphrase, not both")
		}
		s, err := age.NewScryptRecipient(passphrase)
		if err != nil {
			return nil, fault.Wrap(fault.Invalid, err, "the passphrase cannot be used")
		}
		rs = append(rs, s)
	}
	if len(rs) == 0 {
		return nil, fault.Errorf(fault.Invalid, "name at least one recipient (age1...) or a passphrase")
	}
	return age.Encrypt(w, rs...)
}

func encrypt(data []byte, r age.Recipient) ([]byte, error) {
	var buf bytes.Buffer
	w, err := age.Encrypt(&buf, r)
	if err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	if _, err := w.Write(data); err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	if err := w.Close(); err != nil {
		return nil, fmt.Errorf("seal: %w", err)
	}
	return buf.Bytes(), nil
}

// Open decrypts data sealed to a secret key.
func Open(sealed []byte, key string) ([]byte, error) {
	id, err := identity(key)
	if err != nil {
		return nil, err
	}
	r, err := age.Decrypt(bytes.NewReader(sealed), id)
	if err != nil {
		return nil, fault.Wrap(fault.Forbidden, err, "the sealed data cannot be opened with this key")
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return nil, fault.Wrap(fault.Tampered, err, "the sealed data is damaged")
	}
	return out, nil
}

// OpenFrom decrypts a stream sealed to secret keys or a passphrase.
func OpenFrom(r io.Reader, keys []string, passphrase string) (io.Reader, error) {
	var ids []age.Identity
	for _, k := range keys {
		id, err := identity(k)
		if err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	if passphrase != "" {
		s, err := age.NewScryptIdentity(passphrase)
		if err != nil {
			return nil, fault.Wrap(fault.Invalid, err, "the passphrase cannot be used")
		}
		ids = append(ids, s)
	}
	out, err := age.Decrypt(r, ids...)
	if err != nil {
		return nil, fault.Wrap(fault.Forbidden, err, "the package cannot be opened with this key or passphrase")
	}
	return out, nil
}
