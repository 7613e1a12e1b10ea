package letter

import (
	"fmt"
	"strings"

	"github.com/writ-project/writ/internal/production/pdf"
)

// The papers that file the objection under seal. N.D. Cal. Civil L.R.
// 79-5(c): a motion to seal a party's own document is filed as an
// Administrative Motion to File Under Seal under Civil L.R. 7-11, and
// states the applicable legal standard and the reasons for sealing,
// explaining (i) the legitimate private or public interests that warrant
// sealing, (ii) the injury that will result if sealing is denied, and
// (iii) why a less restrictive alternative to sealing is not sufficient;
// a reference to a stipulation or protective order is not enough. Civil
// L.R. 79-5(b): the motion is filed at the same time as the document,
// which is then filed provisionally under seal pending the ruling. Civil
// L.R. 7-11(a): no more than 5 pages, the action requested and the
// reasons for it, with a proposed order and either a stipulation under
// Civil L.R. 7-12 or a declaration explaining why one could not be
// obtained. (The rules' text as of the current Civil Local Rules,
// courtrules.net N.D. Cal. rules 79-5 and 7-11.) For another court the
// motion rests on the Federal Rules alone (Fed. R. Civ. P. 5.2(d), 26(c))
// and the common-law right of access (Nixon v. Warner Communications), and
// cites no court's local rules: the letter's checks tell counsel to check
// them.

// motion is the Administrative Motion to File Under Seal.
func (d *draft) motion() *paper {
	in, o, pv := d.in, d.o, d.provider()
	local := d.rules.local
	p := &paper{kind: "motion", name: "motion-to-seal-" + in.Objection + ".pdf",
		title: possessive(pv) + " " + strings.ToUpper(d.rules.motion) + " EXHIBIT A TO ITS NOTICE TO THE COURT OF AN ACCOUNT HOLDER'S OBJECTION TO SUBPOENA",
		short: sentence(d.rules.motion)}
	if local {
		p.title += "\n[Civil L.R. 7-11, 79-5]"
	}
	d.first(p)
	files := ""
	if n := len(in.Attachments); n > 0 {
		files = fmt.Sprintf(", with the %s the account holder sent with it", map[bool]string{true: "file", false: fmt.Sprintf("%d files", n)}[n == 1])
	}
	under, provides := "Under Civil Local Rules 7-11 and 79-5, ", ", as Civil L.R. 79-5(b) provides"
	if !local {
		under, provides = "", ""
	}
	p.add(pdf.Body, "%s%s moves for an order sealing Exhibit A to its Notice to the Court of an Account Holder's Objection to Subpoena, "+
		"filed with this motion. Exhibit A is the written objection %s received on %s from the holder of the account identified in the subpoena as %s, as received%s. "+
		"%s files it %s%s pending the Court's ruling on this motion.",
		under, pv, pv, long(in.Received), in.Account, files, pv, d.rules.sealed, provides)

	p.add(pdf.Heading, "I. RELIEF REQUESTED")
	requires := ""
	if local {
		requires = ", as Civil L.R. 7-11(a) requires"
	}
	p.add(pdf.Body, "%s asks the Court to order that (1) Exhibit A be filed under seal in its entirety; and (2) %s need not serve Exhibit A on the applicant unless the Court orders otherwise. "+
		"A proposed order is submitted with this motion%s; it lists what is to be sealed in a table.", pv, pv, requires)

	p.add(pdf.Heading, "II. LEGAL STANDARD")
	if !local {
		p.add(pdf.Body, "The public has a common-law right to inspect and copy judicial records, but the right is not absolute: every court has supervisory power over its own records and files, "+
			"and decides whether to seal one in light of the relevant facts and circumstances. Nixon v. Warner Commc'ns, Inc., 435 U.S. 589, 597-99 (1978). "+
			"The Court may order that a filing be made under seal (Fed. R. Civ. P. 5.2(d)), and may for good cause protect a person from annoyance, embarrassment or oppression in discovery (Fed. R. Civ. P. 26(c)(1)). "+
			"An account holder's objection to a subpoena authorized under %s concerns discovery, not the merits of a case before this Court; the reasons below show why it should be sealed.", o.Statute)
	} else {
		p.add(pdf.Body, "The public has a right of access to the Court's files, and a party seeking to file under seal must explore all reasonable alternatives to sealing (Civil L.R. 79-5(a)). "+
			"A party seeking to seal a judicial record must overcome a strong presumption in favor of access. Kamakana v. City & Cnty. of Honolulu, 447 F.3d 1172, 1178 (9th Cir. 2006). "+
			"Records more than tangentially related to the merits of a case may be sealed only for compelling reasons; others upon a particularized showing of good cause under Fed. R. Civ. P. 26(c). "+
			"Ctr. for Auto Safety v. Chrysler Grp., LLC, 809 F.3d 1092, 1097, 1101-02 (9th Cir. 2016); Kamakana, 447 F.3d at 1179-80. "+
			"An account holder's objection to a subpoena authorized under %s concerns discovery, not the merits of a case before this Court, so good cause is the standard; "+
			"the reasons below meet it, and would meet the compelling-reasons standard as well.", o.Statute)
	}

	p.add(pdf.Heading, "III. REASONS FOR SEALING")
	asked := ""
	if in.SealRequested {
		asked = " The account holder asked that the objection be kept from the public."
	}
	protects := "which the Order protects until the Court resolves any objection"
	if _, hold := o.Hold(); !hold {
		protects = "which the Order's procedure gives the account holder the chance to protect before it is disclosed"
	}
	cf := ""
	if local {
		cf = " Cf. Does I thru XXIII v. Advanced Textile Corp., 214 F.3d 1058, 1068 (9th Cir. 2000) (a party may proceed anonymously when the need for anonymity outweighs " +
			"the prejudice to the opposing party and the public's interest in knowing the party's identity)."
	}
	p.add(pdf.Body, "(i) The interests that warrant sealing. Exhibit A is the account holder's objection in their own words. It may identify the account holder, "+
		"whose identity is the very information the subpoena seeks, %s. An account holder who objects should not identify themselves to the applicant and to the public by doing so.%s%s",
		protects, cf, asked)
	p.add(pdf.Body, "(ii) The injury if sealing is denied. On the public docket, or served on the applicant, Exhibit A could identify the account holder before the Court has decided "+
		"whether the applicant may learn who they are: the objection would bring about the disclosure it objects to.")
	p.add(pdf.Body, "(iii) Why no less restrictive alternative suffices. %s cannot tell which of the account holder's words, or which details of what they sent, would identify them "+
		"to someone who knows them, so a redacted version could not be relied on to protect them. The notice filed publicly with this motion states what the public needs to follow the proceeding: "+
		"that an objection was received, when, from the holder of which account, and whether it came in time.", pv)
	p.add(pdf.Body, "The facts on which this motion rests are stated in the declaration of %s filed with it.", d.counselName())

	if local {
		p.add(pdf.Heading, "IV. STIPULATION")
		p.add(pdf.Body, "No stipulation under Civil L.R. 7-12 was obtained; the declaration filed with this motion says why (Civil L.R. 7-11(a)).")
	}
	d.signature(p)
	return p
}

