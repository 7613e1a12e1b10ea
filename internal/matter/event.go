// Package matter is the case engine: the events of a case under a court
// order, folded into its state, and from the state, the order, the court's
// calendar and a moment in time, every duty with its due date, every
// account holder's windows, and the gate that says whether an account's
// data may be disclosed. It is pure: no clock, no I/O. Time comes in as an
// argument, and evaluating a case "as of" a moment uses only the events
// that had happened by then.
package matter

import (
	"time"

	"github.com/writ-project/writ/internal/order"
)

// Type names a kind of event. The names are stored in the event log and are
// a contract; new kinds may be added, none renamed.
type Type string

// The events of a case.
const (
	OrderEntered       Type = "order_entered"
	SubpoenaServed     Type = "subpoena_served"
	TargetResolved     Type = "target_resolved"
	PreservationBegun  Type = "preservation_started"
	NoticeSent         Type = "notice_sent"
	NoticeDelivered    Type = "notice_delivered"
	NoticeFailed       Type = "notice_failed"
	ObjectionReceived  Type = "objection_received"
	ObjectionWithdrawn Type = "objection_withdrawn"
	MotionFiled        Type = "motion_filed"
	CourtAdvised       Type = "court_advised"
	Ruling             Type = "ruling"
	ProductionBuilt    Type = "production_built"
	ProductionReleased Type = "production_released"
	UseAcknowledged    Type = "use_acknowledged"
	ProductionFetched  Type = "production_downloaded"
	CaseClosed         Type = "case_closed"
	// LetterDrafted: writ drafted the letter advising the court of an
	// objection (On); Digest names the PDF kept. The court is advised
	// when court_advised is recorded, with the letter filed.
	LetterDrafted Type = "letter_drafted"
	// OrderDocument: the court's document the order was read from at
	// intake (a PDF or text file), kept as a blob named by Digest; Note is
	// its file name. Notices attach it.
	OrderDocument Type = "order_document"
)

// Types lists every event type.
var Types = []Type{OrderEntered, SubpoenaServed, TargetResolved, PreservationBegun, NoticeSent, NoticeDelivered,
	NoticeFailed, ObjectionReceived, ObjectionWithdrawn, MotionFiled, CourtAdvised, Ruling, ProductionBuilt,
	ProductionReleased, UseAcknowledged, ProductionFetched, CaseClosed, LetterDrafted, OrderDocument}

// Outcome is what a ruling decided about an objection or a motion.
type Outcome string

// The outcomes of a ruling.
const (
	// Overruled: the objection or motion is denied; disclosure may proceed.
	Overruled Outcome = "overruled"
	// Sustained: the objection is upheld; the objector's data is not
	// disclosed.
	Sustained Outcome = "sustained"
	// Quashed: the subpoena is quashed (as to the movant's account, or
	// wholly when the movant is the platform).
	Quashed Outcome = "quashed"
	// Modified: the subpoena is modified; the ruling carries the new scope,
	// which replaces the order's for everything after it.
	Modified Outcome = "modified"
)

// Event is one thing that happened in a case. Only the fields its Type uses
// are set; the others stay empty and are not stored.
type Event struct {
	// Seq is the event's place in the case's log (from the store).
	Seq  int64 `json:"-"`
	Type Type  `json:"-"`
	// At is when it happened, as the user states it. Back-dating is normal:
	// service is often recorded days after it was made.
	At time.Time `json:"-"`
	// RecordedAt is when writ stored it, from the shell's clock.
	RecordedAt time.Time `json:"-"`
	Actor      string    `json:"-"`

	// Order is the order entered (order_entered), or the scope a modifying
	// ruling sets (ruling, outcome modified).
	Order *order.Order `json:"order,omitempty"`
	// Account is the target label the event concerns.
	Account string `json:"account,omitempty"`
	// AccountID is the platform's id of a resolved account.
	AccountID string `json:"account_id,omitempty"`
	// Method is how the subpoena or a notice was served: "personal",
	// "mail", "email", "electronic", "agent".
	Method string `json:"method,omitempty"`
	// WithOrder: the order was served with the subpoena.
	WithOrder *bool `json:"with_order,omitempty"`
	// Conforms: the subpoena's wording conforms to the order's
	// modifications ("documents sufficient to show").
	Conforms *bool `json:"conforms,omitempty"`
	// ID names the objection, motion or production the event creates.
	ID string `json:"id,omitempty"`
	// On names the objection, motion or production the event refers to.
	On []string `json:"on,omitempty"`
	// By is the party that filed a motion or acknowledged a use.
	By      order.Party `json:"by,omitempty"`
	Outcome Outcome     `json:"outcome,omitempty"`
	Docket  string      `json:"docket,omitempty"`
	// Accounts lists the accounts a production holds.
	Accounts []string `json:"accounts,omitempty"`
	// Digest is the SHA-256 of what the event refers to: the sealed blob of
	// a preservation, the manifest of a production.
	Digest string `json:"digest,omitempty"`
	// Note is free text for staff (a reason a notice failed, a summary).
	// It is never shown to the applicant.
	Note string `json:"note,omitempty"`
	// Attachments are files an account holder sent with an objection (or
	// the notice of a motion) through the portal, kept as blobs of the
	// case under their SHA-256. Never shown to the applicant.
	Attachments []Attachment `json:"attachments,omitempty"`
}

// Attachment is a file kept with an event.
type Attachment struct {
	// Name is the file's name as sent, cleaned of any path.
	Name string `json:"name"`
	// Type is its media type as writ detected it from the content.
	Type string `json:"type"`
	Size int64  `json:"size"`
	// SHA256 names the blob that holds it.
	SHA256 string `json:"sha256"`
}
