package access

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"

	"github.com/writ-project/writ/internal/fault"
)

// Params are the cost of argon2id (RFC 9106): memory in KiB, passes over
// it, lanes computed in parallel, and the lengths of salt and key in bytes.
// They are written into every hash, so a hash made with older parameters
// still verifies after the defaults change.
type Params struct {
	Memory  uint32
	Time    uint32
	Threads uint8
	SaltLen uint32
	KeyLen  uint32
}

// DefaultParams are RFC 9106's second recommended option (§ 4: 64 MiB,
// three passes, four lanes): about 50-100 ms on a current server core,
// which is nothing for a person signing in and a great deal for someone
// guessing. The Authenticator hashes a bounded number of passwords at once,
// so the memory stays bounded too.
var DefaultParams = Params{Memory: 64 * 1024, Time: 3, Threads: 4, SaltLen: 16, KeyLen: 32}

// TestParams are the cheapest argon2id allows, for tests that sign in many
// times. Never for a server.
var TestParams = Params{Memory: 8, Time: 1, Threads: 1, SaltLen: 16, KeyLen: 32}

// Password length bounds. NIST SP 800-63B-4 § 3.1.1.2: a password that is
// the only factor is at least 15 characters; any character is allowed, and
// the upper bound is generous (at least 64).
const (
	MinPasswordChars = 15
	MaxPasswordBytes = 1024
)

// Bounds on parameters read from a stored hash, so that a damaged or
// planted hash cannot make one sign-in take a gigabyte or a minute.
const (
	maxMemory  = 1 << 20 // KiB: 1 GiB
	maxTime    = 64
	minSaltLen = 8
	minKeyLen  = 16
	maxKeyLen  = 128
)

// b64 is the base64 of PHC strings: standard alphabet, no padding; Strict
// refuses a string that does not re-encode to itself.
var b64 = base64.RawStdEncoding.Strict()

// HashPassword hashes a new password with argon2id and a fresh random salt,
// and returns it in PHC string format:
//
//	$argon2id$v=19$m=65536,t=3,p=4$<salt>$<key>
//
// A password shorter than MinPasswordChars or longer than MaxPasswordBytes,
// or not UTF-8, is fault.Invalid naming the field "password".
func HashPassword(password string, p Params) (string, error) {
	if !utf8.ValidString(password) {
		return "", &fault.Error{Code: fault.Invalid, Field: "password", Message: "must be text (UTF-8)"}
	}
	if n := utf8.RuneCountInString(password); n < MinPasswordChars {
		return "", &fault.Error{Code: fault.Invalid, Field: "password",
			Message: fmt.Sprintf("must be at least %d characters; a few unrelated words make a good one", MinPasswordChars)}
	}
	if len(password) > MaxPasswordBytes {
		return "", &fault.Error{Code: fault.Invalid, Field: "password", Message: fmt.Sprintf("must be at most %d bytes", MaxPasswordBytes)}
	}
	return hash(password, p)
}

// hash hashes any password (the dummy one too) with p.
func hash(password string, p Params) (string, error) {
	if err := p.check(); err != nil {
		return "", err
	}
	salt := make([]byte, p.SaltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", fault.Wrap(fault.Internal, err, "could not generate a salt")
	}
	key := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s",
		argon2.Version, p.Memory, p.Time, p.Threads, b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

// check refuses parameters argon2 would silently change (memory below 8 KiB
// per lane is raised) or that no stored hash should carry.
func (p Params) check() error {
	bad := func(format string, args ...any) error {
		return &fault.Error{Code: fault.Invalid, Field: "password_hash", Message: fmt.Sprintf(format, args...)}
	}
	switch {
	case p.Threads < 1:
		return bad("argon2id needs at least one lane (p)")
	case p.Memory < 8*uint32(p.Threads) || p.Memory > maxMemory:
		return bad("argon2id memory (m) must be between 8 KiB per lane and %d KiB, not %d", maxMemory, p.Memory)
	case p.Time < 1 || p.Time > maxTime:
		return bad("argon2id passes (t) must be between 1 and %d, not %d", maxTime, p.Time)
	case p.SaltLen < minSaltLen:
		return bad("the salt must be at least %d bytes, not %d", minSaltLen, p.SaltLen)
	case p.KeyLen < minKeyLen || p.KeyLen > maxKeyLen:
		return bad("the key must be %d to %d bytes, not %d", minKeyLen, maxKeyLen, p.KeyLen)
	}
	return nil
}

// VerifyPassword reports whether password is the one encoded was made
// from, comparing the keys in constant time. An encoded hash that is not a
// well-formed argon2id PHC string within sane bounds is fault.Invalid.
func VerifyPassword(password, encoded string) (bool, error) {
	p, salt, key, err := parsePHC(encoded)
	if err != nil {
		return false, err
	}
	got := argon2.IDKey([]byte(password), salt, p.Time, p.Memory, p.Threads, p.KeyLen)
	return subtle.ConstantTimeCompare(got, key) == 1, nil
}

// parsePHC reads an argon2id hash in PHC string format, strictly: fields in
// the order the format fixes, decimal numbers without signs or leading
// zeros, canonical unpadded base64.
func parsePHC(encoded string) (p Params, salt, key []byte, err error) {
	bad := func(format string, args ...any) error {
		return &fault.Error{Code: fault.Invalid, Field: "password_hash", Message: fmt.Sprintf(format, args...)}
	}
	parts := strings.Split(encoded, "$")
	if len(parts) != 6 || parts[0] != "" {
		return p, nil, nil, bad("is not a PHC string ($argon2id$v=19$m=...,t=...,p=...$salt$key)")
	}
	if parts[1] != "argon2id" {
		return p, nil, nil, bad("algorithm %q is not argon2id", parts[1])
	}
	v, ok := strings.CutPrefix(parts[2], "v=")
	if !ok {
		return p, nil, nil, bad("the version field %q is not v=19", parts[2])
	}
	if n, err := number(v, 32); err != nil || n != argon2.Version {
		return p, nil, nil, bad("argon2 version %q is not %d", v, argon2.Version)
	}
	fields := strings.Split(parts[3], ",")
	if len(fields) != 3 {
		return p, nil, nil, bad("the parameters %q are not m=...,t=...,p=...", parts[3])
	}
	var vals [3]uint64
	for i, name := range []string{"m", "t", "p"} {
		s, ok := strings.CutPrefix(fields[i], name+"=")
		if !ok {
			return p, nil, nil, bad("the parameters %q are not m=...,t=...,p=...", parts[3])
		}
		bits := 32
		if name == "p" {
			bits = 8
		}
		if vals[i], err = number(s, bits); err != nil {
			return p, nil, nil, bad("parameter %s=%q is not a number argon2id takes", name, s)
		}
	}
	p = Params{Memory: uint32(vals[0]), Time: uint32(vals[1]), Threads: uint8(vals[2])}
	if salt, err = b64.DecodeString(parts[4]); err != nil {
		return p, nil, nil, bad("the salt is not unpadded base64")
	}
	if key, err = b64.DecodeString(parts[5]); err != nil {
		return p, nil, nil, bad("the key is not unpadded base64")
	}
	p.SaltLen, p.KeyLen = uint32(len(salt)), uint32(len(key))
	if err := p.check(); err != nil {
		return p, nil, nil, err
	}
	return p, salt, key, nil
}

// number parses a decimal without sign or leading zeros that fits in bits.
func number(s string, bits int) (uint64, error) {
	if s == "" || s[0] < '1' || s[0] > '9' {
		return 0, fmt.Errorf("not a decimal number: %q", s)
	}
	return strconv.ParseUint(s, 10, bits)
}
