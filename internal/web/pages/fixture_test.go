package pages

import (
	"context"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/store"
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
// configure applied to them first. Besides the fixture's people it has an
// administrator of each platform, "admin" (of the staff's) and
// "admin-elsewhere" (of the other), signed in.
func newFixture(t *testing.T, configure ...func(*Pages)) *fixture {
	t.Helper()
	wf := webtest.New(t)
	for _, a := range []struct{ who, platform string }{{"admin", "Twitter, Inc."}, {"admin-elsewhere", "Other Platform LLC"}} {
		u, err := wf.Access.CreateUser(context.Background(), store.NewUser{Email: a.who + "@example.com", Name: a.who, Role: store.RoleStaff,
			Platform: a.platform, Admin: true}, "")
		if err != nil {
			t.Fatal(err)
		}
		if wf.Tokens[a.who], _, err = wf.Access.StartSession(context.Background(), u.ID, webtest.Now); err != nil {
			t.Fatal(err)
		}
	}
	s := &Pages{Cases: wf.Cases, Users: wf.Users, Access: wf.Access, Now: func() time.Time { return webtest.Now }, Log: wf.Log,
		Packages: &productions.Packages{Dir: t.TempDir()}, Accesses: wf.AccessLog, Tokens: wf.PortalTokens}
	for _, c := range configure {
		c(s)
	}
	s.Seen = casefile.Recorder{Log: wf.AccessLog, Now: s.Now}
	wf.ServeRoutes(t, s.Routes())
	return &fixture{Fixture: wf, pages: s}
}

// webtestNow is the fixture's clock.
func webtestNow() time.Time { return webtest.Now }
