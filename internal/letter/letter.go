// Package letter drafts the platform's letter advising the court of an
// account holder's objection, as the order requires ("within 10 days of
// receipt of any such objections, Twitter shall so advise the Court"): the
// caption from the order, what was received and when, the objection either
// summarised in the staff's words or attached under seal, and that nothing
// is disclosed meanwhile. Draft is a pure function of its input: the same
// draft gives the same text and the same PDF bytes.
package letter

import (
	"fmt"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/courttime"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/production/pdf"
)

// Mode is how the objection reaches the court.
type Mode string

// The modes of a letter.
const (
	// Summary: the staff's summary of the objection, in the letter.
	Summary Mode = "summary"
	// Sealed: the objection's text attached as an exhibit lodged under
	// seal; the letter itself says only that it was received.
	Sealed Mode = "sealed"
)

// Input is what a letter is drafted from.
type Input struct {
	Order *order.Order
	// Objection is its ID in the case ("obj-1"); Account the target's
	// label as the order names it.
	Objection, Account string
	// Received is the day the objection was received, and Due the day the
	// court must be advised by (from the case engine), both court days.
	Received, Due courttime.Date
	// Noticed is the day notice was given to the objector, WindowCloses
	// the last day of their time to object (zero when unknown), and Late
	// whether the objection came after it (on the latest reading of the
	// court's calendar: a late one is brought to the Court all the same,
	// which decides whether to hear it).
	Noticed, WindowCloses courttime.Date
	// WindowLatest is the last day on the latest reading of the calendar,
	// when it is later than WindowCloses.
	WindowLatest courttime.Date
	Late         bool
	// Day is the letter's date.
	Day  courttime.Date
	Mode Mode
	// Summary is the staff's summary (Summary mode).
	Summary string
	// Text is the objection as received (Sealed mode: the exhibit).
	Text string
	// Attachments names the files sent with the objection (Sealed mode:
	// lodged with the exhibit).
	Attachments []string
}

// Letter is a drafted letter.
type Letter struct {
	// Text is the letter, plain text; Exhibit the sealed exhibit ("" in
	// Summary mode).
	Text, Exhibit string
	PDF           []byte
}

