package web

import (
	"context"
	"database/sql"
	"net/http"
	"time"
)

// healthz answers 200 while the process serves.
func healthz(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write([]byte("ok\n"))
}

// readyz answers 200 when the database answers and takes writes: a
// server on a read-only file or replica can show nothing it should record
// (every page a person's data is on writes the access log first), so it
// is not ready. The cause goes to the log, never to the answer.
func (s *Server) readyz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
	defer cancel()
	check := func(ctx context.Context) error {
		if s.Ready != nil {
			if err := s.Ready(ctx); err != nil {
				return err
			}
		}
		return s.Cases.Store.Writable(ctx)
	}
	if err := check(ctx); err != nil {
		s.Log.Error("not ready", "err", err)
		http.Error(w, "not ready\n", http.StatusServiceUnavailable)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	_, _ = w.Write([]byte("ready\n"))
}

// DBReady is a Ready func for a database handle.
func DBReady(db *sql.DB) func(context.Context) error {
	return db.PingContext
}
