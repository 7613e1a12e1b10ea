package store

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"time"
)

// ZeroHash is the PrevHash of a case's first event: there is nothing before
// it to link to.
const ZeroHash = "0000000000000000000000000000000000000000000000000000000000000000"

// hashVersion names the canonical form, so that a future form can be told
// apart from this one by anyone who recomputes a chain.
const hashVersion = "writ-event-v1"

// canonicalTime is how times are written into the canonical form: RFC 3339
// in UTC with exactly nine fractional digits, so that a verifier in any
// language writes the same bytes without knowing Go's trimming rules.
const canonicalTime = "2006-01-02T15:04:05.000000000Z"

// Hash returns the hash that links e into its case's chain, so that altering,
// reordering or deleting a stored event is detected (`writ audit verify`
// recomputes it). It is the lowercase hex SHA-256 of e's canonical form, the
// compact JSON array
//
//	["writ-event-v1",case_id,seq,type,at,recorded_at,actor,idempotency_key,payload,prev_hash]
//
// with no whitespace between elements, where
//   - seq is a decimal integer;
//   - at and recorded_at are RFC 3339 in UTC with exactly nine fractional
//     digits, e.g. "2022-10-20T17:04:05.123456000Z" (the store keeps
//     microseconds, so the last three digits are zeros);
//   - payload is the stored compact JSON object, embedded as is (not quoted);
//   - every other element is a JSON string written as ECMAScript's
//     JSON.stringify writes it (RFC 8785, section 3.2.2.2): `"` and `\`
//     escaped, \b \f \n \r \t as such, other characters below U+0020 as
//     \u00XX with lowercase hex, everything else as its UTF-8 bytes;
//   - prev_hash is the previous event's Hash, or ZeroHash for seq 1.
//
// Hash uses e as given: it does not truncate times or compact the payload.
func Hash(e Event) string {
	sum := sha256.Sum256(canonical(e))
	return hex.EncodeToString(sum[:])
}

// canonical writes e's canonical form, the input of Hash.
func canonical(e Event) []byte {
	return appendCanonical(make([]byte, 0, 256+len(e.Payload)), e, e.Payload)
}

// appendCanonical appends e's canonical form to b, with payload in place of
// e.Payload (an audit reads it as the driver gives it, a string).
func appendCanonical[P ~string | ~[]byte](b []byte, e Event, payload P) []byte {
	b = append(b, '[')
	b = appendString(b, hashVersion)
	b = append(b, ',')
	b = appendString(b, e.CaseID)
	b = append(b, ',')
	b = strconv.AppendInt(b, e.Seq, 10)
	b = append(b, ',')
	b = appendString(b, e.Type)
	b = append(b, ',')
	b = appendTime(b, e.At)
	b = append(b, ',')
	b = appendTime(b, e.RecordedAt)
	b = append(b, ',')
	b = appendString(b, e.Actor)
	b = append(b, ',')
	b = appendString(b, e.IdempotencyKey)
	b = append(b, ',')
	b = append(b, payload...)
	b = append(b, ',')
	b = appendString(b, e.PrevHash)
	b = append(b, ']')
	return b
}

// formatTime writes t as the canonical form does.
func formatTime(t time.Time) string { return t.UTC().Format(canonicalTime) }

// appendTime appends t as a JSON string of the canonical form (no
// character of it needs escaping).
func appendTime(b []byte, t time.Time) []byte {
	t = t.UTC()
	year, month, day := t.Date()
	if year < 0 || year > 9999 {
		b = append(b, '"')
		b = t.AppendFormat(b, canonicalTime)
		return append(b, '"')
	}
	// canonicalTime written digit by digit: an audit writes two times
	// for every event, and Format reads its layout each time.
	hour, minute, sec := t.Clock()
	b = append(b, '"')
	b = appendDigits(b, year, 4)
	b = append(b, '-')
	b = appendDigits(b, int(month), 2)
	b = append(b, '-')
	b = appendDigits(b, day, 2)
	b = append(b, 'T')
	b = appendDigits(b, hour, 2)
	b = append(b, ':')
	b = appendDigits(b, minute, 2)
	b = append(b, ':')
	b = appendDigits(b, sec, 2)
	b = append(b, '.')
	b = appendDigits(b, t.Nanosecond(), 9)
	return append(b, 'Z', '"')
}

// appendDigits appends n (not negative) in exactly width decimal digits.
func appendDigits(b []byte, n, width int) []byte {
	b = append(b, make([]byte, width)...)
	for i := len(b) - 1; i >= len(b)-width; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return b
}

// appendString appends s as a JSON string in the manner of RFC 8785: the
// fewest escapes, so that the bytes hashed are the same in every language.
func appendString(b []byte, s string) []byte {
	const hexDigits = "0123456789abcdef"
	b = append(b, '"')
	// The part that needs no escape at once (most strings are all of it).
	i := 0
	for i < len(s) && s[i] >= 0x20 && s[i] != '"' && s[i] != '\\' {
		i++
	}
	b = append(b, s[:i]...)
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c == '\b':
			b = append(b, '\\', 'b')
		case c == '\f':
			b = append(b, '\\', 'f')
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\r':
			b = append(b, '\\', 'r')
		case c == '\t':
			b = append(b, '\\', 't')
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}
