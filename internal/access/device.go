package access

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/store"
)

// A device token marks a browser a person has signed in from before, so
// that failed guesses at their password, made elsewhere, lock out the
// guessers and not them (OWASP's "device cookies"). The browser keeps it
// in a cookie; writ keeps nothing: the token is the user's id, when it was
// issued and a random nonce, signed with a key derived from the user's
// current password hash. Changing the password therefore forgets every
// device; the token names the user only by their random id.

// DeviceTTL is how long a browser stays trusted after it signed in.
const DeviceTTL = 180 * 24 * time.Hour

const deviceVersion = "writ-device-v1"

// deviceToken issues a device token for a user as of now.
func deviceToken(u store.User, now time.Time) (string, error) {
	body := make([]byte, 8+16)
	binary.BigEndian.PutUint64(body, uint64(now.Unix()))
	if _, err := rand.Read(body[8:]); err != nil {
		return "", err
	}
	enc := base64.RawURLEncoding
	return u.ID + "." + enc.EncodeToString(body) + "." + enc.EncodeToString(deviceMAC(u, body)), nil
}

// deviceMAC signs a token's body for a user.
func deviceMAC(u store.User, body []byte) []byte {
	m := hmac.New(sha256.New, []byte(deviceVersion+"\x00"+u.PasswordHash))
	m.Write([]byte(u.ID))
	m.Write([]byte{0})
	m.Write(body)
	return m.Sum(nil)
}

// trustedDevice reports whether token marks a browser the user with this
// e-mail address signed in from, with the password they have now, within
// DeviceTTL of now. A user without a password, or disabled, has none.
func (a *Authenticator) trustedDevice(ctx context.Context, email, token string, now time.Time) bool {
	id, rest, ok := strings.Cut(token, ".")
	if !ok || token == "" {
		return false
	}
	b64body, b64mac, ok := strings.Cut(rest, ".")
	if !ok {
		return false
	}
	enc := base64.RawURLEncoding
	body, err1 := enc.DecodeString(b64body)
	mac, err2 := enc.DecodeString(b64mac)
	if err1 != nil || err2 != nil || len(body) != 24 {
		return false
	}
	u, err := a.users.UserByEmail(ctx, email)
	if err != nil || u.ID != id || u.PasswordHash == "" || u.Disabled() {
		return false
	}
	issued := time.Unix(int64(binary.BigEndian.Uint64(body)), 0)
	if issued.After(now.Add(time.Minute)) || now.Sub(issued) > DeviceTTL {
		return false
	}
	return hmac.Equal(mac, deviceMAC(u, body))
}

// deviceLimitKey is the rate-limit key of a trusted browser.
func deviceLimitKey(token string) string { return "device\x00" + token }
