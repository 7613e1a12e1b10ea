package production

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/production/pdf"
)

// luhnTimestamp is a PDF creation date, YYYYMMDDhhmmss, whose 14 digits
// happen to pass the Luhn check, as one in ten do.
func luhnTimestamp() string {
	for t := at("2022-12-06T18:30:00Z"); ; t = t.Add(time.Second) {
		if s := t.Format("20060102150405"); luhn(s) {
			return s
		}
	}
}

// TestScanRules is what the scanner must find, and what it must not:
// every row of the second table is something a production holds lawfully.
func TestScanRules(t *testing.T) {
	visa := "4111111111111111"
	amex := "378282246310005"
	nineteen := luhnComplete("601111111111111111")
	thirteen := luhnComplete("422222222222")
	for _, tc := range []struct {
		name, text, kind string
	}{
		{"16 digits together", "card " + visa, FoundCardNumber},
		{"in groups separated by spaces", "4111 1111 1111 1111", FoundCardNumber},
		{"in groups separated by dashes", "4111-1111-1111-1111", FoundCardNumber},
		{"American Express, 4-6-5", "3782 822463 10005", FoundCardNumber},
		{"American Express together", amex, FoundCardNumber},
		{"19 digits", nineteen, FoundCardNumber},
		{"19 digits in groups", nineteen[:4] + " " + nineteen[4:8] + " " + nineteen[8:12] + " " + nineteen[12:16] + " " + nineteen[16:], FoundCardNumber},
		{"13 digits", thirteen, FoundCardNumber},
		{"full-width digits, as a Japanese form may hold them", "４１１１１１１１１１１１１１１１", FoundCardNumber},
		{"ideographic spaces between groups", "４１１１　１１１１　１１１１　１１１１", FoundCardNumber},
		{"in a JSON string", `{"number":"` + visa + `"}`, FoundCardNumber},
		{"glued to letters", "card" + visa + "x", FoundCardNumber},
		{"inside Japanese text", "カード番号" + visa + "です", FoundCardNumber},
		{"wrapped onto the next line", "4111 1111\n1111 1111", FoundCardNumber},
		{"after other numbers", "No 1234 4111 1111 1111 1111", FoundCardNumber},
		{"in a CSV field", "2022-06-08T07:00:00Z," + visa + ",192.0.2.1", FoundCardNumber},
		{"expiry in JSON", `{"expiry": "12/27"}`, FoundExpiration},
		{"expiration date", "Expiration Date: 2027-12", FoundExpiration},
		{"exp_month", "exp_month=12&exp_year=2027", FoundExpiration},
		{"expiry in Japanese", "有効期限：12/27", FoundExpiration},
		{"valid thru", "VALID THRU 12/27", FoundExpiration},
		{"cvv in JSON", `{"cvv": "123"}`, FoundSecurityCode},
		{"CVC", "CVC: 1234", FoundSecurityCode},
		{"security code with spaces", "security code 123", FoundSecurityCode},
		{"card_security_code", "card_security_code=999", FoundSecurityCode},
		{"security code in Japanese", "セキュリティコード：123", FoundSecurityCode},
		{"camel case", `{"cardCvv":"123"}`, FoundSecurityCode},
	} {
		t.Run("finds "+tc.name, func(t *testing.T) {
			hits := scanBytes([]byte(tc.text), fullRules, nil)
			if len(hits) == 0 || hits[0].kind != tc.kind {
				t.Fatalf("scan(%q) = %+v, want %s", tc.text, hits, tc.kind)
			}
			for _, h := range hits {
				if strings.Contains(h.what, "4111111111") || strings.Contains(h.what, "822463") {
					t.Errorf("a finding repeats the digits: %s", h.what)
				}
			}
		})
	}
	t.Run("finds both fields of one object", func(t *testing.T) {
		hits := scanBytes([]byte(`{"cvv":"123","expiry":"12/27","cvc":"456"}`), fullRules, nil)
		if len(hits) != 3 {
			t.Errorf("hits = %+v, want 3", hits)
		}
	})

	// A SHA-256 digest whose hexadecimal digits hold a Luhn-valid run.
	digest := "ab" + visa + strings.Repeat("cd", 23)
	stamp := luhnTimestamp()
	for _, tc := range []struct{ name, text string }{
		{"a Bates number", "TWTR-000001"},
		{"Bates numbers in a row", "TWTR-000001 TWTR-000002 TWTR-000003 TWTR-000004"},
		{"a Bates range", "TWTR-000001 to TWTR-000004; Case No. 22-mc-80240-VKD TWTR-000001-TWTR-000004"},
		{"a SHA-256 digest holding a Luhn-valid run", "SHA-256 " + digest},
		{"a SHA-256 in a BagIt manifest", digest + "  data/01-a/summary.pdf\n" + digest + "  data/02-b/summary.pdf\n"},
		{"RFC 3339 times", "2022-12-06T18:30:00Z 2022-12-06T23:59:59-08:00 2021-05-02T23:59:30-07:00"},
		{"court and UTC times", "2022-12-06 23:59:59 PST (2022-12-07 07:59:59 UTC)"},
		{"a PDF creation date whose digits pass the Luhn check", "/CreationDate(D:" + stamp + "+00'00')"},
		{"dates in a row", "2022-06-08 2022-09-08 2022-12-06 2021-05-02"},
		{"IPv4 addresses", "192.0.2.1 198.51.100.255 203.0.113.5:51234"},
		{"IPv6 addresses", "2001:db8::1 2001:0db8:0000:0000:0000:ff00:0042:8329 ::ffff:192.0.2.1"},
		{"a Japanese mobile number", "+81-90-1234-5678 090-1234-5678 09012345678"},
		{"a Chinese mobile number whose 13 digits pass the Luhn check", "+8613812345678"},
		{"international numbers in groups", "+1 415 555 0123, +86 138 1234 5678, +44 20 7946 0958"},
		{"a zero-padded counter that passes the Luhn check", "0000000000000000"},
		{"PDF cross-reference entries", "0000000015 00000 n \n0000000123 00000 n \n"},
		{"a number that fails the Luhn check", "4111111111111112"},
		{"a decimal number", "0." + visa + " and " + visa + ".5"},
		{"more than 19 digits", "41111111111111111111111"},
		{"a CSV line of the access log", "2021-05-03T06:59:30Z,2021-05-02T23:59:30-07:00,192.0.2.3\r\n"},
		{"the order's words", "(but not the credit card number, expiration date, or card validation code)"},
		{"the manifest's excluded fields", `"excluded_fields": ["card_number", "card_expiration", "card_security_code"]`},
		{"a count after a field's name", `{"category": "card_holder", "values": 123, "field": "cvv"}`},
		{"a label at the end of a line and a date on the next", "card_security_code\n2022-06-08 and expiry\n12/27"},
		{"a security code label followed by a longer number", "security code 12345678"},
		{"Payload-Oxum", "Payload-Oxum: 177187.9"},
		{"a page footer", "Case No. 22-mc-80240-VKD · konnoyukio@CmRUCE · page 1 of 2 TWTR-000001"},
	} {
		t.Run("ignores "+tc.name, func(t *testing.T) {
			if hits := scanBytes([]byte(tc.text), fullRules, nil); len(hits) > 0 {
				t.Errorf("scan(%q) = %+v, want nothing", tc.text, hits)
			}
		})
	}
	t.Run("ignores the digest, timestamp and phone guards' look-alikes only where they apply", func(t *testing.T) {
		// The same digits, standing alone, are found.
		for _, s := range []string{visa, stamp[:13] + "0", "8613812345678"} {
			if luhn(s) && len(scanBytes([]byte(s), fullRules, nil)) == 0 {
				t.Errorf("%s alone is not found", s)
			}
		}
	})
	t.Run("ignores an account id the manifest declares, and only where it stands whole", func(t *testing.T) {
		exempt := map[string]bool{konnoID: true}
		if hits := scanBytes([]byte("Platform account id: "+konnoID), fullRules, exempt); len(hits) > 0 {
			t.Errorf("hits = %+v", hits)
		}
		if hits := scanBytes([]byte("Platform account id: "+konnoID), fullRules, nil); len(hits) == 0 {
			t.Error("the id is not a Luhn-valid number: the test proves nothing")
		}
		if hits := scanBytes([]byte("card "+visa), fullRules, exempt); len(hits) == 0 {
			t.Error("the exemption hid a card number")
		}
	})
	t.Run("in a PDF's syntax, numbers separated by spaces are operands", func(t *testing.T) {
		widths := "/W [ 1 [ 1000 1000 500 500 1000 1000 500 1000 1000 ] ] 0 0 612 792 re 4111 1111 1111 1111 Td"
		if hits := scanBytes([]byte(widths), syntaxRules, nil); len(hits) > 0 {
			t.Errorf("hits = %+v", hits)
		}
		if hits := scanBytes([]byte("x "+visa+" 4111-1111-1111-1111"), syntaxRules, nil); len(hits) != 2 {
			t.Errorf("hits = %+v, want the number together and in dashed groups", hits)
		}
	})
}

