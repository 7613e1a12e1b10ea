// Package webtest is the fixture the tests of writ's web share: a store
// with the seed case of the staff's platform and one of another platform,
// a signed-in user of every kind, and ways to ask a served handler as a
// program (bearer token, JSON) or as a browser (session cookie, forms).
// Each surface's tests serve their own routes with it; the server's tests
// serve the whole server.
package webtest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/examples"
	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/application"
	"github.com/writ-project/writ/internal/cases"
	"github.com/writ-project/writ/internal/matter"
	"github.com/writ-project/writ/internal/store"
	"github.com/writ-project/writ/internal/web/route"
)

// Now is the fixture's clock: Thursday 2026-11-26, noon UTC.
var Now = time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)

// Fixture is a store with a case of the staff's platform (Own) and a case
// of another platform (Other), each with the seed order's service, a
// notice to Aya@ay_chim0807 and her objection (its text holds
// SECRET-OBJECTION-TEXT), and a session for each of: staff (of Own's
// platform), staff-elsewhere (of Other's), counsel and court (granted
// Own), and counsel-elsewhere (granted nothing).
type Fixture struct {
	Cases  *cases.Service
	Users  store.UserStore
	Access *access.Authenticator
	// Tokens are the session tokens, by who.
	Tokens map[string]string
	// AccessLog and PortalTokens are the store's.
	AccessLog    store.AccessLog
	PortalTokens store.TokenStore
	Own, Other   string
	// Log discards what the server logs.
	Log *slog.Logger
	// URL is the served handler's, once Serve was called.
	URL string
}

// New makes the fixture's store, cases and users.
func New(t *testing.T) *Fixture {
	t.Helper()
	ctx := context.Background()
	st, err := store.Open(ctx, "sqlite:"+filepath.Join(t.TempDir(), "writ.db"), func() time.Time { return Now })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	users, _ := store.UsersOf(st)
	guard, err := access.New(users, access.Options{Params: access.TestParams})
	if err != nil {
		t.Fatal(err)
	}
	svc := &cases.Service{Store: st, Now: func() time.Time { return Now }, Actor: "test"}
	seed := examples.SeedOrder()
	own, err := svc.Open(ctx, seed, "", "")
	if err != nil {
		t.Fatal(err)
	}
	other, err := svc.Open(ctx, bytes.ReplaceAll(seed, []byte(`"Twitter, Inc."`), []byte(`"Other Platform LLC"`)), "", "")
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{own.ID, other.ID} {
		c, _ := svc.Load(ctx, id)
		at := func(day string) time.Time {
			d, _ := time.ParseInLocation("2006-01-02", day, c.Calendar.Location)
			return d
		}
		for _, e := range []matter.Event{
			{Type: matter.SubpoenaServed, At: at("2022-10-20"), WithOrder: Ptr(true), Conforms: Ptr(true)},
			{Type: matter.NoticeSent, At: at("2022-10-21"), Account: "Aya@ay_chim0807"},
			{Type: matter.ObjectionReceived, At: at("2022-11-08"), Account: "Aya@ay_chim0807", Note: "I object: SECRET-OBJECTION-TEXT"},
		} {
			if _, err := svc.Record(ctx, id, e, ""); err != nil {
				t.Fatal(err)
			}
		}
	}
	f := &Fixture{Cases: svc, Users: users, Access: guard, Tokens: map[string]string{}, Own: own.ID, Other: other.ID,
		Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	f.AccessLog, _ = store.AccessLogOf(st)
	f.PortalTokens, _ = store.TokensOf(st)
	for _, u := range []struct {
		who, role, platform string
		grant               bool
	}{
		{"staff", store.RoleStaff, "Twitter, Inc.", false},
		{"staff-elsewhere", store.RoleStaff, "Other Platform LLC", false},
		{"counsel", store.RoleCounsel, "", true},
		{"counsel-elsewhere", store.RoleCounsel, "", false},
		{"court", store.RoleCourt, "", true},
	} {
		user, err := guard.CreateUser(ctx, store.NewUser{Email: u.who + "@example.com", Name: u.who, Role: u.role, Platform: u.platform}, "")
		if err != nil {
			t.Fatal(err)
		}
		if u.grant {
			if err := users.Grant(ctx, user.ID, own.ID, u.role); err != nil {
				t.Fatal(err)
			}
		}
		token, _, err := guard.StartSession(ctx, user.ID, Now)
		if err != nil {
			t.Fatal(err)
		}
		f.Tokens[u.who] = token
	}
	return f
}

// ServeRoutes serves a surface's route table for the rest of the test
// (Handler).
func (f *Fixture) ServeRoutes(t *testing.T, routes []route.Route) {
	t.Helper()
	f.Serve(t, Handler(routes))
}

// Handler serves a surface's route table as the server serves it: each
// body bounded by its route's limit.
func Handler(routes []route.Route) http.Handler {
	mux := route.NewMux(routes)
	return mux.Bounded(mux)
}

// Serve serves h for the rest of the test, at f.URL.
func (f *Fixture) Serve(t *testing.T, h http.Handler) {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	f.URL = srv.URL
}

// Ptr is a pointer to v.
func Ptr[T any](v T) *T { return &v }

// NoRedirect is a client that shows redirects instead of following them.
var NoRedirect = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

// Do asks as a program: who's bearer token (none for anyone not in
// Tokens), a JSON body.
func (f *Fixture) Do(t *testing.T, who, method, path string, body string) (int, string) {
	t.Helper()
	return f.DoKey(t, who, method, path, "", body)
}

// DoKey is Do with an Idempotency-Key ("" for none).
func (f *Fixture) DoKey(t *testing.T, who, method, path, key, body string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(method, f.URL+path, strings.NewReader(body))
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	return f.program(t, who, req)
}

// Post posts body, of type ctype, as a program: who's bearer token.
func (f *Fixture) Post(t *testing.T, who, path, ctype string, body []byte) (int, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, f.URL+path, bytes.NewReader(body))
	req.Header.Set("Content-Type", ctype)
	return f.program(t, who, req)
}

