// Package testdeps names the parts of a machine that some tests need
// beyond Go — pdftotext, Chromium and axe-core, a PostgreSQL or MariaDB
// server — and decides, in one place, what a test does when one is
// missing: on a developer's machine it skips, with one line saying how to
// enable it; under
// CI (.ci/run exports CI) it fails, so that a missing part is never mistaken
// for a passing test. It is imported by tests only.
package testdeps

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
)

// Required reports whether missing parts fail tests instead of skipping
// them: under CI.
func Required() bool { return os.Getenv("CI") != "" }

// Missing ends a test that needs something this machine lacks: a skip
// saying how to enable it, or under CI a failure.
func Missing(t testing.TB, what, how string) {
	t.Helper()
	if Required() {
		t.Fatalf("needs %s, which CI must provide: %s", what, how)
	} else {
		t.Skipf("needs %s: %s", what, how)
	}
}

// PDFToText returns the path of pdftotext (Debian's poppler-utils).
func PDFToText(t testing.TB) string {
	t.Helper()
	return command(t, "pdftotext", "apt-get install poppler-utils")
}

// Chromium returns the path of a Chromium for the browser tests.
func Chromium(t testing.TB) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	Missing(t, "Chromium", "apt-get install chromium")
	return ""
}

// Postgres returns the URL of the PostgreSQL server the tests may use
// (WRIT_TEST_POSTGRES).
func Postgres(t testing.TB) string {
	t.Helper()
	return env(t, "WRIT_TEST_POSTGRES", "PostgreSQL", "set WRIT_TEST_POSTGRES=postgres://user@host:5432/db?sslmode=disable")
}

// MySQL returns the DSN of the MariaDB or MySQL server the tests may use
// (WRIT_TEST_MYSQL).
func MySQL(t testing.TB) string {
	t.Helper()
	return env(t, "WRIT_TEST_MYSQL", "MariaDB or MySQL", "set WRIT_TEST_MYSQL='root@tcp(127.0.0.1:3306)/test?parseTime=true'")
}

func command(t testing.TB, name, how string) string {
	t.Helper()
	p, err := exec.LookPath(name)
	if err != nil {
		Missing(t, name, how)
	}
	return p
}

func env(t testing.TB, name, what, how string) string {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		Missing(t, what, how)
	}
	return v
}

// Axe returns the source of axe-core, the accessibility checker the
// browser tests run in each page they show, installed by npm beside this
// package (axe/package.json pins its version).
func Axe(t testing.TB) string {
	t.Helper()
	_, here, _, _ := runtime.Caller(0)
	b, err := os.ReadFile(filepath.Join(filepath.Dir(here), "axe", "node_modules", "axe-core", "axe.min.js"))
	if err != nil {
		Missing(t, "axe-core", "npm ci --prefix internal/testdeps/axe")
	}
	return string(b)
}