// Draft drafts the letter.
func Draft(font *pdf.Font, in Input) (*Letter, error) {
	o := in.Order
	if o == nil {
		return nil, fault.Errorf(fault.Internal, "letter: no order")
	}
	switch in.Mode {
	case Summary:
		if strings.TrimSpace(in.Summary) == "" {
			return nil, &fault.Error{Code: fault.Invalid, Field: "summary", Message: "write the summary of the objection that the letter gives the court"}
		}
	case Sealed:
		if strings.TrimSpace(in.Text) == "" {
			return nil, &fault.Error{Code: fault.Invalid, Field: "mode", Message: "the objection has no text to attach under seal; summarise it instead"}
		}
	default:
		return nil, &fault.Error{Code: fault.Invalid, Field: "mode", Message: fmt.Sprintf("%q is not a way to present the objection: use summary or sealed", in.Mode)}
	}
	if in.Day.IsZero() || in.Received.IsZero() {
		return nil, &fault.Error{Code: fault.Invalid, Field: "day", Message: "the letter's date and the day the objection was received are needed"}
	}
	l := &Letter{}
	var b strings.Builder
	title := caption(o)
	fmt.Fprintf(&b, "%s\n%s\n\n", o.Provider, long(in.Day))
	fmt.Fprintf(&b, "The Honorable %s\n", o.Judge)
	if o.JudgeTitle != "" {
		fmt.Fprintf(&b, "%s\n", o.JudgeTitle)
	}
	fmt.Fprintf(&b, "%s\n\n", o.Court.Name)
	fmt.Fprintf(&b, "Re: %s, Case No. %s: notice of an objection to the subpoena\n\n", title, o.CaseNumber)
	fmt.Fprintf(&b, "Dear Judge %s:\n\n", lastName(o.Judge))
	days := ""
	if c, ok := o.Condition(order.AdviseCourt); ok && c.Days > 0 {
		days = fmt.Sprintf(" within %d days of receipt", c.Days)
	}
	fmt.Fprintf(&b, "The Court's order of %s requires %s to advise the Court%s of any objection by an account holder to the subpoena served under it. "+
		"%s so advises the Court: on %s it received a written objection (reference %s) from the holder of the account identified in the subpoena as %s.\n\n",
		long(o.Date), o.Provider, days, o.Provider, long(in.Received), in.Objection, in.Account)
	if !in.Noticed.IsZero() && !in.WindowCloses.IsZero() {
		closes := long(in.WindowCloses)
		if in.WindowLatest.After(in.WindowCloses) {
			closes += fmt.Sprintf(" (until the end of %s if the State's other declared holidays are counted, as %s does in deciding whether an objection came in time)", long(in.WindowLatest), o.Provider)
		}
		fmt.Fprintf(&b, "%s gave that account holder notice on %s; the time to object ran until the end of %s. ", o.Provider, long(in.Noticed), closes)
		if in.Late {
			fmt.Fprintf(&b, "The objection came after that time had run. %s brings it to the Court all the same, for the Court to decide whether to consider it, and holds the information meanwhile.\n\n", o.Provider)
		} else {
			b.WriteString("The objection came within that time.\n\n")
		}
	}
	switch in.Mode {
	case Summary:
		fmt.Fprintf(&b, "In summary, the account holder states:\n\n%s\n\n", strings.TrimSpace(in.Summary))
	case Sealed:
		fmt.Fprintf(&b, "The objection, as received, is attached as Exhibit A, which %s lodges under seal: it may identify the account holder, whose identity is what the subpoena seeks.\n\n", o.Provider)
	}
	if _, ok := o.Hold(); ok {
		fmt.Fprintf(&b, "As the order requires, %s is preserving the information the subpoena seeks and will not disclose it while the objection is pending. "+
			"It has disclosed nothing to the applicant.\n\n", o.Provider)
	} else {
		// This order holds nothing back by itself: say what was done, and
		// leave what follows to the Court.
		fmt.Fprintf(&b, "%s has disclosed nothing to the applicant and awaits the Court's direction on the objection.\n\n", o.Provider)
	}
	fmt.Fprintf(&b, "Respectfully submitted,\n\n%s\n", o.Provider)
	l.Text = b.String()
	if in.Mode == Sealed {
		var x strings.Builder
		fmt.Fprintf(&x, "EXHIBIT A: FILED UNDER SEAL\n\n%s, Case No. %s\nObjection %s from the holder of the account %s, received %s\n\n", title, o.CaseNumber, in.Objection, in.Account, long(in.Received))
		x.WriteString(strings.TrimSpace(in.Text))
		x.WriteString("\n")
		if len(in.Attachments) > 0 {
			fmt.Fprintf(&x, "\nLodged with this exhibit, as the account holder sent them: %s\n", strings.Join(in.Attachments, ", "))
		}
		l.Exhibit = x.String()
	}
	if font != nil {
		var err error
		if l.PDF, err = render(font, in, title, l); err != nil {
			return nil, err
		}
	}
	return l, nil
}

// render sets the letter (and the exhibit, from a new page's heading) in a
// PDF with the case number and the page in each footer.
func render(font *pdf.Font, in Input, title string, l *Letter) ([]byte, error) {
	o := in.Order
	doc := pdf.New(font, pdf.Options{Title: fmt.Sprintf("%s, Case No. %s: notice of objection %s", title, o.CaseNumber, in.Objection),
		Created: in.Day.Start(time.UTC)})
	for _, para := range strings.Split(strings.TrimRight(l.Text, "\n"), "\n\n") {
		doc.Add(pdf.Body, para)
	}
	if l.Exhibit != "" {
		paras := strings.Split(strings.TrimRight(l.Exhibit, "\n"), "\n\n")
		doc.Add(pdf.Title, paras[0])
		for _, para := range paras[1:] {
			doc.Add(pdf.Body, para)
		}
	}
	res, err := doc.Render(func(page, pages int) pdf.Footer {
		f := pdf.Footer{Left: "Case No. " + o.CaseNumber, Right: fmt.Sprintf("%d / %d", page, pages)}
		if l.Exhibit != "" {
			f.Legend = "Exhibit A is lodged under seal."
		}
		return f
	})
	if err != nil {
		return nil, err
	}
	return res.PDF, nil
}

// caption names the matter as the order's caption does for a § 1782
// application: "In re Application of APPLICANT".
func caption(o *order.Order) string {
	return "In re Application of " + o.Applicant
}

// long writes a day as a letter does: "October 13, 2022".
func long(d courttime.Date) string {
	return d.Start(time.UTC).Format("January 2, 2006")
}

// lastName is the last word of a judge's name ("Virginia K. DeMarchi").
func lastName(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	return f[len(f)-1]
}