// program sends req with who's bearer token.
func (f *Fixture) program(t *testing.T, who string, req *http.Request) (int, string) {
	t.Helper()
	if tok := f.Tokens[who]; tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// Page asks as a browser would: with who's session cookie, and a form for
// a POST; redirects are not followed.
func (f *Fixture) Page(t *testing.T, who, method, path string, form url.Values) (*http.Response, string) {
	t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, _ := http.NewRequest(method, f.URL+path, body)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	return f.Send(t, who, req)
}

// Send sends req with who's session cookie, following no redirect.
func (f *Fixture) Send(t *testing.T, who string, req *http.Request) (*http.Response, string) {
	t.Helper()
	if tok := f.Tokens[who]; tok != "" {
		req.AddCookie(&http.Cookie{Name: access.CookieName, Value: tok})
	}
	resp, err := NoRedirect.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// CSRF is the CSRF token of who's session, which a page's forms carry.
func (f *Fixture) CSRF(t *testing.T, who string) string {
	t.Helper()
	p, err := f.Access.Authenticate(context.Background(), f.Tokens[who], Now)
	if err != nil {
		t.Fatalf("the session of %s: %v", who, err)
	}
	return p.Session.CSRF
}

// Events is a case's log, from the store.
func (f *Fixture) Events(t *testing.T, id string) []store.Event {
	t.Helper()
	evs, err := f.Cases.Store.Events(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return evs
}

// EventCount is the number of a case's events.
func (f *Fixture) EventCount(t *testing.T, id string) int {
	t.Helper()
	return len(f.Events(t, id))
}

// Last is the last event of a case, as the case engine reads it.
func (f *Fixture) Last(t *testing.T, id string) matter.Event {
	t.Helper()
	c, err := f.Cases.Load(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return c.Events[len(c.Events)-1]
}

// Zone is the time zone of a case's court.
func (f *Fixture) Zone(t *testing.T, id string) *time.Location {
	t.Helper()
	c, err := f.Cases.Load(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return c.Calendar.Location
}

// MustJSON is v as JSON.
func MustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// SeedOrderDraft is writ's draft of the seed order, from the seed's
// application (examples/applications).
func SeedOrderDraft(t *testing.T) *application.Document {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root(t), "examples", "applications", "takagi-2022.json"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := application.Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	d, err := application.Draft(a)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// SeedOrderText is the text of an order like the seed's: writ's own draft
// of it.
func SeedOrderText(t *testing.T) string {
	t.Helper()
	return SeedOrderDraft(t).Text
}

// root is the repository's folder, for the tests' files.
func root(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Fatal("no go.mod above the test's folder")
		}
		dir = up
	}
}

// Path is a file of the repository, by its path from the repository's
// folder.
func Path(t *testing.T, rel ...string) string {
	t.Helper()
	return filepath.Join(append([]string{root(t)}, rel...)...)
}
