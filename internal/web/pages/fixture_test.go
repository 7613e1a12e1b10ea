package pages

import (
	"net/http"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/casefile"
	"github.com/writ-project/writ/internal/web/productions"
	"github.com/writ-project/writ/internal/web/route"
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
	log, _ := store.AccessLogOf(wf.Cases.Store)
	tokens, _ := store.TokensOf(wf.Cases.Store)
	s := &Pages{Cases: wf.Cases, Users: wf.Users, Access: wf.Access, Now: func() time.Time { return webtest.Now }, Log: wf.Log,
		Packages: &productions.Packages{Dir: t.TempDir()}, Accesses: log, Tokens: tokens}
	for _, c := range configure {
		c(s)
	}
	s.Seen = casefile.Recorder{Log: log, Now: s.Now}
	wf.Serve(t, handler(s))
	return &fixture{Fixture: wf, pages: s}
}

// handler serves the routes of s, their bodies bounded as the server
// bounds them.
func handler(s *Pages) http.Handler {
	mux := route.NewMux(s.Routes())
	return mux.Bounded(mux)
}
