// Package application keeps the court's side of an application under 28
// U.S.C. § 1782: the record of what was asked (who applies, of which
// platform, for use in which foreign proceeding, for what discovery, on
// which declarations), the analysis a court walks through before it
// authorizes a subpoena (the three statutory requirements and the four
// Intel factors, each with a finding, the reasoning and the docket entries
// it rests on), and the decision with the modifications and protective
// conditions it imposes.
//
// From a decided record, Draft writes the order in the structure of In re
// Ex Parte Application of Hidenori Takagi, No. 22-mc-80240-VKD (N.D. Cal.
// Oct. 13, 2022), the seed order: caption, introduction, background, legal
// standard, discussion, and a conclusion whose operative words are the
// seed's own, so that writ's order reader reads the draft back into the
// same Order that Order returns. The package is pure: no clock, no files.
package application

import (
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/order"
)

// Statute is the statute every application here is made under.
const Statute = "28 U.S.C. § 1782"

// Application is the record of one § 1782 application and, once decided,
// the court's analysis and decision.
type Application struct {
	Court      order.Court `json:"court"`
	CaseNumber string      `json:"case_number"`
	Judge      string      `json:"judge"`
	JudgeTitle string      `json:"judge_title,omitempty"`
	// Docket is the application's docket number ("1"): the order is "Re:
	// Dkt. No. 1", and the application is cited as "Dkt. No. 1 at 6".
	Docket     string     `json:"docket"`
	Applicant  Applicant  `json:"applicant"`
	Respondent Respondent `json:"respondent"`
	// Proceedings are the foreign proceedings the discovery is for use in.
	Proceedings []Proceeding `json:"proceedings"`
	// Targets are the accounts whose holders' identity is sought, with the
	// posts that tie them to the application.
	Targets []Target `json:"targets"`
	// Requests are the document requests of the proposed subpoena, as the
	// applicant asked them.
	Requests []Request `json:"requests"`
	// RequestsCite is where the proposed subpoena's requests are, e.g.
	// "Dkt. No. 1, Ex. A at ECF 15-16".
	RequestsCite string `json:"requests_cite,omitempty"`
	// ExcludedFields are the fields the requests themselves leave out (the
	// seed: "but not the credit card number, expiration date, or card
	// validation code").
	ExcludedFields []order.Field `json:"excluded_fields,omitempty"`
	// Declarations support the application, each by its docket number.
	Declarations []Declaration `json:"declarations"`
	// Facts are further paragraphs of the background, in the court's
	// words, each with its docket citations.
	Facts []Point `json:"facts,omitempty"`
	// Analysis and Decision are empty until the court decides.
	Analysis *Analysis `json:"analysis,omitempty"`
	Decision *Decision `json:"decision,omitempty"`
}

// Applicant is the person or company who applies.
type Applicant struct {
	// Name is the applicant's full name, as the caption gives it.
	Name string `json:"name"`
	// Short is how the order names the applicant after the first time:
	// "Dr. Takagi", "Bleach".
	Short string `json:"short"`
	// Pronoun is "he", "she", "it" or "they": the conclusion says "the
	// document requests in his subpoena".
	Pronoun string `json:"pronoun"`
	// Description is who the applicant is, after "the applicant is": "a
	// licensed medical doctor and the sole proprietor of ...".
	Description string   `json:"description,omitempty"`
	Cites       []string `json:"cites,omitempty"`
}

// Respondent is the platform from which discovery is sought.
type Respondent struct {
	// Name is its full name ("Twitter, Inc."), Short how the order names
	// it after ("Twitter").
	Name  string `json:"name"`
	Short string `json:"short"`
	// Users is how the order names the platform's users ("Twitter users");
	// when empty, Short + " users".
	Users string `json:"users,omitempty"`
}

// users is how the order names the platform's users.
func (r Respondent) users() string {
	if r.Users != "" {
		return r.Users
	}
	return r.Short + " users"
}

// State is how far along a foreign proceeding is. Intel, 542 U.S. at 259:
// a proceeding need not be pending or imminent, only "within reasonable
// contemplation".
type State string

// The states of a foreign proceeding.
const (
	Anticipated State = "anticipated"
	Pending     State = "pending"
)

