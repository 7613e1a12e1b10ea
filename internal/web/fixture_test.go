package web

import (
	"testing"
	"time"

	"github.com/writ-project/writ/internal/web/productions"
	"github.com/writ-project/writ/internal/web/webtest"
)

// fixture is the whole server, served over the shared fixture's store
// (package webtest): its cases, users and sessions.
type fixture struct {
	*webtest.Fixture
	server *Server
}

// newFixture serves the server over a new webtest fixture, each of
// configure applied to it first.
func newFixture(t *testing.T, configure ...func(*Server)) *fixture {
	t.Helper()
	wf := webtest.New(t)
	s := &Server{Cases: wf.Cases, Users: wf.Users, Access: wf.Access, Now: func() time.Time { return webtest.Now }, Log: wf.Log,
		Production: &productions.Packages{Dir: t.TempDir()}}
	for _, c := range configure {
		c(s)
	}
	wf.Serve(t, s.Handler())
	return &fixture{Fixture: wf, server: s}
}
