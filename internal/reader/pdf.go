package reader

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"strconv"
	"strings"
	"time"
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

// Limits bound the work of reading one PDF, which may come from anyone who
// can upload an order: a small file can hold a compressed stream that
// keeps pdftotext busy for minutes or writes gigabytes.
type Limits struct {
	// Time is the longest pdftotext may run.
	Time time.Duration
	// Pages is the most pages read; an order longer than that is refused
	// rather than read in part.
	Pages int
	// Text is the most bytes of text taken.
	Text int
}

// DefaultLimits are far beyond any court order (the seed order is 9 pages
// and 25 kB of text) and well within what a server can spend on a request.
var DefaultLimits = Limits{Time: 20 * time.Second, Pages: 300, Text: 4 << 20}

// ErrTooMuch is returned for a PDF that goes beyond Limits.
var ErrTooMuch = errors.New("the PDF is too long or too costly to read")

// ExtractPDF returns the text layer of a PDF, its pages separated by form
// feeds, by running pdftotext (poppler-utils) on it, within DefaultLimits.
// This is the reader's only I/O, kept here so that Read stays pure.
// Poppler sits behind this one function, so another extractor is a change
// of this file alone.
func ExtractPDF(ctx context.Context, pdf []byte) (string, error) {
	return ExtractPDFWithin(ctx, pdf, DefaultLimits)
}

// ExtractPDFWithin is ExtractPDF within the limits given.
func ExtractPDFWithin(ctx context.Context, pdf []byte, lim Limits) (string, error) {
	path, err := exec.LookPath("pdftotext")
	if err != nil {
		return "", ErrNoPDFTool
	}
	ctx, cancel := context.WithTimeout(ctx, lim.Time)
	defer cancel()
	out, stderr := &capped{max: lim.Text}, &capped{max: 4096, discard: true}
	// -enc UTF-8: the order's quotes and section signs as they are; "-"
	// reads the PDF from standard input and writes the text to standard
	// output. Reading order (no -layout) keeps a paragraph's lines
	// together, with pleading-paper numbers in a column of their own. -l
	// reads one page past the limit, to know the order is longer.
	cmd := exec.CommandContext(ctx, path, "-enc", "UTF-8", "-l", strconv.Itoa(lim.Pages+1), "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	cmd.Stdout, cmd.Stderr = out, stderr
	cmd.WaitDelay = time.Second
	runErr := cmd.Run()
	switch {
	case ctx.Err() == context.DeadlineExceeded:
		return "", fmt.Errorf("%w: pdftotext ran past its %s limit", ErrTooMuch, lim.Time)
	case out.over:
		return "", fmt.Errorf("%w: its text is over %d MB", ErrTooMuch, lim.Text>>20)
	case runErr != nil:
		msg := strings.TrimSpace(stderr.buf.String())
		if i := strings.IndexByte(msg, '\n'); i >= 0 {
			msg = msg[:i]
		}
		return "", fmt.Errorf("the PDF could not be read (%s)", msg)
	}
	text := out.buf.String()
	if strings.Count(strings.TrimRight(text, "\f"), "\f") >= lim.Pages {
		return "", fmt.Errorf("%w: it has more than %d pages", ErrTooMuch, lim.Pages)
	}
	if !strings.ContainsFunc(text, unicode.IsLetter) {
		return "", ErrNoTextLayer
	}
	return text, nil
}

// capped keeps at most max bytes and then refuses more, which stops the
// writer (pdftotext gets a broken pipe) instead of filling memory; with
// discard it drops the rest instead (for messages, of which the first line
// is enough).
type capped struct {
	max     int
	discard bool
	buf     bytes.Buffer
	over    bool
}

func (c *capped) Write(p []byte) (int, error) {
	if c.buf.Len()+len(p) > c.max {
		c.over = true
		if c.discard {
			return len(p), nil
		}
		return 0, errors.New("output over its limit")
	}
	return c.buf.Write(p)
}
