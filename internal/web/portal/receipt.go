package portal

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/notice"
)

// ReceiptMailer e-mails an account holder the receipt of a submission, to
// the addresses the notice went to. The web layer knows no addresses.
type ReceiptMailer interface {
	MailReceipt(ctx context.Context, caseID, account string, r Receipt, lang notice.Lang) error
}

// Receipt is what the account holder is shown, and mailed, after a
// submission.
type Receipt struct {
	// Reference identifies the submission: the case, the objection's or
	// motion's ID and the first characters of the event's hash.
	Reference string
	Kind      string // "objection" or "motion"
	At        time.Time
	// Court is the time in the court's zone, in words.
	Court       string
	Docket      string
	Attachments []matter.Attachment
	// Text is what the holder wrote, as recorded; SealRequested whether
	// they asked that it be filed under seal.
	Text          string
	SealRequested bool
	Mailed        bool
	// Logged says the submission's event has its place in writ's log,
	// record LogIndex (from 0): the place an inclusion proof names
	// (writ audit prove), so that the holder can later check that what
	// they sent is in the log a signed checkpoint covers.
	Logged   bool
	LogIndex int64
	// ProofURL is where the holder fetches the inclusion proof of the
	// submission once the next checkpoint is signed (proofs.Path, with the
	// event's full record hash), and KeyURL the log's public key it checks
	// with; "" when writ signs no checkpoints.
	ProofURL, KeyURL string
}

// ReceiptMessage words the e-mail that confirms a submission to the
// account holder: its subject and plain text, in the portal's language.
func ReceiptMessage(r Receipt, account, caseNumber string, lang notice.Lang) (subject, text string) {
	w := wordsFor(lang)
	kind := w.KindObjection
	if r.Kind == "motion" {
		kind = w.KindMotion
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n", w.ReceiptTitle)
	fmt.Fprintf(&b, "%s: %s\n", kind, account)
	fmt.Fprintf(&b, "%s: %s\n", w.ReceiptRef, r.Reference)
	fmt.Fprintf(&b, "%s: %s (%s) · %s\n", w.ReceiptAt, r.Court, w.CourtTime, r.At.UTC().Format("2006-01-02 15:04 UTC"))
	if r.Docket != "" {
		fmt.Fprintf(&b, "%s: %s\n", w.ReceiptDocket, r.Docket)
	}
	for _, a := range r.Attachments {
		fmt.Fprintf(&b, "%s: %s (%d bytes, SHA-256 %s)\n", w.ReceiptFiles, a.Name, a.Size, a.SHA256)
	}
	if r.Logged {
		fmt.Fprintf(&b, "%s: %d\n", w.ReceiptLog, r.LogIndex)
	}
	if r.ProofURL != "" {
		fmt.Fprintf(&b, "%s: %s\n", w.ReceiptProof, r.ProofURL)
	}
	if r.SealRequested {
		fmt.Fprintf(&b, "%s\n", w.SealAskedDone)
	}
	if r.Text != "" {
		fmt.Fprintf(&b, "\n%s:\n%s\n", w.ReceiptText, r.Text)
	}
	fmt.Fprintf(&b, "\n%s\n", w.ReceiptKeep)
	// The proof's own note, where there is a link to it, says what the
	// place's note says and more.
	if r.ProofURL != "" {
		fmt.Fprintf(&b, "%s\n", fmt.Sprintf(w.ReceiptProofNote, r.KeyURL))
	} else if r.Logged {
		fmt.Fprintf(&b, "%s\n", w.ReceiptLogNote)
	}
	return fmt.Sprintf(w.ReceiptSubject, w.ReceiptTitle, kind, caseNumber, r.Reference), b.String()
}
