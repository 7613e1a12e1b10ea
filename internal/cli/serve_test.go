package cli_test

import (
	"bytes"
	"context"
	"github.com/writ-project/writ/internal/access"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/cli"
	"github.com/writ-project/writ/internal/notice/smtptest"
)

// syncBuffer is a buffer two goroutines may use at once.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestServeDemo starts `writ serve --demo` in-process on a free port: it
// prints a sign-in link for each role, the staff's link signs in and the
// API answers with the seed case, and cancelling (as SIGTERM does) stops
// it cleanly with exit 0.
func TestServeDemo(t *testing.T) {
	env := hermeticEnv()
	env.Now = time.Now
	srv := startServe(t, env, "--demo", "--addr", "127.0.0.1:0", "--demo-dir", filepath.Join(t.TempDir(), "demo"))
	base, stdout, stderr := srv.base, srv.stdout, srv.stderr
	links := regexp.MustCompile(`sign in as (staff|counsel|court):\s+(\S+)`).FindAllStringSubmatch(stdout.String(), -1)
	if len(links) != 3 {
		t.Fatalf("want a sign-in link for each of three roles:\n%s", stdout.String())
	}
	token := redeemLink(t, base, strings.SplitN(links[0][2], "token=", 2)[1])
	req, _ := http.NewRequest("GET", base+"/api/v1/cases", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "22-mc-80240-VKD") {
		t.Errorf("GET /api/v1/cases as staff: %d %s", resp.StatusCode, body)
	}
	if r, err := http.Get(base + "/readyz"); err != nil || r.StatusCode != 200 {
		t.Errorf("readyz: %v %v", r, err)
	}
	if code := srv.stop(); code != 0 {
		t.Errorf("writ serve exited %d after a clean stop\n%s", code, stderr.String())
	}
	if strings.Contains(stderr.String(), "Aya") || strings.Contains(stderr.String(), "@example") {
		t.Errorf("the log names a person:\n%s", stderr.String())
	}
}

// TestServeBadReminderFlags: reminder and cache settings that make no sense
// are bad input (exit 2), named in one line, and nothing is served.
func TestServeBadReminderFlags(t *testing.T) {
	for _, args := range [][]string{
		{"--remind-before", "-1"},
		{"--remind-before", "90"},
		{"--remind-every", "10ms"},
		{"--cache-cases", "0"},
		{"--cache-cases", "-5"},
	} {
		env := hermeticEnv()
		var stdout, stderr syncBuffer
		env.Stdout, env.Stderr = &stdout, &stderr
		all := append([]string{"serve", "--addr", "127.0.0.1:0", "--db", "sqlite:" + filepath.Join(t.TempDir(), "w.db")}, args...)
		if code := cli.Run(context.Background(), all, env); code != cli.ExitUsage || !strings.Contains(stderr.String(), strings.TrimPrefix(args[0], "--")) {
			t.Errorf("writ serve %v: exit %d, %q", args, code, stderr.String())
		}
		if strings.Contains(stdout.String(), "serving") {
			t.Errorf("writ serve %v served", args)
		}
	}
}

// served is a `writ serve` running in-process for a test.
type served struct {
	base           string
	stdout, stderr *syncBuffer
	// stop cancels it (as SIGTERM does) and returns its exit code.
	stop func() int
}

// startServe runs `writ serve args...` in-process with env, waits until it
// says where it serves, and stops it when the test ends (if the test did
// not).
func startServe(t *testing.T, env cli.Env, args ...string) *served {
	t.Helper()
	s := &served{stdout: &syncBuffer{}, stderr: &syncBuffer{}}
	env.Stdout, env.Stderr = s.stdout, s.stderr
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- cli.Run(ctx, append([]string{"serve"}, args...), env) }()
	code, stopped := -1, false
	s.stop = func() int {
		if stopped {
			return code
		}
		stopped = true
		cancel()
		select {
		case code = <-done:
		case <-time.After(30 * time.Second):
			t.Error("writ serve did not stop")
		}
		return code
	}
	t.Cleanup(func() { s.stop() })
	serving := regexp.MustCompile(`serving at (http://[0-9.:]+)`)
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if m := serving.FindStringSubmatch(s.stdout.String()); m != nil {
			s.base = m[1]
			return s
		}
	}
	s.stop()
	t.Fatalf("writ serve did not start:\n%s\n%s", s.stdout.String(), s.stderr.String())
	return nil
}

