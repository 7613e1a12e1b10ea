package access_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/writ-project/writ/internal/access"
)

// TestFlowFromOverHTTPS: over HTTPS the flow is read only from the __Host-
// cookie; a plain-named one, which a sibling host could have set, is none.
func TestFlowFromOverHTTPS(t *testing.T) {
	t.Parallel()
	f := newOIDCFixture(t)
	flow := access.Flow{State: "state", Nonce: "nonce", Verifier: "verifier", Expires: t0.Add(access.FlowTTL).UTC()}
	rec := httptest.NewRecorder()
	f.oidc.SetFlowCookie(rec, flow, true)
	secure := rec.Result().Cookies()[0]
	for _, tt := range []struct {
		name   string
		cookie *http.Cookie
		secure bool
		want   access.Flow
	}{
		{"Prefixed", secure, true, flow},
		{"PlainOverHTTPS", &http.Cookie{Name: access.FlowCookieName, Value: secure.Value}, true, access.Flow{}},
		{"PlainOverHTTP", &http.Cookie{Name: access.FlowCookieName, Value: secure.Value}, false, flow},
	} {
		req := httptest.NewRequest("GET", "/signin/oidc/callback", nil)
		req.AddCookie(tt.cookie)
		if got := f.oidc.FlowFrom(req, tt.secure); got != tt.want {
			t.Errorf("%s: %+v, want %+v", tt.name, got, tt.want)
		}
	}
}
