package application

import (
	"bytes"
	"encoding/json"
	"errors"
	"github.com/writ-project/writ/internal/testdeps"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/production/pdf"
)

func load(t *testing.T, name string) *Application {
	t.Helper()
	data, err := os.ReadFile("../../examples/applications/" + name)
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(data)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return a
}

// compareOrders reports each top-level field of the Order that differs,
// by its JSON name.
func compareOrders(t *testing.T, got, want *order.Order) {
	t.Helper()
	gv, wv := reflect.ValueOf(*got), reflect.ValueOf(*want)
	for i := range gv.NumField() {
		f := gv.Type().Field(i)
		name := strings.Split(f.Tag.Get("json"), ",")[0]
		g, w := gv.Field(i).Interface(), wv.Field(i).Interface()
		if !reflect.DeepEqual(g, w) {
			gj, _ := json.MarshalIndent(g, "", "  ")
			wj, _ := json.MarshalIndent(w, "", "  ")
			t.Errorf("%s differs:\n got %s\nwant %s", name, gj, wj)
		}
	}
}

// TestOrderSeed: the seed's application, decided as the court decided it,
// makes the seed order exactly as examples/orders/takagi-2022.json records
// it (written by reading the order, field by field).
func TestOrderSeed(t *testing.T) {
	data, err := os.ReadFile("../../examples/orders/takagi-2022.json")
	if err != nil {
		t.Fatal(err)
	}
	want, err := order.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	// The one difference: examples/orders/takagi-2022.json gives the
	// purposes of use in a person's fuller words ("the anticipated civil
	// action in Japan for damage to reputation"); the order's sentence names
	// them "the anticipated civil action or criminal complaint", and so does
	// the order drafted here, whose reading back must give what it states.
	want.UseRestriction.Purposes = []string{"the anticipated civil action", "criminal complaint"}
	got, err := load(t, "takagi-2022.json").Order()
	if err != nil {
		t.Fatal(err)
	}
	compareOrders(t, got, want)
}

// TestOrderDenied: a denied application makes an order that says so,
// names the account it was about, and allows nothing.
func TestOrderDenied(t *testing.T) {
	o, err := load(t, "denied-2024.json").Order()
	if err != nil {
		t.Fatal(err)
	}
	want := &order.Order{
		Court:      order.Court{ID: "cand", Name: "United States District Court, Northern District of California, San Jose Division", TimeZone: "America/Los_Angeles"},
		CaseNumber: "24-mc-80999-ARM",
		Judge:      "Alex R. Moreno",
		JudgeTitle: "United States Magistrate Judge",
		Date:       courttime.D(2024, 2, 14),
		Statute:    "28 U.S.C. § 1782",
		Applicant:  "Kaori Shimizu",
		Provider:   "Google LLC",
		// The proceedings the denied application was for are in Japan.
		ProceedingsCountry: "JP",
		Disposition:        order.Denied,
		Targets:            []order.Target{{Label: "sakura_pan", DisplayName: "sakura_pan", Evidence: []order.Evidence{{Description: "one-star review on the bakery's Google Maps page saying that customers had fallen ill after eating there", Date: courttime.D(2023, 11, 2)}}}},
		Requests:           []order.Request{},
		ExcludedFields:     []order.Field{},
		Conditions:         []order.Condition{},
		UseRestriction:     order.UseRestriction{Purposes: []string{}},
	}
	compareOrders(t, o, want)
	for _, c := range order.Categories {
		if o.Allows(c) {
			t.Errorf("the denied order allows %s", c)
		}
	}
	// The order survives its own JSON form, as a case stores it.
	b, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := order.Parse(b); err != nil {
		t.Errorf("the denied order's JSON does not parse: %v", err)
	}
}

