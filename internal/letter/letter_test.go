package letter

import (
	"bytes"
	"flag"
	"github.com/writ-project/writ/internal/testdeps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/production/pdf"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata from what the code drafts now")

func seed(t *testing.T) *order.Order {
	t.Helper()
	o, err := order.Parse(examples.SeedOrder())
	if err != nil {
		t.Fatal(err)
	}
	return o
}

// counsel is a signature block as WRIT_COUNSEL_* configures it.
var counsel = Counsel{Name: "Jane Q. Counsel", BarNumber: "123456", Firm: "Counsel & Partners LLP",
	Address: []string{"100 Main Street, Suite 200", "Palo Alto, CA 94301"}, Email: "jcounsel@counsel.example", Phone: "(650) 555-0100"}

// input is the seed case's objection from Aya: notice given on Friday
// 2022-10-28, so the 21 days ran to Friday 2022-11-18 (counted on a
// printed calendar: no holiday between); the objection came on Tuesday
// 2022-11-08, in time; the letter is drafted on Thursday 2022-11-10.
func input(t *testing.T, mode Mode) Input {
	return Input{Order: seed(t), Objection: "obj-1", Account: "Aya@ay_chim0807", Received: courttime.D(2022, 11, 8),
		Due: courttime.D(2022, 11, 18), Day: courttime.D(2022, 11, 10), Mode: mode,
		Noticed: courttime.D(2022, 10, 28), WindowCloses: courttime.D(2022, 11, 18),
		Summary: "The holder says the post was true and that disclosure would expose them to retaliation.",
		Text:    "I object. 私は開示に反対します。SEALED-TEXT", Attachments: []string{"evidence.pdf (SHA-256 0123abcd)"}, Counsel: counsel}
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := 0; i < len(gl) || i < len(wl); i++ {
			var g, w string
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s differs at line %d:\ngot  %q\nwant %q\n(go test -update rewrites it; review every line)", path, i+1, g, w)
			}
		}
	}
}

// papers writes every paper's text, as the golden files keep them.
func papers(l *Letter) string {
	var b strings.Builder
	for i, p := range l.Papers {
		if i > 0 {
			b.WriteString("\n")
		}
		sealed := ""
		if p.Sealed {
			sealed = ", provisionally under seal"
		}
		b.WriteString("======== " + p.Name + sealed + " ========\n\n" + p.Text)
	}
	if len(l.Blanks) > 0 {
		b.WriteString("\n======== blanks ========\n\n- " + strings.Join(l.Blanks, "\n- ") + "\n")
	}
	if len(l.Checks) > 0 {
		b.WriteString("\n======== before filing ========\n\n- " + strings.Join(l.Checks, "\n- ") + "\n")
	}
	return b.String()
}

// TestDraftGolden: the letter, whole, in both modes, and with the
// signature block not configured.
func TestDraftGolden(t *testing.T) {
	for name, in := range map[string]Input{
		"summary.txt": input(t, Summary),
		"sealed.txt":  input(t, Sealed),
		"unsigned.txt": func() Input {
			i := input(t, Summary)
			i.Counsel = Counsel{}
			return i
		}(),
	} {
		l, err := Draft(nil, in)
		if err != nil {
			t.Fatal(err)
		}
		golden(t, name, papers(l))
	}
}

