package cli_test

import (
	"database/sql"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/writ-project/writ/internal/webhook"
)

// TestWebhookCommands: an endpoint is added (its secret printed once),
// listed without its secret, tested (the receiver gets one signed test
// event, verified with the printed secret), its deliveries listed, and
// removed; a wrong address or kind is wrong input.
func TestWebhookCommands(t *testing.T) {
	c := caseCLI{t, "sqlite:" + filepath.Join(t.TempDir(), "writ.db")}
	var (
		mu     sync.Mutex
		secret string
		got    []string
		bad    []string
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		defer mu.Unlock()
		if err := webhook.Verify(secret, r.Header, body, fixedNow); err != nil {
			bad = append(bad, err.Error())
		}
		var b webhook.Body
		_ = json.Unmarshal(body, &b)
		got = append(got, b.Type)
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()

	var added struct{ ID, Secret string }
	if err := json.Unmarshal([]byte(c.ok("webhook", "add", srv.URL, "--events", "case.opened,gate.opened", "--json")), &added); err != nil {
		t.Fatal(err)
	}
	if added.ID == "" || !strings.HasPrefix(added.Secret, "whsec_") {
		t.Fatalf("webhook add --json: %+v", added)
	}
	mu.Lock()
	secret = added.Secret
	mu.Unlock()

	list := c.ok("webhook", "list")
	if !strings.Contains(list, added.ID) || !strings.Contains(list, "case.opened,gate.opened") || strings.Contains(list, "whsec_") {
		t.Errorf("webhook list (with the endpoint and its kinds, without its secret):\n%s", list)
	}
	out := c.ok("webhook", "test", added.ID)
	if !strings.Contains(out, "delivered") || !strings.Contains(out, "204") {
		t.Errorf("webhook test: %s", out)
	}
	mu.Lock()
	if len(got) != 1 || got[0] != webhook.Test || len(bad) != 0 {
		t.Errorf("the receiver got %v (bad signatures: %v), want one test event, signed", got, bad)
	}
	mu.Unlock()
	if d := c.ok("webhook", "deliveries", added.ID); !strings.Contains(d, "webhook.test") || !strings.Contains(d, "delivered") {
		t.Errorf("webhook deliveries:\n%s", d)
	}
	c.ok("webhook", "remove", added.ID, "--actor", "Kenji Sato")
	// Who removed it is recorded, as who added it is.
	db, err := sql.Open("sqlite", strings.TrimPrefix(c.db, "sqlite:"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var by sql.NullString
	if err := db.QueryRow(`SELECT removed_by FROM webhook_endpoints WHERE id = ?`, added.ID).Scan(&by); err != nil || by.String != "os:tester for Kenji Sato" {
		t.Errorf("the removed webhook's removed_by = %q (%v), want the actor", by.String, err)
	}
	if list := c.ok("webhook", "list"); strings.Contains(list, added.ID) {
		t.Errorf("a removed webhook is listed:\n%s", list)
	}
	if r := c.run("webhook", "remove", added.ID); r.code == 0 {
		t.Error("a removed webhook was removed again")
	}

	c.run("webhook", "add", "ftp://example.org/hook").mustBeUsageError(t, "URL")
	c.run("webhook", "add", srv.URL, "--events", "case.closed").mustBeUsageError(t, "events", "case.closed")
}
