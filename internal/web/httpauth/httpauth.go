// Package httpauth authenticates the requests of writ's pages and API by
// the session they carry, and keeps the principal a request was
// authenticated as. The portal needs none of it: its link's token is its
// only credential.
package httpauth

import (
	"context"
	"net/http"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/access"
)

// Auth authenticates requests against the sessions of Access.
type Auth struct {
	// Access checks sessions; nil when no one signs in to this server.
	Access *access.Authenticator
	Now    func() time.Time
	// Secure is set when writ is reached over https: only the __Host-
	// cookie then counts, which no other site and no plain-http page
	// could have set.
	Secure bool
}

// token is the session token of a request's cookie.
func (a Auth) token(r *http.Request) string {
	if a.Secure {
		return access.SessionToken(r, true)
	}
	return access.TokenFromRequest(r)
}

// Cookie returns the principal of a request's session cookie. Pages take
// only the cookie: a bearer token is for programs, which use the API.
func (a Auth) Cookie(r *http.Request) (access.Principal, error) {
	if a.Access == nil {
		return access.Principal{}, access.ErrSignedOut
	}
	return a.Access.Authenticate(r.Context(), a.token(r), a.Now())
}

// Request returns the principal of an API request: its bearer token when
// it has an "Authorization: Bearer" header (a program's, which no other
// site can make a browser send), else its session cookie; cookie reports
// which, since a write made with the cookie must carry the CSRF token.
func (a Auth) Request(r *http.Request) (p access.Principal, cookie bool, err error) {
	token := bearer(r.Header.Get("Authorization"))
	if token == "" {
		token, cookie = a.token(r), true
	}
	if token == "" || a.Access == nil {
		return access.Principal{}, cookie, access.ErrSignedOut
	}
	p, err = a.Access.Authenticate(r.Context(), token, a.Now())
	return p, cookie, err
}

// bearer returns the token of an "Authorization: Bearer" header.
func bearer(h string) string {
	if t, ok := strings.CutPrefix(h, "Bearer "); ok {
		return strings.TrimSpace(t)
	}
	return ""
}

type principalKey struct{}

// WithPrincipal returns ctx carrying the principal its request was
// authenticated as.
func WithPrincipal(ctx context.Context, p access.Principal) context.Context {
	return context.WithValue(ctx, principalKey{}, p)
}

// Principal returns the signed-in principal of a request's context.
func Principal(ctx context.Context) (access.Principal, bool) {
	p, ok := ctx.Value(principalKey{}).(access.Principal)
	return p, ok && p.User.ID != ""
}
