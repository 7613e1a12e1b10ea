package access_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/access"
)

func TestSessionCookie(t *testing.T) {
	t.Parallel()
	const token = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
	expires := time.Date(2022, 10, 20, 21, 0, 0, 0, time.FixedZone("JST", 9*60*60))

	for _, tt := range []struct {
		name   string
		secure bool
		want   []string
	}{
		{"HTTPS", true, []string{"__Host-writ_session=" + token, "Path=/", "Max-Age=43200", "HttpOnly", "Secure", "SameSite=Strict"}},
		{"HTTP", false, []string{"writ_session=" + token, "Path=/", "Max-Age=43200", "HttpOnly", "SameSite=Strict"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			access.SetSessionCookie(w, token, expires, expires.Add(-12*time.Hour), tt.secure)
			got := w.Header().Values("Set-Cookie")
			if len(got) != 1 {
				t.Fatalf("Set-Cookie: %q", got)
			}
			attrs := strings.Split(got[0], "; ")
			for _, want := range tt.want {
				if !contains(attrs, want) {
					t.Errorf("Set-Cookie %q lacks %q", got[0], want)
				}
			}
			if !tt.secure && contains(attrs, "Secure") {
				t.Errorf("Set-Cookie %q is Secure over plain HTTP, which browsers then drop", got[0])
			}
			if strings.Contains(got[0], "Domain=") {
				t.Errorf("Set-Cookie %q names a domain", got[0])
			}

			// The browser sends it back; TokenFromRequest finds it.
			r := httptest.NewRequest("GET", "/", nil)
			r.Header.Set("Cookie", attrs[0])
			if got := access.TokenFromRequest(r); got != token {
				t.Errorf("TokenFromRequest = %q", got)
			}

			w = httptest.NewRecorder()
			access.ClearSessionCookie(w, tt.secure)
			cleared := w.Header().Get("Set-Cookie")
			name := strings.SplitN(attrs[0], "=", 2)[0]
			if !strings.HasPrefix(cleared, name+"=;") || !strings.Contains(cleared, "Max-Age=0") {
				t.Errorf("ClearSessionCookie: %q", cleared)
			}
		})
	}

	t.Run("TokenFromRequest", func(t *testing.T) {
		const other = "BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBA"
		for _, tt := range []struct {
			name, cookie, want string
		}{
			{"None", "", ""},
			{"OtherCookie", "theme=dark", ""},
			{"Empty", "writ_session=", ""},
			{"Malformed", "writ_session=' OR '1'='1", ""},
			{"TooLong", "writ_session=" + token + "A", ""},
			// A plain-named cookie set by a sibling subdomain does not
			// shadow the __Host- cookie only writ's own host can set.
			{"SecureFirst", "writ_session=" + other + "; __Host-writ_session=" + token, token},
			{"Plain", "writ_session=" + other, other},
		} {
			r := httptest.NewRequest("GET", "/", nil)
			if tt.cookie != "" {
				r.Header.Set("Cookie", tt.cookie)
			}
			if got := access.TokenFromRequest(r); got != tt.want {
				t.Errorf("%s: TokenFromRequest = %q, want %q", tt.name, got, tt.want)
			}
		}
	})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestHostCookies: every cookie of writ is set one way (SetCookie): over
// HTTPS named __Host-, Secure, Path=/, no Domain; and read one way
// (CookieValue): over HTTPS only under the prefixed name, since a
// plain-named one may come from a sibling host or plain HTTP.
func TestHostCookies(t *testing.T) {
	t.Parallel()
	for _, secure := range []bool{true, false} {
		w := httptest.NewRecorder()
		access.SetCookie(w, "writ_x", "v", 60, http.SameSiteStrictMode, secure)
		got := w.Header().Get("Set-Cookie")
		want := map[bool]string{true: "__Host-writ_x=v; Path=/; Max-Age=60; HttpOnly; Secure; SameSite=Strict",
			false: "writ_x=v; Path=/; Max-Age=60; HttpOnly; SameSite=Strict"}[secure]
		if got != want {
			t.Errorf("secure %v: Set-Cookie %q, want %q", secure, got, want)
		}
		w = httptest.NewRecorder()
		access.SetCookie(w, "writ_x", "v", 0, http.SameSiteStrictMode, secure)
		if got := w.Header().Get("Set-Cookie"); !strings.Contains(got, "Max-Age=0") || !strings.HasPrefix(got, access.HostCookieName("writ_x", secure)+"=;") {
			t.Errorf("secure %v: deleting: %q", secure, got)
		}
	}
	for _, tt := range []struct {
		name, cookie string
		secure       bool
		want         string
	}{
		{"HTTPSPrefixed", "__Host-writ_x=a", true, "a"},
		{"HTTPSPlainIgnored", "writ_x=b", true, ""},
		{"HTTPSBoth", "writ_x=b; __Host-writ_x=a", true, "a"},
		{"HTTPPlain", "writ_x=b", false, "b"},
		{"HTTPPrefixedFirst", "writ_x=b; __Host-writ_x=a", false, "a"},
		{"None", "other=c", false, ""},
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.Header.Set("Cookie", tt.cookie)
		if got := access.CookieValue(r, "writ_x", tt.secure); got != tt.want {
			t.Errorf("%s: CookieValue = %q, want %q", tt.name, got, tt.want)
		}
	}
	t.Run("Session", func(t *testing.T) {
		const token = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
		r := httptest.NewRequest("GET", "/", nil)
		r.Header.Set("Cookie", "writ_session="+token)
		if got := access.SessionToken(r, true); got != "" {
			t.Errorf("over https a plain-named session cookie counts: %q", got)
		}
		if got := access.SessionToken(r, false); got != token {
			t.Errorf("over http: %q", got)
		}
		r.Header.Set("Cookie", "__Host-writ_session=not-a-token")
		if got := access.SessionToken(r, true); got != "" {
			t.Errorf("a malformed token: %q", got)
		}
	})
	t.Run("Device", func(t *testing.T) {
		w := httptest.NewRecorder()
		access.SetDeviceCookie(w, "u-x.body.mac", true)
		c := w.Result().Cookies()[0]
		if c.Name != "__Host-writ_device" || c.MaxAge != int(access.DeviceTTL.Seconds()) || !c.HttpOnly || !c.Secure || c.SameSite != http.SameSiteStrictMode || c.Path != "/" {
			t.Errorf("device cookie %+v", c)
		}
		r := httptest.NewRequest("GET", "/", nil)
		r.AddCookie(c)
		if got := access.DeviceToken(r, true); got != "u-x.body.mac" {
			t.Errorf("DeviceToken = %q", got)
		}
	})
}
