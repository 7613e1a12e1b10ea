package casefile_test

import (
	"mime"
	"testing"

	"github.com/writ-project/writ/internal/web/casefile"
)

// TestDisposition: a file's name becomes a header a browser reads back as
// the same name, less what could make it a path, end the header, or read
// backwards; a name beyond ASCII is written as RFC 2231's filename*.
func TestDisposition(t *testing.T) {
	for _, tc := range []struct{ name, header, back string }{
		{"22-mc-80240-VKD-prod-1.tar.gz", "attachment; filename=22-mc-80240-VKD-prod-1.tar.gz", "22-mc-80240-VKD-prod-1.tar.gz"},
		{`a "b"; c.pdf`, `attachment; filename="a -b-; c.pdf"`, "a -b-; c.pdf"},
		{"../../etc/passwd", "attachment; filename=..-..-etc-passwd", "..-..-etc-passwd"},
		{"evil\r\nSet-Cookie: x", `attachment; filename="evil--Set-Cookie- x"`, "evil--Set-Cookie- x"},
		{"photo\u202egnp.exe", "attachment; filename=photo-gnp.exe", "photo-gnp.exe"},
		{"異議.pdf", "attachment; filename*=utf-8''%E7%95%B0%E8%AD%B0.pdf", "異議.pdf"},
	} {
		got := casefile.Disposition(tc.name)
		if got != tc.header {
			t.Errorf("Disposition(%q) = %s, want %s", tc.name, got, tc.header)
		}
		if _, params, err := mime.ParseMediaType(got); err != nil || params["filename"] != tc.back {
			t.Errorf("%s reads back as %q (%v), want %q", got, params["filename"], err, tc.back)
		}
	}
}
