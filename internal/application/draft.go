package application

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/order"
)

// Style is how a block of the draft is set.
type Style int

// The styles of a block.
const (
	Plain Style = iota
	// Caption lines: the court, the parties, the case number.
	Caption
	// Title: "ORDER GRANTING EX PARTE APPLICATION ...".
	Title
	// Heading: "I. BACKGROUND".
	Heading
	// Subheading: "A. Statutory Requirements", "1. Participation of ...".
	Subheading
	// Item: a numbered item of a list (the requests, the conditions).
	Item
)

// Block is one paragraph, heading or item of the draft.
type Block struct {
	Style Style
	Text  string
}

// Document is a drafted order: its blocks, and the same as plain text.
type Document struct {
	Title  string
	Blocks []Block
	// Text is the order as plain text, blocks separated by blank lines.
	Text string
	// CaseNumber and Date are for the PDF's footer and information.
	CaseNumber string
	Date       courttime.Date
}

// draft accumulates blocks.
type draft struct{ blocks []Block }

func (d *draft) add(s Style, format string, args ...any) {
	d.blocks = append(d.blocks, Block{Style: s, Text: fmt.Sprintf(format, args...)})
}

// para adds a paragraph of statements, each followed by its citations.
func (d *draft) para(pts ...Point) {
	var s []string
	for _, p := range pts {
		s = append(s, cited(p))
	}
	d.add(Plain, "%s", strings.Join(s, " "))
}

// cited writes a statement and its citations as the seed does: "... at the
// clinic. Dkt. No. 1 at 2; Dkt. No. 1-1 ¶ 17."
func cited(p Point) string {
	text := strings.TrimSpace(p.Text)
	if len(p.Cites) == 0 {
		return text
	}
	c := strings.Join(p.Cites, "; ")
	if !strings.HasSuffix(c, ".") {
		c += "."
	}
	return text + " " + c
}

// stated writes a point of the record as the draft says it: the Court's
// own statement as it is, and what the applicant says as what the
// applicant says ("Dr. Takagi contends that ...", "According to the
// application, ..."), never as the Court's finding. start says whether it
// begins a sentence or continues one ("First, according to ...").
func (a *Application) stated(p Point, start bool) string {
	text := strings.TrimSpace(p.Text)
	switch p.By {
	case ByApplicant:
		verb := "contends"
		if a.Applicant.Pronoun == "they" {
			verb = "contend"
		}
		text = a.Applicant.Short + " " + verb + " that " + text
	case ByApplication:
		lead := "according to the application, "
		if start {
			lead = upperFirst(lead)
		}
		text = lead + text
	}
	return cited(Point{Text: text, Cites: p.Cites})
}

// long writes a day as an order does: "October 13, 2022".
func long(d courttime.Date) string { return d.Start(time.UTC).Format("January 2, 2006") }

