// Package webhook is writ's side of the Standard Webhooks scheme: the
// kinds of event writ sends, the body each is sent in, and the signature
// the receiver checks (HMAC-SHA256 of "id.timestamp.body" under the
// endpoint's secret, in the webhook-signature header as "v1,<base64>").
// The scheme is a few lines, written here rather than brought in, so that
// it stays ours to read; the reference vector of the specification pins
// it (TestSign).
package webhook

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// The headers of a delivery.
const (
	HeaderID        = "webhook-id"
	HeaderTimestamp = "webhook-timestamp"
	HeaderSignature = "webhook-signature"
)

// secretPrefix begins every secret; the rest is the key in base64.
const secretPrefix = "whsec_"

// Tolerance is how far from the receiver's clock a timestamp may be: the
// specification's five minutes, against replays.
const Tolerance = 5 * time.Minute

// NewSecret returns a new secret: "whsec_" and 32 random bytes in base64.
func NewSecret() (string, error) {
	var b [32]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("generate a webhook secret: %w", err)
	}
	return secretPrefix + base64.StdEncoding.EncodeToString(b[:]), nil
}

// key decodes a secret's key.
func key(secret string) ([]byte, error) {
	rest, ok := strings.CutPrefix(secret, secretPrefix)
	if !ok {
		return nil, errors.New(`a webhook secret begins with "whsec_"`)
	}
	k, err := base64.StdEncoding.DecodeString(rest)
	if err != nil || len(k) == 0 {
		return nil, errors.New(`a webhook secret is "whsec_" and its key in base64`)
	}
	return k, nil
}

// Sign returns the webhook-signature of a delivery: "v1," and the base64
// HMAC-SHA256, under the secret's key, of the id, the timestamp (Unix
// seconds) and the body joined by dots.
func Sign(secret, id string, at time.Time, body []byte) (string, error) {
	k, err := key(secret)
	if err != nil {
		return "", err
	}
	return "v1," + base64.StdEncoding.EncodeToString(mac(k, id, at.Unix(), body)), nil
}

func mac(k []byte, id string, ts int64, body []byte) []byte {
	m := hmac.New(sha256.New, k)
	fmt.Fprintf(m, "%s.%d.", id, ts)
	m.Write(body)
	return m.Sum(nil)
}

// Headers sets the three headers of a delivery signed at at.
func Headers(h http.Header, secret, id string, at time.Time, body []byte) error {
	sig, err := Sign(secret, id, at, body)
	if err != nil {
		return err
	}
	h.Set(HeaderID, id)
	h.Set(HeaderTimestamp, strconv.FormatInt(at.Unix(), 10))
	h.Set(HeaderSignature, sig)
	return nil
}

// Verify checks a delivery as a receiver does: the three headers present,
// the timestamp within Tolerance of now, and one of the space-separated
// signatures a v1 signature of the id, timestamp and body, compared in
// constant time. writ's tests receive with it.
func Verify(secret string, h http.Header, body []byte, now time.Time) error {
	id, ts, sigs := h.Get(HeaderID), h.Get(HeaderTimestamp), h.Get(HeaderSignature)
	if id == "" || ts == "" || sigs == "" {
		return errors.New("a webhook header is missing")
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return fmt.Errorf("the webhook timestamp %q is not Unix seconds", ts)
	}
	if d := now.Unix() - sec; math.Abs(float64(d)) > Tolerance.Seconds() {
		return fmt.Errorf("the webhook timestamp is %d seconds from now", d)
	}
	k, err := key(secret)
	if err != nil {
		return err
	}
	want := mac(k, id, sec, body)
	for _, s := range strings.Fields(sigs) {
		v, b64, ok := strings.Cut(s, ",")
		if !ok || v != "v1" {
			continue
		}
		got, err := base64.StdEncoding.DecodeString(b64)
		if err == nil && hmac.Equal(got, want) {
			return nil
		}
	}
	return errors.New("no webhook signature matches")
}
