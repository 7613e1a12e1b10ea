package letter

import (
	"fmt"
	"strings"

	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/production/pdf"
)

// notice is the paper that advises the Court: what the order requires,
// what was received and when, when the holder had notice and whether the
// objection came in time, the objection summarised or filed under seal,
// what the platform holds back, the signature and the certificate of
// service.
func (d *draft) notice() *paper {
	in, o, pv := d.in, d.o, d.provider()
	p := &paper{kind: "notice", name: "notice-" + in.Objection + ".pdf",
		title: possessive(pv) + " NOTICE TO THE COURT OF AN ACCOUNT HOLDER'S OBJECTION TO SUBPOENA", short: "Notice of account holder's objection to subpoena"}
	d.first(p)
	p.add(pdf.Body, "TO THE COURT:")

	within := ""
	if c, ok := o.Condition(order.AdviseCourt); ok && c.Days > 0 {
		within = fmt.Sprintf(" within %d days of receipt", c.Days)
	}
	p.add(pdf.Body, "The Court's order of %s (the \"Order\") authorized the applicant to serve a subpoena on %s, and requires %s to advise the Court%s "+
		"of any objection by an account holder to the disclosure of the information the subpoena seeks. %s so advises the Court.",
		long(o.Date), pv, pv, within, pv)
	p.add(pdf.Body, "On %s, %s received a written objection to the subpoena (its reference %s) from the holder of the account identified in the subpoena as %s.",
		long(in.Received), pv, in.Objection, in.Account)

	if !in.Noticed.IsZero() && !in.WindowCloses.IsZero() {
		var b strings.Builder
		fmt.Fprintf(&b, "%s gave that account holder notice of the subpoena and of the Order on %s. ", pv, long(in.Noticed))
		if c, ok := o.Condition(order.ObjectInWriting); ok && c.Days > 0 {
			fmt.Fprintf(&b, "The Order gave the account holder %d days from the date of the notice to object; counted under Fed. R. Civ. P. 6(a), that time ran to the end of %s", c.Days, long(in.WindowCloses))
		} else {
			fmt.Fprintf(&b, "Under the Order, the account holder's time to object ran to the end of %s", long(in.WindowCloses))
		}
		if in.WindowLatest.After(in.WindowCloses) {
			fmt.Fprintf(&b, " (until the end of %s if the State's other declared holidays are counted, as %s does in deciding whether an objection came in time)", long(in.WindowLatest), pv)
		}
		b.WriteString(". ")
		switch {
		case in.Late:
			fmt.Fprintf(&b, "The objection was received after that time had run. %s brings it to the Court all the same, for the Court to decide whether to consider it.", pv)
		case in.Received.After(in.WindowCloses):
			fmt.Fprintf(&b, "The objection was received after %s, but within the time as the State's other declared holidays extend it; %s treats it as timely, and leaves that question to the Court.",
				long(in.WindowCloses), pv)
		default:
			b.WriteString("The objection was received within that time.")
		}
		p.add(pdf.Body, "%s", b.String())
	}

	switch in.Mode {
	case Summary:
		p.add(pdf.Body, "In summary, the account holder states:")
		p.indented(strings.TrimSpace(in.Summary))
	case Sealed:
		asked := ""
		if in.SealRequested {
			asked = "; the account holder asked that it be kept from the public"
		}
		rule := "(Civil L.R. 7-11, 79-5)"
		if !d.rules.local {
			rule = "(Fed. R. Civ. P. 5.2(d))"
		}
		p.add(pdf.Body, "The objection, as received, is Exhibit A to this notice. Because it may identify the account holder, whose identity is what the subpoena seeks, "+
			"%s files Exhibit A %s, with its %s filed with this notice %s, "+
			"and has not served it on the applicant%s.", pv, d.rules.sealed, d.rules.motion, rule, asked)
	}

	_, hold := o.Hold()
	switch {
	case !in.Produced.IsZero() && hold:
		p.add(pdf.Body, "On %s, before it received the objection, %s produced to the applicant information the subpoena seeks. "+
			"As the Order requires, %s is preserving the information the subpoena seeks and will not disclose any more of it while the objection is pending.",
			long(in.Produced), pv, pv)
	case !in.Produced.IsZero():
		p.add(pdf.Body, "On %s, before it received the objection, %s produced to the applicant information the subpoena seeks. "+
			"It has disclosed nothing since, and awaits the Court's direction on the objection.", long(in.Produced), pv)
	case hold:
		p.add(pdf.Body, "As the Order requires, %s is preserving the information the subpoena seeks and will not disclose it while the objection is pending. "+
			"It has disclosed nothing to the applicant.", pv)
	default:
		// This order holds nothing back by itself: say what was done, and
		// leave what follows to the Court.
		p.add(pdf.Body, "%s has disclosed nothing to the applicant and awaits the Court's direction on the objection.", pv)
	}
	d.signature(p)

	// The certificate of service: counsel files through CM/ECF, which
	// serves counsel of record; the sealed exhibit is not served.
	filed := "the foregoing notice"
	if in.Mode == Sealed {
		filed = "the foregoing notice, with the " + d.rules.motion + " and the declaration and proposed order filed with it,"
	}
	p.add(pdf.Heading, "CERTIFICATE OF SERVICE")
	cert := fmt.Sprintf("I certify that on %s, I filed %s electronically with the Clerk of the Court using the CM/ECF system, which will send notice of the filing to all counsel of record.", blank, filed)
	if in.Mode == Sealed {
		cert += " Exhibit A was filed " + d.rules.sealed + " and was not served on the applicant, pending the Court's ruling on the " + d.rules.motion + "."
	}
	p.add(pdf.Body, "%s", cert)
	p.add(pdf.Body, "%s\n%s", blank, d.counselName())
	return p
}
