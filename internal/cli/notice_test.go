package cli_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/cli"
	"github.com/writ-project/writ/internal/notice/smtptest"
)

// TestNoticeCommands previews and sends the seed case's notices through a
// real SMTP server on loopback. Notice on Friday 2022-10-21: 21 days run to
// Friday 2022-11-11, Veterans Day, so the windows close at the end of
// Monday 2022-11-14 in San Jose (midnight PST is 08:00 UTC and 17:00 in
// Tokyo on Tuesday 2022-11-15), counted on a printed calendar.
func TestNoticeCommands(t *testing.T) {
	needPackages(t)
	dir := t.TempDir()
	demo := filepath.Join(dir, "demo")
	run(t, "demo-data", "--accounts", "30", "--events", "2000", "--seed", "7", "--out", demo).mustSucceed(t)
	keyFile := filepath.Join(dir, "seal.key")
	if err := os.WriteFile(keyFile, []byte(run(t, "keygen").stdout), 0o600); err != nil {
		t.Fatal(err)
	}
	srv := smtptest.Start(t, smtptest.Options{})
	vars := map[string]string{"WRIT_DB": "sqlite:" + filepath.Join(dir, "writ.db"), "WRIT_SEAL_KEY_FILE": keyFile,
		"WRIT_SMTP_HOST": srv.Host, "WRIT_SMTP_PORT": strconv.Itoa(srv.Port), "WRIT_SMTP_TLS": "none", "WRIT_SMTP_FROM": "legal@twitter.example"}
	env := hermeticEnv()
	env.Getenv = func(k string) string { return vars[k] }
	env.Now = func() time.Time { return time.Date(2022, 10, 21, 17, 0, 0, 0, time.UTC) }
	w := func(args ...string) result { return runEnv(t, env, args...) }
	ok := func(args ...string) string {
		t.Helper()
		r := w(args...)
		if r.code != cli.ExitOK {
			t.Fatalf("writ %s: exit %d\n%s", strings.Join(args, " "), r.code, r.stderr)
		}
		return r.stdout
	}
	id := strings.TrimSpace(ok("case", "new", "--order", seedOrderFile))
	ok("case", "record", id, "subpoena-served", "--at", "2022-10-20")

	t.Run("SendBeforeResolving", func(t *testing.T) {
		r := w("notice", "send", id, "--source", "demo:"+demo)
		if r.code != cli.ExitFailure || !strings.Contains(r.stdout, "not been resolved") || len(srv.Messages()) != 0 {
			t.Fatalf("exit %d\n%s\n%s", r.code, r.stdout, r.stderr)
		}
	})
	ok("preserve", id, "--at", "2022-10-20T15:00", "--source", "demo:"+demo)

	t.Run("Preview", func(t *testing.T) {
		ja := ok("notice", "preview", id, "--account", aya, "--lang", "ja", "--now", "2022-10-21", "--source", "demo:"+demo,
			"--portal-url", "https://writ.example/portal")
		for _, want := range []string{"Subject: 【重要・法的通知】", "Content-Language: ja", "期限：米国太平洋時間（PST、UTC−8）の2022年11月14日（月）の終わり（24時）まで",
			"日本時間（JST、UTC+9）の2022年11月15日（火）午後5時まで", "https://writ.example/portal/{token}", "legal@twitter.example"} {
			if !strings.Contains(ja, want) {
				t.Errorf("the Japanese preview does not say %q", want)
			}
		}
		if strings.Contains(ja, "NOTICE TO THE HOLDER") {
			t.Error("--lang ja printed English")
		}
		en := ok("notice", "preview", id, "--account", konno, "--lang", "en", "--now", "2022-10-21")
		for _, want := range []string{"We do not know your time zone. In Coordinated Universal Time (UTC), that is before 8:00 a.m. on Tuesday, November 15, 2022",
			"Deadline: by the end of Monday, November 14, 2022, Pacific Time (PST, UTC−8)"} {
			if !strings.Contains(en, want) {
				t.Errorf("the English preview without a source does not say %q:\n%s", want, en)
			}
		}
		if strings.Contains(en, "保有者") || strings.Contains(en, "/portal/") {
			t.Error("--lang en printed Japanese, or a link without a portal")
		}
		both := ok("notice", "preview", id, "--account", konno, "--now", "2022-10-21")
		if !strings.Contains(both, "Content-Language: ja, en") || !strings.Contains(both, "ENGLISH") {
			t.Error("the seed order's proceedings are in Japan, but the default notice is not bilingual")
		}
		// A day later, the count starts a day later: Saturday 2022-10-22
		// plus 21 is Saturday 2022-11-12, which rolls to Monday 2022-11-14.
		later := ok("notice", "preview", id, "--account", konno, "--lang", "en", "--now", "2022-10-22")
		if !strings.Contains(later, "the 21-day count ends on Saturday, November 12, 2022") {
			t.Errorf("the preview of 2022-10-22 does not count to 2022-11-12:\n%s", later)
		}
	})

	t.Run("ErrBadInput", func(t *testing.T) {
		w("notice", "preview", id).mustBeUsageError(t, "--account")
		w("notice", "preview", id, "--account", "nobody@x").mustBeUsageError(t, "--account", "nobody@x")
		w("notice", "preview", id, "--account", aya, "--lang", "fr").mustBeUsageError(t, "--lang")
		noHost := hermeticEnv()
		noHost.Getenv = func(k string) string {
			if k == "WRIT_SMTP_HOST" {
				return ""
			}
			return vars[k]
		}
		runEnv(t, noHost, "notice", "send", id, "--source", "demo:"+demo).mustBeUsageError(t, "WRIT_SMTP_HOST")
		if len(srv.Messages()) != 0 {
			t.Fatal("bad input sent mail")
		}
	})

	t.Run("Send", func(t *testing.T) {
		out := ok("notice", "send", id, "--source", "demo:"+demo, "--portal-url", "https://writ.example/portal")
		if strings.Count(out, "Sent the notice") != 2 || !strings.Contains(out, "1 of 1") || !strings.Contains(out, "2 of 2") {
			t.Fatalf("send printed:\n%s", out)
		}
		if n := len(srv.Messages()); n != 3 {
			t.Fatalf("the server got %d messages, want 3", n)
		}
		var s struct {
			Duties []struct{ ID, Status string }
		}
		if err := json.Unmarshal([]byte(ok("case", "show", id, "--json", "--now", "2022-10-22")), &s); err != nil {
			t.Fatal(err)
		}
		for _, d := range s.Duties {
			if strings.HasPrefix(d.ID, "notify/") && d.Status != "met" {
				t.Errorf("%s is %s after the notices were sent", d.ID, d.Status)
			}
		}
		// Nothing is owed any more: a second run sends nothing.
		if r := w("notice", "send", id, "--source", "demo:"+demo); r.code != cli.ExitOK || len(srv.Messages()) != 3 {
			t.Fatalf("a second send: exit %d, %d messages\n%s", r.code, len(srv.Messages()), r.stderr)
		}
	})
}
