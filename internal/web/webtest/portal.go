package webtest

import (
	"bytes"
	"context"
	"io"
	"mime/multipart"
	"net/http"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
)

// PortalLink records a notice to konnoyukio@CmRUCE in the case Own on
// Monday 2026-11-23 and returns the token of a portal link for that
// account. The windows to object and to move the court run 21 days, to
// Monday 2026-12-14 (checked on a calendar: no holiday between), so on Now
// (Thursday 2026-11-26) 18 days are left.
func (f *Fixture) PortalLink(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	day, _ := time.ParseInLocation("2006-01-02", "2026-11-23", f.Zone(t, f.Own))
	if _, err := f.Cases.Record(ctx, f.Own, matter.Event{Type: matter.NoticeSent, At: day, Account: "konnoyukio@CmRUCE", Method: "email"}, ""); err != nil {
		t.Fatal(err)
	}
	tokens, _ := store.TokensOf(f.Cases.Store)
	tok, err := tokens.IssueToken(ctx, store.NewToken{CaseID: f.Own, Account: "konnoyukio@CmRUCE", IssuedAt: Now.Add(-time.Hour), ExpiresAt: Now.Add(60 * 24 * time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

// Portal asks the portal as the account holder's browser: no cookie, a
// body of type ctype ("" for none).
func (f *Fixture) Portal(t *testing.T, method, path string, body io.Reader, ctype string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(method, f.URL+path, body)
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	resp, text := f.Send(t, "", req)
	return resp.StatusCode, text
}

// Submission is a multipart form of the portal: its fields, and files
// under "files" by name.
func Submission(t *testing.T, fields map[string]string, files map[string][]byte) (io.Reader, string) {
	t.Helper()
	var buf bytes.Buffer
	w := multipart.NewWriter(&buf)
	for k, v := range fields {
		_ = w.WriteField(k, v)
	}
	for name, data := range files {
		part, err := w.CreateFormFile("files", name)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = part.Write(data)
	}
	_ = w.Close()
	return &buf, w.FormDataContentType()
}
