package production

import (
	"bytes"
	"strconv"
	"strings"
)

// Load files in the payload, beside the documents they describe: paths in
// them are relative to the payload folder, written with backslashes as
// e-discovery platforms read them.
const (
	LoadFileDAT = "production.dat"
	LoadFileOPT = "production.opt"
)

// Concordance's delimiters: þ quotes a field, DC4 (¶ in Concordance's
// display) separates fields.
const (
	datQuote = "\u00fe"
	datSep   = "\x14"
)

// loadFiles writes a Concordance DAT (one line per Bates-numbered
// document, its access-log CSV as the native file) and an Opticon OPT (one
// line per page, the first page of a document marked as its break), for
// platforms such as Relativity that load a production by them.
func (b *builder) loadFiles(m *Manifest) error {
	var dat bytes.Buffer
	dat.WriteString("\ufeff") // UTF-8 with a byte-order mark, which these platforms expect
	row := func(fields ...string) {
		for i, f := range fields {
			if i > 0 {
				dat.WriteString(datSep)
			}
			dat.WriteString(datQuote + strings.NewReplacer(datQuote, "", datSep, "", "\r", " ", "\n", " ").Replace(f) + datQuote)
		}
		dat.WriteString("\r\n")
	}
	row("BEGBATES", "ENDBATES", "PAGECOUNT", "ACCOUNT", "DOCTYPE", "FILEPATH", "NATIVEPATH", "SHA256", "NATIVESHA256")
	var opt bytes.Buffer
	for _, a := range m.Accounts {
		var summary, native File
		for _, f := range b.files {
			if f.Account != a.Label {
				continue
			}
			switch f.Kind {
			case "summary":
				summary = f
			case "access_log":
				native = f
			}
		}
		row(a.Bates.First, a.Bates.Last, itoa(a.Bates.Pages), a.Label, "Account summary",
			windowsPath(summary.Path), windowsPath(native.Path), summary.SHA256, native.SHA256)
		first := batesNumber(a.Bates.First)
		for p := 0; p < a.Bates.Pages; p++ {
			brk := ""
			count := ""
			if p == 0 {
				brk, count = "Y", itoa(a.Bates.Pages)
			}
			opt.WriteString(strings.Join([]string{b.bates(first + p), "WRIT", windowsPath(summary.Path), brk, "", "", count}, ",") + "\r\n")
		}
	}
	for _, f := range []struct {
		name string
		data []byte
	}{{LoadFileDAT, dat.Bytes()}, {LoadFileOPT, opt.Bytes()}} {
		if err := b.writeFile(f.name, f.data); err != nil {
			return err
		}
		if _, err := b.recordFile(f.name, "load_file", "", nil); err != nil {
			return err
		}
	}
	return nil
}

func windowsPath(p string) string {
	if p == "" {
		return ""
	}
	return `.\` + strings.ReplaceAll(p, "/", `\`)
}

// batesNumber reads the number of a Bates label written by builder.bates.
func batesNumber(label string) int {
	n := 0
	for _, c := range label[len(label)-6:] {
		n = n*10 + int(c-'0')
	}
	return n
}

func itoa(n int) string { return strconv.Itoa(n) }
