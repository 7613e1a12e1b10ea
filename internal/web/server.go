// Package web is writ's HTTP face, mounted in one place (Server.Handler):
// the JSON API under /api/v1 (package api), the pages for staff, counsel
// and the court (package pages), the account holder's portal (package
// portal), and the server's own routes (health, readiness, metrics). Each
// lists every route it answers in one table; every answer passes the same
// middleware: the security headers, its route's body limit, the request
// log and the metrics. The packages below hold what two or three surfaces
// share: a route table's line (route), authenticating a request
// (httpauth), a case as a principal may see it (casefile), the one table
// from a fault's code to an HTTP status (status), the production packages
// (productions) and uploaded files (upload). None holds a rule of the
// court: they ask the case service what is so, and the access policy who
// may see it.
package web

import (
	"context"
	"log/slog"
	"net/http"
	"net/netip"
	"strings"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/jobs"
	"github.com/writ-project/writ/internal/letter"
	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/api"
	"github.com/writ-project/writ/internal/web/casefile"
	"github.com/writ-project/writ/internal/web/pages"
	"github.com/writ-project/writ/internal/web/portal"
	"github.com/writ-project/writ/internal/web/productions"
	"github.com/writ-project/writ/internal/web/proofs"
	"github.com/writ-project/writ/internal/web/route"
)

// NoticeSender sends the notices of a case by e-mail and records them as
// actor's act (notice.Sender.Send over the platform's records and the SMTP
// server).
type NoticeSender func(ctx context.Context, caseID string, accounts []string, resend bool, actor string) ([]notice.Outcome, error)

// Server serves writ over HTTP.
type Server struct {
	Cases  *cases.Service
	Users  store.UserStore
	Access *access.Authenticator
	// OIDC signs users in through an OpenID Connect provider; nil when
	// none is configured (only passwords).
	OIDC *access.OIDC
	// Now is the clock.
	Now func() time.Time
	Log *slog.Logger
	// Secure marks cookies Secure (set when served over https). Set
	// PublicURL instead; an https PublicURL sets it.
	Secure bool
	// PublicURL is the address people reach writ at (config.Server):
	// links in mail and pages are built from it; when it is https, cookies
	// are Secure with the __Host- prefix and every answer carries HSTS.
	PublicURL string
	// TrustedProxies are the reverse proxies whose X-Forwarded-For names
	// the client, for the limits on guessing; none by default.
	TrustedProxies []netip.Prefix
	// MetricsToken, when set, is the bearer token /metrics asks for.
	MetricsToken string
	// MetricsAddr, when set, is the address /metrics is served on alone
	// (MetricsHandler); the application's /metrics then answers 404.
	MetricsAddr string
	// Counsel signs the letters to the court (config.Counsel).
	Counsel letter.Counsel
	// PortalLogo is the platform's logo on the portal (config.Notice).
	PortalLogo []byte
	// Mail sends the invitations of the people page (the notices' mail
	// client, or the demo's outbox); nil sends none.
	Mail pages.Mailer
	// Production builds and keeps packages; nil serves no productions.
	Production *productions.Packages
	// Jobs is the reminder runner, whose counters /metrics shows; nil
	// when this process runs none.
	Jobs *jobs.Runner
	// Ready reports whether the server can take requests (the database
	// answers); nil means always.
	Ready func(ctx context.Context) error
	// Notices are the notice templates the portal shows the notice in;
	// nil means the embedded ones.
	Notices *notice.Templates
	// Receipts mails account holders the receipts of their submissions;
	// nil mails none (the receipt is still shown).
	Receipts portal.ReceiptMailer
	// SendNotices sends a case's notices by e-mail; nil when no SMTP
	// server is configured (staff then record notices given otherwise).
	SendNotices NoticeSender
	// Demo is the demo's clock, which Now reads and the pages' banner
	// moves; nil when the server does not run the demo.
	Demo *pages.Demo
	// Index keeps a summary of every case for the pages' lists (the
	// staff's work queue, the exports, the calendar, the calendar feed,
	// the duty metrics); nil gives the server one of its own. writ serve builds it when it starts, so that the first
	// home page does not assess every case.
	Index *cases.Index
	// LogVerifier is the public key of the log's checkpoints (from
	// WRIT_LOG_KEY_FILE's key); "" when writ signs none. With it the
	// server serves the log's key, its latest checkpoint and the proofs a
	// holder's receipt links to (package proofs).
	LogVerifier string
	// LogBase is the address the log's routes are reached at, for the
	// links on receipts: the public URL, else the address writ listens at.
	LogBase string
	// LogEvery is how often this process signs a checkpoint (0: none).
	LogEvery time.Duration

	// mux serves the route tables.
	mux *route.Mux
	m   *metrics
}