// count writes a small number in words, as an order does.
func count(n int) string {
	words := []string{"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
	if n >= 0 && n < len(words) {
		return words[n]
	}
	return strconv.Itoa(n)
}

// title is the order's title, from the disposition.
func (a *Application) title() string {
	verb := "GRANTING"
	switch a.Decision.Disposition {
	case order.GrantedInPart:
		verb = "GRANTING IN PART AND DENYING IN PART"
	case order.Denied:
		verb = "DENYING"
		if a.Decision.WithoutPrejudice {
			verb = "DENYING WITHOUT PREJUDICE"
		}
	}
	return "ORDER " + verb + " EX PARTE APPLICATION FOR ORDER PURSUANT TO 28 U.S.C. § 1782"
}

// Draft writes the order the decided application makes, in the structure
// of the seed order: caption, title, introduction, I. Background, II. Legal
// Standard, III. Discussion (A. the statutory requirements, B. the Intel
// factors), IV. Conclusion with the protective conditions. The record must
// be valid and decided.
func Draft(a *Application) (*Document, error) {
	if _, err := a.Order(); err != nil {
		return nil, err
	}
	d := &draft{}
	dec := a.Decision
	A, P := a.Applicant.Short, a.Respondent.Short

	// Caption.
	d.add(Caption, "%s", strings.ToUpper(strings.Join(strings.Split(a.Court.Name, ", "), "\n")))
	d.add(Caption, "IN RE EX PARTE APPLICATION OF\n%s,\n\nApplicant.", strings.ToUpper(a.Applicant.Name))
	d.add(Caption, "Case No. %s", a.CaseNumber)
	d.add(Title, "%s", a.title())
	d.add(Caption, "Re: Dkt. No. %s", a.Docket)

	// Introduction.
	accounts := "the users of " + count(len(a.Targets)) + " " + P + " accounts"
	if len(a.Targets) == 1 {
		accounts = "the user of one " + P + " account"
	}
	d.add(Plain, "Applicant %s applies ex parte for an order pursuant to 28 U.S.C. § 1782 authorizing service of a subpoena for documents on %s (“%s”). Dkt. No. %s. Although the proposed subpoena is directed to %s, %s says %s will use the subpoena to obtain information identifying %s.",
		a.Applicant.Name, a.Respondent.Name, P, a.Docket, P, A, a.Applicant.Pronoun, accounts)
	switch dec.Disposition {
	case order.Granted:
		d.add(Plain, "The Court grants the application subject to the requirements set forth below.")
	case order.GrantedWithModifications:
		d.add(Plain, "The Court grants the application subject to the modifications and requirements set forth below.")
	case order.GrantedInPart:
		d.add(Plain, "The Court grants the application in part, subject to the modifications and requirements set forth below.")
	case order.Denied:
		if dec.WithoutPrejudice {
			d.add(Plain, "The Court denies the application without prejudice.")
		} else {
			d.add(Plain, "The Court denies the application.")
		}
	}

	a.background(d)
	legalStandard(d, ninthCircuit(a.Court))
	a.discussion(d)
	a.conclusion(d)

	d.add(Plain, "IT IS SO ORDERED.")
	d.add(Plain, "Dated: %s", long(dec.Date))
	judge := strings.ToUpper(a.Judge)
	if a.JudgeTitle != "" {
		judge += "\n" + a.JudgeTitle
	}
	d.add(Plain, "%s", judge)

	doc := &Document{Title: a.title(), Blocks: d.blocks, CaseNumber: a.CaseNumber, Date: dec.Date}
	var b strings.Builder
	for i, bl := range d.blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(bl.Text)
	}
	b.WriteString("\n")
	doc.Text = b.String()
	return doc, nil
}

func (a *Application) background(d *draft) {
	A, P := a.Applicant.Short, a.Respondent.Short
	d.add(Heading, "I. BACKGROUND")
	if a.Applicant.Description != "" {
		d.para(Point{Text: fmt.Sprintf("According to the application, %s is %s.", A, a.Applicant.Description), Cites: a.Applicant.Cites})
	}
	for _, t := range a.Targets {
		who := fmt.Sprintf("an anonymous %s user with display name %s", P, t.Label)
		if len(t.Evidence) == 0 {
			d.para(Point{Text: fmt.Sprintf("%s seeks information identifying the holder of the %s account %s.", A, P, t.Label), Cites: t.Cites})
			continue
		}
		var s []string
		for i, e := range t.Evidence {
			subject := who
			if i > 0 {
				subject = "the same user"
			}
			when := ""
			if !e.Date.IsZero() {
				when = "on " + long(e.Date) + ", "
			}
			s = append(s, fmt.Sprintf("According to %s, %s%s posted a %s.", A, when, subject, strings.TrimSuffix(e.Description, ".")))
		}
		d.para(Point{Text: strings.Join(s, " "), Cites: t.Cites})
	}
	for _, f := range a.Facts {
		d.add(Plain, "%s", a.stated(f, true))
	}
	for i, p := range a.Proceedings {
		also := ""
		if i > 0 {
			also = "In addition, "
		}
		switch p.State {
		case Pending:
			d.para(Point{Text: fmt.Sprintf("%s%s says that %s is pending in %s.", also, A, p.Description, p.Country), Cites: p.Cites})
		default:
			d.para(Point{Text: fmt.Sprintf("%s%s says that %s intends to bring %s.", also, A, a.Applicant.Pronoun, p.Description), Cites: p.Cites})
		}
	}
	d.add(Plain, "%s requests permission to serve a subpoena on %s seeking the following documents:", A, P)
	for _, r := range a.Requests {
		d.add(Item, "%d. %s", r.Number, r.Text)
	}
	if a.RequestsCite != "" {
		d.add(Plain, "%s.", strings.TrimSuffix(a.RequestsCite, "."))
	}
	if len(a.Declarations) > 0 {
		var own bool
		var others, nums []string
		for _, dc := range a.Declarations {
			nums = append(nums, dc.Docket)
			if dc.Declarant == a.Applicant.Name {
				own = true
				continue
			}
			s := dc.Declarant
			if dc.Role != "" {
				s += " (" + dc.Role + ")"
			}
			others = append(others, s)
		}
		var parts []string
		if own {
			parts = append(parts, a.Applicant.possessive()+" own declaration")
		}
		switch len(others) {
		case 0:
		case 1:
			parts = append(parts, "the declaration of "+others[0])
		default:
			parts = append(parts, "the declarations of "+series(others, "and"))
		}
		cite := "Dkt. No. " + nums[0]
		if len(nums) > 1 {
			cite = "Dkt. Nos. " + strings.Join(nums, ", ")
		}
		d.add(Plain, "%s’s application is supported by %s. %s.", A, strings.Join(parts, " and "), cite)
	}
}

