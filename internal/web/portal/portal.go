// Package portal is the account holder's portal: the page a notice's link
// opens (/portal/TOKEN), for that one account alone, in English or
// Japanese. It shows the notice (the order, what is sought about the
// account, the deadlines) with a countdown, and takes a written objection
// (with attachments) or word of a motion filed in court. The link's token
// is the only credential: the portal has no session, no cookie and no
// CSRF token, because a request without the token can do nothing.
package portal

import (
	"context"
	"log/slog"
	"net/http"
	"net/netip"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/route"
)

// Limits of the portal.
const (
	// MaxBody bounds a submission: the text and every attachment.
	MaxBody = 8 << 20
	// MaxFiles, MaxFile: attachments per submission, and the size of each.
	MaxFiles = 3
	MaxFile  = 2 << 20
	// MaxText bounds the objection's text (in characters).
	MaxText = 20000
	// MaxFailures links that open nothing, sent by one client within
	// FailureWindow, get it 429 for any such link until the oldest leaves
	// the window; a link that opens still opens for it (see open). A
	// token has 256 bits: this is against floods, not guessing.
	MaxFailures   = 10
	FailureWindow = 15 * time.Minute
)

// Tokens is what the portal needs of the store's portal tokens.
type Tokens interface {
	LookupToken(ctx context.Context, token string, now time.Time) (store.PortalToken, error)
	RedeemToken(ctx context.Context, token string, now time.Time) (store.PortalToken, error)
}

// Portal serves the portal.
type Portal struct {
	Cases *cases.Service
	// Tokens are the links' tokens; nil when the store keeps none, and then
	// no link opens the portal.
	Tokens Tokens
	Now    func() time.Time
	Log    *slog.Logger
	// Notices are the notice templates the portal shows the notice in;
	// nil means the embedded ones.
	Notices *notice.Templates
	// Receipts mails account holders the receipts of their submissions;
	// nil mails none (the receipt is still shown).
	Receipts ReceiptMailer
	// PublicURL is the address people reach writ at, for links; "" when
	// they reach it at the address it listens on.
	PublicURL string
	// TrustedProxies are the reverse proxies whose X-Forwarded-For names
	// the client, whom the limit on links that open nothing counts by
	// (httpauth.ClientKey).
	TrustedProxies []netip.Prefix
	// Logo is the platform's logo (a PNG or JPEG) the portal shows beside
	// its name (WRIT_PORTAL_LOGO); nil shows the name alone.
	Logo []byte
	// LogProofs is set when writ signs its log (WRIT_LOG_KEY_FILE): the
	// receipt then links to the proof of the submission (package proofs'
	// route), which checkpoints make available.
	LogProofs bool
	// LogBase is the address the receipt's links to the proof and the key
	// start with (the public URL, else the address writ listens at), so
	// that they work from the mail too; "" takes PublicURL.
	LogBase string

	attempts *access.Attempts
}

// Routes is the portal's route table. It starts the count of failed
// openings by which a client is blocked.
func (p *Portal) Routes() []route.Route {
	p.attempts = access.NewAttempts(MaxFailures, FailureWindow)
	return []route.Route{
		{Pattern: "GET /portal/{token}", Handler: http.HandlerFunc(p.page)},
		{Pattern: "POST /portal/{token}", Handler: http.HandlerFunc(p.submit), MaxBody: MaxBody},
		{Pattern: "GET /portal-logo", Handler: http.HandlerFunc(p.logo)},
	}
}

// logo serves the platform's logo, as the image its content shows it is.
func (p *Portal) logo(w http.ResponseWriter, r *http.Request) {
	if len(p.Logo) == 0 {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", http.DetectContentType(p.Logo))
	w.Header().Set("Cache-Control", "public, max-age=3600")
	_, _ = w.Write(p.Logo)
}
