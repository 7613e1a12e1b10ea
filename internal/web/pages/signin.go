package pages

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"net/http"
	"strconv"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/web/httpauth"
	"github.com/writ-project/writ/internal/web/status"
)

// signInData is what the sign-in form shows again after a failure: the
// address typed, never the password.
type signInData struct {
	Email string
	// OIDC names the OpenID Connect provider of the "Sign in with ..."
	// link; "" shows none.
	OIDC string
	// Token is the form's sign-in token, which must match the cookie of
	// the same name (a double-submit token: no other site can make a
	// browser sign in to writ as someone else).
	Token string
	// Demo are the demo's sign-in links, one for each of its people,
	// made for this showing of the page; none when the server is not a
	// demo.
	Demo []demoLink
}

// signInCookie holds the sign-in form's token (named with the __Host-
// prefix over https, as every cookie of writ).
const signInCookie = "writ_signin"

// signInFormData is the sign-in page's data with an address typed. It
// sets the sign-in token's cookie when the browser has none.
func (s *Pages) signInFormData(w http.ResponseWriter, r *http.Request, email string) signInData {
	d := signInData{Email: email, OIDC: s.oidcName(), Token: s.signInToken(w, r)}
	links, err := s.demoLinks(r.Context())
	if err != nil {
		// The form still works; only the demo's shortcuts are missing.
		s.Log.ErrorContext(r.Context(), "demo sign-in links", "err", err)
	}
	d.Demo = links
	return d
}

// signInToken returns the browser's sign-in token, making one (and its
// cookie) when it has none.
func (s *Pages) signInToken(w http.ResponseWriter, r *http.Request) string {
	if v := access.CookieValue(r, signInCookie, s.Secure); len(v) == 43 {
		return v
	}
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	tok := base64.RawURLEncoding.EncodeToString(b)
	access.SetCookie(w, signInCookie, tok, 12*60*60, http.SameSiteStrictMode, s.Secure)
	return tok
}

// signInTokenOK checks that a sign-in form carries the token of the
// browser's cookie.
func (s *Pages) signInTokenOK(r *http.Request) bool {
	v := access.CookieValue(r, signInCookie, s.Secure)
	form := r.PostFormValue("signin_token")
	return len(v) == 43 && subtle.ConstantTimeCompare([]byte(v), []byte(form)) == 1
}

// signInPage shows the sign-in form, or goes home when already signed in.
func (s *Pages) signInPage(w http.ResponseWriter, r *http.Request) {
	if _, err := s.session(r); err == nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	s.render(w, r, http.StatusOK, "signin", page{Title: "Sign in", Data: s.signInFormData(w, r, "")})
}

// signInForm checks an e-mail address and a password. An unknown address
// and a wrong password get the same message (SignIn makes them take the
// same time too); too many failures get the rate limit's message and 429
// with Retry-After. The browser's device token, kept from its last
// sign-in, lets the person in while guesses from elsewhere have locked
// their address (access.SignInFrom); a sign-in gives it a new one.
func (s *Pages) signInForm(w http.ResponseWriter, r *http.Request) {
	email, password := r.PostFormValue("email"), r.PostFormValue("password")
	if !s.signInTokenOK(r) {
		s.render(w, r, http.StatusForbidden, "signin", page{Title: "Sign in", Message: "This form has expired or did not come from writ; please sign in again.",
			Data: s.signInFormData(w, r, email)})
		return
	}
	if s.Access == nil {
		s.errorPage(w, r, nil, http.StatusServiceUnavailable, "Sign-in is not configured on this server.")
		return
	}
	in, err := s.Access.SignInFrom(r.Context(), access.Attempt{Email: email, Password: password,
		Client: httpauth.ClientKey(r, s.TrustedProxies...), Device: access.DeviceToken(r, s.Secure)}, s.Now())
	var th *access.Throttled
	switch {
	case errors.As(err, &th):
		w.Header().Set("Retry-After", retryAfter(th, s))
		s.render(w, r, http.StatusTooManyRequests, "signin", page{Title: "Sign in", Message: fault.Message(err), Data: s.signInFormData(w, r, email)})
		return
	case errors.Is(err, access.ErrCredentials):
		s.render(w, r, http.StatusUnauthorized, "signin", page{Title: "Sign in", Message: "The e-mail address or the password is not right.", Data: s.signInFormData(w, r, email)})
		return
	case err != nil:
		s.Log.ErrorContext(r.Context(), "sign-in", "err", err)
		s.errorPage(w, r, nil, http.StatusInternalServerError, "Sign-in failed inside writ; the details are in writ's log.")
		return
	}
	access.SetSessionCookie(w, in.Token, in.Principal.Session.Expires, s.Now(), s.Secure)
	access.SetDeviceCookie(w, in.Device, s.Secure)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

// retryAfter is the Retry-After header of a throttled sign-in, in seconds.
func retryAfter(th *access.Throttled, s *Pages) string {
	secs := int(th.Until.Sub(s.Now()).Seconds()) + 1
	if secs < 1 {
		secs = 1
	}
	return strconv.Itoa(secs)
}

// signOutForm ends the session (a form with the CSRF token, so that no
// other site can sign a user out) and clears the cookie.
func (s *Pages) signOutForm(w http.ResponseWriter, r *http.Request) {
	s.signedIn(func(w http.ResponseWriter, r *http.Request, _ access.Principal) {
		if err := s.Access.SignOut(r.Context(), access.SessionToken(r, s.Secure)); err != nil {
			s.Log.ErrorContext(r.Context(), "sign-out", "err", err)
		}
		access.ClearSessionCookie(w, s.Secure)
		http.Redirect(w, r, "/signin", http.StatusSeeOther)
	})(w, r)
}

// signInLink signs in with one of the demo's links (writ serve --demo
// prints them, and its sign-in page offers them): the link is used up and
// a session of its own begins, so that the address, in a terminal or the
// browser's history, signs no one in again. Only a demo has the route.
func (s *Pages) signInLink(w http.ResponseWriter, r *http.Request) {
	if s.Access == nil {
		http.NotFound(w, r)
		return
	}
	token, p, err := s.Access.SignInWithLink(r.Context(), r.URL.Query().Get("token"), s.Now())
	if err != nil {
		if status.Internal(err) {
			s.Log.ErrorContext(r.Context(), "sign-in link", "err", err)
			s.errorPage(w, r, nil, http.StatusInternalServerError, "Internal error; the details are in writ's log.")
			return
		}
		s.render(w, r, status.Of(err), "signin", page{Title: "Sign in", Message: "This sign-in link does not work: it was used already, or it has expired. Each link signs in once; the links below are new.",
			Data: s.signInFormData(w, r, "")})
		return
	}
	access.SetSessionCookie(w, token, p.Session.Expires, s.Now(), s.Secure)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
