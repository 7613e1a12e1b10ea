package reader

import (
	"bytes"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"github.com/writ-project/writ/internal/testdeps"
	"os"
	"strings"
	"testing"
	"time"
)

// needPDFTool skips a test when pdftotext is missing, except in CI, where
// its absence is a failure (testdeps).
func needPDFTool(t *testing.T) {
	t.Helper()
	testdeps.PDFToText(t)
}

// makePDF writes a minimal PDF: one page per entry, each line of it set
// in Helvetica, or no text at all when pages[i] is empty (a scan). Only
// ASCII is written.
func makePDF(pages []string) []byte {
	var b bytes.Buffer
	var offsets []int
	obj := func(s string) {
		offsets = append(offsets, b.Len())
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", len(offsets), s)
	}
	b.WriteString("%PDF-1.4\n")
	n := len(pages)
	// 1 catalog, 2 pages, 3 font, then per page: page, content.
	obj("<< /Type /Catalog /Pages 2 0 R >>")
	var kids []string
	for i := range pages {
		kids = append(kids, fmt.Sprintf("%d 0 R", 4+2*i))
	}
	obj(fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d >>", strings.Join(kids, " "), n))
	obj("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	for i, p := range pages {
		obj(fmt.Sprintf("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>", 5+2*i))
		var c strings.Builder
		if p != "" {
			c.WriteString("BT /F1 9 Tf 11 TL 36 760 Td\n")
			for _, line := range wrap(p, 100) {
				line = strings.NewReplacer(`\`, `\\`, "(", `\(`, ")", `\)`).Replace(line)
				fmt.Fprintf(&c, "(%s) Tj T*\n", line)
			}
			c.WriteString("ET")
		}
		obj(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", c.Len(), c.String()))
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return b.Bytes()
}

// TestExtractPDF reads our own order set as a two-page PDF and proposes
// the same order as from its text, with the conclusion on page 2.
func TestExtractPDF(t *testing.T) {
	needPDFTool(t)
	src, err := os.ReadFile("testdata/orders/sakura.txt")
	if err != nil {
		t.Fatal(err)
	}
	ascii := strings.NewReplacer("“", `"`, "”", `"`, "’", "'", "§", "Section").Replace(string(src))
	first, second, _ := strings.Cut(ascii, "II. CONCLUSION")
	pdf := makePDF([]string{first, "II. CONCLUSION" + second})
	if !IsPDF(pdf) {
		t.Fatal("IsPDF: false")
	}
	text, err := ExtractPDF(context.Background(), pdf)
	if err != nil {
		t.Fatal(err)
	}
	p := Read(text)
	want := Read(ascii)
	if p.Order.CaseNumber != "24-mc-80777-SVK" || len(p.Order.Conditions) != len(want.Order.Conditions) || len(p.Order.Requests) != 2 {
		t.Errorf("from the PDF: case %q, %d conditions, %d requests; want as from the text (%d conditions, 2 requests)",
			p.Order.CaseNumber, len(p.Order.Conditions), len(p.Order.Requests), len(want.Order.Conditions))
	}
	for _, f := range p.Fields {
		if f.Path == "/order/conditions/1/days" && f.Span.Page != 2 {
			t.Errorf("the notice period is on page %d of the PDF, want 2", f.Span.Page)
		}
	}
}

// TestExtractPDFScanned: a PDF without a text layer is a clear error.
func TestExtractPDFScanned(t *testing.T) {
	needPDFTool(t)
	_, err := ExtractPDF(context.Background(), makePDF([]string{"", ""}))
	if !errors.Is(err, ErrNoTextLayer) {
		t.Errorf("err = %v, want ErrNoTextLayer", err)
	}
	if _, err := ExtractPDF(context.Background(), []byte("%PDF-1.4\nbroken")); err == nil || errors.Is(err, ErrNoTextLayer) {
		t.Errorf("a broken PDF: err = %v, want a read error", err)
	}
}

// wrap breaks the text's lines at white space so that each fits the page.
func wrap(s string, width int) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		for len(line) > width {
			i := strings.LastIndexByte(line[:width], ' ')
			if i <= 0 {
				i = width
			}
			out = append(out, line[:i])
			line = strings.TrimLeft(line[i:], " ")
		}
		out = append(out, line)
	}
	return out
}

// costlyPDF is a small PDF whose one page's compressed content stream
// repeats op n times: a few hundred kilobytes that keep pdftotext busy
// for seconds, or write megabytes.
func costlyPDF(t *testing.T, op string, n int) []byte {
	t.Helper()
	var content bytes.Buffer
	content.WriteString("BT /F1 0.05 Tf 0.06 TL 10 780 Td ")
	for range n {
		content.WriteString(op)
	}
	content.WriteString("ET")
	var z bytes.Buffer
	w, _ := zlib.NewWriterLevel(&z, zlib.BestSpeed)
	_, _ = w.Write(content.Bytes())
	_ = w.Close()
	var b bytes.Buffer
	var offsets []int
	obj := func(s string) { offsets = append(offsets, b.Len()); b.WriteString(s) }
	b.WriteString("%PDF-1.4\n")
	obj("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n")
	obj("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n")
	obj("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj\n")
	obj(fmt.Sprintf("4 0 obj << /Length %d /Filter /FlateDecode >> stream\n", z.Len()))
	b.Write(z.Bytes())
	b.WriteString("\nendstream endobj\n")
	obj("5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n")
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(offsets)+1)
	for _, o := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(offsets)+1, xref)
	return b.Bytes()
}

// TestExtractPDFWithinLimits: reading a PDF anyone may upload is bounded
// in time, in pages and in text (issue 13: a 7.8 kB PDF took 30 s of CPU).
// The limits here are small so that the test shows each one at work.
func TestExtractPDFWithinLimits(t *testing.T) {
	needPDFTool(t)
	ctx := context.Background()
	t.Run("ErrTime", func(t *testing.T) {
		// Five million letters shown on one spot: seconds of work for
		// about a kilobyte of text.
		_, err := ExtractPDFWithin(ctx, costlyPDF(t, "(a) Tj ", 5_000_000), Limits{Time: 50 * time.Millisecond, Pages: 10, Text: 64 << 20})
		if !errors.Is(err, ErrTooMuch) || !strings.Contains(err.Error(), "limit") {
			t.Errorf("err = %v; want ErrTooMuch for time", err)
		}
	})
	t.Run("ErrText", func(t *testing.T) {
		// Ten thousand tiny lines of a hundred letters: some 50 kB of text
		// (pdftotext merges some), over a 16 kB cap.
		_, err := ExtractPDFWithin(ctx, costlyPDF(t, "("+strings.Repeat("a", 100)+") Tj T* ", 10_000), Limits{Time: time.Minute, Pages: 10, Text: 16 << 10})
		if !errors.Is(err, ErrTooMuch) {
			t.Errorf("err = %v; want ErrTooMuch for text", err)
		}
	})
	t.Run("ErrPages", func(t *testing.T) {
		pages := make([]string, 5)
		for i := range pages {
			pages[i] = fmt.Sprintf("Page %d of the order.", i+1)
		}
		_, err := ExtractPDFWithin(ctx, makePDF(pages), Limits{Time: time.Minute, Pages: 4, Text: 1 << 20})
		if !errors.Is(err, ErrTooMuch) || !strings.Contains(err.Error(), "more than 4 pages") {
			t.Errorf("err = %v; want ErrTooMuch for pages", err)
		}
		if _, err := ExtractPDFWithin(ctx, makePDF(pages), Limits{Time: time.Minute, Pages: 5, Text: 1 << 20}); err != nil {
			t.Errorf("five pages within a limit of five: %v", err)
		}
	})
}