// legalStandard is the law the seed order states, which every order on a
// § 1782 application applies: the three requirements in the words of 28
// U.S.C. § 1782(a) ("resides or is found", "for use in a proceeding in a
// foreign or international tribunal"), what a tribunal is since ZF
// Automotive, and Intel's reasonable contemplation (542 U.S. at 259, as
// the seed cites it). Its last citation is Intel, so that the seed's "Id.
// at 264" after it still points there.
//
// For a court outside the Ninth Circuit the draft cites the statute and
// Intel only: the seed's Northern District of California and Ninth
// Circuit cases are no authority such a court follows, and writ does not
// know its own circuit's.
func legalStandard(d *draft, ninth bool) {
	d.add(Heading, "II. LEGAL STANDARD")
	d.add(Plain, "Pursuant to 28 U.S.C. § 1782, a district court may order the production of documents or testimony for use in a foreign legal proceeding, unless the disclosure would violate a legal privilege. 28 U.S.C. § 1782(a); Intel Corp. v. Advanced Micro Devices, Inc., 542 U.S. 241, 246-47 (2004). The statute may be invoked where: (1) the person from whom discovery is sought resides or is found in the district of the court to which the application is made; (2) the discovery is for use in a proceeding in a foreign or international tribunal; and (3) the applicant is a foreign or international tribunal or an “interested person.” 28 U.S.C. § 1782(a); Intel, 542 U.S. at 246. Only a governmental or intergovernmental adjudicative body is a “foreign or international tribunal.” "+zfAutomotive+". The proceeding need not be pending or imminent, so long as it is within reasonable contemplation. Intel, 542 U.S. at 259.")
	d.add(Plain, "A district court is not required to grant an application that meets the statutory criteria, but instead retains discretion to determine what discovery, if any, should be permitted. Id. at 264. In exercising that discretion, the court considers several factors:")
	d.add(Item, "(1) whether “the person from whom discovery is sought is a participant in the foreign proceeding”;")
	d.add(Item, "(2) “the nature of the foreign tribunal, the character of the proceedings underway abroad, and the receptivity of the foreign government or the court or agency abroad to U.S. federal-court judicial assistance”;")
	d.add(Item, "(3) whether the discovery request “conceals an attempt to circumvent foreign proof-gathering restrictions or other policies of a foreign country or the United States”; and")
	d.add(Item, "(4) whether the discovery requested is “unduly intrusive or burdensome.”")
	d.add(Plain, "Id. at 264-65.")
	if ninth {
		d.add(Plain, "Applications brought pursuant to 28 U.S.C. § 1782 typically are considered on an ex parte basis, since “parties will be given adequate notice of any discovery taken pursuant to the request and will then have the opportunity to move to quash the discovery or to participate in it.” IPCom GmbH & Co. KG v. Apple, Inc., 61 F. Supp. 3d 919, 922 (N.D. Cal. 2014) (quoting In re Republic of Ecuador, No. C-10-80225 MISC CRB (EMC), 2010 WL 3702427, at *2 (N.D. Cal. Sept. 15, 2010)).")
		d.add(Plain, "Unless the district court orders otherwise, the discovery authorized by the court must be obtained in accordance with the Federal Rules of Civil Procedure. 28 U.S.C. § 1782(a); In re Letters Rogatory from Tokyo Dist. Prosecutor’s Office, Tokyo, Japan, 16 F.3d 1016, 1020 (9th Cir. 1994).")
		return
	}
	d.add(Plain, "Unless the district court orders otherwise, the discovery authorized by the court must be obtained in accordance with the Federal Rules of Civil Procedure. 28 U.S.C. § 1782(a).")
}

