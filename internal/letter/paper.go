package letter

import (
	"fmt"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/production/pdf"
)

// blank is a line left for a person to fill in.
const blank = "____________________"

// block is one paragraph of a paper, set in a style.
type block struct {
	style  pdf.Style
	indent int
	text   string
	// single is a block the pleading's double spacing leaves single-spaced
	// (Civil L.R. 3-4(c)(2) excepts the identification of counsel and the
	// title of the case).
	single bool
}

// paper is one document filed with the court, block by block: its text
// and its PDF are made from the same blocks, so they say the same.
type paper struct {
	// kind names what the paper is ("notice", "motion" ...); name is its
	// file name; title the title describing it; short the title in its
	// footer (Civil L.R. 3-4(c)(3) wants each page to say what the paper
	// is).
	kind, name, title, short string
	sealed                   bool
	blocks                   []block
}

func (p *paper) add(style pdf.Style, format string, args ...any) {
	p.blocks = append(p.blocks, block{style: style, text: fmt.Sprintf(format, args...)})
}

// single adds a single-spaced block.
func (p *paper) single(style pdf.Style, format string, args ...any) {
	p.blocks = append(p.blocks, block{style: style, text: fmt.Sprintf(format, args...), single: true})
}

func (p *paper) indented(text string) {
	p.blocks = append(p.blocks, block{style: pdf.Body, indent: 1, text: text})
}

// text is the paper as plain text, one blank line between blocks.
func (p *paper) text() string {
	var parts []string
	for _, b := range p.blocks {
		parts = append(parts, b.text)
	}
	return strings.Join(parts, "\n\n") + "\n"
}

// render sets a paper in a PDF: for N.D. Cal., laid out as a pleading
// (Civil L.R. 3-4(c)): numbered lines, 12-point text double-spaced, 28
// lines to a page, a blank line between paragraphs, one-inch side margins;
// for another court, the same text without the numbered lines, an inch of
// margin on every side. On every page the paper's short title, the case
// number and the page of how many. The papers of a bundle each begin with
// a line saying which paper it is.
func (d *draft) render(p *paper, font *pdf.Font, created time.Time, parts []*paper) (pdf.Result, error) {
	o := d.o
	doc := pdf.New(font, pdf.Options{Title: fmt.Sprintf("%s, Case No. %s: %s", caption(o), o.CaseNumber, p.title),
		Created: created, ParagraphSpace: 1.0, Pleading: true, Unnumbered: !d.rules.local, Margin: 72})
	for _, b := range p.blocks {
		if b.single {
			doc.AddSingleSpaced(b.style, b.text)
			continue
		}
		doc.AddIndented(b.style, b.indent, b.text)
	}
	sealed := false
	for _, part := range parts {
		sealed = sealed || part.sealed
	}
	res, err := doc.Render(func(page, pages int) pdf.Footer {
		f := pdf.Footer{Left: p.short + " · Case No. " + o.CaseNumber, Right: fmt.Sprintf("Page %d of %d", page, pages)}
		switch {
		case p.sealed && d.rules.local:
			f.Legend = "Filed provisionally under seal (Civil L.R. 79-5(b))."
		case p.sealed:
			f.Legend = "Filed under seal."
		case sealed:
			f.Legend = "Exhibit A is filed " + d.rules.sealed + ", apart from the public papers."
		}
		return f
	})
	if err != nil {
		return pdf.Result{}, fmt.Errorf("set the letter in a PDF: %w", err)
	}
	return res, nil
}

// bundle is every paper in one document, for the case page's one
// download; each begins with a line saying which paper of how many it is.
func bundle(papers []*paper) *paper {
	b := &paper{kind: "bundle", title: papers[0].title, short: "Notice of objection"}
	if len(papers) > 1 {
		b.short = "Notice of objection and the papers filed with it"
	}
	for i, p := range papers {
		if len(papers) > 1 {
			b.add(pdf.Small, "Paper %d of %d: %s%s", i+1, len(papers), p.name, map[bool]string{true: " (filed provisionally under seal)"}[p.sealed])
		}
		b.blocks = append(b.blocks, p.blocks...)
	}
	return b
}

