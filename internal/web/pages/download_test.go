package pages

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"mime"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/matter"
)

// TestDownloadNames: a download's Content-Disposition is written by
// mime.FormatMediaType: a plain name quoted, a name with characters
// outside ASCII as an RFC 2231 filename*, and nothing a browser could
// read as a path.
func TestDownloadNames(t *testing.T) {
	for _, tc := range []struct {
		name, want string
	}{
		{"22-mc-80240-VKD obj-1 letter.pdf", `attachment; filename="22-mc-80240-VKD obj-1 letter.pdf"`},
		{"令和4年(ワ)第123号 obj-1.pdf", `attachment; filename*=utf-8''%E4%BB%A4%E5%92%8C4%E5%B9%B4%28%E3%83%AF%29%E7%AC%AC123%E5%8F%B7%20obj-1.pdf`},
		{`../../etc/passwd "x".pdf`, `attachment; filename="..-..-etc-passwd -x-.pdf"`},
		{"a\r\nb.pdf", `attachment; filename=a--b.pdf`},
	} {
		w := httptest.NewRecorder()
		download(w, tc.name, "application/pdf", []byte("%PDF-1.4"))
		got := w.Header().Get("Content-Disposition")
		if got != tc.want {
			t.Errorf("%q: Content-Disposition %q, want %q", tc.name, got, tc.want)
		}
		if d, _, err := mime.ParseMediaType(got); err != nil || d != "attachment" {
			t.Errorf("%q: %q does not parse: %v", tc.name, got, err)
		}
		if w.Header().Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(w.Header().Get("Content-Security-Policy"), "sandbox") {
			t.Errorf("%q: a download may be rendered by writ's origin: %v", tc.name, w.Header())
		}
	}
}

// TestAttachmentNamedByItsType: an account holder's file is served under
// a name writ makes from the case, the objection and the type detected
// from its content, never the name the holder gave it (evil.html here).
func TestAttachmentNamedByItsType(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	loc := f.Zone(t, f.Own)
	for _, tc := range []struct {
		file, ctype, ext string
		content          []byte
	}{
		{"evil.html", "application/pdf", ".pdf", []byte("%PDF-1.4\n<html><script>alert(1)</script>")},
		{"notes.exe", "text/plain", ".txt", []byte("I object, in plain words.")},
	} {
		sum := sha256.Sum256(tc.content)
		digest := hex.EncodeToString(sum[:])
		e := matter.Event{Type: matter.MotionFiled, At: time.Date(2022, 11, 9, 10, 0, 0, 0, loc), By: "account_holder", Account: "Aya@ay_chim0807",
			Attachments: []matter.Attachment{{Name: tc.file, Type: tc.ctype, Size: int64(len(tc.content)), SHA256: digest}}}
		stored, err := f.Cases.RecordWith(ctx, f.Own, e, "", tc.content)
		if err != nil {
			t.Fatal(err)
		}
		id, _ := f.Cases.Load(ctx, f.Own)
		motion := id.Events[stored.Seq-1].ID
		for _, who := range []string{"staff", "court"} {
			resp, body := f.Page(t, who, "GET", "/cases/"+f.Own+"/attachments/"+digest, nil)
			if resp.StatusCode != 200 || body != string(tc.content) {
				t.Fatalf("%s downloads %s: %d", who, tc.file, resp.StatusCode)
			}
			_, params, err := mime.ParseMediaType(resp.Header.Get("Content-Disposition"))
			name := params["filename"]
			if err != nil || !strings.HasSuffix(name, tc.ext) || !strings.Contains(name, "22-mc-80240-VKD") || !strings.Contains(name, motion) || strings.Contains(name, tc.file) {
				t.Errorf("%s: served as %q (%v); want a name of the case, %s and the type detected (%s)", tc.file, name, err, motion, tc.ext)
			}
			if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, tc.ctype) {
				t.Errorf("%s: Content-Type %q, want %s", tc.file, ct, tc.ctype)
			}
		}
	}
	if resp, _ := f.Page(t, "counsel", "GET", "/cases/"+f.Own+"/attachments/"+strings.Repeat("a", 64), nil); resp.StatusCode != 403 {
		t.Errorf("counsel: %d", resp.StatusCode)
	}
}
