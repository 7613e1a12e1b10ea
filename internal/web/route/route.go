// Package route is a line of a route table, and the mux that serves the
// tables. Each surface of writ's web (package api, pages, portal) lists
// every route it answers in one table, a function returning []Route; the
// server mounts them all in one place (web.Server.Handler), and nothing
// else registers a route.
package route

import (
	"net/http"
	"slices"
)

// MaxBody bounds a request's body unless its route allows more: an order
// is a few kilobytes, and nothing but a document or attachments needs
// more.
const MaxBody = 1 << 20

// Route is one route of a table.
type Route struct {
	// Pattern is the method and the path, as http.ServeMux takes them
	// ("GET /cases/{id}").
	Pattern string
	Handler http.Handler
	// MaxBody is the largest body the route takes, when it takes more
	// than MaxBody (a document, attachments); 0 for MaxBody.
	MaxBody int64
}

// Mux serves the routes of the tables it was made from.
type Mux struct {
	mux      *http.ServeMux
	limits   map[string]int64
	patterns []string
}

// NewMux registers every route of the tables on one mux. Two routes of
// the same pattern are a programming error, and panic (as the stdlib mux
// does).
func NewMux(tables ...[]Route) *Mux {
	m := &Mux{mux: http.NewServeMux(), limits: map[string]int64{}}
	for _, r := range slices.Concat(tables...) {
		m.mux.Handle(r.Pattern, r.Handler)
		m.patterns = append(m.patterns, r.Pattern)
		if r.MaxBody > MaxBody {
			m.limits[r.Pattern] = r.MaxBody
		}
	}
	return m
}

func (m *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request) { m.mux.ServeHTTP(w, r) }

// Patterns lists the patterns registered, in the tables' order.
func (m *Mux) Patterns() []string { return slices.Clone(m.patterns) }

// Pattern is the pattern of the route that answers r; "" when none does.
func (m *Mux) Pattern(r *http.Request) string {
	_, p := m.mux.Handler(r)
	return p
}

// Limit is the largest body r may have: its route's MaxBody, or MaxBody.
func (m *Mux) Limit(r *http.Request) int64 {
	if n := m.limits[m.Pattern(r)]; n > 0 {
		return n
	}
	return MaxBody
}

// Bounded serves next with each request's body bounded by the limit of
// the route of m that answers it. It must be given the server's own
// ResponseWriter, not a wrapper, so that a body too large also closes the
// connection.
func (m *Mux) Bounded(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, m.Limit(r))
		next.ServeHTTP(w, r)
	})
}
