package mail_test

import (
	"context"
	"mime"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/notice/mail"
	"github.com/writ-project/writ/internal/notice/smtptest"
)

var date = time.Date(2022, 10, 21, 17, 0, 0, 0, time.UTC)

func message(to string) mail.Message {
	return mail.Message{To: to, Subject: "【重要】通知 / Notice", Text: "本文です。\nThe body.\n", Language: "ja, en", Date: date,
		Attachments: []mail.Attachment{{Name: "order.json", ContentType: "application/json", Data: []byte(`{"case_number":"22-mc-80240-VKD"}`)}}}
}

// TestSend sends through a real SMTP server on loopback and reads the
// message back as the server received it.
func TestSend(t *testing.T) {
	t.Run("StartTLSWithAuth", func(t *testing.T) {
		srv := smtptest.Start(t, smtptest.Options{User: "writ", Password: "s3cret", StartTLS: true})
		c, err := mail.New(mail.Config{Host: srv.Host, Port: srv.Port, Security: mail.StartTLS, User: "writ", Password: "s3cret",
			From: "Legal <legal@platform.example>", TLS: srv.ClientTLS()})
		if err != nil {
			t.Fatal(err)
		}
		sent, err := c.Send(context.Background(), []mail.Message{message("holder@example.com")})
		if err != nil {
			t.Fatalf("Send: %v", err)
		}
		if len(sent) != 1 || sent[0].Err != nil || sent[0].MessageID == "" {
			t.Fatalf("Send = %+v", sent)
		}
		got := srv.Messages()
		if len(got) != 1 || !got[0].TLS || got[0].User != "writ" || got[0].From != "legal@platform.example" || strings.Join(got[0].To, ",") != "holder@example.com" {
			t.Fatalf("the server got %+v", got)
		}
		m, err := got[0].Parse()
		if err != nil {
			t.Fatal(err)
		}
		if m.Subject != "【重要】通知 / Notice" {
			t.Errorf("Subject %q", m.Subject)
		}
		if m.Header.Get("Content-Language") != "ja, en" || m.Header.Get("Date") == "" || !strings.Contains(m.Header.Get("Message-ID"), sent[0].MessageID) {
			t.Errorf("headers: %v", m.Header)
		}
		if mt, _, err := mime.ParseMediaType(m.Header.Get("Content-Type")); err != nil || mt != "multipart/mixed" {
			t.Fatalf("Content-Type %q", m.Header.Get("Content-Type"))
		}
		body, attached := m.Text, ""
		for _, name := range m.AttachmentNames {
			attached = name + ":" + string(m.Attachments[name])
		}
		if !strings.Contains(body, "本文です。") {
			t.Errorf("body %q", body)
		}
		if attached != `order.json:{"case_number":"22-mc-80240-VKD"}` {
			t.Errorf("attachment %q", attached)
		}
	})

	t.Run("ErrRecipientRefused", func(t *testing.T) {
		srv := smtptest.Start(t, smtptest.Options{Refuse: []string{"gone@example.com"}})
		c, err := mail.New(mail.Config{Host: srv.Host, Port: srv.Port, Security: mail.NoTLS, From: "legal@platform.example"})
		if err != nil {
			t.Fatal(err)
		}
		sent, err := c.Send(context.Background(), []mail.Message{message("gone@example.com"), message("here@example.com")})
		if err != nil {
			t.Fatalf("Send: %v", err)
		}
		if sent[0].Err == nil || sent[0].Err.Stage != "recipient" || sent[0].Err.Code != 550 || sent[0].Err.Enhanced != "5.1.1" {
			t.Fatalf("refused recipient: %+v", sent[0].Err)
		}
		if strings.Contains(sent[0].Err.Error(), "gone@") {
			t.Errorf("the failure names the address: %q", sent[0].Err)
		}
		if sent[1].Err != nil {
			t.Fatalf("the second message failed too: %v", sent[1].Err)
		}
		if got := srv.Messages(); len(got) != 1 || got[0].To[0] != "here@example.com" {
			t.Fatalf("the server got %+v", got)
		}
	})

	t.Run("ErrWrongPassword", func(t *testing.T) {
		srv := smtptest.Start(t, smtptest.Options{User: "writ", Password: "s3cret", StartTLS: true})
		c, _ := mail.New(mail.Config{Host: srv.Host, Port: srv.Port, Security: mail.StartTLS, User: "writ", Password: "wrong",
			From: "legal@platform.example", TLS: srv.ClientTLS()})
		if _, err := c.Send(context.Background(), []mail.Message{message("holder@example.com")}); err == nil {
			t.Fatal("a wrong password sent the message")
		}
		if len(srv.Messages()) != 0 {
			t.Fatal("the server got a message")
		}
	})

	t.Run("ErrNoTLSOffered", func(t *testing.T) {
		srv := smtptest.Start(t, smtptest.Options{})
		c, _ := mail.New(mail.Config{Host: srv.Host, Port: srv.Port, Security: mail.StartTLS, From: "legal@platform.example"})
		if _, err := c.Send(context.Background(), []mail.Message{message("holder@example.com")}); err == nil {
			t.Fatal("starttls was required and the message went in the clear")
		}
	})
}

func TestConfigCheck(t *testing.T) {
	ok := mail.Config{Host: "smtp.example", Port: 587, Security: mail.StartTLS, From: "legal@platform.example"}
	if err := ok.Check(); err != nil {
		t.Fatal(err)
	}
	for want, c := range map[string]mail.Config{
		"WRIT_SMTP_HOST":     {Port: 587, Security: mail.StartTLS, From: "a@b.example"},
		"WRIT_SMTP_PORT":     {Host: "h", Security: mail.StartTLS, From: "a@b.example"},
		"WRIT_SMTP_FROM":     {Host: "h", Port: 25, Security: mail.NoTLS, From: "not an address"},
		"WRIT_SMTP_TLS":      {Host: "h", Port: 25, Security: "ssl", From: "a@b.example"},
		"WRIT_SMTP_PASSWORD": {Host: "h", Port: 25, Security: mail.NoTLS, From: "a@b.example", Password: "x"},
	} {
		if err := c.Check(); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v", want, err)
		}
	}
}