// TestOrderGrantedInPart: striking access logs drops request 2 (it asks
// for nothing else), lists the category as denied, and says so in the
// modifications.
func TestOrderGrantedInPart(t *testing.T) {
	a := load(t, "takagi-2022.json")
	a.Decision.Disposition = order.GrantedInPart
	a.Decision.Modifications = append(a.Decision.Modifications, Modification{Kind: DenyCategories, Categories: []order.Category{order.AccessLogs}})
	o, err := a.Order()
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Requests) != 1 || o.Requests[0].Number != 1 || o.Requests[0].Standard != order.SufficientToShow {
		t.Errorf("requests = %+v, want request 1 alone, sufficient to show", o.Requests)
	}
	if !reflect.DeepEqual(o.DeniedCategories, []order.Category{order.AccessLogs}) {
		t.Errorf("denied categories = %v, want [access_logs]", o.DeniedCategories)
	}
	wantMods := []string{
		`Dr. Takagi must modify the document requests in his subpoena to request only "documents sufficient to show" in place of "all documents showing."`,
		`Dr. Takagi must modify the document requests in his subpoena to omit access logs.`,
	}
	if !reflect.DeepEqual(o.Modifications, wantMods) {
		t.Errorf("modifications = %q, want %q", o.Modifications, wantMods)
	}
	if o.Allows(order.AccessLogs) || !o.Allows(order.Names) {
		t.Error("the order should allow names and not access logs")
	}
	doc, err := Draft(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"ORDER GRANTING IN PART AND DENYING IN PART EX PARTE APPLICATION FOR ORDER PURSUANT TO 28 U.S.C. § 1782",
		"The Court grants the application in part, subject to the modifications and requirements set forth below.",
		"except as follows. " + wantMods[0] + " " + wantMods[1],
		"the proposed subpoena, with the modifications noted above, on Twitter.",
	} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("the draft lacks %q", want)
		}
	}
}

// TestDraftSeed: the draft of the seed's application is in the seed's
// structure, and its operative part is in the seed's words (each expected
// sentence typed from the seed order).
func TestDraftSeed(t *testing.T) {
	doc, err := Draft(load(t, "takagi-2022.json"))
	if err != nil {
		t.Fatal(err)
	}
	text := doc.Text
	// The structure, in order.
	at := 0
	for _, h := range []string{
		"UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nSAN JOSE DIVISION",
		"IN RE EX PARTE APPLICATION OF\nHIDENORI TAKAGI,",
		"Case No. 22-mc-80240-VKD",
		"ORDER GRANTING EX PARTE APPLICATION FOR ORDER PURSUANT TO 28 U.S.C. § 1782",
		"Re: Dkt. No. 1",
		"Applicant Hidenori Takagi applies ex parte for an order pursuant to 28 U.S.C. § 1782 authorizing service of a subpoena for documents on Twitter, Inc. (“Twitter”). Dkt. No. 1.",
		"The Court grants the application subject to the modifications and requirements set forth below.",
		"\nI. BACKGROUND\n",
		"display name konnoyukio@CmRUCE",
		"display name Aya@ay_chim0807",
		"the three-month period immediately preceding September 8, 2022 and until the date that you respond to this request",
		"Dkt. Nos. 1-1, 1-2, 1-3.",
		"\nII. LEGAL STANDARD\n",
		"\nIII. DISCUSSION\n",
		"\nA. Statutory Requirements\n",
		"First, ", "Second, ", "Third, ",
		"\nB. Intel Factors\n",
		"\n1. Participation of target in the foreign proceeding\n",
		"\n2. Receptivity of foreign tribunal to U.S. judicial assistance\n",
		"Dkt. No. 1-2 ¶¶ 10-11, 15-16.",
		"\n3. Circumvention of proof-gathering restrictions\n",
		"\n4. Unduly burdensome or intrusive discovery\n",
		"\nIV. CONCLUSION\n",
		`except that Dr. Takagi must modify the document requests in his subpoena to request only "documents sufficient to show" in place of "all documents showing."`,
		"Accordingly, the Court authorizes service of the proposed subpoena, with the modification noted above, on Twitter.",
		"1. At the time of service of the revised subpoena, Dr. Takagi must also serve a copy of this order on Twitter.",
		"2. Within 10 calendar days of service of the subpoena and this order, Twitter shall notify the Twitter users within the scope of the subpoena that their identifying information is sought by Dr. Takagi, and shall serve a copy of this order on each such person.",
		"3. Twitter and/or any person whose identifying information is sought may, within 21 days from the date of the notice, file a motion in this Court contesting the subpoena (including a motion to quash or modify the subpoena).",
		"4. Alternatively, any person whose identifying information is sought may, within 21 days from the date of the notice, advise Twitter in writing of any objections he or she has to disclosure of the information and the bases for any such objections. Within 10 days of receipt of any such objections, Twitter shall so advise the Court.",
		"5. If any person contests the subpoena or objects to any portion of it, Twitter shall preserve, but not disclose, the information sought by the subpoena pending resolution of that contest or objection.",
		"Any information Dr. Takagi obtains pursuant to the subpoena may be used only for purposes of the anticipated civil action or criminal complaint, and Dr. Takagi may not release such information or use it for any other purpose, absent a Court order authorizing such release or use.",
		"IT IS SO ORDERED.",
		"Dated: October 13, 2022",
		"VIRGINIA K. DEMARCHI\nUnited States Magistrate Judge",
	} {
		i := strings.Index(text[at:], h)
		if i < 0 {
			t.Errorf("the draft lacks %q after offset %d", h, at)
			continue
		}
		at += i + len(h)
	}
	again, _ := Draft(load(t, "takagi-2022.json"))
	if again.Text != text {
		t.Error("the same record drafts two different texts")
	}
}