// Proceeding is a foreign proceeding the discovery is for use in.
type Proceeding struct {
	// Kind names it in a word or two: "civil action", "criminal complaint".
	Kind  string `json:"kind"`
	State State  `json:"state"`
	// Country is where it is brought ("Japan").
	Country string `json:"country"`
	// Body is before whom it is brought, as the draft names it: "a
	// Japanese court", "the Japanese police".
	Body string `json:"body"`
	// Adjudicative says whether Body adjudicates. Only a governmental or
	// intergovernmental adjudicative body is a "foreign or international
	// tribunal" (ZF Automotive US, Inc. v. Luxshare, Ltd., 596 U.S. 619
	// (2022)); the police and a prosecutor investigate and charge, but do
	// not adjudicate. The record must say which (a pointer, so that leaving
	// it out is a problem rather than a silent "no").
	Adjudicative *bool `json:"adjudicative"`
	// Adjudication is, for a proceeding before a body that does not
	// adjudicate, the proceeding before an adjudicative body that the
	// applicant says it would lead to ("a prosecution for criminal
	// defamation before a Japanese court"). The discovery is for use in a
	// proceeding in a foreign tribunal, as far as this proceeding goes, only
	// through that one, which must be within reasonable contemplation
	// (Intel, 542 U.S. at 259). Empty when the application names none.
	Adjudication string `json:"adjudication,omitempty"`
	// Description is what the applicant says it intends or has brought,
	// after "intends to file" / "has filed": "a civil action against the
	// Twitter user or users for damage to reputation in Japan".
	Description string `json:"description"`
	// Purpose is how the use restriction names it ("the anticipated civil
	// action in Japan for damage to reputation"); when empty, "the STATE
	// KIND in COUNTRY".
	Purpose string   `json:"purpose,omitempty"`
	Cites   []string `json:"cites,omitempty"`
}

// purpose is how the use restriction names the proceeding.
func (p Proceeding) purpose() string {
	if p.Purpose != "" {
		return p.Purpose
	}
	return "the " + string(p.State) + " " + p.Kind + " in " + p.Country
}

// Target is an account whose holder's identity is sought, as the order
// names it (order.Target), with the docket entries that show its posts.
type Target struct {
	order.Target
	Cites []string `json:"cites,omitempty"`
}

// Request is a document request of the proposed subpoena as the applicant
// asked it; the decision's modifications make it what the order allows.
type Request struct {
	Number     int              `json:"number"`
	Standard   order.Standard   `json:"standard"`
	Categories []order.Category `json:"categories"`
	History    order.History    `json:"history,omitempty"`
	Windows    []order.Window   `json:"windows,omitempty"`
	// Text is the request in the proposed subpoena's words.
	Text string `json:"text"`
}

// Declaration is a declaration filed in support of the application.
type Declaration struct {
	// Docket is its docket number: "1-2".
	Docket    string `json:"docket"`
	Declarant string `json:"declarant"`
	// Role says who the declarant is, after the name: "Dr. Takagi's
	// Japanese lawyer". Empty for the applicant's own declaration.
	Role string `json:"role,omitempty"`
}

// Point is a statement of the court, in its words, with the docket
// entries (or authorities) that support it, cited after it: "Dkt. No. 1 at
// 6", "Dkt. No. 1-2 ¶¶ 10-11, 15-16", "Id.".
type Point struct {
	Text string `json:"text"`
	// By is whose statement it is when it is not the Court's own: what the
	// applicant contends is drafted as a contention, never as a finding.
	// Empty for the Court's own statement.
	By    Attribution `json:"by,omitempty"`
	Cites []string    `json:"cites,omitempty"`
}

// Attribution is whose statement a Point is, when it is not the Court's.
// The text then continues the draft's words for it, as a clause: "Dr.
// Takagi contends that " + "only Twitter holds the information".
type Attribution string

// The attributions the draft words.
const (
	// ByApplicant: "Dr. Takagi contends that TEXT".
	ByApplicant Attribution = "applicant"
	// ByApplication: "According to the application, TEXT".
	ByApplication Attribution = "application"
)

// Finding is the court's conclusion on one requirement or factor.
type Finding string

// The findings on a statutory requirement.
const (
	Met    Finding = "met"
	NotMet Finding = "not_met"
)

// The findings on an Intel factor: which way it weighs.
const (
	Favors Finding = "favors"
	// FavorsIfModified: the factor favors the discovery only as the
	// decision modifies it (the seed's fourth factor: not "all documents
	// showing", but "documents sufficient to show").
	FavorsIfModified Finding = "favors_if_modified"
	Neutral          Finding = "neutral"
	Disfavors        Finding = "disfavors"
)

