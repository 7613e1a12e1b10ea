package notice

import (
	"fmt"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/production/pdf"
)

// Record is what writ keeps of one sending of a notice, besides the text:
// the facts a court or an auditor asks about.
type Record struct {
	CaseID  string
	Account string
	SentAt  time.Time
	Lang    Lang
	// Recipients are where in the platform's records each address is, and
	// what the server said; never the addresses themselves.
	Recipients []string
	// Attachment names the copy of the order attached, with its SHA-256.
	Attachment string
	// TokenHash is the SHA-256 of the portal link's token ("" without a
	// portal). The token itself is not kept.
	TokenHash string
}

// Withhold replaces the portal link's token in a notice's text by a note
// that it was withheld and its SHA-256: the proof shows everything that was
// sent except the one secret writ must not keep, and the token, if it is
// ever produced, can be checked against it.
func Withhold(text, token, tokenHash string) string {
	if token == "" {
		return text
	}
	return strings.ReplaceAll(text, token, "[token withheld; SHA-256 "+tokenHash+"]")
}

// Proof renders the PDF kept as the proof of what was sent: a header with
// the record, then the subject and the text as sent (with the token
// withheld). It is a function of its input, so the same notice gives the
// same bytes and the same SHA-256.
func Proof(font *pdf.Font, n *Notice, text string, r Record) ([]byte, error) {
	f := n.Facts
	doc := pdf.New(font, pdf.Options{Title: "Notice to the holder of " + r.Account + ", Case No. " + f.CaseNumber, Created: r.SentAt})
	doc.Add(pdf.Title, "Proof of notice")
	doc.Add(pdf.Small, strings.Join([]string{
		fmt.Sprintf("Case %s (writ %s), %s", f.CaseNumber, r.CaseID, f.Court),
		fmt.Sprintf("Notice to the holder of the account %s, from %s", r.Account, f.Provider),
		fmt.Sprintf("Sent at %s (%s)", r.SentAt.UTC().Format("2006-01-02 15:04:05 UTC"), atEN(r.SentAt, f.CourtZone)),
		fmt.Sprintf("Language: %s", r.Lang),
	}, "\n"))
	if len(r.Recipients) > 0 {
		doc.Add(pdf.Small, "Recipients (where each address is in the platform's records; the addresses are not repeated here):\n"+strings.Join(r.Recipients, "\n"))
	}
	if r.Attachment != "" {
		doc.Add(pdf.Small, "Attached: "+r.Attachment)
	}
	if r.TokenHash != "" {
		doc.Add(pdf.Small, "The text below is the message as sent, except the portal link's token, which writ does not keep; its SHA-256 is "+r.TokenHash+".")
	}
	doc.Add(pdf.Heading, n.Subject)
	for _, para := range strings.Split(strings.TrimRight(text, "\n"), "\n\n") {
		doc.Add(pdf.Body, para)
	}
	res, err := doc.Render(func(page, pages int) pdf.Footer {
		return pdf.Footer{Left: fmt.Sprintf("Case No. %s · notice to %s", f.CaseNumber, r.Account), Right: fmt.Sprintf("%d / %d", page, pages)}
	})
	if err != nil {
		return nil, err
	}
	return res.PDF, nil
}
