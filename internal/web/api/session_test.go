package api

import (
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/web/webtest"
)

// TestSessions: a signed-in user lists their own sessions (an ID, when each
// began and ends, which is the one asking), never a token nor another
// user's; ends one of them by its ID, and the current one, after which
// neither signs anything in; another user's session, or an ID that names
// none, is not found; an ID too short to name one is refused.
func TestSessions(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	staff, _ := f.Users.UserByEmail(ctx, "staff@example.com")
	second, _, err := f.Access.StartSession(ctx, staff.ID, webtest.Now)
	if err != nil {
		t.Fatal(err)
	}
	f.Tokens["staff-second"] = second
	court, _ := f.Users.UserByEmail(ctx, "court@example.com")
	courtSessions, _ := f.Users.Sessions(ctx, court.ID)
	courtID := access.SessionID(courtSessions[0])

	code, body := f.Do(t, "staff", "GET", "/api/v1/sessions", "")
	if code != 200 {
		t.Fatalf("list: %d %s", code, body)
	}
	var lines []struct {
		ID      string
		Current bool
		Created string
		Expires string
	}
	if err := json.Unmarshal([]byte(body), &lines); err != nil || len(lines) != 2 {
		t.Fatalf("list: %v, %d sessions: %s", err, len(lines), body)
	}
	current, other := lines[0], lines[1]
	if other.Current {
		current, other = other, current
	}
	if !current.Current || other.Current || len(current.ID) != access.SessionIDLen || current.Created == "" || current.Expires == "" {
		t.Errorf("the sessions listed: %+v", lines)
	}
	for _, secret := range []string{f.Tokens["staff"], second, courtID} {
		if strings.Contains(body, secret) {
			t.Errorf("the list shows %q: %s", secret, body)
		}
	}

	for _, tc := range []struct {
		name, id string
		code     int
	}{
		{"another user's", courtID, 404},
		{"none such", "0123456789ab", 404},
		{"too short", "abc", 422},
		{"not hexadecimal", "zzzzzzzz", 422},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if code, body := f.Do(t, "staff", "DELETE", "/api/v1/sessions/"+tc.id, ""); code != tc.code {
				t.Errorf("%d %s; want %d", code, body, tc.code)
			}
		})
	}
	if code, _ := f.Do(t, "court", "GET", "/api/v1/cases", ""); code != 200 {
		t.Error("the court's session ended")
	}

	if code, body := f.Do(t, "staff", "DELETE", "/api/v1/sessions/"+other.ID, ""); code != 204 {
		t.Fatalf("end the other session: %d %s", code, body)
	}
	if code, _ := f.Do(t, "staff-second", "GET", "/api/v1/cases", ""); code != 401 {
		t.Errorf("the ended session still signs in: %d", code)
	}
	if code, _ := f.Do(t, "staff", "GET", "/api/v1/cases", ""); code != 200 {
		t.Errorf("ending the other session ended this one: %d", code)
	}

	req, _ := http.NewRequest("DELETE", f.URL+"/api/v1/session", nil)
	req.Header.Set("Authorization", "Bearer "+f.Tokens["staff"])
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 204 {
		t.Fatalf("end the current session: %d", resp.StatusCode)
	}
	if c := resp.Header.Get("Set-Cookie"); !strings.Contains(c, access.CookieName+"=;") || !strings.Contains(c, "Max-Age=0") {
		t.Errorf("the session cookie is not cleared: %q", c)
	}
	if code, _ := f.Do(t, "staff", "GET", "/api/v1/sessions", ""); code != 401 {
		t.Errorf("the ended current session still signs in: %d", code)
	}
}

// TestSessionsByCookie: a browser's script ending a session with the
// session cookie carries the session's CSRF token, as every write with the
// cookie does.
func TestSessionsByCookie(t *testing.T) {
	f := newFixture(t)
	req, _ := http.NewRequest("DELETE", f.URL+"/api/v1/session", nil)
	if resp, _ := f.Send(t, "staff", req); resp.StatusCode != 403 {
		t.Errorf("without the CSRF token: %d", resp.StatusCode)
	}
	req, _ = http.NewRequest("DELETE", f.URL+"/api/v1/session", nil)
	req.Header.Set(access.CSRFHeader, f.CSRF(t, "staff"))
	if resp, _ := f.Send(t, "staff", req); resp.StatusCode != 204 {
		t.Errorf("with the CSRF token: %d", resp.StatusCode)
	}
}

// TestSignInThrottled: once an address has failed too often, signing in
// through the API answers 429 with Retry-After, the seconds until it may
// be tried again.
func TestSignInThrottled(t *testing.T) {
	f := newFixture(t)
	try := func() *http.Response {
		t.Helper()
		resp, err := http.Post(f.URL+"/api/v1/session", "application/json", strings.NewReader(`{"email":"staff@example.com","password":"wrong password"}`))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	for range access.DefaultMaxFailures {
		if resp := try(); resp.StatusCode != 401 {
			t.Fatalf("a wrong password: %d", resp.StatusCode)
		}
	}
	resp := try()
	if resp.StatusCode != 429 {
		t.Fatalf("after %d failures: %d", access.DefaultMaxFailures, resp.StatusCode)
	}
	if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err != nil || s < 1 || s > int(access.DefaultFailureWindow.Seconds()) {
		t.Errorf("Retry-After %q", resp.Header.Get("Retry-After"))
	}
}
