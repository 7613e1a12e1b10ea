package api

import (
	"context"
	"errors"
	"math"
	"net/http"
	"strconv"
	"time"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humago"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
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
		key = httpauth.ClientKey(r, a.TrustedProxies...)
	}
	now := a.Now()
	token, p, err := a.Access.SignIn(ctx, in.Body.Email, in.Body.Password, key, now)
	var th *access.Throttled
	switch {
	case errors.As(err, &th):
		return nil, throttled(fault.Message(err), th.Until, now)
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

// throttled is the 429 of a limit that lets the caller try again at until:
// its Retry-After is the whole seconds from now until then.
func throttled(msg string, until, now time.Time) error {
	secs := int(math.Ceil(until.Sub(now).Seconds()))
	return huma.ErrorWithHeaders(huma.Error429TooManyRequests(msg), http.Header{"Retry-After": {strconv.Itoa(max(secs, 1))}})
}

// The caller's own sessions: a program, or a person who lost a laptop,
// sees where they are signed in and ends what they do not want. A session
// is named by its ID (access.SessionID), never by its token, which writ
// does not keep.

// SessionLine is one of the caller's sessions.
type SessionLine struct {
	ID      string    `json:"id" doc:"The session's ID: the first characters of its token's hash (writ keeps no token). DELETE /api/v1/sessions/{id} ends it."`
	Created time.Time `json:"created"`
	Expires time.Time `json:"expires"`
	Current bool      `json:"current" doc:"This is the session the request came with."`
}

type sessionsOutput struct {
	Body []SessionLine
}

type sessionIDPath struct {
	ID string `path:"id" minLength:"6" maxLength:"64" pattern:"^[0-9a-fA-F]+$" doc:"The session's ID, as GET /api/v1/sessions lists it."`
}

type endOutput struct {
	// SetCookie clears the session cookie when the session ended is the
	// one the request came with.
	SetCookie string `header:"Set-Cookie"`
}

// errNoUsers answers when the server keeps no sessions to list.
var errNoUsers = huma.NewError(http.StatusNotImplemented, "this server keeps no sessions")

// users is the store of users and their sessions: the server's, else the
// case store's own, which every store writ opens keeps.
func (a *API) users() (store.UserStore, error) {
	if a.Users != nil {
		return a.Users, nil
	}
	if u, ok := store.UsersOf(a.Cases.Store); ok {
		return u, nil
	}
	return nil, errNoUsers
}

// listSessions lists the caller's sessions that have not expired.
func (a *API) listSessions(ctx context.Context, _ *struct{}) (*sessionsOutput, error) {
	p, err := signedIn(ctx)
	if err != nil {
		return nil, err
	}
	users, err := a.users()
	if err != nil {
		return nil, err
	}
	all, err := users.Sessions(ctx, p.User.ID)
	if err != nil {
		return nil, a.problem(ctx, err)
	}
	now := a.Now()
	out := &sessionsOutput{Body: []SessionLine{}}
	for _, s := range all {
		if !now.Before(s.Expires) {
			continue
		}
		out.Body = append(out.Body, SessionLine{ID: access.SessionID(s), Created: s.Created, Expires: s.Expires, Current: s.TokenHash == p.Session.TokenHash})
	}
	return out, nil
}

// endSession ends one of the caller's sessions, by its ID. Another user's
// is answered as one that does not exist.
func (a *API) endSession(ctx context.Context, in *sessionIDPath) (*endOutput, error) {
	p, err := signedIn(ctx)
	if err != nil {
		return nil, err
	}
	return a.end(ctx, p, in.ID)
}

// signOut ends the session the request came with.
func (a *API) signOut(ctx context.Context, _ *struct{}) (*endOutput, error) {
	p, err := signedIn(ctx)
	if err != nil {
		return nil, err
	}
	return a.end(ctx, p, p.Session.TokenHash)
}

// end ends p's session whose ID (or token hash) is id, and clears the
// session cookie if that is the session p came with.
func (a *API) end(ctx context.Context, p access.Principal, id string) (*endOutput, error) {
	users, err := a.users()
	if err != nil {
		return nil, err
	}
	s, err := access.EndSession(ctx, users, p.User.ID, id)
	switch {
	case fault.Is(err, fault.NotFound):
		return nil, huma.Error404NotFound("you have no session " + id)
	case fault.Is(err, fault.Invalid):
		return nil, huma.Error422UnprocessableEntity("id: "+fault.Message(err), &huma.ErrorDetail{Location: "path.id", Message: fault.Message(err)})
	case err != nil:
		return nil, a.problem(ctx, err)
	}
	out := &endOutput{}
	if s.TokenHash == p.Session.TokenHash {
		rec := &headerRecorder{h: http.Header{}}
		access.ClearSessionCookie(rec, a.Secure)
		out.SetCookie = rec.h.Get("Set-Cookie")
	}
	return out, nil
}
