// Package mail sends e-mail through an SMTP server. It wraps
// github.com/wneessen/go-mail, so that a change of mail library stays here.
//
// Each message goes to one recipient, in its own SMTP transaction: a
// recipient the server refuses then fails only its own message, and no
// recipient sees another's address. Errors never carry an address or the
// server's free text (which often quotes the address): only the stage that
// failed and the SMTP codes, so that they can be logged and stored.
package mail

import (
	"bytes"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net/mail"
	"os"
	"path/filepath"
	"strings"
	"time"

	gomail "github.com/wneessen/go-mail"
)

// Security is how the connection to the server is protected.
type Security string

// The kinds of security (WRIT_SMTP_TLS).
const (
	// StartTLS upgrades a plain connection (port 587) and refuses to go on
	// without it.
	StartTLS Security = "starttls"
	// ImplicitTLS speaks TLS from the first byte (port 465).
	ImplicitTLS Security = "tls"
	// NoTLS sends in the clear: for a relay on the same host or network.
	NoTLS Security = "none"
)

// Config is how to reach the SMTP server.
type Config struct {
	Host     string
	Port     int
	Security Security
	// User and Password authenticate when User is set.
	User, Password string
	// From is the sender's address, as "Name <addr>" or a bare address.
	From string
	// TLS overrides the TLS settings (tests trust their own CA with it).
	TLS *tls.Config
	// Timeout bounds each step of the conversation; zero means 30 s.
	Timeout time.Duration
	// Outbox, when set, is a folder where each message is written as an
	// .eml file instead of being sent: the demo's mail, and a way to try
	// writ without a mail server. No SMTP setting is needed then.
	Outbox string
}

// Check says what is wrong with a configuration, naming the setting.
func (c Config) Check() error {
	if c.Outbox != "" {
		if _, err := mail.ParseAddress(c.From); err != nil {
			return fmt.Errorf("the sender %q is not an e-mail address", c.From)
		}
		return nil
	}
	switch {
	case c.Host == "":
		return errors.New("WRIT_SMTP_HOST is not set: name the SMTP server that sends notices")
	case c.Port <= 0 || c.Port > 65535:
		return fmt.Errorf("WRIT_SMTP_PORT %d is not a port", c.Port)
	case c.From == "":
		return errors.New("WRIT_SMTP_FROM is not set: give the address notices come from")
	}
	if _, err := mail.ParseAddress(c.From); err != nil {
		return fmt.Errorf("WRIT_SMTP_FROM %q is not an e-mail address", c.From)
	}
	switch c.Security {
	case StartTLS, ImplicitTLS, NoTLS:
	default:
		return fmt.Errorf("WRIT_SMTP_TLS %q is not one of starttls, tls, none", c.Security)
	}
	if c.Password != "" && c.User == "" {
		return errors.New("WRIT_SMTP_PASSWORD is set without WRIT_SMTP_USER")
	}
	return nil
}

// Attachment is a file attached to a message.
type Attachment struct {
	Name        string
	ContentType string
	Data        []byte
}

// Message is one message to one recipient.
type Message struct {
	To      string
	Subject string
	// Text is the plain-text body (UTF-8).
	Text string
	// Language is the Content-Language header ("ja, en"); "" for none.
	Language    string
	Attachments []Attachment
	// Date is the Date header.
	Date time.Time
}

// Sent is what the server said of one message.
type Sent struct {
	// MessageID is the Message-ID header the message carried.
	MessageID string
	// Err is why the server did not take the message; nil when it did.
	Err *Failure
}

// Failure is a message the server did not take, without any address.
type Failure struct {
	// Stage is what failed: "sender", "recipient", "message", "send".
	Stage string
	// Code is the SMTP reply code (550), Enhanced the enhanced status code
	// (5.1.1), when the server gave them.
	Code     int
	Enhanced string
	// Temporary: the server may take the message if it is tried later.
	Temporary bool
}

func (f *Failure) Error() string {
	what := map[string]string{"sender": "the server refused the sender", "recipient": "the server refused the recipient",
		"message": "the server refused the message"}[f.Stage]
	if what == "" {
		what = "the message could not be sent"
	}
	var codes []string
	if f.Code != 0 {
		codes = append(codes, fmt.Sprint(f.Code))
	}
	if f.Enhanced != "" {
		codes = append(codes, f.Enhanced)
	}
	if len(codes) > 0 {
		what += " (" + strings.Join(codes, " ") + ")"
	}
	if f.Temporary {
		what += ", temporarily"
	}
	return what
}

// Client sends messages through one SMTP server.
type Client struct {
	cfg Config
}

// New checks the configuration and returns a client. It does not connect.
func New(cfg Config) (*Client, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 30 * time.Second
	}
	return &Client{cfg: cfg}, nil
}

