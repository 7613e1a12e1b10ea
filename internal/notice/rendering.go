package notice

import (
	"fmt"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/production/pdf"
)

// Copy says what copy of the order a notice carries, so that the notice
// describes it truly.
type Copy string

// The copies of the order a notice may carry.
const (
	// CopyUnknown: the notice is shown apart from its message (a
	// preview, the portal), which carried the copy.
	CopyUnknown Copy = ""
	// CopyCourt: the court's own document, kept at intake or given.
	CopyCourt Copy = "court"
	// CopyRendering: no court document was kept (the order was entered
	// as data), so the platform's rendering of the order's words.
	CopyRendering Copy = "rendering"
)

// RenderingName is the file name of the rendering of an order.
func RenderingName(o *order.Order) string {
	return "order-" + o.CaseNumber + "-rendering.pdf"
}

// RenderOrder sets an order entered as data in a PDF a person can read:
// its caption and its operative words as the order's fields keep them
// (the modifications, the requests, the conditions, the use restriction),
// marked on the first page and at the foot of every page as the
// platform's rendering of the order entered on its date, not the court's
// document. The legend is in Japanese too unless the notice is in English
// only. The same order gives the same bytes.
func RenderOrder(font *pdf.Font, o *order.Order, l Lang) ([]byte, error) {
	ja := l != English
	doc := pdf.New(font, pdf.Options{Title: fmt.Sprintf("Case No. %s: rendering of the order of %s by %s", o.CaseNumber, longDay(o.Date.Start(time.UTC)), o.Provider),
		Created: o.Date.Start(time.UTC), ParagraphSpace: 0.8})
	doc.Add(pdf.Heading, "A RENDERING OF THE ORDER, NOT THE COURT'S DOCUMENT")
	doc.Add(pdf.Body, fmt.Sprintf("This is a rendering by %s of the order entered on %s in Case No. %s by the %s. It is not the court's document. "+
		"It sets out the order's caption and the words of its operative parts as %s recorded them from the order: the modifications it requires, "+
		"the document requests, the requirements it imposes, and the limits on the use of what is produced. "+
		"The court's order itself, with its reasons, is in the court's file of the case.",
		o.Provider, longDay(o.Date.Start(time.UTC)), o.CaseNumber, o.Court.Name, o.Provider))
	if ja {
		doc.Add(pdf.Body, fmt.Sprintf("これは、%sが%sに発した命令（事件番号 %s）について、%sが作成した書き起こしであり、裁判所が作成した文書そのものではありません。"+
			"命令の表題部分と、命令が定める事項（サピーナの変更、文書の提出要求、条件及び使用の制限）の文言を、命令の英文のまま記載しています。"+
			"理由を含む命令の全文は、裁判所の事件記録にあります。",
			courtJA(o), dayJA(o.Date), o.CaseNumber, o.Provider))
	}

	doc.Add(pdf.Heading, strings.Join(courtLines(o), "\n"))
	doc.Add(pdf.Body, "IN RE EX PARTE APPLICATION OF\n"+strings.ToUpper(o.Applicant)+",\nApplicant.")
	doc.Add(pdf.Body, "Case No. "+o.CaseNumber)
	doc.Add(pdf.Body, fmt.Sprintf("Disposition, as %s recorded it: %s.", o.Provider, strings.ReplaceAll(string(o.Disposition), "_", " ")))

	if len(o.Modifications) > 0 {
		doc.Add(pdf.Subheading, "Modifications the order requires")
		for _, m := range o.Modifications {
			doc.AddIndented(pdf.Body, 1, m)
		}
	}
	if len(o.Requests) > 0 {
		doc.Add(pdf.Subheading, "Document requests, as the order sets them out")
		for _, r := range o.Requests {
			text := r.Text
			if text == "" {
				text = fmt.Sprintf("[described by %s; the order's words were not recorded] documents %s: %s", o.Provider,
					map[bool]string{true: "sufficient to show", false: "showing"}[r.Standard == order.SufficientToShow], words(r.Categories))
			}
			doc.AddIndented(pdf.Body, 1, fmt.Sprintf("%d. %s", r.Number, text))
		}
	}
	if len(o.Conditions) > 0 {
		// Bullets, not numbers: the order numbers its paragraphs its own
		// way, and a number of ours would read as the court's.
		doc.Add(pdf.Subheading, "Requirements the order imposes")
		for _, c := range o.Conditions {
			text := c.Text
			if text == "" {
				text = fmt.Sprintf("[described by %s; the order's words were not recorded] %s: %s", o.Provider,
					strings.ReplaceAll(string(c.Party), "_", " "), strings.ReplaceAll(string(c.Act), "_", " "))
				if c.Days > 0 {
					text += fmt.Sprintf(", within %d days after %s", c.Days, strings.ReplaceAll(string(c.Trigger), "_", " "))
				}
			}
			doc.AddIndented(pdf.Body, 1, "• "+text)
		}
	}
	if u := o.UseRestriction; u.Text != "" || len(u.Purposes) > 0 {
		doc.Add(pdf.Subheading, "Use of the information")
		if u.Text != "" {
			doc.AddIndented(pdf.Body, 1, u.Text)
		} else {
			doc.AddIndented(pdf.Body, 1, fmt.Sprintf("[described by %s; the order's words were not recorded] only for: %s", o.Provider, strings.Join(u.Purposes, "; ")))
		}
	}
	doc.Add(pdf.Body, "Dated: "+longDay(o.Date.Start(time.UTC)))
	judge := strings.ToUpper(o.Judge)
	if o.JudgeTitle != "" {
		judge += "\n" + o.JudgeTitle
	}
	doc.Add(pdf.Body, judge)

	legend := fmt.Sprintf("Rendering by %s of the order of %s; not the court's document.", o.Provider, longDay(o.Date.Start(time.UTC)))
	if ja {
		legend += fmt.Sprintf(" %sによる書き起こしであり、裁判所の文書ではありません。", o.Provider)
	}
	res, err := doc.Render(func(page, pages int) pdf.Footer {
		return pdf.Footer{Left: "Case No. " + o.CaseNumber, Right: fmt.Sprintf("Page %d of %d", page, pages), Legend: legend}
	})
	if err != nil {
		return nil, fmt.Errorf("render the order: %w", err)
	}
	return res.PDF, nil
}

// courtLines writes the court's name as a caption does, one part a line
// in capitals: "UNITED STATES DISTRICT COURT", "NORTHERN DISTRICT OF
// CALIFORNIA", "SAN JOSE DIVISION".
func courtLines(o *order.Order) []string {
	var out []string
	for _, part := range strings.Split(o.Court.Name, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, strings.ToUpper(part))
		}
	}
	return out
}

// courtJA names the order's court for a Japanese sentence: its Japanese
// name when writ knows it, with the name the order gives in brackets, else
// the order's name alone.
func courtJA(o *order.Order) string {
	if ch, ok := CourthouseOf(o); ok && ch.CourtJA != "" {
		return ch.CourtJA + "（" + o.Court.Name + "）"
	}
	return o.Court.Name
}

// longDay writes a day as an order does: "October 13, 2022".
func longDay(t time.Time) string { return t.Format("January 2, 2006") }

// words writes the categories of a request in words.
func words(cs []order.Category) string {
	var out []string
	for _, c := range cs {
		out = append(out, strings.ReplaceAll(string(c), "_", " "))
	}
	return strings.Join(out, "; ")
}
