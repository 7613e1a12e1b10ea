package config

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

func TestLoadNotice(t *testing.T) {
	files := map[string]string{"/run/secrets/smtp": "pa55word\n"}
	readFile := func(p string) ([]byte, error) {
		if s, ok := files[p]; ok {
			return []byte(s), nil
		}
		return nil, errors.New("no such file")
	}
	env := func(kv map[string]string) func(string) string { return func(k string) string { return kv[k] } }

	t.Run("Defaults", func(t *testing.T) {
		c, err := Load(env(nil), readFile)
		if err != nil {
			t.Fatal(err)
		}
		if c.Notice.SMTPPort != 587 || c.Notice.SMTPTLS != "starttls" || c.Notice.SMTPHost != "" {
			t.Fatalf("defaults %+v", c.Notice)
		}
	})
	t.Run("OK", func(t *testing.T) {
		c, err := Load(env(map[string]string{"WRIT_SMTP_HOST": "smtp.example", "WRIT_SMTP_PORT": "465", "WRIT_SMTP_TLS": "tls",
			"WRIT_SMTP_USER": "writ", "WRIT_SMTP_PASSWORD_FILE": "/run/secrets/smtp", "WRIT_SMTP_FROM": "legal@platform.example",
			"WRIT_NOTICE_TEMPLATES": "/etc/writ/notices", "WRIT_PORTAL_URL": "https://writ.example/portal"}), readFile)
		if err != nil {
			t.Fatal(err)
		}
		want := Notice{SMTPHost: "smtp.example", SMTPPort: 465, SMTPTLS: "tls", SMTPUser: "writ", SMTPPassword: "pa55word",
			From: "legal@platform.example", Templates: "/etc/writ/notices", PortalURL: "https://writ.example/portal"}
		if !reflect.DeepEqual(c.Notice, want) {
			t.Fatalf("got %+v\nwant %+v", c.Notice, want)
		}
	})
	for name, tt := range map[string]struct{ kv map[string]string }{
		"WRIT_SMTP_PORT":     {map[string]string{"WRIT_SMTP_PORT": "smtp"}},
		"WRIT_SMTP_TLS":      {map[string]string{"WRIT_SMTP_TLS": "ssl"}},
		"WRIT_SMTP_PASSWORD": {map[string]string{"WRIT_SMTP_PASSWORD": "a", "WRIT_SMTP_PASSWORD_FILE": "/run/secrets/smtp"}},
	} {
		t.Run("Err"+name, func(t *testing.T) {
			if _, err := Load(env(tt.kv), readFile); err == nil || !strings.Contains(err.Error(), name) {
				t.Fatalf("got %v, want an error naming %s", err, name)
			}
		})
	}
}
