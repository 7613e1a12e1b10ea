package smtptest

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	netmail "net/mail"
	"strings"
)

// Parsed is a message as a mail program reads it: its headers, its text
// (the parts that are not attachments, decoded and joined) and its
// attachments.
type Parsed struct {
	Header  netmail.Header
	Subject string
	Text    string
	// Attachments are the attached files by name, decoded.
	Attachments map[string][]byte
	// AttachmentNames lists them in the order they came, and
	// AttachmentTypes gives each one's media type ("application/pdf").
	AttachmentNames []string
	AttachmentTypes map[string]string
}

// Parse reads a received message: the MIME structure, base64 and
// quoted-printable transfer encodings, and encoded-word subjects.
func (m Message) Parse() (Parsed, error) {
	msg, err := netmail.ReadMessage(bytes.NewReader(m.Data))
	if err != nil {
		return Parsed{}, err
	}
	p := Parsed{Header: msg.Header, Attachments: map[string][]byte{}, AttachmentTypes: map[string]string{}}
	if p.Subject, err = new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject")); err != nil {
		return p, fmt.Errorf("subject: %w", err)
	}
	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		return p, fmt.Errorf("content type: %w", err)
	}
	if !strings.HasPrefix(mt, "multipart/") {
		b, err := decode(msg.Header.Get("Content-Transfer-Encoding"), msg.Body)
		p.Text = string(b)
		return p, err
	}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			return p, nil
		}
		if err != nil {
			return p, err
		}
		b, err := decode(part.Header.Get("Content-Transfer-Encoding"), part)
		if err != nil {
			return p, err
		}
		if name := part.FileName(); name != "" {
			p.Attachments[name] = b
			p.AttachmentNames = append(p.AttachmentNames, name)
			p.AttachmentTypes[name], _, _ = mime.ParseMediaType(part.Header.Get("Content-Type"))
		} else {
			p.Text += string(b)
		}
	}
}

// decode undoes a Content-Transfer-Encoding.
func decode(enc string, r io.Reader) ([]byte, error) {
	switch strings.ToLower(enc) {
	case "base64":
		b, err := io.ReadAll(r)
		if err != nil {
			return nil, err
		}
		return base64.StdEncoding.DecodeString(strings.Join(strings.Fields(string(b)), ""))
	case "quoted-printable":
		return io.ReadAll(quotedprintable.NewReader(r))
	}
	return io.ReadAll(r)
}