func (c *Client) options() []gomail.Option {
	opts := []gomail.Option{gomail.WithPort(c.cfg.Port), gomail.WithTimeout(c.cfg.Timeout)}
	switch c.cfg.Security {
	case StartTLS:
		opts = append(opts, gomail.WithTLSPolicy(gomail.TLSMandatory))
	case ImplicitTLS:
		opts = append(opts, gomail.WithSSL())
	case NoTLS:
		opts = append(opts, gomail.WithTLSPolicy(gomail.NoTLS))
	}
	if c.cfg.TLS != nil {
		opts = append(opts, gomail.WithTLSConfig(c.cfg.TLS))
	}
	if c.cfg.User != "" {
		auth := gomail.SMTPAuthAutoDiscover
		if c.cfg.Security == NoTLS {
			// Without TLS the library refuses PLAIN unless told that the
			// operator chose to send in the clear.
			auth = gomail.SMTPAuthPlainNoEnc
		}
		opts = append(opts, gomail.WithSMTPAuth(auth), gomail.WithUsername(c.cfg.User), gomail.WithPassword(c.cfg.Password))
	}
	return opts
}

// build makes the library's message.
func (c *Client) build(m Message) (*gomail.Msg, error) {
	msg := gomail.NewMsg(gomail.WithNoDefaultUserAgent())
	if err := msg.From(c.cfg.From); err != nil {
		return nil, fmt.Errorf("WRIT_SMTP_FROM: %w", err)
	}
	if err := msg.To(m.To); err != nil {
		// The address is not repeated: it is a person's data.
		return nil, errors.New("a recipient address is not valid")
	}
	msg.Subject(m.Subject)
	msg.SetMessageID()
	if m.Date.IsZero() {
		return nil, errors.New("mail: the message has no date")
	}
	msg.SetDateWithValue(m.Date)
	if m.Language != "" {
		msg.SetGenHeader(gomail.HeaderContentLang, m.Language)
	}
	msg.SetBodyString(gomail.TypeTextPlain, m.Text)
	for _, a := range m.Attachments {
		ct := a.ContentType
		if ct == "" {
			ct = "application/octet-stream"
		}
		if err := msg.AttachReader(a.Name, bytes.NewReader(a.Data), gomail.WithFileContentType(gomail.ContentType(ct))); err != nil {
			return nil, fmt.Errorf("attach %s: %w", a.Name, err)
		}
	}
	return msg, nil
}

// Send sends each message in its own transaction over one connection and
// reports, message by message, whether the server took it. The error is
// for the connection as a whole (the server cannot be reached, refuses TLS
// or the credentials): then nothing was sent.
func (c *Client) Send(ctx context.Context, msgs []Message) ([]Sent, error) {
	built := make([]*gomail.Msg, len(msgs))
	for i, m := range msgs {
		b, err := c.build(m)
		if err != nil {
			return nil, err
		}
		built[i] = b
	}
	if c.cfg.Outbox != "" {
		return c.write(built)
	}
	gc, err := gomail.NewClient(c.cfg.Host, c.options()...)
	if err != nil {
		return nil, fmt.Errorf("the SMTP settings are not usable: %w", err)
	}
	sc, err := gc.DialToSMTPClientWithContext(ctx)
	if err != nil {
		return nil, fmt.Errorf("could not reach the SMTP server %s:%d: %w", c.cfg.Host, c.cfg.Port, err)
	}
	defer func() { _ = gc.CloseWithSMTPClient(sc) }()
	out := make([]Sent, len(msgs))
	for i, b := range built {
		out[i].MessageID = strings.Trim(b.GetMessageID(), "<>")
		if err := gc.SendWithSMTPClient(sc, b); err != nil {
			out[i].Err = failure(err)
		}
	}
	return out, nil
}

// write puts each message in the outbox as an .eml file named by its
// Message-ID (never by an address).
func (c *Client) write(built []*gomail.Msg) ([]Sent, error) {
	if err := os.MkdirAll(c.cfg.Outbox, 0o700); err != nil {
		return nil, fmt.Errorf("could not make the outbox %s: %w", c.cfg.Outbox, err)
	}
	out := make([]Sent, len(built))
	for i, b := range built {
		id := strings.Trim(b.GetMessageID(), "<>")
		out[i].MessageID = id
		name := strings.Map(func(r rune) rune {
			if r == '/' || r == '\\' || r == 0 {
				return '_'
			}
			return r
		}, id)
		f, err := os.OpenFile(filepath.Join(c.cfg.Outbox, name+".eml"), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil {
			return out, fmt.Errorf("could not write to the outbox %s: %w", c.cfg.Outbox, err)
		}
		_, err = b.WriteTo(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return out, fmt.Errorf("could not write to the outbox %s: %w", c.cfg.Outbox, err)
		}
	}
	return out, nil
}

// failure turns the library's error into one without an address.
func failure(err error) *Failure {
	var se *gomail.SendError
	if !errors.As(err, &se) {
		return &Failure{Stage: "send"}
	}
	f := &Failure{Code: se.ErrorCode(), Enhanced: se.EnhancedStatusCode(), Temporary: se.IsTemp(), Stage: "send"}
	switch se.Reason {
	case gomail.ErrSMTPMailFrom:
		f.Stage = "sender"
	case gomail.ErrSMTPRcptTo:
		f.Stage = "recipient"
	case gomail.ErrSMTPData, gomail.ErrSMTPDataClose, gomail.ErrWriteContent:
		f.Stage = "message"
	}
	return f
}