// TestDraftDenied: a denial is titled and concluded as one, and skips the
// protective conditions.
func TestDraftDenied(t *testing.T) {
	doc, err := Draft(load(t, "denied-2024.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"ORDER DENYING WITHOUT PREJUDICE EX PARTE APPLICATION FOR ORDER PURSUANT TO 28 U.S.C. § 1782",
		"The Court denies the application without prejudice.",
		"The Court finds that this factor weighs against authorizing service of the subpoena.",
		"The Court finds that this factor is neutral.",
		"the Court denies Ms. Shimizu’s application for an order pursuant to 28 U.S.C. § 1782 without prejudice. Ms. Shimizu may file an amended application",
		"Dated: February 14, 2024",
	} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("the draft lacks %q", want)
		}
	}
	for _, not := range []string{"calendar days of service", "preserve, but not disclose", "may be used only for purposes of", "authorizes service"} {
		if strings.Contains(doc.Text, not) {
			t.Errorf("the denial says %q", not)
		}
	}
}

// TestDraftStatutoryNotMet: when a requirement fails, the court has no
// authority and does not reach the Intel factors.
func TestDraftStatutoryNotMet(t *testing.T) {
	a := load(t, "denied-2024.json")
	a.Analysis.FoundInDistrict = Assessment{Finding: NotMet, Reasoning: []Point{{Text: "the respondent is incorporated and based in Japan, and the application shows no presence of it in this district.", Cites: []string{"Dkt. No. 1 at 5"}}}}
	a.Analysis.Participant, a.Analysis.Receptivity, a.Analysis.Circumvention, a.Analysis.Burden = Assessment{}, Assessment{}, Assessment{}, Assessment{}
	doc, err := Draft(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"application does not satisfy the statutory requirements of 28 U.S.C. § 1782(a). First, the respondent is incorporated",
		"This requirement is not met.",
		"the Court does not reach the discretionary Intel factors.",
	} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("the draft lacks %q", want)
		}
	}
	if strings.Contains(doc.Text, "Participation of target") {
		t.Error("the draft discusses the Intel factors")
	}
}

