package cli_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/webhook"
)

// TestServeDeliversWebhooks: a real `writ serve` delivers to an endpoint
// added with writ webhook add the event of a case opened before it
// started, signed with the secret the command printed, and stops cleanly
// on SIGTERM.
func TestServeDeliversWebhooks(t *testing.T) {
	dsn := "sqlite:" + filepath.Join(t.TempDir(), "writ.db")
	c := caseCLI{t, dsn}
	got := make(chan webhook.Body, 10)
	var secret string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if err := webhook.Verify(secret, r.Header, body, time.Now()); err != nil {
			t.Errorf("a delivery did not verify: %v", err)
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		var b webhook.Body
		_ = json.Unmarshal(body, &b)
		got <- b
	}))
	defer srv.Close()
	var added struct{ Secret string }
	if err := json.Unmarshal([]byte(c.ok("webhook", "add", srv.URL, "--events", webhook.CaseOpened, "--json")), &added); err != nil {
		t.Fatal(err)
	}
	secret = added.Secret
	id := c.newSeedCase()

	cmd := exec.Command(os.Args[0], "serve", "--addr", "127.0.0.1:0", "--db", dsn, "--webhook-every", "1s")
	cmd.Env = append(os.Environ(), "WRIT_TEST_AS_WRIT=1", "WRIT_DB=", "WRIT_DATA="+t.TempDir())
	stderr := &syncBuffer{}
	cmd.Stdout, cmd.Stderr = &syncBuffer{}, stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	defer func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("writ serve did not stop cleanly: %v\n%s", err, stderr.String())
			}
		case <-time.After(30 * time.Second):
			_ = cmd.Process.Kill()
			t.Error("writ serve did not stop on SIGTERM")
		}
	}()
	select {
	case b := <-got:
		if b.Type != webhook.CaseOpened || b.Data.CaseID != id {
			t.Errorf("received %s of %s, want %s of %s", b.Type, b.Data.CaseID, webhook.CaseOpened, id)
		}
	case err := <-done:
		t.Fatalf("writ serve ended: %v\n%s", err, stderr.String())
	case <-time.After(30 * time.Second):
		t.Fatalf("no delivery within 30 s\n%s", stderr.String())
	}
}
