// Package pages is writ's HTML pages for the platform's staff, the
// applicant's counsel and the court: signing in (a password, or an OpenID
// Connect provider), the home page of each role, a case's page with the
// forms that record what happens under the order, taking an order in,
// the audit trail, letters to the court, the account holders' attachments,
// building and releasing productions, and the demo's clock. Every page is
// rendered on the server from embedded templates; a form carries the
// session's CSRF token. The pages hold no rule of the court: they ask the
// case service what is so, and the access policy who may see it.
package pages

import (
	"context"
	"log/slog"
	"net/http"
	"net/netip"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/letter"
	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/casefile"
	"github.com/writ-project/writ/internal/web/productions"
)

// Pages serves the pages.
type Pages struct {
	Cases *cases.Service
	// Index keeps a summary of every case for the lists (the home page,
	// the exports, the calendar); nil makes Routes give the pages their
	// own.
	Index *cases.Index
	// Users are the store's users: they name who recorded events, and the
	// people page manages them; nil names actors as recorded and manages
	// no one.
	Users store.UserStore
	// Access checks passwords and sessions; nil when no one signs in.
	Access *access.Authenticator
	// OIDC signs users in through an OpenID Connect provider; nil when
	// none is configured (only passwords).
	OIDC *access.OIDC
	// Now is the clock.
	Now func() time.Time
	Log *slog.Logger
	// Secure is set when people reach writ over https (an https
	// PublicURL): every cookie the pages set is then Secure and named
	// with the __Host- prefix, and only such cookies are read.
	Secure bool
	// Packages builds and keeps production packages; nil builds none.
	Packages *productions.Packages
	// SendNotices sends a case's notices by e-mail, as actor's act; nil
	// when no SMTP server is configured (staff then record notices given
	// otherwise).
	SendNotices func(ctx context.Context, caseID string, accounts []string, resend bool, actor string) ([]notice.Outcome, error)
	// NoticeTemplates and NoticeLang word the notices the review page
	// shows before they are sent: the sender's own templates and
	// language; nil and Auto are writ's embedded templates and the
	// order's language.
	NoticeTemplates *notice.Templates
	NoticeLang      notice.Lang
	// Demo is the demo's clock, which the banner on every page moves; nil
	// when the server does not run the demo.
	Demo *Demo
	// PublicURL is the address people reach writ at, for links; "" when
	// they reach it at the address it listens on.
	PublicURL string
	// TrustedProxies are the reverse proxies whose X-Forwarded-For names
	// the client, for the sign-in's limit on guessing.
	TrustedProxies []netip.Prefix
	// Seen records who was shown a person's data.
	Seen casefile.Recorder
	// Accesses reads a case's access log for the audit page; nil when the
	// store keeps none.
	Accesses Accesses
	// Tokens lists the portal links issued for a case; nil when the store
	// keeps none.
	Tokens Tokens
	// Counsel is the platform's counsel who signs the letters to the
	// court (config.Counsel, WRIT_COUNSEL_*); the zero Counsel leaves
	// their block blank, and the case page lists it to fill in.
	Counsel letter.Counsel
	// Mail sends the invitations of the people page (the server's mail
	// client); nil when no mail server is configured, and an invitation
	// of the platform's own staff is then shown to the administrator to
	// pass on.
	Mail Mailer
}

// Accesses is what the audit page needs of the store's access log: the
// accesses, and the head the case records (store.AccessLog has both).
type Accesses interface {
	Accesses(ctx context.Context, caseID string) ([]store.Access, error)
	AccessHead(ctx context.Context, caseID string) (seq int64, hash string, err error)
}

// Tokens is what the case page needs of the store's portal tokens.
type Tokens interface {
	PortalTokens(ctx context.Context, caseID string) ([]store.PortalToken, error)
}

// session returns the principal of a request's session cookie: over
// HTTPS only the __Host- cookie counts (access.SessionToken). Pages take
// only the cookie: a bearer token is for programs, which use the API.
func (s *Pages) session(r *http.Request) (access.Principal, error) {
	if s.Access == nil {
		return access.Principal{}, access.ErrSignedOut
	}
	return s.Access.Authenticate(r.Context(), access.SessionToken(r, s.Secure), s.Now())
}

// pageHandler is a page for a signed-in principal.
type pageHandler func(w http.ResponseWriter, r *http.Request, p access.Principal)

// signedIn resolves the session cookie of a page request. Without a valid
// session a GET goes to the sign-in page and a POST is refused; a POST must
// carry the session's CSRF token in its form, checked before anything else
// is read or done.
func (s *Pages) signedIn(next pageHandler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p, err := s.session(r)
		if err != nil {
			if r.Method == http.MethodGet || r.Method == http.MethodHead {
				http.Redirect(w, r, "/signin", http.StatusSeeOther)
				return
			}
			s.errorPage(w, r, nil, http.StatusForbidden, "You are not signed in, or your session has ended; sign in again.")
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			if err := access.CheckCSRF(p.Session, r.PostFormValue(access.CSRFField)); err != nil {
				s.errorPage(w, r, &p, http.StatusForbidden, "This form has expired or did not come from writ; reload the page and try again.")
				return
			}
		}
		next(w, r, p)
	}
}