// first opens a paper with its first page as Civil L.R. 3-4(a) lays it
// out: counsel's block in the upper left, then the title of the Court
// with its division, the title of the action, the case number (which
// ends with the judge's initials) and the title describing the paper.
// For another court the paper opens with the title of the Court: counsel's
// block is in the signature (Fed. R. Civ. P. 11(a)).
func (d *draft) first(p *paper) {
	o := d.o
	if d.rules.local {
		p.single(pdf.Body, "%s\n\nAttorneys for Respondent\n%s", d.counselBlock(), strings.ToUpper(o.Provider))
	}
	var court []string
	for _, part := range strings.Split(o.Court.Name, ",") {
		if part = strings.TrimSpace(part); part != "" {
			court = append(court, strings.ToUpper(part))
		}
	}
	p.single(pdf.Heading, "%s", strings.Join(court, "\n"))
	// The seed order's caption: "IN RE EX PARTE APPLICATION OF / HIDENORI
	// TAKAGI, / Applicant."
	p.single(pdf.Body, "IN RE EX PARTE APPLICATION OF\n%s,\n\nApplicant.", strings.ToUpper(o.Applicant))
	p.single(pdf.Body, "Case No. %s", o.CaseNumber)
	p.add(pdf.Heading, "%s", p.title)
	if o.Judge != "" {
		p.add(pdf.Body, "Judge: Hon. %s", o.Judge)
	}
}

// counselBlock is counsel's name and state bar number, email, firm,
// address and telephone, or blanks for them.
func (d *draft) counselBlock() string {
	c := d.in.Counsel
	if !d.signed {
		return strings.Join([]string{blank + " (State Bar No. ________)", blank + " (email)", blank + " (firm)", blank + " (address)", "Telephone: " + blank}, "\n")
	}
	lines := []string{fmt.Sprintf("%s (State Bar No. %s)", c.Name, c.BarNumber), c.Email}
	if c.Firm != "" {
		lines = append(lines, c.Firm)
	}
	lines = append(lines, c.Address...)
	lines = append(lines, "Telephone: "+c.Phone)
	return strings.Join(lines, "\n")
}

// counselContact is counsel's firm, address, e-mail and telephone, or
// blanks for them, as they follow counsel's name under the signature.
func (d *draft) counselContact() []string {
	c := d.in.Counsel
	if !d.signed {
		return []string{blank + " (firm)", blank + " (address)", blank + " (email)", "Telephone: " + blank}
	}
	var lines []string
	if c.Firm != "" {
		lines = append(lines, c.Firm)
	}
	lines = append(lines, c.Address...)
	return append(lines, c.Email, "Telephone: "+c.Phone)
}

// counselName is counsel's name, or a blank.
func (d *draft) counselName() string {
	if d.signed {
		return d.in.Counsel.Name
	}
	return blank
}

// signature closes a paper filed by counsel: the date, and the signature
// block with the line counsel signs on.
func (d *draft) signature(p *paper) {
	p.add(pdf.Body, "Dated: %s", long(d.in.Day))
	lines := []string{"Respectfully submitted,"}
	if d.signed && d.in.Counsel.Firm != "" && d.rules.local {
		lines = append(lines, "", d.in.Counsel.Firm)
	}
	lines = append(lines, "", "By: "+blank, d.counselName())
	if !d.rules.local {
		// Fed. R. Civ. P. 11(a): the paper states the signer's address,
		// e-mail address and telephone number (N.D. Cal.'s papers have
		// them on the first page).
		lines = append(lines, d.counselContact()...)
	}
	lines = append(lines, "Attorneys for Respondent "+d.o.Provider)
	p.single(pdf.Body, "%s", strings.Join(lines, "\n"))
}
