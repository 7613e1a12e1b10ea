package testdeps

import (
	"strings"
	"testing"
)

// recorder records what a test would do, without ending the real one.
type recorder struct {
	testing.TB
	skipped, failed string
}

func (r *recorder) Helper()                           {}
func (r *recorder) Skipf(format string, args ...any)  { r.skipped = format }
func (r *recorder) Fatalf(format string, args ...any) { r.failed = format }

// TestMissing: locally a missing part skips, saying how to enable it;
// under CI it fails.
func TestMissing(t *testing.T) {
	t.Setenv("CI", "")
	r := &recorder{TB: t}
	Missing(r, "pdftotext", "apt-get install poppler-utils")
	if r.skipped == "" || r.failed != "" {
		t.Errorf("locally: skipped %q, failed %q; want a skip", r.skipped, r.failed)
	}
	t.Setenv("CI", "true")
	r = &recorder{TB: t}
	Missing(r, "pdftotext", "apt-get install poppler-utils")
	if r.failed == "" || r.skipped != "" || !strings.Contains(r.failed, "CI") {
		t.Errorf("under CI: skipped %q, failed %q; want a failure", r.skipped, r.failed)
	}
}
