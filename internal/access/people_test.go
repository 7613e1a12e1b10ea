package access_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/writ-project/writ/internal/access"
	"github.com/writ-project/writ/internal/access/oidctest"
	"github.com/writ-project/writ/internal/fault"
	"github.com/writ-project/writ/internal/store"
)

// TestSessionID: a session is named to people by a short prefix of its
// token's hash, which says nothing about the token.
func TestSessionID(t *testing.T) {
	t.Parallel()
	f := newFixture(t, access.Options{})
	token, p := f.signIn(t, "alice@platform.example", password, "", t0)
	id := access.SessionID(p.Session)
	if len(id) != access.SessionIDLen || !strings.HasPrefix(p.Session.TokenHash, id) {
		t.Errorf("SessionID = %q, want the first %d characters of %s", id, access.SessionIDLen, p.Session.TokenHash)
	}
	if strings.Contains(token, id) || strings.Contains(id, token[:8]) {
		t.Errorf("SessionID %q shows part of the token", id)
	}
}

func TestEndSession(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t, access.Options{})
	keep, _ := f.signIn(t, "alice@platform.example", password, "", t0)
	end, p := f.signIn(t, "alice@platform.example", password, "", t0)
	other, op := f.signIn(t, "carol@counsel.example", password, "", t0)

	t.Run("ErrInvalid", func(t *testing.T) {
		for _, id := range []string{"", "abc", "not-hex-at-all", p.Session.TokenHash + "0"} {
			_, err := access.EndSession(ctx, f.us, f.staff.ID, id)
			if !fault.Is(err, fault.Invalid) || !strings.HasPrefix(err.Error(), "session: ") {
				t.Errorf("EndSession(%q) = %v, want invalid naming the session", id, err)
			}
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		// Another user's session is not this user's to end.
		_, err := access.EndSession(ctx, f.us, f.staff.ID, access.SessionID(op.Session))
		wantErr(t, err, fault.NotFound, nil)
		if _, err := f.a.Authenticate(ctx, other, t0); err != nil {
			t.Errorf("another user's session ended: %v", err)
		}
	})
	t.Run("OK", func(t *testing.T) {
		// Upper case and the whole hash name it as well as the prefix.
		for _, id := range []string{strings.ToUpper(access.SessionID(p.Session)), p.Session.TokenHash} {
			got, err := access.EndSession(ctx, f.us, f.staff.ID, id)
			if err != nil {
				t.Fatalf("EndSession(%q): %v", id, err)
			}
			if got.TokenHash != p.Session.TokenHash {
				t.Errorf("ended %s, want %s", got.TokenHash, p.Session.TokenHash)
			}
			// Put it back for the next spelling.
			if err := f.us.CreateSession(ctx, p.Session); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := access.EndSession(ctx, f.us, f.staff.ID, access.SessionID(p.Session)); err != nil {
			t.Fatal(err)
		}
		_, err := f.a.Authenticate(ctx, end, t0)
		wantErr(t, err, fault.Forbidden, access.ErrSignedOut)
		if _, err := f.a.Authenticate(ctx, keep, t0); err != nil {
			t.Errorf("the other session ended too: %v", err)
		}
	})
	t.Run("ErrAmbiguous", func(t *testing.T) {
		// Two sessions whose hashes share the prefix asked for.
		now := t0
		a := store.Session{TokenHash: "abcdef" + strings.Repeat("0", 58), UserID: f.staff.ID, CSRF: "x", Created: now, Expires: now.Add(time.Hour)}
		b := a
		b.TokenHash = "abcdef" + strings.Repeat("1", 58)
		for _, s := range []store.Session{a, b} {
			if err := f.us.CreateSession(ctx, s); err != nil {
				t.Fatal(err)
			}
		}
		_, err := access.EndSession(ctx, f.us, f.staff.ID, "abcdef")
		if !fault.Is(err, fault.Invalid) || !strings.Contains(err.Error(), "2 sessions") {
			t.Errorf("an ambiguous prefix: %v, want invalid saying it names 2 sessions", err)
		}
		if _, err := access.EndSession(ctx, f.us, f.staff.ID, "abcdef1"); err != nil {
			t.Errorf("a longer prefix: %v", err)
		}
	})
}

func TestGrantCase(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newFixture(t, access.Options{})
	ref := access.CaseRef{ID: f.caseID, Provider: "Twitter, Inc."}
	court, err := f.a.CreateUser(ctx, store.NewUser{Email: "clerk@cand.example", Name: "Clerk", Role: store.RoleCourt}, "")
	if err != nil {
		t.Fatal(err)
	}
	principal := func(u store.User) access.Principal {
		t.Helper()
		g, err := f.us.Grants(ctx, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		return access.Principal{User: u, Grants: g}
	}

	t.Run("OK", func(t *testing.T) {
		if access.Can(principal(court), access.ViewCaseStatus, ref) {
			t.Fatal("the court sees a case before it is granted")
		}
		if err := access.GrantCase(ctx, f.us, court, f.caseID); err != nil {
			t.Fatalf("GrantCase: %v", err)
		}
		if !access.Can(principal(court), access.ViewCaseStatus, ref) {
			t.Error("the court does not see the case granted to it")
		}
		was, err := access.RevokeCase(ctx, f.us, court, f.caseID)
		if err != nil || !was {
			t.Fatalf("RevokeCase = %v, %v; want true", was, err)
		}
		if access.Can(principal(court), access.ViewCaseStatus, ref) {
			t.Error("the court still sees the case after the revocation")
		}
		if was, err := access.RevokeCase(ctx, f.us, court, f.caseID); err != nil || was {
			t.Errorf("RevokeCase again = %v, %v; want false: nothing was granted", was, err)
		}
	})
	t.Run("ErrStaff", func(t *testing.T) {
		err := access.GrantCase(ctx, f.us, f.staff, f.caseID)
		if !fault.Is(err, fault.Refused) || !strings.Contains(err.Error(), "Twitter, Inc.") || !strings.Contains(err.Error(), "staff") {
			t.Errorf("granting staff a case: %v; want refused, saying staff see their platform's (Twitter, Inc.) cases", err)
		}
		if strings.Contains(err.Error(), "@") {
			t.Errorf("the refusal names an e-mail address: %v", err)
		}
		_, err = access.RevokeCase(ctx, f.us, f.staff, f.caseID)
		if !fault.Is(err, fault.Refused) {
			t.Errorf("revoking staff's case: %v; want refused", err)
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		err := access.GrantCase(ctx, f.us, f.counsel, "c-aaaaaaaaaaaa")
		wantErr(t, err, fault.NotFound, nil)
	})
}

// TestDisabled: a disabled user cannot sign in in any way, and what they
// had stops working.
func TestDisabled(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	f := newOIDCFixture(t)
	token, _ := f.signIn(t, "alice@platform.example", password, "", t0)
	feed, err := f.a.NewFeedToken(ctx, f.staff.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.us.DisableUser(ctx, f.staff.ID, t0); err != nil {
		t.Fatal(err)
	}
	if _, err := f.us.DisableUser(ctx, f.fixture.oidc.ID, t0); err != nil {
		t.Fatal(err)
	}

	_, err = f.a.Authenticate(ctx, token, t0)
	wantErr(t, err, fault.Forbidden, access.ErrSignedOut)
	_, err = f.a.FeedPrincipal(ctx, feed)
	wantErr(t, err, fault.NotFound, nil)
	// The right password gets the answer a wrong one gets: sign-in does
	// not tell who is disabled.
	_, _, err = f.a.SignIn(ctx, "alice@platform.example", password, "", t0)
	wantErr(t, err, fault.Forbidden, access.ErrCredentials)
	_, _, err = f.a.StartSession(ctx, f.staff.ID, t0)
	wantErr(t, err, fault.Forbidden, nil)

	flow, q := f.authorize(t, oidctest.Identity{Email: "olive@platform.example"})
	_, _, err = f.oidc.SignIn(ctx, flow, q.Get("state"), q.Get("code"), t0.Add(time.Minute))
	wantErr(t, err, fault.Forbidden, access.ErrCredentials)
	var refusal *access.OIDCRefusal
	if !errors.As(err, &refusal) || fault.Message(err) != "writ could not sign you in this way" {
		t.Errorf("OIDC sign-in of a disabled user: %v; want the one refusal every other gets", err)
	}

	// Enabled again, the user signs in; what ended stays ended.
	if err := f.us.EnableUser(ctx, f.staff.ID); err != nil {
		t.Fatal(err)
	}
	f.signIn(t, "alice@platform.example", password, "", t0)
	_, err = f.a.Authenticate(ctx, token, t0)
	wantErr(t, err, fault.Forbidden, access.ErrSignedOut)
}