// TestDraft: the notice to the court is a paper filed in the case, with
// the caption as the court's papers have it (N.D. Cal. Civil L.R.
// 3-4(a)); it cites the order's date and its 10 days, names the objection
// and the account as the subpoena does, and gives either the summary or,
// under seal, the text; never both.
func TestDraft(t *testing.T) {
	l, err := Draft(nil, input(t, Summary))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Jane Q. Counsel (State Bar No. 123456)\njcounsel@counsel.example\nCounsel & Partners LLP\n100 Main Street, Suite 200\nPalo Alto, CA 94301\nTelephone: (650) 555-0100\n\nAttorneys for Respondent\nTWITTER, INC.",
		"UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nSAN JOSE DIVISION",
		"IN RE EX PARTE APPLICATION OF\nHIDENORI TAKAGI,\n\nApplicant.", "Case No. 22-mc-80240-VKD",
		"TWITTER, INC.'S NOTICE TO THE COURT OF AN ACCOUNT HOLDER'S OBJECTION TO SUBPOENA",
		"Judge: Hon. Virginia K. DeMarchi",
		"order of October 13, 2022", "within 10 days of receipt", "On November 8, 2022, Twitter, Inc. received a written objection",
		"(its reference obj-1)", "identified in the subpoena as Aya@ay_chim0807", "disclosure would expose them to retaliation", "will not disclose it",
		"Dated: November 10, 2022", "Respectfully submitted,", "By: ", "Attorneys for Respondent Twitter, Inc.",
		"CERTIFICATE OF SERVICE", "CM/ECF",
	} {
		if !strings.Contains(l.Text, want) {
			t.Errorf("the notice lacks %q:\n%s", want, l.Text)
		}
	}
	if strings.Contains(l.Text, "SEALED-TEXT") || l.Exhibit != "" || len(l.Papers) != 1 || l.Papers[0].Sealed {
		t.Error("a summary letter carries the objection's text, or more than the notice")
	}
	if len(l.Blanks) != 1 || !strings.Contains(l.Blanks[0], "certificate of service") {
		t.Errorf("blanks with counsel configured: %q", l.Blanks)
	}
	s, err := Draft(nil, input(t, Sealed))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(s.Text, "SEALED-TEXT") || strings.Contains(s.Text, "retaliation") ||
		!strings.Contains(s.Text, "The objection, as received, is Exhibit A to this notice") || !strings.Contains(s.Text, "provisionally under seal") {
		t.Errorf("the sealed letter:\n%s", s.Text)
	}
	if !strings.HasPrefix(s.Exhibit, "EXHIBIT A: PROVISIONALLY FILED UNDER SEAL") || !strings.Contains(s.Exhibit, "SEALED-TEXT") || !strings.Contains(s.Exhibit, "evidence.pdf") {
		t.Errorf("the exhibit:\n%s", s.Exhibit)
	}
	// The preserving and withholding the letter states come from the order's
	// hold; an order without one does not make the letter claim it.
	noHold := input(t, Summary)
	o := *noHold.Order
	o.Conditions = nil
	for _, c := range noHold.Order.Conditions {
		if c.Act != order.PreserveNotDisclose {
			o.Conditions = append(o.Conditions, c)
		}
	}
	noHold.Order = &o
	if l, err := Draft(nil, noHold); err != nil {
		t.Errorf("a letter under an order without a hold: %v", err)
	} else if strings.Contains(l.Text, "As the Order requires") || !strings.Contains(l.Text, "awaits the Court's direction") {
		t.Errorf("a letter under an order without a hold:\n%s", l.Text)
	}
	for name, in := range map[string]Input{
		"no summary":     func() Input { i := input(t, Summary); i.Summary = " "; return i }(),
		"nothing sealed": func() Input { i := input(t, Sealed); i.Text = ""; return i }(),
		"unknown mode":   func() Input { i := input(t, "email"); return i }(),
	} {
		if _, err := Draft(nil, in); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestSealedPapers: lodging the objection under seal takes the
// administrative motion N.D. Cal. Civil L.R. 79-5(c) requires, filed as
// L.R. 7-11 says (the action requested and its reasons, a proposed order,
// a declaration saying why no stipulation was obtained): the motion states
// the legal standard and the three things the rule asks it to explain; the
// proposed order lists what is sealed as a table; the objection's text is
// in the sealed exhibit alone.
func TestSealedPapers(t *testing.T) {
	in := input(t, Sealed)
	in.SealRequested = true
	l, err := Draft(nil, in)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"notice-obj-1.txt": {"NOTICE TO THE COURT OF AN ACCOUNT HOLDER'S OBJECTION", "the account holder asked that it be kept from the public",
			"CERTIFICATE OF SERVICE", "Exhibit A was filed provisionally under seal and was not served on the applicant"},
		"motion-to-seal-obj-1.txt": {"ADMINISTRATIVE MOTION TO FILE UNDER SEAL", "Civil L.R. 7-11, 79-5", "RELIEF REQUESTED",
			"Kamakana v. City & Cnty. of Honolulu, 447 F.3d 1172, 1178 (9th Cir. 2006)", "Ctr. for Auto Safety v. Chrysler Grp., LLC, 809 F.3d 1092",
			"(i) The interests that warrant sealing", "(ii) The injury if sealing is denied", "(iii) Why no less restrictive alternative suffices",
			"A proposed order is submitted with this motion", "Civil L.R. 7-12", "Respectfully submitted,"},
		"declaration-obj-1.txt": {"DECLARATION OF JANE Q. COUNSEL", "I declare under penalty of perjury under the laws of the United States of America",
			"did not ask the applicant to stipulate", "The account holder asked that the objection be kept from the public."},
		"proposed-order-obj-1.txt": {"[PROPOSED] ORDER GRANTING TWITTER, INC.'S ADMINISTRATIVE MOTION TO FILE UNDER SEAL",
			"Document: Exhibit A", "Portion to be sealed: the entire document", "Reason: ", "IT IS SO ORDERED.", "VIRGINIA K. DEMARCHI", "United States Magistrate Judge"},
		"exhibit-a-obj-1.txt": {"EXHIBIT A: PROVISIONALLY FILED UNDER SEAL", "SEALED-TEXT", "evidence.pdf"},
	}
	if len(l.Papers) != len(want) {
		t.Fatalf("%d papers, want %d", len(l.Papers), len(want))
	}
	for _, p := range l.Papers {
		ws, ok := want[strings.TrimSuffix(p.Name, ".pdf")+".txt"]
		if !ok {
			t.Errorf("an unexpected paper %s", p.Name)
			continue
		}
		for _, w := range ws {
			if !strings.Contains(p.Text, w) {
				t.Errorf("%s lacks %q:\n%s", p.Name, w, p.Text)
			}
		}
		exhibit := strings.HasPrefix(p.Name, "exhibit-a")
		if p.Sealed != exhibit {
			t.Errorf("%s sealed: %v", p.Name, p.Sealed)
		}
		if !exhibit && (strings.Contains(p.Text, "SEALED-TEXT") || strings.Contains(p.Text, "私は開示")) {
			t.Errorf("the public paper %s carries the objection's text", p.Name)
		}
	}
}

