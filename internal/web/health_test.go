package web

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/store"
)

// readOnly is a store that answers but takes no writes, as a read-only
// file or a replica does.
type readOnly struct{ store.Store }

func (readOnly) Writable(context.Context) error {
	return errors.New("attempt to write a readonly database")
}

// TestReadyz: /readyz answers 503 when the database takes no writes (issue
// 13, item 7: a read-only database started and served "ready"), and 200
// when it does.
func TestReadyz(t *testing.T) {
	f := newFixture(t)
	if code, body := f.Do(t, "anonymous", "GET", "/readyz", ""); code != http.StatusOK || !strings.Contains(body, "ready") {
		t.Errorf("a writable database: %d %q", code, body)
	}
	ro := newFixture(t, func(s *Server) { s.Cases.Store = readOnly{s.Cases.Store} })
	code, body := ro.Do(t, "anonymous", "GET", "/readyz", "")
	if code != http.StatusServiceUnavailable || strings.Contains(body, "readonly") {
		t.Errorf("a database that takes no writes: %d %q; want 503, the cause only in the log", code, body)
	}
}

// TestMetricsToken: with a token configured, /metrics answers only the
// scraper that sends it (issue 13, item 10: it was open to anyone).
func TestMetricsToken(t *testing.T) {
	const token = "a-metrics-token-of-forty-characters-000"
	f := newFixture(t, func(s *Server) { s.MetricsToken = token })
	if code, _ := f.Do(t, "anonymous", "GET", "/metrics", ""); code != http.StatusUnauthorized {
		t.Errorf("no token: %d; want 401", code)
	}
	req, _ := http.NewRequest("GET", f.URL+"/metrics", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("the token: %d; want 200", resp.StatusCode)
	}
	req.Header.Set("Authorization", "Bearer "+token[:len(token)-1]+"x")
	if resp, err := http.DefaultClient.Do(req); err == nil {
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("a wrong token: %d; want 401", resp.StatusCode)
		}
	}
}
