package production

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/order"
	"github.com/writ-project/writ/internal/testdeps"
)

// packageFiles lists the files of a package, as slash paths.
func packageFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if !info.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
			if info.Mode().Perm() != 0o600 {
				t.Errorf("%s has mode %v, want 0600: a package holds people's data", rel, info.Mode().Perm())
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update, then review the file)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file:\n got:\n%s\nwant:\n%s", name, got, want)
	}
}

// stableManifest is manifest.json with what depends on the font's bytes
// (the PDFs, and the files that quote their digests) blanked, so that the
// golden file holds on any machine with the font.
func stableManifest(t *testing.T, data []byte) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	for _, f := range m["files"].([]any) {
		f := f.(map[string]any)
		if f["kind"] != "access_log" {
			f["sha256"] = "(depends on the font)"
			f["bytes"] = 0
		}
	}
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(out, '\n')
}

var pageObject = regexp.MustCompile(`/Type\s*/Page[^s]`)

func TestBuild(t *testing.T) {
	in := fixture(t)
	dir, m := build(t, in)

	t.Run("files", func(t *testing.T) {
		want := []string{
			"bag-info.txt", "bagit.txt",
			"data/01-konnoyukio_CmRUCE/access-log.csv", "data/01-konnoyukio_CmRUCE/summary.pdf",
			"data/02-Aya_ay_chim0807/access-log.csv", "data/02-Aya_ay_chim0807/summary.pdf",
			"data/declaration-902-11.pdf", "data/declaration-902-11.txt", "data/manifest.json",
			"data/production.dat", "data/production.opt",
			"manifest-sha256.txt", "tagmanifest-sha256.txt",
		}
		if got := packageFiles(t, dir); !slices.Equal(got, want) {
			t.Errorf("files:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if entries, _ := os.ReadDir(filepath.Dir(dir)); len(entries) != 1 {
			t.Errorf("the temporary folder was left beside the package: %v", entries)
		}
	})

	t.Run("the manifest's digests are the files'", func(t *testing.T) {
		var onDisk Manifest
		data, err := os.ReadFile(filepath.Join(dir, "data", ManifestName))
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(data, &onDisk); err != nil {
			t.Fatal(err)
		}
		if len(onDisk.Files) != 8 || len(m.Files) != 8 {
			t.Fatalf("the manifest lists %d files (returned: %d), want 8", len(onDisk.Files), len(m.Files))
		}
		for _, f := range onDisk.Files {
			sum, n, err := hashFile(filepath.Join(dir, "data", f.Path))
			if err != nil || sum != f.SHA256 || n != f.Bytes {
				t.Errorf("%s: %s %d bytes on disk, %s %d in the manifest (%v)", f.Path, sum, n, f.SHA256, f.Bytes, err)
			}
		}
		if onDisk.Bates != m.Bates || onDisk.Order.CaseNumber != "22-mc-80240-VKD" {
			t.Errorf("the manifest on disk is not the one returned")
		}
	})

	t.Run("Bates numbers are consecutive across the package", func(t *testing.T) {
		next := 1
		for _, f := range m.Files {
			if f.Bates == nil {
				continue
			}
			data, _ := os.ReadFile(filepath.Join(dir, "data", f.Path))
			pages := len(pageObject.FindAll(data, -1))
			if f.Bates.First != "TWTR-"+pad6(next) || f.Bates.Last != "TWTR-"+pad6(next+pages-1) || f.Bates.Pages != pages {
				t.Errorf("%s: Bates %+v for %d pages, want it to start at %d", f.Path, f.Bates, pages, next)
			}
			next += pages
		}
		if m.Bates.First != "TWTR-000001" || m.Bates.Last != "TWTR-"+pad6(next-1) || m.Bates.Pages != next-1 {
			t.Errorf("package Bates %+v, want TWTR-000001 to %d", m.Bates, next-1)
		}
	})

	t.Run("Verify finds nothing wrong", func(t *testing.T) {
		ps, err := Verify(dir)
		if err != nil || len(ps) > 0 {
			t.Errorf("Verify = %v, %v", ps, err)
		}
	})

	t.Run("Scan finds nothing, although the source held a card number", func(t *testing.T) {
		fs, err := Scan(dir)
		if err != nil || len(fs) > 0 {
			t.Errorf("Scan = %v, %v", fs, err)
		}
		for _, p := range packageFiles(t, dir) {
			data, _ := os.ReadFile(filepath.Join(dir, p))
			for _, s := range []string{"4111111111111111", "/srv/logs", "access.jsonl:1", "A1B2C3", "card_number: "} {
				if bytes.Contains(data, []byte(s)) {
					t.Errorf("%s holds %q, which the order does not reach", p, s)
				}
			}
		}
	})

	t.Run("access logs: golden CSV", func(t *testing.T) {
		data, err := os.ReadFile(filepath.Join(dir, "data/01-konnoyukio_CmRUCE/access-log.csv"))
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "access-log-konnoyukio.csv", data)
	})

	t.Run("manifest: golden structure", func(t *testing.T) {
		data, err := os.ReadFile(filepath.Join(dir, "data", ManifestName))
		if err != nil {
			t.Fatal(err)
		}
		golden(t, "manifest.json", stableManifest(t, data))
	})

	t.Run("what was withheld is returned, not written", func(t *testing.T) {
		w := m.Withheld[0]
		if w.Label != "konnoyukio@CmRUCE" || w.LogOutsideWindows != 4 || w.LogDuplicates != 1 {
			t.Errorf("withheld = %+v", w)
		}
		if len(w.Dropped.Fields) != 1 || w.Dropped.Fields[0].Field != "card_number" || len(w.Dropped.Categories) != 1 || w.Dropped.Categories[0].Category != order.DeviceIDs {
			t.Errorf("dropped = %+v", w.Dropped)
		}
		data, _ := os.ReadFile(filepath.Join(dir, "data", ManifestName))
		if bytes.Contains(data, []byte("outside")) || bytes.Contains(data, []byte("withheld")) || bytes.Contains(data, []byte("device_id\"")) {
			t.Error("manifest.json tells what was withheld")
		}
	})

	t.Run("the declaration cites the case, the Bates range and the use restriction", func(t *testing.T) {
		data, err := os.ReadFile(filepath.Join(dir, "data", DeclarationText))
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{"Case No. 22-mc-80240-VKD", "902(11)", "803(6)", "28 U.S.C. § 1746", "TWTR-000001 through TWTR-000004",
			"Jane Doe, Custodian of Records", in.Order.UseRestriction.Text, "card numbers, card expiry dates or card security codes", "documents sufficient to show"} {
			if !bytes.Contains(data, []byte(s)) {
				t.Errorf("the declaration does not say %q", s)
			}
		}
	})

	t.Run("bag-info", func(t *testing.T) {
		data, _ := os.ReadFile(filepath.Join(dir, "bag-info.txt"))
		for _, s := range []string{"Bagging-Date: 2022-12-06\n", "Payload-Oxum: ", "Source-Organization: Twitter, Inc.\n"} {
			if !bytes.Contains(data, []byte(s)) {
				t.Errorf("bag-info.txt lacks %q:\n%s", s, data)
			}
		}
	})
}