// TestCounsel: without WRIT_COUNSEL_* the papers carry blanks where
// counsel's block goes, and the letter lists them for the page to show.
func TestCounsel(t *testing.T) {
	in := input(t, Sealed)
	in.Counsel = Counsel{}
	l, err := Draft(nil, in)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(l.Text, "Jane Q. Counsel") || !strings.Contains(l.Text, "(State Bar No. ________)") {
		t.Errorf("an unsigned notice:\n%s", l.Text)
	}
	all := strings.Join(l.Blanks, "\n")
	for _, want := range []string{"WRIT_COUNSEL_", "certificate of service", "declaration"} {
		if !strings.Contains(all, want) {
			t.Errorf("the blanks do not name %q: %q", want, l.Blanks)
		}
	}
}

// TestDraftPDF is the acceptance test of issue 14, item 4: the letter's
// PDF read back holds the caption, the day notice was given, whether the
// objection was timely, and a signature block; and the exhibit with its
// Japanese. The same draft gives the same bytes; each paper is a PDF of
// its own too, as it is filed.
func TestDraftPDF(t *testing.T) {
	// The font writ embeds: nothing needs to be installed.
	font, err := pdf.EmbeddedFont()
	if err != nil {
		t.Fatal(err)
	}
	a, err := Draft(font, input(t, Sealed))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Draft(font, input(t, Sealed))
	if !bytes.Equal(a.PDF, b.PDF) {
		t.Error("the same draft gives different PDFs")
	}
	for _, p := range a.Papers {
		if !bytes.HasPrefix(p.PDF, []byte("%PDF-")) {
			t.Errorf("%s has no PDF", p.Name)
		}
	}
	text := pdfText(t, a.PDF)
	for _, want := range []string{
		"IN RE EX PARTE APPLICATION OF HIDENORI TAKAGI, Applicant.", "Case No. 22-mc-80240-VKD", "SAN JOSE DIVISION",
		"notice of the subpoena and of the Order on October 28, 2022", "The objection was received within that time.",
		"Respectfully submitted,", "Jane Q. Counsel (State Bar No. 123456)", "Attorneys for Respondent Twitter, Inc.",
		"EXHIBIT A: PROVISIONALLY FILED UNDER SEAL", "私は開示に反対します。", "Page 1 of",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF's text lacks %q", want)
		}
	}
	if notice := pdfText(t, a.Papers[0].PDF); strings.Contains(notice, "SEALED-TEXT") || !strings.Contains(notice, "NOTICE TO THE COURT OF AN ACCOUNT HOLDER'S OBJECTION TO SUBPOENA") {
		t.Errorf("the notice's own PDF:\n%s", notice)
	}
}

