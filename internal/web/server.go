// Package web is writ's HTTP face: the JSON API under /api/v1 (described by
// an OpenAPI 3.1 document generated from the same Go types that handle the
// requests), the pages for staff, counsel and the court, and the operational
// endpoints. It holds no business rules: it asks the case service what is
// so, and the access policy who may see it.
package web

import (
	"context"
	"database/sql"
	"log/slog"
	"net/http"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/jobs"
	"github.com/writ-project/writ/internal/notice"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/api"
	"github.com/writ-project/writ/internal/web/casefile"
	"github.com/writ-project/writ/internal/web/pages"
	"github.com/writ-project/writ/internal/web/portal"
	"github.com/writ-project/writ/internal/web/productions"
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
	// Secure marks cookies Secure (set when served over https).
	Secure bool
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

	// mux routes the requests; bodyLimits are the routes (by pattern)
	// that take more than MaxBody, each declared where it is registered.
	mux        *http.ServeMux
	bodyLimits map[string]int64

	m *metrics
}

// Handler returns the server's routes, wrapped in the security headers and
// the request log.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	s.mux, s.bodyLimits = mux, map[string]int64{}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", s.readyz)

	accessLog, _ := store.AccessLogOf(s.Cases.Store)
	seen := casefile.Recorder{Log: accessLog, Now: s.Now}
	a := &api.API{Cases: s.Cases, Access: s.Access, Now: s.Now, Log: s.Log, Secure: s.Secure, Packages: s.Production,
		SendNotices: s.SendNotices, Seen: seen}
	s.mount(mux, a.Routes())
	tokens, _ := store.TokensOf(s.Cases.Store)
	pg := &pages.Pages{Cases: s.Cases, Users: s.Users, Access: s.Access, OIDC: s.OIDC, Now: s.Now, Log: s.Log, Secure: s.Secure,
		Packages: s.Production, SendNotices: s.SendNotices, Demo: s.Demo, Seen: seen, Accesses: accessLog, Tokens: tokens}
	s.mount(mux, pg.Routes())
	po := &portal.Portal{Cases: s.Cases, Tokens: tokens, Now: s.Now, Log: s.Log, Notices: s.Notices, Receipts: s.Receipts}
	s.mount(mux, po.Routes())
	s.m = newMetrics(s)
	s.registerMetrics(mux)
	return s.headers(s.logRequests(mux))
}

// readyz answers 200 when the database answers.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	if s.Ready != nil {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := s.Ready(ctx); err != nil {
			s.Log.Error("not ready", "err", err)
			http.Error(w, "not ready\n", http.StatusServiceUnavailable)
			return
		}
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write([]byte("ready\n"))
}

// headers sets the security headers of every answer: a strict content
// security policy (no script or style from anywhere but writ itself, no
// framing), no sniffing, no referrer leaving the site, no caching of pages
// that may hold a person's data.
func (s *Server) headers(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cache-Control", "no-store")
		if s.Secure {
			h.Set("Strict-Transport-Security", "max-age=63072000; includeSubDomains")
		}
		r.Body = http.MaxBytesReader(w, r.Body, s.bodyLimit(r))
		next.ServeHTTP(w, r)
	})
}

// mount registers the routes of a surface's table.
func (s *Server) mount(mux *http.ServeMux, routes []route.Route) {
	for _, r := range routes {
		mux.Handle(r.Pattern, r.Handler)
		if r.MaxBody > 0 {
			s.allowBody(r.Pattern, r.MaxBody)
		}
	}
}

// allowBody lets the route of pattern take bodies of up to n bytes (a
// document, attachments) instead of MaxBody.
func (s *Server) allowBody(pattern string, n int64) { s.bodyLimits[pattern] = n }

// bodyLimit is how large a request's body may be: MaxBody, unless its
// route was allowed more.
func (s *Server) bodyLimit(r *http.Request) int64 {
	if s.mux != nil {
		if _, pattern := s.mux.Handler(r); s.bodyLimits[pattern] > 0 {
			return s.bodyLimits[pattern]
		}
	}
	return route.MaxBody
}

// statusWriter remembers the status of an answer, for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

// logRequests logs each request with stable keys. It logs the path's
// pattern, never a query string or a body, and never the client's address:
// an account holder using the portal is a client too.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := s.Now()
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(sw, r)
		s.observe(r.Pattern, sw.status, s.Now().Sub(start))
		s.Log.Info("request", "method", r.Method, "route", r.Pattern, "status", sw.status, "duration_ms", s.Now().Sub(start).Milliseconds())
	})
}

// DBReady is a Ready func for a database handle.
func DBReady(db *sql.DB) func(context.Context) error {
	return db.PingContext
}