// declaration is counsel's declaration in support of the motion: what
// was received, that it was not given to the applicant, and why no
// stipulation was sought.
func (d *draft) declaration() *paper {
	in, pv := d.in, d.provider()
	name := d.counselName()
	p := &paper{kind: "declaration", name: "declaration-" + in.Objection + ".pdf",
		title: "DECLARATION OF " + strings.ToUpper(name) + " IN SUPPORT OF " + possessive(pv) + " " + strings.ToUpper(d.rules.motion),
		short: "Declaration in support of " + strings.ToLower(d.rules.motion)}
	d.first(p)
	p.add(pdf.Body, "I, %s, declare:", name)
	p.add(pdf.Body, "1. I am an attorney admitted to practice before this Court and counsel for %s in this matter. I make this declaration in support of %s's %s. "+
		"I have personal knowledge of the facts stated here, or learned them from %s's records of this matter, and if called as a witness I could testify to them.", pv, pv, d.rules.motion, pv)
	files := ""
	if len(in.Attachments) > 0 {
		files = ", with the files the account holder sent with it, which are listed in it"
	}
	p.add(pdf.Body, "2. On %s, %s received a written objection to the subpoena from the holder of the account identified in the subpoena as %s. "+
		"Exhibit A to %s's notice to the Court is that objection as received%s.", long(in.Received), pv, in.Account, pv, files)
	given := fmt.Sprintf("3. %s has not given Exhibit A, or any information identifying the account holder, to the applicant.", pv)
	if !in.Produced.IsZero() {
		given = fmt.Sprintf("3. %s has not given Exhibit A to the applicant.", pv)
	}
	if in.SealRequested {
		given += " The account holder asked that the objection be kept from the public."
	}
	p.add(pdf.Body, "%s", given)
	stipulate := "stipulate to sealing Exhibit A under Civil L.R. 7-12"
	if !d.rules.local {
		stipulate = "agree to sealing Exhibit A"
	}
	p.add(pdf.Body, "4. %s did not ask the applicant to %s: the applicant has not seen Exhibit A, "+
		"and could not assess a request to seal it without seeing the material the motion asks the Court to keep from it.", pv, stipulate)
	p.add(pdf.Body, "I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct.")
	p.add(pdf.Body, "Executed on %s, at %s.", blank, blank)
	p.add(pdf.Body, "%s\n%s", blank, name)
	return p
}

