package pages

import (
	"testing"
	"time"

	"github.com/writ-project/writ/internal/web/casefile"
	"github.com/writ-project/writ/internal/web/productions"
	"github.com/writ-project/writ/internal/web/webtest"
)

// fixture is the pages served over the shared fixture (package webtest).
type fixture struct {
	*webtest.Fixture
	pages *Pages
}

// newFixture serves the pages over a new webtest fixture, each of
// configure applied to them first.
func newFixture(t *testing.T, configure ...func(*Pages)) *fixture {
	t.Helper()
	wf := webtest.New(t)
	s := &Pages{Cases: wf.Cases, Users: wf.Users, Access: wf.Access, Now: func() time.Time { return webtest.Now }, Log: wf.Log,
		Packages: &productions.Packages{Dir: t.TempDir()}, Accesses: wf.AccessLog, Tokens: wf.PortalTokens}
	for _, c := range configure {
		c(s)
	}
	s.Seen = casefile.Recorder{Log: wf.AccessLog, Now: s.Now}
	wf.ServeRoutes(t, s.Routes())
	return &fixture{Fixture: wf, pages: s}
}
