package webtest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/writ-project/writ/internal/demo"
	"github.com/writ-project/writ/internal/production"
	"github.com/writ-project/writ/internal/source"
	"github.com/writ-project/writ/internal/testdeps"
)

// Platform is a demo platform's records to produce from (40 accounts,
// 5,000 events). Building a production needs Debian's font for its PDFs
// (NeedFont).
func Platform(t *testing.T) func() (source.Source, error) {
	t.Helper()
	NeedFont(t)
	dir := filepath.Join(t.TempDir(), "platform")
	if _, err := demo.Generate(demo.Options{Accounts: 40, Events: 5000, Seed: 3}, dir); err != nil {
		t.Fatal(err)
	}
	return func() (source.Source, error) { return source.OpenDemo(dir) }
}

// NeedFont ends the test without Debian's fonts-ipaexfont-gothic, which
// productions and letters are set in (package testdeps decides how).
func NeedFont(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(production.DefaultFontPath); err != nil {
		testdeps.Missing(t, "Debian's fonts-ipaexfont-gothic", "apt-get install fonts-ipaexfont-gothic")
	}
}
