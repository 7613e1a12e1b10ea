package web

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humago"

	"github.com/writ-project/writ/internal/access"
)

// sessionCookie names the session cookie in the OpenAPI document.
const sessionCookie = access.CookieName

type principalKey struct{}

// principalFrom returns the signed-in principal of a request.
func principalFrom(ctx context.Context) (access.Principal, bool) {
	p, ok := ctx.Value(principalKey{}).(access.Principal)
	return p, ok && p.User.ID != ""
}

// bearer returns the token of an "Authorization: Bearer" header.
func bearer(h string) string {
	if t, ok := strings.CutPrefix(h, "Bearer "); ok {
		return strings.TrimSpace(t)
	}
	return ""
}

// authenticate resolves the session of every API request: the session
// cookie (then a write must carry the session's CSRF token in the
// X-CSRF-Token header, since a browser sends cookies on its own) or a
// bearer token (a program's, which no other site can make a browser send).
// Requests without a valid session go on unauthenticated, and the handlers
// answer 401.
func (s *Server) authenticate(api huma.API) func(huma.Context, func(huma.Context)) {
	return func(ctx huma.Context, next func(huma.Context)) {
		r, _ := humago.Unwrap(ctx)
		ctx = huma.WithValue(ctx, requestKey{}, r)
		token, viaCookie := bearer(ctx.Header("Authorization")), false
		if token == "" {
			token, viaCookie = access.TokenFromRequest(r), true
		}
		if token == "" || s.Access == nil {
			next(ctx)
			return
		}
		p, err := s.Access.Authenticate(ctx.Context(), token, s.Now())
		if err != nil {
			next(ctx)
			return
		}
		if viaCookie && ctx.Method() != http.MethodGet && ctx.Method() != http.MethodHead {
			if err := access.CheckCSRF(p.Session, ctx.Header(access.CSRFHeader)); err != nil {
				_ = huma.WriteErr(api, ctx, http.StatusForbidden, "a write signed in by cookie must carry the session's CSRF token in the "+access.CSRFHeader+" header")
				return
			}
		}
		next(huma.WithValue(ctx, principalKey{}, p))
	}
}

// clientKey is what the sign-in rate limit counts a client by: its address,
// an IPv6 address cut to its /64 (one host's usual share). It is used for
// nothing else and never logged.
func clientKey(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	ip := net.ParseIP(host)
	if ip == nil {
		return host
	}
	if ip.To4() == nil {
		return ip.Mask(net.CIDRMask(64, 128)).String()
	}
	return ip.String()
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

// registerAuth adds sign-in and sign-out, and the sign-in link that writ
// serve --demo prints.
func (s *Server) registerAuth(api huma.API, mux *http.ServeMux) {
	huma.Register(api, huma.Operation{OperationID: "sign-in", Method: http.MethodPost, Path: "/api/v1/session",
		Summary: "Sign in with an e-mail address and a password", MaxBodyBytes: 4096}, func(ctx context.Context, in *signInInput) (*signInOutput, error) {
		r, _ := ctx.Value(requestKey{}).(*http.Request)
		key := ""
		if r != nil {
			key = clientKey(r)
		}
		token, p, err := s.Access.SignIn(ctx, in.Body.Email, in.Body.Password, key, s.Now())
		var th *access.Throttled
		switch {
		case errors.As(err, &th):
			e := huma.Error429TooManyRequests(th.Error())
			return nil, e
		case err != nil:
			return nil, huma.Error401Unauthorized(err.Error())
		}
		out := &signInOutput{}
		out.Body.Token, out.Body.CSRF, out.Body.Role, out.Body.Expires = token, p.Session.CSRF, string(p.Role()), p.Session.Expires
		out.SetCookie = sessionCookieFor(token, p.Session.Expires, s.Now(), s.Secure)
		return out, nil
	})
	mux.HandleFunc("GET /auth/link", func(w http.ResponseWriter, r *http.Request) {
		// A sign-in link carries a session token made for one user (writ
		// serve --demo prints them): it becomes the session cookie, and
		// the token leaves the address bar at once.
		token := r.URL.Query().Get("token")
		if _, err := s.Access.Authenticate(r.Context(), token, s.Now()); err != nil {
			http.Error(w, "This sign-in link is not valid or has expired.", http.StatusUnauthorized)
			return
		}
		c := sessionCookieFor(token, s.Now().Add(access.DefaultSessionTTL), s.Now(), s.Secure)
		http.SetCookie(w, &c)
		http.Redirect(w, r, "/", http.StatusSeeOther)
	})
}

func sessionCookieFor(token string, expires, now time.Time, secure bool) http.Cookie {
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

type requestKey struct{}
