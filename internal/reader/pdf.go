package reader

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"unicode"
)

// ErrNoTextLayer is returned for a PDF whose pages hold no text: a scanned
// image. writ does not read images; a person runs OCR first, or types the
// order's terms in.
var ErrNoTextLayer = errors.New("the PDF has no text layer (it looks like a scanned image); run it through OCR and give writ the text, or enter the order's terms by hand")

// ErrNoPDFTool is returned when pdftotext is not installed.
var ErrNoPDFTool = errors.New("reading a PDF needs pdftotext, from poppler-utils (Debian: apt-get install poppler-utils)")

// IsPDF reports whether data is a PDF file.
func IsPDF(data []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(data, "\x00\t\r\n "), []byte("%PDF-"))
}

// ExtractPDF returns the text layer of a PDF, its pages separated by form
// feeds, by running pdftotext (poppler-utils) on it. This is the reader's
// only I/O, kept here so that Read stays pure. Poppler sits behind this one
// function, so another extractor is a change of this file alone.
func ExtractPDF(ctx context.Context, pdf []byte) (string, error) {
	path, err := exec.LookPath("pdftotext")
	if err != nil {
		return "", ErrNoPDFTool
	}
	var out, stderr bytes.Buffer
	// -enc UTF-8: the order's quotes and section signs as they are; "-"
	// reads the PDF from standard input and writes the text to standard
	// output. Reading order (no -layout) keeps a paragraph's lines
	// together, with pleading-paper numbers in a column of their own.
	cmd := exec.CommandContext(ctx, path, "-enc", "UTF-8", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		return "", fmt.Errorf("the PDF could not be read (%s)", msg)
	}
	text := out.String()
	if !strings.ContainsFunc(text, unicode.IsLetter) {
		return "", ErrNoTextLayer
	}
	return text, nil
}
