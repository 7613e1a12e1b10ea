package access

import (
	"math"
	"net/http"
	"time"
)

// The session cookie's names. Over HTTPS the cookie is named with the
// __Host- prefix, which browsers accept only with Secure, Path=/ and no
// Domain: no other host, not even a sibling subdomain, can set or shadow
// it. Over plain HTTP (a laptop, loopback) browsers refuse that prefix, so
// the cookie has the plain name.
const (
	CookieName       = "writ_session"
	SecureCookieName = "__Host-writ_session"
)

// cookieName is the name of the session cookie for a scheme.
func cookieName(secure bool) string {
	if secure {
		return SecureCookieName
	}
	return CookieName
}

// SetSessionCookie sets the session cookie: HttpOnly (no script reads it),
// SameSite=Strict (no other site's page sends it), Path=/, Secure when the
// site is served over HTTPS, expiring with the session. The lifetime is
// sent as Max-Age (the seconds from now until expires), not as a date, so
// that a browser whose clock is off still keeps the cookie exactly as long
// as the session lasts.
func SetSessionCookie(w http.ResponseWriter, token string, expires, now time.Time, secure bool) {
	age := int(math.Ceil(expires.Sub(now).Seconds()))
	if age < 1 {
		age = -1 // already over: delete it
	}
	http.SetCookie(w, &http.Cookie{
		Name: cookieName(secure), Value: token, Path: "/", MaxAge: age,
		HttpOnly: true, Secure: secure, SameSite: http.SameSiteStrictMode,
	})
}

// ClearSessionCookie removes the session cookie from the browser (on
// sign-out, after SignOut ended the session itself).
func ClearSessionCookie(w http.ResponseWriter, secure bool) {
	http.SetCookie(w, &http.Cookie{
		Name: cookieName(secure), Value: "", Path: "/", MaxAge: -1, Expires: time.Unix(0, 0),
		HttpOnly: true, Secure: secure, SameSite: http.SameSiteStrictMode,
	})
}

// TokenFromRequest returns the session token a request carries, or "".
// The __Host- cookie comes first: a plain-named cookie only counts where
// there is no secure one, as on a plain-HTTP deployment. A token that is
// not one writ could have made is returned as "".
func TokenFromRequest(r *http.Request) string {
	for _, name := range []string{SecureCookieName, CookieName} {
		if c, err := r.Cookie(name); err == nil && c.Value != "" {
			if !wellFormed(c.Value) {
				return ""
			}
			return c.Value
		}
	}
	return ""
}
