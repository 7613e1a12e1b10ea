package cli_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/cli"
)

// deployEnv is the environment of a writ serve on a fresh SQLite file
// with no one in it, as an operator starts it the first time.
func deployEnv(t *testing.T) cli.Env {
	env := hermeticEnv()
	env.Now = time.Now
	db := "sqlite:" + filepath.Join(t.TempDir(), "writ.db")
	env.Getenv = func(k string) string {
		if k == "WRIT_DB" {
			return db
		}
		return ""
	}
	return env
}

// TestServeDeployFlags: the public address, TLS, the trusted proxies and
// the metrics address are checked before anything is served; a wrong one
// is bad input (exit 2) naming its flag (issue 13, items 3 and 10).
func TestServeDeployFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		flag string
	}{
		{[]string{"--public-url", "writ.example"}, "--public-url"},
		{[]string{"--tls-cert", "/nonexistent/cert.pem"}, "--tls-key"},
		{[]string{"--tls-cert", "/nonexistent/cert.pem", "--tls-key", "/nonexistent/key.pem"}, "--tls-cert"},
		{[]string{"--trusted-proxies", "10.0.0.0/8,proxy.internal"}, "--trusted-proxies"},
	} {
		r := runEnv(t, deployEnv(t), append([]string{"serve", "--addr", "127.0.0.1:0"}, tc.args...)...)
		r.mustBeUsageError(t, tc.flag)
	}
}

// TestServeFirstStart: on a database with no one in it, writ serve starts
// and says how to add the first administrator; with a public https
// address every answer carries HSTS; with --metrics-addr the metrics are
// served there, not beside the application.
func TestServeFirstStart(t *testing.T) {
	srv := startServe(t, deployEnv(t), "--addr", "127.0.0.1:0", "--public-url", "https://writ.platform.example", "--metrics-addr", "127.0.0.1:0")
	if !strings.Contains(srv.stderr.String(), "writ user add") || !strings.Contains(srv.stderr.String(), "--admin") {
		t.Errorf("no word on how to add the first administrator:\n%s", srv.stderr.String())
	}
	resp, err := http.Get(srv.base + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if !strings.Contains(resp.Header.Get("Strict-Transport-Security"), "max-age=") {
		t.Errorf("no HSTS behind an https public address: %v", resp.Header)
	}
	if r, err := http.Get(srv.base + "/metrics"); err != nil || r.StatusCode != http.StatusNotFound {
		t.Errorf("the application's /metrics with --metrics-addr: %v %v; want 404", r.StatusCode, err)
	}
	// The metrics' own listener is started after the application's, and
	// says where it is a moment after "serving at".
	var m []string
	for deadline := time.Now().Add(30 * time.Second); m == nil && time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		m = regexp.MustCompile(`metrics at (http://[0-9.:]+)/metrics`).FindStringSubmatch(srv.stdout.String())
	}
	if m == nil {
		t.Fatalf("no metrics address printed:\n%s", srv.stdout.String())
	}
	if r, err := http.Get(m[1] + "/metrics"); err != nil || r.StatusCode != http.StatusOK {
		t.Errorf("the metrics address: %v %v", r, err)
	}
}

// TestServeTLS: with --tls-cert and --tls-key writ serves TLS itself.
func TestServeTLS(t *testing.T) {
	dir := t.TempDir()
	cert, key := filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	writeSelfSigned(t, cert, key)
	srv := startServeTLS(t, deployEnv(t), "--addr", "127.0.0.1:0", "--tls-cert", cert, "--tls-key", key)
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{InsecureSkipVerify: true}}}
	resp, err := client.Get(srv + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || resp.TLS == nil {
		t.Errorf("over TLS: %d, TLS %v", resp.StatusCode, resp.TLS != nil)
	}
}

// startServeTLS starts writ serve and returns the https address it says
// it serves at.
func startServeTLS(t *testing.T, env cli.Env, args ...string) string {
	t.Helper()
	stdout := &syncBuffer{}
	env.Stdout, env.Stderr = stdout, &syncBuffer{}
	srv := startServeWith(t, env, regexp.MustCompile(`serving at (https://[0-9.:]+)`), args...)
	return srv
}

func writeSelfSigned(t *testing.T, certPath, keyPath string) {
	t.Helper()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(7), Subject: pkix.Name{CommonName: "writ test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &k.PublicKey, k)
	if err != nil {
		t.Fatal(err)
	}
	kd, err := x509.MarshalECPrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(certPath, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyPath, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kd}), 0o600); err != nil {
		t.Fatal(err)
	}
}

// startServeWith starts writ serve in env and returns the address the
// pattern finds in what it prints (its first group); the server stops when
// the test ends.
func startServeWith(t *testing.T, env cli.Env, serving *regexp.Regexp, args ...string) string {
	t.Helper()
	out, _ := env.Stdout.(*syncBuffer)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int, 1)
	go func() { done <- cli.Run(ctx, append([]string{"serve"}, args...), env) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(30 * time.Second):
			t.Error("writ serve did not stop")
		}
	})
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if m := serving.FindStringSubmatch(out.String()); m != nil {
			return m[1]
		}
	}
	t.Fatalf("writ serve did not start:\n%s", out.String())
	return ""
}
