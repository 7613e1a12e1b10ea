package application

import (
	"fmt"
	"time"

	"github.com/writ-project/writ/internal/production/pdf"
)

// PDF sets the drafted order in a PDF, block by block, with the case
// number and the page in each footer. The same draft and font give the
// same bytes. The caller loads the font (production.DefaultFontPath), so
// that drafting stays free of files.
func (doc *Document) PDF(font *pdf.Font) ([]byte, error) {
	out := pdf.New(font, pdf.Options{
		Title:   fmt.Sprintf("Case No. %s: %s", doc.CaseNumber, doc.Title),
		Created: doc.Date.Start(time.UTC),
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
		return pdf.Footer{Left: "Case No. " + doc.CaseNumber, Right: fmt.Sprintf("%d / %d", page, pages)}
	})
	if err != nil {
		return nil, fmt.Errorf("set the order in a PDF: %w", err)
	}
	return res.PDF, nil
}
