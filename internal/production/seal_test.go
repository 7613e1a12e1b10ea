package production

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/seal"
)

func TestSeal(t *testing.T) {
	in := fixture(t)
	dir, _ := build(t, in)
	identity, recipient, err := seal.NewKey()
	if err != nil {
		t.Fatal(err)
	}
	same := func(t *testing.T, a, b string) {
		t.Helper()
		fa, fb := packageFiles(t, a), packageFiles(t, b)
		if !slices.Equal(fa, fb) {
			t.Fatalf("files differ:\n%v\n%v", fa, fb)
		}
		for _, f := range fa {
			x, _ := os.ReadFile(filepath.Join(a, f))
			y, _ := os.ReadFile(filepath.Join(b, f))
			if !bytes.Equal(x, y) {
				t.Errorf("%s differs after the round trip", f)
			}
		}
	}

	t.Run("OK to a recipient's key", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "production.tar.age")
		if err := Seal(dir, out, []string{recipient}, ""); err != nil {
			t.Fatal(err)
		}
		sealed, _ := os.ReadFile(out)
		for _, s := range []string{"紺野", "konno", "TWTR-000001", "BagIt"} {
			if bytes.Contains(sealed, []byte(s)) {
				t.Errorf("the sealed file holds %q in the clear", s)
			}
		}
		back := filepath.Join(t.TempDir(), "opened")
		if err := Unseal(out, back, []string{identity}, ""); err != nil {
			t.Fatal(err)
		}
		same(t, dir, back)
	})

	t.Run("OK to a passphrase", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "production.tar.age")
		if err := Seal(dir, out, nil, "correct horse battery staple"); err != nil {
			t.Fatal(err)
		}
		back := filepath.Join(t.TempDir(), "opened")
		if err := Unseal(out, back, nil, "correct horse battery staple"); err != nil {
			t.Fatal(err)
		}
		same(t, dir, back)
		t.Run("ErrForbidden with another passphrase", func(t *testing.T) {
			other := filepath.Join(t.TempDir(), "opened")
			if err := Unseal(out, other, nil, "wrong"); !fault.Is(err, fault.Forbidden) {
				t.Errorf("Unseal = %v, want forbidden", err)
			}
			if _, err := os.Stat(other); err == nil {
				t.Error("a failed unseal left a folder")
			}
		})
	})

	t.Run("ErrForbidden with another key", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "production.tar.age")
		if err := Seal(dir, out, []string{recipient}, ""); err != nil {
			t.Fatal(err)
		}
		other, _, _ := seal.NewKey()
		if err := Unseal(out, filepath.Join(t.TempDir(), "opened"), []string{other}, ""); !fault.Is(err, fault.Forbidden) {
			t.Errorf("Unseal = %v, want forbidden", err)
		}
	})

	t.Run("ErrTampered when the sealed file is damaged", func(t *testing.T) {
		out := filepath.Join(t.TempDir(), "production.tar.age")
		if err := Seal(dir, out, []string{recipient}, ""); err != nil {
			t.Fatal(err)
		}
		data, _ := os.ReadFile(out)
		data[len(data)-100] ^= 0x01
		os.WriteFile(out, data, 0o600)
		parent := t.TempDir()
		if err := Unseal(out, filepath.Join(parent, "opened"), []string{identity}, ""); !fault.Is(err, fault.Tampered) {
			t.Errorf("Unseal = %v, want tampered", err)
		}
		if entries, _ := os.ReadDir(parent); len(entries) != 0 {
			t.Errorf("a failed unseal left %v", entries)
		}
	})

	t.Run("ErrTampered: a package that fails verification is not sealed", func(t *testing.T) {
		broken := filepath.Join(t.TempDir(), "p")
		if err := os.CopyFS(broken, os.DirFS(dir)); err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(broken, "data", "extra.txt"), []byte("x"), 0o600)
		out := filepath.Join(t.TempDir(), "production.tar.age")
		if err := Seal(broken, out, []string{recipient}, ""); !fault.Is(err, fault.Tampered) {
			t.Errorf("Seal = %v, want tampered", err)
		}
		if _, err := os.Stat(out); err == nil {
			t.Error("a refused seal left a file")
		}
	})

	t.Run("ErrInvalid without a recipient", func(t *testing.T) {
		if err := Seal(dir, filepath.Join(t.TempDir(), "x.age"), nil, ""); !fault.Is(err, fault.Invalid) {
			t.Errorf("Seal = %v, want invalid", err)
		}
	})
}