// writePackage writes files into a fresh folder.
func writePackage(t *testing.T, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestScanPDFText renders a page that shows a card number: the PDF's bytes
// hold only glyph codes, and the scanner finds the number by decoding them
// through the font's map.
func TestScanPDFText(t *testing.T) {
	font, err := pdf.EmbeddedFont()
	if err != nil {
		t.Fatal(err)
	}
	for _, shown := range []string{"4111111111111111", "4111 1111 1111 1111", "4111-1111-1111-1111", "有効期限：12/27"} {
		t.Run(shown, func(t *testing.T) {
			doc := pdf.New(font, pdf.Options{})
			doc.Add(pdf.Body, "お支払い方法 "+shown)
			res, err := doc.Render(func(int, int) pdf.Footer { return pdf.Footer{Right: "TWTR-000001"} })
			if err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(res.PDF, []byte(shown)) {
				t.Fatal("the PDF's bytes hold the text as it is: the test does not reach the decoding")
			}
			fs, err := Scan(writePackage(t, map[string][]byte{"data/a.pdf": res.PDF}))
			if err != nil {
				t.Fatal(err)
			}
			if len(fs) != 1 || fs[0].Layer != "PDF text" || fs[0].File != "data/a.pdf" {
				t.Errorf("findings = %v, want one in the PDF's text", fs)
			}
		})
	}
	t.Run("a number wrapped across two lines", func(t *testing.T) {
		doc := pdf.New(font, pdf.Options{})
		doc.Add(pdf.Body, strings.Repeat("あ", 44)+" 4111 1111 1111 1111")
		res, err := doc.Render(func(int, int) pdf.Footer { return pdf.Footer{} })
		if err != nil {
			t.Fatal(err)
		}
		fs, err := Scan(writePackage(t, map[string][]byte{"a.pdf": res.PDF}))
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) != 1 {
			t.Errorf("findings = %v, want one", fs)
		}
		if fs := scanLaidOutText("a.pdf", res.Text, nil); len(fs) != 1 {
			t.Errorf("text before layout: findings = %v, want one", fs)
		}
	})
	t.Run("a clean page", func(t *testing.T) {
		doc := pdf.New(font, pdf.Options{Title: "Production", Created: at("2022-12-06T18:30:00Z")})
		doc.Add(pdf.Body, "紺野 幸雄 +81-90-1234-5678 192.0.2.1 2022-12-06T18:30:00Z SHA-256 ab"+"4111111111111111"+strings.Repeat("cd", 23))
		res, err := doc.Render(func(int, int) pdf.Footer { return pdf.Footer{Right: "TWTR-000001", Legend: "USE RESTRICTION"} })
		if err != nil {
			t.Fatal(err)
		}
		fs, err := Scan(writePackage(t, map[string][]byte{"a.pdf": res.PDF}))
		if err != nil || len(fs) > 0 {
			t.Errorf("findings = %v, %v; want none", fs, err)
		}
	})
}

