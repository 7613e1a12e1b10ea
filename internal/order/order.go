// Package order holds a court order as data: who may ask what of whom, the
// scope of the discovery it authorizes, and the protective conditions it
// imposes, each with its party, act, trigger and period. Other courts write
// 14 or 30 days instead of 10 or 21, deny access logs or limit date ranges;
// writ follows each order as written, so none of that is code.
//
// The JSON names of these types are a contract: the order reader emits
// them, cases store them, and users' scripts read them. Fields may be added;
// none may be renamed. schema/order.schema.json documents every field.
package order

import (
	"github.com/writ-project/writ/internal/courttime"
)

// Order is a court order authorizing discovery from a platform, typically
// under 28 U.S.C. § 1782.
type Order struct {
	Court      Court          `json:"court"`
	CaseNumber string         `json:"case_number"`
	Judge      string         `json:"judge"`
	JudgeTitle string         `json:"judge_title,omitempty"`
	Date       courttime.Date `json:"date"`
	Statute    string         `json:"statute"`
	Applicant  string         `json:"applicant"`
	// Provider is the platform the subpoena is directed to.
	Provider string `json:"provider"`
	// ProceedingsCountry is where the foreign proceedings are brought, as
	// an ISO 3166-1 alpha-2 code ("JP"); notices to account holders are
	// written in its language too. Empty when the order does not say.
	ProceedingsCountry string      `json:"proceedings_country,omitempty"`
	Disposition        Disposition `json:"disposition"`
	// Modifications are the changes the court required of the proposed
	// subpoena, in the order's words.
	Modifications []string  `json:"modifications,omitempty"`
	Targets       []Target  `json:"targets"`
	Requests      []Request `json:"requests"`
	// DeniedCategories are categories the applicant asked for and the court
	// did not allow.
	DeniedCategories []Category `json:"denied_categories,omitempty"`
	// ExcludedFields are never extracted nor produced, whatever the
	// categories: the seed order allows the names and addresses on payment
	// cards "but not the credit card number, expiration date, or card
	// validation code".
	ExcludedFields []Field        `json:"excluded_fields"`
	Conditions     []Condition    `json:"conditions"`
	UseRestriction UseRestriction `json:"use_restriction"`
}

// Court identifies the issuing court and the calendar its periods run on.
type Court struct {
	// ID names the court calendar (courttime.Court), e.g. "cand".
	ID       string `json:"id"`
	Name     string `json:"name"`
	TimeZone string `json:"time_zone"`
}

// Disposition is the court's ruling on the application.
type Disposition string

// The dispositions of an application.
const (
	Granted                  Disposition = "granted"
	GrantedWithModifications Disposition = "granted_with_modifications"
	GrantedInPart            Disposition = "granted_in_part"
	Denied                   Disposition = "denied"
)

// Target is an account whose holder's identity is sought.
type Target struct {
	// Label is how the order (and writ) names the account, e.g.
	// "Aya@ay_chim0807". It is unique within an order.
	Label       string     `json:"label"`
	Handle      string     `json:"handle,omitempty"`
	DisplayName string     `json:"display_name,omitempty"`
	Evidence    []Evidence `json:"evidence,omitempty"`
}

// Evidence ties a target to what the order describes: a post, a review.
type Evidence struct {
	Description string         `json:"description"`
	URL         string         `json:"url,omitempty"`
	Date        courttime.Date `json:"date,omitzero"`
}

// Standard is how much the platform must produce for a request.
type Standard string

const (
	// SufficientToShow: "documents sufficient to show" — each fact once.
	SufficientToShow Standard = "sufficient_to_show"
	// AllDocuments: "all documents showing" — every record.
	AllDocuments Standard = "all_documents"
)

// Category is a kind of information a request asks for. The list is
// closed: a production can only be checked against categories writ knows.
type Category string

// The categories of information.
const (
	Names           Category = "names"
	Addresses       Category = "addresses"
	Emails          Category = "emails"
	Phones          Category = "phones"
	CardHolder      Category = "card_holder"
	OtherPayment    Category = "other_payment"
	AccessLogs      Category = "access_logs"
	AccountCreation Category = "account_creation"
	DeviceIDs       Category = "device_ids"
	Content         Category = "content"
)

// Categories lists every category, in the order the seed order names them.
var Categories = []Category{Names, Addresses, Emails, Phones, CardHolder, OtherPayment, AccessLogs, AccountCreation, DeviceIDs, Content}

// History says which values of a category a request reaches.
type History string

const (
	// Current: the values registered now.
	Current History = "current"
	// EverRegistered: every value ever registered with the account.
	EverRegistered History = "ever_registered"
)

