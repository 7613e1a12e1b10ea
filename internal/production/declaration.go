package production

import (
	"fmt"
	"strings"

	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/production/pdf"
)

// Declaration files in the payload.
const (
	DeclarationPDF  = "declaration-902-11.pdf"
	DeclarationText = "declaration-902-11.txt"
)

// declarationText drafts the declaration of the platform's records
// custodian, made under 28 U.S.C. § 1746, for the production. It certifies
// what Fed. R. Evid. 902(11) lets a custodian certify: that the platform's
// own records, from which the production was compiled (the underlying
// records), meet Rule 803(6)(A)-(C) — made at or near the time by, or from
// information transmitted by, someone with knowledge; kept in the course
// of a regularly conducted activity; made as a regular practice of it. The
// PDF summaries and CSV files are not such records: writ prepared them for
// this production, so the declaration describes them as what they are,
// compilations of the underlying records (Rule 1006), and identifies them
// by Bates number and SHA-256. It is a draft: the custodian reads it,
// corrects it, and signs it; its pages are not Bates-numbered, since the
// signed declaration replaces it.
func declarationText(b *builder, m *Manifest) []string {
	in, o := b.in, b.in.Order
	custodian := in.Custodian
	if custodian == "" {
		custodian = "[NAME AND TITLE OF THE RECORDS CUSTODIAN]"
	}
	var accounts, ranges []string
	logs := false
	categories := map[string]bool{}
	var kept []string
	for _, a := range m.Accounts {
		accounts = append(accounts, a.Label)
		ranges = append(ranges, fmt.Sprintf("%s, Bates %s through %s", a.Label, a.Bates.First, a.Bates.Last))
		logs = logs || a.AccessLog != nil
		for _, c := range a.Categories {
			title := strings.ToLower(categoryTitles[c.Category])
			if title == "" {
				title = string(c.Category)
			}
			if !categories[title] {
				categories[title] = true
				kept = append(kept, title)
			}
		}
	}
	var files []string
	for _, f := range b.files {
		files = append(files, fmt.Sprintf("%s, SHA-256 %s", f.Path, f.SHA256))
	}
	underlying := fmt.Sprintf("the account records in which %s keeps what is registered with each account", o.Provider)
	if len(kept) > 0 {
		underlying += " (for this production: " + strings.Join(kept, "; ") + ")"
	}
	if logs {
		underlying += fmt.Sprintf(", and the access logs in which %s's systems record each access to an account with its date, time and IP address", o.Provider)
	}
	compiled := "a summary in PDF for each account"
	if logs {
		compiled += ", and the access-log entries of each account as CSV files"
	}
	var excluded []string
	for _, f := range o.ExcludedFields {
		excluded = append(excluded, fieldWords(f))
	}
	excludedText := ""
	if len(excluded) > 0 {
		excludedText = " As the order requires, the production does not contain " + wordList(excluded, "or") + "; those fields were not extracted from " + o.Provider + "'s systems."
	}
	standard := "documents sufficient to show the information the order's requests describe"
	for _, r := range o.Requests {
		if r.Standard == order.AllDocuments {
			standard = "the documents the order's requests describe"
		}
	}
	return []string{
		"DRAFT — FOR REVIEW AND SIGNATURE BY THE RECORDS CUSTODIAN",
		strings.ToUpper(o.Court.Name),
		fmt.Sprintf("In re Ex Parte Application of %s, Applicant. Case No. %s.", o.Applicant, o.CaseNumber),
		"DECLARATION OF RECORDS CUSTODIAN CERTIFYING RECORDS OF A REGULARLY CONDUCTED ACTIVITY (Fed. R. Evid. 902(11), 803(6)), AND THE SUMMARIES COMPILED FROM THEM (Fed. R. Evid. 1006)",
		fmt.Sprintf("I, %s, declare:", custodian),
		fmt.Sprintf("1. I am employed by %s as a custodian of records, or am otherwise qualified by my familiarity with %s's record-keeping practices, to make this declaration. I have personal knowledge of the matters stated here.", o.Provider, o.Provider),
		fmt.Sprintf("2. %s produces the accompanying files in response to a subpoena served under the order entered on %s by the %s in Case No. %s (%s, %s) under %s. The production was built on %s.",
			o.Provider, o.Date, o.Court.Name, o.CaseNumber, o.Judge, o.JudgeTitle, o.Statute, in.ResponseDate),
		fmt.Sprintf("3. The production concerns the following accounts: %s. It was compiled from records of %s about those accounts (the underlying records): %s.",
			strings.Join(accounts, "; "), o.Provider, underlying),
		fmt.Sprintf("4. The underlying records (A) were made at or near the time of the occurrence of the matters set forth, by — or from information transmitted by — someone with knowledge of those matters; (B) were kept in the course of %s's regularly conducted activity of business; and (C) were made as a regular practice of that activity (Fed. R. Evid. 803(6)(A)-(C)).", o.Provider),
		fmt.Sprintf("5. The files of the production are not records made at or near the time of the matters they show. They are compilations of the underlying records, prepared from them for this production on %s (Fed. R. Evid. 1006): %s. The summaries are Bates-numbered %s through %s (%d pages: %s). The files are the following, listed with their SHA-256 digests in the production's manifest: %s. Each name, address, number, time and IP address they show is as the underlying records hold it; their headings, the order's requests, categories and windows, the counts, and the times restated in the court's time zone are the compilation's. %s keeps the underlying records, so that they can be made available for examination or copying (Fed. R. Evid. 1006(b)).",
			in.ResponseDate, compiled, m.Bates.First, m.Bates.Last, m.Bates.Pages, strings.Join(ranges, "; "), strings.Join(files, "; "), o.Provider),
		"6. The production is limited as the order requires: " + standard + ", for the categories and the periods of time the order allows." + excludedText,
		"7. The order restricts the use of the information produced: " + strings.TrimSpace(o.UseRestriction.Text),
		"I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct (28 U.S.C. § 1746).",
		"Executed on ____________________ at ____________________.",
		"____________________________________\n" + custodian,
	}
}

// declaration writes the draft declaration as text and as PDF.
func (b *builder) declaration(m *Manifest) error {
	paras := declarationText(b, m)
	text := strings.Join(paras, "\n\n") + "\n"
	if err := b.writeFile(DeclarationText, []byte(text)); err != nil {
		return err
	}
	if _, err := b.recordFile(DeclarationText, "declaration_text", "", nil); err != nil {
		return err
	}
	o := b.in.Order
	doc := pdf.New(b.font, pdf.Options{Title: "Draft declaration of records custodian, Case No. " + o.CaseNumber, Created: b.in.Now})
	for i, p := range paras {
		style := pdf.Body
		switch i {
		case 0, 3:
			style = pdf.Heading
		}
		doc.Add(style, p)
		doc.Add(pdf.Small, "")
	}
	res, err := doc.Render(func(page, pages int) pdf.Footer {
		return pdf.Footer{Left: fmt.Sprintf("DRAFT · Declaration of records custodian · Case No. %s · page %d of %d", o.CaseNumber, page, pages)}
	})
	if b.noteMissing(err) {
		return nil
	}
	if err != nil {
		return err
	}
	b.findings = append(b.findings, scanLaidOutText("data/"+DeclarationPDF, res.Text, b.exempt)...)
	if err := b.writeFile(DeclarationPDF, res.PDF); err != nil {
		return err
	}
	_, err = b.recordFile(DeclarationPDF, "declaration", "", nil)
	return err
}

// wordList joins words as a sentence does: "a, b or c".
func wordList(words []string, conj string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " " + conj + " " + words[len(words)-1]
}
