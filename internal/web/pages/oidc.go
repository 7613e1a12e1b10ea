package pages

import (
	"errors"
	"net/http"
	"regexp"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/words"
)

// oidcName is the provider's name for the sign-in page; "" when there is
// none, and the page shows no link.
func (s *Pages) oidcName() string {
	if s.OIDC == nil {
		return ""
	}
	return s.OIDC.Name()
}

// oidcBegin sends the browser to the provider, keeping the flow (state,
// nonce, PKCE verifier) in the flow cookie.
func (s *Pages) oidcBegin(w http.ResponseWriter, r *http.Request) {
	if s.OIDC == nil || s.Access == nil {
		http.NotFound(w, r)
		return
	}
	if _, err := s.session(r); err == nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	authURL, flow, err := s.OIDC.Begin(r.Context(), s.Now())
	if err != nil {
		s.Log.ErrorContext(r.Context(), "oidc sign-in: discovery", "err", cause(err))
		s.errorPage(w, r, nil, http.StatusBadGateway, "writ cannot reach "+s.OIDC.Name()+" just now; try again later, or sign in with your password.")
		return
	}
	s.OIDC.SetFlowCookie(w, flow, s.Secure)
	http.Redirect(w, r, authURL, http.StatusSeeOther)
}

// oauthErrorCode is the shape of an OAuth 2.0 error code (RFC 6749
// §4.1.2.1); anything else in error= is not shown.
var oauthErrorCode = regexp.MustCompile(`^[a-z_]{1,64}$`)

// providerError says in lang what a provider's error code means to the
// person at the browser (pages.oidc_error), naming the provider.
func providerError(lang *words.Language, name, code string) string {
	if w, err := lang.T("pages.oidc_error."+code, name); err == nil && code != "other" {
		return w
	}
	return sentence(lang, "pages.oidc_error.other", name, code)
}

// oidcCallback ends a sign-in through the provider. The flow cookie is
// cleared whatever happens: a flow is used once. Every refusal gets the
// same page and message, as a wrong password does; the reason goes to the
// log, by user ID never by address, and never with a code or a token.
func (s *Pages) oidcCallback(w http.ResponseWriter, r *http.Request) {
	if s.OIDC == nil || s.Access == nil {
		http.NotFound(w, r)
		return
	}
	flow := s.OIDC.FlowFrom(r, s.Secure)
	access.ClearFlowCookie(w, s.Secure)
	q := r.URL.Query()
	name := s.OIDC.Name()
	if code := q.Get("error"); code != "" {
		// The provider said no. Its error_description is its text, which
		// anyone can put in a link: it is not shown, and only a code of
		// the standard's shape is logged.
		if !oauthErrorCode.MatchString(code) {
			code = "(malformed)"
		}
		s.Log.InfoContext(r.Context(), "oidc sign-in: provider error", "error_code", code)
		s.render(w, r, http.StatusUnauthorized, "signin", page{Title: "Sign in", Message: providerError(pageLanguage(r), name, code), Data: s.signInFormData(w, r, "")})
		return
	}
	token, p, err := s.OIDC.SignIn(r.Context(), flow, q.Get("state"), q.Get("code"), s.Now())
	var refusal *access.OIDCRefusal
	switch {
	case errors.As(err, &refusal):
		s.Log.InfoContext(r.Context(), "oidc sign-in refused", "reason", refusal.Reason)
		s.render(w, r, http.StatusUnauthorized, "signin", page{Title: "Sign in", Message: "writ could not sign you in through " + name + ". Ask writ's administrator whether your account uses this e-mail address.", Data: s.signInFormData(w, r, "")})
		return
	case err != nil:
		s.Log.ErrorContext(r.Context(), "oidc sign-in", "err", cause(err))
		s.errorPage(w, r, nil, http.StatusBadGateway, "writ could not complete the sign-in through "+name+"; try again later, or sign in with your password.")
		return
	}
	s.Log.InfoContext(r.Context(), "oidc sign-in", "user_id", p.User.ID)
	access.SetSessionCookie(w, token, p.Session.Expires, s.Now(), s.Secure)
	// Home is reached from a page of writ's own, not by a redirect: this
	// request was a navigation started on the provider's site, and a
	// browser sends no SameSite=Strict cookie, the session's, on a redirect
	// of it. A refresh from this page is writ's own navigation.
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write([]byte(signedInPage))
}

// signedInPage sends the browser home at once; the link is for a browser
// that does not follow the refresh.
const signedInPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="refresh" content="0; url=/">
<title>Signed in · writ</title>
<link rel="stylesheet" href="/static/writ.css">
</head>
<body>
<main>
<p>You are signed in. <a href="/">Continue to writ</a>.</p>
</main>
</body>
</html>
`

// cause is what the log says of an error: the cause inside a fault.Error,
// whose own text is only the message for the person.
func cause(err error) error {
	var fe *fault.Error
	if errors.As(err, &fe) && fe.Err != nil {
		return fe.Err
	}
	return err
}
