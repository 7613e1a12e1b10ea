package cli

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/writ-project/writ/internal/config"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/notice/mail"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/store"
)

func newNotice(env Env, db *dbFlags) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "notice",
		Short: "Preview and send the notices the order requires to each account holder",
		Long: `A notice tells an account holder, in plain words, who asks for what about
them, under which order, what they can do (object in writing to the
platform, or move the court to quash or modify the subpoena), where, and
by which day, in the court's time zone and in theirs.

Notices are in English, Japanese, or both: both when the order's foreign
proceedings are in Japan, English otherwise, unless --lang says. The words
are in templates a legal team may override without recompiling: put
en.tmpl, ja.tmpl or both.tmpl (copies of internal/words/notice) in the
folder WRIT_NOTICE_TEMPLATES names.`,
	}
	cmd.AddCommand(newNoticePreview(env, db), newNoticeSend(env, db))
	return cmd
}

// noticeTemplates loads the templates, the embedded ones overridden from
// WRIT_NOTICE_TEMPLATES.
func noticeTemplates(cfg config.Config) (*notice.Templates, error) {
	t, err := notice.LoadTemplates(cfg.Notice.Templates)
	if err != nil {
		return nil, errors.New(fault.Message(err))
	}
	return t, nil
}

// noticeSetup reads what both notice commands need: the language asked
// for, the configuration and the notice templates.
func noticeSetup(env Env, lang string) (notice.Lang, config.Config, *notice.Templates, error) {
	l, err := notice.ParseLang(lang)
	if err != nil {
		return l, config.Config{}, nil, flagError("lang", errors.New(fault.Message(err)))
	}
	cfg, err := config.Load(env.Getenv, env.ReadFile)
	if err != nil {
		return l, cfg, nil, err
	}
	tmpl, err := noticeTemplates(cfg)
	return l, cfg, tmpl, err
}

// mailClient is the SMTP client the configuration names.
func mailClient(cfg config.Config) (*mail.Client, error) {
	return mail.New(mail.Config{Host: cfg.Notice.SMTPHost, Port: cfg.Notice.SMTPPort, Security: mail.Security(cfg.Notice.SMTPTLS),
		User: cfg.Notice.SMTPUser, Password: cfg.Notice.SMTPPassword, From: cfg.Notice.From})
}

func newNoticePreview(env Env, db *dbFlags) *cobra.Command {
	var account, lang, now, spec, portal string
	cmd := &cobra.Command{
		Use:   "preview CASE --account LABEL [--lang en|ja|both] [--now DATE]",
		Short: "Print the notice to one account holder as it would be sent, as plain text",
		Long: `Print the subject and text of the notice to the holder of the account
LABEL (its label in the order) as it would be sent at --now (default now):
the holder's windows are counted from that day. Nothing is sent or
recorded, and no portal link is made; the link's token is shown as
{token}.

The holder's time zone comes from the platform's records (--source or
WRIT_SOURCE) when they hold a verified telephone number of a country with
one time zone; without a source, the notice states the deadline in UTC.`,
		Example: "  writ notice preview c-abc --account Aya@ay_chim0807 --lang ja --now 2022-10-21",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if account == "" {
				return errors.New("--account is required: the account's label in the order")
			}
			l, cfg, tmpl, err := noticeSetup(env, lang)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			k, done, err := db.openCase(ctx, env, args[0], "now", now, true)
			if err != nil {
				return err
			}
			defer done()
			if _, ok := k.c.Order.Target(account); !ok {
				return flagError("account", fmt.Errorf("%q is not a target of the order (targets: %s)", account, targetLabels(k.c.Order.Targets)))
			}
			in := notice.Input{Events: k.c.Events, Calendar: k.c.Calendar, Account: account, At: k.at, ReplyTo: cfg.Notice.From}
			if portal == "" {
				portal = cfg.Notice.PortalURL
			}
			src, err := openSource(spec, cfg, true)
			if err != nil {
				return err
			}
			if src != nil {
				defer src.Close()
				if a := matter.Apply(k.c.Events, time.Time{}).Accounts[account]; a != nil && a.AccountID != "" {
					if in.HolderZone, err = notice.HolderZone(ctx, src, a.AccountID); err != nil {
						return fail(err)
					}
				}
			}
			f, err := notice.Prepare(in)
			if err != nil {
				return fail(err)
			}
			if portal != "" {
				f.PortalURL = strings.TrimRight(portal, "/") + "/{token}"
				f.PortalExpires = f.TokenExpiry()
			}
			n, err := tmpl.Write(f, l.For(k.c.Order))
			if err != nil {
				return fail(err)
			}
			fmt.Fprintf(env.Stdout, "Subject: %s\nContent-Language: %s\n\n%s", n.Subject, n.Lang.ContentLanguage(), n.Text)
			return nil
		},
	}
	cmd.Flags().StringVar(&account, "account", "", "the account's label in the order (required)")
	cmd.Flags().StringVar(&lang, "lang", "", "en, ja or both (default: both when the foreign proceedings are in Japan, else en)")
	cmd.Flags().StringVar(&now, "now", "", "the day (or YYYY-MM-DDTHH:MM, court time) the notice would be given (default now)")
	cmd.Flags().StringVar(&spec, "source", "", "the platform's records, for the holder's time zone: demo:DIR or a connector config file (default WRIT_SOURCE)")
	cmd.Flags().StringVar(&portal, "portal-url", "", "the portal's base address (default WRIT_PORTAL_URL); none leaves the link out")
	return cmd
}

func targetLabels(ts []order.Target) string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Label)
	}
	return strings.Join(out, ", ")
}

