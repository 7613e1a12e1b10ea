package web

import (
	"strings"
	"testing"
)

// TestMetrics: /metrics counts the requests answered, by route and
// status, and the duties pending and overdue.
func TestMetrics(t *testing.T) {
	f := newFixture(t)
	if code, _ := f.Do(t, "staff", "GET", "/api/v1/cases", ""); code != 200 {
		t.Fatalf("list: %d", code)
	}
	_, metrics := f.Do(t, "anonymous", "GET", "/metrics", "")
	for _, want := range []string{"writ_http_requests_total", "writ_duties_overdue", "writ_http_request_seconds"} {
		if !strings.Contains(metrics, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}