// TestValidate: each row is a record a clerk could get wrong, and the
// problem writ names.
func TestValidate(t *testing.T) {
	for _, tc := range []struct {
		name       string
		file       string
		edit       func(a *Application)
		path, says string
	}{
		{"a citation to a docket entry not in the record", "takagi-2022.json",
			func(a *Application) { a.Analysis.Receptivity.Reasoning[1].Cites = []string{"Dkt. No. 1-4 ¶ 2"} },
			"/analysis/receptivity/reasoning/1/cites/0", "cites Dkt. No. 1-4"},
		{"granted though a statutory requirement is not met", "takagi-2022.json",
			func(a *Application) { a.Analysis.InterestedPerson.Finding = NotMet },
			"/decision/disposition", "no authority to grant"},
		{"a grant without protective conditions", "takagi-2022.json",
			func(a *Application) { a.Decision.Protections = nil },
			"/decision/protections", "a grant sets the protective conditions"},
		{"written objections with nobody to advise the court", "takagi-2022.json",
			func(a *Application) { a.Decision.Protections.AdviseDays = 0 },
			"/decision/protections/advise_days", "required with object_days"},
		{"favors only if modified, with no modification", "takagi-2022.json",
			func(a *Application) {
				a.Decision.Modifications = nil
				a.Decision.Disposition = order.Granted
			},
			"/analysis/burden/finding", "no modification"},
		{"granted in part striking nothing", "takagi-2022.json",
			func(a *Application) { a.Decision.Disposition = order.GrantedInPart },
			"/decision/modifications", "strikes something"},
		{"striking a category nobody asked for", "takagi-2022.json",
			func(a *Application) {
				a.Decision.Disposition = order.GrantedInPart
				a.Decision.Modifications = append(a.Decision.Modifications, Modification{Kind: DenyCategories, Categories: []order.Category{order.Content}})
			},
			"/decision/modifications/1/categories/0", "nothing to strike"},
		{"a denial with protective conditions", "denied-2024.json",
			func(a *Application) { a.Decision.Protections = &Protections{NoticeDays: 10, ContestDays: 21} },
			"/decision/protections", "sets no protective conditions"},
		{"a decision without analysis", "denied-2024.json",
			func(a *Application) { a.Analysis = nil },
			"/analysis", "rests on the court's findings"},
		{"a factor left undecided", "takagi-2022.json",
			func(a *Application) { a.Analysis.Circumvention.Finding = "" },
			"/analysis/circumvention/finding", "not a finding on an Intel factor"},
		{"a pronoun the draft cannot use", "takagi-2022.json",
			func(a *Application) { a.Applicant.Pronoun = "Dr." },
			"/applicant/pronoun", "he, she, it or they"},
		{"a foreign proceeding before nobody named", "takagi-2022.json",
			func(a *Application) { a.Proceedings[1].Body = "" },
			"/proceedings/1/body", "is required"},
		{"a foreign proceeding that does not say whether its body adjudicates", "takagi-2022.json",
			func(a *Application) { a.Proceedings[1].Adjudicative = nil },
			"/proceedings/1/adjudicative", "governmental or intergovernmental adjudicative body"},
		{"an adjudicative proceeding named for a body that itself adjudicates", "takagi-2022.json",
			func(a *Application) { a.Proceedings[0].Adjudication = "an appeal to the Tokyo High Court" },
			"/proceedings/0/adjudication", "a Japanese court is itself adjudicative"},
		{"a grant for use in a police complaint that leads to no proceeding before an adjudicative body", "takagi-2022.json",
			func(a *Application) { a.Proceedings[1].Adjudication = "" },
			"/proceedings/1/adjudication", "within reasonable contemplation"},
		{"the second requirement met on a police complaint alone, leading nowhere", "takagi-2022.json",
			func(a *Application) {
				a.Proceedings = a.Proceedings[1:]
				a.Proceedings[0].Adjudication = ""
				a.Decision = nil
			},
			"/analysis/foreign_tribunal/finding", "no proceeding before an adjudicative body"},
		{"a grant that still allows the contents of communications", "takagi-2022.json",
			func(a *Application) { a.Requests[0].Categories = append(a.Requests[0].Categories, order.Content) },
			"/decision/modifications", "18 U.S.C. § 2702"},
		{"a statement attributed to nobody the draft knows", "takagi-2022.json",
			func(a *Application) { a.Analysis.Participant.Reasoning[0].By = "counsel" },
			"/analysis/participant/reasoning/0/by", "applicant or application"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := load(t, tc.file)
			tc.edit(a)
			err := a.Validate()
			if !fault.Is(err, fault.Invalid) {
				t.Fatalf("Validate = %v, want invalid", err)
			}
			var ps *fault.Problems
			if !errors.As(err, &ps) {
				t.Fatalf("no problems in %v", err)
			}
			for _, p := range ps.Problems {
				if p.Path == tc.path && strings.Contains(p.Message, tc.says) {
					return
				}
			}
			t.Errorf("no problem at %s saying %q; got:\n%v", tc.path, tc.says, err)
		})
	}
}

