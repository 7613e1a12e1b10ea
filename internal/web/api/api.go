// Package api is writ's JSON API under /api/v1, described by an OpenAPI
// 3.1 document that huma generates from the same Go types that handle the
// requests: cases and their events, productions (build, release, void,
// download), notices, the order reader, signing in, and the calendar
// feed. It is for programs and for the staff's own tools; it holds no rule
// of the court, and answers what the case service and the access policy
// say.
package api

import (
	"context"
	"log/slog"
	"net/netip"
	"sync"
	"time"

	"github.com/danielgtaylor/huma/v2"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/casefile"
	"github.com/writ-project/writ/internal/web/httpauth"
	"github.com/writ-project/writ/internal/web/productions"
)

// API serves the JSON API.
type API struct {
	Cases *cases.Service
	// Index keeps a summary of every case, so that listing the cases
	// assesses only those changed since (the pages share it); nil makes
	// one of the API's own.
	Index  *cases.Index
	Access *access.Authenticator
	// Now is the clock.
	Now func() time.Time
	Log *slog.Logger
	// Secure marks the session cookie Secure (set when served over https).
	Secure bool
	// Packages builds and keeps production packages; nil serves no
	// productions.
	Packages *productions.Packages
	// SendNotices sends a case's notices by e-mail, as actor's act; nil
	// when no SMTP server is configured.
	SendNotices func(ctx context.Context, caseID string, accounts []string, resend bool, actor string) ([]notice.Outcome, error)
	// Seen records who was shown a person's data.
	Seen casefile.Recorder
	// PublicURL is the address people reach writ at, for links; "" when
	// they reach it at the address it listens on.
	PublicURL string
	// Users keeps the users' sessions, which the API lists and ends; nil
	// for the case store's own (store.UsersOf).
	Users store.UserStore
	// TrustedProxies are the reverse proxies whose X-Forwarded-For names
	// the client, for the limit on guessing passwords
	// (httpauth.ClientKey); none by default.
	TrustedProxies []netip.Prefix

	indexOnce sync.Once
}

func (a *API) auth() httpauth.Auth {
	return httpauth.Auth{Access: a.Access, Now: a.Now, Secure: a.Secure}
}

// signedIn is the principal of a request, or the 401 to answer.
func signedIn(ctx context.Context) (access.Principal, error) {
	p, ok := httpauth.Principal(ctx)
	if !ok {
		return p, huma.Error401Unauthorized("sign in first")
	}
	return p, nil
}

// loadCase loads a case for the caller to do act with it. A case the
// caller may not see is answered as one that does not exist
// (casefile.Load); one the caller sees but may not do act with, 403.
func (a *API) loadCase(ctx context.Context, id string, act access.Act) (access.Principal, *cases.Case, access.CaseRef, error) {
	p, err := signedIn(ctx)
	if err != nil {
		return p, nil, access.CaseRef{}, err
	}
	c, ref, err := casefile.Load(ctx, a.Cases, p, id)
	if err != nil {
		return p, nil, ref, a.problem(ctx, err)
	}
	if !access.Can(p, act, ref) {
		return p, nil, ref, huma.Error403Forbidden("your role may not do this on this case")
	}
	return p, c, ref, nil
}
