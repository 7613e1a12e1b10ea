package fonts

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"strings"
	"testing"
)

// ipaexgSHA256 is the SHA-256 of ipaexg.ttf as IPA released it (Debian's
// fonts-ipaexfont-gothic 00401-5 ships the same bytes).
const ipaexgSHA256 = "3b9955a5e437ffb24c41548e79296fa724822da21ee75dc1b94f6ccdb8f400dd"

// TestFontIsUnaltered: the IPA Font License lets the font be redistributed
// only unaltered (Article 3.2(2)); a changed byte (a tool that rewrote the
// file, a line-ending conversion) would break that promise.
func TestFontIsUnaltered(t *testing.T) {
	sum := sha256.Sum256(IPAexGothic)
	if got := hex.EncodeToString(sum[:]); got != ipaexgSHA256 {
		t.Errorf("ipaexg.ttf has SHA-256 %s, want %s: the font must be shipped unaltered", got, ipaexgSHA256)
	}
	if debian, err := os.ReadFile("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"); err == nil && !bytes.Equal(debian, IPAexGothic) {
		t.Log("Debian's installed ipaexg.ttf differs from the embedded one (another release): compare the versions")
	}
}

// TestLicenseIsDebians: the licence shipped is the text of Debian's
// copyright file, with only that file's markup undone (Article 3.2(3)
// asks for a copy of the Agreement, so not a word may differ).
func TestLicenseIsDebians(t *testing.T) {
	for _, s := range []string{"IPAフォントライセンスv1.0", "IPA Font License Agreement v1.0", "Article 3 (Restriction)",
		"The Recipient must attach a copy of this Agreement to the Licensed", "This Agreement shall be construed under the laws of Japan."} {
		if !strings.Contains(License, s) {
			t.Errorf("the licence does not say %q", s)
		}
	}
	copyright, err := os.ReadFile("/usr/share/doc/fonts-ipaexfont-gothic/copyright")
	if err != nil {
		t.Skip("Debian's fonts-ipaexfont-gothic is not installed: the licence cannot be compared with its copyright file")
	}
	// The second "License: IPA-1" opens the stand-alone paragraph with
	// the text; the first is the Files: paragraph's reference to it.
	_, para, ok := strings.Cut(string(copyright), "\n\nLicense: IPA-1\n")
	if !ok {
		t.Fatal("Debian's copyright file has no stand-alone License: IPA-1 paragraph")
	}
	para, _, _ = strings.Cut(para, "\n\n")
	var want strings.Builder
	for _, line := range strings.Split(para, "\n") {
		if line == " ." {
			line = " "
		}
		want.WriteString(strings.TrimPrefix(line, " ") + "\n")
	}
	if License != want.String() {
		t.Error("the licence shipped differs from the text of Debian's copyright file")
	}
}
