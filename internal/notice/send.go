package notice

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/notice/mail"
	"github.com/writ-project/writ/internal/production/pdf"
	"github.com/writ-project/writ/internal/source"
	"github.com/writ-project/writ/internal/store"
)

// Sender sends the notices of a case by e-mail and records them.
//
// For each account it reads the holder's verified addresses and time zone
// from the platform's records, issues a portal token, writes the notice,
// sends one message per address, keeps the proof PDF as a blob, and records
// notice_sent (at least one address took it) or notice_failed (none did, or
// there was no verified address). Events carry where each address is in
// the platform's records, never the address: the event log is kept forever
// and is read by the court too.
type Sender struct {
	Cases     *cases.Service
	Tokens    store.TokenStore
	Source    source.Source
	Mail      *mail.Client
	Templates *Templates
	Font      *pdf.Font
	// From is the address notices come from; the notice gives it as the
	// place to write to.
	From string
	// PortalBase is the portal's address; a notice's link is PortalBase,
	// "/" and the token. "" sends notices without a link (and issues no
	// token): the holder then objects by writing to From.
	PortalBase string
	// Lang is the language of the notices; Auto follows the order.
	Lang Lang
	// Attachment is the copy of the order attached, the court's document
	// (such as its PDF). Nil attaches the court's document kept at intake
	// when it is a PDF, else a PDF rendering of the order as entered
	// (RenderOrder), marked as the platform's and not the court's. Never
	// JSON: the order goes to a person.
	Attachment *mail.Attachment
	// Now is the shell's clock: when the notices are given.
	Now func() time.Time
	// Actor is who sends them (the signed-in user); "" is the case
	// service's Actor (the command line's person).
	Actor string
}

// Outcome is what happened to one account's notice.
type Outcome struct {
	Account string `json:"account"`
	// Status is "sent", "failed" or "skipped".
	Status string `json:"status"`
	// Sent and Of count the addresses that took the message, of those
	// tried.
	Sent int `json:"sent"`
	Of   int `json:"of"`
	// Reason says why a notice failed or was skipped.
	Reason string `json:"reason,omitempty"`
	// Digest is the SHA-256 of the proof PDF.
	Digest string `json:"digest,omitempty"`
	Lang   Lang   `json:"lang,omitempty"`
}

// The statuses of an Outcome.
const (
	StatusSent    = "sent"
	StatusFailed  = "failed"
	StatusSkipped = "skipped"
)

// Send sends the notices of a case: to the accounts named, or to every
// resolved account that has no notice in effect. A notice already in
// effect is sent again only when resend is set (a new notice restarts the
// holder's windows). The error is for what stops everything (the case, the
// SMTP server); what happens to each account is in its Outcome.
func (s *Sender) Send(ctx context.Context, caseID string, accounts []string, resend bool) ([]Outcome, error) {
	c, err := s.Cases.Load(ctx, caseID)
	if err != nil {
		return nil, err
	}
	if a := s.Attachment; a != nil && (strings.Contains(strings.ToLower(a.ContentType), "json") || strings.HasSuffix(strings.ToLower(a.Name), ".json")) {
		return nil, &fault.Error{Code: fault.Invalid, Field: "order-file",
			Message: "a notice carries the court's order as the court wrote it (its PDF), never as JSON, which the account holder cannot read; attach the court's document, or nothing for a PDF rendering of the order"}
	}
	now := s.Now()
	st := matter.Apply(c.Events, now)
	if st.Service == nil {
		return nil, fault.Errorf(fault.Refused, "the subpoena has not been served: notices are owed from service, record it first")
	}
	if len(accounts) == 0 {
		for _, t := range st.Order.Targets {
			if a := st.Accounts[t.Label]; resend || a == nil || a.Notice == nil {
				accounts = append(accounts, t.Label)
			}
		}
	}
	var out []Outcome
	for _, label := range accounts {
		if _, ok := st.Order.Target(label); !ok {
			return out, &fault.Error{Code: fault.Invalid, Field: "account", Message: fmt.Sprintf("%q is not a target of the order", label)}
		}
		a := st.Accounts[label]
		switch {
		case a == nil || a.AccountID == "":
			out = append(out, Outcome{Account: label, Status: StatusSkipped, Reason: "the target has not been resolved to an account of the platform (writ preserve resolves it)"})
			continue
		case a.Notice != nil && !resend:
			out = append(out, Outcome{Account: label, Status: StatusSkipped,
				Reason: fmt.Sprintf("notice was given on %s; sending again restarts the holder's windows (use resend)", a.Notice.Sent.In(c.Calendar.Location).Format(time.DateOnly))})
			continue
		}
		o, err := s.one(ctx, c, label, a.AccountID, now)
		if err != nil {
			return out, err
		}
		out = append(out, o)
	}
	return out, nil
}

