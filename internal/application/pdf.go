package application

import (
	"fmt"
	"time"

	"github.com/writ-project/writ/internal/production/pdf"
)

// PDF sets the drafted order in a PDF, block by block, with the case
// number and the page in each footer. The same draft and font give the
// same bytes. The caller loads the font (pdf.OpenFont: the one WRIT_FONT
// names, else the one writ embeds), so that drafting stays free of files.
func (doc *Document) PDF(font *pdf.Font) ([]byte, error) {
	out := pdf.New(font, pdf.Options{
		Title:   fmt.Sprintf("Case No. %s: %s", doc.CaseNumber, doc.Title),
		Created: doc.Date.Start(time.UTC),
		// Paragraphs apart, so that the order read back from the PDF
		// (writ order read) sees where each ends.
		ParagraphSpace: 1.0,
	})
	for _, b := range doc.Blocks {
		switch b.Style {
		case Title:
			out.Add(pdf.Title, b.Text)
		case Heading:
			out.Add(pdf.Heading, b.Text)
		case Subheading:
			out.Add(pdf.Subheading, b.Text)
		case Item:
			out.AddIndented(pdf.Body, 1, b.Text)
		default:
			out.Add(pdf.Body, b.Text)
		}
	}
	res, err := out.Render(func(page, pages int) pdf.Footer {
		// One line, as courts' own running headers are ("... Page 1 of 4"),
		// which a reader of the text drops.
		return pdf.Footer{Left: fmt.Sprintf("Case No. %s · Page %d of %d", doc.CaseNumber, page, pages)}
	})
	if err != nil {
		return nil, fmt.Errorf("set the order in a PDF: %w", err)
	}
	return res.PDF, nil
}
