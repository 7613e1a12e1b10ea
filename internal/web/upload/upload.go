// Package upload reads what people send writ as files: the court's order
// (its text, or the text layer of its PDF), and any file's name, made safe
// to show and to store. The API's order reader and the pages' intake take
// an order; the intake and the portal's attachments keep a file's name.
package upload

import (
	"errors"
	"path"
	"strings"
	"unicode"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/reader"
)

// MaxOrder bounds the court's document taken in: a PDF of an order is
// rarely over 1 MB.
const MaxOrder = 8 << 20

// ExtractPDF takes the text layer out of a PDF (the reader's, through
// pdftotext); nil would mean PDFs are not taken.
var ExtractPDF = reader.ExtractPDF

// PDFProblem says why a PDF could not be read: the reader's own words for
// a scan without text or a missing pdftotext, else a plain sentence.
func PDFProblem(err error) string {
	if errors.Is(err, reader.ErrNoTextLayer) || errors.Is(err, reader.ErrNoPDFTool) {
		return err.Error()
	}
	return "The PDF could not be read: " + fault.Message(err)
}

// CleanName keeps of a file's name what is safe to show and store: its
// last path element (either slash), without control characters, at most
// 100 characters; "attachment" when nothing is left.
func CleanName(name string) string {
	name = path.Base(strings.ReplaceAll(name, "\\", "/"))
	name = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == '/' {
			return -1
		}
		return r
	}, name)
	name = strings.TrimSpace(name)
	if name == "." || name == ".." || name == "" {
		return "attachment"
	}
	if r := []rune(name); len(r) > 100 {
		name = string(r[:100])
	}
	return name
}