func pad6(n int) string {
	s := "000000" + itoa(n)
	return s[len(s)-6:]
}

// TestBuildPDFReadsBack reads the summaries back with pdftotext: the Bates
// numbers, the legend, and Japanese names, one of them across a line wrap.
func TestBuildPDFReadsBack(t *testing.T) {
	pdftotext := testdeps.PDFToText(t)
	in := fixture(t)
	dir, _ := build(t, in)
	text := func(rel string) string {
		out, err := exec.Command(pdftotext, "-enc", "UTF-8", filepath.Join(dir, rel), "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	squeeze := strings.NewReplacer("\n", "", "\f", "", " ", "", "　", "")
	konno := text("data/01-konnoyukio_CmRUCE/summary.pdf")
	aya := text("data/02-Aya_ay_chim0807/summary.pdf")
	for _, s := range []string{"TWTR-000001", "TWTR-000002", "紺野 幸雄", "こんの ゆきお", "YUKIO KONNO", "東京都港区六本木一丁目", "192.0.2.3", konnoID} {
		if !strings.Contains(konno, s) {
			t.Errorf("the first summary does not read %q", s)
		}
	}
	for _, s := range []string{"TWTR-000003", "綾", "大阪府大阪市北区梅田三丁目"} {
		if !strings.Contains(aya, s) {
			t.Errorf("the second summary does not read %q", s)
		}
	}
	// The legend is wrapped across the footer; compare without white space.
	legend := squeeze.Replace(in.Order.UseRestriction.Text)
	if n := strings.Count(squeeze.Replace(konno), legend); n < 2 {
		t.Errorf("the legend is on %d pages of the first summary, want every page", n)
	}
	// The long address wraps: no character is lost at the break.
	if !strings.Contains(squeeze.Replace(konno), squeeze.Replace(longAddress)) {
		t.Errorf("the address lost characters at its line break:\n%s", konno)
	}
	wrapped := false
	for _, line := range strings.Split(konno, "\n") {
		if strings.Contains(line, "神奈川県") && !strings.Contains(line, "高木ひでのり気付") {
			wrapped = true
		}
	}
	if !wrapped {
		t.Error("the address did not wrap: the test proves nothing")
	}
	decl := text("data/" + DeclarationPDF)
	for _, s := range []string{"DRAFT", "22-mc-80240-VKD", "TWTR-000001 through TWTR-000004"} {
		if !strings.Contains(decl, s) {
			t.Errorf("the declaration does not read %q", s)
		}
	}
	if strings.Contains(decl, "TWTR-000005") {
		t.Error("the draft declaration is Bates-numbered")
	}
}

// TestBuildRefuses builds what must not be built: nothing is left behind.
func TestBuildRefuses(t *testing.T) {
	refuse := func(t *testing.T, ctx context.Context, in Input, code fault.Code) error {
		t.Helper()
		parent := t.TempDir()
		dir := filepath.Join(parent, "production")
		_, err := Build(ctx, in, dir, nil)
		if !fault.Is(err, code) {
			t.Fatalf("Build = %v, want %s", err, code)
		}
		if entries, _ := os.ReadDir(parent); len(entries) != 0 {
			t.Errorf("Build left %v behind", entries)
		}
		return err
	}
	withField := func(t *testing.T, value string) Input {
		in := fixture(t)
		in.Accounts[1].Records = append(in.Accounts[1].Records, rec(order.Addresses, "2021-01-01T00:00:00Z", "", "kind", "billing", "address", value))
		return in
	}
	for _, tc := range []struct{ name, value string }{
		{"a card number in an address", "大阪府大阪市 4111111111111111"},
		{"a card number in groups", "大阪府大阪市 4111 1111 1111 1111"},
		{"a card number in dashed groups", "大阪府大阪市 4111-1111-1111-1111"},
		{"a security code", "大阪府大阪市 cvv: 123"},
		{"an expiry date", `大阪府大阪市 "expiry": "12/27"`},
	} {
		t.Run("ErrRefused: "+tc.name, func(t *testing.T) {
			err := refuse(t, t.Context(), withField(t, tc.value), fault.Refused)
			var se *ScanError
			if !errors.As(err, &se) || len(se.Findings) == 0 {
				t.Fatalf("no findings in %v", err)
			}
			named := false
			for _, f := range se.Findings {
				if f.File == "data/02-Aya_ay_chim0807/summary.pdf" {
					named = true
				}
			}
			if !named {
				t.Errorf("the findings do not name the summary: %v", se.Findings)
			}
			if strings.Contains(err.Error(), "4111111111111111") || strings.Contains(err.Error(), "12/27") {
				t.Errorf("the error repeats the card data: %v", err)
			}
		})
	}
	t.Run("ErrRefused: a card number as a name on a card", func(t *testing.T) {
		in := fixture(t)
		in.Accounts[1].Records[3].Fields[0].Value = "AYA SATO 5555555555554444"
		refuse(t, t.Context(), in, fault.Refused)
	})
	t.Run("ErrInternal: cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(t.Context())
		cancel()
		refuse(t, ctx, fixture(t), fault.Internal)
	})
	t.Run("ErrRefused: the order was denied", func(t *testing.T) {
		in := fixture(t)
		in.Order.Disposition = order.Denied
		refuse(t, t.Context(), in, fault.Refused)
	})
	t.Run("ErrInvalid: an account the order does not name", func(t *testing.T) {
		in := fixture(t)
		in.Accounts[0].Label = "someone@else"
		refuse(t, t.Context(), in, fault.Invalid)
	})
	t.Run("ErrInvalid: no font", func(t *testing.T) {
		in := fixture(t)
		in.FontPath = filepath.Join(t.TempDir(), "missing.ttf")
		refuse(t, t.Context(), in, fault.Invalid)
	})
	t.Run("ErrInvalid: a Bates prefix with digits", func(t *testing.T) {
		in := fixture(t)
		in.BatesPrefix = "TW2022-"
		refuse(t, t.Context(), in, fault.Invalid)
	})
	t.Run("ErrConflict: the folder exists", func(t *testing.T) {
		dir := t.TempDir()
		if _, err := Build(t.Context(), fixture(t), dir, nil); !fault.Is(err, fault.Conflict) {
			t.Errorf("Build = %v, want conflict", err)
		}
	})
}

// TestVerifyNamesTheFile changes one byte of one file at a time.
func TestVerifyNamesTheFile(t *testing.T) {
	in := fixture(t)
	in.LoadFiles = false
	clean, _ := build(t, in)
	copyDir := func(t *testing.T) string {
		t.Helper()
		dst := filepath.Join(t.TempDir(), "p")
		if err := os.CopyFS(dst, os.DirFS(clean)); err != nil {
			t.Fatal(err)
		}
		return dst
	}
	for _, file := range []string{
		"data/01-konnoyukio_CmRUCE/summary.pdf",
		"data/02-Aya_ay_chim0807/access-log.csv",
		"data/declaration-902-11.txt",
		"data/manifest.json",
		"bag-info.txt",
		"manifest-sha256.txt",
	} {
		t.Run("one byte of "+file, func(t *testing.T) {
			dir := copyDir(t)
			p := filepath.Join(dir, filepath.FromSlash(file))
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			data[len(data)/2] ^= 0x01
			if err := os.WriteFile(p, data, 0o600); err != nil {
				t.Fatal(err)
			}
			ps, err := Verify(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(ps) == 0 {
				t.Fatal("Verify found nothing")
			}
			// Every problem names the changed file, or is a claim of the
			// changed file (a manifest) that no longer holds.
			named := false
			for _, pr := range ps {
				switch {
				case pr.File == file:
					named = true
					if pr.Kind != ProblemMismatch && pr.Kind != ProblemInvalid {
						t.Errorf("problem %v, want a mismatch", pr)
					}
				case pr.By == path.Base(file):
				default:
					t.Errorf("Verify blames %s for a change to %s: %v", pr.File, file, ps)
				}
			}
			if !named {
				t.Errorf("Verify does not name %s: %v", file, ps)
			}
		})
	}
	t.Run("a missing file", func(t *testing.T) {
		dir := copyDir(t)
		os.Remove(filepath.Join(dir, "data/02-Aya_ay_chim0807/access-log.csv"))
		ps, _ := Verify(dir)
		if !hasProblem(ps, "data/02-Aya_ay_chim0807/access-log.csv", ProblemMissing) {
			t.Errorf("Verify = %v", ps)
		}
	})
	t.Run("an extra file in the payload and beside it", func(t *testing.T) {
		dir := copyDir(t)
		os.WriteFile(filepath.Join(dir, "data", "extra.txt"), []byte("x"), 0o600)
		os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x"), 0o600)
		ps, _ := Verify(dir)
		if !hasProblem(ps, "data/extra.txt", ProblemExtra) || !hasProblem(ps, "notes.txt", ProblemExtra) {
			t.Errorf("Verify = %v", ps)
		}
		if !hasProblem(ps, "bag-info.txt", ProblemMismatch) {
			t.Errorf("Payload-Oxum did not notice the extra file: %v", ps)
		}
	})
	t.Run("ErrNotFound: no package", func(t *testing.T) {
		if _, err := Verify(filepath.Join(t.TempDir(), "none")); !fault.Is(err, fault.NotFound) {
			t.Errorf("Verify = %v", err)
		}
	})
}

func hasProblem(ps []Problem, file, kind string) bool {
	for _, p := range ps {
		if p.File == file && p.Kind == kind {
			return true
		}
	}
	return false
}

func TestBuildLoadFiles(t *testing.T) {
	dir, _ := build(t, fixture(t))
	dat, err := os.ReadFile(filepath.Join(dir, "data", LoadFileDAT))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(dat, []byte("\ufeffþBEGBATESþ\x14þENDBATESþ")) {
		t.Errorf("the DAT does not start with its BOM and header: %q", dat[:40])
	}
	rows := strings.Split(strings.TrimSuffix(string(dat), "\r\n"), "\r\n")
	if len(rows) != 3 || !strings.HasPrefix(rows[1], "þTWTR-000001þ\x14þTWTR-000002þ\x14þ2þ\x14þkonnoyukio@CmRUCEþ") ||
		!strings.Contains(rows[1], `þ.\01-konnoyukio_CmRUCE\access-log.csvþ`) {
		t.Errorf("DAT rows:\n%q", rows)
	}
	opt, _ := os.ReadFile(filepath.Join(dir, "data", LoadFileOPT))
	want := "TWTR-000001,WRIT,.\\01-konnoyukio_CmRUCE\\summary.pdf,Y,,,2\r\n" +
		"TWTR-000002,WRIT,.\\01-konnoyukio_CmRUCE\\summary.pdf,,,,\r\n" +
		"TWTR-000003,WRIT,.\\02-Aya_ay_chim0807\\summary.pdf,Y,,,2\r\n" +
		"TWTR-000004,WRIT,.\\02-Aya_ay_chim0807\\summary.pdf,,,,\r\n"
	if string(opt) != want {
		t.Errorf("OPT:\n%q\nwant\n%q", opt, want)
	}

	in := fixture(t)
	in.LoadFiles = false
	dir, m := build(t, in)
	if _, err := os.Stat(filepath.Join(dir, "data", LoadFileDAT)); err == nil || len(m.Files) != 6 {
		t.Error("load files were written without being asked for")
	}
}

// TestBuildProgress: progress says what is being done, never whose data.
func TestBuildProgress(t *testing.T) {
	var said []string
	if _, err := Build(t.Context(), fixture(t), filepath.Join(t.TempDir(), "p"), func(s string) { said = append(said, s) }); err != nil {
		t.Fatal(err)
	}
	if len(said) < 4 {
		t.Errorf("progress said %q", said)
	}
	for _, s := range said {
		for _, personal := range []string{"紺野", "綾", "example.jp", "192.0.2", "神奈川", konnoID} {
			if strings.Contains(s, personal) {
				t.Errorf("progress %q holds a person's data", s)
			}
		}
	}
}