// factorHeadings and factorLaw are the seed order's heading and statement
// of the law for each Intel factor.
var factorHeadings = []string{
	"1. Participation of target in the foreign proceeding",
	"2. Receptivity of foreign tribunal to U.S. judicial assistance",
	"3. Circumvention of proof-gathering restrictions",
	"4. Unduly burdensome or intrusive discovery",
}

var factorLaw = []string{
	"Although this factor addresses whether the person from whom discovery is sought is a party to the foreign proceeding, “the key issue is whether the material is obtainable through the foreign proceeding.” In re Varian Med. Sys., 2016 WL 1161568, at *3 (internal quotations and citation omitted).",
	"Under this factor, the Court considers “the nature of the foreign tribunal, the character of the proceedings underway abroad, and the receptivity of the foreign government or the court or agency abroad to U.S. federal-court judicial assistance.” Intel, 542 U.S. at 264. “This factor focuses on whether the foreign tribunal is willing to consider the information sought.” In re Varian Med. Sys., 2016 WL 1161568, at *4.",
	"Under this factor, the Court considers whether the request for discovery “conceals an attempt to circumvent foreign proof-gathering restrictions or other policies of a foreign country or the United States.” Intel, 542 U.S. at 265.",
	"Under this factor, the Court considers whether the discovery sought is “unduly intrusive or burdensome.” Intel, 542 U.S. at 265.",
}

// factorLawIntel states the law of each factor from Intel alone, for a
// court outside the Ninth Circuit.
var factorLawIntel = []string{
	"When the person from whom discovery is sought is a participant in the foreign proceeding, “the need for § 1782(a) aid generally is not as apparent.” Intel, 542 U.S. at 264.",
	"Under this factor, the Court considers “the nature of the foreign tribunal, the character of the proceedings underway abroad, and the receptivity of the foreign government or the court or agency abroad to U.S. federal-court judicial assistance.” Intel, 542 U.S. at 264.",
	factorLaw[2],
	factorLaw[3],
}

// ninthCircuit reports whether the court sits in the Ninth Circuit, whose
// courts the seed's draft cites: by its calendar's id, or by the state or
// territory its name gives.
func ninthCircuit(c order.Court) bool {
	switch c.ID {
	case "cand", "cacd", "casd", "caed":
		return true
	}
	name := strings.ToLower(c.Name)
	for _, s := range []string{"california", "washington", "oregon", "arizona", "nevada", "idaho", "montana", "alaska", "hawaii", "guam", "northern mariana islands"} {
		if strings.Contains(name, "district of "+s) {
			return true
		}
	}
	return false
}

// findingWords closes the discussion of a factor.
var findingWords = map[Finding]string{
	Favors:           "The Court finds that this factor weighs in favor of authorizing service of the subpoena.",
	FavorsIfModified: "The Court finds that this factor weighs in favor of authorizing service of the subpoena only as modified below.",
	Neutral:          "The Court finds that this factor is neutral.",
	Disfavors:        "The Court finds that this factor weighs against authorizing service of the subpoena.",
}

