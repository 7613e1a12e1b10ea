package score

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/reader"
)

func ptr[T any](v T) *T { return &v }

// base is an order as expected.json records it: granted, two periods, a
// hold of the whole subpoena.
func base() Terms {
	return Terms{
		File: "a.txt", CaseNumber: ptr("24-mc-80001-ABC"), Date: ptr("2024-01-02"), Judge: ptr("Ann B. Kessler"),
		Applicant: ptr("Kumo K.K."), Provider: ptr("X Corp."), Disposition: ptr("granted"), Standard: ptr("sufficient_to_show"),
		CategoriesAuthorized: []string{"names", "emails"}, CategoriesDenied: []string{}, ExcludedFields: []string{},
		NoticeDays: ptr(14), NoticeTrigger: ptr("subpoena_served"), ContestDays: ptr(21), ContestTrigger: ptr("notice_given"),
		PreserveWhileContested: true, UseRestriction: true, HoldScope: ptr("whole_subpoena"),
	}
}

// TestCompare: a value left to a person is wrong but not invented; a
// value the order does not state is invented, field by field.
func TestCompare(t *testing.T) {
	tests := []struct {
		name     string
		edit     func(*Terms)
		field    string
		invented bool
	}{
		{"OK", func(*Terms) {}, "", false},
		{"left to a person", func(g *Terms) { g.NoticeDays = nil }, "notice_days", false},
		{"wrong period", func(g *Terms) { g.NoticeDays = ptr(30) }, "notice_days", true},
		{"period the order does not have", func(g *Terms) { g.ObjectionDays = ptr(21) }, "objection_days", true},
		{"wrong trigger", func(g *Terms) { g.NoticeTrigger = ptr("order_served") }, "notice_trigger", true},
		{"category not allowed", func(g *Terms) { g.CategoriesAuthorized = []string{"names", "emails", "phones"} }, "categories_authorized", true},
		{"category missed", func(g *Terms) { g.CategoriesAuthorized = []string{"names"} }, "categories_authorized", false},
		{"clause the order lacks", func(g *Terms) { g.Standard = ptr("all_documents") }, "standard", true},
		{"hold missed", func(g *Terms) { g.PreserveWhileContested = false }, "preserve_while_contested", false},
		{"caption wrong is not a term", func(g *Terms) { g.Judge = ptr("Someone Else") }, "judge", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := base()
			tt.edit(&got)
			for _, r := range Compare(base(), got) {
				wrong := r.Field == tt.field
				if r.Right == wrong {
					t.Errorf("%s: right %v (got %s, want %s)", r.Field, r.Right, r.Got, r.Want)
				}
				if r.Invented != (wrong && tt.invented) {
					t.Errorf("%s: invented %v", r.Field, r.Invented)
				}
			}
		})
	}
}

