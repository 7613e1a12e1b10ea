package webtest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/writ-project/writ/internal/demo"
	"github.com/writ-project/writ/internal/production"
	"github.com/writ-project/writ/internal/source"
)

// Platform is a demo platform's records to produce from (40 accounts,
// 5,000 events). Building a production needs Debian's font for its PDFs:
// without it the test is skipped, or failed under CI.
func Platform(t *testing.T) func() (source.Source, error) {
	t.Helper()
	NeedFont(t)
	dir := filepath.Join(t.TempDir(), "platform")
	if _, err := demo.Generate(demo.Options{Accounts: 40, Events: 5000, Seed: 3}, dir); err != nil {
		t.Fatal(err)
	}
	return func() (source.Source, error) { return source.OpenDemo(dir) }
}

// NeedFont skips the test without Debian's fonts-ipaexfont-gothic, which
// productions and letters are set in (and fails it under CI).
func NeedFont(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(production.DefaultFontPath); err != nil {
		msg := "needs Debian's fonts-ipaexfont-gothic: apt-get install -y fonts-ipaexfont-gothic"
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
}
