package api

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humago"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/web/httpauth"
)

// requestKey keeps the request in an operation's context, for what huma
// does not hand over (the client's address).
type requestKey struct{}

// authenticate resolves the session of every API request: the session
// cookie (then a write must carry the session's CSRF token in the
// X-CSRF-Token header, since a browser sends cookies on its own) or a
// bearer token (a program's, which no other site can make a browser send).
// A request without a valid session to an operation that needs one is
// answered 401 before its body is read, so that no one who has not signed
// in makes writ read, decode or validate anything; an operation that needs
// none (signing in) goes on unauthenticated. A JSON body is then decoded
// strictly (strictBody) before huma validates it.
func (a *API) authenticate(api huma.API) func(huma.Context, func(huma.Context)) {
	return func(ctx huma.Context, next func(huma.Context)) {
		r, _ := humago.Unwrap(ctx)
		ctx = huma.WithValue(ctx, requestKey{}, r)
		p, cookie, err := a.auth().Request(r)
		if err != nil {
			if len(ctx.Operation().Security) > 0 {
				_ = huma.WriteErr(api, ctx, http.StatusUnauthorized, "sign in first")
				return
			}
			if strictBody(api, ctx) {
				next(ctx)
			}
			return
		}
		if cookie && ctx.Method() != http.MethodGet && ctx.Method() != http.MethodHead {
			if err := access.CheckCSRF(p.Session, ctx.Header(access.CSRFHeader)); err != nil {
				_ = huma.WriteErr(api, ctx, http.StatusForbidden, "a write signed in by cookie must carry the session's CSRF token in the "+access.CSRFHeader+" header")
				return
			}
		}
		if strictBody(api, ctx) {
			next(huma.WithContext(ctx, httpauth.WithPrincipal(ctx.Context(), p)))
		}
	}
}

type signInInput struct {
	Body struct {
		Email    string `json:"email" maxLength:"320" doc:"The e-mail address you sign in with."`
		Password string `json:"password" maxLength:"1024"`
	}
}

type signInOutput struct {
	SetCookie http.Cookie `header:"Set-Cookie"`
	Body      struct {
		Token   string    `json:"token" doc:"The session token, for Authorization: Bearer."`
		CSRF    string    `json:"csrf" doc:"Send it in the X-CSRF-Token header with every write made with the cookie."`
		Role    string    `json:"role"`
		Expires time.Time `json:"expires"`
	}
}

// signIn checks an e-mail address and a password and starts a session,
// set as the session cookie and returned as a bearer token.
func (a *API) signIn(ctx context.Context, in *signInInput) (*signInOutput, error) {
	r, _ := ctx.Value(requestKey{}).(*http.Request)
	key := ""
	if r != nil {
		key = httpauth.ClientKey(r)
	}
	token, p, err := a.Access.SignIn(ctx, in.Body.Email, in.Body.Password, key, a.Now())
	var th *access.Throttled
	switch {
	case errors.As(err, &th):
		return nil, huma.Error429TooManyRequests(th.Error())
	case err != nil:
		return nil, huma.Error401Unauthorized(err.Error())
	}
	out := &signInOutput{}
	out.Body.Token, out.Body.CSRF, out.Body.Role, out.Body.Expires = token, p.Session.CSRF, string(p.Role()), p.Session.Expires
	out.SetCookie = sessionCookie(token, p.Session.Expires, a.Now(), a.Secure)
	return out, nil
}

// sessionCookie is the session cookie access.SetSessionCookie sets, for
// huma's Set-Cookie header.
func sessionCookie(token string, expires, now time.Time, secure bool) http.Cookie {
	rec := &headerRecorder{h: http.Header{}}
	access.SetSessionCookie(rec, token, expires, now, secure)
	c, err := http.ParseSetCookie(rec.h.Get("Set-Cookie"))
	if err != nil {
		return http.Cookie{}
	}
	return *c
}

// headerRecorder is a ResponseWriter that only keeps headers.
type headerRecorder struct{ h http.Header }

func (r *headerRecorder) Header() http.Header         { return r.h }
func (r *headerRecorder) Write(b []byte) (int, error) { return len(b), nil }
func (r *headerRecorder) WriteHeader(int)             {}