func pdfText(t *testing.T, b []byte) string {
	t.Helper()
	tool := testdeps.PDFToText(t)
	path := filepath.Join(t.TempDir(), "letter.pdf")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-layout", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	// The pleading paper's line numbers stand in a column of their own
	// left of the text: read as a person reads the text, without them.
	lines := strings.Split(string(out), "\n")
	for i, l := range lines {
		lines[i] = lineNumber.ReplaceAllString(l, "")
	}
	return strings.Join(strings.Fields(strings.Join(lines, "\n")), " ")
}

// lineNumber is a pleading paper's number at the start of a line of
// pdftotext's layout.
var lineNumber = regexp.MustCompile(`^\s*\d{1,2}(?:\s{2,}|\s*$)`)

// TestDraftSaysWhetherInTime: the letter says when notice was given to the
// objector and whether the objection came within the time to object; a
// late one is brought to the Court all the same (issue 11). Dates from a
// printed 2022 calendar.
func TestDraftSaysWhetherInTime(t *testing.T) {
	in := input(t, Summary)
	// Notice Friday 2022-10-28: 21 days is Friday 2022-11-18.
	in.Noticed, in.WindowCloses, in.Late = courttime.D(2022, 10, 28), courttime.D(2022, 11, 18), false
	l, err := Draft(nil, in)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"notice of the subpoena and of the Order on October 28, 2022", "to the end of November 18, 2022", "received within that time"} {
		if !strings.Contains(l.Text, want) {
			t.Errorf("the letter lacks %q:\n%s", want, l.Text)
		}
	}
	in.Received, in.Late = courttime.D(2022, 11, 21), true
	l, err = Draft(nil, in)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"received after that time had run", "brings it to the Court all the same"} {
		if !strings.Contains(l.Text, want) {
			t.Errorf("the letter of a late objection lacks %q:\n%s", want, l.Text)
		}
	}
	// A window whose last day is Friday 2022-11-25 (the day after
	// Thanksgiving, a California judicial holiday) on the court's reading
	// and Monday 2022-11-28 on the latest: an objection of Monday is taken
	// as timely, and the letter says on which reading.
	in.WindowCloses, in.WindowLatest, in.Received, in.Late = courttime.D(2022, 11, 25), courttime.D(2022, 11, 28), courttime.D(2022, 11, 28), false
	l, err = Draft(nil, in)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"until the end of November 28, 2022 if the State's other declared holidays are counted",
		"received after November 25, 2022, but within the time as the State's other declared holidays extend it"} {
		if !strings.Contains(l.Text, want) {
			t.Errorf("the letter lacks %q:\n%s", want, l.Text)
		}
	}
}

// TestDraftProduced: information produced to the applicant before the
// objection came is said, not denied.
func TestDraftProduced(t *testing.T) {
	in := input(t, Sealed)
	in.Produced = courttime.D(2022, 11, 7)
	l, err := Draft(nil, in)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(l.Text, "has disclosed nothing") || !strings.Contains(l.Text, "On November 7, 2022, before it received the objection, Twitter, Inc. produced") {
		t.Errorf("a letter after a production:\n%s", l.Text)
	}
	for _, p := range l.Papers {
		if strings.Contains(p.Text, "or any information identifying the account holder") {
			t.Errorf("%s denies a disclosure that was made:\n%s", p.Name, p.Text)
		}
	}
}

// otherCourt is the seed case's objection as if the order came from the
// Southern District of New York, a court whose local rules writ does not
// know: its periods run on the federal calendar.
func otherCourt(t *testing.T, mode Mode) Input {
	in := input(t, mode)
	o := *in.Order
	o.Court = order.Court{ID: "federal", Name: "United States District Court, Southern District of New York", TimeZone: "America/New_York"}
	o.CaseNumber = "1:22-mc-00312"
	in.Order = &o
	return in
}

