package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/config"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/notice/mail"
	"github.com/writ-project/writ/internal/production/pdf"
	"github.com/writ-project/writ/internal/source"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web"
	"github.com/writ-project/writ/internal/web/portal"
)

// serveNotices sets up sending notices and receipts from writ serve when
// an SMTP server is configured (WRIT_SMTP_HOST): the notices go through
// notice.Sender over the platform's records, with portal links to this
// server (WRIT_PORTAL_URL, else BASE/portal). Without a server, or without
// the platform's records, nothing is set and staff record notices given
// otherwise.
//
// outbox, when set and no SMTP server is configured (the demo), is a
// folder where the notices and receipts are written as .eml files instead.
func serveNotices(cfg config.Config, env Env, svc *cases.Service, srv *web.Server, base, outbox string) error {
	tmpl, err := noticeTemplates(cfg)
	if err != nil {
		return err
	}
	srv.Notices = tmpl
	if cfg.Notice.SMTPHost == "" && outbox == "" {
		return nil
	}
	if srv.Production == nil || srv.Production.Source == nil {
		// Notices go to the addresses in the platform's records.
		srv.Log.Warn("WRIT_SMTP_HOST is set, but the platform's records are not (WRIT_SOURCE): notices cannot be sent from this server")
		return nil
	}
	var mc *mail.Client
	if cfg.Notice.SMTPHost == "" {
		if cfg.Notice.From == "" {
			cfg.Notice.From = "Platform legal <legal@platform.example>"
		}
		mc, err = mail.New(mail.Config{Outbox: outbox, From: cfg.Notice.From})
	} else {
		mc, err = mailClient(cfg)
	}
	if err != nil {
		return err
	}
	// The people page mails its invitations the way notices go.
	srv.Mail = mc
	fontPath := cfg.Font
	if srv.Production.Font != "" {
		fontPath = srv.Production.Font
	}
	// A WRIT_FONT that cannot be used stops writ serve as it starts, rather
	// than the first notice staff send.
	if _, err := openFont(config.Config{Font: fontPath}); err != nil {
		return err
	}
	portal := cfg.Notice.PortalURL
	if portal == "" {
		portal = base + "/portal"
	}
	tokens, _ := store.TokensOf(svc.Store)
	open := srv.Production.Source
	srv.SendNotices = func(ctx context.Context, caseID string, accounts []string, resend bool, actor string) ([]notice.Outcome, error) {
		// Each sending has a font of its own: a Font is not for two
		// documents at once. The font writ embeds, unless WRIT_FONT names
		// another.
		font, err := pdf.OpenFont(fontPath)
		if err != nil {
			return nil, fault.Wrap(fault.Internal, err, "the font for the proof PDF cannot be used (WRIT_FONT)")
		}
		src, err := open()
		if err != nil {
			return nil, err
		}
		defer src.Close()
		s := &notice.Sender{Cases: svc, Tokens: tokens, Source: src, Mail: mc, Templates: tmpl, Font: font, From: cfg.Notice.From,
			PortalBase: portal, Now: env.Now, Actor: actor}
		// The copy of the order attached is the court's document taken in
		// at intake, when there is one; else the order as entered (JSON).
		c, err := svc.Load(ctx, caseID)
		if err != nil {
			return nil, err
		}
		if st := matter.Apply(c.Events, env.Now()); st.OrderDocument != "" {
			b, err := svc.Store.Blob(ctx, caseID, st.OrderDocument)
			if err != nil {
				return nil, err
			}
			s.Attachment = &mail.Attachment{Name: st.OrderDocumentName, ContentType: contentType(st.OrderDocumentName), Data: b}
		}
		return s.Send(ctx, caseID, accounts, resend)
	}
	srv.Receipts = receiptMailer{cases: svc, source: open, mail: mc}
	return nil
}

// receiptMailer mails an account holder the receipt of a submission made
// through the portal, to the verified addresses the notice went to.
type receiptMailer struct {
	cases  *cases.Service
	source func() (source.Source, error)
	mail   *mail.Client
}

// MailReceipt mails the receipt. Addresses are read from the platform's
// records here and go nowhere else.
func (m receiptMailer) MailReceipt(ctx context.Context, caseID, account string, r portal.Receipt, lang notice.Lang) error {
	c, err := m.cases.Load(ctx, caseID)
	if err != nil {
		return err
	}
	acc := matter.Apply(c.Events, r.At).Accounts[account]
	if acc == nil || acc.AccountID == "" {
		return errors.New("the account is not resolved: no address to mail the receipt to")
	}
	src, err := m.source()
	if err != nil {
		return err
	}
	defer src.Close()
	contacts, err := notice.Contacts(ctx, src, acc.AccountID)
	if err != nil {
		return err
	}
	if len(contacts) == 0 {
		return errors.New("the account has no verified address")
	}
	subject, text := portal.ReceiptMessage(r, account, c.Order.CaseNumber, lang)
	var msgs []mail.Message
	for _, ct := range contacts {
		msgs = append(msgs, mail.Message{To: ct.Address, Subject: subject, Text: text, Language: lang.ContentLanguage(), Date: r.At})
	}
	sent, err := m.mail.Send(ctx, msgs)
	if err != nil {
		return err
	}
	for _, s := range sent {
		if s.Err == nil {
			return nil
		}
	}
	if len(sent) == 0 {
		return errors.New("no message was sent")
	}
	return fmt.Errorf("no address took the receipt: %w", sent[0].Err)
}