// proposedOrder is the order the motion asks the Court to sign, with what
// is sealed in a table (document, portion, reason).
func (d *draft) proposedOrder() *paper {
	in, o, pv := d.in, d.o, d.provider()
	p := &paper{kind: "proposed-order", name: "proposed-order-" + in.Objection + ".pdf",
		title: "[PROPOSED] ORDER GRANTING " + possessive(pv) + " " + strings.ToUpper(d.rules.motion),
		short: "[Proposed] order granting " + strings.ToLower(d.rules.motion)}
	d.first(p)
	cite := " (Civil L.R. 7-11, 79-5)"
	if !d.rules.local {
		cite = ""
	}
	p.add(pdf.Body, "Having considered %s's %s%s and the declaration filed with it, and good cause appearing, "+
		"the Court GRANTS the motion and orders as follows:", pv, d.rules.motion, cite)
	p.add(pdf.Body, "Document: Exhibit A to %s's Notice to the Court of an Account Holder's Objection to Subpoena (the written objection received on %s from the holder of the account %s)\n"+
		"Portion to be sealed: the entire document\n"+
		"Reason: it may identify the account holder, whose identity the subpoena seeks and which the Court's order of %s protects until any objection is resolved (declaration of %s, paragraphs 2 and 3)",
		pv, long(in.Received), in.Account, long(o.Date), d.counselName())
	p.add(pdf.Body, "1. Exhibit A shall remain under seal.\n2. %s need not serve Exhibit A on the applicant unless the Court orders otherwise.", pv)
	p.add(pdf.Body, "IT IS SO ORDERED.")
	judge := strings.ToUpper(o.Judge)
	if o.JudgeTitle != "" {
		judge += "\n" + o.JudgeTitle
	}
	p.add(pdf.Body, "Dated: %s\n\n%s\n%s", blank, blank, judge)
	return p
}

// sentence writes a title's words as a sentence: "Administrative motion
// to file under seal".
func sentence(title string) string {
	if title == "" {
		return ""
	}
	return title[:1] + strings.ToLower(title[1:])
}

// exhibit is the objection as received, filed provisionally under seal.
func (d *draft) exhibit() *paper {
	in, o, pv := d.in, d.o, d.provider()
	filed := strings.Replace(d.rules.sealed, "under seal", "filed under seal", 1)
	p := &paper{kind: "exhibit", name: "exhibit-a-" + in.Objection + ".pdf", sealed: true,
		title: "EXHIBIT A: " + strings.ToUpper(filed), short: "Exhibit A, " + filed}
	heading := p.title
	if d.rules.local {
		heading += " (Civil L.R. 79-5(b))"
	}
	p.add(pdf.Heading, "%s", heading)
	p.add(pdf.Body, "%s, Case No. %s\nExhibit A to %s's Notice to the Court of an Account Holder's Objection to Subpoena: the written objection received on %s (reference %s) "+
		"from the holder of the account identified in the subpoena as %s, as received.", caption(o), o.CaseNumber, pv, long(in.Received), in.Objection, in.Account)
	p.add(pdf.Body, "%s", strings.TrimSpace(in.Text))
	if len(in.Attachments) > 0 {
		p.add(pdf.Body, "Filed with this exhibit, as the account holder sent them: %s", strings.Join(in.Attachments, ", "))
	}
	return p
}