// Handler returns the server's routes, wrapped in the security headers, the
// body limits and the request log.
func (s *Server) Handler() http.Handler {
	if strings.HasPrefix(s.PublicURL, "https://") {
		s.Secure = true
	}
	if s.Index == nil {
		// One index for the API's list, the pages and the duty metrics:
		// each would otherwise keep a summary of every case of its own.
		s.Index = &cases.Index{Cases: s.Cases}
	}
	s.m = newMetrics(s)
	s.mux = route.NewMux(s.tables()...)
	return s.headers(s.mux.Bounded(s.logRequests(s.mux)))
}

// tables are the route tables the server mounts: its own, the API's, the
// pages' and the portal's. Here alone the store is asked which features it
// has (an access log, portal tokens), and each surface is given those it
// needs.
func (s *Server) tables() [][]route.Route {
	accessLog, _ := store.AccessLogOf(s.Cases.Store)
	tokens, _ := store.TokensOf(s.Cases.Store)
	seen := casefile.Recorder{Log: accessLog, Now: s.Now}
	a := &api.API{Cases: s.Cases, Index: s.Index, Access: s.Access, Now: s.Now, Log: s.Log, Secure: s.Secure, Packages: s.Production,
		SendNotices: s.SendNotices, Seen: seen, PublicURL: s.PublicURL, Users: s.Users, TrustedProxies: s.TrustedProxies}
	pg := &pages.Pages{Cases: s.Cases, Users: s.Users, Access: s.Access, OIDC: s.OIDC, Now: s.Now, Log: s.Log, Secure: s.Secure,
		Packages: s.Production, SendNotices: s.SendNotices, Demo: s.Demo, Seen: seen, Accesses: accessLog, Tokens: tokens,
		PublicURL: s.PublicURL, TrustedProxies: s.TrustedProxies, Counsel: s.Counsel, Mail: s.Mail, Index: s.Index, NoticeTemplates: s.Notices}
	po := &portal.Portal{Cases: s.Cases, Tokens: tokens, Now: s.Now, Log: s.Log, Notices: s.Notices, Receipts: s.Receipts,
		PublicURL: s.PublicURL, TrustedProxies: s.TrustedProxies, Logo: s.PortalLogo, LogProofs: s.LogVerifier != "", LogBase: s.LogBase}
	tables := [][]route.Route{s.routes(), a.Routes(), pg.Routes(), po.Routes()}
	if lt, ok := store.LogTreeOf(s.Cases.Store); ok {
		tables = append(tables, (&proofs.Log{Tree: lt, Verifier: s.LogVerifier, Every: s.LogEvery, Log: s.Log}).Routes())
	}
	return tables
}

// routes is the server's own route table: whether it is alive and ready
// (for the orchestrator), and its metrics.
func (s *Server) routes() []route.Route {
	return []route.Route{
		{Pattern: "GET /healthz", Handler: http.HandlerFunc(healthz)},
		{Pattern: "GET /readyz", Handler: http.HandlerFunc(s.readyz)},
		{Pattern: "GET /metrics", Handler: s.appMetrics()},
	}
}
