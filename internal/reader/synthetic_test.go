package reader_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/writ-project/writ/internal/reader/score"
)

// heldBack are the six synthetic orders drawn at random and held back
// while the reader was developed (testdata/synthetic/README.md): they
// measure it on orders it was not tuned on.
var heldBack = []string{"04-feldmoos.txt", "05-ikezawa.txt", "07-marlowe-finch.txt", "12-hotarubi.txt", "16-carambola.txt", "17-thornbury.txt"}

func readFile(p string) (string, error) {
	b, err := os.ReadFile(p)
	return string(b), err
}

// scoreDir scores the orders of dir (only those of only, if any) and
// fails on any invented term, and on accuracy below min percent in either
// group of fields.
func scoreDir(t *testing.T, dir string, only []string, min float64) {
	t.Helper()
	rep, err := score.Run(dir, only, readFile)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range []score.Group{score.Caption, score.Operative} {
		tl := rep.ByGroup()[g]
		t.Logf("%s: %s fields %d of %d right (%.1f%%)", dir, g, tl.Right, tl.Total, tl.Percent())
		if tl.Percent() < min {
			t.Errorf("%s fields: %.1f%% right, want at least %.0f%%", g, tl.Percent(), min)
		}
	}
	for _, r := range rep.Wrong() {
		t.Logf("%s %s: got %s, want %s", r.File, r.Field, r.Got, r.Want)
	}
	for _, r := range rep.Invented() {
		t.Errorf("invented: %s %s: got %s, want %s", r.File, r.Field, r.Got, r.Want)
	}
}

// TestReadSynthetic scores the twelve synthetic orders the reader was
// tuned on: every field, no invented term.
func TestReadSynthetic(t *testing.T) {
	dir := filepath.Join("testdata", "synthetic")
	want, err := score.LoadExpected(dir)
	if err != nil {
		t.Fatal(err)
	}
	var tuned []string
	for _, w := range want {
		if !slices.Contains(heldBack, w.File) {
			tuned = append(tuned, w.File)
		}
	}
	if len(tuned) != 12 {
		t.Fatalf("%d tuned orders, want 12", len(tuned))
	}
	scoreDir(t, dir, tuned, 100)
}

// TestReadOwnOrders scores orders written for writ's tests in other
// courts' styles (testdata/own).
func TestReadOwnOrders(t *testing.T) {
	scoreDir(t, filepath.Join("testdata", "own"), nil, 100)
}
