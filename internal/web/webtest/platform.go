package webtest

import (
	"path/filepath"
	"testing"

	"github.com/writ-project/writ/internal/demo"
	"github.com/writ-project/writ/internal/source"
)

// Platform is a demo platform's records to produce from (40 accounts,
// 5,000 events). Its PDFs are set in the font writ embeds.
func Platform(t *testing.T) func() (source.Source, error) {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "platform")
	if _, err := demo.Generate(demo.Options{Accounts: 40, Events: 5000, Seed: 3}, dir); err != nil {
		t.Fatal(err)
	}
	return func() (source.Source, error) { return source.OpenDemo(dir) }
}
