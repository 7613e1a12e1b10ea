// Package source reads a platform's records: it resolves a target of an
// order (a handle, a display name, a post URL) to the platform's account,
// reads the records of each category the order names, and streams the
// account's access-log entries inside a window. Connectors wrap where the
// records live: the built-in demo platform, JSONL/CSV log files, or any SQL
// database.
//
// A source never decides what may be disclosed; it only guarantees that the
// fields no order may reach — card numbers, expiry dates, security codes —
// are never read: a Record has room only for the fields of Allowed.
package source

import (
	"context"
	"net/netip"
	"time"

	"github.com/writ-project/writ/internal/order"
)

// Resolution ties a target of the order to the platform's account.
type Resolution struct {
	// Label is the target's label in the order.
	Label string `json:"label"`
	// AccountID is the platform's stable id of the account.
	AccountID string `json:"account_id"`
	// Evidence says how the account was found ("handle ay_chim0807 matches
	// account 1234 created 2021-05-02").
	Evidence string `json:"evidence"`
	// Created is when the account was created.
	Created time.Time `json:"created"`
}

// Field is one named value of a record ("name": "高木 ひでのり").
type Field struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

// Record is one value of one category registered with an account, with the
// time it was registered and the time it was replaced (zero while current),
// so that "ever registered" and "current" can both be answered.
type Record struct {
	Category   order.Category `json:"category"`
	Fields     []Field        `json:"fields"`
	Registered time.Time      `json:"registered"`
	Superseded time.Time      `json:"superseded,omitzero"`
	// Ref says where in the source the record came from (table and key,
	// file and line), for the custodian's declaration.
	Ref string `json:"ref,omitempty"`
}

// Allowed lists, for each category, the only fields a connector may read.
// Anything else a source holds — above all the card number, its expiry
// date and security code — is never read, so it cannot be produced.
var Allowed = map[order.Category][]string{
	order.Names:           {"name"},
	order.Addresses:       {"kind", "address"},
	order.Emails:          {"kind", "email", "verified"},
	order.Phones:          {"kind", "phone", "verified"},
	order.CardHolder:      {"holder_name", "billing_address", "brand"},
	order.OtherPayment:    {"method", "name", "email", "phone", "address"},
	order.AccountCreation: {"created", "ip"},
	order.DeviceIDs:       {"device_id", "kind"},
	order.Content:         {"url", "text", "posted"},
}

// LogEntry is one access-log entry of an account.
type LogEntry struct {
	Time time.Time  `json:"time"`
	IP   netip.Addr `json:"ip"`
	// Port is the source port, where the log holds it (0 otherwise).
	Port int `json:"port,omitempty"`
	// Ref says where the entry came from (file and line).
	Ref string `json:"ref,omitempty"`
}

// Corrupt is a log line that could not be read. Corrupt lines are counted
// and reported, never silently dropped, and do not stop the extraction.
type Corrupt struct {
	File    string `json:"file"`
	Line    int64  `json:"line"`
	Problem string `json:"problem"`
}

// LogStats describes one pass over an access log.
type LogStats struct {
	Bytes   int64 `json:"bytes"`
	Lines   int64 `json:"lines"`
	Matched int64 `json:"matched"`
	// CorruptLines counts every corrupt line; Corrupt lists the first ones
	// (up to MaxCorruptListed) with their line numbers.
	CorruptLines int64     `json:"corrupt_lines"`
	Corrupt      []Corrupt `json:"corrupt,omitempty"`
}

// MaxCorruptListed bounds the corrupt lines listed by line number.
const MaxCorruptListed = 1000

// Progress reports how far a long read has got.
type Progress struct {
	Bytes, Total int64 // bytes read so far, of the total (0: unknown)
	Lines        int64
	Matched      int64
}

// Window is a half-open interval of time [From, To).
type Window struct {
	From, To time.Time
}

// Contains reports whether t is inside the window.
func (w Window) Contains(t time.Time) bool { return !t.Before(w.From) && t.Before(w.To) }

// LogQuery asks for one account's access-log entries inside windows.
type LogQuery struct {
	AccountID string
	Windows   []Window
	// Progress, when set, is called from time to time during the read.
	Progress func(Progress)
}

// Source is a platform's records.
type Source interface {
	// Resolve finds the account a target of the order names. It returns a
	// fault.NotFound error when no account matches, and fault.Conflict when
	// more than one does: a person must decide, never the code.
	Resolve(ctx context.Context, t order.Target) (Resolution, error)
	// Records returns every record of the categories for the account, in
	// the order registered. Only the fields of Allowed are read.
	Records(ctx context.Context, accountID string, categories []order.Category) ([]Record, error)
	// AccessLog calls emit for each entry of the account inside any of the
	// windows, in the order the source holds them, and returns what the
	// pass saw (including corrupt lines). The windows are pushed down to
	// where the log lives wherever the connector can.
	AccessLog(ctx context.Context, q LogQuery, emit func(LogEntry) error) (LogStats, error)
	// Close releases the source.
	Close() error
}