// Assessment is the court's finding on one requirement or factor and the
// reasoning for it.
type Assessment struct {
	Finding Finding `json:"finding"`
	// Reasoning is the court's reasoning, point by point, in its words.
	// A statutory requirement's first point follows "First, ", "Second, "
	// or "Third, ", so it starts as a sentence continues.
	Reasoning []Point `json:"reasoning"`
}

// Analysis is the court's analysis of the application.
type Analysis struct {
	// 28 U.S.C. § 1782(a): the person from whom discovery is sought
	// "resides or is found" in the district;
	FoundInDistrict Assessment `json:"found_in_district"`
	// the discovery is "for use in a proceeding in a foreign or
	// international tribunal";
	ForeignTribunal Assessment `json:"foreign_tribunal"`
	// the applicant is "any interested person".
	InterestedPerson Assessment `json:"interested_person"`

	// Intel Corp. v. Advanced Micro Devices, Inc., 542 U.S. 241, 264-65
	// (2004): whether the person from whom discovery is sought is a
	// participant in the foreign proceeding;
	Participant Assessment `json:"participant"`
	// the nature of the foreign tribunal and its receptivity to U.S.
	// judicial assistance;
	Receptivity Assessment `json:"receptivity"`
	// whether the request conceals an attempt to circumvent foreign
	// proof-gathering restrictions;
	Circumvention Assessment `json:"circumvention"`
	// whether the discovery is unduly intrusive or burdensome.
	Burden Assessment `json:"burden"`
}

// statutory returns the three requirements in the statute's order.
func (a *Analysis) statutory() []*Assessment {
	return []*Assessment{&a.FoundInDistrict, &a.ForeignTribunal, &a.InterestedPerson}
}

// factors returns the four Intel factors in Intel's order.
func (a *Analysis) factors() []*Assessment {
	return []*Assessment{&a.Participant, &a.Receptivity, &a.Circumvention, &a.Burden}
}

// ModificationKind is a change the court makes to the proposed subpoena.
type ModificationKind string

// The modifications.
const (
	// SufficientToShow replaces "all documents showing" with "documents
	// sufficient to show" in every request.
	SufficientToShow ModificationKind = "sufficient_to_show"
	// DenyCategories strikes categories of information from the requests.
	DenyCategories ModificationKind = "deny_categories"
)

// Modification is one change the court requires of the proposed subpoena.
type Modification struct {
	Kind ModificationKind `json:"kind"`
	// Categories are the categories struck (DenyCategories).
	Categories []order.Category `json:"categories,omitempty"`
}

// Protections are the protective conditions of a grant, each a number of
// days as the court sets them (the seed: 10, 21, 21, 10).
type Protections struct {
	// NoticeDays: the platform notifies each account holder "within N
	// calendar days of service of the subpoena and this order".
	NoticeDays int `json:"notice_days"`
	// ContestDays: the platform or an account holder may move to quash or
	// modify "within N days from the date of the notice".
	ContestDays int `json:"contest_days"`
	// ObjectDays: an account holder may instead object to the platform in
	// writing within N days of the notice; 0 when the court allows no
	// written objection.
	ObjectDays int `json:"object_days,omitempty"`
	// AdviseDays: the platform advises the court "within N days of receipt
	// of any such objections" (with ObjectDays only).
	AdviseDays int `json:"advise_days,omitempty"`
	// Hold is what a contest holds back: whole_subpoena (the seed: "the
	// information sought by the subpoena") or objector_accounts; empty
	// for no hold.
	Hold order.HoldScope `json:"hold,omitempty"`
}

// Decision is the court's ruling on the application.
type Decision struct {
	Disposition order.Disposition `json:"disposition"`
	// Date is the day the order is entered.
	Date courttime.Date `json:"date"`
	// WithoutPrejudice marks a denial the applicant may cure by a new
	// application.
	WithoutPrejudice bool `json:"without_prejudice,omitempty"`
	// Reason is why the application is denied, in the court's words, for
	// the conclusion (a denial only).
	Reason        string         `json:"reason,omitempty"`
	Modifications []Modification `json:"modifications,omitempty"`
	// Protections are the conditions of a grant.
	Protections *Protections `json:"protections,omitempty"`
}

// granted reports whether the decision authorizes a subpoena.
func (d *Decision) granted() bool {
	return d != nil && d.Disposition != order.Denied && d.Disposition != ""
}

// modified reports whether the decision changes the proposed subpoena.
func (d *Decision) modified() bool { return d != nil && len(d.Modifications) > 0 }
