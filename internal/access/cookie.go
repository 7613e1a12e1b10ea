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
func cookieName(secure bool) string { return HostCookieName(CookieName, secure) }

// hostPrefix is the prefix of a cookie only its own host can set (RFC
// 6265bis, section 4.1.3.2): a browser takes it only with Secure, Path=/
// and no Domain.
const hostPrefix = "__Host-"

// HostCookieName is the name of a cookie of writ for a scheme: over HTTPS
// with the __Host- prefix, over plain HTTP (a laptop, loopback), whose
// browsers refuse the prefix, the plain name.
func HostCookieName(name string, secure bool) string {
	if secure {
		return hostPrefix + name
	}
	return name
}

// SetCookie sets a cookie of writ the way every one of them is set: named
// by HostCookieName, Path=/ and no Domain, HttpOnly (no script reads it),
// Secure over HTTPS, with the SameSite given and a lifetime of maxAge
// seconds (sent as Max-Age, which does not depend on the browser's clock;
// below 1 deletes it).
func SetCookie(w http.ResponseWriter, name, value string, maxAge int, sameSite http.SameSite, secure bool) {
	c := &http.Cookie{Name: HostCookieName(name, secure), Value: value, Path: "/", MaxAge: maxAge,
		HttpOnly: true, Secure: secure, SameSite: sameSite}
	if maxAge < 1 {
		c.Value, c.MaxAge, c.Expires = "", -1, time.Unix(0, 0)
	}
	http.SetCookie(w, c)
}

// CookieValue reads a cookie of writ that SetCookie set, "" when there is
// none. Over HTTPS only the __Host- name counts: a plain-named cookie may
// have been set by a sibling host, or over plain HTTP by anyone on the
// way, and must not stand in for writ's own. Over plain HTTP the plain
// name counts, and the prefixed one first if a browser kept it.
func CookieValue(r *http.Request, name string, secure bool) string {
	names := []string{hostPrefix + name}
	if !secure {
		names = append(names, name)
	}
	for _, n := range names {
		if c, err := r.Cookie(n); err == nil && c.Value != "" {
			return c.Value
		}
	}
	return ""
}

// SessionToken returns the session token a request carries for a scheme
// (see CookieValue), or "" when it carries none or one writ could not have
// made.
func SessionToken(r *http.Request, secure bool) string {
	t := CookieValue(r, CookieName, secure)
	if !wellFormed(t) {
		return ""
	}
	return t
}

// DeviceCookieName is the name of the cookie that keeps a browser's
// device token (see SignInFrom), before HostCookieName's prefix.
const DeviceCookieName = "writ_device"

// SetDeviceCookie keeps a browser's device token for DeviceTTL: HttpOnly,
// SameSite=Strict, __Host- over HTTPS, like the session's.
func SetDeviceCookie(w http.ResponseWriter, token string, secure bool) {
	SetCookie(w, DeviceCookieName, token, int(DeviceTTL.Seconds()), http.SameSiteStrictMode, secure)
}

// DeviceToken returns the device token a request carries for a scheme,
// "" for none; SignInFrom judges whether it is one.
func DeviceToken(r *http.Request, secure bool) string {
	t := CookieValue(r, DeviceCookieName, secure)
	if len(t) > 200 {
		return ""
	}
	return t
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
// not one writ could have made is returned as "". A server that knows it
// is reached over HTTPS reads SessionToken instead, which takes only the
// __Host- cookie.
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
