package webhook

import (
	"fmt"
	"slices"
	"strings"
	"time"
)

// The kinds of event writ sends. The names are a contract: kinds may be
// added, none renamed.
const (
	// CaseOpened: an order was taken in and its case opened.
	CaseOpened = "case.opened"
	// DutyDueSoon: a duty is due within the days writ reminds before
	// (3, then 1, by default); DutyOverdue: its day passed unmet.
	DutyDueSoon = "duty.due_soon"
	DutyOverdue = "duty.overdue"
	// ObjectionReceived: an account holder's objection was recorded.
	ObjectionReceived = "objection.received"
	// GateOpened: the gate opened for every account of the case: their
	// data may be disclosed.
	GateOpened = "gate.opened"
	// ProductionReleased: a production was released to the applicant.
	ProductionReleased = "production.released"
	// Test is what `writ webhook test` and the page's test send.
	Test = "webhook.test"
)

// Kinds lists the kinds an endpoint may subscribe to.
var Kinds = []string{CaseOpened, DutyDueSoon, DutyOverdue, ObjectionReceived, GateOpened, ProductionReleased}

// ParseKinds reads a list of kinds (comma or space separated); empty is
// every kind. An unknown kind is an error naming the kinds there are.
func ParseKinds(list []string) ([]string, error) {
	var out []string
	for _, item := range list {
		for _, k := range strings.FieldsFunc(item, func(r rune) bool { return r == ',' || r == ' ' }) {
			if !slices.Contains(Kinds, k) {
				return nil, fmt.Errorf("%q is not a kind of event writ sends (%s)", k, strings.Join(Kinds, ", "))
			}
			if !slices.Contains(out, k) {
				out = append(out, k)
			}
		}
	}
	return out, nil
}

// Body is what a delivery carries, as JSON. It names cases by their ID,
// the court's case number and court, duties by their condition and the
// account's place in the order ("notify/target-1"), objections and
// productions by writ's ids: never an account holder's label, name,
// address or any other personal data, whoever the receiver is.
type Body struct {
	Type string `json:"type"`
	// Timestamp is when the event happened (an event recorded), or when
	// writ saw it (a duty due, the gate opened).
	Timestamp time.Time `json:"timestamp"`
	Data      Data      `json:"data"`
}

// Data is an event's particulars; each kind sets its own.
type Data struct {
	CaseID     string `json:"case_id,omitempty"`
	CaseNumber string `json:"case_number,omitempty"`
	Court      string `json:"court,omitempty"`
	// Seq is the event's place in the case's log.
	Seq int64 `json:"seq,omitempty"`
	// Duty, Party, Act, Due and Status describe a duty due or overdue.
	Duty   string `json:"duty,omitempty"`
	Party  string `json:"party,omitempty"`
	Act    string `json:"act,omitempty"`
	Due    string `json:"due,omitempty"`
	Status string `json:"status,omitempty"`
	// Objection names an objection received ("obj-1"), Received its day.
	Objection string `json:"objection,omitempty"`
	Received  string `json:"received,omitempty"`
	// Production names a production released, Accounts how many
	// accounts it (or the gate opened) concerns.
	Production string `json:"production,omitempty"`
	Accounts   int    `json:"accounts,omitempty"`
	// Message is a test's words.
	Message string `json:"message,omitempty"`
}