func newNoticeSend(env Env, db *dbFlags) *cobra.Command {
	var accounts []string
	var lang, spec, portal, orderFile string
	var resend, asJSON bool
	cmd := &cobra.Command{
		Use:   "send CASE [--account LABEL] [--portal-url BASE]",
		Short: "Send the notices by e-mail through the configured SMTP server and record them",
		Long: `Send the notice to each account holder that has none in effect (or to the
accounts named with --account), now. Each notice goes, as its own message,
to every current and verified e-mail address the platform's records
(--source or WRIT_SOURCE) hold for the account, with a copy of the order
attached (--order-file; else the court's document kept when the order was
taken in; else a PDF rendering of the order's terms, named as such; never
the order's JSON) and the holder's
own portal link (BASE/TOKEN; the token opens the portal until 30 days after
the holder's last deadline, and a submission uses it up).

Each notice is recorded: notice_sent when at least one address took it,
notice_failed (with the reason) when none did or the account has no
verified address, so that the case shows staff a task to give notice
another way. The event names where each address is in the platform's
records, never the address. A PDF of the notice as sent (without the
link's token) is kept with the case; its SHA-256 is the event's digest.

A notice already given is not sent again unless --resend: a new notice
restarts the holder's windows.

The SMTP server: WRIT_SMTP_HOST, WRIT_SMTP_PORT (587), WRIT_SMTP_TLS
(starttls, tls or none), WRIT_SMTP_USER, WRIT_SMTP_PASSWORD or
WRIT_SMTP_PASSWORD_FILE, WRIT_SMTP_FROM.

Exit status: 0 when every notice went out; 1 when any failed or was
skipped, or the server could not be reached; 2 for bad input.`,
		Example: "  WRIT_SMTP_HOST=smtp.example WRIT_SMTP_FROM=legal@platform.example \\\n    writ notice send c-abc --source demo:./demo --portal-url https://writ.example/portal",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			l, cfg, tmpl, err := noticeSetup(env, lang)
			if err != nil {
				return err
			}
			ctx := cmd.Context()
			mc, err := mailClient(cfg)
			if err != nil {
				return err
			}
			font, err := openFont(cfg)
			if err != nil {
				return err
			}
			var att *mail.Attachment
			if orderFile != "" {
				b, err := env.ReadFile(orderFile)
				if err != nil {
					return flagError("order-file", err)
				}
				att = &mail.Attachment{Name: baseName(orderFile), ContentType: contentType(orderFile), Data: b}
			}
			if portal == "" {
				portal = cfg.Notice.PortalURL
			}
			svc, err := db.open(ctx, env)
			if err != nil {
				return err
			}
			defer svc.Store.Close()
			tokens, ok := store.TokensOf(svc.Store)
			if !ok && portal != "" {
				return failure{errors.New("this database keeps no portal tokens")}
			}
			src, err := openSource(spec, cfg, false)
			if err != nil {
				return err
			}
			defer src.Close()
			s := &notice.Sender{Cases: svc, Tokens: tokens, Source: src, Mail: mc, Templates: tmpl, Font: font, From: cfg.Notice.From,
				PortalBase: portal, Lang: l, Attachment: att, Now: env.Now}
			out, err := s.Send(ctx, args[0], accounts, resend)
			if asJSON && out != nil {
				if perr := printJSON(env.Stdout, out); perr != nil {
					return perr
				}
			} else {
				for _, o := range out {
					switch o.Status {
					case notice.StatusSent:
						fmt.Fprintf(env.Stdout, "Sent the notice to %s (%s) to %d of %d verified addresses; proof %s.\n", o.Account, o.Lang, o.Sent, o.Of, o.Digest)
					case notice.StatusFailed:
						fmt.Fprintf(env.Stdout, "The notice to %s failed: %s. Recorded; give notice another way.\n", o.Account, o.Reason)
					default:
						fmt.Fprintf(env.Stdout, "Not sent to %s: %s.\n", o.Account, o.Reason)
					}
				}
			}
			if err != nil {
				return fail(err)
			}
			if len(out) == 0 {
				fmt.Fprintln(env.Stderr, "Every account holder has a notice in effect; nothing was sent.")
			}
			bad := 0
			for _, o := range out {
				if o.Status != notice.StatusSent {
					bad++
				}
			}
			if bad > 0 {
				return failure{fmt.Errorf("%d of %d notices were not sent", bad, len(out))}
			}
			return nil
		},
	}
	cmd.Flags().StringArrayVar(&accounts, "account", nil, "send only to this account (its label in the order); repeat for several")
	cmd.Flags().StringVar(&lang, "lang", "", "en, ja or both (default: both when the foreign proceedings are in Japan, else en)")
	cmd.Flags().StringVar(&spec, "source", "", "the platform's records: demo:DIR or a connector config file (default WRIT_SOURCE)")
	cmd.Flags().StringVar(&portal, "portal-url", "", "the portal's base address (default WRIT_PORTAL_URL); none sends notices without a link")
	cmd.Flags().StringVar(&orderFile, "order-file", "", "the file of the order to attach, e.g. the court's PDF (default: the court's document kept at intake, else a PDF rendering of the order)")
	cmd.Flags().BoolVar(&resend, "resend", false, "send again to accounts that have a notice in effect (restarts their windows)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the outcome of each notice as JSON")
	return cmd
}

func baseName(path string) string {
	if i := strings.LastIndexAny(path, `/\`); i >= 0 {
		return path[i+1:]
	}
	return path
}

// contentType guesses the type of an attached order by its extension.
func contentType(path string) string {
	switch p := strings.ToLower(path); {
	case strings.HasSuffix(p, ".pdf"):
		return "application/pdf"
	case strings.HasSuffix(p, ".json"):
		return "application/json"
	case strings.HasSuffix(p, ".txt"), strings.HasSuffix(p, ".md"):
		return "text/plain; charset=utf-8"
	}
	return "application/octet-stream"
}
