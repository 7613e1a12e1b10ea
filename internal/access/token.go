package access

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"

	"github.com/writ-project/writ/internal/fault"
)

// tokenBytes is the randomness of every token writ hands out (sessions,
// CSRF, calendar feeds): 256 bits, beyond guessing however many tries.
const tokenBytes = 32

// tokenLen is the length of a token as text: unpadded URL-safe base64, so
// that it fits a cookie, a form field and a URL path unescaped.
var tokenLen = base64.RawURLEncoding.EncodedLen(tokenBytes)

// newToken returns a fresh random token.
func newToken() (string, error) {
	var b [tokenBytes]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fault.Wrap(fault.Internal, err, "could not generate a token")
	}
	return base64.RawURLEncoding.EncodeToString(b[:]), nil
}

// wellFormed reports whether s could be a token writ handed out; anything
// else is refused before the database is asked.
func wellFormed(s string) bool {
	if len(s) != tokenLen {
		return false
	}
	_, err := base64.RawURLEncoding.Strict().DecodeString(s)
	return err == nil
}

// hashToken is what the store keeps of a token: its SHA-256 in lowercase
// hex. A token has 256 random bits, so a fast hash suffices: there is
// nothing to guess that a slow one would protect.
func hashToken(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}