func (a *Application) discussion(d *draft) {
	an := a.Analysis
	A := a.Applicant.Short
	d.add(Heading, "III. DISCUSSION")
	d.add(Subheading, "A. Statutory Requirements")
	met := true
	for _, s := range an.statutory() {
		met = met && s.Finding == Met
	}
	verb := "satisfies"
	if !met {
		verb = "does not satisfy"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s’s application %s the statutory requirements of 28 U.S.C. § 1782(a).", A, verb)
	for i, s := range an.statutory() {
		for j, p := range s.Reasoning {
			b.WriteString(" ")
			if j == 0 {
				b.WriteString([]string{"First, ", "Second, ", "Third, "}[i])
			}
			b.WriteString(a.stated(p, j > 0))
		}
		if s == &an.ForeignTribunal {
			// A purpose of use before a body that does not adjudicate is
			// flagged where the Court finds the discovery is for use in a
			// foreign tribunal.
			for _, p := range a.Proceedings {
				if p.Adjudicative != nil && !*p.Adjudicative {
					b.WriteString(" " + a.tribunalFlag(p))
				}
			}
		}
		if s.Finding == NotMet {
			b.WriteString(" This requirement is not met.")
		}
	}
	d.add(Plain, "%s", b.String())

	d.add(Subheading, "B. Intel Factors")
	if !met {
		d.add(Plain, "Because %s’s application does not satisfy the statutory requirements, the Court does not reach the discretionary Intel factors.", A)
		a.storedCommunications(d)
		return
	}
	d.add(Plain, "Even if the Court has the authority to grant %s’s § 1782 application, that does not mean the Court is required to do so. Intel, 542 U.S. at 247. In determining whether judicial assistance under § 1782 is appropriate, the Court must consider the additional, non-exhaustive Intel factors.", A)
	for i, f := range an.factors() {
		d.add(Subheading, "%s", factorHeadings[i])
		law := factorLaw[i]
		if !ninthCircuit(a.Court) {
			law = factorLawIntel[i]
		}
		d.add(Plain, "%s", law)
		for _, p := range f.Reasoning {
			d.add(Plain, "%s", a.stated(p, true))
		}
		d.add(Plain, "%s", findingWords[f.Finding])
	}
	a.storedCommunications(d)
}

func (a *Application) conclusion(d *draft) {
	dec := a.Decision
	A, P := a.Applicant.Short, a.Respondent.Short
	d.add(Heading, "IV. CONCLUSION")
	if !dec.granted() {
		s := fmt.Sprintf("For the reasons explained above, the Court denies %s’s application for an order pursuant to 28 U.S.C. § 1782", A)
		if dec.WithoutPrejudice {
			s += " without prejudice"
		}
		s += "."
		if dec.Reason != "" {
			s += " " + strings.TrimSpace(dec.Reason)
		}
		d.add(Plain, "%s", s)
		return
	}
	var mods []string
	for _, m := range dec.Modifications {
		mods = append(mods, a.modificationText(m))
	}
	first := fmt.Sprintf("%s’s application meets the statutory criteria for an order authorizing service of the proposed subpoena. In addition, the factors that inform the Court’s exercise of its discretion under Intel favor authorizing service of the subpoena", A)
	switch len(mods) {
	case 0:
		first += "."
	case 1:
		first += ", except that " + mods[0]
	default:
		first += ", except as follows. " + strings.Join(mods, " ")
	}
	d.add(Plain, "%s", first)
	with := ""
	switch len(mods) {
	case 0:
	case 1:
		with = ", with the modification noted above,"
	default:
		with = ", with the modifications noted above,"
	}
	d.add(Plain, "Accordingly, the Court authorizes service of the proposed subpoena%s on %s. This order does not foreclose a motion to quash or further modify the subpoena by %s following service, or by the %s whose identifying information is sought. The Court orders %s and %s to comply with the following requirements to ensure all interested persons have an opportunity to contest the subpoena if they wish:",
		with, P, P, a.Respondent.users(), A, P)
	for i, it := range items(a.conditions()) {
		d.add(Item, "%d. %s", i+1, it)
	}
	d.add(Plain, "%s", a.useRestriction().Text)
}