// Request is one numbered document request of the subpoena, as the order
// allows it.
type Request struct {
	Number     int        `json:"number"`
	Standard   Standard   `json:"standard"`
	Categories []Category `json:"categories"`
	History    History    `json:"history,omitempty"`
	// Windows limit the request in time (access logs). A request without
	// windows is not limited in time.
	Windows []Window `json:"windows,omitempty"`
	// Text is the request in the order's words.
	Text string `json:"text,omitempty"`
}

// WindowKind is the shape of a time window.
type WindowKind string

const (
	// AccountCreationDay is the whole day the account was created, in the
	// court's time zone.
	AccountCreationDay WindowKind = "account_creation_day"
	// Range runs from one bound to another, both days included.
	Range WindowKind = "range"
)

// Window is a period of time a request reaches.
type Window struct {
	Kind WindowKind `json:"kind"`
	From *Bound     `json:"from,omitempty"`
	To   *Bound     `json:"to,omitempty"`
}

// Field is a field of the platform's records that is never produced.
type Field string

// Fields excluded by the seed order, and others courts exclude.
const (
	CardNumber       Field = "card_number"
	CardExpiration   Field = "card_expiration"
	CardSecurityCode Field = "card_security_code"
	BankAccount      Field = "bank_account_number"
	Password         Field = "password"
	GovernmentID     Field = "government_id_number"
)

// Fields lists the fields an order may exclude.
var Fields = []Field{CardNumber, CardExpiration, CardSecurityCode, BankAccount, Password, GovernmentID}

// Party is who must or may act under a condition.
type Party string

// The parties of a condition.
const (
	Applicant               Party = "applicant"
	Provider                Party = "provider"
	AccountHolder           Party = "account_holder"
	ProviderOrAccountHolder Party = "provider_or_account_holder"
	CourtParty              Party = "court"
)

// Act is what a condition requires or allows.
type Act string

// The acts of a condition.
const (
	ServeOrderWithSubpoena Act = "serve_order_with_subpoena"
	NotifyAccountHolders   Act = "notify_account_holders"
	MoveToQuash            Act = "move_to_quash"
	ObjectInWriting        Act = "object_in_writing"
	AdviseCourt            Act = "advise_court"
	PreserveNotDisclose    Act = "preserve_not_disclose"
	Produce                Act = "produce"
)

// Trigger is the event a condition's period runs from.
type Trigger string

// The triggers of a condition.
const (
	SubpoenaServed    Trigger = "subpoena_served"
	OrderServed       Trigger = "order_served"
	SubpoenaReceived  Trigger = "subpoena_received"
	NoticeGiven       Trigger = "notice_given"
	ObjectionReceived Trigger = "objection_received"
	RulingMade        Trigger = "ruling"
	OrderDate         Trigger = "order_date"
)

// Direction says whether a period runs after its trigger or before it.
type Direction string

// The directions of a period.
const (
	After  Direction = "after"
	Before Direction = "before"
)

// HoldScope says what a contest holds back: the whole subpoena (the default
// reading of the seed order's "the information sought by the subpoena"), or
// only the accounts whose holders contest.
type HoldScope string

// The scopes of a hold.
const (
	WholeSubpoena    HoldScope = "whole_subpoena"
	ObjectorAccounts HoldScope = "objector_accounts"
)

// Condition is one protective condition of the order: a party's duty or
// right to act, within a period from a trigger, or a hold while something
// is contested.
type Condition struct {
	// ID names the condition within the order (e.g. "notify"); when empty
	// the act names it.
	ID    string `json:"id,omitempty"`
	Party Party  `json:"party"`
	Act   Act    `json:"act"`
	// Trigger is the event the period runs from. A condition with a trigger
	// and no period is due at the time of the trigger ("at the time of
	// service ... must also serve a copy of this order").
	Trigger Trigger `json:"trigger,omitempty"`
	Days    int     `json:"days,omitempty"`
	Hours   int     `json:"hours,omitempty"`
	// Counting is "calendar" (the default): Fed. R. Civ. P. 6(a) counts
	// every day.
	Counting  string    `json:"counting,omitempty"`
	Direction Direction `json:"direction,omitempty"`
	// While and Scope make a hold: While "contested" holds disclosure while
	// any contest is pending.
	While string    `json:"while,omitempty"`
	Scope HoldScope `json:"scope,omitempty"`
	// Text is the condition in the order's words.
	Text string `json:"text,omitempty"`
}

// Key returns the name of the condition: its ID, or its act.
func (c Condition) Key() string {
	if c.ID != "" {
		return c.ID
	}
	return string(c.Act)
}

// UseRestriction limits what the applicant may do with what it receives.
type UseRestriction struct {
	// Purposes are the only uses allowed (the named foreign proceedings).
	Purposes []string `json:"purposes"`
	// ReleaseRequiresCourtOrder is set when any other release or use needs
	// an order of the court.
	ReleaseRequiresCourtOrder bool   `json:"release_requires_court_order"`
	Text                      string `json:"text,omitempty"`
}
