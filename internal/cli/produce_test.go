package cli_test

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/image/font/gofont/goregular"

	"github.com/writ-project/writ/internal/cli"
	"github.com/writ-project/writ/internal/testdeps"
)

// needPackages skips (locally) or fails (in CI) without pdftotext, which
// reads the package's PDFs back. The PDFs themselves need nothing
// installed: they are set in the font writ embeds.
func needPackages(t *testing.T) {
	t.Helper()
	testdeps.PDFToText(t)
}

// cardData reads the card numbers, expiry dates and security codes that
// the demo platform's source file holds.
func cardData(t *testing.T, dir string) []string {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, "accounts.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var a struct {
			Cards []struct{ Number, Expiry, CVC string }
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		for _, c := range a.Cards {
			out = append(out, c.Number, c.Expiry)
			if len(c.CVC) >= 3 {
				out = append(out, "cvc "+c.CVC, `"`+c.CVC+`"`)
			}
		}
	}
	if len(out) == 0 {
		t.Fatal("the demo platform holds no card data: the test would prove nothing")
	}
	return out
}

// packageText is every file of a package as text, PDFs through pdftotext.
func packageText(t *testing.T, dir string) map[string]string {
	t.Helper()
	texts := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		texts[path] = string(b)
		if strings.HasSuffix(path, ".pdf") {
			out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
			if err != nil {
				t.Fatalf("pdftotext %s: %v", path, err)
			}
			texts[path+" (text)"] = string(out)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return texts
}

// TestProduceGolden carries the seed case through to a production on the
// demo platform: refused, with the reasons, while the objection is pending;
// built for both accounts after the ruling of 2022-12-05; no card data
// anywhere although the source holds it; a changed byte is named by
// verify-package; release checks the package again.
func TestProduceGolden(t *testing.T) {
	needPackages(t)
	dir := t.TempDir()
	demo := filepath.Join(dir, "demo")
	run(t, "demo-data", "--accounts", "60", "--events", "20000", "--seed", "7", "--out", demo).mustSucceed(t)
	keyRun := run(t, "keygen")
	keyFile := filepath.Join(dir, "seal.key")
	if err := os.WriteFile(keyFile, []byte(keyRun.stdout), 0o600); err != nil {
		t.Fatal(err)
	}
	env := hermeticEnv()
	vars := map[string]string{"WRIT_DB": "sqlite:" + filepath.Join(dir, "writ.db"), "WRIT_SEAL_KEY_FILE": keyFile, "WRIT_SOURCE": "demo:" + demo}
	env.Getenv = func(k string) string { return vars[k] }
	w := func(args ...string) result { return runEnv(t, env, args...) }
	ok := func(args ...string) string {
		t.Helper()
		r := w(args...)
		if r.code != cli.ExitOK {
			t.Fatalf("writ %s: exit %d\n%s", strings.Join(args, " "), r.code, r.stderr)
		}
		return r.stdout
	}

	id := strings.TrimSpace(ok("case", "new", "--order", seedOrderFile))
	ok("case", "record", id, "subpoena-served", "--at", "2022-10-20")
	if out := ok("preserve", id, "--at", "2022-10-21"); strings.Count(out, "Preserved") != 2 {
		t.Errorf("preserve: %s", out)
	}
	ok("case", "record", id, "notice-sent", "--account", konno, "--at", "2022-10-21")
	ok("case", "record", id, "notice-sent", "--account", aya, "--at", "2022-10-28")
	ok("case", "record", id, "objection-received", "--account", aya, "--at", "2022-11-08")

	early := filepath.Join(dir, "too-early")
	r := w("produce", id, "--out", early)
	if r.code != cli.ExitFailure || !strings.Contains(r.stderr, "pending") || !strings.Contains(r.stderr, konno) {
		t.Fatalf("produce before the ruling: exit %d\n%s", r.code, r.stderr)
	}
	if _, err := os.Stat(early); !os.IsNotExist(err) {
		t.Errorf("a refused production left %s behind", early)
	}

	ok("case", "record", id, "court-advised", "--on", "obj-1", "--at", "2022-11-15")
	ok("case", "record", id, "ruling", "--on", "obj-1", "--outcome", "overruled", "--at", "2022-12-05")

	// A font that WRIT_FONT names and that cannot be read, or that lacks
	// the holders' names, is a setting to correct (exit 2), and nothing is
	// written; with no WRIT_FONT the font writ embeds sets the package.
	withFont := func(font string) func(args ...string) result {
		fenv := env
		fenv.Getenv = func(k string) string {
			if k == "WRIT_FONT" {
				return font
			}
			return vars[k]
		}
		return func(args ...string) result { return runEnv(t, fenv, args...) }
	}
	latin := filepath.Join(dir, "go-regular.ttf")
	if err := os.WriteFile(latin, goregular.TTF, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, font string
		says       []string
	}{
		{"ErrUsage: WRIT_FONT names no file", filepath.Join(dir, "none.ttf"), []string{"WRIT_FONT", "none.ttf", "cannot be read"}},
		{"ErrUsage: WRIT_FONT has no Japanese", latin, []string{"WRIT_FONT", "go-regular.ttf", "has no glyph for", "U+", "nothing was written"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, "unfit", "prod")
			withFont(tc.font)("produce", id, "--out", out, "--bates-prefix", "TWTR-").mustBeUsageError(t, tc.says...)
			if _, err := os.Stat(filepath.Dir(out)); !os.IsNotExist(err) {
				t.Errorf("a refused production wrote %s", filepath.Dir(out))
			}
		})
	}
	if out := ok("case", "log", id); strings.Contains(out, "production-built") {
		t.Fatalf("a refused production was recorded:\n%s", out)
	}

	pkg := filepath.Join(dir, "prod-1")
	ok("produce", id, "--out", pkg, "--bates-prefix", "TWTR-")

	texts := packageText(t, pkg)
	all := ""
	for _, s := range texts {
		all += s
	}
	for _, want := range []string{"TWTR-000001", "USE RESTRICTION", "may be used only for purposes of the anticipated civil action", "山田 太郎", "佐藤 花子"} {
		if !strings.Contains(all, want) {
			t.Errorf("the package does not show %q", want)
		}
	}
	for _, secret := range cardData(t, demo) {
		for path, s := range texts {
			if strings.Contains(s, secret) {
				t.Errorf("%s holds card data %q from the source", path, secret)
			}
		}
	}

	// The creation-day window is that day in Pacific time: konnoyukio's
	// account was created on 2021-11-14 (Pacific); its entry at 23:59:30
	// Pacific, already 2021-11-15 in UTC, is in; midnight after is out.
	csv := texts[filepath.Join(pkg, "data", "01-konnoyukio_CmRUCE", "access-log.csv")]
	if !strings.Contains(csv, "2021-11-15T07:59:30Z,2021-11-14T23:59:30-08:00") {
		t.Errorf("the 23:59:30 Pacific entry of the creation day is missing:\n%.400s", csv)
	}
	if strings.Contains(csv, "2021-11-15T00:00:00-08:00") || strings.Contains(csv, "2022-06-07T") {
		t.Errorf("an entry outside the windows is in the package")
	}

	ok("verify-package", pkg)
	victim := filepath.Join(pkg, "data", "02-Aya_ay_chim0807", "access-log.csv")
	b, err := os.ReadFile(victim)
	if err != nil {
		t.Fatal(err)
	}
	b[len(b)-2] ^= 1
	if err := os.WriteFile(victim, b, 0o600); err != nil {
		t.Fatal(err)
	}
	r = w("verify-package", pkg)
	if r.code != cli.ExitFailure || !strings.Contains(r.stdout+r.stderr, "02-Aya_ay_chim0807/access-log.csv") {
		t.Errorf("verify-package after a changed byte: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := w("release", id, "--production", "prod-1", "--package", pkg); r.code == cli.ExitOK {
		t.Errorf("a tampered package was released")
	}
	b[len(b)-2] ^= 1
	if err := os.WriteFile(victim, b, 0o600); err != nil {
		t.Fatal(err)
	}
	ok("release", id, "--production", "prod-1", "--package", pkg)

	recipient := strings.TrimSpace(strings.TrimPrefix(keyRun.stderr, "public key:"))
	sealed := filepath.Join(dir, "prod-1.age")
	ok("seal-package", pkg, "--out", sealed, "--recipient", recipient)
	if b, err := os.ReadFile(sealed); err != nil || !strings.HasPrefix(string(b), "age-encryption.org/v1") || strings.Contains(string(b), "TWTR-000001") {
		t.Errorf("seal-package did not write an age file that hides the package (%v)", err)
	}
	if out := ok("audit", "verify"); !strings.Contains(out, "verifies") {
		t.Errorf("audit verify: %s", out)
	}
}
