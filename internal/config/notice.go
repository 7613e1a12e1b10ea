package config

import (
	"fmt"
	"net/http"
	"strconv"
)

// Notice is how notices reach account holders: the SMTP server, the
// templates, and the portal their links open.
type Notice struct {
	// SMTPHost and SMTPPort name the mail server (WRIT_SMTP_HOST,
	// WRIT_SMTP_PORT, default 587).
	SMTPHost string
	SMTPPort int
	// SMTPTLS is starttls (the default), tls or none (WRIT_SMTP_TLS).
	SMTPTLS string
	// SMTPUser and SMTPPassword authenticate when the user is set
	// (WRIT_SMTP_USER; WRIT_SMTP_PASSWORD or WRIT_SMTP_PASSWORD_FILE).
	SMTPUser     string
	SMTPPassword string
	// From is the address notices come from, and where account holders
	// may write back (WRIT_SMTP_FROM).
	From string
	// Templates is a folder whose en.tmpl, ja.tmpl, both.tmpl replace the
	// embedded notice templates (WRIT_NOTICE_TEMPLATES).
	Templates string
	// PortalURL is the base of the account holders' portal links
	// (WRIT_PORTAL_URL); a link is PortalURL/TOKEN.
	PortalURL string
	// PortalLogo is the platform's logo the portal shows beside its name,
	// read from the PNG or JPEG file WRIT_PORTAL_LOGO names (at most
	// MaxLogo bytes); nil when none is named.
	PortalLogo []byte
}

// MaxLogo bounds the portal's logo.
const MaxLogo = 512 << 10

// loadNotice reads the notice settings. Only a malformed value is an
// error here: a missing server is reported when a notice is sent, so that
// commands that send nothing do not need one.
func loadNotice(getenv func(string) string, readFile func(string) ([]byte, error)) (Notice, error) {
	n := Notice{SMTPHost: getenv("WRIT_SMTP_HOST"), SMTPPort: 587, SMTPTLS: "starttls", SMTPUser: getenv("WRIT_SMTP_USER"),
		From: getenv("WRIT_SMTP_FROM"), Templates: getenv("WRIT_NOTICE_TEMPLATES"), PortalURL: getenv("WRIT_PORTAL_URL")}
	if s := getenv("WRIT_SMTP_PORT"); s != "" {
		p, err := strconv.Atoi(s)
		if err != nil || p <= 0 || p > 65535 {
			return n, fmt.Errorf("WRIT_SMTP_PORT %q is not a port number", s)
		}
		n.SMTPPort = p
	}
	if s := getenv("WRIT_SMTP_TLS"); s != "" {
		switch s {
		case "starttls", "tls", "none":
			n.SMTPTLS = s
		default:
			return n, fmt.Errorf("WRIT_SMTP_TLS %q is not one of starttls, tls, none", s)
		}
	}
	if path := getenv("WRIT_PORTAL_LOGO"); path != "" {
		b, err := readFile(path)
		if err != nil {
			return n, fmt.Errorf("cannot read WRIT_PORTAL_LOGO: %w", err)
		}
		// Only images a browser shows as images and nothing else: an SVG
		// can carry script.
		switch typ := http.DetectContentType(b); {
		case typ != "image/png" && typ != "image/jpeg":
			return n, fmt.Errorf("WRIT_PORTAL_LOGO %s is not a PNG or JPEG image (it reads as %s)", path, typ)
		case len(b) > MaxLogo:
			return n, fmt.Errorf("WRIT_PORTAL_LOGO %s is %d bytes; at most %d", path, len(b), MaxLogo)
		}
		n.PortalLogo = b
	}
	pw, err := secret(getenv, readFile, "WRIT_SMTP_PASSWORD")
	if err != nil {
		return n, err
	}
	n.SMTPPassword = pw
	return n, nil
}