// TestFromProposal: an order's conditions read as the expected schema; a
// period in court days, which the reader leaves to a person, is scored at
// the number it read; excluded card fields count only where card holders
// are allowed.
func TestFromProposal(t *testing.T) {
	p := &reader.Proposal{Order: order.Order{
		CaseNumber: "24-mc-80001-ABC", Disposition: order.GrantedInPart,
		Requests: []order.Request{
			{Number: 1, Standard: order.SufficientToShow, Categories: []order.Category{order.Emails, order.Names}},
			{Number: 3, Standard: order.SufficientToShow, Categories: []order.Category{order.AccessLogs}},
		},
		DeniedCategories: []order.Category{order.CardHolder},
		ExcludedFields:   []order.Field{order.CardNumber},
		Conditions: []order.Condition{
			{Act: order.NotifyAccountHolders, Trigger: order.SubpoenaServed},
			{Act: order.MoveToQuash, Trigger: order.NoticeGiven, Days: 21},
			{Act: order.PreserveNotDisclose, Scope: order.ObjectorAccounts},
		},
	}, NeedsPerson: []reader.Need{{Path: "/order/conditions/0/days", Read: &reader.Period{Days: 10, Counting: "court"}}}}
	got := FromProposal("a.txt", p)
	if got.NoticeDays == nil || *got.NoticeDays != 10 || *got.NoticeTrigger != "subpoena_served" {
		t.Errorf("notice %v %v, want 10 days from service", got.NoticeDays, got.NoticeTrigger)
	}
	if *got.ContestDays != 21 || got.ObjectionDays != nil || got.AdviseCourtDays != nil {
		t.Errorf("contest %v, objection %v, advise %v", got.ContestDays, got.ObjectionDays, got.AdviseCourtDays)
	}
	if strings.Join(got.CategoriesAuthorized, ",") != "names,emails,access_logs" || strings.Join(got.CategoriesDenied, ",") != "card_holder" {
		t.Errorf("authorized %v, denied %v", got.CategoriesAuthorized, got.CategoriesDenied)
	}
	if len(got.ExcludedFields) != 0 {
		t.Errorf("excluded %v; card holders are not allowed, so nothing is excluded", got.ExcludedFields)
	}
	if !got.PreserveWhileContested || *got.HoldScope != "objector_accounts" || got.UseRestriction || *got.Standard != "sufficient_to_show" {
		t.Errorf("hold %v %v, use %v, standard %v", got.PreserveWhileContested, *got.HoldScope, got.UseRestriction, *got.Standard)
	}
	denied := FromProposal("b.txt", &reader.Proposal{Order: order.Order{Disposition: order.Denied, Conditions: p.Order.Conditions}})
	if denied.NoticeDays != nil || denied.PreserveWhileContested || len(denied.CategoriesAuthorized) != 0 {
		t.Errorf("a denied application authorizes nothing: %+v", denied)
	}
}

// ownOrder is an order written for this test; no court entered it.
const ownOrder = `UNITED STATES DISTRICT COURT
NORTHERN DISTRICT OF CALIFORNIA

IN RE EX PARTE APPLICATION OF KUMO K.K., Applicant.

Case No. 24-mc-80001-ABC

ORDER GRANTING EX PARTE APPLICATION

Kumo K.K. ("Kumo") applies ex parte for leave to serve a subpoena on X Corp. ("X Corp."). The application is granted.

The proposed subpoena seeks documents sufficient to show (1) the names and (2) the e-mail addresses registered with the account.

CONCLUSION

The application is GRANTED. Kumo may serve the proposed subpoena on X Corp.

1. Within fourteen (14) days of service of the subpoena, X Corp. shall notify the account holder.

2. X Corp. or the account holder may file a motion to quash within twenty-one (21) days from the date of the notice.

IT IS SO ORDERED.

Dated: January 2, 2024

ANN B. KESSLER
United States Magistrate Judge
`

// TestRun scores a folder: the right fields, the field the order does
// not settle, and an expected value the reader could not match.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "kumo.txt"), []byte(ownOrder), 0o644); err != nil {
		t.Fatal(err)
	}
	expected := `[{"file": "kumo.txt", "case_number": "24-mc-80001-ABC", "date": "2024-01-02", "judge": "Ann B. Kessler",
	  "applicant": "Kumo K.K.", "provider": "X Corp.", "disposition": "granted", "standard": "sufficient_to_show",
	  "categories_authorized": ["names", "emails"], "categories_denied": [], "excluded_fields": [],
	  "notice_days": 14, "notice_trigger": "subpoena_served", "contest_days": 21, "contest_trigger": "notice_given",
	  "objection_days": null, "advise_court_days": null, "preserve_while_contested": false, "use_restriction": false, "hold_scope": null}]`
	if err := os.WriteFile(filepath.Join(dir, "expected.json"), []byte(expected), 0o644); err != nil {
		t.Fatal(err)
	}
	read := func(p string) (string, error) { b, err := os.ReadFile(p); return string(b), err }
	rep, err := Run(dir, nil, read)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Results) != len(Fields) {
		t.Fatalf("%d results, want %d", len(rep.Results), len(Fields))
	}
	for _, r := range rep.Wrong() {
		t.Errorf("%s: got %s, want %s", r.Field, r.Got, r.Want)
	}
	var out bytes.Buffer
	rep.Print(&out)
	for _, want := range []string{"1 orders in", "notice_days", "operative fields", "Invented terms: none."} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the report lacks %q:\n%s", want, out.String())
		}
	}
	if _, err := Run(dir, []string{"other.txt"}, read); err == nil {
		t.Error("a file not in expected.json was scored")
	}
}