// TestDraftOtherCourt (review finding: the pleading layout and the local
// rules of N.D. Cal. were set for every court): the papers for a court whose
// local rules writ does not know cite none of N.D. Cal.'s rules or the Ninth
// Circuit's sealing cases, ask for sealing under the Federal Rules, give
// counsel's address, e-mail and telephone with the signature (Fed. R. Civ.
// P. 11(a)), and tell counsel to check the court's own rules before filing.
func TestDraftOtherCourt(t *testing.T) {
	l, err := Draft(nil, otherCourt(t, Sealed))
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, p := range l.Papers {
		texts = append(texts, p.Text)
	}
	all := strings.Join(append(texts, l.Checks...), "\n")
	for _, never := range []string{"Civil L.R.", "Civil Local Rule", "9th Cir.", "Kamakana", "Administrative Motion", "ADMINISTRATIVE MOTION", "provisionally"} {
		if strings.Contains(all, never) {
			t.Errorf("papers for S.D.N.Y. say %q:\n%s", never, all)
		}
	}
	for _, want := range []string{
		"UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK", "Case No. 1:22-mc-00312",
		"MOTION TO FILE UNDER SEAL", "Fed. R. Civ. P. 5.2(d)", "Nixon v. Warner Commc'ns, Inc., 435 U.S. 589",
		"(i) The interests that warrant sealing", "(ii) The injury if sealing is denied", "(iii) Why no less restrictive alternative suffices",
		// Rule 11(a): the signer's address, e-mail address and telephone number.
		"By: ____________________\nJane Q. Counsel\nCounsel & Partners LLP\n100 Main Street, Suite 200\nPalo Alto, CA 94301\njcounsel@counsel.example\nTelephone: (650) 555-0100\nAttorneys for Respondent Twitter, Inc.",
		"Exhibit A was filed under seal and was not served on the applicant",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("papers for S.D.N.Y. lack %q:\n%s", want, all)
		}
	}
	checks := strings.Join(l.Checks, "\n")
	if !strings.Contains(checks, "Southern District of New York") || !strings.Contains(checks, "local rules") {
		t.Errorf("the checks do not send counsel to the court's own rules: %q", l.Checks)
	}
	// N.D. Cal.'s papers are unchanged: the golden files hold them whole.
	nd, err := Draft(nil, input(t, Sealed))
	if err != nil {
		t.Fatal(err)
	}
	if c := strings.Join(nd.Checks, "\n"); strings.Contains(c, "local rules of") {
		t.Errorf("N.D. Cal.'s checks send counsel to check rules writ follows: %q", nd.Checks)
	}
}

// TestOtherCourtPaper: a court whose local rules writ does not know gets no
// pleading paper (N.D. Cal.'s numbered lines are that court's rule), but
// what most courts' rules ask of a paper: 12-point text, double-spaced, and
// margins of an inch on every side (for example E.D.N.Y. and S.D.N.Y. Local
// Civil Rule 7.1(b)); N.D. Cal.'s papers keep their numbered lines.
func TestOtherCourtPaper(t *testing.T) {
	font, err := pdf.EmbeddedFont()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		in       Input
		numbered bool
	}{{"S.D.N.Y.", otherCourt(t, Summary), false}, {"N.D. Cal.", input(t, Summary), true}} {
		in := tc.in
		d := &draft{in: in, o: in.Order, signed: true, rules: courtRules(in.Order.Court)}
		res, err := d.render(d.notice(), font, in.Day.Start(time.UTC), nil)
		if err != nil {
			t.Fatal(err)
		}
		numbers, lastY := 0, map[int]float64{}
		for _, l := range res.Lines {
			if l.Number {
				numbers++
				continue
			}
			if l.Size < 12 {
				t.Errorf("%s: %q set at %v points", tc.name, l.Text, l.Size)
			}
			if l.X < 72-0.01 || l.Y < 72-0.01 && !tc.numbered {
				t.Errorf("%s: %q set at (%v, %v), inside the inch of margin", tc.name, l.Text, l.X, l.Y)
			}
			if y, ok := lastY[l.Page]; ok && !l.Single && !tc.numbered && l.Y-y < 24-0.01 {
				t.Errorf("%s: %q only %v points below the line before it: not double-spaced", tc.name, l.Text, l.Y-y)
			}
			lastY[l.Page] = l.Y
		}
		if (numbers > 0) != tc.numbered {
			t.Errorf("%s: %d numbered lines", tc.name, numbers)
		}
	}
}

// TestKnowsLocalRules: writ follows the local rules of the Northern
// District of California only; any other court's papers follow the
// Federal Rules, and the pages say which.
func TestKnowsLocalRules(t *testing.T) {
	if !KnowsLocalRules(order.Court{ID: "cand", Name: "United States District Court, Northern District of California"}) {
		t.Error("the Northern District of California's rules are writ's")
	}
	if KnowsLocalRules(order.Court{ID: "nysd", Name: "United States District Court, Southern District of New York"}) {
		t.Error("the Southern District of New York's local rules are not writ's")
	}
}