// one sends the notice to one account.
func (s *Sender) one(ctx context.Context, c *cases.Case, label, accountID string, now time.Time) (Outcome, error) {
	o := Outcome{Account: label}
	contacts, err := Contacts(ctx, s.Source, accountID)
	if err != nil {
		return o, err
	}
	zone, err := HolderZone(ctx, s.Source, accountID)
	if err != nil {
		return o, err
	}
	f, err := Prepare(Input{Events: c.Events, Calendar: c.Calendar, Account: label, At: now, HolderZone: zone, ReplyTo: s.From})
	if err != nil {
		return o, err
	}
	lang := s.Lang.For(c.Order)
	o.Lang = lang
	if len(contacts) == 0 {
		o.Status, o.Reason = StatusFailed, "the platform's records hold no current, verified e-mail address for the account"
		return o, s.record(ctx, c.ID, matter.Event{Type: matter.NoticeFailed, At: now, Account: label, Method: "email", Note: o.Reason})
	}

	var token, tokenHash string
	if s.PortalBase != "" {
		f.PortalExpires = f.TokenExpiry()
		// The portal cannot read the platform's records: the zone found
		// in them is kept with the token, so that the portal states the
		// deadlines in the time this notice does.
		nt := store.NewToken{CaseID: c.ID, Account: label, IssuedAt: now, ExpiresAt: f.PortalExpires}
		if zone != nil {
			nt.HolderZone = zone.String()
		}
		if token, err = s.Tokens.IssueToken(ctx, nt); err != nil {
			return o, err
		}
		tokenHash = store.TokenHash(token)
		f.PortalURL = strings.TrimRight(s.PortalBase, "/") + "/" + token
	}
	att, copied, err := s.attachment(ctx, c, lang)
	if err != nil {
		return o, err
	}
	f.Copy = copied
	n, err := s.Templates.Write(f, lang)
	if err != nil {
		return o, err
	}
	// The proof of the notice is rendered after the mail goes out (it
	// names the message ids); a font that cannot set it is found now,
	// before anything is sent, so that no notice goes out without a proof.
	if missing := s.Font.Missing(n.Subject, n.Text, label, f.CaseNumber, f.Court, f.Provider); len(missing) > 0 {
		return o, fault.Errorf(fault.Refused, "the notice to %s was not sent: the font cannot set %s for its proof; set WRIT_FONT to a font that has them (the embedded one does)",
			label, pdf.CharList(missing))
	}
	msgs := make([]mail.Message, len(contacts))
	for i, ct := range contacts {
		msgs[i] = mail.Message{To: ct.Address, Subject: n.Subject, Text: n.Text, Language: lang.ContentLanguage(), Date: now,
			Attachments: []mail.Attachment{att}}
	}
	sent, err := s.Mail.Send(ctx, msgs)
	if err != nil {
		// Nothing was sent: the server could not be reached or refused
		// writ itself. No event: the holder was not tried.
		return o, fault.Wrap(fault.Internal, err, "the notice to %s was not sent: %v", label, err)
	}

	o.Of = len(sent)
	var recipients, failures []string
	for i, r := range sent {
		where := contacts[i].Ref
		if where == "" {
			where = fmt.Sprintf("e-mail record %d", i+1)
		}
		if contacts[i].Kind != "" {
			where += " (" + contacts[i].Kind + ")"
		}
		if r.Err != nil {
			recipients = append(recipients, where+": "+r.Err.Error())
			failures = append(failures, r.Err.Error())
			continue
		}
		o.Sent++
		recipients = append(recipients, where+": accepted, Message-ID "+r.MessageID)
	}
	sum := sha256.Sum256(att.Data)
	rec := Record{CaseID: c.ID, Account: label, SentAt: now, Lang: lang, Recipients: recipients, TokenHash: tokenHash,
		Attachment: att.Name + " (SHA-256 " + hex.EncodeToString(sum[:]) + ")"}
	proof, err := Proof(s.Font, n, Withhold(n.Text, token, tokenHash), rec)
	if err != nil {
		return o, fault.Wrap(fault.Internal, err, "could not render the proof of the notice to %s", label)
	}
	proofSum := sha256.Sum256(proof)
	o.Digest = hex.EncodeToString(proofSum[:])

	note := fmt.Sprintf("e-mail (%s) to %d of %d verified addresses: %s; attached %s", lang, o.Sent, o.Of, strings.Join(recipients, "; "), rec.Attachment)
	if tokenHash != "" {
		note += fmt.Sprintf("; portal link token SHA-256 %s, valid until %s", tokenHash, f.PortalExpires.UTC().Format(time.RFC3339))
	}
	e := matter.Event{Type: matter.NoticeSent, At: now, Account: label, Method: "email", Digest: o.Digest, Note: note}
	o.Status = StatusSent
	if o.Sent == 0 {
		e.Type, o.Status = matter.NoticeFailed, StatusFailed
		o.Reason = "no address took the message: " + strings.Join(dedupe(failures), "; ")
		e.Note = o.Reason + " (" + note + ")"
	}
	// The proof is kept with the event that names it.
	return o, s.record(ctx, c.ID, e, proof)
}

