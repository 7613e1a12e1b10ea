package store

import (
	"encoding/json"
	"testing"
	"time"
)

// TestHash pins the canonical form and its hash to values computed outside
// Go (Python's json.dumps with ensure_ascii=False and hashlib.sha256), so
// that a verifier in another language can be checked against them, and a
// change of the form cannot pass unnoticed.
func TestHash(t *testing.T) {
	e := Event{
		CaseID:         "c-abcdefghijkm",
		Seq:            2,
		Type:           "notice_sent",
		At:             time.Date(2022, 10, 21, 2, 4, 5, 123456000, time.FixedZone("JST", 9*60*60)),
		RecordedAt:     time.Date(2022, 10, 21, 0, 0, 1, 1000, time.UTC),
		Actor:          "staff:alice \"A\"\\\n\t\x01\x1fé\u2028<&>",
		IdempotencyKey: "k-1",
		Payload:        json.RawMessage(`{"n":1,"é":"<&>"}`),
		PrevHash:       ZeroHash,
	}
	const wantForm = `["writ-event-v1","c-abcdefghijkm",2,"notice_sent","2022-10-20T17:04:05.123456000Z",` +
		`"2022-10-21T00:00:01.000001000Z","staff:alice \"A\"\\\n\t\u0001\u001fé` + "\u2028" + `<&>","k-1",` +
		`{"n":1,"é":"<&>"},"0000000000000000000000000000000000000000000000000000000000000000"]`
	const wantHash = "2c0da447b9d449dd76ebfd3998f0492ea180a6cfe32ff6f2bf5d6bd3cef883fc"

	t.Run("OK", func(t *testing.T) {
		if got := string(canonical(e)); got != wantForm {
			t.Errorf("canonical form:\n got %s\nwant %s", got, wantForm)
		}
		if got := Hash(e); got != wantHash {
			t.Errorf("Hash = %s, want %s", got, wantHash)
		}
		if !json.Valid(canonical(e)) {
			t.Errorf("the canonical form is not JSON")
		}
	})

	// Every field is covered: changing any one changes the hash.
	t.Run("EveryField", func(t *testing.T) {
		for _, tt := range []struct {
			name   string
			change func(*Event)
		}{
			{"CaseID", func(e *Event) { e.CaseID = "c-abcdefghijkn" }},
			{"Seq", func(e *Event) { e.Seq = 3 }},
			{"Type", func(e *Event) { e.Type = "notice_bounced" }},
			{"At", func(e *Event) { e.At = e.At.Add(time.Microsecond) }},
			{"RecordedAt", func(e *Event) { e.RecordedAt = e.RecordedAt.Add(time.Microsecond) }},
			{"Actor", func(e *Event) { e.Actor = "staff:bob" }},
			{"IdempotencyKey", func(e *Event) { e.IdempotencyKey = "" }},
			{"Payload", func(e *Event) { e.Payload = json.RawMessage(`{"n":2,"é":"<&>"}`) }},
			{"PayloadSpacing", func(e *Event) { e.Payload = json.RawMessage(`{"n": 1,"é":"<&>"}`) }},
			{"PrevHash", func(e *Event) { e.PrevHash = wantHash }},
			// A boundary moved between two fields is another event.
			{"Boundary", func(e *Event) { e.Type, e.Actor = e.Type+`","`, e.Actor[3:] }},
		} {
			t.Run(tt.name, func(t *testing.T) {
				changed := e
				tt.change(&changed)
				if Hash(changed) == wantHash {
					t.Errorf("changing %s does not change the hash", tt.name)
				}
			})
		}
	})
}