// TestScanCompressedPDF reads a PDF whose page content is compressed: the
// scanner decompresses it, and fails closed on a stream it cannot read.
func TestScanCompressedPDF(t *testing.T) {
	mk := func(content []byte, filter string) []byte {
		var z bytes.Buffer
		w := zlib.NewWriter(&z)
		w.Write(content)
		w.Close()
		data := z.Bytes()
		return fmt.Appendf(nil, "%%PDF-1.4\n1 0 obj\n<< /Length %d /Filter %s >>\nstream\n%s\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%%%EOF\n", len(data), filter, data)
	}
	t.Run("a card number in compressed content", func(t *testing.T) {
		b := mk([]byte("BT /F1 12 Tf 72 720 Td (Card 4111 1111 1111 1111) Tj ET"), "/FlateDecode")
		fs, err := Scan(writePackage(t, map[string][]byte{"a.pdf": b}))
		if err != nil || len(fs) != 1 || fs[0].Kind != FoundCardNumber {
			t.Errorf("findings = %v, %v", fs, err)
		}
	})
	t.Run("in an array of filters", func(t *testing.T) {
		b := mk([]byte("BT (4111111111111111) Tj ET"), "[ /FlateDecode ]")
		fs, err := Scan(writePackage(t, map[string][]byte{"a.pdf": b}))
		if err != nil || len(fs) != 1 || fs[0].Kind != FoundCardNumber {
			t.Errorf("findings = %v, %v", fs, err)
		}
	})
	t.Run("a stream the scanner cannot read", func(t *testing.T) {
		b := mk([]byte("BT (clean) Tj ET"), "/LZWDecode")
		fs, err := Scan(writePackage(t, map[string][]byte{"a.pdf": b}))
		if err != nil || len(fs) != 1 || fs[0].Kind != FoundUnreadable {
			t.Errorf("findings = %v, %v", fs, err)
		}
	})
	t.Run("a clean compressed stream", func(t *testing.T) {
		b := mk([]byte("BT (clean text 2022-12-06) Tj ET"), "/FlateDecode")
		fs, err := Scan(writePackage(t, map[string][]byte{"a.pdf": b}))
		if err != nil || len(fs) != 0 {
			t.Errorf("findings = %v, %v", fs, err)
		}
	})
}

func TestScanFindingSaysWhere(t *testing.T) {
	dir := writePackage(t, map[string][]byte{
		"data/notes.txt": []byte("line one\nline two\n\"cvv\": \"123\"\n"),
	})
	fs, err := Scan(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 {
		t.Fatalf("findings = %v", fs)
	}
	f := fs[0]
	if f.File != "data/notes.txt" || f.Line != 3 || f.Offset != 19 || f.Kind != FoundSecurityCode {
		t.Errorf("finding = %+v, want data/notes.txt line 3 byte 19", f)
	}
	if s := f.String(); !strings.Contains(s, "data/notes.txt: line 3") || strings.Contains(s, "123") {
		t.Errorf("String() = %q", s)
	}
}

func TestScanRefusesLinks(t *testing.T) {
	dir := writePackage(t, map[string][]byte{"data/a.txt": []byte("clean")})
	if err := os.Symlink("/etc/passwd", filepath.Join(dir, "data", "b.txt")); err != nil {
		t.Skip(err)
	}
	fs, err := Scan(dir)
	if err != nil || len(fs) != 1 || fs[0].Kind != FoundUnreadable {
		t.Errorf("findings = %v, %v", fs, err)
	}
}
