// Package matter is the case engine: the events of a case under a court
// order, folded into its state, and from the state, the order, the court's
// calendar and a moment in time, every duty with its due date, every
// account holder's windows, and the gate that says whether an account's
// data may be disclosed. It is pure: no clock, no I/O. Time comes in as an
// argument, and evaluating a case "as of" a moment uses only the events
// that had happened by then.
package matter

import (
	"slices"
	"time"

	"github.com/writ-project/writ/internal/order"
)

// Type names a kind of event. The names are stored in the event log and are
// a contract; new kinds may be added, none renamed.
type Type string

// The events of a case.
const (
	OrderEntered         Type = "order_entered"
	SubpoenaServed       Type = "subpoena_served"
	TargetResolved       Type = "target_resolved"
	PreservationStarted  Type = "preservation_started"
	NoticeSent           Type = "notice_sent"
	NoticeDelivered      Type = "notice_delivered"
	NoticeFailed         Type = "notice_failed"
	ObjectionReceived    Type = "objection_received"
	ObjectionWithdrawn   Type = "objection_withdrawn"
	MotionFiled          Type = "motion_filed"
	CourtAdvised         Type = "court_advised"
	Ruling               Type = "ruling"
	ProductionBuilt      Type = "production_built"
	ProductionReleased   Type = "production_released"
	UseAcknowledged      Type = "use_acknowledged"
	ProductionDownloaded Type = "production_downloaded"
	CaseClosed           Type = "case_closed"
	// LetterDrafted: writ drafted the letter advising the court of an
	// objection (On); Digest names the PDF kept. The court is advised
	// when court_advised is recorded, with the letter filed.
	LetterDrafted Type = "letter_drafted"
	// OrderDocument: the court's document the order was read from at
	// intake (a PDF or text file), kept as a blob named by Digest; Note is
	// its file name. Notices attach it.
	OrderDocument Type = "order_document"
	// MotionWithdrawn: the movant withdrew a motion to quash or modify
	// (On names it); it no longer holds anything back.
	MotionWithdrawn Type = "motion_withdrawn"
	// ProductionVoided: staff voided a production (On names it) with a
	// reason (Note): it can no longer be released or downloaded.
	ProductionVoided Type = "production_voided"
	// Correction supersedes a mistaken event (Corrects, its seq) with a
	// reason (Note): events are never edited. Replacement restates the
	// event as it should have been (the right day, the right account);
	// without one the mistaken event is struck. The fold honours it.
	Correction Type = "correction"
)

// Types lists every event type.
var Types = []Type{OrderEntered, SubpoenaServed, TargetResolved, PreservationStarted, NoticeSent, NoticeDelivered,
	NoticeFailed, ObjectionReceived, ObjectionWithdrawn, MotionFiled, MotionWithdrawn, CourtAdvised, Ruling, ProductionBuilt,
	ProductionReleased, ProductionVoided, UseAcknowledged, ProductionDownloaded, CaseClosed, LetterDrafted, OrderDocument, Correction}

// Acts are what writ itself does, or what a person does in writ: building,
// releasing, voiding and downloading a production, acknowledging the use
// restriction, drafting a letter, keeping the court's document of the order,
// correcting the record. An act happens when writ records it: its
// At is its RecordedAt and cannot be back-dated, and it is decided on every
// event recorded by then, whatever their At (DESIGN.md, invariant 1). Facts
// — service, notices, objections, rulings — happened in the world and are
// often told to writ days later: their At may be in the past.
var Acts = []Type{ProductionBuilt, ProductionReleased, ProductionVoided, ProductionDownloaded, UseAcknowledged, LetterDrafted, OrderDocument, Correction}

// IsAct reports whether an event of type t is an act (see Acts).
func IsAct(t Type) bool { return slices.Contains(Acts, t) }

// Outcome is what a ruling decided about an objection or a motion, in the
// court's words: an objection is overruled or sustained; a motion is
// granted, denied or granted in part.
type Outcome string

// The outcomes of a ruling.
const (
	// Overruled: the objection is overruled; disclosure may proceed.
	// (Rulings stored before motions had their own words may say
	// overruled of a motion; they are read as denied.)
	Overruled Outcome = "overruled"
	// Sustained: the objection is upheld; the objector's account (or, with
	// Scope subpoena, the whole subpoena) is not disclosed.
	Sustained Outcome = "sustained"
	// Granted: the motion to quash or modify is granted; Relief says which
	// and Scope how far.
	Granted Outcome = "granted"
	// Denied: the motion is denied; disclosure may proceed.
	Denied Outcome = "denied"
	// GrantedInPart: the motion is granted in part; Relief says what the
	// court did (usually a modification, carried in Order).
	GrantedInPart Outcome = "granted_in_part"
	// Quashed: the subpoena is quashed, as far as Scope says (without a
	// Scope, in rulings stored before it existed: as to the movant's
	// account, or wholly when the movant is the platform).
	Quashed Outcome = "quashed"
	// Modified: the subpoena is modified; the ruling carries the new scope,
	// which replaces the order's for everything after it. It may only
	// narrow the order in force.
	Modified Outcome = "modified"
)

// Outcomes lists the outcomes a ruling may record.
var Outcomes = []Outcome{Overruled, Sustained, Granted, Denied, GrantedInPart, Quashed, Modified}

// Relief is what the court did in granting a motion.
type Relief string

// The reliefs of a granted motion.
const (
	ReliefQuash  Relief = "quash"
	ReliefModify Relief = "modify"
)

// Scope says how far a ruling that quashes or sustains reaches.
type Scope string

// The scopes of a ruling.
const (
	// ScopeAccount: as to the account of the objector or movant only.
	ScopeAccount Scope = "account"
	// ScopeSubpoena: the whole subpoena.
	ScopeSubpoena Scope = "subpoena"
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
	// CorrectedBy is set on a correction's replacement, as Effective
	// returns it: the seq of the correction.
	CorrectedBy int64 `json:"-"`

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
	// By is the party that filed a motion, acknowledged a use or
	// downloaded a production.
	By      order.Party `json:"by,omitempty"`
	Outcome Outcome     `json:"outcome,omitempty"`
	// Relief (quash or modify) is what a granted motion obtained; Scope
	// how far a quash or a sustained objection reaches.
	Relief Relief `json:"relief,omitempty"`
	Scope  Scope  `json:"scope,omitempty"`
	Docket string `json:"docket,omitempty"`
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
	// SealRequested: the account holder asked, with an objection, that
	// the platform ask the court to file it under seal (Civil L.R. 79-5).
	// Like the objection's text, it is never shown to the applicant.
	SealRequested bool `json:"seal_requested,omitempty"`
	// Corrects is the seq of the event a correction supersedes, and
	// Replacement the event as it should have been (nil: struck).
	Corrects    int64     `json:"corrects,omitempty"`
	Replacement *Restated `json:"replacement,omitempty"`
}

// Restated is an event as a correction restates it: its type and when it
// happened travel in the correction's payload.
type Restated struct {
	Type Type      `json:"type"`
	At   time.Time `json:"at"`
	Event
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
