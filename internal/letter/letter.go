// Package letter drafts the platform's notice advising the court of an
// account holder's objection, as the order requires ("within 10 days of
// receipt of any such objections, Twitter shall so advise the Court"), as
// a paper filed in the case: the caption as the court's papers have it,
// counsel's block and signature (N.D. Cal. Civil L.R. 3-4(a)), what was
// received and when, when the holder had notice and whether the objection
// came in time, the objection either summarised in the staff's words or
// filed provisionally under seal as Exhibit A with the administrative
// motion to file under seal that Civil L.R. 79-5 requires (made as Civil
// L.R. 7-11 says: with a declaration and a proposed order), and a
// certificate of service. Draft is a pure function of its input: the same
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
	// Summary: the staff's summary of the objection, in the notice.
	Summary Mode = "summary"
	// Sealed: the objection's text as Exhibit A, filed provisionally under
	// seal with an administrative motion to seal; the public notice says
	// only that it was received, when, and whether in time.
	Sealed Mode = "sealed"
)

// Counsel is the platform's counsel, who signs the papers: the block
// Civil L.R. 3-4(a)(1) puts in the upper left corner of each first page.
// Its fields are those of config.Counsel (WRIT_COUNSEL_*), so the shell
// converts one to the other. The zero Counsel leaves blanks to fill in.
type Counsel struct {
	Name      string
	BarNumber string
	Firm      string
	Address   []string
	Email     string
	Phone     string
}

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
	// filed with the exhibit).
	Attachments []string
	// Counsel signs the papers; the zero value leaves blanks.
	Counsel Counsel
	// SealRequested is set when the account holder asked that the
	// objection be kept from the public: the motion says so.
	SealRequested bool
	// Produced is the day information the subpoena seeks was produced to
	// the applicant before the objection came (zero when nothing was):
	// the letter then says so instead of that nothing was disclosed.
	Produced courttime.Date
}

// Paper is one document filed with the court, as its own PDF.
type Paper struct {
	// Name is its file name ("notice-obj-1.pdf").
	Name string
	// Title is the title describing it (Civil L.R. 3-4(a)(3)(D)).
	Title string
	// Sealed is set for what is filed provisionally under seal, apart
	// from the public papers.
	Sealed bool
	Text   string
	PDF    []byte
}

// Letter is a drafted letter: the notice to the court, and in Sealed mode
// the papers filed with it.
type Letter struct {
	// Text is the notice to the court, plain text; Exhibit the sealed
	// exhibit ("" in Summary mode).
	Text, Exhibit string
	// PDF is every paper in one file, in the order they are filed, for
	// the case page's one download; Papers are the same papers each as
	// its own PDF, as they are filed.
	PDF    []byte
	Papers []Paper
	// Blanks lists what a person must fill in before filing: counsel's
	// block when WRIT_COUNSEL_* is not set, the dates of filing and of
	// signing. The case page shows them.
	Blanks []string
	// Checks lists what counsel must confirm or do before filing.
	Checks []string
}

// Draft drafts the letter. With a nil font it drafts the text only.
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
			return nil, &fault.Error{Code: fault.Invalid, Field: "mode", Message: "the objection has no text to file under seal; summarise it instead"}
		}
	default:
		return nil, &fault.Error{Code: fault.Invalid, Field: "mode", Message: fmt.Sprintf("%q is not a way to present the objection: use summary or sealed", in.Mode)}
	}
	if in.Day.IsZero() || in.Received.IsZero() {
		return nil, &fault.Error{Code: fault.Invalid, Field: "day", Message: "the letter's date and the day the objection was received are needed"}
	}
	d := &draft{in: in, o: o, signed: in.Counsel.Name != "", rules: courtRules(o.Court)}
	papers := []*paper{d.notice()}
	if in.Mode == Sealed {
		papers = append(papers, d.motion(), d.declaration(), d.proposedOrder(), d.exhibit())
	}

	l := &Letter{Text: papers[0].text()}
	if in.Mode == Sealed {
		l.Exhibit = papers[len(papers)-1].text()
	}
	for _, p := range papers {
		l.Papers = append(l.Papers, Paper{Name: p.name, Title: p.title, Sealed: p.sealed, Text: p.text()})
	}
	if !d.signed {
		where := "counsel's name, state bar number, firm, address, telephone and email, on the first page of each paper and in its signature block"
		if !d.rules.local {
			where = "counsel's name, firm, address, telephone and email, in each paper's signature block"
		}
		l.Blanks = append(l.Blanks, where+
			" (set WRIT_COUNSEL_NAME, WRIT_COUNSEL_BAR_NUMBER, WRIT_COUNSEL_FIRM, WRIT_COUNSEL_ADDRESS, WRIT_COUNSEL_EMAIL and WRIT_COUNSEL_PHONE to fill them in)")
	}
	l.Blanks = append(l.Blanks, "the date of filing, in the certificate of service")
	l.Checks = append(l.Checks, "Counsel reviews each paper and signs it before it is filed.")
	if in.Mode == Sealed {
		l.Blanks = append(l.Blanks, "the date and place the declaration is signed")
		apart := "The notice, the motion, the declaration and the proposed order are filed publicly, each as its own document; Exhibit A is filed under seal, apart from them."
		if d.rules.local {
			apart = strings.TrimSuffix(apart, ".") + " (Civil L.R. 79-5)."
		}
		l.Checks = append(l.Checks,
			"The declarant confirms paragraphs 2 to 4 of the declaration (what was received, that it was not given to the applicant, that no stipulation was sought) before signing it under penalty of perjury.",
			apart)
	}
	if c := d.rules.check(o.Court); c != "" {
		l.Checks = append(l.Checks, c)
	}

	if font != nil {
		for i, p := range papers {
			res, err := d.render(p, font, in.Day.Start(time.UTC), nil)
			if err != nil {
				return nil, err
			}
			l.Papers[i].PDF = res.PDF
			// Civil L.R. 7-11(a): a motion for administrative relief may
			// not exceed 5 pages, declarations and exhibits not counted.
			if p.kind == "motion" && d.rules.local && res.Pages > 5 {
				l.Checks = append(l.Checks, fmt.Sprintf("The motion runs %d pages; Civil L.R. 7-11(a) allows 5: shorten it.", res.Pages))
			}
		}
		res, err := d.render(bundle(papers), font, in.Day.Start(time.UTC), papers)
		if err != nil {
			return nil, err
		}
		l.PDF = res.PDF
	}
	return l, nil
}

// draft holds what every paper of one letter shares.
type draft struct {
	in     Input
	o      *order.Order
	signed bool
	rules  rules
}

// provider is the platform as the papers name it.
func (d *draft) provider() string { return d.o.Provider }

// caption names the matter as the order's caption does for a § 1782
// application: "In re Ex Parte Application of APPLICANT".
func caption(o *order.Order) string {
	return "In re Ex Parte Application of " + o.Applicant
}

// long writes a day as a letter does: "October 13, 2022".
func long(d courttime.Date) string {
	return d.Start(time.UTC).Format("January 2, 2006")
}

// possessive writes the platform's name in capitals as a title does:
// "TWITTER, INC.'S".
func possessive(name string) string {
	name = strings.ToUpper(name)
	if strings.HasSuffix(name, "S") {
		return name + "'"
	}
	return name + "'S"
}
