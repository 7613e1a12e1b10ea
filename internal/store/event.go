package store

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/writ-project/writ/internal/fault"
)

// maxKeyLen bounds an idempotency key; a key is a token chosen by a client,
// not a place for data.
const maxKeyLen = 200

// storedTime is a time as the store keeps it: UTC, truncated to
// microseconds, the precision PostgreSQL keeps, so that both databases give
// back exactly what was hashed.
func storedTime(t time.Time) time.Time { return t.UTC().Truncate(time.Microsecond) }

// normalize checks an event as a caller states it and returns it as it will
// be stored and hashed: times in UTC to the microsecond, the payload
// compacted. field names the event in errors (e.g. "events[1]").
func normalize(e NewEvent, field string) (NewEvent, error) {
	if e.Type == "" {
		return e, invalid(field+".type", "is required")
	}
	if err := checkText(e.Type, field+".type"); err != nil {
		return e, err
	}
	if err := checkText(e.Actor, field+".actor"); err != nil {
		return e, err
	}
	if e.At.IsZero() {
		return e, invalid(field+".at", "is required")
	}
	e.At = storedTime(e.At)
	if y := e.At.Year(); y < 1 || y > 9999 {
		return e, invalid(field+".at", "must be a time between the years 1 and 9999")
	}
	payload, err := compactObject(e.Payload)
	if err != nil {
		return e, invalid(field+".payload", "%s", err)
	}
	e.Payload = payload
	for i, b := range e.Blobs {
		if len(b) == 0 || len(b) > MaxBlob {
			return e, invalid(fmt.Sprintf("%s.blobs[%d]", field, i), "a blob holds 1 byte to %d MiB, not %d bytes", MaxBlob>>20, len(b))
		}
		if !bytes.Contains(e.Payload, []byte(blobName(b))) {
			return e, invalid(fmt.Sprintf("%s.blobs[%d]", field, i), "the event does not name this blob (its SHA-256): a blob is kept only with the event that refers to it")
		}
	}
	return e, nil
}

// compactObject returns p compacted, or an error in words if p is not a
// JSON object.
func compactObject(p json.RawMessage) (json.RawMessage, error) {
	if !utf8.Valid(p) {
		return nil, fmt.Errorf("must be UTF-8")
	}
	if !json.Valid(p) {
		return nil, fmt.Errorf("must be a JSON object")
	}
	var b bytes.Buffer
	if err := json.Compact(&b, p); err != nil {
		return nil, fmt.Errorf("must be a JSON object")
	}
	if b.Len() == 0 || b.Bytes()[0] != '{' {
		return nil, fmt.Errorf("must be a JSON object")
	}
	return json.RawMessage(b.Bytes()), nil
}

// checkText rejects strings that one of the databases could not store as
// given (PostgreSQL refuses NUL and invalid UTF-8), so that both behave
// alike and what is hashed is what is stored.
func checkText(s, field string) error {
	if !utf8.ValidString(s) {
		return invalid(field, "must be UTF-8")
	}
	if strings.IndexByte(s, 0) >= 0 {
		return invalid(field, "must not contain a NUL character")
	}
	return nil
}

// checkKey checks an idempotency key ("" is none).
func checkKey(key string) error {
	if len(key) > maxKeyLen {
		return invalid("idempotency_key", "must be at most %d bytes", maxKeyLen)
	}
	return checkText(key, "idempotency_key")
}

// sameEvent reports whether a stored event records what e states, so that a
// retried request can be recognised. e must be normalized.
func sameEvent(stored Event, e NewEvent) bool {
	return stored.Type == e.Type && stored.At.Equal(e.At) && stored.Actor == e.Actor &&
		bytes.Equal(stored.Payload, e.Payload)
}

// invalid makes a fault.Invalid error naming the field.
func invalid(field, format string, args ...any) error {
	return &fault.Error{Code: fault.Invalid, Field: field, Message: fmt.Sprintf(format, args...)}
}