func (s *Sender) record(ctx context.Context, caseID string, e matter.Event, blobs ...[]byte) error {
	e.Actor = s.Actor
	_, err := s.Cases.RecordWith(ctx, caseID, e, "", blobs...)
	return err
}

// attachment is the copy of the order the notice carries, and what it
// is: the one given, else the court's PDF kept at intake, else the
// platform's rendering of the order as entered.
func (s *Sender) attachment(ctx context.Context, c *cases.Case, lang Lang) (mail.Attachment, Copy, error) {
	if s.Attachment != nil {
		return *s.Attachment, CopyCourt, nil
	}
	if st := matter.Apply(c.Events, time.Time{}); st.OrderDocument != "" {
		b, err := s.Cases.Store.Blob(ctx, c.ID, st.OrderDocument)
		if err != nil {
			return mail.Attachment{}, "", err
		}
		// A text kept at intake is what the reader extracted, with its
		// page furniture: the rendering reads better, and says what it is.
		if bytes.HasPrefix(bytes.TrimSpace(b), []byte("%PDF-")) {
			return mail.Attachment{Name: st.OrderDocumentName, ContentType: "application/pdf", Data: b}, CopyCourt, nil
		}
	}
	if s.Font == nil {
		return mail.Attachment{}, "", fault.Errorf(fault.Internal, "notice: no font to render the order in")
	}
	b, err := RenderOrder(s.Font, c.Order, lang)
	if err != nil {
		return mail.Attachment{}, "", fault.Wrap(fault.Internal, err, "could not render the order to attach it: %s", err)
	}
	return mail.Attachment{Name: RenderingName(c.Order), ContentType: "application/pdf", Data: b}, CopyRendering, nil
}

func dedupe(ss []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
