package web

import "net/http"

// headers sets the security headers of every answer: a strict content
// security policy (no script or style from anywhere but writ itself, no
// framing), no sniffing, no referrer leaving the site, no caching of pages
// that may hold a person's data. (The body limits are the route tables',
// route.Mux.Bounded.)
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
		next.ServeHTTP(w, r)
	})
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
