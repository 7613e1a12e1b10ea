package api

import (
	"net/http"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/web/webtest"
)

// TestReadOrderAPI: POST /api/v1/orders/read gives staff the reader's
// proposal for an order's text, as `writ order read --json` does; other
// roles are refused, and a body that is neither text nor a PDF is a 415.
func TestReadOrderAPI(t *testing.T) {
	f := newFixture(t)
	post := func(who, ctype string, body []byte) (int, string) {
		return f.Post(t, who, "/api/v1/orders/read", ctype, body)
	}
	text := []byte(webtest.SeedOrderText(t))
	code, body := post("staff", "text/plain", text)
	if code != 200 || !strings.Contains(body, `"case_number":"22-mc-80240-VKD"`) || !strings.Contains(body, `"needs_person"`) || !strings.Contains(body, `"span"`) {
		t.Errorf("staff read an order: %d %.300s", code, body)
	}
	for who, want := range map[string]int{"anonymous": 401, "counsel": 403, "court": 403, "staff-elsewhere": 200} {
		if code, _ := post(who, "text/plain", text); code != want {
			t.Errorf("%s: %d, want %d", who, code, want)
		}
	}
	if code, _ := post("staff", "text/plain", []byte{0xff, 0xfe, 0x00}); code != http.StatusUnsupportedMediaType {
		t.Errorf("a binary body: %d", code)
	}
}