// TestServeDemoOutbox: the demo has no mail server, so the notices staff
// send are written to the demo's outbox as .eml files, whose portal links
// open the portal of the server that wrote them.
func TestServeDemoOutbox(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "demo")
	env := hermeticEnv()
	env.Now = time.Now
	srv := startServe(t, env, "--demo", "--demo-now", "2022-10-21", "--addr", "127.0.0.1:0", "--demo-dir", dir)
	if !strings.Contains(srv.stdout.String(), filepath.Join(dir, "outbox")) {
		t.Errorf("writ serve --demo does not say where notices go:\n%s", srv.stdout.String())
	}
	token := redeemLink(t, srv.base, regexp.MustCompile(`sign in as staff:\s+\S+token=(\S+)`).FindStringSubmatch(srv.stdout.String())[1])
	call := func(method, path, body string) (int, string) {
		t.Helper()
		req, _ := http.NewRequest(method, srv.base+path, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+token)
		if body != "" {
			req.Header.Set("Content-Type", "application/json")
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	_, list := call("GET", "/api/v1/cases", "")
	id := regexp.MustCompile(`"case":"(c-[a-z0-9]+)"`).FindStringSubmatch(list)[1]
	if code, body := call("POST", "/api/v1/cases/"+id+"/notices", "{}"); code != 200 || strings.Count(body, `"status":"sent"`) != 2 {
		t.Fatalf("send the notices: %d %s\n%s", code, body, srv.stderr.String())
	}
	files, _ := filepath.Glob(filepath.Join(dir, "outbox", "*.eml"))
	if len(files) < 2 {
		t.Fatalf("%d messages in the outbox, want one per verified address of the two accounts", len(files))
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	link := regexp.MustCompile(regexp.QuoteMeta(srv.base) + `/portal/[A-Za-z0-9_-]{43}`).Find(b)
	if link == nil {
		// The text part may be encoded; the link is in it either way
		// once decoded.
		m := smtptest.Message{Data: b}
		p, err := m.Parse()
		if err != nil {
			t.Fatal(err)
		}
		link = regexp.MustCompile(regexp.QuoteMeta(srv.base) + `/portal/[A-Za-z0-9_-]{43}`).Find([]byte(p.Text))
	}
	if link == nil {
		t.Fatal("the message in the outbox has no portal link to this server")
	}
	if resp, err := http.Get(string(link)); err != nil || resp.StatusCode != 200 {
		t.Errorf("the outbox's portal link: %v %v", resp, err)
	}
}

// redeemLink opens a sign-in link the demo printed, as a browser would,
// and returns the session it started: a link signs in once, and tests
// then call the API with the session as a bearer token.
func redeemLink(t *testing.T, base, token string) string {
	t.Helper()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Get(base + "/auth/link?token=" + token)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	for _, c := range resp.Cookies() {
		if c.Name == access.CookieName {
			return c.Value
		}
	}
	t.Fatalf("the sign-in link started no session: %d", resp.StatusCode)
	return ""
}

// sessionBrowser is a browser that carries a session's cookie for base.
func sessionBrowser(t *testing.T, base, session string) *http.Client {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	jar.SetCookies(u, []*http.Cookie{{Name: access.CookieName, Value: session, Path: "/"}})
	return &http.Client{Jar: jar}
}

// TestServePortalLogo: the logo WRIT_PORTAL_LOGO names is the one the
// portal shows; a file that is no PNG or JPEG stops writ serve as it
// starts (exit 2), naming the variable.
func TestServePortalLogo(t *testing.T) {
	dir := t.TempDir()
	logo := filepath.Join(dir, "logo.png")
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89")
	if err := os.WriteFile(logo, png, 0o600); err != nil {
		t.Fatal(err)
	}
	env := hermeticEnv()
	env.Now = time.Now
	env.Getenv = func(k string) string {
		if k == "WRIT_PORTAL_LOGO" {
			return logo
		}
		return ""
	}
	srv := startServe(t, env, "--demo", "--addr", "127.0.0.1:0", "--demo-dir", filepath.Join(dir, "demo"))
	resp, err := http.Get(srv.base + "/portal-logo")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || string(body) != string(png) || resp.Header.Get("Content-Type") != "image/png" {
		t.Errorf("GET /portal-logo: %d %q, %d bytes", resp.StatusCode, resp.Header.Get("Content-Type"), len(body))
	}
	srv.stop()

	svg := filepath.Join(dir, "logo.svg")
	if err := os.WriteFile(svg, []byte(`<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`), 0o600); err != nil {
		t.Fatal(err)
	}
	env.Getenv = func(k string) string {
		if k == "WRIT_PORTAL_LOGO" {
			return svg
		}
		return ""
	}
	r := runEnv(t, env, "serve", "--demo", "--addr", "127.0.0.1:0", "--demo-dir", filepath.Join(dir, "demo2"))
	if r.code != 2 || !strings.Contains(r.stderr, "WRIT_PORTAL_LOGO") {
		t.Errorf("an SVG logo: exit %d\n%s", r.code, r.stderr)
	}
}