func TestParse(t *testing.T) {
	t.Run("ErrUnknownField", func(t *testing.T) {
		_, err := Parse([]byte(`{"case_numbr": "22-mc-1"}`))
		if !fault.Is(err, fault.Invalid) || !strings.Contains(err.Error(), "case_numbr") {
			t.Errorf("Parse = %v, want invalid naming case_numbr", err)
		}
	})
	t.Run("ErrNotDecided", func(t *testing.T) {
		a := load(t, "takagi-2022.json")
		a.Decision = nil
		if err := a.Validate(); err != nil {
			t.Fatalf("an undecided record is a valid record: %v", err)
		}
		if _, err := a.Order(); !fault.Is(err, fault.Invalid) {
			t.Errorf("Order = %v, want invalid", err)
		}
		if _, err := Draft(a); !fault.Is(err, fault.Invalid) {
			t.Errorf("Draft = %v, want invalid", err)
		}
	})
}

// TestDraftPDF: the PDF holds the order as drafted, and the same draft
// gives the same bytes.
func TestDraftPDF(t *testing.T) {
	// The font writ embeds: nothing needs to be installed.
	font, err := pdf.EmbeddedFont()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Draft(load(t, "takagi-2022.json"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := doc.PDF(font)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := doc.PDF(font)
	if !bytes.Equal(a, b) {
		t.Error("the same draft gives different PDFs")
	}
	tool := testdeps.PDFToText(t)
	path := filepath.Join(t.TempDir(), "order.pdf")
	if err := os.WriteFile(path, a, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	for _, want := range []string{
		"ORDER GRANTING EX PARTE APPLICATION FOR ORDER PURSUANT TO 28 U.S.C. § 1782",
		"I. BACKGROUND", "II. LEGAL STANDARD", "III. DISCUSSION", "IV. CONCLUSION",
		`request only "documents sufficient to show" in place of "all documents showing."`,
		"Within 10 calendar days of service of the subpoena and this order",
		"Within 10 days of receipt of any such objections, Twitter shall so advise the Court.",
		"Case No. 22-mc-80240-VKD",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF's text lacks %q", want)
		}
	}
}

// TestDraftOutsideTheNinthCircuit: the seed's draft cites the Northern
// District of California's and the Ninth Circuit's cases for what Intel
// and the statute already say; for a court of another circuit those are
// no authority the court follows, so the draft cites the statute and
// Intel only.
func TestDraftOutsideTheNinthCircuit(t *testing.T) {
	a := load(t, "takagi-2022.json")
	a.Court = order.Court{ID: "us", Name: "United States District Court, Southern District of New York", TimeZone: "America/New_York"}
	doc, err := Draft(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, cite := range []string{"IPCom", "Varian", "Letters Rogatory", "(N.D. Cal.", "(9th Cir. 1994)"} {
		if strings.Contains(doc.Text, cite) {
			t.Errorf("a draft for the Southern District of New York cites %q", cite)
		}
	}
	for _, want := range []string{
		"the discovery authorized by the court must be obtained in accordance with the Federal Rules of Civil Procedure. 28 U.S.C. § 1782(a).",
		"Intel, 542 U.S. at 264",
	} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("the draft lacks %q", want)
		}
	}
	seed, err := Draft(load(t, "takagi-2022.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, cite := range []string{"IPCom", "Varian", "(9th Cir. 1994)"} {
		if !strings.Contains(seed.Text, cite) {
			t.Errorf("the seed's draft (N.D. Cal.) lost %q", cite)
		}
	}
}
